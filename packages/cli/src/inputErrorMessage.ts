import {
  describeReading,
  ServeplanInputError,
} from '@serveplan/plugin-serveplan-common';

/** Bad input as the command line prints it: the message and, for words rejected for their numbers, what was read of them (as the portal shows it). */
export function inputErrorMessage(e: ServeplanInputError): string {
  const read = e.reading ? describeReading(e.reading) : '';
  return read ? `${e.message}\n  read so far: ${read}` : e.message;
}
