import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TaskProgress } from '../../../shared/schemas/tasks';
import { dispatch } from '../../../electron/core/dispatch';
import { handlers } from '../../../electron/core/handlers';
import { registerCase } from '../../../electron/core/cases/register-case';
import { addFollowup } from '../../../electron/core/followups/followups';
import { createTaskRunner, type TaskRunner } from '../../../electron/core/tasks/task-runner';
import { backupOnExit, dailyBackup } from '../../../electron/core/backup/backup-jobs';
import { listBackups } from '../../../electron/core/backup/backup-catalogue';
import type { Core } from '../../../electron/core/open-core';
import { buildCaseInput, tempDir } from '../../factories/core';
import { exchangeFile, openDesks, replicaState } from '../../factories/replicas';

const WORKER = new URL('../../../electron/core/tasks/task-worker-tsx.mjs', import.meta.url);
const runners: TaskRunner[] = [];

/** The real task thread on the desk's data folder, started as the browser host starts it. */
function withTaskThread(core: Core, progress: TaskProgress[] = []): TaskRunner {
  const runner = createTaskRunner({ dataDir: core.dataDir, script: WORKER, onProgress: (p) => progress.push(p) });
  runners.push(runner);
  core.tasks = runner;
  return runner;
}

afterEach(async () => {
  await Promise.all(runners.splice(0).map((runner) => runner.close()));
});

function seedCases(core: Core, count: number): void {
  core.db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const kase = registerCase(core, buildCaseInput({ content: `楼道灯不亮 ${i}` }));
      addFollowup(core, { caseId: kase.id, kind: 'contact', text: `已联系业主 ${i}`, remedyKind: '', amount: null, customerConfirmed: null, amendsId: null });
    }
  })();
}

const phasesOf = (progress: readonly TaskProgress[]) => progress.map((p) => p.phase).filter((phase, i, all) => phase !== all[i - 1]);

