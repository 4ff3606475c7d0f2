/** "Good morning" / "Good afternoon" / "Good evening", by the person's local time. */
export function greetingFor(date: Date): string {
  const hour = date.getHours();
  if (hour >= 5 && hour < 12) return "Good morning";
  if (hour >= 12 && hour < 18) return "Good afternoon";
  return "Good evening";
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** How the home page greets someone: the name they asked to be called by, else their first word. */
export function greetingName(person: { name: string; preferredName: string | null }): string {
  return person.preferredName?.trim() || firstName(person.name);
}
