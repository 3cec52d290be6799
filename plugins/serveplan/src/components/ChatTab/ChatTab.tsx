import { FormEvent, KeyboardEvent, useEffect, useRef, useState } from 'react';
import {
  Box,
  Button,
  Grid,
  List,
  ListItem,
  ListItemText,
  Paper,
  TextField,
  Typography,
} from '@material-ui/core';
import { Alert, AlertTitle } from '@material-ui/lab';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { serveplanApiRef, ServeplanApiError } from '../../api';
import { useWorkspace } from '../ServeplanPage/Workspace';
import { ErrorNotice } from '../shared/ErrorNotice';
import { dateTime } from '../shared/format';
import { IntentSummary } from './IntentSummary';
import { MessageThread } from './MessageThread';

const EXAMPLES = [
  'A support chatbot for 1000 users, low latency is critical, budget $3k/month',
  'Code completion for 300 developers in the IDE, p95 TTFT under 200 ms',
  'Summarize 2M documents nightly within 6 hours, as cheap as possible',
  'RAG over our internal wiki for 5,000 employees, open-source models only',
];

const MAX_CHARS = 10_000;

function RecentConversations(props: {
  currentId: string | undefined;
  onOpen: (id: string) => void;
  refreshKey: string;
  /** While a message is answered: switching then would leave the answer nowhere to go. */
  disabled: boolean;
}) {
  const api = useApi(serveplanApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.listConversations({ limit: 10 }),
    [api, props.refreshKey],
  );
  return (
    <InfoCard title="Your conversations">
      {loading && <Progress />}
      {error && (
        <ErrorNotice
          error={error}
          what="list your conversations"
          action={{ label: 'Retry', onClick: retry }}
        />
      )}
      {value && value.items.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          None yet. Your conversations are kept by the backend and listed here.
        </Typography>
      )}
      {value && value.items.length > 0 && (
        <List dense aria-label="Your conversations">
          {value.items.map(c => (
            <ListItem
              key={c.id}
              button
              selected={c.id === props.currentId}
              disabled={props.disabled}
              aria-current={c.id === props.currentId ? 'true' : undefined}
              onClick={() => props.onOpen(c.id)}
            >
              <ListItemText
                primary={c.title}
                secondary={`${dateTime(c.updated_at)} · ${
                  c.message_count
                } messages${c.question ? ' · waiting for your answer' : ''}`}
              />
            </ListItem>
          ))}
        </List>
      )}
    </InfoCard>
  );
}

