import { type QueryClient, queryOptions, useSuspenseQuery } from "@tanstack/react-query";
import { get, setCsrfToken } from "../../api/client.ts";
import type { Me, Session, SignedIn } from "../../api/types.ts";

export const sessionQuery = queryOptions({
  queryKey: ["session"],
  queryFn: async () => {
    const session = await get<Session>("/session");
    setCsrfToken(session.signedIn ? session.csrfToken : null);
    return session;
  },
  staleTime: Number.POSITIVE_INFINITY,
});

/** Store the result of sign-in, setup, invite acceptance or password reset. */
export function applySignedIn(queryClient: QueryClient, result: SignedIn): void {
  setCsrfToken(result.csrfToken);
  const session: Session = {
    signedIn: true,
    setupNeeded: false,
    csrfToken: result.csrfToken,
    user: result.user,
  };
  queryClient.setQueryData(sessionQuery.queryKey, session);
}

/** Forget everything we know about the signed-in person. */
export function applySignedOut(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== "session" });
  const session: Session = { signedIn: false, setupNeeded: false };
  queryClient.setQueryData(sessionQuery.queryKey, session);
}

/** Replace the signed-in person's details after they edit their profile. */
export function applyMe(queryClient: QueryClient, me: Me): void {
  queryClient.setQueryData(sessionQuery.queryKey, (old) =>
    old?.signedIn ? { ...old, user: me } : old,
  );
}

let lastMe: Me | null = null;

/**
 * The signed-in person. Only use inside the app shell, where sign-in is guaranteed.
 * In the moment between signing out and leaving the page, it returns the person who was
 * signed in, so the old page can unmount quietly.
 */
export function useMe(): Me {
  const { data } = useSuspenseQuery(sessionQuery);
  if (data.signedIn) {
    lastMe = data.user;
    return data.user;
  }
  if (lastMe) return lastMe;
  throw new Error("useMe() needs a signed-in session");
}
