import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { csvLine, parseCsv } from './csv';

const fieldsOf = (text: string) => parseCsv(text).map((r) => r.fields);

describe('reading CSV (RFC 4180)', () => {
  test('plain fields, LF, CRLF and a lone CR all end a record', () => {
    expect(fieldsOf('a,b\n1,2\r\n3,4\r5,6')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  test('quoted fields hold commas, doubled quotes and line breaks', () => {
    const recs = parseCsv('id,note\n1,"Smith, ""Jo""\r\nsecond line"\n2,x\n');
    expect(recs.map((r) => r.fields)).toEqual([
      ['id', 'note'],
      ['1', 'Smith, "Jo"\r\nsecond line'],
      ['2', 'x'],
    ]);
    // Line numbers are where each record starts: the quoted line break moves the next record to line 4.
    expect(recs.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  test('a byte-order mark is dropped and blank lines are skipped', () => {
    const recs = parseCsv('\uFEFFa,b\n\n1,2\n\r\n');
    expect(recs.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(recs[1]!.line).toBe(3);
  });

  test('empty fields, a trailing comma, and a quoted empty line are kept', () => {
    expect(fieldsOf('a,,c,\n""\n,')).toEqual([['a', '', 'c', ''], [''], ['', '']]);
  });

  test('a quote inside an unquoted field is kept as written', () => {
    expect(fieldsOf('5" tall,x')).toEqual([['5" tall', 'x']]);
  });

  test('text after a closing quote is an error on that record only', () => {
    const recs = parseCsv('a,b\n"x"y,2\n3,4');
    expect(recs[1]).toMatchObject({ line: 2, error: { kind: 'text_after_quote' } });
    expect(recs[2]).toEqual({ line: 3, fields: ['3', '4'] });
  });

  test('a quote that never closes is reported with the line it opened on', () => {
    const recs = parseCsv('a,b\n1,2\n3,"open\n4,5\n');
    expect(recs[2]).toMatchObject({ line: 3, error: { kind: 'unclosed_quote', openedOn: 3 } });
    expect(recs).toHaveLength(3);
  });

  test('a field longer than the limit makes its record an error, and reading goes on', () => {
    const recs = parseCsv(`a,b\n${'x'.repeat(11)},1\n2,3`, { maxFieldLength: 10 });
    expect(recs[1]).toMatchObject({ line: 2, error: { kind: 'field_too_long' } });
    expect(recs[2]!.fields).toEqual(['2', '3']);
  });

  const field = fc.string({
    unit: fc.constantFrom('a', 'é', ' ', ',', '"', '\n', '\r', '\r\n', 'Z', '\u0301'),
  });
  const records = fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });
  const write = (recs: string[][], eol: string) => recs.map(csvLine).join(eol) + eol;

  test('writing then reading gives back the same records (any text, any line ending inside fields)', () => {
    fc.assert(
      fc.property(records, fc.constantFrom('\n', '\r\n'), (recs, eol) => {
        // A lone empty field is written quoted (""), so it is not mistaken for a blank line.
        const back = parseCsv(write(recs, eol));
        expect(back.every((r) => !r.error)).toBe(true);
        expect(back.map((r) => r.fields)).toEqual(recs);
      }),
    );
  });

  test('a byte-order mark in front of any file changes nothing', () => {
    fc.assert(
      fc.property(records, (recs) => {
        const text = write(recs, '\r\n');
        expect(parseCsv(`\uFEFF${text}`)).toEqual(parseCsv(text));
      }),
    );
  });
});
