import { Button, Card, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { hrefFor } from '../../lib/route';
import type { ValueContext } from '../case-detail/change-value';
import { conflictFieldLabel, conflictValue, shortValue } from './conflict-labels';

export type Conflict = ChannelOutput<'sync.conflicts'>[number];
type Candidate = Conflict['candidates'][number];

export interface Resolution {
  conflict: Conflict;
  value: unknown;
  /** What to tell the person once it is done. */
  done: string;
}

interface ConflictCardProps {
  conflict: Conflict;
  ctx: ValueContext;
  busy: boolean;
  onResolve: (resolution: Resolution) => void;
}

function CardTitle({ id, conflict, label }: { id: string; conflict: Conflict; label: string }) {
  const { t } = useTranslation();
  return (
    <h3 id={id} className="section-card__title">
      {conflict.caseId ? (
        <a href={hrefFor({ name: 'case', id: conflict.caseId })}>{t('sync.conflicts.case', { number: conflict.caseNumber })}</a>
      ) : (
        <span>{t('sync.conflicts.noCase')}</span>
      )}
      <Typography.Text type="secondary" aria-hidden="true">
        ·
      </Typography.Text>
      <span> {label}</span>
    </h3>
  );
}

function Who({ candidate, ctx }: { candidate: Candidate; ctx: ValueContext }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary">
      {t('sync.conflicts.by', {
        desk: candidate.deskCode,
        person: candidate.userName || t('sync.conflicts.unknownPerson'),
        at: ctx.formatDateTime(candidate.at),
      })}
    </Typography.Text>
  );
}

/** One field two desks set to different values: each value with who set it where and when, and a button to keep it. */
export function ConflictCard({ conflict, ctx, busy, onResolve }: ConflictCardProps) {
  const { t } = useTranslation();
  const id = useId();
  if (conflict.field === 'deleted') return <DeletionCard conflict={conflict} ctx={ctx} busy={busy} onResolve={onResolve} />;
  const label = conflictFieldLabel(t, conflict.entity, conflict.field);
  return (
    <Card size="small" role="article" aria-labelledby={id} className="sync-conflict" title={<CardTitle id={id} conflict={conflict} label={label} />}>
      <ul className="sync-conflict__candidates">
        {conflict.candidates.map((candidate) => {
          const shown = conflictValue(conflict.entity, conflict.field, candidate.value, ctx);
          return (
            <li key={candidate.changeId} className="sync-conflict__candidate">
              <div className="sync-conflict__value">{shown}</div>
              <Who candidate={candidate} ctx={ctx} />
              <Button
                disabled={busy}
                aria-label={t('sync.conflicts.keepLabel', { value: shortValue(shown), desk: candidate.deskCode })}
                onClick={() => onResolve({ conflict, value: candidate.value, done: t('sync.conflicts.resolved', { label }) })}
              >
                {t('sync.conflicts.keep')}
              </Button>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

const isDeletion = (value: unknown) => typeof value === 'object' && value !== null && (value as { deleted?: unknown }).deleted === true;

/**
 * Deleted on one desk while changed on another: the deletions, the changes
 * the deleting desk had not seen, and the two ways out.
 */
function DeletionCard({ conflict, ctx, busy, onResolve }: ConflictCardProps) {
  const { t } = useTranslation();
  const id = useId();
  const deletions = conflict.candidates.filter((c) => isDeletion(c.value));
  const seen = new Set(deletions.flatMap((c) => (c.value as { seen?: string[] }).seen ?? []));
  const edits = conflict.candidates.filter((c) => !isDeletion(c.value) && !seen.has(c.changeId));
  const title = conflict.entity === 'case' ? t('sync.conflicts.deletedTitle') : conflictFieldLabel(t, conflict.entity, 'deleted');
  return (
    <Card size="small" role="article" aria-labelledby={id} className="sync-conflict" title={<CardTitle id={id} conflict={conflict} label={title} />}>
      <Typography.Paragraph>{t('sync.conflicts.deletedExplain')}</Typography.Paragraph>
      <ul className="sync-conflict__events">
        {deletions.map((candidate) => (
          <li key={candidate.changeId}>
            <Who candidate={candidate} ctx={ctx} />
            <span className="sync-conflict__what">{t('sync.conflicts.deletedBy')}</span>
          </li>
        ))}
        {edits.map((candidate) => (
          <li key={candidate.changeId}>
            <Who candidate={candidate} ctx={ctx} />
            <span className="sync-conflict__what">
              {t('sync.conflicts.editedTo', { value: shortValue(conflictValue('', '', candidate.value, ctx), 80) })}
            </span>
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <Button
          disabled={busy}
          onClick={() => onResolve({ conflict, value: true, done: t('sync.conflicts.keepDeletedDone') })}
        >
          {t('sync.conflicts.keepDeleted')}
        </Button>
        <Button
          type="primary"
          disabled={busy}
          onClick={() => onResolve({ conflict, value: false, done: t('sync.conflicts.restoreDone') })}
        >
          {t('sync.conflicts.restore')}
        </Button>
      </div>
    </Card>
  );
}
