import type { homeZh } from './i18n.zh-CN';

export const homeEn: typeof homeZh = {
  title: 'Home',
};
