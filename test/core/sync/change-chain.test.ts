import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chainStart, nextLink } from '../../../electron/core/sync/change-chain';

describe('the hash chain of a desk’s changes', () => {
  it('links each line to the one before as SHA-256 of the link and the line, for short lines and for long ones', () => {
    const lines = ['["a",1]', `["b",2,"${'楼上漏水'.repeat(10)}"]`, `["c",3,"${'水'.repeat(30_000)}"]`, `["d",4,"${'x'.repeat(70_000)}"]`, ''];
    let link = chainStart('desk-1');
    let expected = createHash('sha256').update('complaint-desk chain\ndesk-1').digest();
    expect(link.equals(expected)).toBe(true);
    for (const line of lines) {
      link = nextLink(link, line);
      expected = createHash('sha256').update(expected).update(line).digest();
      expect(link.toString('hex')).toBe(expected.toString('hex'));
    }
  });
});
