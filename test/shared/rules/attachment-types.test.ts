import { describe, expect, it } from 'vitest';
import { effectiveExtension, isAllowedAttachment } from '../../../shared/rules/attachment-types';

describe('the files an attachment may be', () => {
  it.each(['漏水照片.JPG', 'IMG_2031.heic', '录音 2026-11-23.m4a', 'amr录音.amr', '监控.mp4', '合同扫描.pdf', '整改报告.docx', '清单.xlsx', '说明.txt', '方案.wps'])(
    'takes %s',
    (name) => expect(isAllowedAttachment(name)).toBe(true),
  );

  it.each([
    ['a program', '发票.exe'],
    ['a batch file', 'run.bat'],
    ['a command file', 'x.cmd'],
    ['an HTML application', 'invoice.hta'],
    ['a script', 'photo.js'],
    ['a VB script', 'photo.vbs'],
    ['a shortcut', '照片.lnk'],
    ['a screen saver', 'x.scr'],
    ['an installer', 'setup.msi'],
    ['an internet shortcut', 'link.url'],
    ['a program behind a trailing dot', '照片.exe.'],
    ['a program behind trailing spaces and dots', '照片.exe . .'],
    ['a program disguised by a right-to-left override', '照片\u202egpj.exe'],
    ['a name without an extension', 'README'],
    ['an unknown type', 'data.xyz'],
    ['a name that is only an extension', '.pdf'],
  ])('refuses %s (%s)', (_what, name) => expect(isAllowedAttachment(name)).toBe(false));

  it('reads the extension Windows would act on', () => {
    expect(effectiveExtension('a.PDF')).toBe('pdf');
    expect(effectiveExtension('a.tar.gz')).toBe('gz');
    expect(effectiveExtension('a.exe. ')).toBe('exe');
    expect(effectiveExtension('a\u200b.pdf')).toBeNull();
  });
});
