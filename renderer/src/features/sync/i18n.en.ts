import type { syncZh } from './i18n.zh-CN';

export const syncEn: typeof syncZh = {
  title: 'Sync',
};
