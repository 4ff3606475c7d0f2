import { queryOptions } from "@tanstack/react-query";
import { get } from "../../api/client.ts";

export interface OrgChartPerson {
  id: string;
  name: string;
  preferredName: string | null;
  title: string | null;
  department: string | null;
  photoUrl: string | null;
  directReports: number;
}

export interface OrgChartPage {
  people: OrgChartPerson[];
  total: number;
}

export const PAGE_SIZE = 50;

export const topOfChartQuery = (limit: number) =>
  queryOptions({
    queryKey: ["org-chart", "top", limit],
    queryFn: () => get<OrgChartPage>(`/org-chart?limit=${limit}`),
    placeholderData: (previous) => previous,
  });

export const reportsQuery = (personId: string, limit: number) =>
  queryOptions({
    queryKey: ["org-chart", "reports", personId, limit],
    queryFn: () => get<OrgChartPage>(`/org-chart/people/${personId}/reports?limit=${limit}`),
    placeholderData: (previous) => previous,
  });

export const chainQuery = (personId: string) =>
  queryOptions({
    queryKey: ["org-chart", "chain", personId],
    queryFn: () => get<{ chain: OrgChartPerson[] }>(`/org-chart/people/${personId}/chain`),
    select: (data) => data.chain,
  });

export const searchPeopleQuery = (q: string) =>
  queryOptions({
    queryKey: ["org-chart", "search", q],
    queryFn: () => get<OrgChartPage>(`/org-chart/search?q=${encodeURIComponent(q)}`),
    enabled: q.trim().length > 0,
    staleTime: 30_000,
  });
