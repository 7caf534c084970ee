/**
 * Seed 003's complaint centre end to end (issue 21): a contractor in Settings; a notice from a case,
 * printed; not on site within four hours, flagged on the home screen; a fine proposed by the
 * representative, refused below the minimum, approved by the coordinator and printed with its copy
 * list; emergency repair, acceptance, the notice returned; a claim accepted at a lower amount, in
 * the claims archive.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { addPerson, expect, openSettings, PASSWORD, setUpDesk, signInAs, test } from './fixtures/test';
import { buildCaseInput, rpc } from './fixtures/seed';
import { choose, chooseMany, expectDialogOpened, pickFiles, typeDate } from './fixtures/antd';

const ROOT = resolve(import.meta.dirname, '../..');
/** A 1×1 PNG, standing for a photo of the wall. */
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

// Saturday 21 November 2026, 13:26 in Beijing: four wall-clock hours run into the evening, not to Monday.
test.use({ deskHost: { timeZone: 'Asia/Shanghai', now: '2026-11-21T13:26' } });

/** The text of a form as the core prints it (the same PDF the preview shows), spaces dropped. */
async function printedText(page: Page, desk: Parameters<typeof rpc>[1], target: Record<string, unknown>, name: string): Promise<{ text: string; pages: number }> {
  const pdf = (await rpc(page.request, desk, 'print.pdf', target as never)) as { pdfBase64: string };
  const path = join(ROOT, 'test-results', `${name}.pdf`);
  writeFileSync(path, Buffer.from(pdf.pdfBase64, 'base64'));
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  expect(/^Page size:.*$/m.exec(info)?.[0]).toMatch(/\(A4\)/);
  return {
    text: execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''),
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
  };
}

async function save(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
}

