/** The words of the system notification for due callbacks, in the UI's two languages. */
export function callbackNotificationText(locale: string, counts: { overdue: number; dueToday: number }): { title: string; body: string } {
  if (locale.toLowerCase().startsWith('zh')) {
    return { title: '回访提醒', body: `今日到期回访 ${counts.dueToday} 个,已逾期 ${counts.overdue} 个。` };
  }
  return { title: 'Callbacks due', body: `${counts.dueToday} due today, ${counts.overdue} overdue.` };
}
