/**
 * How many recommendations a plan returns: the one place its bounds and default live (the
 * config reader, the services, the recommend action; the OpenAPI spec's `top` fields are
 * checked against these by the contract test).
 */
import { InputError } from '@backstage/errors';

/** Fewest recommendations a request may ask for. */
export const TOP_MIN = 1;
/** Most recommendations a request may ask for (and the highest `serveplan.plan.top`). */
export const TOP_MAX = 50;
/** Recommendations per plan when neither the request nor `serveplan.plan.top` says. */
export const DEFAULT_TOP = 5;

/** The requested number of recommendations, else the configured default; InputError when out of bounds. */
export function resolveTop(requested: unknown, configured: number): number {
  const top = requested ?? configured;
  if (
    typeof top !== 'number' ||
    !Number.isInteger(top) ||
    top < TOP_MIN ||
    top > TOP_MAX
  )
    throw new InputError(
      `top must be a whole number from ${TOP_MIN} to ${TOP_MAX}, got ${top}`,
    );
  return top;
}
