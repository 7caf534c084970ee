import { Tabs, type TabsProps, type TabsRef } from 'antd';
import { useEffect, useRef } from 'react';

/**
 * antd's Tabs with a name for its tab list, for screen readers: antd gives
 * the list none of its own (an aria-label on Tabs lands on the outer box),
 * so it is set on the list once it is drawn.
 */
export function NamedTabs({ label, ...props }: TabsProps & { label: string }) {
  const root = useRef<TabsRef>(null);
  useEffect(() => {
    root.current?.nativeElement?.querySelector('[role="tablist"]')?.setAttribute('aria-label', label);
  }, [label]);
  return <Tabs ref={root} {...props} />;
}
