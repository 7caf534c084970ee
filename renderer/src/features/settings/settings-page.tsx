import { useTranslation } from 'react-i18next';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t('settings.title')}</h1>
    </section>
  );
}
