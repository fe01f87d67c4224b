import type { FormErrors } from '@web/ui/formErrors';

/**
 * From the API's field paths ("allegations.1.exploitation.endDate") to the inputs of a form, so a 422
 * lands next to the right field and the error summary links to it.
 *
 * Every input of the report and allegation forms gets the id `fieldDomId(form, key)`, where `key` is the
 * path the API uses for it. Checkbox groups (settings, means) are one field: a path that names one of
 * their items ("…settings.3") belongs to the group.
 */

/** Arrays the form shows as one group of checkboxes rather than one input per item. */
const GROUPED_ARRAYS: ReadonlySet<string> = new Set(['settings', 'means']);

export function joinPath(base: string, field: string): string {
  return base ? `${base}.${field}` : field;
}

/** The form's key for a path the API names. */
export function fieldKey(path: string): string {
  const parts = path.split('.').filter(Boolean);
  const kept: string[] = [];
  for (const part of parts) {
    const previous = kept[kept.length - 1];
    if (/^\d+$/.test(part) && previous !== undefined && GROUPED_ARRAYS.has(previous)) continue;
    kept.push(part);
  }
  return kept.join('.');
}

/** The id of the element for a field key within one form (ids stay unique when a page has two forms). */
export function fieldDomId(form: string, key: string): string {
  const safe = key.replace(/[^A-Za-z0-9_-]+/g, '-');
  return safe ? `${form}-${safe}` : form;
}

/** The first message for a field, if it has one. */
export function messageFor(errors: FormErrors | null, key: string): string | undefined {
  return errors?.fields.find((field) => fieldKey(field.path) === key)?.message;
}

/**
 * For the error summary: each problem's path to the id of the nearest element that exists. A path
 * deeper than any input ("…places.0") walks up to its section ("…exploitation", then the allegation's
 * fieldset), so every linked problem takes the person somewhere useful.
 */
export function summaryFieldIds(
  errors: FormErrors | null,
  form: string,
  exists: (id: string) => boolean,
): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const { path } of errors?.fields ?? []) {
    const parts = fieldKey(path).split('.');
    while (parts.length > 0) {
      const id = fieldDomId(form, parts.join('.'));
      if (exists(id)) {
        ids[path] = id;
        break;
      }
      parts.pop();
    }
  }
  return ids;
}

/** In the browser: whether the document has an element with this id. */
export function inDocument(id: string): boolean {
  return typeof document !== 'undefined' && document.getElementById(id) !== null;
}
