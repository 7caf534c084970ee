/**
 * Reads everything synced out of a database, in an order and shape that
 * depend only on the change log and what is projected from it: no rowids,
 * no counters, nothing about this desk alone. Entity ids come from the log,
 * so an entity whose row could not be projected still shows.
 */
import type { Db } from '../core/db/connection';
import { canonicalJson, compareCodeUnits, type Json } from './canonical-json';
import { EntityHeads } from '../core/changes/entity-heads';
import { keepsLogEntries } from '../core/changes/log-entries';
import type { ChangeTuple } from '../core/sync/records';

export const DUMP_FORMAT = 1;
const PAGE = 500;

interface ChangeRow {
  deskId: string;
  seq: number;
  hlc: string;
  entity: string;
  entityId: string;
  field: string;
  value: string;
  userId: string | null;
  supersedes: string;
}

type JsonObject = { [key: string]: Json };

function toJson(value: unknown): Json {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  throw new Error(`cannot dump a value of type ${typeof value}`);
}

const placeholders = (count: number): string => Array.from({ length: count }, () => '?').join(', ');

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

const byEntityId = (row: { entityId: string }): string => row.entityId;

/** Current values from the heads; where desks disagree the latest clock wins and every candidate is listed. */
function fieldsOf(heads: EntityHeads): { fields: JsonObject; conflicts: JsonObject } {
  const fields: JsonObject = {};
  const conflicts: JsonObject = {};
  for (const [field, list] of [...heads.fields()].sort(([a], [b]) => compareCodeUnits(a, b))) {
    if (list.length === 0) continue;
    const values = [...list].sort(byClock).map((head) => toJson(JSON.parse(head[6])));
    fields[field] = values[values.length - 1]!;
    if (values.length > 1) conflicts[field] = values;
  }
  return { fields, conflicts };
}

/** Clock, then desk and number: the order the heads are listed in. */
function byClock(a: ChangeTuple, b: ChangeTuple): number {
  return compareCodeUnits(a[2], b[2]) || compareCodeUnits(a[0], b[0]) || a[1] - b[1];
}

const CHANGE_COLUMNS = 'desk_id AS deskId, seq, hlc, entity, entity_id AS entityId, field, value, user_id AS userId, supersedes';

/** A record's heads from its changes (changes/entity-heads.ts). */
function headsOf(entityId: string, changes: readonly ChangeRow[]): EntityHeads {
  const heads = new EntityHeads(entityId);
  for (const c of changes) {
    heads.apply([c.deskId, c.seq, c.hlc, c.entity, c.entityId, c.field, c.value, c.userId, JSON.parse(c.supersedes) as string[]]);
  }
  return heads;
}

/**
 * Every record in the log, by kind. Stored as entries since schema 18, as rows of `changes` before (a dump
 * reads either, so a book can be dumped before and after its upgrade; the `changes` view shows the entries
 * one row per change).
 */
function entitiesSql(db: Db): string {
  return keepsLogEntries(db)
    ? 'SELECT e.entity, r.id FROM log_entries e JOIN log_ids r ON r.no = e.record GROUP BY e.entity, e.record'
    : 'SELECT entity, entity_id AS id FROM changes GROUP BY entity, entity_id';
}

function historyOf(changes: readonly ChangeRow[]): Json[] {
  return changes.map((change) => ({
    id: `${change.deskId}:${change.seq}`,
    hlc: change.hlc,
    field: change.field,
    value: toJson(JSON.parse(change.value)),
    userId: change.userId,
    supersedes: toJson(JSON.parse(change.supersedes)),
  }));
}

class DumpReader {
  constructor(private readonly db: Db) {}

  /** Every entity in the log, by type. */
  entityIds(): Map<string, string[]> {
    const rows = this.db
      .prepare(entitiesSql(this.db))
      .all() as { entity: string; id: string }[];
    const byType = new Map<string, string[]>();
    for (const row of rows) {
      const ids = byType.get(row.entity) ?? [];
      ids.push(row.id);
      byType.set(row.entity, ids);
    }
    for (const ids of byType.values()) ids.sort(compareCodeUnits);
    return byType;
  }

  /** Entity id -> the case it belongs to, for everything that has a `caseId` field. */
  caseLinks(): Map<string, string> {
    const rows = this.db.prepare(`SELECT ${CHANGE_COLUMNS} FROM changes WHERE field = 'caseId'`).all() as ChangeRow[];
    const links = new Map<string, string>();
    for (const [entityId, changes] of groupBy(rows, byEntityId)) {
      const caseId = headsOf(entityId, changes).state().fields.get('caseId');
      if (typeof caseId === 'string') links.set(entityId, caseId);
    }
    return links;
  }

