import { isServeplanInputError } from '@serveplan/plugin-serveplan-common';

/** Runs `f`, expects a ServeplanInputError, and returns its message for further checks. */
export function inputErrorMessage(f: () => unknown): string {
  let caught: unknown;
  try {
    f();
  } catch (e) {
    caught = e;
  }
  expect(isServeplanInputError(caught)).toBe(true);
  return (caught as Error).message;
}
