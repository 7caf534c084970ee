/** The case's story in one list: registration, its moves, its follow-ups and its evidence, oldest first. */
import type { CaseDetail } from '../../../../shared/contract';
import type { Attachment, CaseEvent, Followup, Timeline } from '../../../../shared/schemas/lifecycle';

export type TimelineEntry =
  | { kind: 'registered'; id: string; at: number }
  | { kind: 'event'; id: string; at: number; event: CaseEvent }
  | { kind: 'followup'; id: string; at: number; followup: Followup }
  | { kind: 'attachment'; id: string; at: number; attachment: Attachment };

/** At the same instant a move comes before what was written about it. */
const RANK: Record<TimelineEntry['kind'], number> = { registered: 0, event: 1, followup: 2, attachment: 3 };

export function timelineEntries(detail: Pick<CaseDetail, 'id' | 'createdAt'>, timeline: Timeline): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    { kind: 'registered', id: `registered-${detail.id}`, at: detail.createdAt },
    ...timeline.events.map((event) => ({ kind: 'event' as const, id: event.id, at: event.at, event })),
    ...timeline.followups.map((followup) => ({ kind: 'followup' as const, id: followup.id, at: followup.at, followup })),
    // Evidence of a follow-up is shown inside it, a notice's photos with the notice; only the case's own is an entry of its own.
    ...timeline.attachments
      .filter((attachment) => attachment.followupId === null && !attachment.noticeId)
      .map((attachment) => ({ kind: 'attachment' as const, id: attachment.id, at: attachment.at, attachment })),
  ];
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.at - b.entry.at || RANK[a.entry.kind] - RANK[b.entry.kind] || a.index - b.index)
    .map(({ entry }) => entry);
}
