/** Strings of the upgrade screen (Simplified Chinese); i18n.en.ts has the same keys. */
export const upgradeZh = {
  title: '正在升级案卷',
  intro: '新版本的程序要先把案卷升级到新的数据结构，完成后就可以登录使用。案卷较大时需要几分钟。',
  phases: {
    reading: '读取案卷',
    checking: '检查案卷',
    backup: '备份',
    migrate: '升级数据结构：第 {{step}} 步，共 {{steps}} 步（第 {{version}} 版）',
    compact: '整理文件',
  },
  keepOpen: '请不要关闭程序。升级前已先备份了案卷，即使中途断电，也不会丢失数据。',
  keepOpenBeforeBackup: '请不要关闭程序。升级前会先备份案卷，即使中途断电，也不会丢失数据。',
  finished: '升级完成。',
  failedTitle: '案卷升级没有完成',
  failedKept: '案卷保持在升级前完整的第 {{version}} 版，没有丢失任何数据；下次打开程序时会重新升级。',
  failedBackup: '升级前的备份：{{file}}',
  failedNoBackup: '升级在备份之前就停止了，案卷没有任何改动。',
  failedError: '错误信息：{{error}}',
  failedMigration: '升级到第 {{version}} 版时出错：{{error}}',
  failedNext: '现在可以关闭程序。请把以上信息告诉维护人员。',
  /** A large book at this version, only checked before it opens. */
  checkTitle: '正在打开案卷',
  checkIntro: '案卷较大，打开之前先检查它是否完好，需要几秒钟。',
  checked: '检查完毕。',
  checkFailedTitle: '案卷没有打开',
  checkFailed: '检查案卷时出错，案卷没有任何改动。',
};
