import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../electron/main/app-origin';
import { contentTypeFor, createAppRequestHandler, resolveAppPath } from '../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';

// One folder for the whole file (the factories' tempDir is removed after every test).
const TEMP = mkdtempSync(join(tmpdir(), 'complaint-desk-protocol-'));
const ROOT = join(TEMP, 'out', 'renderer');
afterAll(() => rmSync(TEMP, { recursive: true, force: true }));

function insideRoot(file: string): boolean {
  const fromRoot = relative(ROOT, file);
  return fromRoot !== '' && !fromRoot.startsWith('..') && !isAbsolute(fromRoot);
}

describe('resolveAppPath', () => {
  it('maps our URLs to files under the renderer folder', () => {
    expect(resolveAppPath(ROOT, APP_ENTRY_URL)).toBe(join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, `${APP_ORIGIN}/`)).toBe(join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, APP_ORIGIN)).toBe(join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, `${APP_ORIGIN}/assets/index-abc.js?v=1#x`)).toBe(join(ROOT, 'assets', 'index-abc.js'));
    expect(resolveAppPath(ROOT, `${APP_ORIGIN}/assets/%E5%AD%97%E4%BD%93.woff2`)).toBe(join(ROOT, 'assets', '字体.woff2'));
    expect(resolveAppPath(ROOT, 'app://COMPLAINT-DESK/index.html')).toBe(join(ROOT, 'index.html'));
  });

  it.each([
    ['encoded slash', `${APP_ORIGIN}/..%2f..%2f..%2fetc%2fpasswd`],
    ['encoded slash, upper case', `${APP_ORIGIN}/..%2F..%2Fsecret`],
    ['encoded slash after a folder', `${APP_ORIGIN}/assets/..%2f..%2f..%2fsecret`],
    ['encoded backslash', `${APP_ORIGIN}/..%5c..%5c..%5cWindows%5cwin.ini`],
    ['encoded backslash, upper case', `${APP_ORIGIN}/assets%5C..%5C..%5Csecret`],
    ['encoded leading slash (absolute path)', `${APP_ORIGIN}/%2fetc%2fpasswd`],
    ['windows drive letter', `${APP_ORIGIN}/C:/Windows/win.ini`],
    ['encoded drive letter', `${APP_ORIGIN}/C%3A%5CWindows%5Cwin.ini`],
    ['UNC path', `${APP_ORIGIN}/%5c%5cserver%5cshare%5cfile`],
    ['NUL byte', `${APP_ORIGIN}/index.html%00.png`],
    ['malformed escape', `${APP_ORIGIN}/%E0%A4%A`],
    ['alternate data stream', `${APP_ORIGIN}/index.html::$DATA`],
    ['another host', 'app://evil.example/index.html'],
    ['our host as user info', 'app://complaint-desk@evil.example/index.html'],
    ['another port', 'app://complaint-desk:8080/index.html'],
    ['no host', 'app:///etc/passwd'],
    ['file scheme', 'file:///etc/passwd'],
    ['http scheme', 'http://complaint-desk/index.html'],
    ['not a URL', 'complaint-desk/index.html'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });

  it.each([
    // The URL parser folds these away before we see them; what is left must still be inside the root.
    ['plain dot segments', `${APP_ORIGIN}/../../../etc/passwd`],
    ['encoded dot segments', `${APP_ORIGIN}/%2e%2e/%2E%2E/etc/passwd`],
    ['dot segments inside a folder', `${APP_ORIGIN}/assets/../../../../secret`],
    ['double slash', `${APP_ORIGIN}//etc/passwd`],
    ['double encoding', `${APP_ORIGIN}/%252e%252e%252fsecret`],
  ])('keeps %s inside the renderer folder', (_name, url) => {
    const file = resolveAppPath(ROOT, url);
    if (file !== null) expect(insideRoot(file)).toBe(true);
  });
});

describe('contentTypeFor', () => {
  it('knows what the renderer build emits', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});

describe('the app scheme handler', () => {
  mkdirSync(join(ROOT, 'assets'), { recursive: true });
  writeFileSync(join(ROOT, 'index.html'), '<!doctype html><title>投诉处理台</title>');
  writeFileSync(join(ROOT, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(ROOT, '..', 'secret.txt'), 'outside');
  const handle = createAppRequestHandler({ rootDir: ROOT });

  it('serves files with their type and the CSP', async () => {
    const response = await handle(new Request(APP_ENTRY_URL));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('投诉处理台');

    const script = await handle(new Request(`${APP_ORIGIN}/assets/app.js`));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('answers a missing file with 404 and a traversal with 403, both with the CSP', async () => {
    const missing = await handle(new Request(`${APP_ORIGIN}/nope.js`));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);

    const folder = await handle(new Request(`${APP_ORIGIN}/assets`));
    expect(folder.status).toBe(404);

    const escape = await handle(new Request(`${APP_ORIGIN}/..%2fsecret.txt`));
    expect(escape.status).toBe(403);
    expect(escape.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await escape.text()).not.toContain('outside');
  });

  it('serves reads only', async () => {
    const post = await handle(new Request(APP_ENTRY_URL, { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
    const head = await handle(new Request(APP_ENTRY_URL, { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
