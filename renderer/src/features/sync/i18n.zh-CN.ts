/** Strings of the sync feature (Simplified Chinese); i18n.en.ts has the same keys. */
export const syncZh = {
  title: '同步',
};
