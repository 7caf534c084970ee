/** Strings of the settings feature (Simplified Chinese); i18n.en.ts has the same keys. */
export const settingsZh = {
  title: '设置',
};
