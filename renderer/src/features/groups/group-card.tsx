import { Button, Card, Flex, Input, Tag } from 'antd';
import { forwardRef, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract';
import type { CaseGroup } from '../../../../shared/schemas/lifecycle';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { useFormatDateTime } from '../../lib/use-format';
import { ErrorBanner } from '../../ui/error-banner';
import { FormField } from '../../ui/form-field';
import { CaseNumberInput } from './case-number-input';
import { GroupCasesTable } from './group-cases-table';
import { GroupActions, GroupCaseSearch } from './group-actions';
import { ChoiceSelect } from '../../ui/choice-select';

interface GroupCardProps {
  group: CaseGroup;
  cases: ReadonlyMap<string, CaseDetail>;
  highlighted: boolean;
  onChanged: () => Promise<void>;
}

type Kind = 'meeting' | 'public_notice';

function ResolutionForm({ group, onSaved, onCancel }: { group: CaseGroup; onSaved: () => Promise<void>; onCancel?: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind | ''>(group.resolutionKind || '');
  const [text, setText] = useState(group.resolutionText);
  const [errors, setErrors] = useState<{ kind?: string; text?: string }>({});
  const [failure, setFailure] = useState<AppError>();
  const [pending, setPending] = useState(false);
  const inFlight = useRef(false);
  const id = (name: string) => `group-${group.id}-${name}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (inFlight.current) return;
    const found = { ...(kind ? {} : { kind: 'errors.required' }), ...(text.trim() ? {} : { text: 'errors.required' }) };
    setErrors(found);
    if (!kind || found.text) {
      document.getElementById(id(found.kind ? 'kind' : 'text'))?.focus();
      return;
    }
    inFlight.current = true;
    setPending(true);
    const result = await call('groups.resolve', { groupId: group.id, kind, text: text.trim() });
    inFlight.current = false;
    setPending(false);
    if (!result.ok) return setFailure(result.error);
    await onSaved();
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      {failure && <ErrorBanner error={failure} />}
      <FormField id={id('kind')} label={t('groups.kind')} errorKey={errors.kind} required>
        {(control) => (
          <ChoiceSelect<Kind>
            {...control}
            value={kind}
            emptyLabel={t('common.choose')}
            choices={(['meeting', 'public_notice'] as const).map((choice) => ({ value: choice, label: t(`groups.resolutionKind.${choice}`) }))}
            onValueChange={setKind}
          />
        )}
      </FormField>
      <FormField id={id('text')} label={t('groups.text')} errorKey={errors.text} hint={t('groups.textHint')} required>
        {(control) => (
          <Input.TextArea {...control} autoSize={{ minRows: 3 }} maxLength={4000} value={text} onChange={(event) => setText(event.target.value)} />
        )}
      </FormField>
      <div className="form-actions">
        <Button htmlType="submit" type="primary" disabled={pending}>
          {pending ? t('groups.saving') : t('groups.recordResolution')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
      </div>
    </form>
  );
}

/** One group complaint: its complaints (add, remove) and the meeting or notice that answered them all. */
export const GroupCard = forwardRef<HTMLHeadingElement, GroupCardProps>(function GroupCard({ group, cases, highlighted, onChanged }, headingRef) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState<AppError>();
  const members = group.caseIds.map((id) => cases.get(id)).filter((c): c is CaseDetail => c !== undefined);
  const titleId = `group-${group.id}-title`;
  const resolved = group.resolutionKind !== '' && group.resolvedAt !== null;

  async function relink(caseId: string, linked: boolean) {
    const result = await call(linked ? 'groups.link' : 'groups.unlink', { groupId: group.id, caseId });
    if (!result.ok) return setFailure(result.error);
    setFailure(undefined);
    await onChanged();
  }

  return (
    <Card
      size="small"
      className={`group-card${highlighted ? ' group-card--highlighted' : ''}`}
      role="region"
      aria-labelledby={titleId}
      title={
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>
          {group.title}
        </h2>
      }
      extra={
        <Flex gap="middle" className="muted">
          <span>{t('groups.caseCount', { n: group.caseIds.length })}</span>
          <span>{t('groups.createdAt', { at: formatDateTime(group.createdAt) })}</span>
        </Flex>
      }
    >
      {failure && <ErrorBanner error={failure} />}
      <GroupCasesTable
        label={t('groups.casesLabel', { title: group.title })}
        cases={members}
        action={(c) => (
          <Button size="small" aria-label={t('groups.unlinkLabel', { number: c.number })} onClick={() => void relink(c.id, false)}>
            {t('groups.unlink')}
          </Button>
        )}
      />
      <div className="group-card__link">
        <CaseNumberInput
          id={`group-${group.id}-number`}
          label={t('groups.linkNumber')}
          buttonLabel={t('groups.link')}
          refuse={(detail) => (group.caseIds.includes(detail.id) ? t('groups.alreadyLinked', { number: detail.number }) : null)}
          onFound={(detail) => relink(detail.id, true)}
        />
        <GroupCaseSearch group={group} onAdd={(caseId) => relink(caseId, true)} />
      </div>
      {group.caseIds.length > 0 && <GroupActions key={group.resolutionText} group={group} onChanged={onChanged} />}
      <div className="group-resolution">
        <h3>{t('groups.resolution')}</h3>
        {resolved && !editing ? (
          <div>
            <p className="group-resolution__kind">
              <Tag color="green">{t(`groups.resolutionKind.${group.resolutionKind as Kind}`)}</Tag>
              <span className="muted">{group.resolvedAt !== null && formatDateTime(group.resolvedAt)}</span>
            </p>
            <p className="group-resolution__text">{group.resolutionText}</p>
            <Button size="small" onClick={() => setEditing(true)}>
              {t('groups.changeResolution')}
            </Button>
          </div>
        ) : (
          <>
            {!resolved && <p className="muted">{t('groups.unresolved')}</p>}
            <ResolutionForm
              group={group}
              onSaved={async () => {
                setEditing(false);
                await onChanged();
              }}
              {...(resolved ? { onCancel: () => setEditing(false) } : {})}
            />
          </>
        )}
      </div>
    </Card>
  );
});
