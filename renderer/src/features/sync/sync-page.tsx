import { useTranslation } from 'react-i18next';

export function SyncPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t('sync.title')}</h1>
    </section>
  );
}
