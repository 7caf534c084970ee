import type { printingZh } from './i18n.zh-CN';

export const printingEn: typeof printingZh = {
  title: 'Print',
};
