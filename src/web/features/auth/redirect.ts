/** Only follow redirects that stay inside this site: "/profile" yes, "//evil.example" no. */
export function safeRedirect(target: unknown): string | undefined {
  if (typeof target !== "string") return undefined;
  if (!target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) {
    return undefined;
  }
  return target;
}
