import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { ErrorBanner } from '../ui/error-banner';

export function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <div className="centered" role="status">
      <Spin />
      <p className="muted">{t('app.loading')}</p>
    </div>
  );
}

export function LoadFailedScreen({ error, onRetry }: { error: AppError; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={<h1 className="section-card__title">{t('app.loadFailed')}</h1>}
      subTitle={<ErrorBanner error={error} />}
      extra={
        <Button type="primary" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      }
    />
  );
}
