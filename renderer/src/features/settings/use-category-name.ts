import { useTranslation } from 'react-i18next';
import type { OrgSettings } from '../../../../shared/schemas/settings';
import { useEnumLabels } from '../../i18n/use-enum-labels';

/** How a category reads in the rules: `*` is every category, a built-in one by its translation, the office's own by its name. */
export function useCategoryName(settings: OrgSettings): (code: string) => string {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  return (code: string) => {
    if (code === '*') return t('settings.rules.anyCategory');
    return settings.categories.find((c) => c.id === code)?.name || labels.category(code);
  };
}
