/** The claims archive as CSV (for Excel: UTF-8 with a BOM, one row per claim), built from what the screen shows. */
import type { Claim } from '../../../../shared/schemas/contractors';

const cell = (value: string | number | null): string => {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export interface ClaimCsvWords {
  headers: readonly string[];
  status: (claim: Claim) => string;
  date: (ms: number | null) => string;
}

export function claimsCsv(claims: readonly Claim[], words: ClaimCsvWords): string {
  const rows = claims.map((c) =>
    [c.caseNumber, words.date(c.at), c.site, c.contractorName, c.claimant, c.claimed, c.amountClaimed, words.status(c), c.acceptedAmount, c.rejectReason, words.date(c.paidAt)]
      .map(cell)
      .join(','),
  );
  return `\uFEFF${[words.headers.map(cell).join(','), ...rows].join('\r\n')}\r\n`;
}
