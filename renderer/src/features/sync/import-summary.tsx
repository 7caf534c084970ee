import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { ResultCard } from './sync-card';

export type ImportSummary = ChannelOutput<'sync.preview'>;

interface ImportSummaryViewProps {
  summary: ImportSummary;
  id: string;
  title: string;
  /** For the preview: what it means before the person commits (nothing new, conflicts ahead). */
  explain?: boolean;
  /** The import has happened (a tick before the title). */
  done?: boolean;
  children?: ReactNode;
}

/** How many new cases, changes, attachments and conflicts a file brings (or brought). */
export function ImportSummaryView({ summary, id, title, explain, done, children }: ImportSummaryViewProps) {
  const { t } = useTranslation();
  const figures = [
    ['newCases', t('sync.import.newCases'), summary.newCases],
    ['newChanges', t('sync.import.newChanges'), summary.newChanges],
    ['blobs', t('sync.import.attachments'), summary.blobs],
    ['conflicts', t('sync.import.conflicts'), summary.conflicts],
  ] as const;
  return (
    <ResultCard id={id} title={title} done={done}>
      <Typography.Paragraph type="secondary">{t('sync.import.from', { code: summary.senderDeskCode, org: summary.orgName })}</Typography.Paragraph>
      <dl className="sync-figures">
        {figures.map(([key, label, n]) => (
          <div key={key} className={key === 'conflicts' && n > 0 ? 'sync-figure sync-figure--warn' : 'sync-figure'}>
            <dt>{label}</dt>
            <dd>{n}</dd>
          </div>
        ))}
        <div className="sync-figure sync-figure--quiet">
          <dt>{t('sync.import.changes')}</dt>
          <dd>{summary.changes}</dd>
        </div>
      </dl>
      {explain && summary.newChanges === 0 && <Typography.Paragraph>{t('sync.import.nothingNew')}</Typography.Paragraph>}
      {explain && summary.conflicts > 0 && <Typography.Paragraph type="warning">{t('sync.import.conflictsNote', { n: summary.conflicts })}</Typography.Paragraph>}
      {children}
    </ResultCard>
  );
}
