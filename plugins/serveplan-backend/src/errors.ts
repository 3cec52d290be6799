/** Errors the plugin raises besides those of @backstage/errors. */
import { CustomErrorBase } from '@backstage/errors';
import { Intent } from '@serveplan/plugin-serveplan-common';

/**
 * Words that leave something decisive missing or contradictory get the clarifying question
 * instead of a plan built on a silent guess: HTTP 422 with the question and what was understood.
 */
export class ClarificationNeededError extends CustomErrorBase {
  name = 'ClarificationNeededError' as const;
  readonly statusCode = 422;
  readonly question: string;
  readonly intent: Intent;

  constructor(question: string, intent: Intent) {
    super(question);
    this.question = question;
    this.intent = intent;
  }
}

/** A request body over the size limit (HTTP 413). */
export class PayloadTooLargeError extends CustomErrorBase {
  name = 'PayloadTooLargeError' as const;
  readonly statusCode = 413;
}
