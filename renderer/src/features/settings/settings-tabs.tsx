import { useRef, type KeyboardEvent, type ReactNode } from 'react';

interface TabsProps<T extends string> {
  label: string;
  tabs: readonly T[];
  current: T;
  labelOf: (tab: T) => string;
  onSelect: (tab: T) => void;
  children: ReactNode;
}

const tabId = (tab: string) => `settings-tab-${tab}`;
const panelId = (tab: string) => `settings-panel-${tab}`;

/**
 * ARIA tabs: one tab stop for the whole row; the arrow keys, Home and End
 * move between tabs and show them at once.
 */
export function Tabs<T extends string>({ label, tabs, current, labelOf, onSelect, children }: TabsProps<T>) {
  const listRef = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    const index = tabs.indexOf(current);
    const next =
      event.key === 'ArrowRight' ? (index + 1) % tabs.length
      : event.key === 'ArrowLeft' ? (index - 1 + tabs.length) % tabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? tabs.length - 1
      : undefined;
    const tab = next === undefined ? undefined : tabs[next];
    if (!tab) return;
    event.preventDefault();
    onSelect(tab);
    listRef.current?.querySelector<HTMLElement>(`#${tabId(tab)}`)?.focus();
  }

  return (
    <>
      <div ref={listRef} role="tablist" aria-label={label} className="settings-tabs" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab}
            id={tabId(tab)}
            type="button"
            role="tab"
            className="settings-tabs__tab"
            aria-selected={tab === current}
            aria-controls={panelId(tab)}
            tabIndex={tab === current ? 0 : -1}
            onClick={() => onSelect(tab)}
          >
            {labelOf(tab)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId(current)} aria-labelledby={tabId(current)} className="settings-panel">
        {children}
      </div>
    </>
  );
}
