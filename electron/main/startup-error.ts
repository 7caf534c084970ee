/**
 * What to tell the person when the app cannot start. This runs before any
 * window (and so before the i18n catalogue) exists, so the text carries
 * both Chinese and English.
 */
import { DatabaseTooNewError } from '../core/db/migrate';

export interface ErrorBoxText {
  title: string;
  content: string;
}

export function startupErrorText(error: unknown, dataDir: string): ErrorBoxText {
  const folder = `数据文件夹 / Data folder:\n${dataDir}`;
  if (error instanceof DatabaseTooNewError) {
    return {
      title: '数据来自更新的版本 / Data from a newer version',
      content: [
        `此数据文件由更新版本的投诉处理台写入（数据版本 ${error.fileVersion}，本程序最高支持 ${error.appVersion}）。` +
          '请安装最新版本后再打开。文件未做任何改动。',
        `This data file was written by a newer version of Complaint Desk (data version ${error.fileVersion}; ` +
          `this copy supports up to ${error.appVersion}). Install the newer version to open it. The file has not been changed.`,
        folder,
      ].join('\n\n'),
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    title: '投诉处理台无法启动 / Complaint Desk could not start',
    content: [
      '打开数据时出错，程序将退出。',
      'Opening the data failed, so the app will close.',
      folder,
      detail,
    ].join('\n\n'),
  };
}
