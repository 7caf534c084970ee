import { useEffect, useState, type ReactNode } from 'react';
import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/en';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { currentLanguage, type Language } from '../i18n/i18n';
import { FONT_STACK, THEME } from './theme';

// The page's own text (headings, lists, tables drawn without antd) in the same faces as antd's controls.
document.documentElement.style.setProperty('--font', FONT_STACK);

const ANTD_LOCALES = { 'zh-CN': zhCN, en: enUS } as const;
const DAYJS_LOCALES = { 'zh-CN': 'zh-cn', en: 'en' } as const;

function useLanguage(): Language {
  const [language, setLanguage] = useState(currentLanguage);
  useEffect(() => {
    const onChange = () => setLanguage(currentLanguage());
    i18next.on('languageChanged', onChange);
    return () => i18next.off('languageChanged', onChange);
  }, []);
  return language;
}

/** Ant Design in the person's language: pickers, pagers and empty states in Chinese or English, with dayjs following. */
export function AntdProvider({ children }: { children: ReactNode }) {
  const language = useLanguage();
  dayjs.locale(DAYJS_LOCALES[language]);
  // No space put between two Chinese characters on a button (锁 屏): buttons read as the office writes them.
  return (
    <ConfigProvider locale={ANTD_LOCALES[language]} theme={THEME} componentSize="middle" button={{ autoInsertSpace: false }}>
      <AntdApp component={false}>{children}</AntdApp>
    </ConfigProvider>
  );
}
