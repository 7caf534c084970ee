import { useRef, type KeyboardEvent, type ReactNode } from 'react';

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
  /** Every panel stays mounted (hidden when not shown), so half-done work survives a look at another tab. */
  panels: Record<T, ReactNode>;
}

export const tabId = (id: string) => `sync-tab-${id}`;
const panelId = (id: string) => `sync-panel-${id}`;

/** The WAI-ARIA tabs pattern: arrow keys, Home and End move between tabs; Tab goes into the panel. */
export function SyncTabs<T extends string>({ label, tabs, active, onSelect, panels }: SyncTabsProps<T>) {
  const list = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    const index = tabs.findIndex((tab) => tab.id === active);
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight' ? (index + 1) % tabs.length
      : event.key === 'ArrowLeft' ? (index - 1 + tabs.length) % tabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null;
    const tab = next === null ? undefined : tabs[next];
    if (!tab) return;
    event.preventDefault();
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#${tabId(tab.id)}`)?.focus();
  }

  return (
    <>
      <div ref={list} role="tablist" aria-label={label} className="sync-tabs" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={tabId(tab.id)}
            type="button"
            role="tab"
            className="sync-tabs__tab"
            aria-selected={tab.id === active}
            aria-controls={panelId(tab.id)}
            tabIndex={tab.id === active ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
            {tab.count !== undefined && tab.count > 0 && <span className="sync-tabs__count">{tab.count}</span>}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div key={tab.id} id={panelId(tab.id)} role="tabpanel" aria-labelledby={tabId(tab.id)} hidden={tab.id !== active} className="sync-panel">
          {panels[tab.id]}
        </div>
      ))}
    </>
  );
}
