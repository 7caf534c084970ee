import type { statsZh } from './i18n.zh-CN';

export const statsEn: typeof statsZh = {
  title: 'Statistics',
};
