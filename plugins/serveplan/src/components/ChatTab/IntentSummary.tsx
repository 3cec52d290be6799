import { FormEvent, useEffect, useMemo, useState } from 'react';
import {
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  Grid,
  MenuItem,
  TextField,
  Typography,
} from '@material-ui/core';
import { Alert, AlertTitle } from '@material-ui/lab';
import { InfoCard } from '@backstage/core-components';
import type { Intent, ConversationTurn } from '../../schema/openapi';
import { SourceTag } from '../shared/SourceTag';
import {
  describeEdits,
  DRAFT_LABELS,
  draftFieldSource,
  DraftField,
  draftFromIntent,
  editsNotTaken,
  editsSentence,
  IntentDraft,
  IntentEdit,
  PERCENTILES,
  Priority,
  USE_CASES,
} from './intentEdits';

type NumberField =
  | 'users'
  | 'requests_per_s'
  | 'budget_usd_per_month'
  | 'input_tokens'
  | 'output_tokens'
  | 'max_input_tokens'
  | 'ttft_ms'
  | 'itl_ms'
  | 'e2e_ms'
  | 'max_gpus';

/** Fields that may be emptied (the words can say "no budget"); the others only take new values. */
const CLEARABLE: NumberField[] = ['budget_usd_per_month'];
const INTEGER: NumberField[] = [
  'input_tokens',
  'output_tokens',
  'max_input_tokens',
  'max_gpus',
];

type Texts = Record<NumberField, string> & { allowed_gpus: string };

function textsOf(d: IntentDraft): Texts {
  const s = (v: number | null) => (v === null ? '' : String(v));
  return {
    users: s(d.users),
    requests_per_s: s(d.requests_per_s),
    budget_usd_per_month: s(d.budget_usd_per_month),
    input_tokens: s(d.input_tokens),
    output_tokens: s(d.output_tokens),
    max_input_tokens: s(d.max_input_tokens),
    ttft_ms: s(d.ttft_ms),
    itl_ms: s(d.itl_ms),
    e2e_ms: s(d.e2e_ms),
    max_gpus: s(d.max_gpus),
    allowed_gpus: d.allowed_gpus.join(', '),
  };
}

/** Parses the form: the draft, and a message per field that cannot be read. */
function parse(
  base: IntentDraft,
  texts: Texts,
  rest: Partial<IntentDraft>,
): { draft: IntentDraft; errors: Partial<Record<DraftField, string>> } {
  const draft: IntentDraft = { ...base, ...rest };
  const errors: Partial<Record<DraftField, string>> = {};
  for (const field of Object.keys(texts) as Array<keyof Texts>) {
    if (field === 'allowed_gpus') continue;
    const raw = texts[field].replace(/[,_\s$]/g, '');
    if (raw === '') {
      if (base[field] === null || CLEARABLE.includes(field))
        draft[field] = null;
      else errors[field] = 'Enter a new value (to drop it, say so in the chat)';
      continue;
    }
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0)
      errors[field] = 'Enter a positive number';
    else if (INTEGER.includes(field) && !Number.isInteger(value))
      errors[field] = 'Enter a whole number';
    else draft[field] = value;
  }
  draft.allowed_gpus = texts.allowed_gpus
    .split(',')
    .map(s => s.trim())
    .filter(Boolean);
  return { draft, errors };
}

/** Helper text under a field: a problem, else where the value came from and how it was read. */
function Origin(props: {
  source?: string;
  note?: string;
  error?: string;
}): JSX.Element | null {
  if (props.error) return <>{props.error}</>;
  if (!props.source && !props.note) return null;
  return (
    <>
      {props.note}
      {props.source && <SourceTag kind={props.source} />}
    </>
  );
}

/**
 * What the assistant understood, as a form: each field says where it came from (stated,
 * inferred, default); changes go back as a follow-up in words.
 */
