import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/contract';
import { useEnumLabels } from '../../i18n/use-enum-labels';
import { useFormatDateTime } from '../../lib/use-format';
import { useOrgLookups } from '../../lib/use-org-lookups';
import type { ValueContext } from './change-value';

export function useValueContext(users: readonly User[]): ValueContext {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const formatDateTime = useFormatDateTime();
  const { categoryLabel, departmentName } = useOrgLookups();
  return useMemo(
    () => ({ t, labels, categoryLabel, departmentName, formatDateTime, users }),
    [t, labels, categoryLabel, departmentName, formatDateTime, users],
  );
}
