import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Site } from '../../../../shared/schemas/settings';

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
    <div className="stats-site">
      <label htmlFor={id}>{t('stats.site.label')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('stats.site.all')}</option>
        {sites.map((site) => (
          <option key={site.id} value={site.name}>
            {site.name}
          </option>
        ))}
      </select>
    </div>
  );
}
