import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A 256-bit random token, URL-safe. Only its hash is ever stored. */
export const randomToken = () => randomBytes(32).toString("base64url");

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
