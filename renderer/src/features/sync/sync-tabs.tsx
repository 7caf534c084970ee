import { Badge } from 'antd';
import type { ReactNode } from 'react';
import { NamedTabs } from '../../ui/named-tabs';

export interface TabItem<T extends string> {
  id: T;
  label: string;
  /** A count shown beside the label (e.g. conflicts waiting), when above zero. */
  count?: number;
}

interface SyncTabsProps<T extends string> {
  label: string;
  tabs: readonly TabItem<T>[];
  active: T;
  onSelect: (id: T) => void;
  panels: Record<T, ReactNode>;
}

/** antd names a tab `${id}-tab-${key}` after the Tabs' id: the page focuses the conflicts tab by it. */
const TABS_ID = 'sync';
export const tabId = (id: string) => `${TABS_ID}-tab-${id}`;

/**
 * The sync tasks as antd tabs (arrow keys between tabs, Enter to open one).
 * A panel, once opened, stays mounted while hidden, so half-done work
 * survives a look at another tab.
 */
export function SyncTabs<T extends string>({ label, tabs, active, onSelect, panels }: SyncTabsProps<T>) {
  return (
    <NamedTabs
      label={label}
      id={TABS_ID}
      activeKey={active}
      onChange={(key) => {
        const tab = tabs.find((item) => item.id === key);
        if (tab) onSelect(tab.id);
      }}
      items={tabs.map((tab) => ({
        key: tab.id,
        label: (
          <>
            {tab.label}
            {tab.count !== undefined && tab.count > 0 && <Badge count={tab.count} className="sync-tabs__count" />}
          </>
        ),
        children: panels[tab.id],
      }))}
    />
  );
}
