/**
 * Validation problems (the browser's parseInstrument, or the server's 422 details) as the editor's error
 * summary shows them: each message names the item, and links to the input that fixes it where there is one.
 */
import type { Instrument } from '@domain/identification/instrument';
import type { FieldError, FormErrors } from '@web/ui/formErrors';
import { problemFieldId } from './editor';
import { ruleCountId, scoreThresholdId } from './thresholds';

export const JSON_FIELD_ID = 'adapt-json';
export const CHANGE_NOTE_ID = 'adapt-change-note';

export interface EditorErrors {
  errors: FormErrors;
  /** Problem path → input id, for the summary's links. */
  fieldIds: Record<string, string>;
  /** Input id → the first message about it, for the message beside the input. */
  byField: Map<string, string>;
}

/** The server names places inside the body ("definition › item "x" › text.es"); the editor, inside the definition. */
export const definitionPath = (path: string) => path.replace(/^definition › /, '');

/** A count or threshold the schema refused, at its exact place (`rule "k" › when.any.1.atLeast`). */
function numberFieldId(path: string): string | null {
  const rule = /^rule "([^"]+)" › when((?:\.(?:all|any|of)\.\d+|\.not)*)\.atLeast$/.exec(path);
  if (rule) {
    const steps = [...(rule[2] ?? '').matchAll(/\.(?:all|any|of)\.(\d+)|\.not/g)].map((m) =>
      Number(m[1] ?? 0),
    );
    return ruleCountId(rule[1]!, steps);
  }
  const score = /^score "([^"]+)" › thresholds\.(\d+)\.atLeast$/.exec(path);
  return score ? scoreThresholdId(score[1]!, Number(score[2])) : null;
}

/**
 * The error summary for a list of problems. In the form, each links to its input when the form has one
 * (`exists` says whether it does); in the JSON view every problem links to the text box.
 */
export function editorErrors(
  message: string,
  problems: readonly FieldError[],
  inst: Instrument | null,
  exists: (id: string) => boolean,
): EditorErrors {
  const fields = problems.map((p) => ({ path: definitionPath(p.path), message: p.message }));
  const fieldIds: Record<string, string> = {};
  const byField = new Map<string, string>();
  for (const field of fields) {
    const id =
      field.path === CHANGE_NOTE_ID || field.path === 'changeNote'
        ? CHANGE_NOTE_ID
        : inst
          ? (numberFieldId(field.path) ?? problemFieldId(inst, field.path))
          : JSON_FIELD_ID;
    if (!id || !exists(id)) continue;
    fieldIds[field.path] = id;
    if (!byField.has(id)) byField.set(id, field.message);
  }
  return { errors: { message, fields }, fieldIds, byField };
}
