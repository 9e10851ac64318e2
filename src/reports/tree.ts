import type { OfficeView } from '../offices/service';

/** A report row: an office and, rolled up, everything below it. */
export interface OfficeRow {
  officeId: string;
  code: string;
  name: string;
  /** The office asked for (its whole subtree) or one of its child offices (that child's subtree). */
  kind: 'office' | 'child';
}

/**
 * Rows for an office and each of its child offices, each rolled up over its subtree, and a
 * function naming the rows an office's records count in (the asked office, and the child whose
 * subtree holds it). `offices` is the asked office's subtree as offices.list gives it.
 */
export function rollup(offices: OfficeView[], rootId: string) {
  const byId = new Map(offices.map((o) => [o.id, o]));
  const root = byId.get(rootId);
  const children = offices.filter((o) => o.parentId === rootId).sort((a, b) => a.code.localeCompare(b.code));
  const rows: OfficeRow[] = [
    { officeId: rootId, code: root?.code ?? '', name: root?.name ?? '', kind: 'office' },
    ...children.map((c) => ({ officeId: c.id, code: c.code, name: c.name, kind: 'child' as const })),
  ];
  const childOf = new Map<string, string | null>();
  const find = (id: string): string | null => {
    if (childOf.has(id)) return childOf.get(id)!;
    const o = byId.get(id);
    const found = !o || id === rootId ? null : o.parentId === rootId ? id : o.parentId ? find(o.parentId) : null;
    childOf.set(id, found);
    return found;
  };
  /** The rows an office counts in: the asked office, and its child's row when it lies below one. Empty outside the subtree. */
  const rowsOf = (officeId: string): string[] => {
    if (!byId.has(officeId)) return [];
    const child = find(officeId);
    return child ? [rootId, child] : [rootId];
  };
  const nameOf = (officeId: string) => byId.get(officeId)?.name ?? '';
  return { rows, rowsOf, nameOf };
}

/** Counters per row, filled by `add(officeId, field)`. */
export function tally<F extends string>(rows: OfficeRow[], rowsOf: (officeId: string) => string[], fields: readonly F[]) {
  const counts = new Map(rows.map((r) => [r.officeId, Object.fromEntries(fields.map((f) => [f, 0])) as Record<F, number>]));
  return {
    add(officeId: string, field: F, by = 1) {
      for (const row of rowsOf(officeId)) counts.get(row)![field] += by;
    },
    get: (rowId: string) => counts.get(rowId)!,
  };
}
