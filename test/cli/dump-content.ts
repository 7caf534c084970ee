/**
 * A dump reduced to its content: ids are random (UUIDv7, per desk), so two
 * folders seeded alike match on everything else. A person's id becomes
 * their name, any other id a placeholder; cases are ordered by number.
 */
interface Change {
  field: string;
  hlc: string;
  userId: string | null;
  value: unknown;
  supersedes: string[];
}

export interface DumpRecord {
  entity: string;
  id: string;
  fields: Record<string, unknown>;
  history: Change[];
  row?: Record<string, unknown> | null;
  related?: DumpRecord[];
}

export interface Dump {
  cases: DumpRecord[];
  users: DumpRecord[];
  entities: DumpRecord[];
  dumpFormat: number;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

export function dumpContent(dump: Dump): unknown {
  const names = new Map(dump.users.map((user) => [user.id, String(user.fields.name)]));
  const scrub = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(UUID, (id) => names.get(id) ?? '<id>');
    if (Array.isArray(value)) return value.map(scrub);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, scrub(v)]));
    }
    return value;
  };
  const content = (record: DumpRecord) => scrub({ ...record, id: undefined }) as { fields: Record<string, unknown> };
  const by = (key: string) => (a: { fields: Record<string, unknown> }, b: { fields: Record<string, unknown> }) =>
    String(a.fields[key]).localeCompare(String(b.fields[key]));
  return {
    cases: dump.cases.map(content).sort(by('number')),
    users: dump.users.map(content).sort(by('name')),
    entities: dump.entities.map((record) => JSON.stringify(content(record))).sort(),
  };
}
