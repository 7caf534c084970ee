import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SetupStatus } from '../../../shared/contract';
import { ScanSearch } from '../features/printing/scan-search';
import { LanguageSwitch } from './language-switch';

interface TopBarProps {
  setup?: SetupStatus;
  /** The navigation, once someone is at the desk. */
  nav?: ReactNode;
  /** The "who is at the desk" picker, once someone is. */
  person?: ReactNode;
}

/** App title, organisation and desk, navigation, who is at the desk, language. */
export function TopBar({ setup, nav, person }: TopBarProps) {
  const { t } = useTranslation();
  return (
    <header className="top-bar">
      <div className="top-bar__brand">
        <span className="top-bar__title">{t('app.title')}</span>
        {setup?.setupDone && (
          <span className="top-bar__desk">
            <span className="top-bar__org">{setup.orgName}</span>
            <span className="top-bar__code">{t('topBar.desk', { code: setup.deskCode })}</span>
          </span>
        )}
      </div>
      {nav}
      <div className="top-bar__tools">
        {nav && <ScanSearch />}
        {person}
        <LanguageSwitch />
      </div>
    </header>
  );
}
