/**
 * What changed between two revisions of an allegation, field by field, for the history a worker and a
 * supervisor read. Pure: the page decides how to name fields and show values.
 *
 * Nested objects (the exploitation details) are compared field by field under dotted paths; lists are
 * compared as sets of items (what was added, what was removed). Empty, null, missing and [] all mean
 * "nothing recorded" and never count as a change between one another.
 */
export type FieldChange =
  | { path: string; kind: 'value'; before: unknown; after: unknown }
  | { path: string; kind: 'list'; added: unknown[]; removed: unknown[] };

/** Bookkeeping that changes with every revision and says nothing about the facts. */
const IGNORED: ReadonlySet<string> = new Set([
  'version',
  'updatedAt',
  'createdAt',
  'updated_at',
  'created_at',
]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (isPlainObject(value) && Object.keys(value).length === 0)
  );
}

/** Leaves of a revision's data: objects are opened up, lists and single values are kept whole. */
export function flattenRecord(value: unknown, prefix = '', into = new Map<string, unknown>()) {
  if (isPlainObject(value)) {
    for (const [key, inner] of Object.entries(value)) {
      if (!prefix && IGNORED.has(key)) continue;
      flattenRecord(inner, prefix ? `${prefix}.${key}` : key, into);
    }
  } else if (prefix) {
    into.set(prefix, value);
  }
  return into;
}

/** A stable text for comparing list items, whatever order their keys came in. */
function fingerprint(value: unknown): string {
  if (isPlainObject(value)) {
    const sorted = Object.keys(value)
      .sort()
      .map((key) => [key, fingerprint(value[key])]);
    return JSON.stringify(sorted);
  }
  return JSON.stringify(value ?? null);
}

function listChange(path: string, before: unknown, after: unknown): FieldChange | null {
  const b = Array.isArray(before) ? before : [];
  const a = Array.isArray(after) ? after : [];
  const bKeys = new Set(b.map(fingerprint));
  const aKeys = new Set(a.map(fingerprint));
  const added = a.filter((item) => !bKeys.has(fingerprint(item)));
  const removed = b.filter((item) => !aKeys.has(fingerprint(item)));
  return added.length || removed.length ? { path, kind: 'list', added, removed } : null;
}

/** Paths a reader does not need to see in a history (ids, and what the revision itself already says). */
export type IgnorePath = (path: string) => boolean;

export function diffRecords(
  before: unknown,
  after: unknown,
  ignore: IgnorePath = () => false,
): FieldChange[] {
  const b = flattenRecord(before);
  const a = flattenRecord(after);
  const paths = [...new Set([...b.keys(), ...a.keys()])].filter((path) => !ignore(path));
  const changes: FieldChange[] = [];
  for (const path of paths) {
    const was = b.get(path);
    const now = a.get(path);
    if (isEmpty(was) && isEmpty(now)) continue;
    if (Array.isArray(was) || Array.isArray(now)) {
      const change = listChange(path, was, now);
      if (change) changes.push(change);
      continue;
    }
    if (fingerprint(was) === fingerprint(now)) continue;
    changes.push({
      path,
      kind: 'value',
      before: isEmpty(was) ? null : was,
      after: isEmpty(now) ? null : now,
    });
  }
  return changes;
}

export interface RevisionLike {
  version: number;
  data: Record<string, unknown>;
}

/**
 * Each revision with what changed since the one before it, newest first. The first revision has no
 * changes: it is where the allegation began.
 */
export function historyWithChanges<R extends RevisionLike>(
  history: readonly R[],
  ignore?: IgnorePath,
): Array<{ revision: R; changes: FieldChange[] }> {
  const ordered = [...history].sort((x, y) => x.version - y.version);
  return ordered
    .map((revision, i) => ({
      revision,
      changes: i === 0 ? [] : diffRecords(ordered[i - 1]!.data, revision.data, ignore),
    }))
    .reverse();
}
