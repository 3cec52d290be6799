import {
  Box,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import ErrorIcon from '@material-ui/icons/Error';
import type {
  GpuPrice,
  PredictionProvenance,
  QualityAssessment,
  Recommendation,
  SloCheck,
} from '../../schema/openapi';
import { SourceTag } from '../shared/SourceTag';
import {
  metricDescription,
  metricLabel,
  ms,
  percent,
  sig,
  usdPrecise,
} from '../shared/format';

/** The worst predicted / target ratio: above 1 misses an SLO. */
export function worstRatio(r: Pick<Recommendation, 'predicted'>): number {
  return r.predicted.length ? Math.max(...r.predicted.map(p => p.ratio)) : 0;
}

/** The source of a prediction: simulated with fitted (or estimated) coefficients. */
export function predictionSource(p: PredictionProvenance): {
  kind: string;
  detail: string;
} {
  const calibrated = p.gpu_calibrated
    ? 'this GPU has measurements in the calibration data'
    : 'no measurements on this GPU: physics from its datasheet, wider intervals';
  return {
    kind: p.coefficients.kind,
    detail: `${p.method}; ${p.simulated_requests.toLocaleString(
      'en-US',
    )} simulated requests; coefficients ${p.coefficients.source} (${
      p.coefficients.date
    }); ${calibrated}`,
  };
}

export function priceSource(price: GpuPrice): { kind: string; detail: string } {
  const operator = price.provider === 'operator';
  return {
    kind: operator ? 'operator' : 'listed',
    detail: `${usdPrecise(price.usd_per_gpu_hour)}/GPU-hour, ${price.provider}${
      price.offering ? ` (${price.offering})` : ''
    }, seen ${price.seen}; ${price.source}`,
  };
}

const useStyles = makeStyles(theme => ({
  ok: {
    color: theme.palette.success.main,
    verticalAlign: 'middle',
    fontSize: 18,
  },
  bad: {
    color: theme.palette.error.main,
    verticalAlign: 'middle',
    fontSize: 18,
  },
  bar: { height: 6, borderRadius: 3, marginTop: 4 },
  cell: { padding: theme.spacing(0.5, 1) },
}));

export function SloStatus(props: { check: SloCheck }) {
  const classes = useStyles();
  const ok = props.check.ratio <= 1;
  return ok ? (
    <CheckCircleIcon
      className={classes.ok}
      aria-label="meets the target"
      titleAccess="meets the target"
    />
  ) : (
    <ErrorIcon
      className={classes.bad}
      aria-label="misses the target"
      titleAccess="misses the target"
    />
  );
}

/** Predicted latency against each SLO target, with the interval where the engine gives one. */
export function SloTable(props: {
  checks: SloCheck[];
  provenance: PredictionProvenance;
  caption?: string;
}) {
  const classes = useStyles();
  const source = predictionSource(props.provenance);
  if (props.checks.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No latency targets apply.
      </Typography>
    );
  }
  return (
    <Table
      size="small"
      aria-label={props.caption ?? 'Predicted latency against the targets'}
    >
      <TableHead>
        <TableRow>
          <TableCell className={classes.cell}>Metric</TableCell>
          <TableCell className={classes.cell} align="right">
            Target
          </TableCell>
          <TableCell className={classes.cell} align="right">
            Predicted
            <SourceTag kind={source.kind} detail={source.detail} />
          </TableCell>
          <TableCell className={classes.cell} align="right">
            90 % interval up to
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.checks.map(c => (
          <TableRow key={c.metric}>
            <TableCell className={classes.cell} component="th" scope="row">
              <abbr title={metricDescription(c.metric)}>
                {metricLabel(c.metric)}
              </abbr>{' '}
              {c.percentile}
            </TableCell>
            <TableCell className={classes.cell} align="right">
              {ms(c.target)}
            </TableCell>
            <TableCell className={classes.cell} align="right">
              <SloStatus check={c} /> {ms(c.predicted)}
              <LinearProgress
                className={classes.bar}
                variant="determinate"
                value={Math.min(100, c.ratio * 100)}
                color={c.ratio <= 1 ? 'primary' : 'secondary'}
                aria-label={`${percent(c.ratio)} of the target`}
              />
            </TableCell>
            <TableCell className={classes.cell} align="right">
              {c.upper === null ? (
                <span title="no interval for this metric">—</span>
              ) : (
                ms(c.upper)
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Quality with its basis, or "unknown" when the kb has no scores for the use case's benchmarks. */
export function QualityLine(props: { quality: QualityAssessment }) {
  const q = props.quality;
  if (q.score === null) {
    return (
      <Typography variant="body2">
        Quality: <strong>unknown</strong> —{' '}
        {q.basis ||
          'no benchmark scores for this use case in the knowledge base'}
      </Typography>
    );
  }
  const kinds = [...new Set(q.benchmarks.map(b => b.kind))];
  return (
    <Box>
      <Typography variant="body2">
        Quality: <strong>{Math.round(q.score)}</strong>/100
        {kinds.map(k => (
          <SourceTag
            key={k}
            kind={k}
            detail={q.benchmarks
              .filter(b => b.kind === k)
              .map(b => `${b.benchmark}: ${b.source}`)
              .join('; ')}
          />
        ))}{' '}
        <Typography variant="caption" component="span" color="textSecondary">
          {q.basis}
        </Typography>
      </Typography>
    </Box>
  );
}

export function replicasLine(r: Recommendation): string {
  return `${r.replicas} replica${r.replicas === 1 ? '' : 's'} × ${r.tp} × ${
    r.gpu
  } = ${r.gpus_total} GPU${r.gpus_total === 1 ? '' : 's'}`;
}

export function capacityLine(r: Recommendation): string {
  return `each replica carries up to ${sig(
    r.max_qps_per_replica,
  )} req/s within the SLOs (saturates at ${sig(
    r.saturation_qps_per_replica,
  )}); at peak it sees ${sig(r.load_per_replica_rps)} req/s`;
}
