import { Alert, Button, Card, Empty, Input } from 'antd';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract';
import type { CaseGroup } from '../../../../shared/schemas/lifecycle';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { ErrorBanner } from '../../ui/error-banner';
import { FormField } from '../../ui/form-field';
import { CaseNumberInput, type CaseNumberInputHandle } from './case-number-input';
import { GroupCasesTable } from './group-cases-table';

/** 新建群诉: a title and the complaints it links, picked by number. */
export function CreateGroupForm({ onCreated }: { onCreated: (group: CaseGroup) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [selected, setSelectedState] = useState<CaseDetail[]>([]);
  // Mirrors `selected` at once, for a submit that waited on a lookup and must see the case it added.
  const selection = useRef<CaseDetail[]>([]);
  const numberBox = useRef<CaseNumberInputHandle>(null);
  const [errors, setErrors] = useState<{ title?: string; cases?: string }>({});
  const [failure, setFailure] = useState<AppError>();
  const [pending, setPending] = useState(false);
  const inFlight = useRef(false);

  function setSelected(next: CaseDetail[]) {
    selection.current = next;
    setSelectedState(next);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    // A number typed or scanned, or still being looked up, joins the group rather than being left behind.
    if (numberBox.current && !(await numberBox.current.settle())) {
      inFlight.current = false;
      document.getElementById('group-new-number')?.focus();
      return;
    }
    const cases = selection.current;
    const found = {
      ...(title.trim() ? {} : { title: 'errors.required' }),
      ...(cases.length > 0 ? {} : { cases: 'groups.needCases' }),
    };
    setErrors(found);
    if (found.title || found.cases) {
      inFlight.current = false;
      document.getElementById(found.title ? 'group-new-title' : 'group-new-number')?.focus();
      return;
    }
    setPending(true);
    const result = await call('groups.create', { title: title.trim(), caseIds: cases.map((c) => c.id) });
    inFlight.current = false;
    setPending(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    setFailure(undefined);
    setTitle('');
    setSelected([]);
    onCreated(result.value);
  }

  return (
    <form aria-labelledby="group-create-title" noValidate onSubmit={(event) => void submit(event)}>
      <Card size="small" className="group-create" title={<h2 id="group-create-title">{t('groups.createTitle')}</h2>}>
        {failure && <ErrorBanner error={failure} />}
        <div className="group-create__grid">
          <FormField id="group-new-title" label={t('groups.groupTitle')} errorKey={errors.title} required>
            {(control) => (
              <Input
                {...control}
                maxLength={100}
                autoComplete="off"
                value={title}
                onChange={(event) => {
                  setTitle(event.target.value);
                  setErrors((e) => ({ ...e, title: undefined }));
                }}
              />
            )}
          </FormField>
          <div>
            <CaseNumberInput
              id="group-new-number"
              label={t('groups.addByNumber')}
              buttonLabel={t('groups.add')}
              hint={t('groups.numberHint')}
              refuse={(detail) => (selection.current.some((c) => c.id === detail.id) ? t('groups.alreadySelected', { number: detail.number }) : null)}
              ref={numberBox}
              onFound={(detail) => {
                setSelected([...selection.current, detail]);
                setErrors((e) => ({ ...e, cases: undefined }));
              }}
            />
            {errors.cases && <Alert type="error" showIcon className="group-create__cases-error" title={t('groups.needCases')} />}
          </div>
        </div>
        <h3 className="group-create__selected">{t('groups.selected', { n: selected.length })}</h3>
        {selected.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('groups.selectedEmpty')} />
        ) : (
          <GroupCasesTable
            label={t('groups.selected', { n: selected.length })}
            cases={selected}
            action={(c) => (
              <Button
                size="small"
                aria-label={t('groups.removeLabel', { number: c.number })}
                onClick={() => setSelected(selection.current.filter((s) => s.id !== c.id))}
              >
                {t('groups.remove')}
              </Button>
            )}
          />
        )}
        <div className="form-actions">
          <Button htmlType="submit" type="primary" disabled={pending}>
            {pending ? t('groups.creating') : t('groups.create')}
          </Button>
        </div>
      </Card>
    </form>
  );
}
