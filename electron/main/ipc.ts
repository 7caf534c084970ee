/**
 * The IPC registration loop: one `ipcMain.handle` per contract channel, each
 * refusing messages that do not come from one of our windows on our origin,
 * then handing the input to the shared dispatcher (schema check, core call,
 * stable error codes). Takes ipcMain as an argument so tests pass a fake.
 */
import { CHANNEL_NAMES, type ChannelName } from '../../shared/contract';
import type { Result } from '../../shared/result';
import type { CoreContext } from '../core/context';
import { dispatch, type DispatchOptions } from '../core/dispatch';
import type { Handlers } from '../core/handlers';
import { hasTrustedOrigin } from './app-origin';

/** The parts of Electron's IpcMainInvokeEvent we read. */
export interface IpcInvokeEventLike {
  readonly sender: { readonly id: number };
  /** Null once the frame has navigated away or been destroyed. */
  readonly senderFrame: { readonly url: string } | null;
}

/** The parts of Electron's ipcMain we use. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface RegisterIpcOptions {
  handlers: Handlers;
  ctx: CoreContext;
  trustedOrigins: readonly string[];
  /** Whether this web contents belongs to a window we created. */
  isOurWebContents: (sender: { readonly id: number }) => boolean;
  dispatchOptions?: DispatchOptions;
  log?: (message: string) => void;
}

/** A frame may call the core only from a page on one of our origins. */
export function isTrustedSender(url: string, trustedOrigins: readonly string[]): boolean {
  return hasTrustedOrigin(url, trustedOrigins);
}

const forbidden: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN_SENDER', message: 'IPC call refused: it did not come from a Complaint Desk window.' },
};

/** Registers every channel and returns a function that removes them all again. */
export function registerIpc(ipcMain: IpcMainLike, options: RegisterIpcOptions): () => void {
  const log = options.log ?? ((message: string) => console.warn(`[ipc] ${message}`));
  const register = (channel: ChannelName) => {
    ipcMain.handle(channel, async (event, input) => {
      const frame = event.senderFrame;
      if (!frame || !options.isOurWebContents(event.sender) || !isTrustedSender(frame.url, options.trustedOrigins)) {
        log(`refused ${channel} from ${frame?.url ?? 'a destroyed frame'}`);
        return forbidden;
      }
      return dispatch(options.handlers, options.ctx, channel, input, options.dispatchOptions);
    });
  };
  for (const channel of CHANNEL_NAMES) register(channel);
  return () => {
    for (const channel of CHANNEL_NAMES) ipcMain.removeHandler(channel);
  };
}
