/**
 * The statistics' triggers work a case's fact rows out again from its own rows whenever one of them is written. Each
 * of their reads must stay within the case: one that walks an index of the whole book turns every resolution
 * registered or imported into a read of all the book's events (migration 25 fixed one that did).
 */
import { describe, expect, it } from 'vitest';
import { oneCaseFactSelects } from '../../../electron/core/db/migrations/019-stats-facts';
import { CASE_MAY_HAVE_FACTS } from '../../../electron/core/db/migrations/027-search-pending';
import { openTestCore } from '../../factories/core';
import { planOf } from '../../factories/asked-sql';

describe('the statistics’ triggers', () => {
  it('read one case’s events and callbacks through the case’s own indexes, never a whole table or action', () => {
    const core = openTestCore();
    const selects = oneCaseFactSelects('?');
    expect(selects).toHaveLength(4);
    for (const sql of selects) {
      const plan = planOf(core.db, sql);
      expect(plan, sql).not.toMatch(/case_events_by_action|callbacks_by_completion|SCAN (c|e|d|x|cb|nx)\b/);
      expect(plan, sql).toMatch(/SEARCH c USING INTEGER PRIMARY KEY/);
    }
    // The first dispatch before a resolution, and a manager's close after a round: by the case, then its time.
    const plans = selects.map((sql) => planOf(core.db, sql)).join(' | ');
    expect(plans).toMatch(/SEARCH d USING (COVERING )?INDEX case_events_by_case \(case_id=\? AND at<\?\)/);
    expect(plans).toMatch(/SEARCH e USING (COVERING )?INDEX case_events_by_case \(case_id=\? AND at>\?\)/);
    core.close();
  });

  it('ask whether a new case may have fact rows through its own indexes', () => {
    const core = openTestCore();
    const plan = planOf(core.db, `SELECT ${CASE_MAY_HAVE_FACTS.replaceAll('NEW.id', '?')}`);
    expect(plan).toMatch(/SEARCH case_events USING (COVERING )?INDEX case_events_by_case \(case_id=\?\)/);
    expect(plan).toMatch(/SEARCH callbacks USING (COVERING )?INDEX callbacks_by_case \(case_id=\?\)/);
    expect(plan).not.toMatch(/SCAN (case_events|callbacks)/);
    core.close();
  });
});
