/** Plays the demo timeline through the app's services, one event at a time. */
import { caseInputSchema } from '../../../shared/contract';
import type { Nature } from '../../../shared/domain';
import { followupInputSchema, transitionSchema } from '../../../shared/schemas/lifecycle';
import { recordAttempt, recordCallback } from '../callbacks/record-callback';
import { pendingCallback, requiredMethod } from '../callbacks/schedule-callback';
import { readSettingValues } from '../settings/setting-values';
import { registerCase } from '../cases/register-case';
import type { CoreContext } from '../context';
import { addFollowup } from '../followups/followups';
import { addAttachment } from '../attachments/attachments';
import { newId } from '../ids';
import { transitionCase } from '../lifecycle/transition-case';
import type { Topic } from './complaint-topics';
import type { DemoClock } from './demo-clock';
import type { DemoStep } from './lifecycle';
import type { StaffKey } from './people';
import type { DemoEvent } from './timeline';

const HANDLING_TEXT = '维修人员已到现场查看并完成处理';
/** A 1×1 PNG: enough to show an attachment in the demo without shipping pictures. */
const DEMO_PHOTO = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** Who takes up a case in each department: its demo person; the complaint representative for the service centre. */
export const DEPARTMENT_STAFF: Record<Topic['department'], StaffKey> = {
  engineering: 'engineering',
  security: 'security',
  environment: 'environment',
  service: 'rep',
};

/** Remembers what it needs of each case it registered: its id, nature and department. */
export class DemoPlayer {
  registered = 0;
  steps = 0;
  private readonly cases: { id: string; nature: Nature; department: Topic['department'] | null }[] = [];

  constructor(
    private readonly staff: { registrars: string[]; byKey: Map<StaffKey, string> },
    private readonly departments: Record<Topic['department'], string>,
    private readonly clock: DemoClock,
  ) {}

  apply(ctx: CoreContext, event: DemoEvent): void {
    this.clock.moveTo(event.at);
    if (event.kind === 'register') {
      ctx.session.userId = this.staff.registrars[event.registeredBy] ?? null;
      const { id } = registerCase(ctx, caseInputSchema.parse(event.input));
      this.cases[event.caseIndex] = { id, nature: event.input.nature, department: null };
      this.registered += 1;
    } else {
      this.advance(ctx, event.caseIndex, event.staff, event.step);
      this.steps += 1;
    }
  }

  /**
   * Every fourth case gets the full handling record before it is resolved:
   * a follow-up of every kind, and every tenth a photo as evidence.
   */
  private handlingRecord(ctx: CoreContext, caseId: string, caseIndex: number): void {
    const add = (fields: Record<string, unknown>) => addFollowup(ctx, followupInputSchema.parse({ caseId, ...fields }));
    const handling = add({ kind: 'handling', text: HANDLING_TEXT });
    add({ kind: 'progress_told', text: '已电话告知业主维修进度及预计完成时间' });
    add({ kind: 'internal_note', text: '材料已申领,由班组长复核' });
    add({ kind: 'remedy', text: '向业主赠送一个月停车券以示歉意', remedyKind: 'voucher', amount: 200 });
    add({ kind: 'result_feedback', text: '已向业主反馈处理结果', customerConfirmed: true });
    if (caseIndex % 10 === 0) {
      addAttachment(ctx, { caseId, followupId: handling.id, fileName: `现场照片-${caseIndex}.png`, mime: 'image/png', dataBase64: DEMO_PHOTO });
    }
  }

  private person(key: StaffKey): string {
    return this.staff.byKey.get(key) ?? this.staff.registrars[0]!;
  }

  private advance(ctx: CoreContext, caseIndex: number, who: StaffKey | 'department', step: DemoStep): void {
    const kase = this.cases[caseIndex]!;
    ctx.session.userId = this.person(who === 'department' ? DEPARTMENT_STAFF[kase.department ?? 'service'] : who);
    switch (step.action) {
      case 'callback_attempt':
      case 'callback': {
        const pending = pendingCallback(ctx.db, kase.id);
        if (!pending) throw new Error(`case ${kase.id} has no callback waiting`);
        if (step.action === 'callback_attempt') {
          recordAttempt(ctx, { callbackId: pending.id, result: step.result, note: step.note, callAgainAt: null });
          return;
        }
        recordCallback(ctx, {
          callbackId: pending.id,
          requestId: newId(),
          method: requiredMethod(kase.nature, readSettingValues(ctx.db).majorCallbackMethod) ?? 'phone',
          satisfaction: step.satisfaction,
          solved: step.solved,
          customerWords: step.words,
        });
        return;
      }
      case 'contact':
        addFollowup(ctx, followupInputSchema.parse({ caseId: kase.id, kind: 'contact', text: step.text }));
        return;
      case 'dispatch': {
        kase.department = step.department;
        const assigneeId = step.withAssignee ? this.person(DEPARTMENT_STAFF[step.department]) : null;
        const transition = { action: 'dispatch', departmentId: this.departments[step.department], assigneeId };
        transitionCase(ctx, { caseId: kase.id, requestId: newId(), transition: transitionSchema.parse(transition) });
        return;
      }
      default:
        if (step.action === 'judge') kase.nature = step.nature;
        if (step.action === 'resolve' && caseIndex % 4 === 0) this.handlingRecord(ctx, kase.id, caseIndex);
        transitionCase(ctx, { caseId: kase.id, requestId: newId(), transition: transitionSchema.parse(step) });
    }
  }
}
