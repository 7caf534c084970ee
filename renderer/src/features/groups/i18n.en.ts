import type { groupsZh } from './i18n.zh-CN';

export const groupsEn: typeof groupsZh = {
  title: 'Group complaints',
};
