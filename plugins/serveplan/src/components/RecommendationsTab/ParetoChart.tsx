import { useMemo, useState } from 'react';
import { Box, MenuItem, TextField, Typography } from '@material-ui/core';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import type { Recommendation, SloSpec } from '../../schema/openapi';
import { autoScale, compact, linearScale } from '../shared/scales';
import { metricLabel, ms, percent, usd } from '../shared/format';
import { worstRatio } from './recommendationFacts';

type YMetric = 'worst' | 'ttft_ms' | 'itl_ms' | 'e2e_ms';

const WIDTH = 640;
const HEIGHT = 340;
const M = { left: 64, right: 24, top: 16, bottom: 48 };

const useStyles = makeStyles(theme => ({
  svg: { width: '100%', height: 'auto', maxWidth: WIDTH, display: 'block' },
  point: {
    cursor: 'pointer',
    outline: 'none',
    '&:focus > circle, &:hover > circle': {
      stroke: theme.palette.primary.main,
      strokeWidth: 3,
    },
  },
  legend: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    flexWrap: 'wrap',
  },
  swatch: { width: 120, height: 10, borderRadius: 2 },
}));

/** Quality 0..100 to a colour from light to deep (unknown quality is drawn hollow). */
function qualityColour(score: number, dark: boolean): string {
  const t = Math.max(0, Math.min(1, score / 100));
  const hue = 45 + t * 175; // amber → teal → blue
  const light = dark ? 70 - t * 15 : 60 - t * 25;
  return `hsl(${Math.round(hue)}, 70%, ${Math.round(light)}%)`;
}

function yValue(r: Recommendation, metric: YMetric): number | undefined {
  if (metric === 'worst') return worstRatio(r) * 100;
  return r.predicted.find(p => p.metric === metric)?.predicted;
}

/**
 * Cost against latency for the recommended options, quality as colour; the Pareto front (no
 * option is cheaper, faster and better at once) joined by a line. Points are focusable.
 */
