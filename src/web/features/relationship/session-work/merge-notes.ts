/**
 * "Put my words below theirs": their version kept as it is, then the lines of mine that theirs
 * doesn't already have. Both started from the same note, so the shared lines aren't repeated.
 */
export function mergeNotes(theirs: string, mine: string): string {
  if (theirs.trim() === "") return mine;
  const theirLines = new Set(
    theirs
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
  );
  const added = mine.split("\n").filter((line) => line.trim() && !theirLines.has(line.trim()));
  if (added.length === 0) return theirs;
  return `${theirs.trimEnd()}\n\n${added.join("\n")}`;
}
