/** The directory's state in the address bar, so a search can be shared and Back works. */
export type DirectorySearch = {
  view?: "help";
  q?: string;
  department?: string;
  location?: string;
  /** Skill ids, with the names to show them by. */
  offered?: string;
  offeredName?: string;
  wanted?: string;
  wantedName?: string;
  mentors?: true;
  page?: number;
  /** Who can help: the skill id and name. */
  skill?: string;
  skillName?: string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = (value: unknown, max: number) =>
  typeof value === "string" && value.trim() !== "" ? value.slice(0, max) : undefined;
const id = (value: unknown) => (typeof value === "string" && UUID.test(value) ? value : undefined);

/**
 * Reads the search part of /directory, keeping only what makes sense: anything else someone
 * typed into the address bar is dropped rather than sent on to the server.
 */
export function parseDirectorySearch(search: Record<string, unknown>): DirectorySearch {
  const page = Number(search.page);
  const out: DirectorySearch = {
    view: search.view === "help" ? "help" : undefined,
    q: text(search.q, 200),
    department: text(search.department, 200),
    location: text(search.location, 200),
    offered: id(search.offered),
    wanted: id(search.wanted),
    mentors: search.mentors === true || search.mentors === "true" ? true : undefined,
    page: Number.isInteger(page) && page > 1 && page <= 10_000 ? page : undefined,
    skill: id(search.skill),
  };
  if (out.offered) out.offeredName = text(search.offeredName, 120);
  if (out.wanted) out.wantedName = text(search.wantedName, 120);
  if (out.skill) out.skillName = text(search.skillName, 120);
  return Object.fromEntries(
    Object.entries(out).filter(([, value]) => value !== undefined),
  ) as DirectorySearch;
}

/** "1 person", "24 people", "10,000+ people". */
export function peopleCount(total: number, exact: boolean) {
  const n = total.toLocaleString("en");
  if (!exact) return `${n}+ people`;
  return total === 1 ? "1 person" : `${n} people`;
}
