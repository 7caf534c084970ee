import { useTranslation } from 'react-i18next';

export function GroupsPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t('groups.title')}</h1>
    </section>
  );
}
