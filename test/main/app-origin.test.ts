import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, hasTrustedOrigin, originOf, trustedOriginsFor } from '../../electron/main/app-origin';

describe('originOf', () => {
  it('gives scheme://host[:port] for our scheme too (Node says "null" for non-special schemes)', () => {
    expect(originOf('app://complaint-desk/index.html#/cases')).toBe('app://complaint-desk');
    expect(originOf('APP://Complaint-Desk/x')).toBe('app://complaint-desk');
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
  });

  it('is null for URLs without a host', () => {
    for (const url of ['about:blank', 'data:text/html,hi', 'file:///C:/x.html', 'app:///x', 'not a url', '']) {
      expect(originOf(url)).toBeNull();
    }
  });
});

describe('hasTrustedOrigin', () => {
  it('accepts only an exact origin match', () => {
    const trusted = [APP_ORIGIN];
    expect(hasTrustedOrigin('app://complaint-desk/index.html', trusted)).toBe(true);
    expect(hasTrustedOrigin('app://complaint-desk.evil.example/', trusted)).toBe(false);
    expect(hasTrustedOrigin('app://complaint-desk@evil.example/', trusted)).toBe(false);
    expect(hasTrustedOrigin('app://complaint-desk:1234/', trusted)).toBe(false);
    expect(hasTrustedOrigin('https://complaint-desk/', trusted)).toBe(false);
    expect(hasTrustedOrigin('about:blank', trusted)).toBe(false);
  });
});

describe('trustedOriginsFor', () => {
  it('adds the dev server only when there is one', () => {
    expect(trustedOriginsFor(undefined)).toEqual([APP_ORIGIN]);
    expect(trustedOriginsFor('')).toEqual([APP_ORIGIN]);
    expect(trustedOriginsFor('http://localhost:5173/')).toEqual([APP_ORIGIN, 'http://localhost:5173']);
    expect(trustedOriginsFor('garbage')).toEqual([APP_ORIGIN]);
  });
});
