import 'i18next';
import type { Catalogue } from './zh-CN';

/** Makes `t()` check keys against the catalogue at compile time. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}
