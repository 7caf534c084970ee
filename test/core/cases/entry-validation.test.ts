/**
 * Bad input at registration and in corrections: each is refused with the
 * field named and a message key both languages translate, and nothing is
 * saved. Through `dispatch`, the way every call from the UI arrives.
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { handlers } from '../../../electron/core/handlers';
import { zhCN } from '../../../renderer/src/i18n/zh-CN';
import { en } from '../../../renderer/src/i18n/en';
import { buildCaseInput, fakeClock, openTestCore } from '../../factories/core';

const NOW = Date.UTC(2026, 11, 5, 6, 0);
const DAY = 86_400_000;
const catalogueHas = (key: string) => {
  const [group, name] = key.split('.') as [keyof typeof zhCN, string];
  return Boolean((zhCN[group] as Record<string, unknown>)?.[name]) && Boolean((en[group] as Record<string, unknown>)?.[name]);
};

function desk() {
  const clock = fakeClock(NOW);
  const core = openTestCore({ now: clock.now });
  const count = () => core.db.prepare('SELECT count(*) FROM changes').pluck().get() as number;
  return { core, count };
}

const good = () => buildCaseInput({ receivedAt: NOW - 3_600_000, confirmOldReceivedAt: undefined });

/** [what, field, the bad input over a good registration, message key] */
const BAD_REGISTRATIONS: [string, string, Record<string, unknown>, string][] = [
  ['a 20-digit phone', 'phone', { phone: '12345678901234567890' }, 'errors.phone'],
  ['a phone of letters', 'phone', { phone: 'call me' }, 'errors.phone'],
  ['an e-mail typed as the phone', 'phone', { phone: 'li@example.com' }, 'errors.phone'],
  ['an e-mail without a domain', 'email', { email: 'li@' }, 'errors.email'],
  ['an e-mail with spaces', 'email', { email: 'li si@example.com' }, 'errors.email'],
  ['a receipt time next year', 'receivedAt', { receivedAt: NOW + 365 * DAY }, 'errors.receivedAtFuture'],
  ['a receipt time an hour ahead', 'receivedAt', { receivedAt: NOW + 3_600_000 }, 'errors.receivedAtFuture'],
  ['a receipt time in 1999', 'receivedAt', { receivedAt: Date.UTC(1999, 5, 1) }, 'errors.receivedAtTooEarly'],
  ['a receipt time a month ago, unconfirmed', 'receivedAt', { receivedAt: NOW - 30 * DAY }, 'errors.receivedAtOld'],
  ['a receipt time that is not a number', 'receivedAt', { receivedAt: 'soon' }, 'errors.required'],
  ['21,000 pasted characters', 'content', { content: '漏'.repeat(21_000) }, 'errors.tooLong'],
  ['20,001 characters of emoji', 'content', { content: '😀'.repeat(20_001) }, 'errors.tooLong'],
  ['an empty complaint', 'content', { content: '   ' }, 'errors.required'],
  ['a NUL in the complaint', 'content', { content: '漏水\u0000' }, 'errors.badCharacters'],
  ['a lone surrogate in the name', 'complainantName', { complainantName: '李\ud83d女士' }, 'errors.badCharacters'],
  ['a line break in the name', 'complainantName', { complainantName: '李\n女士' }, 'errors.badCharacters'],
  ['a control character in the room', 'buildingRoom', { buildingRoom: '3栋\u0007' }, 'errors.badCharacters'],
  ['a right-to-left override in the site', 'site', { site: '阳光\u202e海岸' }, 'errors.badCharacters'],
  ['a name of 61 characters', 'complainantName', { complainantName: '李'.repeat(61) }, 'errors.tooLong'],
  ['no name', 'complainantName', { complainantName: '' }, 'errors.required'],
  ['no channel', 'channel', { channel: '' }, 'errors.required'],
  ['a channel that does not exist', 'channel', { channel: 'fax' }, 'errors.required'],
  ['a category the office does not use', 'category', { category: 'no_such_category' }, 'errors.unknownCategory'],
];

