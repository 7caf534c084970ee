import { useTranslation } from 'react-i18next';

/**
 * Says what is under way while the core works (it reports no progress), in
 * a live region that is always there so screen readers announce the change.
 */
export function BusyNote({ busy, text }: { busy: boolean; text: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" className={busy ? 'sync-busy sync-busy--active' : 'sync-busy'} aria-live="polite">
      {busy && (
        <>
          <span className="sync-busy__spinner" aria-hidden="true" />
          <span className="sync-busy__text">{text}</span>
          <span className="sync-busy__hint">{t('sync.busy')}</span>
        </>
      )}
    </div>
  );
}
