/** Hours in an average month (8,760 h a year / 12), for monthly prices and budgets. */
export const HOURS_PER_MONTH = 730;
