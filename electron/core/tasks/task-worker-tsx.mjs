// The task thread's entry where the TypeScript sources run directly (the browser host and the tests, under tsx):
// a worker thread does not inherit tsx's module hooks, so register them here, then load the worker itself.
// The Electron app never uses this file: electron-vite builds task-worker.ts into out/main/task-worker.js.
import { register } from 'tsx/esm/api';

register();
await import('./task-worker.ts');
