import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/contract';
import { useEnumLabels } from '../../i18n/use-enum-labels';
import { useFormatDateTime } from '../../lib/use-format';
import { useOrgLookups } from '../../lib/use-org-lookups';
import type { ValueContext } from './change-value';

/** `caseNumbers`: the numbers of the cases the shown case names, so its history says A-202612-0007, not an id. */
export function useValueContext(users: readonly User[], caseNumbers?: ReadonlyMap<string, string>): ValueContext {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const formatDateTime = useFormatDateTime();
  const { categoryLabel, departmentName } = useOrgLookups();
  return useMemo(
    () => ({ t, labels, categoryLabel, departmentName, formatDateTime, users, ...(caseNumbers ? { caseNumbers } : {}) }),
    [t, labels, categoryLabel, departmentName, formatDateTime, users, caseNumbers],
  );
}
