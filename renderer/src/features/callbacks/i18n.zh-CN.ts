/** Strings of the callbacks feature (Simplified Chinese); i18n.en.ts has the same keys. */
export const callbacksZh = {
  title: '回访',
};