  /** Fields, conflicts and history of each id, and its projected row when `table` is given. */
  records(entity: string, ids: readonly string[], table?: string): JsonObject[] {
    if (ids.length === 0) return [];
    const list = placeholders(ids.length);
    const changes = groupBy(
      this.db
        .prepare(`SELECT ${CHANGE_COLUMNS} FROM changes WHERE entity_id IN (${list}) ORDER BY entity_id, hlc, desk_id, seq`)
        .all(...ids) as ChangeRow[],
      byEntityId,
    );
    const rows = new Map<string, JsonObject>();
    if (table) {
      for (const row of this.db.prepare(`SELECT * FROM ${table} WHERE id IN (${list})`).all(...ids) as JsonObject[]) {
        // The name key is this machine's sort key (cases/name-keys.ts), made by its ICU: not the record's data.
        const { rowid: _rowid, name_key: _nameKey, ...columns } = row;
        rows.set(String(row.id), toJson(columns) as JsonObject);
      }
    }
    return ids.map((id) => {
      const { fields, conflicts } = fieldsOf(headsOf(id, changes.get(id) ?? []));
      const record: JsonObject = { entity, id, fields, history: historyOf(changes.get(id) ?? []) };
      if (Object.keys(conflicts).length > 0) record.conflicts = conflicts;
      if (table) record.row = rows.get(id) ?? null;
      return record;
    });
  }
}

function* pages<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += PAGE) yield items.slice(i, i + PAGE);
}

const byEntityThenId = (a: JsonObject, b: JsonObject): number =>
  compareCodeUnits(String(a.entity), String(b.entity)) || compareCodeUnits(String(a.id), String(b.id));

/**
 * The dump as text chunks, so 200,000 cases stream out instead of being
 * built in memory: `{ cases, dumpFormat, entities, users }`, cases with the
 * records that belong to them (anything with their `caseId`) under
 * `related`. The frame is indented and each record is one line of
 * canonical JSON, so a diff of two dumps points at the records that differ.
 */
export function* dumpChunks(db: Db): Generator<string> {
  const reader = new DumpReader(db);
  const idsByType = reader.entityIds();
  const caseIds = idsByType.get('case') ?? [];
  const knownCases = new Set(caseIds);
  const links = reader.caseLinks();
  const relatedByCase = new Map<string, { entity: string; id: string }[]>();
  const unrelated: { entity: string; ids: string[] }[] = [];
  for (const [entity, ids] of idsByType) {
    if (entity === 'case' || entity === 'user') continue;
    const loose: string[] = [];
    for (const id of ids) {
      const caseId = links.get(id);
      if (caseId !== undefined && knownCases.has(caseId)) {
        const list = relatedByCase.get(caseId) ?? [];
        list.push({ entity, id });
        relatedByCase.set(caseId, list);
      } else {
        loose.push(id);
      }
    }
    unrelated.push({ entity, ids: loose });
  }

  yield '{\n  "cases": ';
  yield* arrayChunks(
    (function* () {
      for (const page of pages(caseIds)) {
        const related = new Map<string, JsonObject[]>();
        const wanted = page.flatMap((id) => relatedByCase.get(id) ?? []);
        const byType = groupBy(wanted, (item) => item.entity);
        const relatedRecords = [...byType].flatMap(([entity, items]) => reader.records(entity, items.map((i) => i.id)));
        for (const record of relatedRecords) {
          const caseId = links.get(String(record.id))!;
          const list = related.get(caseId) ?? [];
          list.push(record);
          related.set(caseId, list);
        }
        for (const record of reader.records('case', page, 'cases')) {
          record.related = (related.get(String(record.id)) ?? []).sort(byEntityThenId);
          yield record;
        }
      }
    })(),
  );
  yield `,\n  "dumpFormat": ${DUMP_FORMAT},\n  "entities": `;
  yield* arrayChunks(
    (function* () {
      const all = unrelated.flatMap(({ entity, ids }) => ids.map((id) => ({ entity, id })));
      all.sort((a, b) => compareCodeUnits(a.entity, b.entity) || compareCodeUnits(a.id, b.id));
      for (const page of pages(all)) {
        const byType = groupBy(page, (item) => item.entity);
        const records = [...byType].flatMap(([entity, items]) => reader.records(entity, items.map((i) => i.id)));
        yield* records.sort(byEntityThenId);
      }
    })(),
  );
  yield ',\n  "users": ';
  yield* arrayChunks(
    (function* () {
      for (const page of pages(idsByType.get('user') ?? [])) yield* reader.records('user', page, 'users');
    })(),
  );
  yield '\n}\n';
}

/** A top-level member's array: one record per line. */
function* arrayChunks(items: Iterable<JsonObject>): Generator<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? '[\n' : ',\n'}    ${canonicalJson(item)}`;
    first = false;
  }
  yield first ? '[]' : '\n  ]';
}
