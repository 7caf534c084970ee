import { useEffect, useMemo, useState } from 'react';
import type { OrgSettings } from '../../../shared/schemas/settings';
import { useEnumLabels } from '../i18n/use-enum-labels';
import { call } from './api';

export interface CategoryOption {
  code: string;
  label: string;
}

export interface OrgLookups {
  /** Categories a new complaint may be filed under, in the organisation's order. */
  categories: CategoryOption[];
  /** Every category ever defined, retired ones too: old cases still carry them. */
  allCategories: CategoryOption[];
  categoryLabel: (code: string) => string;
  departmentName: (id: string) => string | undefined;
  /** Departments work may go to now, in the organisation's order. */
  activeDepartmentIds: string[];
  /** Names of the sites (项目) now in use, in the organisation's order. */
  siteNames: string[];
  loaded: boolean;
}

/**
 * The organisation's own lists (categories, departments). Built-in
 * categories have no name of their own and are shown translated by code;
 * ones the organisation added show the name it gave them.
 */
export function useOrgLookups(): OrgLookups {
  const labels = useEnumLabels();
  const [settings, setSettings] = useState<OrgSettings>();
  useEffect(() => {
    let current = true;
    void call('settings.get', {}).then((result) => {
      if (current && result.ok) setSettings(result.value);
    });
    return () => {
      current = false;
    };
  }, []);
  return useMemo(() => {
    const names = new Map((settings?.categories ?? []).map((c) => [c.id, c.name]));
    const categoryLabel = (code: string) => names.get(code) || labels.category(code);
    const allCategories = [...(settings?.categories ?? [])]
      .sort((a, b) => a.sort - b.sort)
      .map((c) => ({ code: c.id, label: categoryLabel(c.id), active: c.active }));
    const categories = allCategories.filter((c) => c.active);
    const departments = new Map((settings?.departments ?? []).map((d) => [d.id, d.name]));
    const siteNames = [...(settings?.sites ?? [])].filter((site) => site.active).sort((a, b) => a.sort - b.sort).map((site) => site.name);
    const activeDepartmentIds = [...(settings?.departments ?? [])].filter((d) => d.active).sort((a, b) => a.sort - b.sort).map((d) => d.id);
    return {
      categories,
      allCategories,
      categoryLabel,
      departmentName: (id: string) => departments.get(id),
      activeDepartmentIds,
      siteNames,
      loaded: settings !== undefined,
    };
  }, [settings, labels]);
}
