import { App, Button, Empty, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, ChannelInput } from '../../../../shared/contract';
import {
  addClaimSchema,
  claimDecisionSchema,
  fineDecisionSchema,
  issueNoticeSchema,
  noticeStepSchema,
  proposeFineSchema,
  type CaseContractorWork,
  type Claim,
  type Fine,
  type Notice,
} from '../../../../shared/schemas/contractors';
import type { OrgSettings } from '../../../../shared/schemas/settings';
import type { AppError, Result } from '../../../../shared/result';
import { noticeStepsFrom } from '../../../../shared/rules/notices';
import { call } from '../../lib/api';
import { useFormatDateTime } from '../../lib/use-format';
import { SectionCard } from '../../ui/section-card';
import { ErrorBanner } from '../../ui/error-banner';
import { useCan } from '../session/session-context';
import type { FormSpec, SchemaLike } from '../lifecycle/form-model';
import { SpecFormDialog } from '../lifecycle/spec-form-dialog';
import { PrintPreviewDialog } from '../printing/print-preview-dialog';
import { AttachmentDialog } from '../lifecycle/attachment-dialog';
import { AttachmentItem } from '../lifecycle/attachment-item';
import type { Attachment } from '../../../../shared/schemas/lifecycle';
import type { PrintTarget } from '../printing/print-request';
import { ACCEPT_CLAIM, ADD_CLAIM, APPROVE_FINE, CANCEL_FINE, ISSUE_NOTICE, noticeStepForm, PAY_CLAIM, PROPOSE_FINE, REJECT_CLAIM } from './contractor-forms';
import { useContractors } from './contractors-tab';

const NOTICE_COLOURS: Record<Notice['status'], string> = {
  issued: 'blue',
  signed: 'blue',
  on_site: 'processing',
  completed: 'cyan',
  accepted: 'green',
  rejected: 'orange',
  returned: 'default',
};

/** A form to open: its title, spec and context, the schema that checks it, and where the checked input goes. */
interface OpenForm {
  title: string;
  idPrefix: string;
  spec: FormSpec<never>;
  ctx: unknown;
  schema: SchemaLike;
  send: (input: unknown) => Promise<Result<unknown>>;
}

/** What the rows can do: open a form, run a one-click action, preview a form to print. */
interface Actions {
  open: (form: OpenForm) => void;
  run: (action: Promise<Result<unknown>>) => void;
  print: (target: PrintTarget, name: string) => void;
}

function useContractorWork(caseId: string): { work: CaseContractorWork | null; reload: () => void } {
  const [work, setWork] = useState<CaseContractorWork | null>(null);
  const reload = useCallback(() => {
    void call('cases.contractorWork', { caseId }).then((result) => {
      if (result.ok) setWork(result.value);
    });
  }, [caseId]);
  useEffect(reload, [reload]);
  return { work, reload };
}

