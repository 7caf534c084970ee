import type { ExportState } from './use-export';

/** The live region under export buttons: 正在生成… while busy, then the outcome. */
export function ExportStatus({ state }: { state: ExportState }) {
  return (
    <p role="status" aria-live="polite" aria-busy={state.busy} className={state.failed ? 'stats-export__status stats-export__status--failed' : 'stats-export__status'}>
      {state.busy && <span className="stats-export__spinner" aria-hidden="true" />}
      {state.message}
    </p>
  );
}
