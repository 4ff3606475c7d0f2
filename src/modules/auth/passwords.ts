import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

// algorithm 2 is Argon2id (a const enum in the typings, which isolated modules cannot read).
const options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const passwordSchema = z
  .string()
  .min(10, "Use at least 10 characters.")
  .max(200, "That's longer than we accept (200 characters at most).");

export const hashPassword = (password: string) => hash(password, options);

/**
 * The password hash of someone who hasn't chosen a password yet (people loaded from an HR file):
 * no password matches it. They join through an invitation or a password reset.
 */
export const NO_PASSWORD_YET = "!no-password-yet";

// Verifying against this when nobody matches keeps the answer time the same either way.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string) {
  if (!passwordHash || passwordHash === NO_PASSWORD_YET) {
    dummyHash ??= hashPassword("not a real password, only for timing");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