function FineRow({ fine, actions }: { fine: Fine; actions: Actions }) {
  const { t } = useTranslation();
  const can = useCan();
  const decide = (decision: unknown) => call('fines.decide', { fineId: fine.id, decision } as ChannelInput<'fines.decide'>);
  const form = (title: string, idPrefix: string, spec: FormSpec<never>, ctx: unknown) => actions.open({ title, idPrefix, spec, ctx, schema: fineDecisionSchema, send: decide });
  return (
    <li className="contractor-work__fine">
      <span>{t('contractors.fine.line', { amount: fine.amount, conditions: fine.conditions.map((c) => t(`fineCondition.${c}`)).join('；') })}</span>{' '}
      <Tag>{t(`fineStatus.${fine.status}`)}</Tag>{' '}
      <span className="muted">
        {t('contractors.fine.by', { proposer: fine.proposedByName, approver: fine.approvedByName ? t('contractors.fine.approvedBy', { name: fine.approvedByName }) : '' })}
      </span>{' '}
      <Space size="small" wrap>
        {fine.status === 'proposed' && can('approve_fine') && (
          <Button size="small" onClick={() => form(t('contractors.fine.approveTitle'), 'fine-approve', APPROVE_FINE as FormSpec<never>, { fine })}>
            {t('contractors.fine.approve')}
          </Button>
        )}
        {fine.status === 'approved' && can('propose_fine') && (
          <Button size="small" onClick={() => actions.run(decide({ action: 'send' }))}>
            {t('contractors.fine.send')}
          </Button>
        )}
        {fine.status !== 'cancelled' && can('approve_fine') && (
          <Button size="small" onClick={() => form(t('contractors.fine.cancelTitle'), 'fine-cancel', CANCEL_FINE as FormSpec<never>, {})}>
            {t('contractors.fine.cancel')}
          </Button>
        )}
        <Button size="small" onClick={() => actions.print({ kind: 'fine-slip', caseId: fine.caseId, fineId: fine.id, blank: false }, t('printing.kind.fine-slip'))}>
          {t('contractors.fine.print')}
        </Button>
      </Space>
    </li>
  );
}

interface NoticeBlockProps {
  notice: Notice;
  fines: Fine[];
  photos: Attachment[];
  settings: OrgSettings;
  actions: Actions;
  /** Opens the dialog that adds photos of the notice's problem. */
  onAddPhotos: () => void;
}

