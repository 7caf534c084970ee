import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { hrefFor, navigate } from '../../lib/route';
import { useOrgLookups } from '../../lib/use-org-lookups';
import { useCan } from '../session/session-context';
import { SpecFormDialog } from '../lifecycle/spec-form-dialog';
import {
  CORRECT_FORM,
  MERGE_FORM,
  SET_ASIDE_FORM,
  correctionSchema,
  mergeFormSchema,
  setAsideFormSchema,
} from './correction-forms';
import { MessageBanner } from '../../ui/error-banner';

type Dialog = 'correct' | 'void' | 'restore' | 'merge' | null;

interface RegistrationToolsProps {
  detail: CaseDetail;
  onChanged: (detail: CaseDetail) => void;
}

const failure = (error: AppError) => ({ error });

/**
 * 修改, 作废, 合并 and 恢复: the buttons beside the registration fields, each
 * opening its small form. None is the page's main action, so none is primary.
 */
export function RegistrationTools({ detail, onChanged }: RegistrationToolsProps) {
  const { t } = useTranslation();
  const lookups = useOrgLookups();
  const can = useCan();
  const [open, setOpen] = useState<Dialog>(null);
  const setAside = detail.voided || detail.mergedInto !== null;
  const done = (next: CaseDetail) => {
    setOpen(null);
    onChanged(next);
  };
  const button = (dialog: Exclude<Dialog, null>, label: string) => (
    <Button size="small" aria-haspopup="dialog" onClick={() => setOpen(dialog)}>
      {label}
    </Button>
  );
  return (
    <div className="lc-card-head__tools" role="group" aria-label={t('detail.registrationTools')}>
      {setAside ? (
        can('void') && button('restore', t('detail.restoreAction'))
      ) : (
        <>
          {can('correct') && button('correct', t('detail.correctAction'))}
          {can('void') && button('merge', t('detail.mergeAction'))}
          {can('void') && button('void', t('detail.voidAction'))}
        </>
      )}
      {open === 'correct' && (
        <SpecFormDialog
          title={t('detail.correct.title')}
          idPrefix="correct"
          spec={CORRECT_FORM}
          ctx={{ detail, categories: lookups.categories }}
          schema={correctionSchema}
          submitLabel={t('detail.correct.submit')}
          onClose={() => setOpen(null)}
          onSubmit={async (input) => {
            const result = await call('cases.correct', input as Parameters<typeof call<'cases.correct'>>[1]);
            if (!result.ok) return failure(result.error);
            done(result.value);
            return null;
          }}
        />
      )}
      {(open === 'void' || open === 'restore') && (
        <SpecFormDialog
          title={t(`detail.${open}.title`)}
          idPrefix={open}
          spec={SET_ASIDE_FORM}
          ctx={{ caseId: detail.id }}
          schema={setAsideFormSchema}
          submitLabel={t(`detail.${open}.submit`)}
          intro={<p className="muted lc-form__intro">{t(`detail.${open}.intro`)}</p>}
          onClose={() => setOpen(null)}
          onSubmit={async (input) => {
            const result = await call(open === 'void' ? 'cases.void' : 'cases.restore', input as { caseId: string; reason: string });
            if (!result.ok) return failure(result.error);
            done(result.value);
            return null;
          }}
        />
      )}
      {open === 'merge' && (
        <SpecFormDialog
          title={t('detail.merge.title')}
          idPrefix="merge"
          spec={MERGE_FORM}
          ctx={{ caseId: detail.id }}
          schema={mergeFormSchema}
          submitLabel={t('detail.merge.submit')}
          intro={<p className="muted lc-form__intro">{t('detail.merge.intro')}</p>}
          onClose={() => setOpen(null)}
          onSubmit={async (input) => {
            const { caseId, intoCaseId: typedNumber, reason } = input as { caseId: string; intoCaseId: string; reason: string };
            const found = await call('cases.findByNumber', { number: typedNumber });
            if (!found.ok) {
              const notFound = t('detail.merge.notFound', { number: typedNumber });
              return found.error.code === 'NOT_FOUND' ? { error: found.error, message: notFound } : failure(found.error);
            }
            const result = await call('cases.merge', { caseId, intoCaseId: found.value.id, reason });
            if (result.ok) {
              // The page goes on to the original, which now shows this case's records.
              setOpen(null);
              navigate({ name: 'case', id: result.value.id });
              return null;
            }
            return failure(result.error);
          }}
        />
      )}
    </div>
  );
}

/** Above a voided or merged case's fields: what happened, and the way to the original. */
export function SetAsideBanner({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  if (detail.mergedInto) {
    return (
      <MessageBanner type="warning">
        {t('detail.mergedBanner', { number: detail.mergedIntoNumber })}{' '}
        <a href={hrefFor({ name: 'case', id: detail.mergedInto })}>{t('detail.openOriginal')}</a>
      </MessageBanner>
    );
  }
  if (detail.voided) {
    return (
      <MessageBanner type="warning">{t('detail.voidedBanner')}</MessageBanner>
    );
  }
  if (detail.mergedCases.length === 0) return null;
  return (
    <p className="muted">
      {t('detail.mergedCases')}{' '}
      {detail.mergedCases.map((merged, index) => (
        <span key={merged.id}>
          {index > 0 && '、'}
          <a href={hrefFor({ name: 'case', id: merged.id })}>{merged.number}</a>
        </span>
      ))}
    </p>
  );
}
