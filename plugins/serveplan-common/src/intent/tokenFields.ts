/**
 * Token fields: a length in tokens set on its field (the longest input, the typical input, the
 * typical output), "mil" read as a thousand and "k" as 1024 for powers of two; and a length said,
 * as the readers that read a bare number after it see it.
 */
import { setSignal } from './signals';
import { checkPositive, fmt, QuantityContext } from './quantityReading';
import { TokenRole } from './numberAttachment';

/**
 * "mil" in a length of one text is the thousand of Spanish and Portuguese ("each one until 15 mil
 * tokens", "hasta 8 mil tokens"): the numbers reader takes "mil" as English slang for a million,
 * which is said of money and volumes, and a single prompt or answer of millions of tokens fits no
 * model.
 */
const MIL_SUFFIX = /\d\s?mil$/i;

export function setTokens(
  ctx: QuantityContext,
  role: TokenRole,
  read: number,
  written: string,
  givenNote?: string,
  source: 'stated' | 'inferred' = 'stated',
  override = false,
) {
  const mil = MIL_SUFFIX.test(written.trim()) && read >= 1e6;
  const value = mil ? read / 1000 : read;
  const note = mil
    ? [
        givenNote,
        `"${written.trim()}" read as ${fmt(
          value,
        )} tokens ("mil" as a thousand: one text of millions of tokens fits no model)`,
      ]
        .filter(Boolean)
        .join('; ')
    : givenNote;
  const fields = {
    max: 'max_input_tokens',
    input: 'input_tokens',
    output: 'output_tokens',
  } as const;
  const field = fields[role];
  if (!checkPositive(ctx, field, value, written)) return;
  const rounded = Math.round(value);
  const binary =
    /k$/i.test(written.trim()) && rounded % 1024 === 0
      ? `${written.trim()} tokens read as ${fmt(
          rounded,
        )} (k = 1024 for powers of two)`
      : undefined;
  setSignal(
    ctx.signals,
    field,
    rounded,
    source,
    [note, binary].filter(Boolean).join('; ') || undefined,
    { override },
  );
}

/** A length said in tokens earlier in the request, as the bare-number readers see it. */
export type SaidLength = { end: number; value: number; role?: TokenRole };
