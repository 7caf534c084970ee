import type { lifecycleZh } from './i18n.zh-CN';

export const lifecycleEn: typeof lifecycleZh = {
  title: 'Handling',
};
