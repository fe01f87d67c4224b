/**
 * Password rules after NIST SP 800-63B: a minimum length, a generous maximum, no composition rules,
 * and a check against passwords known to be common or breached, and against the account's own details.
 */
export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'contains_identity' | 'repetitive';

export interface PasswordCheckContext {
  email?: string;
  displayName?: string;
  blocklist: ReadonlySet<string>;
}

export function normalizePassword(pw: string): string {
  return pw.normalize('NFKC');
}

/** Length in Unicode code points, as 800-63B counts it. */
const length = (s: string) => [...s].length;

export function checkPassword(password: string, ctx: PasswordCheckContext): PasswordProblem | null {
  const pw = normalizePassword(password);
  // Both as typed and as normalised: NFKC can turn one code point into many (U+FDFA becomes 18).
  const len = Math.min(length(pw), length(password));
  if (len < PASSWORD_MIN_LENGTH) return 'too_short';
  if (Math.max(length(pw), length(password)) > PASSWORD_MAX_LENGTH) return 'too_long';
  const lower = pw.toLowerCase();
  if (isPaddedCommon(lower, ctx.blocklist)) return 'common';
  if (new Set(lower).size <= 3 || isMostlySequential(lower)) return 'repetitive';
  for (let size = 1; size <= Math.floor(lower.length / 3); size++) {
    const unit = lower.slice(0, size);
    if (unit.repeat(Math.ceil(lower.length / size)).startsWith(lower) && ctx.blocklist.has(unit))
      return 'common';
  }
  const identity = [ctx.email?.split('@')[0], ...(ctx.displayName?.split(/\s+/) ?? [])]
    .map((s) => s?.toLowerCase().trim() ?? '')
    .filter((s) => s.length >= 4);
  if (identity.some((part) => lower.includes(part))) return 'contains_identity';
  return null;
}

/**
 * Runs like "abcdefghijklmnop", "9876543210987654" or "1234567890abcdef": most neighbouring characters are
 * the same or one apart. 800-63B asks verifiers to refuse sequential and repetitive passwords.
 */
function isMostlySequential(lower: string): boolean {
  const cps = [...lower].map((c) => c.codePointAt(0)!);
  let steps = 0;
  for (let i = 1; i < cps.length; i++) if (Math.abs(cps[i]! - cps[i - 1]!) <= 1) steps++;
  return steps >= 0.8 * (cps.length - 1);
}

const PADDING = /[\d\W_]/u;

/**
 * A listed password with digits or punctuation added before or after it ("password1234567",
 * "!!!!!!!1qaz2wsx"). Listed words may themselves start or end with such characters, so every way of
 * trimming the padding is tried.
 */
function isPaddedCommon(lower: string, blocklist: ReadonlySet<string>): boolean {
  const chars = [...lower];
  let lead = 0;
  while (lead < chars.length && PADDING.test(chars[lead]!)) lead++;
  let trail = 0;
  while (trail < chars.length && PADDING.test(chars[chars.length - 1 - trail]!)) trail++;
  for (let i = 0; i <= lead; i++) {
    for (let j = 0; j <= trail; j++) {
      if (chars.length - i - j < 1) continue;
      if (blocklist.has(chars.slice(i, chars.length - j).join(''))) return true;
    }
  }
  return false;
}

export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `Use at least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words with spaces work well.`,
  too_long: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  common: 'That password is too common or has appeared in a data breach. Choose another.',
  contains_identity: 'Do not use your name or email in your password.',
  repetitive:
    'That password is a run of repeated or consecutive characters (like aaaa or 1234abcd). Choose another.',
};
