import { Box, Grid, Typography } from '@material-ui/core';
import {
  LengthDistribution,
  meanLength,
} from '@serveplan/plugin-serveplan-common';
import type { Plan } from '../../schema/openapi';
import { SourceTag } from '../shared/SourceTag';
import {
  dateTime,
  integer,
  metricDescription,
  metricLabel,
  ms,
  percent,
  sig,
  usd,
} from '../shared/format';

/** The mean of a length distribution from the backend (the engine's type); undefined when malformed. */
function meanOf(
  d: Plan['result']['spec']['traffic']['input'],
): number | undefined {
  const mean = meanLength(d as LengthDistribution);
  return Number.isFinite(mean) && mean > 0 ? mean : undefined;
}

function Fact(props: {
  label: string;
  value: string;
  source?: string;
  detail?: string;
}) {
  return (
    <Grid item xs={12} sm={6} md={3}>
      <Typography variant="caption" color="textSecondary" component="div">
        {props.label}
      </Typography>
      <Typography variant="body1" component="div">
        {props.value}
        {props.source && (
          <SourceTag kind={props.source} detail={props.detail} />
        )}
      </Typography>
    </Grid>
  );
}

/** What the plan was made for: traffic, lengths, targets and constraints, each with its source. */
export function PlanOverview(props: { plan: Plan }) {
  const { spec } = props.plan.result;
  const s = spec.sources as Record<string, string | undefined>;
  const inputMean = meanOf(spec.traffic.input);
  const outputMean = meanOf(spec.traffic.output);
  const targets = (['ttft_ms', 'itl_ms', 'e2e_ms'] as const).filter(
    m => spec.slo[m],
  );
  return (
    <Box>
      <Grid container spacing={2}>
        <Fact label="Use case" value={spec.use_case_name} />
        <Fact
          label="Peak load"
          value={`${sig(spec.traffic.peak_rps)} req/s (+${percent(
            spec.traffic.headroom,
          )} headroom)`}
          source={s.requests_per_s}
          detail={spec.traffic.derivation}
        />
        <Fact
          label="Busy-hour mean load"
          value={`${sig(spec.traffic.average_rps)} req/s`}
          source="derived"
          detail={spec.traffic.derivation}
        />
        {spec.traffic.users !== null && (
          <Fact
            label="Users"
            value={integer(spec.traffic.users)}
            source={s.users}
          />
        )}
        {inputMean !== undefined && (
          <Fact
            label="Prompt length (mean)"
            value={`${integer(inputMean)} tokens`}
            source={s.input_tokens}
            detail={`${spec.traffic.input.kind} distribution`}
          />
        )}
        {outputMean !== undefined && (
          <Fact
            label="Answer length (mean)"
            value={`${integer(outputMean)} tokens`}
            source={s.output_tokens}
            detail={`${spec.traffic.output.kind} distribution`}
          />
        )}
        <Fact
          label="Longest prompt"
          value={`${integer(spec.traffic.max_input_tokens)} tokens`}
          source={s.max_input_tokens}
        />
        {targets.map(m => (
          <Fact
            key={m}
            label={`${metricLabel(m)} target (${metricDescription(m)})`}
            value={`${spec.slo[m]!.percentile} ≤ ${ms(spec.slo[m]!.target)}`}
            source={s[m]}
          />
        ))}
        <Fact
          label="Budget"
          value={
            spec.constraints.budget_usd_per_month === null
              ? 'none'
              : `${usd(spec.constraints.budget_usd_per_month)}/month`
          }
          source={
            spec.constraints.budget_usd_per_month === null
              ? undefined
              : 'stated'
          }
        />
        {spec.constraints.allowed_gpus.length > 0 && (
          <Fact
            label="Allowed GPUs"
            value={spec.constraints.allowed_gpus.join(', ')}
            source="stated"
          />
        )}
        {spec.constraints.max_gpus !== null && (
          <Fact
            label="GPUs available"
            value={integer(spec.constraints.max_gpus)}
            source="stated"
          />
        )}
        {spec.constraints.licence !== 'any' && (
          <Fact
            label="Licence"
            value={spec.constraints.licence}
            source="stated"
          />
        )}
        <Fact
          label="Ranking weights"
          value={`cost ${percent(spec.weights.cost)}, latency ${percent(
            spec.weights.latency,
          )}, quality ${percent(spec.weights.quality)}`}
          source="derived"
          detail="from the latency, cost and quality priorities"
        />
      </Grid>
      <Box mt={2}>
        <Typography variant="caption" color="textSecondary">
          Plan {props.plan.id} · {dateTime(props.plan.created_at)} · knowledge
          base {props.plan.kb_version} ·{' '}
          {props.plan.result.stats.candidates.toLocaleString('en-US')}{' '}
          configurations considered, {props.plan.result.stats.simulated}{' '}
          simulated in detail
        </Typography>
      </Box>
    </Box>
  );
}