test('a notice to a contractor, missed, fined, repaired by the emergency team, returned; a claim accepted at a lower amount', async ({ page, desk }) => {
  await page.clock.install({ time: new Date('2026-11-21T13:26:00+08:00') });
  await setUpDesk(page, desk, { person: '王芳' });
  await addPerson(page, desk, { name: '钱代表', role: 'representative' });
  await addPerson(page, desk, { name: '赵协调', role: 'emergency_coordinator' });

  // 设置 → 施工单位: the contractor, with whom to call.
  await openSettings(page, '施工单位');
  await page.getByRole('button', { name: '添加施工单位' }).click();
  let dialog = page.getByRole('dialog', { name: '添加施工单位' });
  await dialog.getByLabel('单位名称').fill('宏达建筑工程有限公司');
  await dialog.getByLabel('联系人').fill('刘经理');
  await dialog.getByLabel('电话').fill('139 0000 1234');
  await dialog.getByLabel('合同编号').fill('HT-2024-017');
  await save(dialog);
  await expect(page.getByRole('table', { name: '施工单位列表' })).toContainText('宏达建筑工程有限公司');

  const kase = (await rpc(page.request, desk, 'cases.register', buildCaseInput({ nature: 'valid', complainantName: '李女士', content: '卧室外墙渗水，墙面发霉。', receivedAt: Date.parse('2026-11-21T13:00:00+08:00') }))) as {
    id: string;
    number: string;
  };

  // The representative issues the notice from the case.
  await signInAs(page, '钱代表');
  await page.goto(`${desk.url}#/cases/${kase.id}`);
  const panel = page.getByRole('region', { name: '工程整改与索赔' });
  await panel.getByRole('button', { name: '下发整改通知' }).click();
  dialog = page.getByRole('dialog', { name: '下发整改通知' });
  await choose(dialog.getByLabel('施工单位'), '宏达建筑工程有限公司');
  await expect(dialog.getByLabel('存在问题')).toHaveValue('卧室外墙渗水，墙面发霉。');
  await dialog.getByLabel('整改要求').fill('查明渗漏点，修复外墙防水，完工后淋水试验。');
  await typeDate(dialog.getByLabel('要求完成时间'), '2026-11-24T18:00');
  await expect(dialog.getByLabel('要求到场时间')).toHaveAccessibleDescription(/留空则为下发后 4 小时/);
  await save(dialog);
  const notice = panel.getByRole('region', { name: '整改通知单 ZG-A-202611-0001' });
  await expect(notice).toContainText('已下发');
  await expect(notice).toContainText('2026/11/21 17:26');

  // A photo of the problem goes with the notice.
  await notice.getByRole('button', { name: '添加照片' }).click();
  dialog = page.getByRole('dialog', { name: '整改通知单 ZG-A-202611-0001 的问题照片' });
  await pickFiles(dialog.getByLabel('选择文件'), { name: '外墙渗水.png', mimeType: 'image/png', buffer: PHOTO });
  await dialog.getByRole('button', { name: '添加' }).click();
  await expect(dialog).toBeHidden();
  await expect(notice.getByRole('list', { name: '整改通知单 ZG-A-202611-0001 的照片' })).toContainText('外墙渗水.png');
  await expect(notice.getByRole('img', { name: '外墙渗水.png 的缩略图' })).toBeVisible();

  // Printed with every field filled; its barcode is the notice's number.
  const printedNotice = await printedText(page, desk, { kind: 'rectification-notice', caseId: kase.id }, 'notice');
  expect(printedNotice.pages).toBe(1);
  for (const value of ['工程整改通知单', 'ZG-A-202611-0001', kase.number, '宏达建筑工程有限公司', '刘经理1390000', '钱代表', '2026年11月21日17:26', '2026年11月24日18:00', '卧室外墙渗水', '淋水试验', '不少于5000元']) {
    expect(printedNotice.text).toContain(value);
  }

  // 18:00: nobody from the contractor came. The desk, restarted, flags it.
  await desk.restart(undefined, '2026-11-21T18:00');
  await page.clock.setSystemTime(new Date('2026-11-21T18:00:00+08:00'));
  await page.reload();
  await page.getByRole('textbox', { name: '密码', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('link', { name: '工作台' }).click();
  const queues = page.getByRole('list', { name: '工作队列' });
  await expect(queues.getByRole('link', { name: '整改超时：1 件' })).toBeVisible();
  await queues.getByRole('link', { name: '整改超时：1 件' }).click();
  await page.getByRole('row', { name: new RegExp(kase.number) }).click();
  await expect(notice).toContainText('未按时到场');

  // A fine: below the minimum is refused, beside the amount; 5000 is proposed.
  await notice.getByRole('button', { name: '开罚款单' }).click();
  dialog = page.getByRole('dialog', { name: /开罚款单/ });
  await chooseMany(dialog.getByLabel('罚款事由（可多选）'), ['接到通知后无故四小时未到现场、未拿出整改方案']);
  await dialog.getByLabel('金额（元）').fill('3000');
  await dialog.getByLabel('原因').fill('接到整改通知四个半小时仍未到场。');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByLabel('金额（元）')).toHaveAccessibleDescription(/罚款金额低于设置的最低金额/);
  await dialog.getByLabel('金额（元）').fill('5000');
  await save(dialog);
  const fines = notice.getByRole('list', { name: '罚款单 ZG-A-202611-0001' });
  await expect(fines).toContainText('5000 元');
  await expect(fines).toContainText('待审批');
  // Approving is the coordinator's: the representative is not offered it.
  await expect(fines.getByRole('button', { name: '审批' })).toHaveCount(0);

  // The coordinator approves it, and starts the emergency repair.
  await signInAs(page, '赵协调');
  await page.goto(`${desk.url}#/cases/${kase.id}`);
  await fines.getByRole('button', { name: '审批' }).click();
  dialog = page.getByRole('dialog', { name: '审批罚款单' });
  await expectDialogOpened(dialog);
  await save(dialog);
  await expect(fines).toContainText('已审批');
  const fineSlip = await printedText(page, desk, { kind: 'fine-slip', caseId: kase.id }, 'fine-slip');
  for (const value of ['罚款单', '宏达建筑工程有限公司', 'ZG-A-202611-0001', '接到通知后无故四小时未到现场', '5000元', '钱代表', '赵协调', '成本控制部、经济处、财务部、合约部']) {
    expect(fineSlip.text).toContain(value);
  }
  await notice.getByRole('button', { name: '启动应急维修' }).click();
  dialog = page.getByRole('dialog', { name: /启动应急维修/ });
  await dialog.getByLabel('应急维修队').fill('公司应急维修队');
  await dialog.getByLabel('应急维修费用（元）').fill('4200');
  await save(dialog);
  await expect(notice).toContainText('已完成整改');
  await expect(notice).toContainText('应急维修：公司应急维修队，费用 4200 元');
  await notice.getByRole('button', { name: '验收合格' }).click();
  await save(page.getByRole('dialog', { name: /验收合格/ }));
  await notice.getByRole('button', { name: '回单' }).click();
  dialog = page.getByRole('dialog', { name: /回单/ });
  await dialog.getByLabel('施工单位回复意见').fill('同意由应急队修复，费用从结算中扣除。');
  await save(dialog);
  await expect(notice).toContainText('已回单');
  await expect(notice).not.toContainText('未按时到场');

  // The owner claims 12000; 8000 is accepted.
  await panel.getByRole('button', { name: '登记索赔' }).click();
  dialog = page.getByRole('dialog', { name: '登记索赔' });
  await expect(dialog.getByLabel('索赔人')).toHaveValue('李女士');
  await dialog.getByLabel('索赔内容').fill('墙纸、衣柜受潮损坏');
  await dialog.getByLabel('索赔金额（元）').fill('12000');
  await choose(dialog.getByLabel('责任施工单位'), '宏达建筑工程有限公司');
  await save(dialog);
  const claims = panel.getByRole('table', { name: '这件投诉的索赔' });
  await claims.getByRole('button', { name: '核定金额' }).click();
  dialog = page.getByRole('dialog', { name: '核定索赔金额' });
  await dialog.getByLabel('金额（元）').fill('8000');
  await save(dialog);
  await expect(claims).toContainText('已核定');

  // The claims archive has it, with its totals.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '索赔档案' }).click();
  const archive = page.getByRole('table', { name: '索赔列表' });
  await expect(archive.getByRole('row', { name: new RegExp(kase.number) })).toContainText('8000');
  await page.getByRole('tab', { name: '按施工单位' }).click();
  await expect(page.getByRole('tabpanel', { name: '按施工单位' })).toContainText('宏达建筑工程有限公司');

  // The month's contractor report: on the statistics screen, and printed.
  await signInAs(page, '王芳');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '统计' }).click();
  const report = page.getByRole('region', { name: '施工单位与索赔' });
  const row = report.getByRole('row', { name: /宏达建筑工程有限公司/ });
  // One notice, on site late and finished late (the emergency team did it), 4200 of emergency repair, one fine of 5000, one claim accepted at 8000.
  await expect(row).toContainText('1（4200）');
  await expect(row).toContainText('1（5000）');
  await expect(row).toContainText('1（8000）');
  await expect(report).toContainText('本期索赔 1 件，索赔金额 12000 元，核定金额 8000 元。');
  const pdf = (await rpc(page.request, desk, 'print.contractorReportPdf', {
    from: Date.parse('2026-11-01T00:00:00+08:00'),
    to: Date.parse('2026-11-30T23:59:59+08:00'),
  })) as { pdfBase64: string };
  const path = join(ROOT, 'test-results', 'contractor-report.pdf');
  writeFileSync(path, Buffer.from(pdf.pdfBase64, 'base64'));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const value of ['施工单位月度报告', '宏达建筑工程有限公司', '1次4200元', '1笔5000元', '1件8000元', '本期索赔:1件,索赔金额12000元,核定金额8000元']) expect(text).toContain(value);
});