export function ChatTab() {
  const ws = useWorkspace();
  const api = useApi(serveplanApiRef);
  const [text, setText] = useState('');
  const [openPlanError, setOpenPlanError] = useState<Error | undefined>();
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const conversation = ws.conversation;
  const busy = ws.busy;
  const question = conversation?.conversation.question ?? null;

  // Ask for the answer where it is typed.
  useEffect(() => {
    if (question && !busy) inputRef.current?.focus();
  }, [question, busy]);

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    const trimmed = text.trim();
    if (
      !trimmed ||
      busy ||
      trimmed.length > MAX_CHARS ||
      ws.restoring ||
      ws.conversationLoading ||
      ws.conversationError
    )
      return;
    setText('');
    const turn = await ws.send(trimmed);
    if (!turn) setText(trimmed); // keep what was typed when sending failed
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };

  const openPlan = async (planId: string) => {
    setOpenPlanError(undefined);
    // The last plan asked for wins, and only while its conversation is still shown.
    const isCurrent = ws.beginRequest('open-plan');
    if (planId === conversation?.plan?.id) {
      ws.showConversationPlan({ tab: 'recommendations' });
      return;
    }
    try {
      const p = await api.getPlan(planId);
      if (isCurrent()) ws.showPlan(p, { tab: 'recommendations' });
    } catch (err) {
      if (isCurrent()) setOpenPlanError(err as Error);
    }
  };

  const tooLong = text.length > MAX_CHARS;

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={7} lg={8}>
        <Paper variant="outlined">
          <Box p={2}>
            <Box
              display="flex"
              alignItems="center"
              justifyContent="space-between"
              mb={2}
            >
              <Typography variant="h6" component="h2">
                {conversation
                  ? conversation.conversation.title
                  : 'Describe your workload'}
              </Typography>
              {(conversation || ws.conversationError) && (
                <Button
                  variant="outlined"
                  onClick={ws.startNew}
                  disabled={busy}
                >
                  New conversation
                </Button>
              )}
            </Box>

            {(ws.conversationLoading || ws.restoring) && <Progress />}
            {ws.conversationError && (
              <ErrorNotice
                error={ws.conversationError}
                what="open the conversation"
                action={{ label: 'Start a new one', onClick: ws.startNew }}
              >
                <Box mt={1}>
                  <Button
                    size="small"
                    variant="outlined"
                    onClick={ws.retryConversation}
                  >
                    Retry
                  </Button>
                </Box>
              </ErrorNotice>
            )}

            {!conversation &&
              !ws.conversationLoading &&
              !ws.restoring &&
              !ws.conversationError &&
              ws.pending === undefined && (
                <Box mb={2}>
                  <Typography variant="body1" paragraph>
                    Say in your own words what the deployment is for: who uses
                    it, how many, what matters (latency, cost, quality), any
                    budget, models or GPUs. serveplan answers with what it
                    understood, its assumptions and the cheapest model × GPU
                    configurations that meet your targets.
                  </Typography>
                  <Typography variant="subtitle2" component="h3" gutterBottom>
                    Start from an example
                  </Typography>
                  <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
                    {EXAMPLES.map(example => (
                      <Button
                        key={example}
                        size="small"
                        variant="outlined"
                        style={{ textTransform: 'none' }}
                        onClick={() => {
                          setText(example);
                          inputRef.current?.focus();
                        }}
                      >
                        {example}
                      </Button>
                    ))}
                  </Box>
                </Box>
              )}

            {conversation && (
              <MessageThread
                messages={conversation.messages}
                pending={ws.pending}
                latestPlanId={conversation.plan?.id}
                onOpenPlan={openPlan}
              />
            )}
            {!conversation && ws.pending !== undefined && (
              <MessageThread
                messages={[]}
                pending={ws.pending}
                latestPlanId={undefined}
                onOpenPlan={openPlan}
              />
            )}
            {openPlanError && (
              <ErrorNotice
                error={openPlanError}
                what="open that plan"
                onClose={() => setOpenPlanError(undefined)}
              />
            )}

            {question && !busy && (
              <Box mb={2}>
                <Alert severity="info" role="status">
                  <AlertTitle>A question before planning</AlertTitle>
                  {question} Answer in the box below.
                </Alert>
              </Box>
            )}
            {ws.sendError && (
              <Box mb={2}>
                <ErrorNotice
                  error={ws.sendError}
                  what="get an answer"
                  readingKept
                  onClose={ws.dismissSendError}
                >
                  {ws.sendError instanceof ServeplanApiError &&
                    ws.sendError.question && (
                      <Typography variant="body2">
                        {ws.sendError.question}
                      </Typography>
                    )}
                </ErrorNotice>
              </Box>
            )}

            <form onSubmit={submit} aria-label="Send a message">
              <TextField
                inputRef={inputRef}
                id="serveplan-chat-input"
                label={
                  conversation
                    ? 'Follow up, or answer the question'
                    : 'Describe the workload'
                }
                placeholder={
                  conversation
                    ? 'e.g. now 5000 users, only L40S, p99 instead'
                    : 'e.g. a support chatbot for 1000 users, budget $3k/month'
                }
                value={text}
                onChange={e => setText(e.target.value)}
                onKeyDown={onKeyDown}
                multiline
                minRows={2}
                maxRows={8}
                fullWidth
                variant="outlined"
                error={tooLong}
                helperText={
                  tooLong
                    ? `${text.length.toLocaleString(
                        'en-US',
                      )} characters: shorten to at most 10,000`
                    : 'Enter sends; Shift+Enter starts a new line'
                }
                disabled={
                  busy ||
                  ws.restoring ||
                  ws.conversationLoading ||
                  Boolean(ws.conversationError)
                }
              />
              <Box mt={1} display="flex" justifyContent="flex-end">
                <Button
                  type="submit"
                  variant="contained"
                  color="primary"
                  disabled={
                    busy ||
                    !text.trim() ||
                    tooLong ||
                    ws.restoring ||
                    ws.conversationLoading ||
                    Boolean(ws.conversationError)
                  }
                >
                  {busy ? 'Planning…' : 'Send'}
                </Button>
              </Box>
            </form>
          </Box>
        </Paper>
      </Grid>
      <Grid item xs={12} md={5} lg={4}>
        {conversation && (
          <Box mb={3}>
            <IntentSummary
              key={conversation.conversation.id}
              intent={conversation.intent}
              busy={busy}
              onSend={ws.send}
            />
          </Box>
        )}
        <RecentConversations
          currentId={conversation?.conversation.id}
          onOpen={ws.openConversation}
          disabled={busy}
          refreshKey={`${conversation?.conversation.id ?? ''}:${
            conversation?.conversation.message_count ?? 0
          }`}
        />
      </Grid>
    </Grid>
  );
}
