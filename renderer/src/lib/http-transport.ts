/**
 * The browser host's transport: the same contract over HTTP. Loaded only when
 * there is no preload-provided `window.api` (i.e. not inside Electron).
 */
import { buildApi, type Api } from '../../../shared/api';

export function createHttpApi(): Api {
  return buildApi(async (channel, input) => {
    const response = await fetch(`/rpc/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
    if (!response.ok) {
      return { ok: false, error: { code: 'INTERNAL', message: `HTTP ${response.status}` } };
    }
    return response.json();
  });
}
