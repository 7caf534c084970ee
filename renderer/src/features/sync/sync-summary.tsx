import { Button, Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../lib/use-format';
import type { SyncStatus } from './use-sync-status';

/** This desk, the desks it has synced with, and the conflicts waiting for a supervisor. */
export function SyncSummary({ status, onShowConflicts }: { status: SyncStatus; onShowConflicts: () => void }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <Card size="small" className="sync-summary-card">
      <dl className="sync-summary" aria-label={t('sync.summary.label')}>
        <div>
          <dt>{t('sync.summary.thisDesk')}</dt>
          <dd>
            <Typography.Text strong>{t('sync.summary.deskLine', { code: status.deskCode, org: status.orgName })}</Typography.Text>
          </dd>
        </div>
        <div>
          <dt>{t('sync.summary.peers')}</dt>
          <dd>
            {status.peers.length === 0 ? (
              <Typography.Text type="secondary">{t('sync.summary.noPeers')}</Typography.Text>
            ) : (
              <ul className="sync-peers">
                {status.peers.map((peer) => (
                  <li key={peer.deskId}>
                    <Tag>
                      <strong>{t('sync.summary.peer', { code: peer.deskCode })}</strong>{' '}
                      <Typography.Text type="secondary">{t('sync.summary.peerSeen', { at: formatDateTime(peer.lastSeenAt) })}</Typography.Text>
                    </Tag>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('sync.summary.conflicts')}</dt>
          <dd>
            {status.conflicts > 0 ? (
              <Button type="link" danger className="sync-summary__conflicts" onClick={onShowConflicts}>
                {t('sync.summary.conflictsCount', { n: status.conflicts })}
              </Button>
            ) : (
              <Typography.Text type="secondary">{t('sync.summary.noConflicts')}</Typography.Text>
            )}
          </dd>
        </div>
      </dl>
    </Card>
  );
}
