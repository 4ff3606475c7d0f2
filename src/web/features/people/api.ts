import { queryOptions } from "@tanstack/react-query";
import { get, patch, post } from "../../api/client.ts";
import type { Role } from "../../api/types.ts";

export interface Person {
  id: string;
  email: string;
  name: string;
  title: string | null;
  role: Role;
  status: "active" | "deactivated";
  createdAt: string;
}

export const peopleQuery = queryOptions({
  queryKey: ["people"],
  queryFn: () => get<{ people: Person[] }>("/people"),
  select: (data) => data.people,
});

export const changeRole = (personId: string, role: Role) =>
  patch<Person>(`/people/${personId}/role`, { role });

export const setActive = (personId: string, active: boolean) =>
  post<Person>(`/people/${personId}/${active ? "reactivate" : "deactivate"}`);
