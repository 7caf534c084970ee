import { useTranslation } from 'react-i18next';
import { CHANNELS, NATURES, STATUSES } from '../../../../shared/domain';
import { CASE_STANDINGS } from '../../../../shared/schemas/cases';
import { useEnumLabels } from '../../i18n/use-enum-labels';
import { EnumSelect } from '../../ui/enum-select';
import type { OrgLookups } from '../../lib/use-org-lookups';
import { hasFilters, type ListFilters } from './list-state';

interface CaseFiltersProps {
  filters: ListFilters;
  onChange: <K extends keyof ListFilters>(key: K, value: ListFilters[K]) => void;
  onClear: () => void;
  lookups: OrgLookups;
  departments: readonly { id: string; name: string }[];
}

/** Search box and filters; the core does the filtering, so they work the same on any number of cases. */
export function CaseFilters({ filters, onChange, onClear, lookups, departments }: CaseFiltersProps) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  return (
    <div role="search" aria-label={t('cases.filters')} className="filters">
      <div className="filter filter--search">
        <label htmlFor="filter-text">{t('cases.search')}</label>
        <input
          id="filter-text"
          type="search"
          autoComplete="off"
          maxLength={100}
          placeholder={t('cases.searchPlaceholder')}
          value={filters.text}
          onChange={(event) => onChange('text', event.target.value)}
        />
      </div>
      <div className="filter">
        <label htmlFor="filter-status">{t('fields.status')}</label>
        <EnumSelect
          id="filter-status"
          values={STATUSES}
          value={filters.status}
          labelOf={labels.status}
          emptyLabel={t('common.all')}
          onValueChange={(value) => onChange('status', value)}
        />
      </div>
      <div className="filter">
        <label htmlFor="filter-category">{t('fields.category')}</label>
        <EnumSelect
          id="filter-category"
          values={lookups.allCategories.map((c) => c.code)}
          value={filters.category}
          labelOf={lookups.categoryLabel}
          emptyLabel={t('common.all')}
          onValueChange={(value) => onChange('category', value)}
        />
      </div>
      <div className="filter">
        <label htmlFor="filter-channel">{t('fields.channel')}</label>
        <EnumSelect
          id="filter-channel"
          values={CHANNELS}
          value={filters.channel}
          labelOf={labels.channel}
          emptyLabel={t('common.all')}
          onValueChange={(value) => onChange('channel', value)}
        />
      </div>
      <div className="filter">
        <label htmlFor="filter-nature">{t('fields.nature')}</label>
        <EnumSelect
          id="filter-nature"
          values={NATURES}
          value={filters.nature}
          labelOf={labels.nature}
          emptyLabel={t('common.all')}
          onValueChange={(value) => onChange('nature', value)}
        />
      </div>
      <div className="filter">
        <label htmlFor="filter-standing">{t('cases.standing')}</label>
        <EnumSelect
          id="filter-standing"
          values={CASE_STANDINGS}
          value={filters.standing}
          labelOf={(value) => t(`cases.standings.${value}`)}
          onValueChange={(value) => onChange('standing', value || 'active')}
        />
      </div>
      <div className="filter">
        <label htmlFor="filter-department">{t('fields.departmentId')}</label>
        <EnumSelect
          id="filter-department"
          values={departments.map((d) => d.id)}
          value={filters.departmentId}
          labelOf={(id) => departments.find((d) => d.id === id)?.name ?? id}
          emptyLabel={t('common.all')}
          onValueChange={(value) => onChange('departmentId', value)}
        />
      </div>
      <div className="filter">
        <label htmlFor="filter-from">{t('cases.receivedFrom')}</label>
        <input
          id="filter-from"
          type="date"
          value={filters.receivedFrom}
          max={filters.receivedTo || undefined}
          onChange={(event) => onChange('receivedFrom', event.target.value)}
        />
      </div>
      <div className="filter">
        <label htmlFor="filter-to">{t('cases.receivedTo')}</label>
        <input
          id="filter-to"
          type="date"
          value={filters.receivedTo}
          min={filters.receivedFrom || undefined}
          onChange={(event) => onChange('receivedTo', event.target.value)}
        />
      </div>
      <button type="button" className="button filter__clear" onClick={onClear} disabled={!hasFilters(filters)}>
        {t('cases.clearFilters')}
      </button>
    </div>
  );
}
