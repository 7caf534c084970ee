/** Test data: a real core on a fresh temp folder, and case inputs built from overrides. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { CaseInput } from '../../shared/contract';
import { completeSetup } from '../../electron/core/desk/setup';
import { openCore, type Core } from '../../electron/core/open-core';

const cleanups: (() => void)[] = [];

afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

export function tempDir(prefix = 'complaint-desk-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A settable clock, so tests can move between months and days. */
export function fakeClock(start = Date.UTC(2026, 10, 23, 2, 0, 0)) {
  let current = start;
  return {
    now: () => current,
    set: (at: number) => {
      current = at;
    },
    advance: (ms: number) => {
      current += ms;
    },
  };
}

export interface TestCoreOptions {
  dataDir?: string;
  now?: () => number;
  deskCode?: string;
  setup?: boolean;
}

/** A real core on a temp folder, set up with one person at the desk unless told otherwise. */
export function openTestCore(options: TestCoreOptions = {}): Core {
  const core = openCore({ dataDir: options.dataDir ?? tempDir(), now: options.now });
  cleanups.unshift(() => core.db.open && core.close());
  if (options.setup !== false) {
    completeSetup(core, { orgName: '测试物业服务中心', deskCode: options.deskCode ?? 'A', firstUserName: '王前台' });
  }
  return core;
}

export function buildCaseInput(overrides: Partial<CaseInput> = {}): CaseInput {
  return {
    channel: 'phone',
    complainantName: '李女士',
    phone: '138 0013 8000',
    email: '',
    buildingRoom: '3栋2单元1502',
    site: '阳光海岸',
    receivedAt: Date.UTC(2026, 10, 23, 1, 30, 0),
    content: '卫生间天花板漏水,已经持续三天,请尽快派人维修。',
    category: 'property_management',
    nature: 'unjudged',
    // Tests register complaints of any date; the check itself is tested in cases/validation.test.ts.
    confirmOldReceivedAt: true,
    ...overrides,
  };
}
