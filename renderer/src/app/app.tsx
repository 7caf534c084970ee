import { useCallback, useEffect, type ReactNode } from 'react';
import { Layout } from 'antd';
import type { SetupStatus } from '../../../shared/contract';
import type { Session } from '../../../shared/schemas/session';
import { CallbackReminder } from '../features/callbacks/callback-reminder';
import { ClaimAdministratorScreen } from '../features/session/claim-administrator-screen';
import { useIdleLock } from '../features/session/idle-lock';
import { PersonMenu } from '../features/session/person-menu';
import { SessionProvider, useSessionControls, type SessionControls } from '../features/session/session-context';
import { SignInScreen } from '../features/session/sign-in-screen';
import { SetupScreen } from '../features/setup/setup-screen';
import { RecoveryScreen } from '../features/backups/recovery-screen';
import { UpgradeScreen } from '../features/upgrade/upgrade-screen';
import { useSetupStatus } from '../features/setup/use-setup-status';
import { onApiFailure } from '../lib/api';
import { MainNav } from './main-nav';
import { RouteView } from './route-view';
import { LoadFailedScreen, LoadingScreen } from './status-screens';
import { TopBar } from './top-bar';

/** The top bar across, the main menu down the left once someone is at the desk, the page beside it. */
function Frame({ top, nav, children }: { top: ReactNode; nav?: ReactNode; children: ReactNode }) {
  return (
    <Layout className="shell">
      {top}
      <Layout className="shell__body" hasSider={nav !== undefined}>
        {nav && (
          <Layout.Sider className="shell__side" width={148} theme="light">
            {nav}
          </Layout.Sider>
        )}
        <Layout.Content id="main" className="main">
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** Signed in: the case book, locking itself when left alone. */
function SignedIn({ setup, session, controls }: { setup: SetupStatus; session: Session; controls: SessionControls }) {
  const { signOut } = controls;
  const lock = useCallback(() => void signOut('locked'), [signOut]);
  useIdleLock(session.idleLockMinutes, lock);
  return (
    <SessionProvider session={session} signOut={signOut}>
      <Frame top={<TopBar setup={setup} signedIn person={<PersonMenu />} />} nav={<MainNav />}>
        <CallbackReminder key={session.user?.id} />
        <RouteView />
      </Frame>
    </SessionProvider>
  );
}

/** Set up: someone signs in before anything else. */
function Desk({ setup, onClaimed }: { setup: SetupStatus; onClaimed: () => void }) {
  const controls = useSessionControls();
  const { state } = controls;
  if (state.status === 'ready' && state.session.user) return <SignedIn setup={setup} session={state.session} controls={controls} />;
  return (
    <Frame top={<TopBar setup={setup} />}>
      {state.status === 'loading' && <LoadingScreen />}
      {state.status === 'failed' && <LoadFailedScreen error={state.error} onRetry={() => void controls.refresh()} />}
      {state.status === 'ready' &&
        (setup.needsAdministrator ? (
          <ClaimAdministratorScreen
            setup={setup}
            onDone={(session) => {
              controls.accept(session);
              onClaimed();
            }}
          />
        ) : (
          <SignInScreen lockedName={controls.lockedName} onSignedIn={controls.accept} />
        ))}
    </Frame>
  );
}

/** First run (or an upgrade of an older book), then signing in, then the case book. */
export function App() {
  const { state, reload } = useSetupStatus();
  useEffect(() => onApiFailure((error) => error.code === 'SETUP_REQUIRED' && void reload()), [reload]);

  if (state.status === 'ready' && state.setup.upgrading) {
    return (
      <Frame top={<TopBar />}>
        <UpgradeScreen onFinished={() => void reload()} />
      </Frame>
    );
  }
  if (state.status === 'ready' && state.setup.recovery) {
    return (
      <Frame top={<TopBar />}>
        <RecoveryScreen recovery={state.setup.recovery} onRecovered={() => void reload()} />
      </Frame>
    );
  }
  if (state.status === 'ready' && state.setup.setupDone) return <Desk setup={state.setup} onClaimed={() => void reload()} />;
  return (
    <Frame top={<TopBar />}>
      {state.status === 'loading' && <LoadingScreen />}
      {state.status === 'failed' && <LoadFailedScreen error={state.error} onRetry={() => void reload()} />}
      {state.status === 'ready' && <SetupScreen onDone={() => void reload()} onJoined={() => void reload()} />}
    </Frame>
  );
}
