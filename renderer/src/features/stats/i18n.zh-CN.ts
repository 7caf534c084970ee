/** Strings of the stats feature (Simplified Chinese); i18n.en.ts has the same keys. */
export const statsZh = {
  title: '统计',
};
