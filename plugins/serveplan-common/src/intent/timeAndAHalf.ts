/**
 * A time said as a whole unit "and a half": "a second and a half", "an hour and a half", "2
 * minutes and a half" are 1.5 s, 1.5 h and 2.5 min. The unit stands between the count and the
 * half, where the word parser (numbers.ts), which reads "one and a half seconds", does not look;
 * without this the half is lost ("in an hour and a half" would be read as 1 h). Rewritten to
 * digits and the plural unit ("1.5 seconds") before the readers run. A half glued to a word after
 * it ("a minute and a half-price plan") is a half of that, and left alone.
 */
const UNIT_AND_A_HALF =
  /(?<![\d.,])\b(?<count>a|an|one|\d+)\s(?<unit>second|minute|hour|day)s?\sand\s(?:a|one)\shalf\b(?!-)/gi;

/** `text` with every "<count> <unit> and a half" rewritten as "<count + 0.5> <unit>s". */
export function rewriteTimeAndAHalf(text: string): string {
  return text.replace(UNIT_AND_A_HALF, (...args) => {
    const g = args[args.length - 1] as { count: string; unit: string };
    const count = /^\d+$/.test(g.count) ? Number(g.count) : 1;
    return `${count + 0.5} ${g.unit.toLowerCase()}s`;
  });
}
