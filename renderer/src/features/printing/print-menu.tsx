/** Print and save-as-PDF actions for one case (filled in by the printing feature). */
export function PrintMenu(_props: { caseId: string }) {
  return null;
}
