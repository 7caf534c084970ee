import { describe, expect, it } from 'vitest';
import {
  base64ToBytes,
  batchForm,
  blankForm,
  caseForm,
  isSearchShortcut,
  looksLikeCaseNumber,
  normaliseCaseNumber,
} from '../../renderer/src/features/printing/print-request';
import { printRequestSchema } from '../../shared/schemas/printing';

const key = (overrides: Partial<{ key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }>) => ({
  key: 'k',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...overrides,
});

describe('print targets', () => {
  it('are what the print contract accepts: one case, blank, or a batch', () => {
    expect(printRequestSchema.safeParse(caseForm('handling', '0b6f7c52-3d0e-4b1a-9c55-6a5f0f4f1e21')).success).toBe(true);
    expect(printRequestSchema.safeParse(blankForm('callback')).success).toBe(true);
    expect(printRequestSchema.safeParse(batchForm('handling', ['0b6f7c52-3d0e-4b1a-9c55-6a5f0f4f1e21'])).success).toBe(true);
  });

  it('turn the base64 PDF back into its bytes', () => {
    const bytes = base64ToBytes(Buffer.from('%PDF-1.7 二').toString('base64'));
    expect(Buffer.from(bytes).toString()).toBe('%PDF-1.7 二');
  });
});

describe('the scan box', () => {
  it('knows a complaint number however it was typed or scanned', () => {
    expect(looksLikeCaseNumber('A-202611-0007')).toBe(true);
    expect(looksLikeCaseNumber(' b2-202611-12345 ')).toBe(true);
    expect(looksLikeCaseNumber('Ａ－２０２６１１－０００７')).toBe(true);
    expect(normaliseCaseNumber('ａ-202611-0007')).toBe('A-202611-0007');
  });

  it('sends anything else to the case list search', () => {
    expect(looksLikeCaseNumber('漏水')).toBe(false);
    expect(looksLikeCaseNumber('13800138000')).toBe(false);
    expect(looksLikeCaseNumber('A-2026-0007')).toBe(false);
    expect(looksLikeCaseNumber('ABCDE-202611-0007')).toBe(false);
  });

  it('is reached with Ctrl+K or F3', () => {
    expect(isSearchShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key({ key: 'K', metaKey: true }))).toBe(true);
    expect(isSearchShortcut(key({ key: 'F3' }))).toBe(true);
    expect(isSearchShortcut(key({}))).toBe(false);
    expect(isSearchShortcut(key({ ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isSearchShortcut(key({ key: 'F3', ctrlKey: true }))).toBe(false);
  });
});
