/**
 * Rendered forms waiting for the browser host's Chromium to open them. Each
 * is reachable once, at an unguessable path on the host's own origin (so
 * the form's @font-face loads from /print-assets/ are same-origin), and is
 * forgotten when fetched or after a minute, whichever comes first.
 */
import { randomBytes } from 'node:crypto';

export const PRINT_JOBS_PREFIX = '/print-jobs/';
export const PRINT_ASSETS_PREFIX = '/print-assets/';

const DEFAULT_TTL_MS = 60_000;

export interface PrintJobs {
  /** Keeps the HTML and returns the path it can be fetched from once, e.g. `/print-jobs/3f9c…`. */
  add(html: string): string;
  /** The HTML for this job id, removed as it is handed out; undefined for an unknown, used or expired id. */
  take(id: string): string | undefined;
  /** How many are waiting (for tests). */
  readonly size: number;
}

export function createPrintJobs(options: { ttlMs?: number } = {}): PrintJobs {
  const ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
  const jobs = new Map<string, { html: string; timer: NodeJS.Timeout }>();
  return {
    add(html) {
      const id = randomBytes(16).toString('hex');
      // A job the page never fetched (a crash between add and goto) must not stay in memory.
      const timer = setTimeout(() => jobs.delete(id), ttlMs);
      timer.unref();
      jobs.set(id, { html, timer });
      return `${PRINT_JOBS_PREFIX}${id}`;
    },
    take(id) {
      const job = jobs.get(id);
      if (!job) return undefined;
      clearTimeout(job.timer);
      jobs.delete(id);
      return job.html;
    },
    get size() {
      return jobs.size;
    },
  };
}
