import type { homeZh } from './i18n.zh-CN';

export const homeEn: typeof homeZh = {
  title: 'Home',
  greeting: '{{name}}, this is what needs handling now.',
  greetingNobody: 'This is what needs handling now.',
  queuesLabel: 'Work queues',
  cardLabel: '{{label}}: {{n}}',
  unit: 'cases',
  updatedAt: 'Updated {{at}}',
  refresh: 'Refresh',
  noDepartment: 'You do not belong to a department yet (set it in the settings), so this queue is empty.',
  queueFilter: 'Work queue: {{queue}}',
  clearQueue: 'Clear the work queue filter',
  allCases: 'All cases',
  recentTitle: 'Recently registered',
  recentEmpty: 'No complaints registered yet.',
  recentLabel: 'Recently registered complaints',
  queue: {
    to_judge: { label: 'To judge', description: 'New, or waiting for the manager to judge' },
    overdue: { label: 'Overdue', description: 'Past the handling deadline, still open' },
    due_today: { label: 'Due today', description: 'Handling deadline falls today' },
    my_department: { label: 'My department', description: 'Dispatched to my department, in hand' },
    escalated_to_me: { label: 'Escalated to me', description: 'Escalated to me and not closed' },
    response_overdue: { label: 'Response overdue', description: 'Past the response time with nobody in touch or on it yet (managers see all, others their own)' },
    acceptance_overdue: { label: 'Acceptance overdue', description: 'Dispatched and past the time for the department to accept it' },
    awaiting_decision: { label: 'Awaiting company decision', description: 'Referred to the company, no decision from the general manager yet' },
  },
};
