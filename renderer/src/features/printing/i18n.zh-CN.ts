/** Strings of the printing feature (Simplified Chinese); i18n.en.ts has the same keys. */
export const printingZh = {
  title: '打印',
};
