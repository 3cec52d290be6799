import { useState } from 'react';
import {
  Box,
  Button,
  Card,
  CardActions,
  CardContent,
  Checkbox,
  Chip,
  Collapse,
  FormControlLabel,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { HOURS_PER_MONTH } from '@serveplan/plugin-serveplan-common';
import type { Recommendation } from '../../schema/openapi';
import { SourceTag } from '../shared/SourceTag';
import { integer, sig, usd, usdPrecise } from '../shared/format';
import {
  capacityLine,
  predictionSource,
  priceSource,
  QualityLine,
  replicasLine,
  SloTable,
} from './recommendationFacts';

const useStyles = makeStyles(theme => ({
  card: {
    height: '100%',
    display: 'flex',
    flexDirection: 'column',
  },
  content: { flexGrow: 1 },
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5),
    marginBottom: theme.spacing(1),
  },
  cost: {
    fontSize: '1.5rem',
    fontWeight: 600,
  },
  code: {
    fontFamily: 'monospace',
    fontSize: '0.85em',
    overflowWrap: 'anywhere',
  },
}));

/** One recommended configuration: what to deploy, what it costs, how fast it is and how sure that is. */
export function OptionCard(props: {
  rank: number;
  recommendation: Recommendation;
  onParetoFront: boolean;
  budget: number | null;
  compared: boolean;
  compareDisabled: boolean;
  onCompareChange: (checked: boolean) => void;
}) {
  const classes = useStyles();
  const r = props.recommendation;
  const [details, setDetails] = useState(false);
  const price = priceSource(r.price);
  const prediction = predictionSource(r.provenance);
  const headingId = `serveplan-option-${props.rank}`;

  return (
    <Card
      variant="outlined"
      className={classes.card}
      component="article"
      aria-labelledby={headingId}
    >
      <CardContent className={classes.content}>
        <div className={classes.chips}>
          <Chip size="small" color="primary" label={`#${props.rank}`} />
          {r.meets_slo ? (
            <Chip
              size="small"
              label={
                r.meets_slo_with_margin
                  ? 'meets the SLOs, with margin'
                  : 'meets the SLOs'
              }
            />
          ) : (
            <Chip size="small" color="secondary" label="misses an SLO" />
          )}
          {props.onParetoFront && (
            <Chip size="small" variant="outlined" label="Pareto front" />
          )}
          {r.within_budget === false && (
            <Chip size="small" color="secondary" label="over budget" />
          )}
        </div>
        <Typography variant="h6" component="h3" id={headingId}>
          {r.model_name} ({r.precision})
        </Typography>
        <Typography
          variant="body2"
          color="textSecondary"
          className={classes.code}
        >
          {r.model}
          {r.checkpoint !== r.model ? ` · checkpoint ${r.checkpoint}` : ''}
        </Typography>
        <Box mt={1}>
          <Typography variant="body1">{replicasLine(r)}</Typography>
        </Box>
        <Box mt={1}>
          <Typography component="p">
            <span className={classes.cost}>{usd(r.monthly_cost_usd)}</span> per
            month
            <SourceTag
              kind="derived"
              detail={`${r.gpus_total} GPUs × ${usdPrecise(
                r.price.usd_per_gpu_hour,
              )}/GPU-hour × ${HOURS_PER_MONTH} hours`}
            />
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {usdPrecise(r.price.usd_per_gpu_hour)}/GPU-hour
            <SourceTag kind={price.kind} detail={price.detail} /> · at least{' '}
            {usdPrecise(r.cost_per_million_tokens_usd)} per million tokens
            <SourceTag
              kind="derived"
              detail="monthly cost over the tokens served if the busy-hour mean load held around the clock; quiet hours raise the real figure"
            />
            {props.budget !== null && ` · budget ${usd(props.budget)}`}
          </Typography>
        </Box>
        <Box mt={2}>
          <SloTable
            checks={r.predicted}
            provenance={r.provenance}
            caption={`Predicted latency of option ${props.rank}`}
          />
        </Box>
        <Box mt={2}>
          <QualityLine quality={r.quality} />
          <Typography variant="body2">
            Binding constraint: <strong>{r.binding_constraint}</strong> —{' '}
            {capacityLine(r)}
          </Typography>
        </Box>
        <Box mt={1}>
          <Typography variant="body2" color="textSecondary">
            {r.why}
          </Typography>
        </Box>
        <Collapse in={details}>
          <Box mt={2}>
            <Typography variant="subtitle2" component="h4">
              vLLM settings and memory
            </Typography>
            <Table
              size="small"
              aria-label={`vLLM settings of option ${props.rank}`}
            >
              <TableBody>
                <TableRow>
                  <TableCell component="th" scope="row">
                    Engine flags
                  </TableCell>
                  <TableCell className={classes.code}>
                    --tensor-parallel-size {r.tp} --max-model-len{' '}
                    {r.engine_flags.max_model_len} --max-num-seqs{' '}
                    {r.engine_flags.max_num_seqs} --max-num-batched-tokens{' '}
                    {r.engine_flags.max_num_batched_tokens}{' '}
                    --gpu-memory-utilization{' '}
                    {r.engine_flags.gpu_memory_utilization} --kv-cache-dtype{' '}
                    {r.engine_flags.kv_cache_dtype}
                  </TableCell>
                </TableRow>
                <TableRow>
                  <TableCell component="th" scope="row">
                    Memory per replica
                  </TableCell>
                  <TableCell>
                    weights {sig(r.memory.weights_gib)} GiB, KV cache{' '}
                    {sig(r.memory.kv_cache_gib)} GiB (
                    {integer(r.memory.kv_token_capacity)} tokens)
                    <SourceTag
                      kind="derived"
                      detail="from the model's architecture and the GPU's memory (kb)"
                    />
                  </TableCell>
                </TableRow>
                <TableRow>
                  <TableCell component="th" scope="row">
                    Prediction
                  </TableCell>
                  <TableCell>
                    {prediction.detail}; kb {r.provenance.kb_version}
                    {r.provenance.notes.length > 0 && (
                      <ul>
                        {r.provenance.notes.map(n => (
                          <li key={n}>{n}</li>
                        ))}
                      </ul>
                    )}
                  </TableCell>
                </TableRow>
                <TableRow>
                  <TableCell component="th" scope="row">
                    Sources
                  </TableCell>
                  <TableCell className={classes.code}>
                    architecture: {r.provenance.model_architecture.source} (
                    {r.provenance.model_architecture.date}); GPU:{' '}
                    {r.provenance.gpu_specs.source} (
                    {r.provenance.gpu_specs.date})
                  </TableCell>
                </TableRow>
              </TableBody>
            </Table>
          </Box>
        </Collapse>
      </CardContent>
      <CardActions>
        <FormControlLabel
          control={
            <Checkbox
              checked={props.compared}
              disabled={props.compareDisabled && !props.compared}
              onChange={e => props.onCompareChange(e.target.checked)}
              color="primary"
              inputProps={{ 'aria-label': `Compare option ${props.rank}` }}
            />
          }
          label="Compare"
        />
        <Button
          size="small"
          onClick={() => setDetails(d => !d)}
          aria-expanded={details}
        >
          {details ? 'Fewer details' : 'More details'}
        </Button>
      </CardActions>
    </Card>
  );
}
