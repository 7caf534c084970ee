/**
 * Run as a child process by backups.test.ts: opens the data folder given,
 * starts a backup and kills itself (SIGKILL, no clean-up of any kind) the
 * moment the copy reports progress, as a power cut or a task manager would.
 */
import { createBackup } from '../../../electron/core/backup/create-backup';
import { openCore } from '../../../electron/core/open-core';

const dataDir = process.argv[2]!;
const core = openCore({ dataDir });
void createBackup(core, 'manual', () => process.kill(process.pid, 'SIGKILL'));
