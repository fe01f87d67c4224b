/**
 * The built-in values of the extendable lookup lists, from content/lookups/settings.json. Read and validated
 * once, on first use: a malformed file fails loudly at start-up of the first request that needs it, never
 * silently offers a wrong list.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { EXTENDABLE_LISTS, type ExtendableList } from '../../../domain/record/vocabulary';

export const SETTINGS_FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../content/lookups/settings.json',
);

export const CODE_PATTERN = /^[a-z0-9_]{1,60}$/;

const entry = z.strictObject({
  code: z.string().regex(CODE_PATTERN),
  en: z.string().trim().min(2).max(120),
  es: z.string().trim().min(2).max(120),
});
const uniqueCodes = (list: readonly { code: string }[]) =>
  new Set(list.map((e) => e.code)).size === list.length;

export const settingsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  ...(Object.fromEntries(
    EXTENDABLE_LISTS.map((l) => [
      l,
      z
        .array(entry)
        .min(1)
        .refine(uniqueCodes, { message: `Codes in ${l} must be unique.` }),
    ]),
  ) as unknown as Record<ExtendableList, z.ZodType<z.infer<typeof entry>[]>>),
});
export type BuiltInEntry = z.infer<typeof entry>;
export type BuiltInLookups = Record<ExtendableList, readonly BuiltInEntry[]>;

export function parseSettingsFile(text: string): BuiltInLookups {
  const parsed = settingsFileSchema.parse(JSON.parse(text));
  return Object.fromEntries(EXTENDABLE_LISTS.map((l) => [l, parsed[l]])) as unknown as BuiltInLookups;
}

let cached: BuiltInLookups | null = null;

/** The built-in values, loaded from content/lookups/settings.json once per process. */
export function builtInLookups(): BuiltInLookups {
  cached ??= parseSettingsFile(readFileSync(SETTINGS_FILE, 'utf8'));
  return cached;
}

/** A stable snake_case code for a county value, from its English label ("Nail salons" → "nail_salons"). */
export function codeFromLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60)
    .replace(/_+$/, '');
}
