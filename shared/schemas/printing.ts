/** Printing the office's paper forms: as a PDF for the preview and saving, or through the system print dialog. */
import { z } from 'zod';
import { id } from './common';

/** Keep in step with electron/core/printing/labels.ts FORM_TITLES (a test checks). */
export const FORM_KINDS = ['complaint-record', 'handling', 'follow-up', 'callback', 'rectification-notice', 'fine-slip', 'acknowledgement'] as const;
export type FormKindCode = (typeof FORM_KINDS)[number];

/** One case's form, a blank form to fill in by hand, or the same form for many cases (each on its own pages). */
export const printRequestSchema = z
  .object({
    kind: z.enum(FORM_KINDS),
    caseId: id.optional(),
    caseIds: z.array(id).min(1).max(200).optional(),
    blank: z.boolean().default(false),
    /** Which of the case's rectification notices (the latest if left out). */
    noticeId: id.optional(),
    /** Which fine a 罚款单 prints (the case's latest if left out). */
    fineId: id.optional(),
  })
  .refine((r) => [r.caseId !== undefined, r.caseIds !== undefined, r.blank].filter(Boolean).length === 1, {
    message: 'errors.printTarget',
  });
export type PrintRequest = z.output<typeof printRequestSchema>;

export const pdfResultSchema = z.object({ fileName: z.string(), pdfBase64: z.string() });
