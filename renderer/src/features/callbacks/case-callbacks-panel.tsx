import { Alert, Card, Empty } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../ui/error-banner';
import { CallbackForm } from './callback-form';
import { RecordedNotice } from './recorded-notice';
import { CallbackRound } from './callback-round';
import { useCallbackCase } from './use-callback-case';

/**
 * The callback rounds of one case, on the case page: every round with its
 * attempts and outcome, oldest first, and the form for the pending one.
 * `onChanged` tells the case page to read the case again (recording an
 * outcome closes it or sends it back to its department).
 */
export function CaseCallbacksPanel({ caseId, onChanged }: { caseId: string; onChanged?: () => void }) {
  const { t } = useTranslation();
  const { state, reload } = useCallbackCase(caseId);
  const [notice, setNotice] = useState('');
  const [stale, setStale] = useState<string>();

  const refresh = () => {
    void reload();
    onChanged?.();
  };

  let body;
  if (state.status === 'loading') body = <p className="muted">{t('callbacks.panel.loading')}</p>;
  else if (state.status === 'failed') body = <ErrorBanner error={state.error} />;
  else if (state.rounds.length === 0) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('callbacks.panel.empty')} />;
  else {
    const { kase, rounds, unreachableAttempts } = state;
    const latest = rounds[rounds.length - 1];
    body = (
      <>
        {stale && latest?.status !== 'pending' && <Alert type="error" showIcon className="callback-banner" title={stale} />}
        {rounds.map((round) => (
          <CallbackRound key={round.id} callback={round}>
            {round.status === 'pending' && round.id === latest?.id && (
              <CallbackForm
                callback={round}
                kase={kase}
                unreachableAttempts={unreachableAttempts}
                onAttempt={() => void reload()}
                onRecorded={(callback, effect) => {
                  setNotice(
                    t(effect === 'close' ? 'callbacks.recorded.closed' : 'callbacks.recorded.reopened', { number: callback.caseNumber }),
                  );
                  refresh();
                }}
                onStale={(message) => {
                  setStale(message);
                  refresh();
                }}
              />
            )}
          </CallbackRound>
        ))}
      </>
    );
  }

  return (
    <Card
      size="small"
      className="callbacks-panel"
      role="region"
      aria-labelledby={`callbacks-panel-${caseId}`}
      title={<h2 id={`callbacks-panel-${caseId}`}>{t('callbacks.panel.title')}</h2>}
    >
      <RecordedNotice notice={notice} />
      {body}
    </Card>
  );
}
