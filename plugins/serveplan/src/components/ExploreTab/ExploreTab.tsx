import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Box,
  Button,
  Grid,
  MenuItem,
  TextField,
  Typography,
} from '@material-ui/core';
import { Alert, AlertTitle } from '@material-ui/lab';
import { EmptyState, InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  gpuPrice,
  PlanSpec,
  SpecInput,
  UseCaseId,
} from '@serveplan/plugin-serveplan-common';
import { serveplanApiRef, ServeplanApiError } from '../../api';
import type { Plan } from '../../schema/openapi';
import { USE_CASES } from '../ChatTab/intentEdits';
import { useWorkspace } from '../ServeplanPage/Workspace';
import { ErrorNotice } from '../shared/ErrorNotice';
import { SourceTag } from '../shared/SourceTag';
import {
  effectiveSpec,
  ExploreForm,
  formForUseCase,
  formFromPlan,
  requestFromForm,
  specInputOfPlan,
} from './exploreSpec';
import { SpecForm } from './SpecForm';
import { evaluateAll, WhatIfConfiguration, WhatIfRow } from './whatIf';
import { WhatIfCurves } from './WhatIfCurves';
import { WhatIfPreview } from './WhatIfPreview';

const DEBOUNCE_MS = 500;

interface Draft {
  /** The planner input the form started from (carries what the form does not show). */
  base: SpecInput | undefined;
  initial: ExploreForm;
  form: ExploreForm;
}

function StartFromUseCase(props: { onStart: (useCase: UseCaseId) => void }) {
  const [useCase, setUseCase] = useState<UseCaseId>('chatbot');
  return (
    <EmptyState
      missing="content"
      title="Nothing to explore yet"
      description="Explore starts from a plan: describe your workload in the Chat tab, or start here from a use case's template and plan it on the server."
      action={
        <Box display="flex" alignItems="center" style={{ gap: 12 }}>
          <TextField
            select
            id="serveplan-explore-start-use-case"
            label="Use case"
            variant="outlined"
            size="small"
            value={useCase}
            onChange={e => setUseCase(e.target.value as UseCaseId)}
            style={{ minWidth: 240 }}
          >
            {USE_CASES.map(u => (
              <MenuItem key={u.id} value={u.id}>
                {u.label}
              </MenuItem>
            ))}
          </TextField>
          <Button
            variant="contained"
            color="primary"
            onClick={() => props.onStart(useCase)}
          >
            Start from this use case
          </Button>
        </Box>
      }
    />
  );
}

