import type { callbacksZh } from './i18n.zh-CN';

export const callbacksEn: typeof callbacksZh = {
  title: 'Callbacks',
};
