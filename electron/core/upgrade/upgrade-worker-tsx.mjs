// The upgrade thread's entry where the TypeScript sources run directly (the browser host and the tests, under tsx),
// as task-worker-tsx.mjs is the task thread's. The Electron app never uses this file: electron-vite builds
// upgrade-worker.ts into out/main/upgrade-worker.js.
import { register } from 'tsx/esm/api';

register();
await import('./upgrade-worker.ts');
