import { App, Button, Timeline as AntTimeline, type TimelineProps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract';
import { STATUSES, type CaseStatus } from '../../../../shared/domain';
import type { CaseEvent, Followup, Timeline } from '../../../../shared/schemas/lifecycle';
import type { OrgSettings } from '../../../../shared/schemas/settings';
import { useEnumLabels } from '../../i18n/use-enum-labels';
import { useFormatDateTime } from '../../lib/use-format';
import { AttachmentDialog } from './attachment-dialog';
import { AttachmentList } from './attachment-item';
import { eventDetails, eventTitle, type DetailLine, type EventLookups } from './event-details';
import { FollowupDialog } from './followup-dialog';
import { timelineEntries, type TimelineEntry } from './timeline-entries';
import { formatCaseValue, type ValueContext } from '../case-detail/change-value';
import { useCan } from '../session/session-context';
import { MessageBanner } from '../../ui/error-banner';
import { SectionCard } from '../../ui/section-card';

interface CaseTimelineProps {
  detail: CaseDetail;
  timeline: Timeline;
  settings: OrgSettings | null;
  /** Who registered the case, by name. */
  createdByName: string;
  /** How a case field's value reads (a correction's old → new). */
  valueContext: ValueContext;
  onChanged: () => void;
}

const DEFAULT_MAX_MB = 20;

type TimelineItem = NonNullable<TimelineProps['items']>[number] & { id: string; tabIndex: number };

/** Moves of the case in blue, what people did about it in green, evidence in grey. */
const ENTRY_COLOR: Record<TimelineEntry['kind'], string> = { registered: 'blue', event: 'blue', followup: 'green', attachment: 'gray' };

function Details({ lines }: { lines: DetailLine[] }) {
  if (lines.length === 0) return null;
  return (
    <dl className="lc-details">
      {lines.map((line) => (
        <div key={line.label} className={line.long ? 'lc-details__row lc-details__row--long' : 'lc-details__row'}>
          <dt>{line.label}</dt>
          <dd>{line.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Meta({ at, userName }: { at: number; userName: string }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <div className="lc-entry__meta">
      <time dateTime={new Date(at).toISOString()}>{formatDateTime(at)}</time>
      <span className="lc-entry__who">{userName || t('lifecycle.timeline.system')}</span>
    </div>
  );
}

function EventEntry({ event, lookups }: { event: CaseEvent; lookups: EventLookups }) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const statusLabel = (status: string) => ((STATUSES as readonly string[]).includes(status) ? labels.status(status as CaseStatus) : status);
  return (
    <>
      <Meta at={event.at} userName={event.userName} />
      <div className="lc-entry__body">
        <p className="lc-entry__title">
          <strong>{eventTitle(event, t)}</strong>
          {event.fromStatus !== event.toStatus && (
            <span className="lc-entry__status">
              {t('lifecycle.timeline.statusChange', { from: statusLabel(event.fromStatus), to: statusLabel(event.toStatus) })}
            </span>
          )}
        </p>
        <Details lines={eventDetails(event, lookups)} />
      </div>
    </>
  );
}

interface FollowupEntryProps {
  followup: Followup;
  byId: Map<string, Followup>;
  onCorrect: (followup: Followup) => void;
  /** The number of the merged case it was recorded on, when it was not this case. */
  mergedFrom?: string;
}

function FollowupEntry({ followup, byId, onCorrect, mergedFrom }: FollowupEntryProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const amended = followup.amendedBy ? byId.get(followup.amendedBy) : undefined;
  const amends = followup.amendsId ? byId.get(followup.amendsId) : undefined;
  const lines: DetailLine[] = [];
  if (followup.kind === 'remedy') {
    if (followup.remedyKind) lines.push({ label: t('lifecycle.followup.remedyKind'), value: t(`lifecycle.remedyKind.${followup.remedyKind}`), long: false });
    if (followup.amount !== null) {
      lines.push({ label: t('lifecycle.followup.amount'), value: t('lifecycle.followup.amountValue', { amount: followup.amount.toFixed(2) }), long: false });
    }
  }
  if (followup.kind === 'result_feedback' && followup.customerConfirmed !== null) {
    lines.push({
      label: t('lifecycle.followup.customerConfirmed'),
      value: t(followup.customerConfirmed ? 'lifecycle.followup.confirmedYes' : 'lifecycle.followup.confirmedNo'),
      long: false,
    });
  }
  return (
    <>
      <Meta at={followup.at} userName={followup.userName} />
      <div className="lc-entry__body">
        <p className="lc-entry__title">
          <strong>{t(`lifecycle.followupKind.${followup.kind}`)}</strong>
          {mergedFrom && <span className="badge">{t('lifecycle.timeline.fromMerged', { number: mergedFrom })}</span>}
          {amends && (
            <a className="lc-entry__link" href={`#lc-entry-${amends.id}`} onClick={(event) => jumpTo(event, amends.id)}>
              {t('lifecycle.timeline.amends', { at: formatDateTime(amends.at) })}
            </a>
          )}
          {amended && (
            <>
              <span className="badge lc-badge--amended">{t('lifecycle.timeline.amended')}</span>
              <a className="lc-entry__link" href={`#lc-entry-${amended.id}`} onClick={(event) => jumpTo(event, amended.id)}>
                {t('lifecycle.timeline.amendedBy', { at: formatDateTime(amended.at) })}
              </a>
            </>
          )}
        </p>
        <p className="lc-entry__text">{followup.text}</p>
        <Details lines={lines} />
        <AttachmentList attachments={followup.attachments} />
      </div>
      <div className="lc-entry__tools">
        {/* A corrected entry is corrected again through its latest correction. */}
        {!amended && (
        <Button
         
          size="small"
          aria-label={t('lifecycle.timeline.correctLabel', { at: formatDateTime(followup.at) })}
          onClick={() => onCorrect(followup)}
        >
          {t('lifecycle.timeline.correct')}
        </Button>
        )}
      </div>
    </>
  );
}

/** In-page links to another entry must not change the route's hash. */
function jumpTo(event: { preventDefault: () => void }, id: string) {
  event.preventDefault();
  const target = document.getElementById(`lc-entry-${id}`);
  target?.scrollIntoView({ block: 'center' });
  target?.focus();
}

type Dialog = { kind: 'followup'; amends: Followup | null } | { kind: 'attachment' } | null;

/** 处理经过: every move, follow-up and piece of evidence in time order, with the forms that add to it. */
export function CaseTimeline({ detail, timeline, settings, createdByName, valueContext, onChanged }: CaseTimelineProps) {
  const { t } = useTranslation();
  const can = useCan();
  const formatDateTime = useFormatDateTime();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [warning, setWarning] = useState<string>();
  const { message } = App.useApp();
  const entries = useMemo(() => timelineEntries(detail, timeline), [detail, timeline]);
  const byId = useMemo(() => new Map(timeline.followups.map((f) => [f.id, f])), [timeline.followups]);
  const mergedNumbers = useMemo(() => new Map(detail.mergedCases.map((c) => [c.id, c.number])), [detail.mergedCases]);
  const lookups = useMemo<EventLookups>(() => {
    const people = new Map((settings?.staff ?? []).map((s) => [s.id, s.name]));
    const departments = new Map((settings?.departments ?? []).map((d) => [d.id, d.name]));
    return {
      t,
      caseValue: (field, value) => formatCaseValue(field, value, valueContext),
      formatDateTime,
      personName: (id) => people.get(id) ?? id,
      departmentName: (id) => departments.get(id) ?? id,
    };
  }, [t, formatDateTime, settings, valueContext]);
  const maxMb = settings?.values.maxAttachmentMb ?? DEFAULT_MAX_MB;

  const render = (entry: TimelineEntry) => {
    switch (entry.kind) {
      case 'registered':
        return (
          <>
            <Meta at={entry.at} userName={createdByName} />
            <div className="lc-entry__body">
              <p className="lc-entry__title">
                <strong>{t('lifecycle.event.registered')}</strong>
              </p>
            </div>
          </>
        );
      case 'event':
        return <EventEntry event={entry.event} lookups={lookups} />;
      case 'followup':
        return (
          <FollowupEntry
            followup={entry.followup}
            byId={byId}
            mergedFrom={mergedNumbers.get(entry.followup.caseId)}
            onCorrect={(f) => setDialog({ kind: 'followup', amends: f })}
          />
        );
      case 'attachment':
        return (
          <>
            <Meta at={entry.at} userName={entry.attachment.userName} />
            <div className="lc-entry__body">
              <p className="lc-entry__title">
                <strong>{t('lifecycle.timeline.attachmentAdded')}</strong>
              </p>
              <AttachmentList attachments={[entry.attachment]} />
            </div>
          </>
        );
    }
  };

  const items = entries.map((entry): TimelineItem => {
    const amended = entry.kind === 'followup' && entry.followup.amendedBy !== null;
    return {
      key: entry.id,
      // In-page links jump to an entry and put the keyboard on it.
      id: `lc-entry-${entry.id}`,
      tabIndex: -1,
      className: `lc-entry lc-entry--${entry.kind}${amended ? ' lc-entry--amended' : ''}`,
      color: amended ? 'gray' : ENTRY_COLOR[entry.kind],
      content: <div className="lc-entry__grid">{render(entry)}</div>,
    };
  });

  return (
    <SectionCard
      titleId="lc-timeline-title"
      title={t('lifecycle.timeline.title')}
      className="lc-timeline"
      extra={
        can('handle') && (
          <div className="lc-card-head__tools">
            <Button aria-haspopup="dialog" onClick={() => setDialog({ kind: 'followup', amends: null })}>
              {t('lifecycle.timeline.addFollowup')}
            </Button>
            <Button aria-haspopup="dialog" onClick={() => setDialog({ kind: 'attachment' })}>
              {t('lifecycle.timeline.addAttachment')}
            </Button>
          </div>
        )
      }
    >
      {warning && (
        <MessageBanner>{warning}</MessageBanner>
      )}
      <AntTimeline className="lc-entries" aria-label={t('lifecycle.timeline.label')} items={items} />
      {dialog?.kind === 'followup' && (
        <FollowupDialog
          caseId={detail.id}
          amends={dialog.amends}
          maxMb={maxMb}
          onSaved={(warning) => {
            setDialog(null);
            setWarning(warning);
            if (!warning) message.success(t('lifecycle.followup.saved'));
            onChanged();
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'attachment' && (
        <AttachmentDialog
          caseId={detail.id}
          maxMb={maxMb}
          onAdded={(count) => {
            message.success(t('lifecycle.attachment.added', { count }));
            onChanged();
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </SectionCard>
  );
}
