import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../lib/use-format';
import type { SyncStatus } from './use-sync-status';

/** This desk, the desks it has synced with, and the conflicts waiting for a supervisor. */
export function SyncSummary({ status, onShowConflicts }: { status: SyncStatus; onShowConflicts: () => void }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <dl className="sync-summary" aria-label={t('sync.summary.label')}>
      <div className="sync-summary__item">
        <dt>{t('sync.summary.thisDesk')}</dt>
        <dd className="sync-summary__desk">{t('sync.summary.deskLine', { code: status.deskCode, org: status.orgName })}</dd>
      </div>
      <div className="sync-summary__item sync-summary__item--wide">
        <dt>{t('sync.summary.peers')}</dt>
        <dd>
          {status.peers.length === 0 ? (
            <span className="muted">{t('sync.summary.noPeers')}</span>
          ) : (
            <ul className="sync-peers">
              {status.peers.map((peer) => (
                <li key={peer.deskId} className="sync-peer">
                  <span className="sync-peer__code">{t('sync.summary.peer', { code: peer.deskCode })}</span>
                  <span className="sync-peer__seen">{t('sync.summary.peerSeen', { at: formatDateTime(peer.lastSeenAt) })}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div className="sync-summary__item">
        <dt>{t('sync.summary.conflicts')}</dt>
        <dd>
          {status.conflicts > 0 ? (
            <button type="button" className="sync-summary__conflicts" onClick={onShowConflicts}>
              {t('sync.summary.conflictsCount', { n: status.conflicts })}
            </button>
          ) : (
            <span className="muted">{t('sync.summary.noConflicts')}</span>
          )}
        </dd>
      </div>
    </dl>
  );
}
