import { fillWords, wordsFor } from '../../shared/vocabulary/words';

/** The words of the system notification for due callbacks, in the UI's two languages (the vocabulary's catalogue). */
export function callbackNotificationText(locale: string, counts: { overdue: number; dueToday: number }): { title: string; body: string } {
  const words = wordsFor(locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en').notifications.callbacksDue;
  return { title: words.title, body: fillWords(words.body, counts) };
}
