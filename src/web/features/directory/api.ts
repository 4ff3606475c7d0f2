import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { get } from "../../api/client.ts";
import type { DirectorySearch } from "./search-params.ts";

export interface DirectorySkill {
  id: string;
  name: string;
  level: number;
}

export interface DirectoryPerson {
  id: string;
  name: string;
  preferredName: string | null;
  title: string | null;
  department: string | null;
  location: string | null;
  timeZone: string | null;
  photoUrl: string | null;
  openToMentor: boolean;
  status: "active" | "deactivated";
  topSkills: DirectorySkill[];
}

export interface Helper extends DirectoryPerson {
  level: number;
  canTeach: boolean;
  available: boolean;
  placesLeft: number;
}

interface Paged {
  total: number;
  totalIsExact: boolean;
  page: number;
  pageSize: number;
}

export interface DirectoryPage extends Paged {
  people: DirectoryPerson[];
}

export interface WhoCanHelp extends Paged {
  skill: { id: string; name: string } | null;
  suggestions: { id: string; name: string }[];
  people: Helper[];
}

export interface DirectoryFilters {
  departments: { name: string; count: number }[];
  locations: { name: string; count: number }[];
}

export const PAGE_SIZE = 24;
export const HELPERS_PAGE_SIZE = 12;

const queryString = (params: Record<string, string | number | boolean | undefined>) =>
  new URLSearchParams(
    Object.entries(params).flatMap(([key, value]) =>
      value === undefined || value === "" ? [] : [[key, String(value)]],
    ),
  ).toString();

export const directoryQuery = (search: DirectorySearch) =>
  queryOptions({
    queryKey: ["directory", search],
    queryFn: () =>
      get<DirectoryPage>(
        `/directory?${queryString({
          q: search.q,
          department: search.department,
          location: search.location,
          offered: search.offered,
          wanted: search.wanted,
          openToMentor: search.mentors ? true : undefined,
          page: search.page,
          pageSize: PAGE_SIZE,
        })}`,
      ),
    // Keep showing the last results while the next ones load: no flicker as people type.
    placeholderData: keepPreviousData,
  });

export const directoryFiltersQuery = queryOptions({
  queryKey: ["directory", "filters"],
  queryFn: () => get<DirectoryFilters>("/directory/filters"),
  staleTime: 5 * 60_000,
});

export const whoCanHelpQuery = (skill: string, page: number) =>
  queryOptions({
    queryKey: ["directory", "who-can-help", skill, page],
    queryFn: () =>
      get<WhoCanHelp>(
        `/directory/who-can-help?${queryString({ skill, page, pageSize: HELPERS_PAGE_SIZE })}`,
      ),
    enabled: skill !== "",
    placeholderData: keepPreviousData,
  });
