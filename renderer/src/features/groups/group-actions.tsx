import { Button, Flex, Input, List } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary, ChannelInput } from '../../../../shared/contract';
import { CALLBACK_METHODS, SATISFACTION_LEVELS } from '../../../../shared/domain';
import type { CaseGroup, GroupStepResult } from '../../../../shared/schemas/lifecycle';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { useOrgLookups } from '../../lib/use-org-lookups';
import { EnumSelect } from '../../ui/enum-select';
import { ErrorBanner } from '../../ui/error-banner';

type Transition = ChannelInput<'groups.step'>['transition'];

const newRequestId = () => crypto.randomUUID();

/** 整组处理: judge, dispatch, resolve and call back every member at once (each keeps its own record). */
export function GroupActions({ group, onChanged }: { group: CaseGroup; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const lookups = useOrgLookups();
  const [departmentId, setDepartmentId] = useState('');
  const [summary, setSummary] = useState(group.resolutionText);
  const [satisfaction, setSatisfaction] = useState<(typeof SATISFACTION_LEVELS)[number] | ''>('');
  // A major complaint is called back by a home visit (seed 001): the method is the person's to choose.
  const [method, setMethod] = useState<(typeof CALLBACK_METHODS)[number] | ''>('phone');
  const [outcome, setOutcome] = useState<GroupStepResult>();
  const [failure, setFailure] = useState<AppError>();
  const [busy, setBusy] = useState(false);
  const id = (name: string) => `group-${group.id}-${name}`;

  async function run(work: () => ReturnType<typeof call<'groups.step'>>) {
    setBusy(true);
    const result = await work();
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      setOutcome(undefined);
      return;
    }
    setFailure(undefined);
    setOutcome(result.value);
    await onChanged();
  }
  const step = (transition: Transition) => run(() => call('groups.step', { groupId: group.id, requestId: newRequestId(), transition }));

  return (
    <section className="group-actions" aria-labelledby={id('actions-title')}>
      <h3 id={id('actions-title')}>{t('groups.actions.title')}</h3>
      <p className="muted">{t('groups.actions.hint')}</p>
      {failure && <ErrorBanner error={failure} />}
      <Flex wrap gap="small" align="center">
        <Button disabled={busy} onClick={() => void step({ action: 'judge', nature: 'valid', communicativeType: '', note: '', explanation: '' })}>
          {t('groups.actions.judgeValid')}
        </Button>
      </Flex>
      <Flex wrap gap="small" align="center">
        <label htmlFor={id('department')}>{t('groups.actions.department')}</label>
        <EnumSelect
          id={id('department')}
          values={lookups.activeDepartmentIds}
          value={departmentId}
          labelOf={(value) => lookups.departmentName(value) ?? value}
          emptyLabel={t('common.choose')}
          onValueChange={setDepartmentId}
        />
        <Button disabled={busy || !departmentId} onClick={() => void step({ action: 'dispatch', departmentId, assigneeId: null, note: '' })}>
          {t('groups.actions.dispatch')}
        </Button>
      </Flex>
      <Flex wrap gap="small" align="center">
        <Input.TextArea
          aria-label={t('groups.actions.summary')}
          placeholder={t('groups.actions.summary')}
          autoSize={{ minRows: 1, maxRows: 4 }}
          value={summary}
          onChange={(event) => setSummary(event.target.value)}
        />
        <Button disabled={busy || !summary.trim()} onClick={() => void step({ action: 'resolve', summary: summary.trim() })}>
          {t('groups.actions.resolve')}
        </Button>
      </Flex>
      <Flex wrap gap="small" align="center">
        <label htmlFor={id('satisfaction')}>{t('groups.actions.satisfaction')}</label>
        <EnumSelect
          id={id('satisfaction')}
          values={SATISFACTION_LEVELS}
          value={satisfaction}
          labelOf={(level) => t(`satisfaction.${level}`)}
          emptyLabel={t('common.choose')}
          onValueChange={setSatisfaction}
        />
        <label htmlFor={id('method')}>{t('groups.actions.method')}</label>
        <EnumSelect id={id('method')} values={CALLBACK_METHODS} value={method} labelOf={(value) => t(`callbackMethod.${value}`)} onValueChange={setMethod} />
        <Button
          disabled={busy || !satisfaction || !method}
          onClick={() =>
            satisfaction &&
            method &&
            void run(() =>
              call('groups.callback', {
                groupId: group.id,
                requestId: newRequestId(),
                method,
                satisfaction,
                solved: satisfaction !== 'unsatisfied',
                customerWords: group.resolutionText ? t('groups.actions.callbackWords') : '',
              }),
            )
          }
        >
          {t('groups.actions.callback')}
        </Button>
      </Flex>
      {outcome && (
        <p role="status">
          {t('groups.actions.outcome', { done: outcome.done.length, skipped: outcome.skipped.length })}
          {outcome.skipped.length > 0 && ` ${t('groups.actions.skippedList', { numbers: outcome.skipped.map((s) => s.number).join('、') })}`}
        </p>
      )}
    </section>
  );
}

/** 按内容查找加入: find complaints by words, room or phone and add them, not only by number. */
export function GroupCaseSearch({ group, onAdd }: { group: CaseGroup; onAdd: (caseId: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [found, setFound] = useState<CaseSummary[]>();
  async function search(text: string) {
    if (!text.trim()) return setFound(undefined);
    const result = await call('cases.list', { text: text.trim(), limit: 10 });
    if (result.ok) setFound(result.value.rows.filter((row) => !group.caseIds.includes(row.id)));
  }
  return (
    <div className="group-card__search">
      <Input.Search
        aria-label={t('groups.search.label')}
        placeholder={t('groups.search.placeholder')}
        enterButton={t('groups.search.button')}
        onSearch={(text) => void search(text)}
      />
      {found && (
        <List
          size="small"
          aria-label={t('groups.search.results')}
          locale={{ emptyText: t('groups.search.none') }}
          dataSource={found}
          renderItem={(row) => (
            <List.Item
              actions={[
                <Button key="add" size="small" aria-label={t('groups.search.addLabel', { number: row.number })} onClick={() => void onAdd(row.id).then(() => setFound((rows) => rows?.filter((r) => r.id !== row.id)))}>
                  {t('groups.link')}
                </Button>,
              ]}
            >
              {row.number} · {row.complainantName} · {row.buildingRoom} · {row.contentPreview}
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
