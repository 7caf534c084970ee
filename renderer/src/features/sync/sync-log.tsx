import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../lib/use-format';
import type { SyncStatus } from './use-sync-status';

/** 同步记录: every export and import at this desk, newest first: when, which way, which desk, how much, by whom. */
export function SyncLog({ log }: { log: SyncStatus['log'] }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <section className="card sync-card" aria-labelledby="log-title">
      <h2 id="log-title">{t('sync.log.title')}</h2>
      {log.length === 0 ? (
        <p className="sync-empty">{t('sync.log.empty')}</p>
      ) : (
        <div className="history-scroll">
          <table className="sync-log" aria-labelledby="log-title">
            <thead>
              <tr>
                <th scope="col">{t('sync.log.at')}</th>
                <th scope="col">{t('sync.log.direction')}</th>
                <th scope="col">{t('sync.log.desk')}</th>
                <th scope="col">{t('sync.log.file')}</th>
                <th scope="col" className="sync-log__number">
                  {t('sync.log.changes')}
                </th>
                <th scope="col" className="sync-log__number">
                  {t('sync.log.newCases')}
                </th>
                <th scope="col" className="sync-log__number">
                  {t('sync.log.conflicts')}
                </th>
                <th scope="col">{t('sync.log.person')}</th>
              </tr>
            </thead>
            <tbody>
              {log.map((entry) => {
                const incoming = entry.direction === 'import';
                return (
                  <tr key={entry.id}>
                    <td className="nowrap">{formatDateTime(entry.at)}</td>
                    <td className="nowrap">
                      <span className={`badge sync-direction sync-direction--${entry.direction}`}>
                        <span aria-hidden="true">{incoming ? '↓ ' : '↑ '}</span>
                        {incoming ? t('sync.log.import') : t('sync.log.export')}
                      </span>
                    </td>
                    <td className="nowrap">{entry.peerDeskCode || t('sync.log.allDesks')}</td>
                    <td className="sync-log__file">{entry.fileName}</td>
                    <td className="sync-log__number nowrap">
                      {incoming ? t('sync.log.importChanges', { n: entry.newChanges, total: entry.changes }) : entry.changes}
                    </td>
                    <td className="sync-log__number">{incoming ? entry.newCases : t('common.empty')}</td>
                    <td className={`sync-log__number${entry.conflicts > 0 ? ' sync-log__warn' : ''}`}>
                      {incoming ? entry.conflicts : t('common.empty')}
                    </td>
                    <td className="nowrap">{entry.userName || t('common.empty')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
