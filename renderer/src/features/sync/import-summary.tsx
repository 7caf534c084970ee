import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';

export type ImportSummary = ChannelOutput<'sync.preview'>;

interface ImportSummaryViewProps {
  summary: ImportSummary;
  id: string;
  title: string;
  /** For the preview: what it means before the person commits (nothing new, incomplete, conflicts ahead). */
  explain?: boolean;
  children?: ReactNode;
}

/** How many new cases, changes, attachments and conflicts a file brings (or brought). */
export function ImportSummaryView({ summary, id, title, explain, children }: ImportSummaryViewProps) {
  const { t } = useTranslation();
  const figures = [
    ['newCases', t('sync.import.newCases'), summary.newCases],
    ['newChanges', t('sync.import.newChanges'), summary.newChanges],
    ['blobs', t('sync.import.attachments'), summary.blobs],
    ['conflicts', t('sync.import.conflicts'), summary.conflicts],
  ] as const;
  return (
    <section className="sync-result" aria-labelledby={id}>
      <h3 id={id} className="sync-result__title">
        {title}
      </h3>
      <p className="sync-result__from">{t('sync.import.from', { code: summary.senderDeskCode, org: summary.orgName })}</p>
      <dl className="sync-figures">
        {figures.map(([key, label, n]) => (
          <div key={key} className={`sync-figure${key === 'conflicts' && n > 0 ? ' sync-figure--warn' : ''}`} data-figure={key}>
            <dt>{label}</dt>
            <dd>{n}</dd>
          </div>
        ))}
        <div className="sync-figure sync-figure--quiet" data-figure="changes">
          <dt>{t('sync.import.changes')}</dt>
          <dd>{summary.changes}</dd>
        </div>
      </dl>
      {summary.incomplete && (
        <div className="sync-warning" role="note" aria-labelledby={`${id}-incomplete`}>
          <p id={`${id}-incomplete`} className="sync-warning__title">
            {t('sync.import.incompleteTitle')}
          </p>
          <p>{t('sync.import.incomplete', { code: summary.senderDeskCode })}</p>
        </div>
      )}
      {explain && summary.newChanges === 0 && !summary.incomplete && <p className="sync-note">{t('sync.import.nothingNew')}</p>}
      {explain && summary.conflicts > 0 && <p className="sync-note sync-note--warn">{t('sync.import.conflictsNote', { n: summary.conflicts })}</p>}
      {children}
    </section>
  );
}
