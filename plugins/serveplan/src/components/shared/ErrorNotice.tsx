import { ReactNode } from 'react';
import { Button } from '@material-ui/core';
import { Alert, AlertTitle } from '@material-ui/lab';
import { describeReading } from '@serveplan/plugin-serveplan-common';
import { ServeplanApiError } from '../../api';

export interface ErrorAdvice {
  title: string;
  detail: string;
  /** What to do about it, in one sentence. */
  todo: string;
}

/** What to do about a rejection that came with what was read of the words. */
function readingTodo(kept: boolean | undefined): string {
  return kept
    ? 'Say which number is right in your next message: the rest is kept as read.'
    : 'Say which number is right (the rest was read as shown) and send it again.';
}

/** Turns an error into what happened and what to do about it. */
export function adviceFor(
  error: Error,
  what: string,
  options: { readingKept?: boolean } = {},
): ErrorAdvice {
  if (!(error instanceof ServeplanApiError)) {
    return {
      title: `Could not ${what}`,
      detail: error.message,
      todo: 'Try again; if it keeps failing, reload the page.',
    };
  }
  if (error.incompatible) {
    return {
      title: `Could not ${what}: this page and the serveplan backend are different versions`,
      detail: error.message,
      todo: 'Reload the page to get the version the backend serves; if it persists, ask your Backstage administrators to install matching versions of the serveplan frontend and backend plugins.',
    };
  }
  const s = error.status;
  if (s === 0) {
    return {
      title: `Could not ${what}: the backend did not answer`,
      detail: error.message,
      todo: 'Check that the Backstage backend is running (yarn start), then try again.',
    };
  }
  if (
    !error.fromBackend &&
    (s === 404 || s === 502 || s === 503 || s === 504)
  ) {
    return {
      title: `Could not ${what}: the serveplan backend is not available`,
      detail: `The backend answered ${error.message}.`,
      todo: 'Install @serveplan/plugin-serveplan-backend in packages/backend (backend.add(import(...))) and restart the backend.',
    };
  }
  if (s === 401) {
    return {
      title: 'You are not signed in',
      detail: error.message,
      todo: 'Sign in again (reload the page), then retry.',
    };
  }
  if (s === 403) {
    // The backend's message names the permission that was denied.
    return {
      title: `You may not ${what}`,
      detail: error.message,
      todo: 'The permission policy denies it; ask your Backstage administrators for access.',
    };
  }
  if (s === 404) {
    return {
      title: `Could not ${what}: not found`,
      detail: error.message,
      todo: 'It may have been deleted or belong to someone else; start a new one.',
    };
  }
  if (s === 409) {
    return {
      title: `Could not ${what}: the conversation moved on`,
      detail: error.message,
      todo: 'Send your message again.',
    };
  }
  if (s === 413) {
    return {
      title: 'That is too long',
      detail: error.message,
      todo: 'Shorten it (at most 10,000 characters) and send it again.',
    };
  }
  if (s === 400 || s === 422) {
    const suggestions =
      error.suggestions.length > 0
        ? ` Did you mean ${error.suggestions.join(', ')}?`
        : '';
    const read = error.reading ? describeReading(error.reading) : '';
    return {
      title: `Could not ${what}: the input needs a change`,
      detail: `${error.message}${
        error.field ? ` (${error.field})` : ''
      }.${suggestions}${read ? ` Read so far: ${read}.` : ''}`,
      todo: read
        ? readingTodo(options.readingKept)
        : 'Correct the value and try again.',
    };
  }
  return {
    title: `Could not ${what}: the backend failed`,
    detail: error.message,
    todo: 'Try again; if it keeps failing, the backend logs say why.',
  };
}

/** An error that says what happened and what to do, with an optional way out. */
export function ErrorNotice(props: {
  error: Error;
  what: string;
  /** The next message corrects the rejected one, so what was read of it is kept (the chat). */
  readingKept?: boolean;
  action?: { label: string; onClick: () => void };
  onClose?: () => void;
  children?: ReactNode;
}) {
  const advice = adviceFor(props.error, props.what, {
    readingKept: props.readingKept,
  });
  return (
    <Alert
      severity="error"
      onClose={props.onClose}
      action={
        props.action ? (
          <Button color="inherit" size="small" onClick={props.action.onClick}>
            {props.action.label}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{advice.title}</AlertTitle>
      {advice.detail} {advice.todo}
      {props.children}
    </Alert>
  );
}
