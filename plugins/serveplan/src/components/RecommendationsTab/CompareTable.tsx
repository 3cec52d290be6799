import { ReactNode } from 'react';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import type { Recommendation } from '../../schema/openapi';
import { metricLabel, ms, sig, usd, usdPrecise } from '../shared/format';
import { worstRatio } from './recommendationFacts';

const useStyles = makeStyles(theme => ({
  best: {
    fontWeight: 700,
    color:
      theme.palette.type === 'dark'
        ? theme.palette.success.light
        : theme.palette.success.dark,
  },
  wrap: { overflowX: 'auto' },
}));

interface Row {
  label: string;
  /** A number to find the best column by (lower is better unless `higher`). */
  value?: (r: Recommendation) => number | null;
  higher?: boolean;
  show: (r: Recommendation) => ReactNode;
}

/** Two or three options side by side; the best value of each comparable row is marked. */
export function CompareTable(props: {
  options: Array<{ rank: number; recommendation: Recommendation }>;
}) {
  const classes = useStyles();
  const metrics = ['ttft_ms', 'itl_ms', 'e2e_ms'].filter(m =>
    props.options.some(o =>
      o.recommendation.predicted.some(p => p.metric === m),
    ),
  );
  const check = (r: Recommendation, m: string) =>
    r.predicted.find(p => p.metric === m);
  const rows: Row[] = [
    { label: 'Model', show: r => `${r.model_name} (${r.precision})` },
    {
      label: 'GPUs',
      show: r => `${r.replicas} × ${r.tp} × ${r.gpu} (${r.gpus_total})`,
      value: r => r.gpus_total,
    },
    {
      label: 'Monthly cost',
      show: r => usd(r.monthly_cost_usd),
      value: r => r.monthly_cost_usd,
    },
    {
      label: 'Per million tokens (floor)',
      show: r => usdPrecise(r.cost_per_million_tokens_usd),
      value: r => r.cost_per_million_tokens_usd,
    },
    ...metrics.map<Row>(m => ({
      label: `${metricLabel(m)} ${
        check(props.options[0].recommendation, m)?.percentile ?? ''
      } (target ${ms(
        check(props.options[0].recommendation, m)?.target ?? NaN,
      )})`,
      value: r => check(r, m)?.predicted ?? null,
      show: r => {
        const c = check(r, m);
        return c
          ? `${ms(c.predicted)}${
              c.upper !== null ? ` (up to ${ms(c.upper)})` : ''
            }${c.ratio > 1 ? ' — misses' : ''}`
          : '—';
      },
    })),
    {
      label: 'Worst latency vs target',
      value: r => worstRatio(r),
      show: r => `${Math.round(worstRatio(r) * 100)} %`,
    },
    {
      label: 'Quality',
      higher: true,
      value: r => r.quality.score,
      show: r =>
        r.quality.score === null
          ? 'unknown'
          : `${Math.round(r.quality.score)}/100 (${
              r.quality.coverage.used
            } of ${r.quality.coverage.wanted})`,
    },
    {
      label: 'Capacity per replica',
      higher: true,
      value: r => r.max_qps_per_replica,
      show: r => `${sig(r.max_qps_per_replica)} req/s`,
    },
    { label: 'Binding constraint', show: r => r.binding_constraint },
    {
      label: 'Price source',
      show: r => `${r.price.provider}, seen ${r.price.seen}`,
    },
    {
      label: 'GPU calibrated',
      show: r =>
        r.provenance.gpu_calibrated
          ? 'yes (measured)'
          : 'no (datasheet, wider intervals)',
    },
  ];

  const bestOf = (row: Row): number | null => {
    if (!row.value) return null;
    const values = props.options
      .map(o => row.value!(o.recommendation))
      .filter((v): v is number => v !== null);
    if (values.length < 2) return null;
    const best = row.higher ? Math.max(...values) : Math.min(...values);
    return values.every(v => v === best) ? null : best;
  };

  return (
    <div className={classes.wrap}>
      <Table size="small" aria-label="Comparison of the selected options">
        <TableHead>
          <TableRow>
            <TableCell>
              <Typography variant="srOnly">Attribute</Typography>
            </TableCell>
            {props.options.map(o => (
              <TableCell key={o.recommendation.id} component="th" scope="col">
                Option #{o.rank}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(row => {
            const best = bestOf(row);
            return (
              <TableRow key={row.label}>
                <TableCell component="th" scope="row">
                  {row.label}
                </TableCell>
                {props.options.map(o => {
                  const v = row.value?.(o.recommendation);
                  const isBest = best !== null && v === best;
                  return (
                    <TableCell
                      key={o.recommendation.id}
                      className={isBest ? classes.best : undefined}
                    >
                      {row.show(o.recommendation)}
                      {isBest && (
                        <Typography variant="srOnly"> (best)</Typography>
                      )}
                    </TableCell>
                  );
                })}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
