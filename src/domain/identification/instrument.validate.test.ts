/** Loading an instrument: every problem is refused with a message that names the item, rule or score. */
import { describe, expect, test } from 'vitest';
import atRisk from '../../../content/instruments/at-risk/v1.json';
import { sampleInstrument } from '../../../test/fixtures/identification/examples';
import { loadInstrument, parseInstrument } from './instrument.validate';

type Raw = ReturnType<typeof sampleInstrument>;
type RawItem = Record<string, unknown> & { key: string };

/** The sample, with one thing changed. */
function broken(change: (raw: Raw, item: (key: string) => RawItem) => void): string[] {
  const raw = sampleInstrument();
  const item = (key: string) =>
    raw.groups.flatMap((g) => g.items as RawItem[]).find((i) => i.key === key) ?? raw.groups[0]!.items[0]!;
  change(raw, item);
  const parsed = parseInstrument(raw);
  if (parsed.ok) return [];
  // Every problem names what it is about: the key in its path appears in its message.
  for (const p of parsed.problems) expect(p.message).toContain(/"([^"]+)"/.exec(p.path)?.[1] ?? p.path);
  return parsed.problems.map((p) => p.message);
}

describe('parseInstrument', () => {
  test('the sample and the built-in at-risk instrument are valid, with defaults applied', () => {
    const sample = parseInstrument(sampleInstrument());
    expect(sample.ok).toBe(true);
    if (sample.ok) {
      expect(sample.instrument.audience).toBe('worker');
      expect(sample.instrument.groups[0]!.items[0]!.required).toBe(false);
    }
    expect(parseInstrument(atRisk).ok).toBe(true);
  });

  test('an unknown item in a rule', () => {
    expect(
      broken((raw) => (raw.rules[0]!.when = { all: [{ item: 'worked' }, { item: 'nobody' }] } as never)),
    ).toEqual(['rule "forced": refers to unknown item "nobody".']);
  });

  test('an unknown option in a condition', () => {
    expect(
      broken((_, item) => (item('illegal_task').showIf = { item: 'work_kind', in: ['criminal'] })),
    ).toEqual(['item "illegal_task" › showIf: item "work_kind" has no option "criminal".']);
  });

  test('missing or empty Spanish text names the item and the field', () => {
    const missing = broken((_, item) => (item('worked').text = { en: 'The youth worked.' }));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/^item "worked" › text\.es: /);
    expect(broken((_, item) => (item('worked').text = { en: 'The youth worked.', es: '  ' }))).toEqual([
      'item "worked" › text.es: Write the Spanish text.',
    ]);
    expect(broken((raw) => (raw.rules[0]!.label = { en: 'Forced', es: '' }))).toEqual([
      'rule "forced" › label.es: Write the Spanish text.',
    ]);
  });

  test('conditions that show each other in a cycle', () => {
    const messages = broken((_, item) => {
      item('worked').showIf = { item: 'illegal_task' };
      item('illegal_task').showIf = { item: 'worked' };
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^item "(worked|illegal_task)": conditions form a cycle: /);
    expect(messages[0]).toContain('worked → illegal_task');
  });

  test('a condition that depends on itself through a rule', () => {
    expect(
      broken((raw, item) => {
        raw.rules.push({
          key: 'asked_about',
          label: raw.rules[0]!.label,
          when: { item: 'illegal_task' },
        } as never);
        item('illegal_task').showIf = { rule: 'asked_about' };
      }),
    ).toEqual(['item "illegal_task": conditions form a cycle: illegal_task → illegal_task.']);
  });

  test('rules that refer to each other in a cycle, and a rule that does not exist', () => {
    const label = sampleInstrument().rules[0]!.label;
    expect(
      broken((raw) => {
        raw.rules.push({ key: 'first', label, when: { rule: 'second' } } as never);
        raw.rules.push({
          key: 'second',
          label,
          when: { any: [{ rule: 'first' }, { item: 'worked' }] },
        } as never);
      }),
    ).toEqual(['Rules refer to each other in a cycle: first → second → first.']);
    expect(broken((raw) => (raw.rules[0]!.when = { rule: 'missing' } as never))).toEqual([
      'rule "forced": refers to unknown rule "missing".',
    ]);
  });

  test('duplicate keys: items, options, rules', () => {
    expect(broken((_, item) => (item('notes').key = 'worked'))).toContain('item "worked" is defined twice.');
    expect(
      broken((_, item) => {
        const options = item('work_kind').options as { key: string }[];
        options[1]!.key = 'legal';
      }),
    ).toEqual(['item "work_kind": option "legal" is listed twice.']);
    expect(broken((raw) => raw.rules.push(raw.rules[0]!))).toEqual(['rule "forced" is defined twice.']);
  });

  test('a fact bound to the wrong type of item, an unknown fact, a fact bound twice', () => {
    expect(broken((_, item) => (item('hours').fact = 'laborOrServices'))).toEqual([
      'item "hours": fact "laborOrServices" is already bound to item "worked".',
      'item "hours": fact "laborOrServices" needs a yes_no item, not number.',
    ]);
    expect(broken((_, item) => (item('notes').fact = 'beneficiary'))).toEqual([
      'item "notes": fact "beneficiary" needs a single item, not text.',
    ]);
    expect(broken((_, item) => (item('notes').fact = 'favouriteColour'))).toEqual([
      'item "notes": unknown fact "favouriteColour".',
    ]);
  });

  test('an option that is not a value of its fact', () => {
    expect(
      broken((_, item) => {
        const options = item('work_kind').options as { key: string }[];
        options[1]!.key = 'volunteer';
      }),
    ).toEqual(['item "work_kind": option "volunteer" is not a value of fact "laborKind".']);
  });

  test('"atLeast" larger than its list can never be true', () => {
    expect(
      broken(
        (raw) =>
          (raw.rules[0]!.when = { atLeast: 3, of: [{ item: 'worked' }, { item: 'illegal_task' }] } as never),
      ),
    ).toEqual(['rule "forced": "atLeast 3" of only 2 conditions can never be true.']);
  });

  test('"unknown" and "declined" are reserved and cannot be options', () => {
    expect(
      broken((_, item) => {
        item('work_kind').fact = undefined;
        const options = item('work_kind').options as { key: string }[];
        options[0]!.key = 'unknown';
        options[1]!.key = 'declined';
      }),
    ).toEqual([
      'item "work_kind": "unknown" is reserved for that answer and cannot be an option.',
      'item "work_kind": "declined" is reserved for that answer and cannot be an option.',
    ]);
  });

  test('conditions must test an item the way its type allows', () => {
    expect(broken((_, item) => (item('illegal_task').showIf = { item: 'worked', in: ['yes'] }))).toEqual([
      'item "illegal_task" › showIf: item "worked" is a yes/no item: test it with "is".',
    ]);
    expect(broken((_, item) => (item('illegal_task').showIf = { item: 'notes', is: 'yes' }))).toEqual([
      'item "illegal_task" › showIf: item "notes" is a text item and cannot be tested by a condition.',
    ]);
  });

  test('loadInstrument throws one error naming the source and every problem', () => {
    const raw = sampleInstrument();
    raw.rules[0]!.when = { item: 'nobody' } as never;
    raw.rules[0]!.outcome = 'nowhere';
    expect(() => loadInstrument(raw, 'sample.json')).toThrow(
      'Instrument sample.json is not valid:\n  - rule "forced": refers to unknown item "nobody".\n  - rule "forced": unknown outcome "nowhere".',
    );
    expect(loadInstrument(sampleInstrument(), 'sample.json').key).toBe('sample-check');
  });
});
