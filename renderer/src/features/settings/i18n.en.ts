import type { settingsZh } from './i18n.zh-CN';

export const settingsEn: typeof settingsZh = {
  title: 'Settings',
};