describe('the task thread', () => {
  it('imports a sync file off the main thread, reports each phase, and leaves the desk as an inline import would', async () => {
    const [a, b, c] = openDesks(['A', 'B', 'C']);
    seedCases(a!.core, 150);
    const file = exchangeFile(a!.core);
    const progress: TaskProgress[] = [];
    withTaskThread(b!.core, progress);

    const result = await dispatch(handlers, b!.core, 'sync.import', { path: file });

    expect(result).toMatchObject({ ok: true, value: { senderDeskCode: 'A', newCases: 150 } });
    expect(phasesOf(progress)).toEqual(['checking', 'backup', 'applying']);
    const applying = progress.filter((p) => p.phase === 'applying');
    expect(applying.at(-1)).toMatchObject({ channel: 'sync.import', done: applying.at(-1)!.total });
    expect(b!.core.tasks!.current()).toBeNull();
    // Desk C imports the same file inline: the same cases and follow-ups either way.
    await dispatch(handlers, c!.core, 'sync.import', { path: file });
    const imported = (core: Core) => [
      core.db.prepare('SELECT * FROM cases ORDER BY id').all(),
      core.db.prepare('SELECT * FROM followups ORDER BY id').all(),
    ];
    expect(imported(b!.core)).toEqual(imported(c!.core));
  });

  it('moves the main clock past what the thread imported, so a later local edit is stamped after it', async () => {
    const [a, b] = openDesks(['A', 'B'], () => Date.UTC(2026, 10, 23, 9));
    // Desk A's clock runs a day ahead: its changes carry later stamps than anything desk B has made.
    a!.core.clock.observe(a!.core.clock.tick().replace(/^\d+/, (ms) => String(Number(ms) + 86_400_000).padStart(ms.length, '0')));
    seedCases(a!.core, 3);
    withTaskThread(b!.core);
    await dispatch(handlers, b!.core, 'sync.import', { path: exchangeFile(a!.core) });
    const newest = b!.core.db.prepare('SELECT max(hlc) FROM changes').pluck().get() as string;
    expect(b!.core.clock.tick() > newest).toBe(true);
  });

  it('keeps answering other calls on the main thread while the thread works', async () => {
    const [a, b] = openDesks(['A', 'B']);
    seedCases(a!.core, 150);
    const file = exchangeFile(a!.core);
    withTaskThread(b!.core);
    const order: string[] = [];
    const importing = dispatch(handlers, b!.core, 'sync.import', { path: file }).then(() => order.push('import'));
    await dispatch(handlers, b!.core, 'cases.list', { offset: 0, limit: 10 }).then(() => order.push('list'));
    expect(b!.core.tasks!.current()).toMatchObject({ channel: 'sync.import' });
    await importing;
    expect(order).toEqual(['list', 'import']);
  });

  it('takes the day\'s backup on the thread, shown as a backup under way, while the main thread answers', async () => {
    const [a] = openDesks(['A']);
    seedCases(a!.core, 150);
    const progress: TaskProgress[] = [];
    withTaskThread(a!.core, progress);
    const order: string[] = [];
    const backingUp = dailyBackup(a!.core, (message, error) => order.push(`${message}: ${String(error)}`)).then(() => order.push('backup'));
    expect(a!.core.tasks!.current()).toMatchObject({ channel: 'backups.create' });
    await dispatch(handlers, a!.core, 'cases.list', { offset: 0, limit: 10 }).then(() => order.push('list'));
    await backingUp;
    expect(order).toEqual(['list', 'backup']);
    expect(listBackups(a!.core.dataDir)).toMatchObject([{ reason: 'daily', cases: 150 }]);
    expect(progress.filter((p) => p.phase === 'backup').at(-1)).toMatchObject({ channel: 'backups.create' });
    // Today's is taken: the next hour's call takes none.
    await dailyBackup(a!.core);
    expect(listBackups(a!.core.dataDir)).toHaveLength(1);
  });

  it('takes the backup on exit on the thread, after the import under way, and none when nothing changed since', async () => {
    const [a, b] = openDesks(['A', 'B']);
    seedCases(a!.core, 150);
    const file = exchangeFile(a!.core);
    // Desk B's own changes are newer than all of desk A's: the import leaves the book's newest timestamp where it was.
    seedCases(b!.core, 2);
    withTaskThread(b!.core);
    // Quitting while an import runs: the backup waits for it, so the imported cases are in it.
    const importing = dispatch(handlers, b!.core, 'sync.import', { path: file });
    const failures: string[] = [];
    const exiting = backupOnExit(b!.core, (message, error) => failures.push(`${message}: ${String(error)}`));
    expect(b!.core.tasks!.current()).toMatchObject({ channel: 'sync.import' });
    await Promise.all([importing, exiting]);
    expect(failures).toEqual([]);
    const backups = listBackups(b!.core.dataDir);
    expect(backups.slice(0, 2)).toMatchObject([
      { reason: 'on_exit', cases: 152 },
      { reason: 'before_import', cases: 2 },
    ]);
    // Nothing changed since: a second exit takes none.
    await backupOnExit(b!.core);
    expect(listBackups(b!.core.dataDir)).toHaveLength(backups.length);
  });

  it('keeps a refusal\'s code across the thread boundary and changes nothing', async () => {
    const [b] = openDesks(['B']);
    withTaskThread(b!.core);
    const bogus = join(tempDir('bogus-'), 'not-a-bundle.cdsync');
    writeFileSync(bogus, 'this is not a sync file at all');
    const before = replicaState(b!.core.db);
    const result = await dispatch(handlers, b!.core, 'sync.import', { path: bogus });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_A_BUNDLE' } });
    expect(replicaState(b!.core.db)).toBe(before);
  });

  it('runs queued tasks one after another and starts again after being closed', async () => {
    const [a] = openDesks(['A']);
    seedCases(a!.core, 20);
    const progress: TaskProgress[] = [];
    const runner = withTaskThread(a!.core, progress);
    runner.warm();
    await runner.close(); // a warmed, idle thread stops cleanly
    runner.warm();
    const folder = tempDir('exports-');
    const [first, second] = await Promise.all([
      dispatch(handlers, a!.core, 'sync.export', { folder, full: true }),
      dispatch(handlers, a!.core, 'cases.exportCsv', { columns: ['number', 'contentPreview'] }),
    ]);
    expect(first).toMatchObject({ ok: true, value: { full: true, changes: expect.any(Number) } });
    expect(second).toMatchObject({ ok: true, value: { rows: 20 } });
    // The export finished before the CSV began: one task at a time.
    expect(progress.map((p) => p.channel).filter((channel, i, all) => channel !== all[i - 1])).toEqual(['sync.export', 'cases.exportCsv']);
    await runner.close();
    const again = await dispatch(handlers, a!.core, 'cases.exportCsv', { columns: ['number'] });
    expect(again).toMatchObject({ ok: true, value: { rows: 20 } });
  });
});
