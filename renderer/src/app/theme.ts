/**
 * The look of every Ant Design control: antd's own blue, compact office
 * density, and a font stack that covers what residents' names and complaint
 * texts contain, rare characters (CJK Extension B: 𠮷) and emoji included, on
 * Windows (the office PCs) and on Linux (the test machine). System fonts only:
 * the app is offline and its CSP allows fonts from itself alone.
 */
import type { ThemeConfig } from 'antd';

export const FONT_STACK = [
  '"Microsoft YaHei"',
  '"PingFang SC"',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  '"Source Han Sans SC"',
  // Extension B and beyond: Windows' ExtB faces, then the fuller Linux faces.
  '"SimSun-ExtB"',
  '"MingLiU-ExtB"',
  '"Noto Serif CJK SC"',
  '"HanaMinB"',
  '"Segoe UI"',
  'sans-serif',
  '"Segoe UI Emoji"',
  '"Noto Color Emoji"',
  '"Apple Color Emoji"',
].join(', ');

export const THEME: ThemeConfig = {
  token: {
    fontFamily: FONT_STACK,
    fontSize: 14,
    borderRadius: 4,
  },
  components: {
    Layout: { headerHeight: 48, headerPadding: '0 16px', headerBg: '#001529', siderBg: '#ffffff' },
    Table: { cellPaddingBlockSM: 6, cellPaddingInlineSM: 8 },
    Menu: { itemHeight: 38 },
  },
};
