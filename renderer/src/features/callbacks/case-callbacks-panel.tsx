/** The callback rounds of one case, shown on the case page (filled in by the callbacks feature). */
export function CaseCallbacksPanel(_props: { caseId: string; onChanged?: () => void }) {
  return null;
}
