import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id minimum (19 MiB, 2 iterations, 1 lane), about 13 ms a hash on these machines.
// The library's default algorithm is argon2id (a test checks the stored hash says so).
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, OPTIONS);

// Compared against when the e-mail is unknown, so that the answer takes as long either way.
let decoy: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  decoy ??= hashPassword('clef-decoy-password');
  try {
    return await verify(passwordHash ?? (await decoy), password);
  } catch {
    return false;
  }
}
