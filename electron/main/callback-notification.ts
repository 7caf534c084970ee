import { fillWords, wordsFor } from '../../shared/vocabulary/words';

/** The words of the system notification for due callbacks, in the UI's two languages (the vocabulary's catalogue). */
export function callbackNotificationText(locale: string, counts: { overdue: number; dueToday: number }): { title: string; body: string } {
  const words = wordsFor(locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en').notifications.callbacksDue;
  return { title: words.title, body: fillWords(words.body, counts) };
}

/** The words of the system notification for response and acceptance limits about to pass. */
export function deadlineNotificationText(locale: string, reminder: { response: number; acceptance: number; minutes: number }): { title: string; body: string } {
  const words = wordsFor(locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en').notifications.deadlinesDue;
  return { title: words.title, body: fillWords(words.body, reminder) };
}
