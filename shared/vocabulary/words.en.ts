/** The English words of the vocabulary: the same keys as `words.zh-CN.ts`, which the type checker enforces. */
import type { Words } from './words';

export const wordsEn = {
  fields: {
    number: 'Complaint number',
    channel: 'Channel',
    complainantName: 'Complainant',
    phone: 'Phone',
    email: 'Email',
    buildingRoom: 'Building / room',
    site: 'Site / project',
    receivedAt: 'Received',
    content: 'Complaint',
    contentPreview: 'Summary',
    category: 'Category',
    nature: 'Nature',
    status: 'Status',
    deskCode: 'Desk',
    createdAt: 'Registered',
    createdBy: 'Registered by',
    createdByName: 'Registered by',
    updatedAt: 'Last updated',
    deleted: 'Deleted',
    voided: 'Voided',
    mergedInto: 'Merged into',
    mergedIntoNumber: 'Merged into',
    communicativeType: 'Communicative type',
    judgedAt: 'Judged',
    judgeNote: 'Judgement note',
    invalidExplanation: 'Why invalid',
    departmentId: 'Department',
    departmentName: 'Department',
    assigneeId: 'Handled by',
    assigneeName: 'Handled by',
    dispatchedAt: 'Dispatched',
    responseDueAt: 'Response due',
    firstContactAt: 'First contact',
    respondedAt: 'Responded',
    acceptanceDueAt: 'Acceptance due',
    responseState: 'Response deadline',
    acceptanceState: 'Acceptance deadline',
    dueAt: 'Due',
    pausedAt: 'Paused',
    deadlineState: 'Deadline',
    escalationLevel: 'Escalation level',
    escalatedTo: 'Escalated to',
    escalatedToName: 'Escalated to',
    referredToCompany: 'Referred to company',
    referralDecision: 'Company decision',
    referralInstructions: 'Instructions',
    referralDecidedBy: 'Decided by',
    referralDecidedByName: 'Decided by',
    escalatedAt: 'Escalated',
    verificationPending: 'Awaiting verification',
    verificationResult: 'Verification',
    verificationNote: 'Verification note',
    verifiedBy: 'Verified by',
    verifiedByName: 'Verified by',
    verifiedAt: 'Verified',
    teamLeaderId: 'Special team leader',
    teamLeaderName: 'Special team leader',
    referralDecidedAt: 'Decided',
    planDepartmentId: 'Plan department',
    planDepartmentName: 'Plan department',
    planPerson: 'Plan owner',
    planDueAt: 'Plan due',
    planMeasures: 'Measures',
    groupId: 'Group complaint',
    repeatOf: 'Repeat of',
    repeatOfNumber: 'Repeat of',
    resolvedAt: 'Resolved',
    resolutionSummary: 'Resolution',
    closedAt: 'Closed',
    closeCause: 'Cause',
    closeLesson: 'Lesson learned',
    closeImprovement: 'Improvement',
    accountabilityLevel: 'Accountability level',
    accountabilityPerson: 'Person accountable',
    accountabilityMeasure: 'Measure taken',
    reopenCount: 'Times reopened',
    callbackException: 'Closed without callback because',
    callbackExceptionNote: 'Callback exception note',
    lastSatisfaction: 'Latest satisfaction',
  },
  codes: {
    channel: {
      phone: 'Phone call',
      visit: 'Visit',
      letter: 'Letter',
      email: 'Email',
      online: 'Online',
      hotline_12345: '12345 hotline',
      on_site: 'On site',
      other: 'Other',
    },
    category: {
      service_quality: 'Service quality',
      product_quality: 'Product quality',
      property_management: 'Property management',
      equipment: 'Equipment',
      service_attitude: 'Service attitude',
      business_handling: 'Business handling',
      facilities: 'Facilities',
      environment_hygiene: 'Environment and hygiene',
      sudden_incident: 'Sudden incident',
      other: 'Other',
    },
    nature: {
      unjudged: 'Not judged',
      valid: 'Valid',
      invalid: 'Invalid',
      major: 'Major',
    },
    status: {
      registered: 'Registered',
      awaiting_manager: 'Awaiting manager',
      judged: 'Judged',
      dispatched: 'Dispatched',
      in_progress: 'In progress',
      resolved: 'Resolved',
      closed: 'Closed',
    },
    standing: {
      active: 'Active',
      voided: 'Voided',
      merged: 'Merged',
    },
    communicativeType: {
      help_seeking: 'Asking for help',
      consultation: 'Enquiry',
      venting: 'Venting',
    },
    accountabilityLevel: {
      person: 'Person',
      department_process: 'Department or process',
      management: 'Management',
    },
    accountabilityMeasure: {
      criticism: 'Reprimand',
      performance_deduction: 'Performance deduction',
      reassignment: 'Reassignment',
      dismissal: 'Dismissal',
    },
    callbackException: {
      unreachable: 'Customer unreachable',
      refused: 'Customer refused',
    },
    verificationResult: {
      passed: 'Verified',
      failed: 'Sent back',
    },
    deadlineState: {
      none: 'No deadline',
      ok: 'On time',
      due_soon: 'Due soon',
      overdue: 'Overdue',
      paused: 'Paused',
    },
    satisfaction: {
      very_satisfied: 'Very satisfied',
      satisfied: 'Satisfied',
      basically_satisfied: 'Basically satisfied',
      unsatisfied: 'Unsatisfied',
    },
    callbackMethod: {
      phone: 'Phone',
      home_visit: 'Home visit',
      email: 'Email',
      other: 'Other',
    },
    attemptResult: {
      no_answer: 'No answer',
      call_again: 'Call again later',
      wrong_number: 'Wrong number',
      refused: 'Refused the callback',
    },
    followupKind: {
      contact: 'Contacted customer',
      handling: 'Handling',
      progress_told: 'Told customer of progress',
      internal_note: 'Internal note',
      remedy: 'Remedy / compensation',
      result_feedback: 'Result told',
    },
    remedyKind: {
      replace: 'Replacement',
      refund: 'Refund',
      free_service: 'Free service',
      voucher: 'Voucher',
      other: 'Other',
    },
    permission: {
      register: 'Register complaints',
      read: 'Read cases',
      correct: 'Correct registrations',
      void: 'Void, merge and restore',
      judge: 'Judge the nature',
      judge_referred: 'Judge cases referred to the manager',
      dispatch: 'Dispatch',
      handle: 'Handle (accept, follow up, resolve ...)',
      record_callback: 'Record callbacks',
      verify: 'Verify results',
      verify_major: 'Verify major complaints\' results',
      record_major_callback: 'Record major complaints\' callbacks',
      waive_callback: 'Close without a callback',
      escalate: 'Escalate',
      refer_to_company: 'Refer to the company',
      decide_referral: 'Decide referrals',
      rectification: 'Rectification notices',
      propose_fine: 'Propose fines',
      approve_fine: 'Approve fines, start emergency repair',
      claims: 'Claims',
      groups: 'Group complaints',
      sync: 'Sync',
      resolve_conflict: 'Resolve sync conflicts',
      change_settings: 'Change settings',
      manage_people: 'Manage people and permissions',
      view_customer_data: 'See full phone numbers',
      export_customer_data: 'Export customer data',
      print: 'Print forms',
      statistics: 'Statistics',
      read_access_log: 'Read the access log',
      backup: 'Back up and restore',
    },
    role: {
      receptionist: 'Receptionist',
      representative: 'Complaint representative',
      customer_rep: 'Customer representative',
      assistant: 'Service assistant',
      manager: 'Service-centre manager',
      emergency_coordinator: 'Emergency group coordinator',
      general_manager: 'General manager',
    },
  },
  boolean: {
    yes: 'Yes',
    no: 'No',
  },
  forms: {
    'complaint-record': 'Complaint record form',
    handling: 'Complaint handling form',
    'follow-up': 'Complaint follow-up form',
    callback: 'Callback record',
    'rectification-notice': 'Rectification notice',
    acknowledgement: 'Complaint acknowledgement slip',
    'stats-summary': 'Customer service statistics summary',
  },
  /** How a group's answer reads on each member's timeline (a record in the book, written in the office's language). */
  groupAnswer: { meeting: 'Group answer (meeting)', public_notice: 'Group answer (public notice)' },
  /** The acknowledgement slip (回执) given or sent to the customer at registration (seeds 000, 004). */
  acknowledgement: {
    process: 'Process',
    processSteps: 'Registered → judged → dispatched and handled → result told → callback on satisfaction',
    expectedBy: 'Expected handling time',
    expectedUnknown: 'To be told later',
    contact: 'Contact and enquiries',
    contactText: '{{org}} front desk, registered by {{person}}; quote the complaint number when asking.',
    stamp: 'Office (stamp)',
  },
  /** The monthly summary's words beyond its metrics: breakdown gaps, quotas, the CSV's deadline outcome, the drafted findings. */
  report: {
    notDispatched: 'Not dispatched',
    noSite: '(no site)',
    findingsTitle: 'Main problems and suggestions',
    quotas: {
      title: 'Callback quotas',
      person: 'Person',
      role: 'Role',
      done: 'Callbacks in the period',
      quota: 'Required',
      met: 'Met',
      yes: 'Met',
      no: 'Not met',
      none: '—',
    },
    /** A finished case's deadline in the CSV: its state once nothing runs any more. */
    deadlineOutcome: {
      met: 'Finished on time',
      late: 'Finished late',
    },
    draft: {
      nothing: 'No complaints were received in the period.',
      received: '{{count}} complaints were received in the period, mostly: {{list}}.',
      category: '{{name}} {{count}} ({{share}})',
      separator: ', ',
      repeatUnits: 'Repeat units: {{list}}; find the cause and follow them up so they do not complain again.',
      unit: '{{unit}} ({{count}})',
      callbackShort: 'Callback rate {{rate}}, short of the 100% target: {{missing}} callbacks that fell due have not been made; make them soon.',
      unsatisfied: 'Satisfaction rate {{rate}}: {{count}} cases were not satisfied at their callback; put them right until the customer is satisfied.',
      quotaShort: '{{name}} ({{role}}) made {{done}} callbacks in the period, fewer than the {{quota}} required.',
      closing: 'Causes and improvements from the closing summaries:',
      closingItem: '({{index}}) {{text}} ({{number}})',
      causeAndImprovement: 'cause: {{cause}}; measure: {{improvement}}',
      noClosing: 'The cases closed in the period have no cause or improvement written; write them when closing, for the summary.',
    },
  },
  notifications: {
    callbacksDue: {
      title: 'Callbacks due',
      body: '{{dueToday}} due today, {{overdue}} overdue.',
    },
    deadlinesDue: {
      title: 'Deadlines due',
      body: 'Due within {{minutes}} minutes: {{response}} to respond to, {{acceptance}} to accept.',
    },
  },
  metrics: {
    received: {
      label: 'Complaints received',
      definition:
        "Cases whose received time falls in the period (start included, end excluded); voided cases and cases merged into another are left out. The breakdowns below all count these cases.",
    },
    resolvedCases: {
      label: 'Cases resolved',
      definition:
        "Cases with at least one \"resolve\" event in the period; a case resolved more than once in the period (after a reopen) counts once.",
    },
    onTimeRate: {
      label: 'On-time handling rate',
      definition:
        "Resolved on time ÷ resolved cases that have a handling deadline. For each case resolved in the period, its last resolve event in the period is compared with its deadline; at or before the deadline is on time. The deadline is the case's current one: set at dispatch, moved on by a pause, replaced when the case is reopened or sent back by an unsatisfied callback, so a case resolved again after the period is judged by its newer deadline. Cases without a deadline are in neither numerator nor denominator.",
    },
    handlingDaysAverage: {
      label: 'Average handling time (working days)',
      definition:
        "For cases first resolved in the period: the mean working time from their first dispatch to that first resolution. Working time follows the working calendar: working hours on working days only, weekends and public holidays off, make-up workdays on; one working day is the configured working hours (9:00-18:00 = 9 hours = 1 day). Cases resolved without a dispatch are left out.",
    },
    handlingDaysMedian: {
      label: 'Median handling time (working days)',
      definition:
        "The same cases and working time as the average, taking the median; with an even count, the mean of the two middle values.",
    },
    callbacksDone: {
      label: 'Callbacks made',
      definition:
        "Callback rounds recorded as done whose completion time falls in the period (a case called back in several rounds counts several times). Each person's callback quota is counted in these.",
    },
    callbackRate: {
      label: 'Callback rate',
      definition:
        "Per case: cases whose callback fell due in the period and that have been called back by the time of the statistics ÷ cases whose callback fell due in the period. Every resolution schedules a callback round, due at the close of the Nth working day after it (a setting, default 5), holidays skipped; a case with several rounds due in the period counts once and is called back when every one of them is done. A round dropped because the case was reopened before its callback does not count; a case a manager closed without a callback (see \"Closed without callback\") counts in the denominator, not the numerator. The numerator is part of the denominator, so the rate never exceeds 100%; the target is 100%. Example: a case resolved on 30 September and called back after the National Day holiday falls due in October and counts in October.",
    },
    satisfactionRate: {
      label: 'Satisfaction rate',
      definition:
        "Per case: cases called back in the period whose last round in the period was at a level set as satisfied (default: very satisfied and satisfied) ÷ cases called back in the period. A case called back in several rounds (unsatisfied, put right, then satisfied) counts once, by its last round in the period. Which levels count is a setting. The rate never exceeds 100%.",
    },
    resolutionRate: {
      label: 'Resolution rate',
      definition:
        "Of the cases received in the period, those that are closed when the statistics are computed and were closed before the end of the period ÷ cases received in the period. Invalid complaints, closed with an explanation at judging, count as closed; a case reopened after closing counts only once closed again before the end of the period.",
    },
    repeatRate: {
      label: 'Repeat-complaint rate',
      definition:
        "Cases received in the period that were flagged as a repeat ÷ cases received in the period. A case is flagged at registration when the same unit complained in the same category within the duplicate window (a setting, default 30 days).",
    },
    reopenedCases: {
      label: 'Reopened cases',
      definition:
        "Cases received in the period that, by the time of the statistics, were reopened at least once (by hand, or sent back by a callback that found the customer unsatisfied or the problem unsolved); the rate divides by cases received.",
    },
    majorCases: {
      label: 'Major complaints',
      definition:
        "Cases received in the period whose nature is now judged major; the rate divides by cases received.",
    },
    groupComplaints: {
      label: 'Group complaints',
      definition: 'The group complaints (several owners with one concern, answered together) that the cases received in the period belong to.',
    },
    groupCases: {
      label: 'Cases in group complaints',
      definition: 'Cases received in the period that belong to a group complaint.',
    },
    callbackExceptions: {
      label: 'Closed without callback',
      definition:
        "Cases a manager closed in the period without a completed callback (customer unreachable, or refused the callback), by the time of that close.",
    },
    byCategory: {
      label: 'By category',
      definition:
        "Cases received in the period, by their current category. Active categories are listed, and any category with cases in the period; a disabled category with none is left out.",
    },
    byChannel: {
      label: 'By channel',
      definition:
        "Cases received in the period, by the channel they came through.",
    },
    byNature: {
      label: 'By nature',
      definition:
        "Cases received in the period, by their current nature (not judged, valid, invalid, major).",
    },
    bySite: {
      label: 'By site',
      definition:
        "Cases received in the period, by the site written on the case; cases without one are grouped under an empty site.",
    },
    byDepartment: {
      label: 'By department',
      definition:
        "Cases received in the period, by their current responsible department; cases not dispatched yet are grouped as \"not dispatched\". Active departments are listed, and any department with cases in the period.",
    },
    satisfactionDistribution: {
      label: 'Satisfaction',
      definition:
        "Cases called back in the period, by the satisfaction of their last round in the period on the four levels (very satisfied, satisfied, basically satisfied, unsatisfied): the satisfaction rate's cases.",
    },
    topUnits: {
      label: 'Repeat units',
      definition:
        "Units (building/room) with two or more cases received in the period (blank units left out), the 10 with the most, ties in unit order. A unit with one case is not listed.",
    },
    topCategories: {
      label: 'Top issues',
      definition:
        "The 10 categories with the most cases received in the period, ties in code order.",
    },
  },
} as const satisfies Words;
