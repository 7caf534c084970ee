import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  PRINT_FILE_NAME,
  PRINT_PARTITION,
  PRINT_TEMP_DIR_NAME,
  fontsDirFor,
  isAllowedPrintRequest,
  printJobPaths,
  printWindowOptions,
  resourcesDirFor,
  safePdfFileName,
  withPdfExtension,
} from '../../electron/main/print-window-rules';

const TEMP = resolve('/tmp');
const RESOURCES = resolve('/opt/complaint-desk/resources/resources');
const FONTS = fontsDirFor(RESOURCES);
const JOB = printJobPaths(TEMP, '0b6f7c52-3d0e-4b1a-9c55-6a5f0f4f1e21');
const fileUrl = (path: string) => pathToFileURL(path).href;

describe('the print window', () => {
  it('is hidden, sandboxed, isolated, without Node or a preload, in its own in-memory session', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      partition: PRINT_PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(options.webPreferences?.preload).toBeUndefined();
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('writes each job to its own folder under the temp folder', () => {
    expect(JOB.dir).toBe(join(TEMP, PRINT_TEMP_DIR_NAME, '0b6f7c52-3d0e-4b1a-9c55-6a5f0f4f1e21'));
    expect(JOB.file).toBe(join(JOB.dir, PRINT_FILE_NAME));
    expect(() => printJobPaths(TEMP, '../../etc')).toThrow(RangeError);
    expect(() => printJobPaths(TEMP, '')).toThrow(RangeError);
  });
});

describe('what the print session may load', () => {
  const allowed = [FONTS, JOB.dir];

  it('the job file and the bundled font', () => {
    expect(isAllowedPrintRequest(fileUrl(JOB.file), allowed)).toBe(true);
    expect(isAllowedPrintRequest(fileUrl(join(FONTS, 'noto-sans-sc', 'noto-sans-sc.css')), allowed)).toBe(true);
    expect(isAllowedPrintRequest(fileUrl(join(FONTS, 'noto-sans-sc', 'files', 'noto-sans-sc-4-400-normal.woff2')), allowed)).toBe(true);
    expect(isAllowedPrintRequest('data:image/svg+xml;base64,PHN2Zy8+', allowed)).toBe(true);
  });

  it('nothing else: other files, other jobs, climbing out, the network, other schemes', () => {
    const other = printJobPaths(TEMP, 'ffffffff-3d0e-4b1a-9c55-6a5f0f4f1e21');
    expect(isAllowedPrintRequest(fileUrl(other.file), allowed)).toBe(false);
    expect(isAllowedPrintRequest(fileUrl(join(RESOURCES, 'icon.png')), allowed)).toBe(false);
    expect(isAllowedPrintRequest(`${fileUrl(FONTS)}/../../secret.txt`, allowed)).toBe(false);
    expect(isAllowedPrintRequest(`${fileUrl(FONTS)}/%2e%2e/%2e%2e/secret.txt`, allowed)).toBe(false);
    expect(isAllowedPrintRequest(`${fileUrl(FONTS)}/a%2f..%2f..%2fsecret.txt`, allowed)).toBe(false);
    expect(isAllowedPrintRequest(`${fileUrl(FONTS)}-evil/x.css`, allowed)).toBe(false);
    expect(isAllowedPrintRequest('file://attacker.example/share/x.css', allowed)).toBe(false);
    expect(isAllowedPrintRequest('https://fonts.example.com/x.woff2', allowed)).toBe(false);
    expect(isAllowedPrintRequest('http://127.0.0.1:5180/print-assets/x.css', allowed)).toBe(false);
    expect(isAllowedPrintRequest('app://complaint-desk/index.html', allowed)).toBe(false);
    expect(isAllowedPrintRequest('not a url', allowed)).toBe(false);
    expect(isAllowedPrintRequest(fileUrl(JOB.file), [])).toBe(false);
  });
});

describe('where the bundled font is', () => {
  it("is the repository's resources/ in development, the copy next to app.asar when packaged", () => {
    expect(resourcesDirFor({ isPackaged: false, resourcesPath: '/ignored', appPath: '/work/desk' })).toBe(join('/work/desk', 'resources'));
    expect(resourcesDirFor({ isPackaged: true, resourcesPath: '/opt/desk/resources', appPath: '/opt/desk/resources/app.asar' })).toBe(
      join('/opt/desk/resources', 'resources'),
    );
  });
});

describe('the saved PDF', () => {
  it('is offered under the name the core suggests, safe for Windows, ending in .pdf', () => {
    expect(safePdfFileName('投诉处理记录表-A-202611-0007.pdf')).toBe('投诉处理记录表-A-202611-0007.pdf');
    expect(safePdfFileName('a/b\\c:d*e?"f"<g>|h')).toBe('a_b_c_d_e__f__g__h.pdf');
    expect(safePdfFileName('回访记录表')).toBe('回访记录表.pdf');
    expect(safePdfFileName('  ')).toBe('打印.pdf');
  });

  it('gets .pdf when the person typed a name without it', () => {
    expect(withPdfExtension('/home/desk/处理表')).toBe('/home/desk/处理表.pdf');
    expect(withPdfExtension('/home/desk/处理表.PDF')).toBe('/home/desk/处理表.PDF');
  });
});