export function ExploreTab(props: { active: boolean }) {
  const ws = useWorkspace();
  const api = useApi(serveplanApiRef);
  const kbState = useAsyncRetry(() => api.getKnowledgeBase(), [api]);
  const kb = kbState.value?.kb;
  const plan = ws.plan;

  const [draft, setDraft] = useState<Draft | undefined>();
  const [draftPlanId, setDraftPlanId] = useState<string | undefined>();
  const savedHere = useRef(new Set<string>());

  const [rows, setRows] = useState<WhatIfRow[] | undefined>();
  const [estimating, setEstimating] = useState(false);
  const [whatIfError, setWhatIfError] = useState<Error | undefined>();
  const [replanning, setReplanning] = useState(false);
  const [replanError, setReplanError] = useState<Error | undefined>();
  const [saved, setSaved] = useState<Plan | undefined>();

  // A new plan to explore (from the chat, or opened by link) starts the form afresh; a plan
  // saved from this form keeps it. When the plan the form came from goes away, so does the form
  // (its values, the hidden inputs it carries and its alerts belong to that plan).
  useEffect(() => {
    if (!plan) {
      if (draftPlanId === undefined) return;
      setDraftPlanId(undefined);
      setDraft(undefined);
      setRows(undefined);
      setSaved(undefined);
      setReplanError(undefined);
      setWhatIfError(undefined);
      return;
    }
    if (plan.id === draftPlanId) return;
    setDraftPlanId(plan.id);
    if (savedHere.current.has(plan.id)) return;
    const form = formFromPlan(plan);
    setDraft({ base: specInputOfPlan(plan), initial: form, form });
    setRows(undefined);
    setSaved(undefined);
    setReplanError(undefined);
    setWhatIfError(undefined);
  }, [plan, draftPlanId]);

  const parsed = useMemo(
    () => (draft ? requestFromForm(draft.base, draft.form, kb) : undefined),
    [draft, kb],
  );
  const requestKey = parsed ? JSON.stringify(parsed.request) : '';
  const invalid = parsed ? Object.keys(parsed.errors).length > 0 : true;

  const effective = useMemo((): { spec?: PlanSpec; error?: Error } => {
    if (!kb || !parsed || invalid) return {};
    try {
      return { spec: effectiveSpec(kb, parsed.request) };
    } catch (e) {
      return { error: e as Error };
    }
    // requestKey stands for parsed.request
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kb, requestKey, invalid]);

  const configurations: WhatIfConfiguration[] = useMemo(
    () =>
      (plan?.result.recommendations ?? []).map(r => ({
        id: r.id,
        model: r.model,
        model_name: r.model_name,
        gpu: r.gpu,
        tp: r.tp,
        precision: r.precision,
        replicas: r.replicas,
      })),
    [plan],
  );
  const dirty = draft
    ? JSON.stringify(draft.form) !== JSON.stringify(draft.initial)
    : false;

  // Instant what-if: re-evaluate the plan's options in the browser, debounced.
  useEffect(() => {
    if (
      !props.active ||
      !kb ||
      !effective.spec ||
      !dirty ||
      configurations.length === 0
    ) {
      setEstimating(false);
      return undefined;
    }
    const signal = { cancelled: false };
    setEstimating(true);
    setWhatIfError(undefined);
    const timer = setTimeout(() => {
      evaluateAll(kb, effective.spec!, configurations, signal)
        .then(result => {
          if (result && !signal.cancelled) {
            setRows(result);
            setEstimating(false);
          }
        })
        .catch((e: Error) => {
          if (!signal.cancelled) {
            setWhatIfError(e);
            setEstimating(false);
          }
        });
    }, DEBOUNCE_MS);
    return () => {
      signal.cancelled = true;
      clearTimeout(timer);
    };
  }, [props.active, kb, effective.spec, dirty, configurations]);

  if (kbState.loading) return <Progress />;
  if (kbState.error || !kb) {
    return (
      <ErrorNotice
        error={kbState.error ?? new Error('no knowledge base')}
        what="load the knowledge base for what-ifs"
        action={
          kbState.error instanceof ServeplanApiError &&
          kbState.error.incompatible
            ? {
                // Retrying gets the same answer; a reload gets the page the backend matches.
                label: 'Reload the page',
                onClick: () => window.location.reload(),
              }
            : { label: 'Retry', onClick: kbState.retry }
        }
      />
    );
  }
  if (ws.planLoading) return <Progress />;

  if (!draft) {
    return (
      <StartFromUseCase
        onStart={useCase => {
          const form = formForUseCase(kb, useCase);
          setDraft({ base: undefined, initial: form, form });
        }}
      />
    );
  }

  const replan = async () => {
    if (!parsed || invalid) return;
    // The answer is shown only if the page is still on the conversation it was asked from.
    const isCurrent = ws.beginRequest('replan');
    setReplanning(true);
    setReplanError(undefined);
    try {
      const created = await api.createPlan({
        spec: parsed.request.input,
        overrides: parsed.request.overrides,
        top: 5,
      });
      if (!isCurrent()) return;
      savedHere.current.add(created.id);
      setDraft(d => (d ? { ...d, initial: d.form } : d));
      setRows(undefined);
      setSaved(created);
      ws.showPlan(created);
    } catch (e) {
      setReplanError(e as Error);
    } finally {
      setReplanning(false);
    }
  };

  const priceGpus = [
    ...new Set([...configurations.map(c => c.gpu), ...draft.form.allowed_gpus]),
  ];
  const priceOf = (gpu: string) => {
    const g = kb.gpus.find(x => x.id === gpu);
    return g && effective.spec
      ? gpuPrice(kb, g, effective.spec.prices)?.usd_per_gpu_hour
      : undefined;
  };

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={5}>
        <InfoCard
          title="Specification"
          subheader={
            plan
              ? `From plan ${plan.id.slice(
                  0,
                  8,
                )}… — empty fields take the template's values`
              : 'From the template'
          }
        >
          <SpecForm
            form={draft.form}
            errors={parsed?.errors ?? {}}
            spec={effective.spec}
            kb={kb}
            priceGpus={priceGpus}
            onChange={form => setDraft(d => (d ? { ...d, form } : d))}
          />
          <Box mt={2} display="flex" style={{ gap: 8 }}>
            <Button
              variant="text"
              disabled={!dirty}
              onClick={() => {
                setDraft(d => (d ? { ...d, form: d.initial } : d));
                setRows(undefined);
              }}
            >
              Undo changes
            </Button>
          </Box>
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={7}>
        <InfoCard
          title="What if"
          subheader="Instant estimates in your browser; re-plan on the server for the record"
        >
          {effective.error && (
            <Alert severity="error">
              <AlertTitle>These values cannot be planned</AlertTitle>
              {effective.error.message}. Correct the value.
            </Alert>
          )}
          {invalid && (
            <Alert severity="warning">
              Some values cannot be read; they are marked in the form.
            </Alert>
          )}
          {!dirty && !saved && configurations.length > 0 && (
            <Typography variant="body2" color="textSecondary" paragraph>
              Change a value on the left: the plan's {configurations.length}{' '}
              options are re-evaluated here instantly with the capacity engine
              running in your browser.
            </Typography>
          )}
          {configurations.length === 0 && (
            <Typography variant="body2" color="textSecondary" paragraph>
              No options to re-evaluate yet: plan on the server to search every
              configuration.
            </Typography>
          )}
          <div role="status" aria-live="polite">
            {estimating && (
              <Box mb={1}>
                <Typography variant="body2">
                  Estimating in your browser…
                </Typography>
                <Progress />
              </Box>
            )}
          </div>
          {whatIfError && (
            <ErrorNotice error={whatIfError} what="estimate the what-if" />
          )}
          {rows && dirty && (
            <Box mb={2}>
              <Typography variant="subtitle2" component="h3">
                The plan's options under your values
                <SourceTag
                  kind="browser"
                  detail="capacity by simulation with 300 requests per probe; cheapest meeting the targets first"
                />
              </Typography>
              <WhatIfPreview
                rows={rows}
                saved={plan?.result.recommendations ?? []}
              />
              <Typography variant="caption" color="textSecondary">
                Other models and GPUs may now do better: re-plan on the server
                to search all of them and rank by your priorities.
              </Typography>
            </Box>
          )}
          <Box display="flex" alignItems="center" style={{ gap: 12 }} mt={1}>
            <Button
              variant="contained"
              color="primary"
              onClick={replan}
              disabled={replanning || invalid || Boolean(effective.error)}
            >
              {replanning ? 'Planning on the server…' : 'Re-plan on the server'}
            </Button>
            {replanning && (
              <Typography variant="body2">
                Searching every configuration; this can take a minute.
              </Typography>
            )}
          </Box>
          {replanning && <Progress />}
          {replanError && (
            <Box mt={2}>
              <ErrorNotice
                error={replanError}
                what="re-plan"
                onClose={() => setReplanError(undefined)}
              />
            </Box>
          )}
          {saved && !replanning && (
            <Box mt={2}>
              <Alert
                severity="success"
                action={
                  <Button
                    color="inherit"
                    size="small"
                    onClick={() =>
                      ws.showPlan(saved, { tab: 'recommendations' })
                    }
                  >
                    See the recommendations
                  </Button>
                }
              >
                <AlertTitle>Re-planned</AlertTitle>
                Saved as plan {saved.id}: {saved.result.recommendations.length}{' '}
                options
                {saved.result.recommendations[0]
                  ? `, best ${saved.result.recommendations[0].model_name} on ${saved.result.recommendations[0].gpus_total} × ${saved.result.recommendations[0].gpu}`
                  : ', none meets the requirements'}
                .
              </Alert>
            </Box>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard
          title="What-if curves"
          subheader="How one configuration behaves as the load and the prompt length grow"
        >
          <WhatIfCurves
            configurations={configurations}
            spec={effective.spec}
            priceOf={priceOf}
          />
        </InfoCard>
      </Grid>
    </Grid>
  );
}
