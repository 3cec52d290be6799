/**
 * What one piece of text says, before defaults: the values found, where each came from, notes on
 * how words were read, and problems (absurd numbers, contradictions) to raise or ask about.
 * The extractors write into a Signals; ruleBasedIntent.ts turns it into an Intent and
 * conversation.ts overlays it on an earlier one.
 */
import {
  FieldSource,
  IntentField,
  IntentFields,
  PriorityField,
} from './intentSchema';

/** A number or statement the engine must not silently accept. */
export interface SignalProblem {
  field?: IntentField;
  message: string;
}

export interface Signals {
  values: Partial<IntentFields>;
  source: Partial<Record<IntentField, FieldSource>>;
  notes: Partial<Record<IntentField, string>>;
  /** Assumptions not tied to one field (vague words, typo fixes). */
  assumptions: string[];
  /** Out-of-range numbers: a specific error. */
  errors: SignalProblem[];
  /** Contradictions or unclear statements: candidates for the clarifying question, first first. */
  questions: SignalProblem[];
  /** How many things were recognised: 0 means the text said nothing the engine understands. */
  recognised: number;
  /** Relative changes found in a follow-up ("make it cheaper", "double the users"). */
  relative: RelativeChange[];
}

export type RelativeChange =
  | {
      kind: 'priority';
      field: PriorityField;
      direction: 1 | -1;
      text: string;
    }
  | { kind: 'scale'; factor: number; text: string }
  /** "raise the budget by 2k", "add 300 users": a number moved by an amount or a percentage. */
  | {
      kind: 'increment';
      field: 'users' | 'budget_usd_per_month';
      delta?: number;
      factor?: number;
      text: string;
    }
  /** "make that 2.5k": a bare number correcting the field it is close to. */
  | { kind: 'restate'; value: number; text: string }
  | { kind: 'percentile'; from: number | null; to: number; text: string }
  | { kind: 'clear'; field: IntentField; text: string }
  | {
      kind: 'add_list';
      field: 'allowed_gpus' | 'preferred_models';
      ids: string[];
      text: string;
    }
  | {
      kind: 'unexclude';
      field: 'excluded_models' | 'excluded_gpus';
      ids: string[];
      text: string;
    };

export function emptySignals(): Signals {
  return {
    values: {},
    source: {},
    notes: {},
    assumptions: [],
    errors: [],
    questions: [],
    recognised: 0,
    relative: [],
  };
}

/** Sets a field unless it was already stated (the first statement wins within one text). */
export function setSignal<K extends IntentField>(
  s: Signals,
  field: K,
  value: IntentFields[K],
  source: FieldSource,
  note?: string,
  options: { override?: boolean } = {},
): boolean {
  if (s.values[field] !== undefined && !options.override) {
    // a stated value beats an inferred one
    if (!(s.source[field] !== 'stated' && source === 'stated')) return false;
  }
  s.values[field] = value;
  s.source[field] = source;
  if (note) s.notes[field] = note;
  else delete s.notes[field];
  s.recognised++;
  return true;
}

/** Ranges of the text already read, so one number is not taken twice. */
export class Spans {
  private readonly ranges: Array<[number, number]> = [];

  take(start: number, end: number): void {
    this.ranges.push([start, end]);
  }

  overlaps(start: number, end: number): boolean {
    return this.ranges.some(([s, e]) => start < e && end > s);
  }

  /** Where the read text overlapping start..end ends (the furthest end), or undefined. */
  overlapEnd(start: number, end: number): number | undefined {
    let last: number | undefined;
    for (const [s, e] of this.ranges)
      if (start < e && end > s) last = Math.max(last ?? e, e);
    return last;
  }
}
