/**
 * Speed of the built-in intent engine on the inputs that once made it stall: each text of
 * PATHOLOGICAL_INTENT_TEXTS read once per run (the tests only check that none stalls).
 */
import {
  extractIntent,
  isServeplanInputError,
  KnowledgeBase,
  PATHOLOGICAL_INTENT_TEXTS,
} from '@serveplan/plugin-serveplan-common';
import { measure, BenchResult } from './measure';

function readAnswering(text: string, kb: KnowledgeBase): void {
  try {
    extractIntent(text, { knowledgeBase: kb });
  } catch (e) {
    // a rejection is an answer; anything else is a failure of the benchmark
    if (!isServeplanInputError(e)) throw e;
  }
}

export async function intentBench(
  kb: KnowledgeBase,
  runs: number,
): Promise<BenchResult> {
  return measure(
    `intent: read all ${PATHOLOGICAL_INTENT_TEXTS.length} texts that once stalled the engine (hostile spacing, an 8,600-character request)`,
    1000,
    runs,
    2,
    () => {
      for (const { text } of PATHOLOGICAL_INTENT_TEXTS) readAnswering(text, kb);
    },
  );
}
