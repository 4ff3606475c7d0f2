import { queryOptions } from "@tanstack/react-query";
import { del, get, post } from "../../api/client.ts";

export type CircleRole = "facilitator" | "member";

/** A circle as its program's managers see it: its name, its people and dates. */
export interface Circle {
  id: string;
  name: string;
  status: "proposed" | "active" | "declined" | "ended";
  startedAt: string | null;
  endedAt: string | null;
  people: { id: string; name: string; role: CircleRole }[];
}

export const MAX_FACILITATORS = 2;
export const MAX_CIRCLE_MEMBERS = 8;
export const MIN_CIRCLE_MEMBERS = 2;

const base = (slug: string) => `/programs/${encodeURIComponent(slug)}/circles`;

export const circlesQuery = (slug: string) =>
  queryOptions({
    queryKey: ["circles", slug],
    queryFn: () => get<{ circles: Circle[] }>(base(slug)),
    select: (data) => data.circles,
  });

export const createCircle = (
  slug: string,
  input: { name: string; facilitatorIds: string[]; memberIds: string[] },
) => post<{ circle: Circle }>(base(slug), input);

export const addCircleMember = (circleId: string, personId: string, role: CircleRole) =>
  post<{ circle: Circle }>(`/circles/${circleId}/members`, { personId, role });

export const removeCircleMember = (circleId: string, personId: string) =>
  del<{ circle: Circle }>(`/circles/${circleId}/members/${personId}`);