export function ParetoChart(props: {
  recommendations: Array<{ rank: number; recommendation: Recommendation }>;
  paretoIds: string[];
  slo: SloSpec;
  onSelect: (rank: number) => void;
}) {
  const classes = useStyles();
  const theme = useTheme();
  const dark = theme.palette.type === 'dark';
  const available = (['ttft_ms', 'itl_ms', 'e2e_ms'] as const).filter(
    m => props.slo[m],
  );
  const [chosen, setMetric] = useState<YMetric>('worst');
  // A metric chosen for an earlier plan may have no target in this one: fall back to the ratio.
  const metric: YMetric =
    chosen === 'worst' || available.includes(chosen) ? chosen : 'worst';
  const [focused, setFocused] = useState<number | undefined>();

  const points = useMemo(
    () =>
      props.recommendations
        .map(({ rank, recommendation: r }) => ({
          rank,
          r,
          x: r.monthly_cost_usd,
          y: yValue(r, metric),
        }))
        .filter(
          (p): p is { rank: number; r: Recommendation; x: number; y: number } =>
            p.y !== undefined && Number.isFinite(p.y),
        ),
    [props.recommendations, metric],
  );

  if (points.length === 0) return null;

  const target = metric === 'worst' ? 100 : props.slo[metric]?.target;
  const x = autoScale(
    points.map(p => p.x),
    M.left,
    WIDTH - M.right,
  );
  const ys = points.map(p => p.y).concat(target !== undefined ? [target] : []);
  const y = linearScale(
    0,
    Math.max(...ys) * 1.05,
    HEIGHT - M.bottom,
    M.top,
    5,
    true,
  );
  const front = points
    .filter(p => props.paretoIds.includes(p.r.id))
    .sort((a, b) => a.x - b.x);
  const yLabel =
    metric === 'worst'
      ? 'Worst latency as % of its target'
      : `${metricLabel(metric)} ${
          props.slo[metric]?.percentile ?? ''
        } predicted (ms)`;
  const describe = (p: {
    rank: number;
    r: Recommendation;
    x: number;
    y: number;
  }) =>
    `Option ${p.rank}: ${p.r.model_name} (${p.r.precision}) on ${
      p.r.gpus_total
    } × ${p.r.gpu}, ${usd(p.x)} per month, ${
      metric === 'worst'
        ? `worst latency ${percent(p.y / 100)} of its target`
        : `${metricLabel(metric)} ${ms(p.y)}`
    }, quality ${
      p.r.quality.score === null ? 'unknown' : Math.round(p.r.quality.score)
    }${props.paretoIds.includes(p.r.id) ? ', on the Pareto front' : ''}`;
  const focusedPoint = points.find(p => p.rank === focused);

  return (
    <figure style={{ margin: 0 }}>
      <Box
        display="flex"
        alignItems="center"
        justifyContent="space-between"
        flexWrap="wrap"
        mb={1}
      >
        <figcaption>
          <Typography variant="subtitle1" component="h3">
            Cost against latency
          </Typography>
          <Typography variant="caption" color="textSecondary">
            Colour: quality (hollow: unknown). Line: the Pareto front. Select a
            point to jump to its card.
          </Typography>
        </figcaption>
        <TextField
          select
          size="small"
          variant="outlined"
          label="Latency axis"
          value={metric}
          onChange={e => setMetric(e.target.value as YMetric)}
          id="serveplan-pareto-metric"
        >
          <MenuItem value="worst">Worst SLO ratio</MenuItem>
          {available.map(m => (
            <MenuItem key={m} value={m}>
              {metricLabel(m)} {props.slo[m]?.percentile}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <svg
        className={classes.svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={`Cost against ${yLabel.toLowerCase()}`}
      >
        {/* axes */}
        <g aria-hidden="true" fontSize={11} fill={theme.palette.text.secondary}>
          {y.ticks.map(t => (
            <g key={`y${t}`}>
              <line
                x1={M.left}
                x2={WIDTH - M.right}
                y1={y(t)}
                y2={y(t)}
                stroke={theme.palette.divider}
              />
              <text x={M.left - 6} y={y(t) + 4} textAnchor="end">
                {compact(t)}
              </text>
            </g>
          ))}
          {x.ticks.map(t => (
            <g key={`x${t}`}>
              <line
                x1={x(t)}
                x2={x(t)}
                y1={HEIGHT - M.bottom}
                y2={HEIGHT - M.bottom + 4}
                stroke={theme.palette.text.secondary}
              />
              <text x={x(t)} y={HEIGHT - M.bottom + 16} textAnchor="middle">
                ${compact(t)}
              </text>
            </g>
          ))}
          <line
            x1={M.left}
            x2={WIDTH - M.right}
            y1={HEIGHT - M.bottom}
            y2={HEIGHT - M.bottom}
            stroke={theme.palette.text.secondary}
          />
          <text
            x={(M.left + WIDTH - M.right) / 2}
            y={HEIGHT - 8}
            textAnchor="middle"
          >
            Monthly cost (USD{x.log ? ', log scale' : ''})
          </text>
          <text
            transform={`translate(14 ${
              (M.top + HEIGHT - M.bottom) / 2
            }) rotate(-90)`}
            textAnchor="middle"
          >
            {yLabel}
          </text>
          {target !== undefined && (
            <g>
              <line
                x1={M.left}
                x2={WIDTH - M.right}
                y1={y(target)}
                y2={y(target)}
                stroke={theme.palette.error.main}
                strokeDasharray="6 4"
              />
              <text
                x={WIDTH - M.right}
                y={y(target) - 4}
                textAnchor="end"
                fill={theme.palette.error.main}
              >
                {metric === 'worst' ? 'target' : `target ${ms(target)}`}
              </text>
            </g>
          )}
          {front.length > 1 && (
            <polyline
              points={front.map(p => `${x(p.x)},${y(p.y)}`).join(' ')}
              fill="none"
              stroke={theme.palette.text.primary}
              strokeOpacity={0.5}
              strokeWidth={1.5}
            />
          )}
        </g>
        {points.map(p => {
          const known = p.r.quality.score !== null;
          const onFront = props.paretoIds.includes(p.r.id);
          return (
            <g
              key={p.r.id}
              className={classes.point}
              role="button"
              tabIndex={0}
              aria-label={describe(p)}
              onFocus={() => setFocused(p.rank)}
              onBlur={() => setFocused(undefined)}
              onMouseEnter={() => setFocused(p.rank)}
              onMouseLeave={() => setFocused(undefined)}
              onClick={() => props.onSelect(p.rank)}
              onKeyDown={e => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  props.onSelect(p.rank);
                }
              }}
            >
              <title>{describe(p)}</title>
              <circle
                cx={x(p.x)}
                cy={y(p.y)}
                r={onFront ? 9 : 7}
                fill={known ? qualityColour(p.r.quality.score!, dark) : 'none'}
                stroke={theme.palette.text.primary}
                strokeWidth={onFront ? 2 : 1}
              />
              <text
                x={x(p.x) + 11}
                y={y(p.y) - 8}
                fontSize={11}
                fill={theme.palette.text.primary}
                aria-hidden="true"
              >
                #{p.rank}
              </text>
            </g>
          );
        })}
      </svg>
      <Box className={classes.legend} mt={1} aria-hidden="true">
        <Typography variant="caption">quality 0</Typography>
        <div
          className={classes.swatch}
          style={{
            background: `linear-gradient(to right, ${[0, 25, 50, 75, 100]
              .map(q => qualityColour(q, dark))
              .join(', ')})`,
          }}
        />
        <Typography variant="caption">100</Typography>
      </Box>
      <Typography
        variant="body2"
        aria-live="polite"
        style={{ minHeight: '1.5em' }}
      >
        {focusedPoint ? describe(focusedPoint) : ''}
      </Typography>
    </figure>
  );
}
