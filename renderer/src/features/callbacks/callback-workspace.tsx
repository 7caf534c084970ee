import { Alert, Button, Card, Flex } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Callback } from '../../../../shared/schemas/callbacks';
import { ErrorBanner } from '../../ui/error-banner';
import { CallbackForm } from './callback-form';
import { CallbackRound } from './callback-round';
import { CaseSummary } from './case-summary';
import { useCallbackCase } from './use-callback-case';

interface CallbackWorkspaceProps {
  /** The row picked in the queue. */
  picked: Callback;
  onBack: () => void;
  onRecorded: (callback: Callback, effect: 'close' | 'reopen') => void;
  /** Something changed that the queue shows (an attempt moved the due time). */
  onQueueChanged: () => void;
}

/** The callback form beside the case summary, with the earlier rounds under the summary. */
export function CallbackWorkspace({ picked, onBack, onRecorded, onQueueChanged }: CallbackWorkspaceProps) {
  const { t } = useTranslation();
  const { state, reload } = useCallbackCase(picked.caseId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [stale, setStale] = useState<string>();
  useEffect(() => headingRef.current?.focus(), []);

  const current = state.status === 'ready' ? (state.rounds.find((r) => r.id === picked.id) ?? picked) : picked;
  const earlier = state.status === 'ready' ? state.rounds.filter((r) => r.round < current.round) : [];

  return (
    <section className="callback-workspace" aria-labelledby="workspace-title">
      <Button size="small" className="callback-back" onClick={onBack}>
        ← {t('callbacks.workspace.back')}
      </Button>
      <h1 id="workspace-title" ref={headingRef} tabIndex={-1}>
        {t('callbacks.workspace.title', { number: picked.caseNumber })}
      </h1>
      {state.status === 'loading' && <p className="muted">{t('callbacks.loading')}</p>}
      {state.status === 'failed' && <ErrorBanner error={state.error} />}
      {/* The form said why it was refused while it was there; once the round is gone (waived), this says it. */}
      {stale && current.status !== 'pending' && <Alert type="error" showIcon className="callback-banner" title={stale} />}
      {state.status === 'ready' && (
        <div className="callback-workspace__columns">
          <Flex vertical gap="middle">
            <CaseSummary kase={state.kase} />
            {earlier.length > 0 && (
              <Card
                size="small"
                role="region"
                aria-labelledby="earlier-title"
                title={<h2 id="earlier-title">{t('callbacks.workspace.previousRounds')}</h2>}
              >
                {earlier.map((round) => (
                  <CallbackRound key={round.id} callback={round} />
                ))}
              </Card>
            )}
          </Flex>
          <Card size="small">
            <CallbackRound callback={current}>
              {current.status === 'pending' && (
                <CallbackForm
                  callback={current}
                  kase={state.kase}
                  unreachableAttempts={state.unreachableAttempts}
                  onAttempt={() => {
                    void reload();
                    onQueueChanged();
                  }}
                  onRecorded={(callback, effect) => onRecorded(callback, effect)}
                  onStale={(message) => {
                    setStale(message);
                    void reload();
                    onQueueChanged();
                  }}
                />
              )}
            </CallbackRound>
          </Card>
        </div>
      )}
    </section>
  );
}
