/**
 * Test helper: the context the quantity readers share (quantityReading.ts), for a bare text with
 * nothing read yet, so a reader can be tested on its own.
 */
import { QuantityContext } from '../quantityReading';
import { emptySignals, Spans } from '../signals';
import { splitClauses } from '../text';

export const quantityContext = (
  text: string,
  batch = false,
): QuantityContext => ({
  text,
  clauses: splitClauses(text),
  spans: new Spans(),
  replacements: [],
  signals: emptySignals(),
  batch,
});
