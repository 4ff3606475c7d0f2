import { queryOptions } from "@tanstack/react-query";
import { get } from "../../api/client.ts";
import type { Match, MemberRole } from "../relationships/api.ts";

/** A relationship as its program's managers see it: dates, counts and flags only. */
export interface RelationshipOverview {
  id: string;
  kind: "pair" | "circle";
  name: string | null;
  members: { id: string; name: string; role: MemberRole }[];
  status: Match["status"];
  startedAt: string | null;
  endedAt: string | null;
  agreed: boolean;
  agreedAt: string | null;
  sessionsHeld: number;
  lastSessionAt: string | null;
  nextSessionAt: string | null;
  nudgedAt: string | null;
  stalled: boolean;
  stalledAt: string | null;
  atRisk: boolean;
  openCheckIns: number;
}

export interface ProgramAggregates {
  minimumPeople: number;
  scores: { people: number; satisfaction: number; usefulness: number; expectations: number } | null;
  scoresReason: string | null;
  fit: { people: number; yesShare: number } | null;
  fitReason: string | null;
}

export interface ProgramOverview {
  program: { slug: string; name: string };
  /** One page of the relationships matching the filters. */
  relationships: RelationshipOverview[];
  total: number;
  page: number;
  pageSize: number;
  aggregates: ProgramAggregates;
}

export type OverviewFilters = {
  status?: Match["status"];
  stalled?: boolean;
  atRisk?: boolean;
  page?: number;
};

export const programRelationshipsQuery = (slug: string, filters: OverviewFilters) => {
  const params = new URLSearchParams();
  if (filters.status) params.set("status", filters.status);
  if (filters.stalled !== undefined) params.set("stalled", String(filters.stalled));
  if (filters.atRisk !== undefined) params.set("atRisk", String(filters.atRisk));
  if (filters.page !== undefined) params.set("page", String(filters.page));
  const query = params.toString();
  return queryOptions({
    queryKey: ["program-relationships", slug, filters],
    queryFn: () =>
      get<ProgramOverview>(
        `/programs/${encodeURIComponent(slug)}/relationships${query ? `?${query}` : ""}`,
      ),
  });
};
