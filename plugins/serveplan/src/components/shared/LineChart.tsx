import { useState } from 'react';
import {
  Box,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import { compact, linearScale, logScale, Scale } from './scales';

export interface Series {
  label: string;
  /** y null: no value (e.g. does not fit); drawn as a gap and a cross on the axis. */
  points: Array<{ x: number; y: number | null }>;
  colour?: string;
  dashed?: boolean;
}

export interface ReferenceLine {
  y: number;
  label: string;
}

const WIDTH = 560;
const HEIGHT = 260;
const M = { left: 60, right: 16, top: 12, bottom: 44 };

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', maxWidth: WIDTH, display: 'block' },
});

/**
 * A small accessible line chart: the SVG is described for screen readers and the numbers are
 * one button away as a table.
 */
export function LineChart(props: {
  title: string;
  description: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
  references?: ReferenceLine[];
  formatX?: (x: number) => string;
  formatY?: (y: number) => string;
}) {
  const classes = useStyles();
  const theme = useTheme();
  const [table, setTable] = useState(false);
  const palette = [
    theme.palette.primary.main,
    theme.palette.secondary.main,
    theme.palette.success.main,
    theme.palette.warning.main,
  ];
  const fx = props.formatX ?? compact;
  const fy = props.formatY ?? compact;
  const xs = props.series.flatMap(s => s.points.map(p => p.x));
  const ys = props.series
    .flatMap(s => s.points.map(p => p.y))
    .filter((y): y is number => y !== null && Number.isFinite(y))
    .concat((props.references ?? []).map(r => r.y));
  if (xs.length === 0) return null;
  const x: Scale = linearScale(
    Math.min(...xs),
    Math.max(...xs),
    M.left,
    WIDTH - M.right,
    6,
    true,
  );
  // Values spanning orders of magnitude (a queue building up) get a log axis so the rest stays readable.
  const positive = ys.filter(v => v > 0);
  const spread = positive.length
    ? Math.max(...positive) / Math.min(...positive)
    : 1;
  const y: Scale =
    spread > 50
      ? logScale(
          Math.min(...positive),
          Math.max(...positive) * 1.05,
          HEIGHT - M.bottom,
          M.top,
        )
      : linearScale(
          0,
          ys.length ? Math.max(...ys) * 1.05 : 1,
          HEIGHT - M.bottom,
          M.top,
          5,
          true,
        );

  const drawable = (v: number | null): v is number =>
    v !== null && Number.isFinite(v) && (!y.log || v > 0);

  const path = (s: Series) => {
    let d = '';
    let pen = false;
    for (const p of s.points) {
      if (!drawable(p.y)) {
        pen = false;
        continue;
      }
      d += `${pen ? 'L' : 'M'}${x(p.x).toFixed(1)},${y(p.y).toFixed(1)} `;
      pen = true;
    }
    return d.trim();
  };

  return (
    <figure style={{ margin: 0 }}>
      <figcaption>
        <Typography variant="subtitle2" component="h4">
          {props.title}
        </Typography>
      </figcaption>
      <svg
        className={classes.svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`${props.title}. ${props.description}`}
      >
        <g fontSize={11} fill={theme.palette.text.secondary}>
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
            <text
              key={`x${t}`}
              x={x(t)}
              y={HEIGHT - M.bottom + 16}
              textAnchor="middle"
            >
              {compact(t)}
            </text>
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
            y={HEIGHT - 6}
            textAnchor="middle"
          >
            {props.xLabel}
          </text>
          <text
            transform={`translate(14 ${
              (M.top + HEIGHT - M.bottom) / 2
            }) rotate(-90)`}
            textAnchor="middle"
          >
            {props.yLabel}
            {y.log ? ' (log scale)' : ''}
          </text>
        </g>
        {(props.references ?? []).map(r => (
          <g key={`${r.label}${r.y}`}>
            <line
              x1={M.left}
              x2={WIDTH - M.right}
              y1={y(r.y)}
              y2={y(r.y)}
              stroke={theme.palette.error.main}
              strokeDasharray="6 4"
            />
            <text
              x={WIDTH - M.right}
              y={y(r.y) - 4}
              textAnchor="end"
              fontSize={11}
              fill={theme.palette.error.main}
            >
              {r.label}
            </text>
          </g>
        ))}
        {props.series.map((s, i) => {
          const colour = s.colour ?? palette[i % palette.length];
          return (
            <g key={s.label}>
              <path
                d={path(s)}
                fill="none"
                stroke={colour}
                strokeWidth={2}
                strokeDasharray={s.dashed ? '4 3' : undefined}
              />
              {s.points.map(p =>
                !drawable(p.y) ? (
                  <text
                    key={p.x}
                    x={x(p.x)}
                    y={HEIGHT - M.bottom - 4}
                    textAnchor="middle"
                    fontSize={12}
                    fill={theme.palette.error.main}
                  >
                    ×
                  </text>
                ) : (
                  <circle
                    key={p.x}
                    cx={x(p.x)}
                    cy={y(p.y)}
                    r={3}
                    fill={colour}
                  />
                ),
              )}
            </g>
          );
        })}
      </svg>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        style={{ gap: 12 }}
      >
        {props.series.map((s, i) => (
          <Typography key={s.label} variant="caption" aria-hidden="true">
            <span
              style={{
                color: s.colour ?? palette[i % palette.length],
                fontWeight: 700,
              }}
            >
              {s.dashed ? '- -' : '—'}
            </span>{' '}
            {s.label}
          </Typography>
        ))}
        <Button
          size="small"
          onClick={() => setTable(t => !t)}
          aria-expanded={table}
        >
          {table ? 'Hide the numbers' : 'Show the numbers'}
        </Button>
      </Box>
      {table && (
        <Table size="small" aria-label={`${props.title} (numbers)`}>
          <TableHead>
            <TableRow>
              <TableCell>{props.xLabel}</TableCell>
              {props.series.map(s => (
                <TableCell key={s.label} align="right">
                  {s.label}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {[...new Set(xs)]
              .sort((a, b) => a - b)
              .map(xv => (
                <TableRow key={xv}>
                  <TableCell>{fx(xv)}</TableCell>
                  {props.series.map(s => {
                    const p = s.points.find(q => q.x === xv);
                    return (
                      <TableCell key={s.label} align="right">
                        {p && p.y !== null && Number.isFinite(p.y)
                          ? fy(p.y)
                          : '—'}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
          </TableBody>
        </Table>
      )}
    </figure>
  );
}
