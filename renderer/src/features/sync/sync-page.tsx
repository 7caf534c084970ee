import { Button, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../ui/error-banner';
import { ConflictsPanel } from './conflicts-panel';
import { ExportPanel } from './export-panel';
import { ImportPanel } from './import-panel';
import { SharedFolderPanel } from './shared-folder-panel';
import { OrgKeyPanel } from './org-key-panel';
import { MessageBanner } from '../../ui/error-banner';
import { SyncLog } from './sync-log';
import { SyncSummary } from './sync-summary';
import { SyncTabs, tabId } from './sync-tabs';
import { useSyncStatus } from './use-sync-status';

const TABS = ['export', 'import', 'folder', 'conflicts', 'log', 'keys'] as const;
type Tab = (typeof TABS)[number];
const TAB_KEY = 'complaint-desk.sync.tab';

const isTab = (value: unknown): value is Tab => typeof value === 'string' && (TABS as readonly string[]).includes(value);

/** Back from a case opened from the conflicts list, the same tab is showing. */
function storedTab(): Tab {
  try {
    const value = window.sessionStorage.getItem(TAB_KEY);
    return isTab(value) ? value : 'export';
  } catch {
    return 'export';
  }
}

function storeTab(tab: Tab): void {
  try {
    window.sessionStorage.setItem(TAB_KEY, tab);
  } catch {
    // Only a convenience.
  }
}

/** 同步: export, import, the shared folder, conflicts, the log and the organisation key, for exchanging data between desks. */
export function SyncPage() {
  const { t } = useTranslation();
  const { state, reload, replace } = useSyncStatus();
  const [tab, setTab] = useState<Tab>(storedTab);
  const [version, setVersion] = useState(0);

  const select = useCallback((next: Tab) => {
    setTab(next);
    storeTab(next);
  }, []);
  const changed = useCallback(() => {
    reload();
    setVersion((n) => n + 1);
  }, [reload]);
  const showConflicts = useCallback(() => {
    select('conflicts');
    document.getElementById(tabId('conflicts'))?.focus();
  }, [select]);

  return (
    <section aria-labelledby="sync-title">
      <div className="page-head">
        <h1 id="sync-title">{t('sync.title')}</h1>
      </div>
      <Typography.Paragraph type="secondary">{t('sync.intro')}</Typography.Paragraph>
      {state.status === 'loading' && (
        <Typography.Paragraph type="secondary" role="status">
          {t('sync.loading')}
        </Typography.Paragraph>
      )}
      {state.status === 'failed' && (
        <>
          <ErrorBanner error={state.error} />
          <Button onClick={reload}>{t('app.retry')}</Button>
        </>
      )}
      {state.status === 'ready' && (
        <>
          <SyncSummary status={state.sync} onShowConflicts={showConflicts} />
          {state.sync.orgKey.needsKey && tab !== 'keys' && (
            <MessageBanner type="warning">
              {t('sync.keys.needsKey')}{' '}
              <Button type="link" onClick={() => select('keys')}>
                {t('sync.tabs.keys')}
              </Button>
            </MessageBanner>
          )}
          <SyncTabs
            label={t('sync.tabs.label')}
            active={tab}
            onSelect={select}
            tabs={[
              { id: 'export', label: t('sync.tabs.export') },
              { id: 'import', label: t('sync.tabs.import') },
              { id: 'folder', label: t('sync.tabs.folder') },
              { id: 'conflicts', label: t('sync.tabs.conflicts'), count: state.sync.conflicts },
              { id: 'log', label: t('sync.tabs.log') },
              { id: 'keys', label: t('sync.tabs.keys') },
            ]}
            panels={{
              export: <ExportPanel status={state.sync} onChanged={changed} />,
              import: <ImportPanel status={state.sync} onChanged={changed} onShowConflicts={showConflicts} />,
              folder: <SharedFolderPanel status={state.sync} onStatus={replace} onChanged={changed} onShowConflicts={showConflicts} />,
              conflicts: <ConflictsPanel version={version} onChanged={reload} />,
              log: <SyncLog log={state.sync.log} />,
              keys: <OrgKeyPanel status={state.sync} onStatus={replace} onChanged={changed} />,
            }}
          />
        </>
      )}
    </section>
  );
}
