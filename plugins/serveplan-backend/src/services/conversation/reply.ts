/** The assistant's reply in a conversation: the question, or the plan in two or three sentences. */
import { PlanResult } from '@serveplan/plugin-serveplan-common';

const usd = (v: number) => `$${Math.round(v).toLocaleString('en-US')}`;

export function replyText(options: {
  question: string | null;
  changes: string[];
  result: PlanResult | null;
  notices: string[];
}): string {
  const parts: string[] = [];
  if (options.changes.length > 0)
    parts.push(`Changed: ${options.changes.join('; ')}.`);
  if (options.question) {
    parts.push(options.question);
  } else if (options.result) {
    const [best, ...others] = options.result.recommendations;
    if (best) {
      parts.push(
        `Best: ${best.model_name} (${best.precision}) on ${best.replicas} × ${
          best.tp === 1 ? '' : `${best.tp}× `
        }${best.gpu}` +
          ` (${best.gpus_total} GPU${best.gpus_total === 1 ? '' : 's'}), ${usd(
            best.monthly_cost_usd,
          )}/month, ` +
          `${
            best.meets_slo ? 'meets the SLOs' : 'does not meet every SLO'
          }; limited by ${best.binding_constraint}.`,
      );
      if (others.length > 0)
        parts.push(
          `${others.length} alternative${others.length === 1 ? '' : 's'}, ${
            options.result.rejected.length
          } configurations rejected.`,
        );
    } else {
      const reasons = [
        ...new Set(options.result.rejected.map(r => r.reason)),
      ].slice(0, 3);
      parts.push(
        `No configuration meets the requirements${
          reasons.length ? `: ${reasons.join('; ')}` : ''
        }.`,
      );
    }
  }
  if (options.notices.length > 0)
    parts.push(`Note: ${options.notices.join('; ')}.`);
  return parts.join(' ');
}
