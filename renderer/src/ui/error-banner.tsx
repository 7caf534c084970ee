import type { ReactNode } from 'react';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { translateKey } from '../i18n/translate-key';

/**
 * A failure the person should see, in their language, from its stable code.
 * A code newer than the catalogue reads as the generic failure (the
 * catalogue test names the missing translation).
 */
export function ErrorBanner({ error }: { error: AppError }) {
  const { t } = useTranslation();
  // A refused sync file names the change and why, for whoever looks into it with the sender.
  const change = error.details?.change;
  return (
    <Alert
      type="error"
      showIcon
      className="error-banner"
      role="alert"
      title={
        // A file from a desk still on an older version names the desk to upgrade.
        error.code === 'OLDER_FORMAT' && error.details?.deskCode
          ? t('errorCodes.OLDER_FORMAT_desk', { deskCode: error.details.deskCode })
          : translateKey(t, `errorCodes.${error.code}`, t('errorCodes.INTERNAL'))
      }
      description={change ? t('errors.refusedChange', { change, reason: error.details?.reason ?? '' }) : undefined}
    />
  );
}

/**
 * A sentence already in the UI language, as an antd Alert: a problem is an
 * `alert` (read out at once), a notice a `status`.
 */
export function MessageBanner({ type = 'error', children }: { type?: 'error' | 'warning' | 'info'; children: ReactNode }) {
  return <Alert type={type} showIcon className="message-banner" role={type === 'error' ? 'alert' : 'status'} title={children} />;
}
