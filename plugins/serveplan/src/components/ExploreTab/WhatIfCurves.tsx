import { useState } from 'react';
import {
  Box,
  Button,
  Grid,
  MenuItem,
  TextField,
  Typography,
} from '@material-ui/core';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  HOURS_PER_MONTH,
  neededModelLen,
  PlanSpec,
} from '@serveplan/plugin-serveplan-common';
import { serveplanApiRef } from '../../api';
import type { InputLengthSweep, RateSweep } from '../../schema/openapi';
import { ErrorNotice } from '../shared/ErrorNotice';
import { LineChart } from '../shared/LineChart';
import { SourceTag } from '../shared/SourceTag';
import {
  configurationLabel,
  metricLabel,
  ms,
  percent,
  sig,
  usd,
  usdPrecise,
} from '../shared/format';
import { WhatIfConfiguration } from './whatIf';

const RATE_FACTORS = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3];

interface Curves {
  key: string;
  configuration: WhatIfConfiguration;
  rate: RateSweep;
  length: InputLengthSweep;
}

/**
 * What-if curves for one configuration, from the backend's sweep endpoints: request rate →
 * latency and monthly cost (replicas added as the rate grows), prompt length → TTFT.
 */
export function WhatIfCurves(props: {
  configurations: WhatIfConfiguration[];
  spec: PlanSpec | undefined;
  /** USD per GPU-hour in force for a GPU (edited prices included). */
  priceOf: (gpu: string) => number | undefined;
}) {
  const api = useApi(serveplanApiRef);
  const [selected, setSelected] = useState(props.configurations[0]?.id ?? '');
  const [curves, setCurves] = useState<Curves | undefined>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Error | undefined>();
  const configuration =
    props.configurations.find(c => c.id === selected) ??
    props.configurations[0];
  const spec = props.spec;

  if (!configuration) {
    return (
      <Typography variant="body2" color="textSecondary">
        Curves need a configuration: plan first (Chat, or Re-plan above).
      </Typography>
    );
  }

  const percentile = spec
    ? (['ttft_ms', 'itl_ms', 'e2e_ms'] as const)
        .map(m => spec.slo[m]?.percentile)
        .find(Boolean) ?? 'p95'
    : 'p95';
  const key = spec
    ? JSON.stringify([
        configuration.id,
        spec.use_case,
        spec.traffic.input,
        spec.traffic.output,
        spec.traffic.peak_rps,
        percentile,
      ])
    : '';
  const stale = curves !== undefined && curves.key !== key;

  const draw = async () => {
    if (!spec) return;
    setLoading(true);
    setError(undefined);
    const deployment = {
      model: configuration.model,
      gpu: configuration.gpu,
      tp: configuration.tp,
      precision: configuration.precision,
      max_model_len: neededModelLen(spec),
    };
    const common = {
      deployment,
      use_case: spec.use_case,
      input: spec.traffic.input,
      output: spec.traffic.output,
      percentile,
      requests: 300,
    };
    // Prompt lengths at the load each recommended replica sees at your peak.
    const perReplica = Number(
      (
        spec.traffic.peak_rps / Math.max(1, configuration.replicas ?? 1)
      ).toPrecision(4),
    );
    try {
      const [rate, length] = await Promise.all([
        api.sweepRequestRate({
          ...common,
          rates: RATE_FACTORS.map(f =>
            Number((f * spec.traffic.peak_rps).toPrecision(4)),
          ),
        }),
        api.sweepInputLength({ ...common, rate_rps: perReplica }),
      ]);
      setCurves({ key, configuration, rate, length });
    } catch (e) {
      setError(e as Error);
    } finally {
      setLoading(false);
    }
  };

  const shown = curves;
  const targets = spec
    ? (['ttft_ms', 'itl_ms', 'e2e_ms'] as const).filter(m => spec.slo[m])
    : [];
  const price = shown
    ? props.priceOf(shown.configuration.gpu) ??
      shown.rate.price.usd_per_gpu_hour
    : undefined;
  const priceEdited =
    shown !== undefined &&
    spec !== undefined &&
    spec.prices[shown.configuration.gpu] !== undefined;
  // The sweep API takes no targets or headroom: the backend sizes each point's replicas for the
  // use case template's targets with the knowledge base's headroom. Say so, and say when the
  // values in the form differ (the replica counts and costs are then not the ones they give).
  const sizing = shown
    ? {
        targets: (['ttft_ms', 'itl_ms', 'e2e_ms'] as const)
          .filter(m => shown.rate.slo[m])
          .map(
            m =>
              `${metricLabel(m)} ${shown.rate.slo[m]!.percentile} ${ms(
                shown.rate.slo[m]!.target,
              )}`,
          )
          .join(', '),
        headroom: percent(shown.rate.headroom),
        targetsDiffer:
          spec !== undefined &&
          (['ttft_ms', 'itl_ms', 'e2e_ms'] as const).some(
            m =>
              shown.rate.slo[m]?.target !== spec.slo[m]?.target ||
              shown.rate.slo[m]?.percentile !== spec.slo[m]?.percentile,
          ),
        headroomDiffers:
          spec !== undefined &&
          Math.abs(shown.rate.headroom - spec.traffic.headroom) > 1e-9,
      }
    : undefined;
  const sizingText = sizing
    ? `Replicas at each rate are sized by the backend for the use case template's targets (${
        sizing.targets || 'none'
      }) with the knowledge base's ${sizing.headroom} headroom${
        sizing.targetsDiffer || sizing.headroomDiffers
          ? `, not for your ${[
              sizing.targetsDiffer ? 'targets' : '',
              sizing.headroomDiffers
                ? `${percent(spec!.traffic.headroom)} headroom`
                : '',
            ]
              .filter(Boolean)
              .join(
                ' and ',
              )}: replica counts and costs may differ from what your values need (re-plan on the server for those)`
          : ''
      }.`
    : '';

  return (
    <Box>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        style={{ gap: 12 }}
      >
        <TextField
          select
          id="serveplan-curves-configuration"
          label="Configuration"
          variant="outlined"
          size="small"
          value={configuration.id}
          onChange={e => setSelected(e.target.value)}
          style={{ minWidth: 320 }}
        >
          {props.configurations.map(c => (
            <MenuItem key={c.id} value={c.id}>
              {configurationLabel(c)}
            </MenuItem>
          ))}
        </TextField>
        <Button
          variant="outlined"
          color="primary"
          onClick={draw}
          disabled={loading || !spec}
        >
          {shown ? 'Redraw the curves' : 'Draw the curves'}
        </Button>
        {stale && (
          <Typography variant="body2" color="textSecondary">
            The values changed since these curves were drawn.
          </Typography>
        )}
      </Box>
      {loading && <Progress />}
      {error && (
        <ErrorNotice
          error={error}
          what="draw the curves"
          action={{ label: 'Retry', onClick: draw }}
        />
      )}
      {shown && spec && (
        <Grid container spacing={3}>
          <Grid item xs={12} lg={6}>
            <LineChart
              title={`Request rate → ${shown.rate.percentile} latency as % of its target`}
              description={`${configurationLabel(
                shown.configuration,
              )}; replicas added as the rate grows; under 100 % meets the target.`}
              xLabel="Total requests per second"
              yLabel="% of target"
              series={targets.map(m => ({
                label: `${metricLabel(m)} (target ${ms(spec.slo[m]!.target)})`,
                points: shown.rate.points.map(p => ({
                  x: p.rate_rps,
                  y: p[m] === null ? null : (p[m]! / spec.slo[m]!.target) * 100,
                })),
              }))}
              references={[{ y: 100, label: 'target' }]}
              formatY={v => `${Math.round(v)} %`}
              formatX={v => sig(v)}
            />
            <Typography variant="caption" color="textSecondary">
              Simulated on the backend at each rate
              <SourceTag
                kind="simulated"
                detail={`kb ${shown.rate.kb_version}`}
              />
              ; latency is drawn against your targets; your peak is{' '}
              {sig(spec.traffic.peak_rps)} req/s. {sizingText}
            </Typography>
          </Grid>
          <Grid item xs={12} lg={6}>
            <LineChart
              title="Request rate → monthly cost"
              description={`${configurationLabel(shown.configuration)} at ${
                price !== undefined
                  ? `${priceEdited ? 'your price ' : ''}${usdPrecise(price)}`
                  : 'the listed price'
              } per GPU-hour.`}
              xLabel="Total requests per second"
              yLabel="USD per month"
              series={[
                {
                  label: 'Monthly cost',
                  points: shown.rate.points.map(p => ({
                    x: p.rate_rps,
                    y:
                      p.replicas *
                      shown.configuration.tp *
                      (price ?? shown.rate.price.usd_per_gpu_hour) *
                      HOURS_PER_MONTH,
                  })),
                },
              ]}
              references={
                spec.constraints.budget_usd_per_month !== null
                  ? [
                      {
                        y: spec.constraints.budget_usd_per_month,
                        label: `budget ${usd(
                          spec.constraints.budget_usd_per_month,
                        )}`,
                      },
                    ]
                  : []
              }
              formatY={usd}
              formatX={v => sig(v)}
            />
            <Typography variant="caption" color="textSecondary">
              Replicas × GPUs × {priceEdited ? 'your price' : 'price'} ×{' '}
              {HOURS_PER_MONTH} hours
              <SourceTag kind="derived" />. {sizingText}
            </Typography>
          </Grid>
          <Grid item xs={12} lg={6}>
            <LineChart
              title={`Prompt length → TTFT (${shown.length.percentile})`}
              description={`${configurationLabel(shown.configuration)} at ${sig(
                shown.length.rate_rps,
              )} requests per second per replica; × marks lengths that do not fit.`}
              xLabel="Prompt tokens"
              yLabel="TTFT (ms)"
              series={[
                {
                  label: `TTFT ${shown.length.percentile}`,
                  points: shown.length.points.map(p => ({
                    x: p.input_tokens,
                    y: p.fits ? p.ttft_ms : null,
                  })),
                },
                {
                  label: 'TTFT mean',
                  dashed: true,
                  points: shown.length.points.map(p => ({
                    x: p.input_tokens,
                    y: p.fits ? p.ttft_mean_ms : null,
                  })),
                },
              ]}
              references={
                spec.slo.ttft_ms
                  ? [
                      {
                        y: spec.slo.ttft_ms.target,
                        label: `target ${ms(spec.slo.ttft_ms.target)}`,
                      },
                    ]
                  : []
              }
              formatY={ms}
              formatX={v => sig(v)}
            />
            <Typography variant="caption" color="textSecondary">
              Simulated on the backend at {sig(shown.length.rate_rps)} req/s per
              replica (your peak over {shown.configuration.replicas ?? 1}{' '}
              replica{shown.configuration.replicas === 1 ? '' : 's'})
              <SourceTag
                kind="simulated"
                detail={`kb ${shown.length.kb_version}`}
              />
            </Typography>
          </Grid>
        </Grid>
      )}
    </Box>
  );
}
