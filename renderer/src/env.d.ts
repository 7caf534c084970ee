import type { Api } from '../../shared/api';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host, where lib/api.ts falls back to HTTP. */
    api?: Api;
  }
}
