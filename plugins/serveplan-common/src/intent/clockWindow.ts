/**
 * Batch windows written as clock times: "10pm-6am", "between 22:00 and 06:00", "from 1 am to 5
 * am", "midnight to 6am". The hours between the two times, across midnight when the end comes
 * first on the clock ("10pm-6am" = 8 h).
 */

const TIME =
  '(?:(?:\\d{1,2})(?::\\d{2})?\\s?(?:am|pm)|\\d{1,2}:\\d{2}|midnight|noon)';

/** Two clock times joined by "-", "to", "until" or "between ... and". */
export const CLOCK_RANGE_SOURCE = `\\b(?:from\\s|between\\s)?(?<from>${TIME})\\s?(?:-|to|until|till|through|and)\\s?(?<to>${TIME})(?![\\w:])`;

/** Hours after midnight of a clock time ("10pm" → 22, "6:30 am" → 6.5, "22:00" → 22). */
export function clockHour(time: string): number | undefined {
  const t = time.trim().toLowerCase();
  if (t === 'midnight') return 0;
  if (t === 'noon') return 12;
  const m = /^(\d{1,2})(?::(\d{2}))?\s?(am|pm)?$/.exec(t);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minutes = m[2] ? Number(m[2]) : 0;
  if (minutes >= 60) return undefined;
  if (m[3]) {
    if (hour < 1 || hour > 12) return undefined;
    if (hour === 12) hour = 0;
    if (m[3] === 'pm') hour += 12;
  } else if (!m[2] || hour > 24) return undefined;
  return (hour % 24) + minutes / 60;
}

/** Hours from one clock time to the next, across midnight; undefined when either is no time. */
export function hoursBetween(from: string, to: string): number | undefined {
  const a = clockHour(from);
  const b = clockHour(to);
  if (a === undefined || b === undefined) return undefined;
  const hours = (b - a + 24) % 24;
  return hours === 0 ? undefined : hours;
}
