import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundle the official holiday schedule: left external, its JSON import would lose its `type: 'json'`
      // attribute and Node 24 (Electron's) refuses to load it.
      externalizeDeps: { exclude: ['chinese-days'] },
      // The task thread and the upgrade's thread are entries of their own: the main process starts them as workers by file name.
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          'task-worker': resolve(root, 'electron/core/tasks/task-worker.ts'),
          'upgrade-worker': resolve(root, 'electron/core/upgrade/upgrade-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot `require` our own chunks, so bundle it whole.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
