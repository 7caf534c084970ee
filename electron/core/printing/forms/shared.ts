/** What several forms share: the context they are drawn in and the words for stored codes. */
import { CHANNELS, type Channel } from '../../../../shared/domain';
import { codeWord } from '../../../../shared/vocabulary/words';
import { wordsZhCN } from '../../../../shared/vocabulary/words.zh-CN';
import type { DateFormatOptions } from '../format';
import { CHANNEL_LABELS, NATURE_LABELS, SATISFACTION_LABELS } from '../labels';
import { SATISFACTION_LEVELS } from '../form-data';

export interface SheetContext {
  dates: DateFormatOptions;
  printedAt: number;
}

export const CHANNEL_CHOICES = CHANNELS.map((key) => ({ key, label: CHANNEL_LABELS[key] }));
export const NATURE_CHOICES = Object.entries(NATURE_LABELS).map(([key, label]) => ({ key, label }));
export const SATISFACTION_CHOICES = SATISFACTION_LEVELS.map((key) => ({ key, label: SATISFACTION_LABELS[key] }));

export function channelLabel(channel: Channel): string {
  return CHANNEL_LABELS[channel] ?? channel;
}

/** The name the office gave the category in Settings (resolved into the print model), else the catalogue's word. */
export function categoryLabel(category: string, officeName = ''): string {
  return officeName || codeWord(wordsZhCN, 'category', category);
}

export const SUMMARY_LENGTH = 150;

/** The first lines of a complaint, for forms that point back to the record form for the rest. */
export function summary(content: string): string {
  const flat = content.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= SUMMARY_LENGTH ? flat : `${chars.slice(0, SUMMARY_LENGTH).join('')}…`;
}
