/** Strings of the groups feature (Simplified Chinese); i18n.en.ts has the same keys. */
export const groupsZh = {
  title: '群诉',
};
