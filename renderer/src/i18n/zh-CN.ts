/**
 * Simplified Chinese, the default language. Every string a person sees is
 * here; `en.ts` must have exactly the same keys (a unit test checks).
 * Plural suffixes are avoided on purpose: Chinese has one form, and keeping
 * one key per string keeps both catalogues the same shape.
 */
import { homeZh } from '../features/home/i18n.zh-CN';
import { callbacksZh } from '../features/callbacks/i18n.zh-CN';
import { groupsZh } from '../features/groups/i18n.zh-CN';
import { syncZh } from '../features/sync/i18n.zh-CN';
import { statsZh } from '../features/stats/i18n.zh-CN';
import { settingsZh } from '../features/settings/i18n.zh-CN';
import { lifecycleZh } from '../features/lifecycle/i18n.zh-CN';
import { printingZh } from '../features/printing/i18n.zh-CN';
import { wordsZhCN } from '../../../shared/vocabulary/words.zh-CN';
import type { Words } from '../../../shared/vocabulary/words';

/** Widened to plain strings, so the two languages' catalogues have one type. */
const words: Words = wordsZhCN;

/** Each feature keeps its own strings beside its code (features/<name>/i18n.*.ts), merged here. */
export const zhCN = {
  home: homeZh,
  callbacks: callbacksZh,
  groups: groupsZh,
  sync: syncZh,
  stats: statsZh,
  settings: settingsZh,
  lifecycle: lifecycleZh,
  printing: printingZh,

  tasks: {
    phase: {
      starting: '正在准备…',
      checking: '正在检查文件',
      backup: '正在备份数据库…',
      applying: '正在导入记录',
      writing: '正在写入文件',
      verifying: '正在核对写好的文件…',
      reading: '正在读取数据',
      building: '正在生成文件…',
    },
    figures: '{{percent}}%（{{done}} / {{total}}）',
  },

  app: {
    title: '投诉处理台',
    loading: '正在加载…',
    loadFailed: '无法读取数据。',
    retry: '重试',
    notFound: '找不到这个页面。',
  },
  nav: {
    label: '主导航',
    cases: '案件列表',
    intake: '登记投诉',
    home: '工作台',
    callbacks: '回访',
    groups: '群诉',
    sync: '同步',
    stats: '统计',
    settings: '设置',
  },
  topBar: {
    organisation: '单位',
    desk: '服务台 {{code}}',
    atDesk: '值班人员',
    addPerson: '添加人员',
    language: '语言',
  },
  language: {
    'zh-CN': '中文',
    en: 'English',
  },
  common: {
    save: '保存',
    saving: '正在保存…',
    cancel: '取消',
    close: '关闭',
    choose: '请选择…',
    all: '全部',
    required: '必填',
    empty: '—',
  },
  setup: {
    title: '首次使用设置',
    intro: '请填写单位名称、本服务台代码和第一位值班人员的姓名。其他人员以后可以随时添加。',
    orgName: '单位名称',
    deskCode: '服务台代码',
    deskCodeHint: '1–4 位大写字母或数字，例如 A。每个投诉编号都以它开头。',
    firstUserName: '您的姓名',
    submit: '开始使用',
  },
  session: {
    pickTitle: '请选择您的姓名',
    pickIntro: '开始工作前，请先选择现在在服务台值班的人。登记和修改都会记在此人名下。',
    pickList: '人员名单',
    notListed: '名单里没有您?',
    addTitle: '添加人员',
    addHint: '添加后将由此人值班。',
    name: '姓名',
    add: '添加',
  },
  // The vocabulary's words (shared/vocabulary): fields and codes read the same on screen, on paper and in exports.
  fields: words.fields,
  ...words.codes,
  boolean: words.boolean,
  errors: {
    required: '此项必填',
    tooLong: '超出字数上限，请删减（不会自动截断）',
    deskCode: '服务台代码须为 1–4 位大写字母或数字',
    phone: '电话号码格式不对。可填：11 位手机号；带区号的座机，如 0755-8888 6666，分机写“转 123”；400/800 号码；95xxx 等服务号码。',
    email: '邮箱格式不对，应像 name@example.com',
    badCharacters: '含有不能保存的字符（控制字符或残缺的字符），请删掉后重新输入',
    receivedAtFuture: '受理时间不能晚于现在',
    receivedAtOld: '受理时间早于设置的确认天数，请核对后勾选“确认受理时间无误”',
    receivedAtTooEarly: '受理时间早于 2000 年，请检查年份',
    unchanged: '新值与原值相同，没有需要修改的内容',
    notCorrectable: '这一项不能在这里修改',
    mergeIntoItself: '不能把案件合并到它自己',
    mergeIntoSetAside: '目标案件已作废或已合并，请选择原始案件',
    invalid: '格式不正确',
    month: '月份格式应为 2026-11',
    time: '时间格式应为 09:00',
    date: '日期格式不正确',
    fileTooLarge: '文件太大',
    unknownCategory: '没有这个类别，或已停用',
    unknownDepartment: '没有这个部门，或已停用',
    unknownPerson: '没有这个人员',
    homeVisitRequired: '重大投诉须上门回访',
    printTarget: '请选择要打印的案件，或打印空白表格',
  },
  errorCodes: {
    VALIDATION: '填写的内容有误，请按提示修改。',
    UNKNOWN_CHANNEL: '程序内部错误：未知的请求。',
    FORBIDDEN_SENDER: '请求被拒绝。',
    NOT_FOUND: '找不到这条记录。',
    SETUP_REQUIRED: '请先完成首次使用设置。',
    SETUP_DONE: '本服务台已经设置过了。',
    NO_USER: '请先选择值班人员。',
    DUPLICATE_NAME: '已有同名人员。',
    INVALID_TRANSITION: '案件当前状态下不能进行这一步。',
    FILE_TOO_LARGE: '文件太大。',
    FILE_UNREADABLE: '无法读取这个文件。',
    FILE_MISSING: '找不到这个文件。',
    UNSUPPORTED: '这里不支持此功能。',
    NOT_A_BUNDLE: '这不是投诉处理台的同步文件。',
    NEWER_FORMAT: '这个文件来自更新版本的投诉处理台，请先升级本机程序。',
    PASSPHRASE_REQUIRED: '这个文件已加密，请输入口令。',
    WRONG_PASSPHRASE: '口令不正确。',
    CORRUPT: '文件已损坏，无法读取。',
    TRUNCATED: '文件不完整，可能没有复制完。',
    OTHER_ORGANISATION: '这个文件来自其他单位，不能导入。',
    DESK_CODE_CLASH: '另一个服务台也在使用这个服务台代码。',
    FORGED_CHANGE: '文件里有来历不明的修改，已拒绝导入。',
    NOT_SUPERVISOR: '只有经理可以决定以哪一方的修改为准。',
    BUSY: '另一项工作（如同步导入）正在写入数据，本次未保存，请稍后再试。',
    FOLDER_UNAVAILABLE: '无法访问这个文件夹。',
    INTERNAL: '出错了，什么也没有保存。请重试。',
  },
  intake: {
    title: '登记投诉',
    shortcuts: '快捷键：Ctrl+S 保存，Esc 取消。',
    fixFields: '有 {{n}} 项需要修改，请查看标出的项目。',
    saved: '已登记，投诉编号 {{number}}',
    savedHint: '请把投诉编号告诉投诉人，以便查询。',
    openCase: '查看案件',
    registerAnother: '继续登记',
    discardTitle: '放弃填写?',
    discardBody: '填写的内容还没有保存，离开后将会丢失。',
    discard: '放弃并离开',
    keepEditing: '继续填写',
  },
  cases: {
    title: '案件列表',
    filters: '筛选',
    search: '搜索',
    searchPlaceholder: '内容、姓名、电话、房号或编号',
    receivedFrom: '受理日期从',
    receivedTo: '受理日期至',
    clearFilters: '清除筛选',
    total: '共 {{n}} 件',
    page: '第 {{page}} / {{pages}} 页',
    paging: '翻页',
    previous: '上一页',
    next: '下一页',
    tableLabel: '投诉案件',
    empty: '还没有登记任何投诉。',
    noMatch: '没有符合条件的案件。',
    loading: '正在加载…',
  },
  detail: {
    back: '返回列表',
    heading: '投诉 {{number}}',
    fields: '案件信息',
    history: '变更记录',
    handling: '处理情况',
    historyEmpty: '没有变更记录。',
    loading: '正在加载…',
  },
  history: {
    at: '时间',
    user: '人员',
    desk: '服务台',
    field: '字段',
    value: '值',
  },
};

/** The shape both catalogues share. */
export type Catalogue = typeof zhCN;
