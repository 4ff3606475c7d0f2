/** Where a person's photo is served; the version in the URL lets browsers cache it for good. */
export function photoUrl(personId: string, version: string | null | undefined): string | null {
  return version ? `/api/people/${personId}/photo?v=${version}` : null;
}
