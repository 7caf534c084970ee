import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from './dates';

/** Formats instants in the current UI language; re-renders when the language changes. */
export function useFormatDateTime(): (epochMs: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback((epochMs: number) => formatDateTime(epochMs, language), [language]);
}
