import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffRecords, flattenRecord, historyWithChanges } from './revisionDiff';

const base = {
  id: 'a1',
  version: 1,
  updatedAt: '2026-11-01T10:00:00.000Z',
  category: 'exploitation',
  subcategory: 'commercial_sexual_exploitation',
  perpetratorName: null,
  exploitation: {
    settings: ['street', 'online_arranged'],
    means: [],
    startDate: '2026-01-10',
    endDate: null,
    ongoing: true,
    places: [{ description: 'Motel', county: 'Alameda', state: null, country: null }],
  },
};

describe('flattenRecord', () => {
  it('opens nested objects into dotted paths and keeps lists whole', () => {
    const flat = flattenRecord(base);
    expect(flat.get('exploitation.startDate')).toBe('2026-01-10');
    expect(flat.get('exploitation.settings')).toEqual(['street', 'online_arranged']);
    expect(flat.has('version')).toBe(false);
    expect(flat.has('updatedAt')).toBe(false);
  });
});

describe('diffRecords', () => {
  it('names each changed field with its value before and after', () => {
    const after = {
      ...base,
      version: 2,
      updatedAt: '2026-11-02T10:00:00.000Z',
      exploitation: { ...base.exploitation, ongoing: false, endDate: '2026-10-01' },
    };
    expect(diffRecords(base, after)).toEqual([
      { path: 'exploitation.endDate', kind: 'value', before: null, after: '2026-10-01' },
      { path: 'exploitation.ongoing', kind: 'value', before: true, after: false },
    ]);
  });

  it('reports lists as what was added and what was removed, whatever the order', () => {
    const after = {
      ...base,
      exploitation: {
        ...base.exploitation,
        settings: ['online_arranged', 'advertising'],
        means: ['debt_bondage'],
        places: [{ country: null, state: null, county: 'Alameda', description: 'Motel' }],
      },
    };
    expect(diffRecords(base, after)).toEqual([
      { path: 'exploitation.settings', kind: 'list', added: ['advertising'], removed: ['street'] },
      { path: 'exploitation.means', kind: 'list', added: ['debt_bondage'], removed: [] },
    ]);
  });

  it('shows the facts added when an allegation becomes an exploitation allegation', () => {
    const before = { category: 'general_neglect', subcategory: null, exploitation: null };
    const after = {
      category: 'exploitation',
      subcategory: 'exploiting_childs_labor',
      exploitation: { settings: ['construction'], means: [], startDate: null },
    };
    expect(diffRecords(before, after)).toEqual([
      { path: 'category', kind: 'value', before: 'general_neglect', after: 'exploitation' },
      { path: 'subcategory', kind: 'value', before: null, after: 'exploiting_childs_labor' },
      { path: 'exploitation.settings', kind: 'list', added: ['construction'], removed: [] },
    ]);
  });

  it('treats null, missing, empty text and empty lists as the same nothing', () => {
    expect(diffRecords({ a: null, b: [], c: '' }, { b: null, c: undefined, d: [] })).toEqual([]);
  });

  it('leaves out the paths the caller does not want', () => {
    const after = { ...base, reviewNote: 'Add the collateral contact.', proposedAt: '2026-11-03T00:00:00Z' };
    expect(diffRecords(base, after, (path) => path === 'proposedAt')).toEqual([
      { path: 'reviewNote', kind: 'value', before: null, after: 'Add the collateral contact.' },
    ]);
  });

  it('finds no change between a record and itself, and a change for any differing leaf', () => {
    const leaf = fc.oneof(fc.string({ minLength: 1 }), fc.integer(), fc.boolean());
    const record = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), leaf);
    fc.assert(
      fc.property(record, record, (x, y) => {
        expect(diffRecords(x, structuredClone(x))).toEqual([]);
        const changed = diffRecords(x, y).map((c) => c.path);
        const differing = [...new Set([...Object.keys(x), ...Object.keys(y)])].filter(
          (k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]),
        );
        expect(changed.sort()).toEqual(differing.sort());
      }),
    );
  });
});

describe('historyWithChanges', () => {
  it('orders revisions newest first, each compared with the one before it', () => {
    const history = [
      { version: 2, data: { ...base, dispositionState: 'proposed' } },
      { version: 1, data: { ...base, dispositionState: 'open' } },
      { version: 3, data: { ...base, dispositionState: 'approved' } },
    ];
    const entries = historyWithChanges(history);
    expect(entries.map((e) => e.revision.version)).toEqual([3, 2, 1]);
    expect(entries[0]!.changes).toEqual([
      { path: 'dispositionState', kind: 'value', before: 'proposed', after: 'approved' },
    ]);
    expect(entries[2]!.changes).toEqual([]);
  });
});
