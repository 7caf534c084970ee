import { useCallback, useEffect, type ReactNode } from 'react';
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
import { useSetupStatus } from '../features/setup/use-setup-status';
import { onApiFailure } from '../lib/api';
import { MainNav } from './main-nav';
import { RouteView } from './route-view';
import { LoadFailedScreen, LoadingScreen } from './status-screens';
import { TopBar } from './top-bar';

function Frame({ top, children }: { top: ReactNode; children: ReactNode }) {
  return (
    <div className="shell">
      {top}
      <main id="main" className="main">
        {children}
      </main>
    </div>
  );
}

/** Signed in: the case book, locking itself when left alone. */
function SignedIn({ setup, session, controls }: { setup: SetupStatus; session: Session; controls: SessionControls }) {
  const { signOut } = controls;
  const lock = useCallback(() => void signOut('locked'), [signOut]);
  useIdleLock(session.idleLockMinutes, lock);
  return (
    <SessionProvider session={session} signOut={signOut}>
      <Frame top={<TopBar setup={setup} nav={<MainNav />} person={<PersonMenu />} />}>
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

/** First run, then signing in, then the case book. */
export function App() {
  const { state, reload } = useSetupStatus();
  useEffect(() => onApiFailure((error) => error.code === 'SETUP_REQUIRED' && void reload()), [reload]);

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
