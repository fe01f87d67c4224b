/**
 * A small RFC 4180 reader: comma-separated fields, optional double quotes around a field, `""` for a quote
 * inside one, and line breaks (CRLF, LF or a lone CR) inside quoted fields. A leading byte-order mark is
 * dropped and blank lines are skipped. It never throws on bad input: a record that cannot be read comes back
 * with the reason and the physical line it started on, and reading goes on with the next record.
 */

export type CsvErrorKind = 'unclosed_quote' | 'text_after_quote' | 'field_too_long';

export interface CsvError {
  kind: CsvErrorKind;
  message: string;
  /** For an unclosed quote: the line where it was opened. */
  openedOn?: number;
}

export interface CsvRecord {
  /** The physical line (1-based) where the record starts. */
  line: number;
  fields: string[];
  /** Why the record could not be read as written; `fields` then holds what could be read. */
  error?: CsvError;
}

export interface CsvOptions {
  /** A field longer than this makes its record an error (the rest of the field is skipped, not kept). */
  maxFieldLength?: number;
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Read records one at a time, so a caller can stop early (row limit) or pause (yield to the event loop). */
export function* readCsv(input: string, opts: CsvOptions = {}): Generator<CsvRecord> {
  const maxField = opts.maxFieldLength ?? Number.POSITIVE_INFINITY;
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const n = text.length;
  let i = 0;
  let line = 1;

  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let error: CsvError | undefined;
    let quotedAny = false;
    let ended = false;
    while (!ended) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        quotedAny = true;
        const openedOn = line;
        i++;
        let parts = '';
        let from = i;
        let closed = false;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            if (text.charCodeAt(i + 1) === QUOTE) {
              parts += text.slice(from, i + 1);
              i += 2;
              from = i;
              continue;
            }
            parts += text.slice(from, i);
            i++;
            closed = true;
            break;
          }
          if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++;
          i++;
        }
        if (!closed) {
          parts += text.slice(from, i);
          error ??= {
            kind: 'unclosed_quote',
            message: `The quote opened on line ${openedOn} is never closed.`,
            openedOn,
          };
        }
        value = parts;
        // After a closing quote only a comma or the end of the line may follow.
        if (closed && i < n) {
          const c = text.charCodeAt(i);
          if (c !== COMMA && c !== LF && c !== CR) {
            error ??= {
              kind: 'text_after_quote',
              message: 'A closing quote must be followed by a comma or the end of the line.',
            };
            const start = i;
            while (i < n) {
              const d = text.charCodeAt(i);
              if (d === COMMA || d === LF || d === CR) break;
              i++;
            }
            value += text.slice(start, i);
          }
        }
      } else {
        const start = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === COMMA || c === LF || c === CR) break;
          i++;
        }
        value = text.slice(start, i); // a quote inside an unquoted field is kept as written
      }
      if (value.length > maxField) {
        error ??= {
          kind: 'field_too_long',
          message: `Field ${fields.length + 1} is longer than ${maxField} characters.`,
        };
        value = '';
      }
      fields.push(value);
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++; // a comma at the very end of the text is followed by one more, empty, field
        continue;
      }
      // CRLF, LF or a lone CR ends the record.
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      ended = true;
    }
    if (fields.length === 1 && fields[0] === '' && !quotedAny && !error) continue; // a blank line
    yield error ? { line: startLine, fields, error } : { line: startLine, fields };
  }
}

/** Every record at once (tests and small files). */
export function parseCsv(input: string, opts?: CsvOptions): CsvRecord[] {
  return [...readCsv(input, opts)];
}

/** One record as RFC 4180 text: quoted only when it has to be. */
export function csvLine(fields: readonly string[]): string {
  const quoted = fields.map((f) =>
    /[",\r\n]/.test(f) || (f === '' && fields.length === 1) ? `"${f.replace(/"/g, '""')}"` : f,
  );
  return quoted.join(',');
}
