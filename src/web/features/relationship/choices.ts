/**
 * Choices for how often and how long people meet, as plain native selects (lighter than number
 * inputs, and the same on every device).
 */
export const CADENCE_CHOICES = Array.from({ length: 12 }, (_, i) => ({
  value: String(i + 1),
  label: i === 0 ? "Every week" : `Every ${i + 1} weeks`,
}));

const STANDARD_MINUTES = [15, 30, 45, 60, 75, 90, 120, 150, 180, 240];

const minutesLabel = (minutes: number) =>
  minutes < 60
    ? `${minutes} minutes`
    : minutes % 60 === 0
      ? `${minutes / 60} hour${minutes === 60 ? "" : "s"}`
      : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;

/** Session lengths to pick from; a length saved earlier that isn't a standard one stays listed. */
export function minuteChoices(current: number) {
  const values = STANDARD_MINUTES.includes(current)
    ? STANDARD_MINUTES
    : [...STANDARD_MINUTES, current].sort((a, b) => a - b);
  return values.map((minutes) => ({ value: String(minutes), label: minutesLabel(minutes) }));
}
