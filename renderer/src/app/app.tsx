import { useEffect, type ReactNode } from 'react';
import type { SetupStatus } from '../../../shared/contract';
import { PickUserScreen } from '../features/session/pick-user-screen';
import { useDeskSession } from '../features/session/use-desk-session';
import { UserPicker } from '../features/session/user-picker';
import { CallbackReminder } from '../features/callbacks/callback-reminder';
import { SetupScreen } from '../features/setup/setup-screen';
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

/** Set up: now someone has to be at the desk before anything else. */
function Desk({ setup }: { setup: SetupStatus }) {
  const session = useDeskSession();
  const { reload } = session;
  useEffect(() => onApiFailure((error) => error.code === 'NO_USER' && void reload()), [reload]);

  const { state } = session;
  if (state.status !== 'ready' || !state.user) {
    return (
      <Frame top={<TopBar setup={setup} />}>
        {state.status === 'loading' && <LoadingScreen />}
        {state.status === 'failed' && <LoadFailedScreen error={state.error} onRetry={() => void reload()} />}
        {state.status === 'ready' && (
          <PickUserScreen users={state.users} onPick={(userId) => void session.select(userId)} onAdd={session.addAndSelect} />
        )}
      </Frame>
    );
  }
  const person = (
    <UserPicker user={state.user} users={state.users} onSelect={(userId) => void session.select(userId)} onAdd={session.addAndSelect} />
  );
  return (
    <Frame top={<TopBar setup={setup} nav={<MainNav />} person={person} />}>
      <CallbackReminder key={state.user.id} />
      <RouteView />
    </Frame>
  );
}

/** First run, then who is at the desk, then the case book. */
export function App() {
  const { state, reload } = useSetupStatus();
  useEffect(() => onApiFailure((error) => error.code === 'SETUP_REQUIRED' && void reload()), [reload]);

  if (state.status === 'ready' && state.setup.setupDone) return <Desk setup={state.setup} />;
  return (
    <Frame top={<TopBar />}>
      {state.status === 'loading' && <LoadingScreen />}
      {state.status === 'failed' && <LoadFailedScreen error={state.error} onRetry={() => void reload()} />}
      {state.status === 'ready' && <SetupScreen onDone={() => void reload()} />}
    </Frame>
  );
}
