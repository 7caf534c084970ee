import { describe, expect, it } from 'vitest';
import { registerCase } from '../../../electron/core/cases/register-case';
import { FrameReader } from '../../../electron/core/sync/bundle-format';
import { keyRing } from '../../../electron/core/crypto/org-key';
import { decodeRecord } from '../../../electron/core/sync/records';
import { FRAME_CHARS } from '../../../electron/core/sync/export-bundle';
import { buildCaseInput } from '../../factories/core';
import { exchangeFile, openDesks } from '../../factories/replicas';

describe('the frames of a sync file', () => {
  it('hold the changes in pieces small enough to decode as ordinary strings, all of them, in order', () => {
    const [a] = openDesks(['A']);
    // Long Chinese content: about 3 bytes a character, the case that makes frames heaviest.
    for (let i = 0; i < 60; i++) registerCase(a!.core, buildCaseInput({ content: `第${i}号投诉:${'楼上漏水严重影响生活'.repeat(1000)}` }));
    const reader = new FrameReader(exchangeFile(a!.core, { full: true }));
    reader.open(keyRing(a!.core.db));
    const seqs: number[] = [];
    let changeFrames = 0;
    for (let plain = reader.next(); plain !== null; plain = reader.next()) {
      const record = decodeRecord(plain);
      if (record.type !== 'changes') continue;
      changeFrames += 1;
      // Whole entries up to FRAME_CHARS, in brackets (only an entry larger than that alone would have a frame to itself).
      expect(plain.subarray(1).toString('utf8').length).toBeLessThanOrEqual(FRAME_CHARS + 1);
      seqs.push(...record.changes.filter((c) => c[0] === a!.core.deskId).map((c) => c[1]));
    }
    reader.close();
    const total = a!.core.db.prepare('SELECT count(*) FROM changes WHERE desk_id = ?').pluck().get(a!.core.deskId) as number;
    expect(changeFrames).toBeGreaterThan(1);
    expect(seqs).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  });
});
