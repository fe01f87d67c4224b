import { describe, expect, it } from 'vitest';
import { parseScreenSearch } from '@web/routes/search';
import { byKind, checkSetup, initialSetup, localInputToIso, toLocalInput, toScreeningBody } from './setup';

const now = new Date(2025, 5, 1, 14, 30);
const youthId = '00000000-0000-4000-8000-000000000001';
const title = (en: string) => ({ en, es: `${en} (es)` });

describe('initialSetup', () => {
  it('preselects an instrument the address names when it exists, and the context', () => {
    const list = [{ key: 'at-risk' }, { key: 'return-from-runaway' }];
    expect(
      initialSetup(now, 'es', { instrument: 'return-from-runaway', context: 'return_from_runaway' }, list),
    ).toEqual({
      instrument: 'return-from-runaway',
      context: 'return_from_runaway',
      contextNote: '',
      language: 'es',
      screenedAt: '2025-06-01T14:30',
    });
    expect(initialSetup(now, 'en', { instrument: 'no-such-thing' }, list).instrument).toBe('');
  });
});

describe('checkSetup', () => {
  const ready = initialSetup(now, 'en', { instrument: 'at-risk', context: 'intake' }, [{ key: 'at-risk' }]);

  it('accepts a complete setup', () => {
    expect(checkSetup(ready, now)).toEqual([]);
  });

  it('asks for the instrument, the context and the time', () => {
    expect(checkSetup({ ...ready, instrument: '', context: '', screenedAt: '' }, now)).toEqual([
      { field: 'instrument', kind: 'required' },
      { field: 'context', kind: 'required' },
      { field: 'screenedAt', kind: 'required' },
    ]);
  });

  it('refuses a time in the future, one before 1990 and an over-long note', () => {
    expect(checkSetup({ ...ready, screenedAt: '2025-06-01T16:00' }, now)).toEqual([
      { field: 'screenedAt', kind: 'future' },
    ]);
    expect(checkSetup({ ...ready, screenedAt: '1989-12-01T10:00' }, now)).toEqual([
      { field: 'screenedAt', kind: 'tooOld' },
    ]);
    expect(checkSetup({ ...ready, contextNote: 'x'.repeat(2001) }, now)).toEqual([
      { field: 'contextNote', kind: 'tooLong', max: 2000 },
    ]);
  });
});

describe('byKind', () => {
  it('groups screenings, then checklists, then guides, each by title in the language', () => {
    const list = [
      { key: 'g', kind: 'guide' as const, title: title('Interview') },
      { key: 's2', kind: 'screening' as const, title: title('Red flags') },
      { key: 's1', kind: 'screening' as const, title: title('At risk') },
    ];
    expect(byKind(list, 'en').map((g) => [g.kind, g.instruments.map((i) => i.key)])).toEqual([
      ['screening', ['s1', 's2']],
      ['guide', ['g']],
    ]);
  });
});

describe('toScreeningBody', () => {
  it('sends the exact instrument version, the trimmed note or null, and the time as an instant', () => {
    const draft = {
      instrument: 'at-risk',
      context: 'intake' as const,
      contextNote: '  ',
      language: 'es' as const,
      screenedAt: toLocalInput(now),
    };
    const ref = { key: 'at-risk', version: 1, origin: 'builtin' as const };
    expect(toScreeningBody(youthId, ref, draft, { a: 'yes' })).toEqual({
      youthId,
      instrument: ref,
      context: 'intake',
      contextNote: null,
      language: 'es',
      screenedAt: now.toISOString(),
      answers: { a: 'yes' },
    });
    expect(toScreeningBody(youthId, ref, { ...draft, contextNote: ' Came back. ' }, {}).contextNote).toBe(
      'Came back.',
    );
    expect(() => toScreeningBody(youthId, ref, { ...draft, context: '' }, {})).toThrow();
  });

  it('reads datetime-local values as local instants', () => {
    expect(localInputToIso('2025-06-01T14:30')).toBe(now.toISOString());
    expect(localInputToIso('yesterday')).toBeNull();
  });
});

describe('parseScreenSearch', () => {
  it('keeps an instrument key and a known context, and drops anything else', () => {
    expect(parseScreenSearch({ instrument: 'return-from-runaway', context: 'return_from_runaway' })).toEqual({
      instrument: 'return-from-runaway',
      context: 'return_from_runaway',
    });
    expect(parseScreenSearch({ instrument: '../admin', context: 'holiday' })).toEqual({});
    expect(parseScreenSearch({ instrument: 42 })).toEqual({});
  });
});
