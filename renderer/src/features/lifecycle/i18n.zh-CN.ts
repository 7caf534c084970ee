/** Strings of the lifecycle feature (Simplified Chinese); i18n.en.ts has the same keys. */
export const lifecycleZh = {
  title: '处理',
};
