/**
 * Every word the office sees for the case book's fields and codes, the
 * printed forms' titles, the statistics and the notifications, in
 * Simplified Chinese (the default language). The renderer's catalogue
 * spreads these in; printing, statistics, exports and notifications read
 * them too, so a field or a code is named in one place. `words.en.ts` has
 * exactly the same keys (the type checker holds it to this shape).
 *
 * Names the office gives in Settings (its own and renamed categories) take
 * precedence over these wherever a code is shown: see `office-names.ts`.
 */
export const wordsZhCN = {
  fields: {
    number: '投诉编号',
    channel: '来源渠道',
    complainantName: '投诉人',
    phone: '联系电话',
    email: '电子邮箱',
    buildingRoom: '栋房号',
    site: '项目',
    receivedAt: '受理时间',
    content: '投诉内容',
    contentPreview: '内容摘要',
    category: '投诉类别',
    nature: '投诉性质',
    status: '状态',
    deskCode: '受理服务台',
    createdAt: '登记时间',
    createdBy: '登记人',
    createdByName: '登记人',
    updatedAt: '最后更新',
    deleted: '已删除',
    voided: '已作废',
    mergedInto: '已合并到',
    mergedIntoNumber: '已合并到',
    communicativeType: '沟通性投诉类型',
    judgedAt: '判定时间',
    judgeNote: '判定说明',
    invalidExplanation: '无效原因说明',
    departmentId: '责任部门',
    departmentName: '责任部门',
    assigneeId: '处理人',
    assigneeName: '处理人',
    dispatchedAt: '派单时间',
    responseDueAt: '响应时限',
    firstContactAt: '首次联系时间',
    respondedAt: '响应时间',
    acceptanceDueAt: '接单时限',
    responseState: '响应时限状态',
    acceptanceState: '接单时限状态',
    dueAt: '处理时限',
    pausedAt: '暂停时间',
    deadlineState: '时限状态',
    escalationLevel: '升级级别',
    escalatedTo: '升级至',
    escalatedToName: '升级至',
    referredToCompany: '已上报公司',
    referralDecision: '公司决定',
    referralInstructions: '处理指示',
    referralDecidedBy: '决定人',
    referralDecidedByName: '决定人',
    escalatedAt: '升级时间',
    verificationPending: '待验证',
    verificationResult: '验证结果',
    verificationNote: '验证意见',
    verifiedBy: '验证人',
    verifiedByName: '验证人',
    verifiedAt: '验证时间',
    teamLeaderId: '专项小组组长',
    teamLeaderName: '专项小组组长',
    referralDecidedAt: '决定时间',
    planDepartmentId: '方案责任部门',
    planDepartmentName: '方案责任部门',
    planPerson: '方案责任人',
    planDueAt: '方案完成时限',
    planMeasures: '处理措施',
    groupId: '群诉',
    repeatOf: '重复投诉于',
    repeatOfNumber: '重复投诉于',
    resolvedAt: '解决时间',
    resolutionSummary: '处理结果',
    closedAt: '关闭时间',
    closeCause: '投诉原因',
    closeLesson: '经验教训',
    closeImprovement: '改进措施',
    accountabilityLevel: '责任追究层级',
    accountabilityPerson: '责任人',
    accountabilityMeasure: '追究措施',
    reopenCount: '重新打开次数',
    callbackException: '免回访原因',
    callbackExceptionNote: '免回访说明',
    lastSatisfaction: '最近回访满意度',
  },
  codes: {
    channel: {
      phone: '来电',
      visit: '来访',
      letter: '信函',
      email: '邮件',
      online: '网上',
      hotline_12345: '12345热线',
      on_site: '现场',
      other: '其他',
    },
    category: {
      service_quality: '服务质量',
      product_quality: '产品质量',
      property_management: '物业管理',
      equipment: '设备',
      service_attitude: '服务态度',
      business_handling: '业务办理',
      facilities: '设施',
      environment_hygiene: '环境卫生',
      sudden_incident: '突发事件',
      other: '其他',
    },
    nature: {
      unjudged: '未判断',
      valid: '有效',
      invalid: '无效',
      major: '重大',
    },
    status: {
      registered: '已登记',
      awaiting_manager: '待经理判定',
      judged: '已判定',
      dispatched: '已派单',
      in_progress: '处理中',
      resolved: '已解决',
      closed: '已关闭',
    },
    /** Where a case stands in the book, beside its status: a voided or merged case leaves lists and statistics. */
    standing: {
      active: '正常',
      voided: '已作废',
      merged: '已合并',
    },
    communicativeType: {
      help_seeking: '求助型',
      consultation: '咨询型',
      venting: '发泄型',
    },
    accountabilityLevel: {
      person: '个人',
      department_process: '部门或流程',
      management: '管理层',
    },
    accountabilityMeasure: {
      criticism: '批评教育',
      performance_deduction: '绩效扣分',
      reassignment: '调岗',
      dismissal: '辞退',
    },
    callbackException: {
      unreachable: '无法联系客户',
      refused: '客户拒绝回访',
    },
    verificationResult: {
      passed: '验证通过',
      failed: '验证未通过',
    },
    fineCondition: {
      refused_notice: '拒绝接受工程整改通知单',
      not_on_site: '接到通知后无故四小时未到现场、未拿出整改方案',
      not_repaired_in_time: '规定时限内未积极修复或未合格完成整改',
      repair_failed: '整改不符合建筑质量修缮标准，业主不满意',
      not_returned: '整改完毕后未及时返回通知单、未回复意见',
    },
    noticeStatus: {
      issued: '已下发',
      signed: '已签收',
      on_site: '已到场',
      completed: '已完成整改',
      accepted: '验收合格',
      rejected: '验收不合格',
      returned: '已回单',
    },
    fineStatus: {
      proposed: '待审批',
      approved: '已审批',
      sent: '已送达',
      cancelled: '已撤销',
    },
    claimStatus: {
      open: '待处理',
      accepted: '已核定',
      rejected: '已驳回',
      paid: '已支付',
    },
    deadlineState: {
      none: '无时限',
      ok: '正常',
      due_soon: '即将到期',
      overdue: '已超时',
      paused: '已暂停',
    },
    satisfaction: {
      very_satisfied: '非常满意',
      satisfied: '满意',
      basically_satisfied: '基本满意',
      unsatisfied: '不满意',
    },
    callbackMethod: {
      phone: '电话回访',
      home_visit: '上门回访',
      email: '邮件回访',
      other: '其他方式',
    },
    attemptResult: {
      no_answer: '无人接听',
      call_again: '约定再联系',
      wrong_number: '号码错误',
      refused: '客户拒绝回访',
    },
    followupKind: {
      contact: '联系客户',
      handling: '处理措施',
      progress_told: '告知客户进度',
      internal_note: '内部备注',
      remedy: '补救 / 补偿',
      result_feedback: '结果反馈',
    },
    remedyKind: {
      replace: '更换',
      refund: '退款',
      free_service: '免费服务',
      voucher: '代金券',
      other: '其他',
    },
    permission: {
      register: '登记投诉',
      read: '查看案件',
      correct: '修改登记信息',
      void: '作废、合并与恢复',
      judge: '判定性质',
      judge_referred: '判定提交经理的案件',
      dispatch: '派单',
      handle: '处理（接单、跟进、处理完毕等）',
      record_callback: '记录回访',
      verify: '跟踪验证处理结果',
      verify_major: '验证重大投诉的处理结果',
      record_major_callback: '记录重大投诉的回访',
      waive_callback: '免回访关闭',
      escalate: '升级',
      refer_to_company: '上报公司',
      decide_referral: '批示上报公司的案件',
      rectification: '工程整改通知单',
      propose_fine: '提出罚款',
      approve_fine: '审批罚款、启动应急维修',
      claims: '索赔',
      groups: '群诉',
      sync: '同步',
      org_keys: '管理机构密钥（邀请新服务台、更换密钥）',
      resolve_conflict: '裁决同步冲突',
      change_settings: '修改设置',
      manage_people: '管理人员与权限',
      view_customer_data: '查看完整电话',
      export_customer_data: '导出客户资料',
      print: '打印表格',
      statistics: '统计',
      read_access_log: '查看访问记录',
      backup: '备份与恢复',
    },
    role: {
      receptionist: '前台接待员',
      representative: '投诉代表',
      customer_rep: '客户代表',
      assistant: '客服助理',
      manager: '客服中心经理',
      emergency_coordinator: '应急小组总协调员',
      general_manager: '总经理',
    },
  },
  boolean: {
    yes: '是',
    no: '否',
  },
  forms: {
    'complaint-record': '客户投诉记录表',
    handling: '投诉处理记录表',
    'follow-up': '客户投诉跟进记录表',
    callback: '回访记录表',
    'rectification-notice': '工程整改通知单',
    'fine-slip': '罚款单',
    acknowledgement: '客户投诉受理回执',
    'stats-summary': '客户服务信息统计分析汇总表',
  },
  /** How a group's answer reads on each member's timeline (a record in the book, written in the office's language). */
  groupAnswer: { meeting: '群诉统一答复（座谈会）', public_notice: '群诉统一答复（公告）' },
  /** The acknowledgement slip (回执) given or sent to the customer at registration (seeds 000, 004). */
  acknowledgement: {
    process: '处理流程',
    processSteps: '登记受理 → 判定性质 → 派单处理 → 告知处理结果 → 回访了解满意度',
    expectedBy: '预计处理时限',
    expectedUnknown: '处理时限另行告知',
    contact: '联系与查询',
    contactText: '{{org}} 客服前台，受理人 {{person}}；查询进度时请报投诉编号。',
    stamp: '受理单位(盖章)',
  },
  /** The monthly summary's words beyond its metrics: breakdown gaps, quotas, the CSV's deadline outcome, the drafted findings. */
  report: {
    notDispatched: '未派单',
    noSite: '(未填项目)',
    findingsTitle: '主要问题及改进建议',
    quotas: {
      title: '回访任务完成情况',
      person: '人员',
      role: '岗位',
      done: '本期回访次数',
      quota: '要求次数',
      met: '完成情况',
      yes: '已完成',
      no: '未完成',
      none: '—',
    },
    /** A finished case's deadline in the CSV: its state once nothing runs any more. */
    deadlineOutcome: {
      met: '按时完成',
      late: '超时完成',
    },
    draft: {
      nothing: '本期未受理投诉。',
      received: '本期共受理投诉 {{count}} 件,主要集中在:{{list}}。',
      category: '{{name}} {{count}} 件(占 {{share}})',
      separator: '、',
      repeatUnits: '重复投诉房号:{{list}},须查明原因、专项跟进,防止再次投诉。',
      unit: '{{unit}}({{count}} 件)',
      callbackShort: '回访率 {{rate}},未达 100% 的目标:{{missing}} 件投诉的回访已到期未完成,须尽快补做。',
      unsatisfied: '满意率 {{rate}}:{{count}} 件投诉的回访未达满意,须跟进整改直至客户满意。',
      quotaShort: '{{name}}({{role}})本期回访 {{done}} 次,未达要求的 {{quota}} 次。',
      closing: '结案总结提出的原因和改进措施:',
      closingItem: '({{index}}){{text}}({{number}})',
      causeAndImprovement: '原因:{{cause}};措施:{{improvement}}',
      noClosing: '本期结案的投诉未填写原因和改进措施,建议结案时填写,以便总结。',
    },
  },
  notifications: {
    callbacksDue: {
      title: '回访提醒',
      body: '今日到期回访 {{dueToday}} 个,已逾期 {{overdue}} 个。',
    },
    deadlinesDue: {
      title: '时限提醒',
      body: '{{minutes}} 分钟内到期：响应 {{response}} 件，接单 {{acceptance}} 件。',
    },
  },
  metrics: {
    received: {
      label: '受理投诉数',
      definition:
        "受理时间在统计期内(含起始时刻,不含截止时刻)的投诉件数,已作废或已合并到其他投诉的不计。以下各项分类统计均以此为基数。",
    },
    resolvedCases: {
      label: '处理完成件数',
      definition:
        "统计期内至少有一次\"处理完成\"记录的投诉件数;同一投诉在期内多次处理完成(重开后再次完成)只计一件。",
    },
    onTimeRate: {
      label: '按时处理率',
      definition:
        "按时处理件数 ÷ 有处理时限的处理完成件数。期内处理完成的投诉,以其期内最后一次处理完成时间与该投诉的处理时限比较,不晚于时限即为按时。处理时限取投诉当前的时限:派单时确定,暂停后恢复时顺延,重开或回访不满意退回时重新确定;因此期后再次处理的投诉按其新时限计。没有处理时限的投诉不计入分子和分母。",
    },
    handlingDaysAverage: {
      label: '平均处理时长(工作日)',
      definition:
        "首次处理完成在统计期内的投诉,自首次派单至首次处理完成的工作时间的平均值。工作时间按工作日历计算:只计工作日的上班时间,周末和法定节假日不计,调休上班日计入;以设定的每日上班时长为一个工作日(如 9:00–18:00 即 9 小时为 1 个工作日)。未经派单即完成的不计。",
    },
    handlingDaysMedian: {
      label: '处理时长中位数(工作日)',
      definition:
        "同\"平均处理时长\"的范围和算法,取中位数;件数为偶数时取中间两个值的平均。",
    },
    callbacksDone: {
      label: '回访完成次数',
      definition:
        "回访完成时间在统计期内、已记录回访结果的回访次数(每轮回访计一次;同一投诉回访多轮计多次)。人员回访任务的完成情况按此计数。",
    },
    callbackRate: {
      label: '回访率',
      definition:
        "按件计:回访到期日在统计期内的投诉中,截至统计时已完成回访的件数 ÷ 回访到期日在统计期内的投诉件数。每次处理完成都安排一轮回访,到期日为处理完成后第 N 个工作日(设置,默认 5)下班时,节假日顺延;同一投诉期内有多轮回访到期的只计一件,须各轮都已完成才算已回访。回访前投诉被重开的,该轮回访作废,不计;经理决定不回访即结案的(见\"未回访结案数\"),计入分母、不计入分子。分子是分母的一部分,比率不会超过 100%;目标为 100%。例:9 月 30 日处理完成、国庆假期后回访的投诉,回访在 10 月到期,计入 10 月。",
    },
    satisfactionRate: {
      label: '满意率',
      definition:
        "按件计:统计期内完成过回访的投诉中,期内最后一轮回访的满意度为设定的\"满意\"等级(默认:非常满意、满意)的件数 ÷ 统计期内完成过回访的投诉件数。同一投诉期内回访多轮(如第一轮不满意、整改后第二轮满意)只计一件,以期内最后一轮为准。计入分子的等级在设置中调整。比率不会超过 100%。",
    },
    resolutionRate: {
      label: '结案率',
      definition:
        "期内受理的投诉中,统计时处于已结案状态且结案时间早于统计期截止时刻的件数 ÷ 期内受理的投诉件数。判定为无效并已解释结案的投诉计为已结案;结案后又重开的,须再次结案且在截止前才计入。",
    },
    repeatRate: {
      label: '重复投诉率',
      definition:
        "期内受理的投诉中被标记为重复投诉的件数 ÷ 期内受理的投诉件数。登记时,同一房号、同一类别在设定天数(默认 30 天)内已有投诉的,标记为重复投诉。",
    },
    reopenedCases: {
      label: '重开投诉数',
      definition:
        "期内受理的投诉中,截至统计时曾被重开(手动重开,或回访不满意/未解决退回处理)至少一次的件数;比率以期内受理件数为分母。",
    },
    majorCases: {
      label: '重大投诉数',
      definition:
        "期内受理、当前性质判定为\"重大\"的投诉件数;比率以期内受理件数为分母。",
    },
    groupComplaints: {
      label: '群诉数',
      definition: '期内受理的投诉所属的群诉个数(多位业主反映同一问题、统一答复的一组投诉)。',
    },
    groupCases: {
      label: '群诉涉及投诉数',
      definition: '期内受理的投诉中,属于某个群诉(统一答复的一组投诉)的件数;一件投诉只计一次。',
    },
    callbackExceptions: {
      label: '未回访结案数',
      definition:
        "统计期内经经理决定、未完成回访即结案的投诉件数(原因:无法联系客户、客户拒绝回访),按结案记录的时间计。",
    },
    byCategory: {
      label: '按投诉类别',
      definition:
        "期内受理的投诉按其当前投诉类别分组的件数。列出启用中的类别和期内有投诉的类别;已停用且期内没有投诉的类别不列。",
    },
    byChannel: {
      label: '按来源渠道',
      definition:
        "期内受理的投诉按来源渠道(来电、来访、信函、邮件、网上、现场、其他)分组的件数。",
    },
    byNature: {
      label: '按投诉性质',
      definition:
        "期内受理的投诉按其当前性质(未判断、有效、无效、重大)分组的件数。",
    },
    bySite: {
      label: '按项目',
      definition:
        "期内受理的投诉按登记的项目名称分组的件数;未填项目的单列为空。",
    },
    byDepartment: {
      label: '按责任部门',
      definition:
        "期内受理的投诉按当前责任部门分组的件数;尚未派单的单列为\"未派单\"。列出启用中的部门和期内有投诉的部门。",
    },
    satisfactionDistribution: {
      label: '满意度分布',
      definition:
        "统计期内完成过回访的投诉,按期内最后一轮回访的满意度四个等级(非常满意、满意、基本满意、不满意)分组的件数(与满意率同一口径)。",
    },
    topUnits: {
      label: '重复投诉房号',
      definition:
        "期内受理投诉两件及以上的栋房号(未填房号的不计),按件数取前 10 个,件数相同按房号排序。只有一件投诉的房号不列。",
    },
    topCategories: {
      label: '主要问题',
      definition:
        "期内受理投诉最多的前 10 个投诉类别,件数相同按类别代码排序。",
    },
  },
} as const;
