import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { ErrorBanner } from '../ui/error-banner';

export function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <p className="muted centered" role="status">
      {t('app.loading')}
    </p>
  );
}

export function LoadFailedScreen({ error, onRetry }: { error: AppError; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="card card--narrow">
      <h1>{t('app.loadFailed')}</h1>
      <ErrorBanner error={error} />
      <Button type="primary" onClick={onRetry}>
        {t('app.retry')}
      </Button>
    </section>
  );
}
