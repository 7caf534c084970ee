import { useTranslation } from 'react-i18next';

export function CallbacksPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t('callbacks.title')}</h1>
    </section>
  );
}
