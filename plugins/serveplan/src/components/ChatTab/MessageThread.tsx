import { useEffect, useState } from 'react';
import {
  Box,
  Button,
  LinearProgress,
  Paper,
  Typography,
} from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { Alert } from '@material-ui/lab';
import type { Message } from '../../schema/openapi';
import { dateTime } from '../shared/format';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  item: {
    display: 'flex',
    marginBottom: theme.spacing(2),
  },
  user: {
    justifyContent: 'flex-end',
  },
  bubble: {
    maxWidth: '85%',
    padding: theme.spacing(1.5, 2),
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  userBubble: {
    backgroundColor:
      theme.palette.type === 'dark'
        ? theme.palette.primary.dark
        : theme.palette.primary.light,
    color: theme.palette.getContrastText(
      theme.palette.type === 'dark'
        ? theme.palette.primary.dark
        : theme.palette.primary.light,
    ),
  },
  meta: {
    display: 'block',
    marginTop: theme.spacing(0.5),
    opacity: 0.8,
  },
  changes: {
    margin: theme.spacing(1, 0, 0),
    paddingLeft: theme.spacing(2.5),
  },
}));

const PROVIDER_WORDS: Record<string, string> = {
  rules: 'read by the built-in rules',
  ollama: 'read by a language model (Ollama), checked by the rules',
  openai: 'read by a language model (OpenAI-compatible), checked by the rules',
};

function Elapsed() {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(
      () => setSeconds(Math.floor((Date.now() - started) / 1000)),
      1000,
    );
    return () => clearInterval(timer);
  }, []);
  return <>{seconds} s</>;
}

export function MessageThread(props: {
  messages: Message[];
  pending: string | undefined;
  latestPlanId: string | null | undefined;
  onOpenPlan: (planId: string) => void;
}) {
  const classes = useStyles();
  const { messages, pending } = props;
  return (
    <ol
      className={classes.list}
      aria-label="Conversation"
      aria-busy={pending !== undefined}
    >
      {messages.map(m => (
        <li
          key={m.id}
          className={`${classes.item} ${m.role === 'user' ? classes.user : ''}`}
        >
          <Paper
            elevation={m.role === 'user' ? 0 : 1}
            variant={m.role === 'user' ? 'elevation' : 'outlined'}
            className={`${classes.bubble} ${
              m.role === 'user' ? classes.userBubble : ''
            }`}
          >
            <Typography variant="srOnly">
              {m.role === 'user' ? 'You wrote:' : 'serveplan answered:'}
            </Typography>
            <Typography variant="body1" component="div">
              {m.text}
            </Typography>
            {m.role === 'assistant' && m.changes.length > 0 && (
              <ul className={classes.changes} aria-label="What changed">
                {m.changes.map(c => (
                  <li key={c}>
                    <Typography variant="body2">{c}</Typography>
                  </li>
                ))}
              </ul>
            )}
            {m.role === 'assistant' && m.notices.length > 0 && (
              <Box mt={1}>
                {m.notices.map(n => (
                  <Alert key={n} severity="info">
                    {n}
                  </Alert>
                ))}
              </Box>
            )}
            {m.role === 'assistant' && m.plan_id && (
              <Box mt={1}>
                <Button
                  size="small"
                  variant="outlined"
                  color="primary"
                  onClick={() => props.onOpenPlan(m.plan_id!)}
                >
                  {m.plan_id === props.latestPlanId
                    ? 'See the recommendations'
                    : 'See this earlier plan'}
                </Button>
              </Box>
            )}
            <Typography variant="caption" className={classes.meta}>
              {dateTime(m.created_at)}
              {m.role === 'assistant' && m.provider
                ? ` · ${PROVIDER_WORDS[m.provider] ?? m.provider}`
                : ''}
            </Typography>
          </Paper>
        </li>
      ))}
      {pending !== undefined && (
        <>
          <li className={`${classes.item} ${classes.user}`}>
            <Paper
              elevation={0}
              className={`${classes.bubble} ${classes.userBubble}`}
            >
              <Typography variant="srOnly">You wrote:</Typography>
              <Typography variant="body1" component="div">
                {pending}
              </Typography>
            </Paper>
          </li>
          <li className={classes.item}>
            <Paper variant="outlined" className={classes.bubble} role="status">
              <Typography variant="body2">
                Reading your request and planning…{' '}
                {/* A count that changes every second would be announced every second. */}
                <span aria-hidden="true">
                  <Elapsed />
                </span>
              </Typography>
              <Typography variant="caption" className={classes.meta}>
                The engine simulates the best candidate configurations; this
                takes from a few seconds to a minute on a small backend.
              </Typography>
              <Box mt={1}>
                <LinearProgress aria-label="Planning" />
              </Box>
            </Paper>
          </li>
        </>
      )}
    </ol>
  );
}
