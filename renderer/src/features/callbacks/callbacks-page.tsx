import { Checkbox, Empty, Flex } from 'antd';
import { useEffect, useState } from 'react';
import { hrefFor } from '../../lib/route';
import { useTranslation } from 'react-i18next';
import { CALLBACK_METHODS } from '../../../../shared/domain';
import type { Callback } from '../../../../shared/schemas/callbacks';
import { ErrorBanner } from '../../ui/error-banner';
import { EnumSelect } from '../../ui/enum-select';
import { CallbackGroups } from './callback-groups';
import { CallbackWorkspace } from './callback-workspace';
import { QuotaTable } from './quota-table';
import { useCallbackQueue, type QueueFilter } from './use-callback-queue';
import { ChoiceSelect } from '../../ui/choice-select';
import { RecordedNotice } from './recorded-notice';

/** 回访: the queue (overdue, due today, upcoming), the month's quotas, and the callback form for the row picked. */
export function CallbacksPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<QueueFilter>({ assigneeId: '', method: '', includeDone: false });
  const { state, people, reload } = useCallbackQueue(filter);
  const [picked, setPicked] = useState<Callback>();
  const [notice, setNotice] = useState('');
  const [quotaKey, setQuotaKey] = useState(0);

  // A link to this page (the navigation, the reminder) while a callback is open goes back to the queue;
  // the hash does not change, so nothing else would tell the page.
  useEffect(() => {
    const href = hrefFor({ name: 'callbacks' });
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (link?.getAttribute('href') === href) {
        setPicked(undefined);
        void reload();
      }
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [reload]);

  if (picked) {
    return (
      <CallbackWorkspace
        key={picked.id}
        picked={picked}
        onBack={() => {
          setPicked(undefined);
          void reload();
        }}
        onQueueChanged={() => void reload()}
        onRecorded={(callback, effect) => {
          setNotice(t(effect === 'close' ? 'callbacks.recorded.closed' : 'callbacks.recorded.reopened', { number: callback.caseNumber }));
          setPicked(undefined);
          setQuotaKey((n) => n + 1);
          void reload();
        }}
      />
    );
  }

  const pending = state.status === 'ready' ? state.callbacks.filter((c) => c.status === 'pending') : [];
  return (
    <section className="callbacks-page" aria-labelledby="callbacks-title">
      <div className="page-head">
        <h1 id="callbacks-title">{t('callbacks.title')}</h1>
        <p className="muted">{t('callbacks.intro')}</p>
      </div>
      <RecordedNotice notice={notice} />
      {/* The filters' names show inside their selects; the labels are for screen readers and tests. */}
      <Flex wrap gap="small" align="center" className="callbacks-filters" role="group" aria-label={t('callbacks.filters')}>
        <label htmlFor="callback-assignee" className="visually-hidden">
          {t('callbacks.assignee')}
        </label>
        <ChoiceSelect
          id="callback-assignee"
          prefix={t('callbacks.assignee')}
          value={filter.assigneeId}
          emptyLabel={t('callbacks.anyone')}
          choices={people.map((person) => ({ value: person.id, label: person.name }))}
          onValueChange={(assigneeId) => setFilter({ ...filter, assigneeId })}
        />
        <label htmlFor="callback-method" className="visually-hidden">
          {t('callbacks.method')}
        </label>
        <EnumSelect
          id="callback-method"
          prefix={t('callbacks.method')}
          values={CALLBACK_METHODS}
          value={filter.method}
          labelOf={(method) => t(`callbacks.methods.${method}`)}
          emptyLabel={t('callbacks.anyMethod')}
          onValueChange={(method) => setFilter({ ...filter, method })}
        />
        <Checkbox checked={filter.includeDone} onChange={(event) => setFilter({ ...filter, includeDone: event.target.checked })}>
          {t('callbacks.showDone')}
        </Checkbox>
      </Flex>
      <div className="callbacks-layout">
        <div>
          {state.status === 'loading' && <p className="muted">{t('callbacks.loading')}</p>}
          {state.status === 'failed' && <ErrorBanner error={state.error} />}
          {state.status === 'ready' && pending.length === 0 && !filter.includeDone && (
            <Empty className="callbacks-nothing" description={t('callbacks.nothing')} />
          )}
          {state.status === 'ready' && (pending.length > 0 || filter.includeDone) && (
            <CallbackGroups
              callbacks={state.callbacks}
              showDone={filter.includeDone}
              onPick={(callback) => {
                setNotice('');
                setPicked(callback);
              }}
            />
          )}
        </div>
        <QuotaTable refreshKey={quotaKey} />
      </div>
    </section>
  );
}
