import type { ReactNode } from 'react';
import { Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SetupStatus } from '../../../shared/contract';
import { ScanSearch } from '../features/printing/scan-search';
import { LanguageSwitch } from './language-switch';

interface TopBarProps {
  setup?: SetupStatus;
  /** Someone is at the desk: the scan box is offered. */
  signedIn?: boolean;
  /** Who is at the desk, once someone is. */
  person?: ReactNode;
}

/** App title, organisation and desk, the scan box, who is at the desk, language: one line, nothing wraps. */
export function TopBar({ setup, signedIn, person }: TopBarProps) {
  const { t } = useTranslation();
  return (
    <Layout.Header className="top-bar">
      <div className="top-bar__brand">
        <span className="top-bar__title">{t('app.title')}</span>
        {setup?.setupDone && (
          <span className="top-bar__desk">
            <span className="top-bar__org">{setup.orgName}</span>
            <span className="top-bar__code">{t('topBar.desk', { code: setup.deskCode })}</span>
          </span>
        )}
      </div>
      <div className="top-bar__tools">
        {signedIn && <ScanSearch />}
        {person}
        <LanguageSwitch />
      </div>
    </Layout.Header>
  );
}
