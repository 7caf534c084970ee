/**
 * Entities that an import brings whole: none of their changes were on this
 * desk before. Their heads are mirrored in memory while the import moves
 * them in the database, so each one is projected from those values as soon
 * as its last change in the file is in, instead of being read back from the
 * database at the end (which was a sixth of a large import).
 */
import type { ChangeKey } from '../changes/heads';
import { decodeHlc } from '../changes/hlc';
import type { EntityName, EntityState } from '../changes/projections';

interface Head extends ChangeKey {
  hlc: string;
  /** The value as JSON text, as the change carries it. */
  value: string;
}

export class FreshEntity {
  private readonly heads = new Map<string, Head[]>();

  constructor(
    readonly entity: EntityName,
    readonly id: string,
  ) {}

  /** Mirrors applyToHeads for one change of this entity: it drops the heads it supersedes and may become one. */
  apply(field: string, head: Head, supersedes: readonly ChangeKey[], becameHead: boolean): void {
    let current = this.heads.get(field);
    if (!current) {
      current = [];
      this.heads.set(field, current);
    }
    for (const old of supersedes) {
      const at = current.findIndex((h) => h.deskId === old.deskId && h.seq === old.seq);
      if (at >= 0) current.splice(at, 1);
    }
    if (becameHead) current.push(head);
  }

  /** The same state readEntityState would read from the database. */
  state(): EntityState {
    const fields = new Map<string, unknown>();
    let newest = '';
    let severalHeads = false;
    for (const [field, heads] of this.heads) {
      if (heads.length === 0) continue;
      if (heads.length > 1) severalHeads = true;
      let latest = heads[0]!;
      for (const head of heads) {
        // Equal clocks (one desk, one moment): the later change wins, as in readEntityState.
        if (head.hlc >= latest.hlc) latest = head;
        if (head.hlc > newest) newest = head.hlc;
      }
      fields.set(field, JSON.parse(latest.value));
    }
    return { id: this.id, fields, updatedAt: newest ? decodeHlc(newest).millis : 0, severalHeads };
  }
}