describe('registration refuses bad input with the field named, and saves nothing', () => {
  it.each(BAD_REGISTRATIONS)('%s', async (_what, field, bad, key) => {
    const { core, count } = desk();
    const before = count();
    const result = await dispatch(handlers, core, 'cases.register', { ...good(), ...bad });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: expect.arrayContaining([{ path: field, message: key }]) } });
    expect(count()).toBe(before);
    expect(catalogueHas(key), key).toBe(true);
  });

  it('keeps text with emoji and rare characters whole, counting each as one character', async () => {
    const { core } = desk();
    const name = '𠀀𪚥先生';
    const content = `${'😀'.repeat(19_990)}漏水`;
    const result = await dispatch(handlers, core, 'cases.register', { ...good(), complainantName: name, content });
    expect(result).toMatchObject({ ok: true, value: { complainantName: name, content } });
  });

  it('saves an old receipt time once the person confirms it', async () => {
    const { core } = desk();
    const receivedAt = NOW - 30 * DAY;
    const result = await dispatch(handlers, core, 'cases.register', { ...good(), receivedAt, confirmOldReceivedAt: true });
    expect(result).toMatchObject({ ok: true, value: { receivedAt } });
  });

  it('keeps a phone as typed and an e-mail beside it', async () => {
    const { core } = desk();
    const result = await dispatch(handlers, core, 'cases.register', { ...good(), phone: '0755-8888 6666 转 123', email: 'li@example.com' });
    expect(result).toMatchObject({ ok: true, value: { phone: '0755-8888 6666 转 123', email: 'li@example.com' } });
  });
});

/** [what, field, value, message key] */
const BAD_CORRECTIONS: [string, string, unknown, string][] = [
  ['a 20-digit phone', 'phone', '12345678901234567890', 'errors.phone'],
  ['a receipt time tomorrow', 'receivedAt', NOW + DAY, 'errors.receivedAtFuture'],
  ['a receipt time in 1999', 'receivedAt', Date.UTC(1999, 0, 1), 'errors.receivedAtTooEarly'],
  ['an empty name', 'complainantName', ' ', 'errors.required'],
  ['a name that is a number', 'complainantName', 42, 'errors.required'],
  ['21,000 characters', 'content', '漏'.repeat(21_000), 'errors.tooLong'],
  ['an unknown category', 'category', 'no_such_category', 'errors.unknownCategory'],
  ['a channel that does not exist', 'channel', 'fax', 'errors.required'],
  ['the value it already has', 'complainantName', '李女士', 'errors.unchanged'],
];

describe('a correction refuses bad input with the field named, and changes nothing', () => {
  it.each(BAD_CORRECTIONS)('%s', async (_what, field, value, key) => {
    const { core, count } = desk();
    const registered = await dispatch(handlers, core, 'cases.register', good());
    if (!registered.ok) throw new Error('registration failed');
    const caseId = (registered.value as { id: string }).id;
    const before = count();
    const result = await dispatch(handlers, core, 'cases.correct', { caseId, field, value, reason: '登记时写错' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: field, message: key }] } });
    expect(count()).toBe(before);
    expect(catalogueHas(key), key).toBe(true);
  });

  it('needs a reason and a field that may be corrected', async () => {
    const { core } = desk();
    const registered = await dispatch(handlers, core, 'cases.register', good());
    const caseId = (registered as { value: { id: string } }).value.id;
    expect(await dispatch(handlers, core, 'cases.correct', { caseId, field: 'phone', value: '13800138000', reason: '' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'reason', message: 'errors.required' }] },
    });
    expect(await dispatch(handlers, core, 'cases.correct', { caseId, field: 'status', value: 'closed', reason: '写错' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'field', message: 'errors.notCorrectable' }] },
    });
  });
});
