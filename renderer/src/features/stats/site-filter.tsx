import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Site } from '../../../../shared/schemas/settings';
import { ChoiceSelect } from '../../ui/choice-select';
import { FormField } from '../../ui/form-field';

interface SiteFilterProps {
  sites: Site[];
  value: string;
  onChange: (site: string) => void;
}

/** 项目: one site (by the name written on its cases) or all of them. */
export function SiteFilter({ sites, value, onChange }: SiteFilterProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <FormField id={id} label={t('stats.site.label')}>
      {(control) => (
        <ChoiceSelect
          {...control}
          className="stats-site"
          value={value}
          emptyLabel={t('stats.site.all')}
          choices={sites.map((site) => ({ value: site.name, label: site.name }))}
          onValueChange={onChange}
        />
      )}
    </FormField>
  );
}
