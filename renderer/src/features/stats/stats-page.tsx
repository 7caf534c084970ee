import { useTranslation } from 'react-i18next';

export function StatsPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t('stats.title')}</h1>
    </section>
  );
}
