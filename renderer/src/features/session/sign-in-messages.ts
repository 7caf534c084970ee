/** A refused sign-in in words: how many tries are left, or until when the account is locked. */
import type { TFunction } from 'i18next';
import type { AppError } from '../../../../shared/result';
import { translateKey } from '../../i18n/translate-key';

export function signInRefusal(t: TFunction, error: AppError, formatTime: (ms: number) => string): string {
  if (error.code === 'WRONG_PASSWORD') {
    const left = error.details?.attemptsLeft;
    return left !== undefined && left <= 3 ? t('session.wrongPasswordLeft', { n: left }) : t('session.wrongPassword');
  }
  if (error.code === 'LOCKED' && error.details?.until !== undefined) return t('session.locked', { until: formatTime(error.details.until) });
  return translateKey(t, `errorCodes.${error.code}`, t('errorCodes.INTERNAL'));
}
