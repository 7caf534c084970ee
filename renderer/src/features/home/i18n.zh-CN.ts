/** Strings of the home feature (Simplified Chinese); i18n.en.ts has the same keys. */
export const homeZh = {
  title: '工作台',
};