export function IntentSummary(props: {
  intent: Intent;
  busy: boolean;
  onSend: (text: string) => Promise<ConversationTurn | undefined>;
}) {
  const { intent } = props;
  const base = useMemo(() => draftFromIntent(intent), [intent]);
  const [texts, setTexts] = useState<Texts>(() => textsOf(base));
  const [choices, setChoices] = useState<Partial<IntentDraft>>({});
  const [notTaken, setNotTaken] = useState<IntentEdit[]>([]);

  useEffect(() => {
    setTexts(textsOf(base));
    setChoices({});
  }, [base]);

  const { draft, errors } = parse(base, texts, choices);
  const edits = describeEdits(base, draft);
  const invalid = Object.keys(errors).length > 0;

  const setText = (field: keyof Texts) => (e: { target: { value: string } }) =>
    setTexts(t => ({ ...t, [field]: e.target.value }));

  const numberField = (field: NumberField, helper?: string) => (
    <TextField
      id={`serveplan-intent-${field}`}
      label={DRAFT_LABELS[field]}
      value={texts[field]}
      onChange={setText(field)}
      error={Boolean(errors[field])}
      helperText={
        <Origin
          error={errors[field]}
          source={texts[field] ? draftFieldSource(intent, field) : undefined}
          note={
            (intent.notes as Record<string, string | undefined>)[field] ??
            helper
          }
        />
      }
      InputLabelProps={{ shrink: true }}
      inputProps={{ inputMode: 'decimal' }}
      fullWidth
      margin="dense"
      variant="outlined"
    />
  );

  const prioritySelect = (
    field: 'latency_priority' | 'cost_priority' | 'quality_priority',
  ) => (
    <TextField
      id={`serveplan-intent-${field}`}
      select
      label={DRAFT_LABELS[field]}
      helperText={<Origin source={draftFieldSource(intent, field)} />}
      value={draft[field]}
      onChange={e =>
        setChoices(c => ({ ...c, [field]: e.target.value as Priority }))
      }
      fullWidth
      margin="dense"
      variant="outlined"
    >
      {(['low', 'medium', 'high'] as const).map(p => (
        <MenuItem key={p} value={p}>
          {p}
        </MenuItem>
      ))}
    </TextField>
  );

  const apply = async (e: FormEvent) => {
    e.preventDefault();
    if (edits.length === 0 || invalid) return;
    const expected = draft;
    const applied = edits;
    const turn = await props.onSend(editsSentence(applied));
    setNotTaken(turn ? editsNotTaken(applied, expected, turn.intent) : []);
  };

  return (
    <InfoCard
      title="What I understood"
      subheader="Edit any value and apply: it is sent as a follow-up."
    >
      <form onSubmit={apply} aria-label="What I understood">
        <Grid container spacing={1}>
          <Grid item xs={12}>
            <TextField
              id="serveplan-intent-use_case"
              select
              label={DRAFT_LABELS.use_case}
              helperText={
                <Origin source={draftFieldSource(intent, 'use_case')} />
              }
              value={draft.use_case}
              onChange={e =>
                setChoices(c => ({
                  ...c,
                  use_case: e.target.value as IntentDraft['use_case'],
                }))
              }
              fullWidth
              margin="dense"
              variant="outlined"
            >
              {USE_CASES.map(u => (
                <MenuItem key={u.id} value={u.id}>
                  {u.label}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid item xs={6}>
            {numberField('users')}
          </Grid>
          <Grid item xs={6}>
            {numberField('requests_per_s', 'Wins over users when set')}
          </Grid>
          <Grid item xs={12}>
            {numberField('budget_usd_per_month', 'Empty: no budget')}
          </Grid>
          <Grid item xs={6}>
            {prioritySelect('latency_priority')}
          </Grid>
          <Grid item xs={6}>
            {prioritySelect('cost_priority')}
          </Grid>
          <Grid item xs={6}>
            {prioritySelect('quality_priority')}
          </Grid>
          <Grid item xs={6}>
            {numberField('ttft_ms')}
          </Grid>
          <Grid item xs={6}>
            {numberField('itl_ms')}
          </Grid>
          <Grid item xs={6}>
            {numberField('e2e_ms')}
          </Grid>
          <Grid item xs={12}>
            <TextField
              id="serveplan-intent-slo_percentile"
              select
              label={DRAFT_LABELS.slo_percentile}
              value={draft.slo_percentile}
              onChange={e =>
                setChoices(c => ({
                  ...c,
                  slo_percentile: Number(e.target.value),
                }))
              }
              helperText={
                <Origin
                  source={draftFieldSource(intent, 'slo_percentile')}
                  note="Empty targets come from the use case's template"
                />
              }
              fullWidth
              margin="dense"
              variant="outlined"
            >
              {PERCENTILES.map(p => (
                <MenuItem key={p} value={p}>
                  p{p}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid item xs={6}>
            {numberField('input_tokens')}
          </Grid>
          <Grid item xs={6}>
            {numberField('output_tokens')}
          </Grid>
          <Grid item xs={6}>
            {numberField('max_input_tokens')}
          </Grid>
          <Grid item xs={6}>
            <TextField
              id="serveplan-intent-allowed_gpus"
              label={DRAFT_LABELS.allowed_gpus}
              value={texts.allowed_gpus}
              onChange={setText('allowed_gpus')}
              helperText={
                <Origin
                  source={
                    texts.allowed_gpus
                      ? draftFieldSource(intent, 'allowed_gpus')
                      : undefined
                  }
                  note="Comma-separated, e.g. L40S, H100-SXM; empty: any"
                />
              }
              InputLabelProps={{ shrink: true }}
              fullWidth
              margin="dense"
              variant="outlined"
            />
          </Grid>
          <Grid item xs={6}>
            {numberField('max_gpus')}
          </Grid>
          <Grid item xs={12}>
            <FormControlLabel
              control={
                <Checkbox
                  checked={draft.open_source_only}
                  onChange={e =>
                    setChoices(c => ({
                      ...c,
                      open_source_only: e.target.checked,
                    }))
                  }
                  color="primary"
                />
              }
              label={DRAFT_LABELS.open_source_only}
            />
          </Grid>
        </Grid>

        {intent.assumptions.length > 0 && (
          <Box mt={1}>
            <Typography variant="subtitle2" component="h3">
              Assumptions
            </Typography>
            <ul aria-label="Assumptions">
              {intent.assumptions.map(a => (
                <li key={a}>
                  <Typography variant="body2">{a}</Typography>
                </li>
              ))}
            </ul>
          </Box>
        )}

        {edits.length > 0 && (
          <Typography variant="body2" color="textSecondary" aria-live="polite">
            Will send: “{editsSentence(edits)}”
          </Typography>
        )}
        <Box mt={1} display="flex" style={{ gap: 8 }}>
          <Button
            type="submit"
            variant="contained"
            color="primary"
            disabled={edits.length === 0 || invalid || props.busy}
          >
            Apply changes
          </Button>
          <Button
            type="button"
            disabled={edits.length === 0 && !invalid}
            onClick={() => {
              setTexts(textsOf(base));
              setChoices({});
            }}
          >
            Reset
          </Button>
        </Box>
        {notTaken.length > 0 && (
          <Box mt={2}>
            <Alert severity="warning" onClose={() => setNotTaken([])}>
              <AlertTitle>Not taken up</AlertTitle>
              The assistant did not apply:{' '}
              {notTaken
                .map(e => `${e.label.toLowerCase()} → ${e.to}`)
                .join('; ')}
              . Say it in your own words in the chat box.
            </Alert>
          </Box>
        )}
      </form>
    </InfoCard>
  );
}
