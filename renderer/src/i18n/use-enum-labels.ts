import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, type CaseStatus, type Category, type Channel, type Nature } from '../../../shared/domain';

export interface EnumLabels {
  channel: (value: Channel) => string;
  /** A built-in category by its code; an organisation's own category shows its code (use `useOrgLookups` for its name). */
  category: (value: string) => string;
  nature: (value: Nature) => string;
  status: (value: CaseStatus) => string;
}

export const isBuiltInCategory = (value: string): value is Category => (CATEGORIES as readonly string[]).includes(value);

/** What a person sees for each stored code, in the current language. */
export function useEnumLabels(): EnumLabels {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      channel: (value: Channel) => t(`channel.${value}`),
      category: (value: string) => (isBuiltInCategory(value) ? t(`category.${value}`) : value),
      nature: (value: Nature) => t(`nature.${value}`),
      status: (value: CaseStatus) => t(`status.${value}`),
    }),
    [t],
  );
}