function NoticeBlock({ notice, fines, photos, settings, actions, onAddPhotos }: NoticeBlockProps) {
  const { t } = useTranslation();
  const can = useCan();
  const formatDateTime = useFormatDateTime();
  const at = (ms: number | null) => (ms === null ? '—' : formatDateTime(ms));
  const steps = noticeStepsFrom(notice.status).filter((step) => (step === 'emergency' ? can('approve_fine') : can('rectification')));
  const title = t('contractors.panel.notice', { number: notice.number });
  return (
    <section className="contractor-work__notice" aria-label={title}>
      <h3>
        {title} <Tag color={NOTICE_COLOURS[notice.status]}>{t(`noticeStatus.${notice.status}`)}</Tag>
        {notice.missed.map((miss) => (
          <Tag key={miss} color="red">
            {t(`contractors.missed.${miss}`)}
          </Tag>
        ))}
      </h3>
      <p>
        <strong>{notice.contractorName}</strong> {notice.contractorContact}
      </p>
      <p className="muted">
        {t('contractors.panel.times', { issued: at(notice.issuedAt), by: notice.issuedByName, onSite: at(notice.onSiteDueAt), due: at(notice.completionDueAt) })}
      </p>
      <p className="contractor-work__problem">{notice.problem}</p>
      {photos.length > 0 && (
        <ul className="lc-attachments contractor-work__photos" aria-label={t('contractors.panel.photosOf', { number: notice.number })}>
          {photos.map((photo) => (
            <AttachmentItem key={photo.id} attachment={photo} />
          ))}
        </ul>
      )}
      {notice.rejectReason && notice.status === 'rejected' && <p>{t('contractors.panel.rejected', { reason: notice.rejectReason })}</p>}
      {notice.emergencyStartedAt !== null && (
        <p>{t('contractors.panel.emergency', { team: notice.emergencyTeam, cost: notice.emergencyCost === null ? '—' : `${notice.emergencyCost} 元` })}</p>
      )}
      {notice.contractorReply && <p>{t('contractors.panel.reply', { reply: notice.contractorReply })}</p>}
      <Space size="small" wrap>
        {steps.map((step) => (
          <Button
            key={step}
            size="small"
            onClick={() =>
              actions.open({
                title: `${t(`contractors.step.${step}`)}：${notice.number}`,
                idPrefix: `notice-${step}`,
                spec: noticeStepForm(step) as FormSpec<never>,
                ctx: {},
                schema: noticeStepSchema,
                send: (input) => call('notices.step', { noticeId: notice.id, step: input } as ChannelInput<'notices.step'>),
              })
            }
          >
            {t(`contractors.step.${step}`)}
          </Button>
        ))}
        {can('propose_fine') && (
          <Button
            size="small"
            onClick={() =>
              actions.open({
                title: t('contractors.fine.proposeTitle', { number: notice.number }),
                idPrefix: 'fine-propose',
                spec: PROPOSE_FINE as FormSpec<never>,
                ctx: { noticeId: notice.id, minimum: settings.values.minimumFineYuan },
                schema: proposeFineSchema,
                send: (input) => call('fines.propose', input as ChannelInput<'fines.propose'>),
              })
            }
          >
            {t('contractors.panel.proposeFine')}
          </Button>
        )}
        {can('rectification') && (
          <Button size="small" onClick={onAddPhotos}>
            {t('contractors.panel.addPhotos')}
          </Button>
        )}
        <Button size="small" onClick={() => actions.print({ kind: 'rectification-notice', caseId: notice.caseId, noticeId: notice.id, blank: false }, t('printing.kind.rectification-notice'))}>
          {t('contractors.panel.print')}
        </Button>
      </Space>
      {fines.length > 0 && (
        <ul className="contractor-work__fines" aria-label={`${t('contractors.panel.finesOf')} ${notice.number}`}>
          {fines.map((fine) => (
            <FineRow key={fine.id} fine={fine} actions={actions} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ClaimsTable({ claims, actions }: { claims: Claim[]; actions: Actions }) {
  const { t } = useTranslation();
  const can = useCan();
  const decide = (claim: Claim, title: string, idPrefix: string, spec: FormSpec<never>) =>
    actions.open({
      title,
      idPrefix,
      spec,
      ctx: { claim },
      schema: claimDecisionSchema,
      send: (decision) => call('claims.decide', { claimId: claim.id, decision } as ChannelInput<'claims.decide'>),
    });
  const c = (key: 'claimant' | 'claimed' | 'amount' | 'accepted' | 'status') => t(`contractors.claim.columns.${key}`);
  return (
    <Table<Claim>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={claims}
      aria-label={t('contractors.panel.claimsCaption')}
      columns={[
        { title: c('claimant'), dataIndex: 'claimant' },
        { title: c('claimed'), dataIndex: 'claimed' },
        { title: c('amount'), dataIndex: 'amountClaimed' },
        { title: c('accepted'), render: (_, claim) => claim.acceptedAmount ?? '' },
        { title: c('status'), render: (_, claim) => <Tag>{t(`claimStatus.${claim.status}`)}</Tag> },
        {
          title: '',
          render: (_, claim) =>
            can('claims') && (
              <Space size="small">
                {claim.status === 'open' && (
                  <>
                    <Button size="small" onClick={() => decide(claim, t('contractors.claim.acceptTitle'), 'claim-accept', ACCEPT_CLAIM as FormSpec<never>)}>
                      {t('contractors.claim.accept')}
                    </Button>
                    <Button size="small" onClick={() => decide(claim, t('contractors.claim.rejectTitle'), 'claim-reject', REJECT_CLAIM as FormSpec<never>)}>
                      {t('contractors.claim.reject')}
                    </Button>
                  </>
                )}
                {claim.status === 'accepted' && (
                  <Button size="small" onClick={() => decide(claim, t('contractors.claim.payTitle'), 'claim-pay', PAY_CLAIM as FormSpec<never>)}>
                    {t('contractors.claim.pay')}
                  </Button>
                )}
              </Space>
            ),
        },
      ]}
    />
  );
}

/**
 * 工程整改与索赔 on the case page (seed 003): the rectification notices issued to contractors, each with
 * its state, the times it missed, its steps and its fines; and the claims made on the case.
 */
export function ContractorWorkPanel({ detail, settings }: { detail: CaseDetail; settings: OrgSettings }) {
  const { t } = useTranslation();
  const can = useCan();
  const { message } = App.useApp();
  const { work, reload } = useContractorWork(detail.id);
  const { contractors } = useContractors();
  const [form, setForm] = useState<OpenForm | null>(null);
  const [printing, setPrinting] = useState<{ target: PrintTarget; name: string } | null>(null);
  const [failure, setFailure] = useState<AppError>();
  const [photosFor, setPhotosFor] = useState<Notice | null>(null);
  const actions: Actions = {
    open: setForm,
    run: (action) =>
      void action.then((result) => {
        setFailure(result.ok ? undefined : result.error);
        if (result.ok) message.success(t('contractors.panel.done'));
        reload();
      }),
    print: (target, name) => setPrinting({ target, name }),
  };
  const workContext = { detail, settings, contractors: contractors ?? [] };
  const open = detail.status !== 'closed';
  const empty = work !== null && work.notices.length === 0 && work.claims.length === 0;
  // Nothing on the case and nothing this person may add: the panel would only take room.
  if (work === null || (empty && !can('rectification') && !can('claims'))) return null;
  return (
    <SectionCard
      titleId="contractor-work-title"
      title={t('contractors.panel.title')}
      extra={
        <Space size="small">
          {open && can('rectification') && (
            <Button
              size="small"
              onClick={() =>
                setForm({
                  title: t('contractors.panel.issue'),
                  idPrefix: 'notice-issue',
                  spec: ISSUE_NOTICE as FormSpec<never>,
                  ctx: workContext,
                  schema: issueNoticeSchema,
                  send: (input) => call('notices.issue', input as ChannelInput<'notices.issue'>),
                })
              }
            >
              {t('contractors.panel.issue')}
            </Button>
          )}
          {can('claims') && (
            <Button
              size="small"
              onClick={() =>
                setForm({
                  title: t('contractors.panel.addClaim'),
                  idPrefix: 'claim-add',
                  spec: ADD_CLAIM as FormSpec<never>,
                  ctx: workContext,
                  schema: addClaimSchema,
                  send: (input) => call('claims.add', input as ChannelInput<'claims.add'>),
                })
              }
            >
              {t('contractors.panel.addClaim')}
            </Button>
          )}
        </Space>
      }
    >
      {failure && <ErrorBanner error={failure} />}
      {empty && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contractors.panel.empty')} />}
      {work?.notices.map((notice) => (
        <NoticeBlock
          key={notice.id}
          notice={notice}
          fines={work.fines.filter((f) => f.noticeId === notice.id)}
          photos={work.photos.filter((p) => p.noticeId === notice.id)}
          settings={settings}
          actions={actions}
          onAddPhotos={() => setPhotosFor(notice)}
        />
      ))}
      {work && work.claims.length > 0 && (
        <>
          <h3 className="contractor-work__subtitle">{t('contractors.panel.claims')}</h3>
          <ClaimsTable claims={work.claims} actions={actions} />
        </>
      )}
      {form && (
        <SpecFormDialog<never>
          title={form.title}
          idPrefix={form.idPrefix}
          spec={form.spec}
          ctx={form.ctx as never}
          schema={form.schema}
          submitLabel={t('common.save')}
          onClose={() => setForm(null)}
          onSubmit={async (input) => {
            const result = await form.send(input);
            if (!result.ok) return { error: result.error };
            setForm(null);
            reload();
            return null;
          }}
        />
      )}
      {photosFor && (
        <AttachmentDialog
          caseId={detail.id}
          noticeId={photosFor.id}
          title={t('contractors.panel.photosTitle', { number: photosFor.number })}
          maxMb={settings.values.maxAttachmentMb}
          onAdded={reload}
          onClose={() => setPhotosFor(null)}
        />
      )}
      {printing && <PrintPreviewDialog target={printing.target} name={printing.name} onClose={() => setPrinting(null)} />}
    </SectionCard>
  );
}
