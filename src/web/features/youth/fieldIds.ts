import type { FormErrors } from '@web/ui/formErrors';

/**
 * Input ids follow the API's field paths, so a 422 naming "otherNames.1.name" links to the second other
 * name's input: `fieldId('new-youth', 'otherNames.1.name')` → "new-youth-otherNames-1-name".
 */
export function fieldId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/[^A-Za-z0-9_]+/g, '-')}`;
}

/** The ids a path may land on, most specific first: "a.b.2" → a-b-2, a-b, a. */
export function fieldIdCandidates(prefix: string, path: string): string[] {
  const parts = path.split('.').filter(Boolean);
  const ids: string[] = [];
  for (let end = parts.length; end > 0; end -= 1) ids.push(fieldId(prefix, parts.slice(0, end).join('.')));
  return ids;
}

/**
 * For an error summary: each reported path mapped to the first input that exists for it (an error about a
 * list, such as "raceEthnicity.3", lands on the list's first input). Paths with no input stay unlinked.
 * `rename` lets a form whose body nests its fields (an amendment's "contact.narrative") use plain ids.
 */
export function errorFieldIds(
  errors: FormErrors | null,
  prefix: string,
  exists: (id: string) => boolean,
  rename: (path: string) => string = (path) => path,
): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const field of errors?.fields ?? []) {
    const found = fieldIdCandidates(prefix, rename(field.path)).find(exists);
    if (found) ids[field.path] = found;
  }
  return ids;
}

/** Whether an element with this id is on the page. */
export const inDocument = (id: string): boolean =>
  typeof document !== 'undefined' && document.getElementById(id) !== null;

/** The first message about a path or anything inside it ("raceEthnicity" covers "raceEthnicity.3"). */
export function messageUnder(errors: FormErrors | null, path: string): string | undefined {
  return errors?.fields.find((field) => field.path === path || field.path.startsWith(`${path}.`))?.message;
}
