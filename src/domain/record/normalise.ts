/**
 * Normal forms for matching, shared by search, duplicate checks, the network view and imports. The same
 * functions fold what is stored and what is searched, so both engines match alike without unaccent.
 */

/** Lower case, accents removed, punctuation to spaces, single spaces: "José-Luis  O'Neill" → "jose luis o neill". */
export function foldName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Digits only, without a leading US country code: "+1 (510) 555-0142" → "5105550142". */
export function normalisePhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

/** Lower case, without a leading @ or spaces: "@Star.Dust " → "star.dust". */
export function normaliseHandle(value: string): string {
  return value.trim().replace(/^@+/, '').toLowerCase().normalize('NFKC');
}

/** The text a record's trigram index holds: every name it is known by, folded, separated by " | ". */
export function searchNames(names: readonly string[]): string {
  return [...new Set(names.map(foldName).filter((n) => n.length > 0))].join(' | ');
}
