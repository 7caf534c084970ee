import { useState } from 'react';
import { Button, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { CHANNELS, NATURES, STATUSES, WATCHED_DEADLINES } from '../../../../shared/domain';
import { CASE_MARKS, CASE_STANDINGS, DEADLINE_STATES } from '../../../../shared/schemas/cases';
import { useEnumLabels } from '../../i18n/use-enum-labels';
import { EnumSelect } from '../../ui/enum-select';
import { ChoiceSelect } from '../../ui/choice-select';
import { DateInput } from '../../ui/date-inputs';
import type { OrgLookups } from '../../lib/use-org-lookups';
import { hasFilters, hasMoreFilters, isRangeReversed, type ListFilters } from './list-state';

interface CaseFiltersProps {
  filters: ListFilters;
  onChange: <K extends keyof ListFilters>(key: K, value: ListFilters[K]) => void;
  onClear: () => void;
  lookups: OrgLookups;
  departments: readonly { id: string; name: string }[];
  sites: readonly { name: string }[];
}

/** A filter's name stays on screen inside its select; the label element (for assistive tech and tests) is hidden. */
function HiddenLabel({ htmlFor, text }: { htmlFor: string; text: string }) {
  return (
    <label htmlFor={htmlFor} className="visually-hidden">
      {text}
    </label>
  );
}

/**
 * Search box and the filters used every day on one line; the rest one click
 * away under 更多筛选 (open by itself when one of them is set). The core does
 * the filtering, so they work the same on any number of cases.
 */
export function CaseFilters({ filters, onChange, onClear, lookups, departments, sites }: CaseFiltersProps) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const [moreOpen, setMoreOpen] = useState(false);
  const showMore = moreOpen || hasMoreFilters(filters);
  const reversed = isRangeReversed(filters);
  const all = t('common.all');
  const select = <K extends keyof ListFilters>(key: K, id: string, label: string) => ({
    id,
    prefix: label,
    emptyLabel: all,
    className: 'filter-select',
    onValueChange: (value: string) => onChange(key, value as ListFilters[K]),
  });
  return (
    <div role="search" aria-label={t('cases.filters')} className="filters">
      <div className="filters__row">
        <HiddenLabel htmlFor="filter-text" text={t('cases.search')} />
        <Input
          id="filter-text"
          type="search"
          className="filters__search"
          autoComplete="off"
          maxLength={100}
          allowClear
          placeholder={t('cases.searchPlaceholder')}
          value={filters.text}
          onChange={(event) => onChange('text', event.target.value)}
        />
        <HiddenLabel htmlFor="filter-status" text={t('fields.status')} />
        <EnumSelect {...select('status', 'filter-status', t('fields.status'))} values={STATUSES} value={filters.status} labelOf={labels.status} />
        <HiddenLabel htmlFor="filter-category" text={t('fields.category')} />
        <EnumSelect
          {...select('category', 'filter-category', t('fields.category'))}
          values={lookups.allCategories.map((c) => c.code)}
          value={filters.category}
          labelOf={lookups.categoryLabel}
        />
        <HiddenLabel htmlFor="filter-site" text={t('fields.site')} />
        <ChoiceSelect {...select('site', 'filter-site', t('fields.site'))} choices={sites.map((s) => ({ value: s.name, label: s.name }))} value={filters.site} />
        <HiddenLabel htmlFor="filter-deadline" text={t('fields.deadlineState')} />
        <EnumSelect
          {...select('deadline', 'filter-deadline', t('fields.deadlineState'))}
          values={DEADLINE_STATES}
          value={filters.deadline}
          labelOf={(state) => t(`deadlineState.${state}`)}
        />
        <Button type="link" aria-expanded={showMore} aria-controls="more-filters" onClick={() => setMoreOpen(!showMore)}>
          {showMore ? t('cases.fewerFilters') : t('cases.moreFilters')}
        </Button>
        <Button onClick={onClear} disabled={!hasFilters(filters)}>
          {t('cases.clearFilters')}
        </Button>
      </div>
      {showMore && (
        <div className="filters__row" id="more-filters">
          <HiddenLabel htmlFor="filter-channel" text={t('fields.channel')} />
          <EnumSelect {...select('channel', 'filter-channel', t('fields.channel'))} values={CHANNELS} value={filters.channel} labelOf={labels.channel} />
          <HiddenLabel htmlFor="filter-nature" text={t('fields.nature')} />
          <EnumSelect {...select('nature', 'filter-nature', t('fields.nature'))} values={NATURES} value={filters.nature} labelOf={labels.nature} />
          <HiddenLabel htmlFor="filter-overdue" text={t('cases.overdueFilter')} />
          <EnumSelect
            {...select('overdue', 'filter-overdue', t('cases.overdueFilter'))}
            values={WATCHED_DEADLINES}
            value={filters.overdue}
            labelOf={(kind) => t(`cases.overdueKinds.${kind}`)}
          />
          <HiddenLabel htmlFor="filter-due-soon" text={t('cases.dueSoonFilter')} />
          <EnumSelect
            {...select('dueSoon', 'filter-due-soon', t('cases.dueSoonFilter'))}
            values={WATCHED_DEADLINES}
            value={filters.dueSoon}
            labelOf={(kind) => t(`cases.dueSoonKinds.${kind}`)}
          />
          <HiddenLabel htmlFor="filter-mine" text={t('cases.mineFilter')} />
          <EnumSelect {...select('mine', 'filter-mine', t('cases.mineFilter'))} values={['mine'] as const} value={filters.mine} labelOf={() => t('cases.mine')} />
          <HiddenLabel htmlFor="filter-mark" text={t('cases.markFilter')} />
          <EnumSelect
            {...select('mark', 'filter-mark', t('cases.markFilter'))}
            values={CASE_MARKS}
            value={filters.mark}
            labelOf={(mark) => t(`cases.marks.${mark}`)}
          />
          <HiddenLabel htmlFor="filter-department" text={t('fields.departmentId')} />
          <ChoiceSelect
            {...select('departmentId', 'filter-department', t('fields.departmentId'))}
            choices={departments.map((d) => ({ value: d.id, label: d.name }))}
            value={filters.departmentId}
          />
          <HiddenLabel htmlFor="filter-standing" text={t('cases.standing')} />
          <EnumSelect
            {...select('standing', 'filter-standing', t('cases.standing'))}
            emptyLabel={undefined}
            values={CASE_STANDINGS}
            value={filters.standing}
            labelOf={(value) => t(`cases.standings.${value}`)}
            onValueChange={(value) => onChange('standing', value || 'active')}
          />
          <span className="filters__range">
            <label htmlFor="filter-from">{t('cases.receivedFrom')}</label>
            <DateInput id="filter-from" value={filters.receivedFrom} onValueChange={(value) => onChange('receivedFrom', value)} />
            <label htmlFor="filter-to">{t('cases.receivedTo')}</label>
            <DateInput
              id="filter-to"
              value={filters.receivedTo}
              aria-invalid={reversed || undefined}
              aria-describedby={reversed ? 'filter-range-error' : undefined}
              onValueChange={(value) => onChange('receivedTo', value)}
            />
          </span>
          {reversed && (
            <span id="filter-range-error" role="alert" className="filters__error">
              {t('cases.rangeReversed')}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
