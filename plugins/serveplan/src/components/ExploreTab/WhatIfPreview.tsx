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
import { SloStatus } from '../RecommendationsTab/recommendationFacts';
import { SourceTag } from '../shared/SourceTag';
import { metricLabel, ms, usd, usdPrecise } from '../shared/format';
import { WhatIfRow } from './whatIf';

const useStyles = makeStyles(theme => ({
  moved: { fontWeight: 600 },
  up: {
    color:
      theme.palette.type === 'dark'
        ? theme.palette.success.light
        : theme.palette.success.dark,
  },
  down: { color: theme.palette.error.main },
  nowrap: { whiteSpace: 'nowrap' },
  configuration: { minWidth: 200 },
  wrap: { overflowX: 'auto' },
}));

function missText(r: WhatIfRow): string {
  if (!r.fits) return `does not fit: ${r.reason}`;
  if (r.max_qps_per_replica <= 0) return 'misses a target even at light load';
  return `misses a target at peak (limited by ${r.binding})`;
}

/** The plan's options re-evaluated in the browser, in their new order, against the saved plan. */
export function WhatIfPreview(props: {
  rows: WhatIfRow[];
  saved: Recommendation[];
}) {
  const classes = useStyles();
  const metrics = [
    ...new Set(props.rows.flatMap(r => r.checks.map(c => c.metric))),
  ];
  const savedRank = (id: string) => props.saved.findIndex(r => r.id === id) + 1;
  const savedCost = (id: string) =>
    props.saved.find(r => r.id === id)?.monthly_cost_usd;
  return (
    <div className={classes.wrap}>
      <Table size="small" aria-label="Options under the new values">
        <TableHead>
          <TableRow>
            <TableCell>#</TableCell>
            <TableCell>Configuration</TableCell>
            <TableCell align="right" className={classes.nowrap}>
              Replicas
            </TableCell>
            <TableCell align="right" className={classes.nowrap}>
              Per month
            </TableCell>
            {metrics.map(m => (
              <TableCell key={m} align="right" className={classes.nowrap}>
                {metricLabel(m)}
              </TableCell>
            ))}
            <TableCell className={classes.nowrap}>Saved plan</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.rows.map((r, i) => {
            const before = savedRank(r.id);
            const cost = savedCost(r.id);
            const moved = before > 0 && before !== i + 1;
            return (
              <TableRow key={r.id}>
                <TableCell>{i + 1}</TableCell>
                <TableCell
                  component="th"
                  scope="row"
                  className={classes.configuration}
                >
                  {r.model_name} ({r.precision}) on {r.tp} × {r.gpu}
                  {!r.meets_slo && (
                    <Typography variant="caption" component="div" color="error">
                      {missText(r)}
                    </Typography>
                  )}
                  {r.within_budget === false && (
                    <Typography variant="caption" component="div" color="error">
                      over budget
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right">{r.replicas || '—'}</TableCell>
                <TableCell align="right">
                  {Number.isFinite(r.monthly_cost_usd)
                    ? usd(r.monthly_cost_usd)
                    : '—'}
                  {Number.isFinite(r.usd_per_gpu_hour) && (
                    <Typography
                      variant="caption"
                      component="div"
                      color="textSecondary"
                      className={classes.nowrap}
                    >
                      at {usdPrecise(r.usd_per_gpu_hour)}/GPU-hour
                      <SourceTag kind={r.price_kind} />
                    </Typography>
                  )}
                </TableCell>
                {metrics.map(m => {
                  const c = r.checks.find(x => x.metric === m);
                  return (
                    <TableCell key={m} align="right">
                      {c ? (
                        <>
                          <span className={classes.nowrap}>
                            <SloStatus check={c} /> {ms(c.predicted)}
                          </span>
                          <Typography
                            variant="caption"
                            component="div"
                            color="textSecondary"
                          >
                            of {ms(c.target)}
                          </Typography>
                        </>
                      ) : (
                        '—'
                      )}
                    </TableCell>
                  );
                })}
                <TableCell>
                  {before > 0 ? (
                    <span
                      className={
                        moved
                          ? `${classes.moved} ${
                              before > i + 1 ? classes.up : classes.down
                            }`
                          : undefined
                      }
                    >
                      was #{before}
                      {moved && before > i + 1 && ' ↑'}
                      {moved && before < i + 1 && ' ↓'}
                      {cost !== undefined &&
                      Number.isFinite(r.monthly_cost_usd) &&
                      Math.round(cost) !== Math.round(r.monthly_cost_usd)
                        ? `, ${usd(cost)}`
                        : ''}
                    </span>
                  ) : (
                    '—'
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
