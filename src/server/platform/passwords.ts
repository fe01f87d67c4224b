import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { checkPassword, PASSWORD_MESSAGES } from '../../domain/access/password';
import { AppError } from './errors';

/** argon2id with the OWASP-recommended floor (19 MiB, 2 passes, 1 lane). */
const ARGON2 = {
  algorithm: 2 as Algorithm /* Argon2id; a const enum we cannot import under verbatimModuleSyntax */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const hashPassword = (password: string) => hash(password.normalize('NFKC'), ARGON2);

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    await hash(password, ARGON2); // same work either way: timing does not tell which accounts exist
    return false;
  }
  try {
    return await verify(stored, password.normalize('NFKC'));
  } catch {
    return false;
  }
}

const BLOCKLIST_FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../content/passwords/common-passwords.txt',
);

export function loadBlocklist(file = BLOCKLIST_FILE): Set<string> {
  const set = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const w = line.trim().toLowerCase();
    if (w) set.add(w);
  }
  return set;
}

/** Throws 422 password_rejected with a message that says what to do. */
export function assertAcceptablePassword(
  password: string,
  ctx: { email?: string; displayName?: string; blocklist: ReadonlySet<string> },
  field = 'password',
): void {
  const problem = checkPassword(password, ctx);
  if (problem) {
    const message = PASSWORD_MESSAGES[problem];
    throw new AppError('password_rejected', message, { details: [{ path: field, message }] });
  }
}
