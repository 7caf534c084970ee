import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, type ChannelName } from '../../shared/contract';
import { dispatch } from '../../electron/core/dispatch';
import { handlers, type Handlers } from '../../electron/core/handlers';
import { buildCaseInput, openTestCore } from '../factories/core';
import { openConnection } from '../../electron/core/db/connection';
import { DATABASE_FILE_NAME } from '../../electron/core/open-core';

/** The real handler table, counting which channels reached the core. */
function observedHandlers() {
  const reached: ChannelName[] = [];
  const table = Object.fromEntries(
    CHANNEL_NAMES.map((channel) => [
      channel,
      (ctx: never, input: never) => {
        reached.push(channel);
        return (handlers[channel] as (c: never, i: never) => unknown)(ctx, input);
      },
    ]),
  ) as unknown as Handlers;
  return { table, reached };
}

const NOT_OBJECTS: unknown[] = [42, 'text', [1, 2], true];

describe('dispatch', () => {
  it.each(CHANNEL_NAMES)('answers %s with VALIDATION for input that is not an object, without reaching the core', async (channel) => {
    const core = openTestCore();
    const { table, reached } = observedHandlers();
    for (const input of NOT_OBJECTS) {
      const result = await dispatch(table, core, channel, input);
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(reached).toEqual([]);
  });

  it.each(CHANNEL_NAMES)('answers %s with VALIDATION for an object with wrong or unknown fields', async (channel) => {
    const core = openTestCore();
    const { table, reached } = observedHandlers();
    const result = await dispatch(table, core, channel, { id: 7, userId: [], name: 5, text: {}, channel: 'fax', unexpected: 1, limit: -1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(reached).toEqual([]);
  });

  it('refuses a channel that is not in the contract', async () => {
    const core = openTestCore();
    for (const channel of ['cases.delete', 'constructor', '__proto__', 42]) {
      expect(await dispatch(handlers, core, channel, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('reports every field problem with an i18n key', async () => {
    const core = openTestCore();
    const result = await dispatch(handlers, core, 'cases.register', { ...buildCaseInput(), complainantName: '  ', content: '', phone: 'call me' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'complainantName', message: 'errors.required' },
        { path: 'content', message: 'errors.required' },
        { path: 'phone', message: 'errors.phone' },
      ]),
    );
    expect(core.db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(0);
  });

  it('returns a valid value that matches the output schema', async () => {
    const core = openTestCore();
    const registered = await dispatch(handlers, core, 'cases.register', buildCaseInput(), { checkOutput: true });
    expect(registered).toMatchObject({ ok: true, value: { number: expect.stringMatching(/^A-\d{6}-0001$/) } });
    const list = await dispatch(handlers, core, 'cases.list', {}, { checkOutput: true });
    expect(list).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('turns a core refusal into its stable code', async () => {
    const core = openTestCore();
    expect(await dispatch(handlers, core, 'cases.get', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await dispatch(handlers, core, 'setup.complete', { orgName: 'x', deskCode: 'B', firstUserName: 'y', password: 'secret1' })).toMatchObject({
      ok: false,
      error: { code: 'SETUP_DONE' },
    });
  });

  it('answers INTERNAL, logs, and keeps going when the core throws unexpectedly', async () => {
    const core = openTestCore();
    const logged: string[] = [];
    const broken = { ...handlers, 'users.list': () => { throw new Error('database disk image is malformed'); } } as Handlers;
    const result = await dispatch(broken, core, 'users.list', {}, { log: (message) => logged.push(message) });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(logged).toHaveLength(1);
    expect(await dispatch(broken, core, 'setup.status', {})).toMatchObject({ ok: true });
  });

  it('answers BUSY and saves nothing when another connection (the task thread importing) holds the write lock too long', async () => {
    const core = openTestCore();
    const importing = openConnection(join(core.dataDir, DATABASE_FILE_NAME));
    core.db.pragma('busy_timeout = 0');
    importing.prepare('BEGIN IMMEDIATE').run();
    try {
      const result = await dispatch(handlers, core, 'cases.register', buildCaseInput());
      expect(result).toMatchObject({ ok: false, error: { code: 'BUSY' } });
    } finally {
      importing.prepare('ROLLBACK').run();
      importing.close();
    }
    expect(core.db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(0);
    expect(await dispatch(handlers, core, 'cases.register', buildCaseInput())).toMatchObject({ ok: true });
  });
});
