/**
 * The sandboxed preload: exposes window.api and nothing else. Bundled whole
 * as CommonJS, because a sandboxed preload can require only 'electron'.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { exposeApi } from './expose-api';

exposeApi(contextBridge, (channel, input) => ipcRenderer.invoke(channel, input));
