import { useMemo, useState } from 'react';
import {
  Box,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from '@material-ui/core';
import type { Rejection } from '../../schema/openapi';

const STAGES: Array<{
  id: Rejection['stage'];
  label: string;
  explanation: string;
}> = [
  {
    id: 'constraints',
    label: 'constraints',
    explanation:
      'excluded by your constraints or the use case (task, context, licence)',
  },
  {
    id: 'memory',
    label: 'memory',
    explanation: 'weights and KV cache do not fit the GPUs',
  },
  {
    id: 'slo',
    label: 'latency',
    explanation: 'misses a latency target even at light load',
  },
  {
    id: 'budget',
    label: 'budget',
    explanation: 'over the budget or the GPUs available',
  },
  {
    id: 'price',
    label: 'price',
    explanation: 'no price for the GPU in the knowledge base',
  },
];

/** Every configuration left out, with the reason, filterable by stage and text. */
export function RejectedTable(props: { rejected: Rejection[] }) {
  const [stage, setStage] = useState<Rejection['stage'] | 'all'>('all');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const [rowsPerPage, setRowsPerPage] = useState(10);

  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const r of props.rejected) c.set(r.stage, (c.get(r.stage) ?? 0) + 1);
    return c;
  }, [props.rejected]);

  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    return props.rejected.filter(
      r =>
        (stage === 'all' || r.stage === stage) &&
        (!q ||
          [r.model, r.gpu ?? '', r.precision ?? '', r.reason].some(s =>
            s.toLowerCase().includes(q),
          )),
    );
  }, [props.rejected, stage, query]);

  if (props.rejected.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        Nothing was rejected.
      </Typography>
    );
  }

  return (
    <Box>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        mb={1}
        style={{ gap: 8 }}
        role="group"
        aria-label="Filter by reason"
      >
        <Chip
          label={`all (${props.rejected.length})`}
          clickable
          color={stage === 'all' ? 'primary' : 'default'}
          aria-pressed={stage === 'all'}
          onClick={() => {
            setStage('all');
            setPage(0);
          }}
        />
        {STAGES.filter(s => counts.has(s.id)).map(s => (
          <Chip
            key={s.id}
            label={`${s.label} (${counts.get(s.id)})`}
            title={s.explanation}
            clickable
            color={stage === s.id ? 'primary' : 'default'}
            aria-pressed={stage === s.id}
            onClick={() => {
              setStage(s.id);
              setPage(0);
            }}
          />
        ))}
        <TextField
          size="small"
          variant="outlined"
          label="Search rejected"
          value={query}
          onChange={e => {
            setQuery(e.target.value);
            setPage(0);
          }}
          id="serveplan-rejected-search"
        />
      </Box>
      <Table size="small" aria-label="Rejected configurations">
        <TableHead>
          <TableRow>
            <TableCell>Model</TableCell>
            <TableCell style={{ whiteSpace: 'nowrap' }}>GPU</TableCell>
            <TableCell>TP</TableCell>
            <TableCell>Precision</TableCell>
            <TableCell>Stage</TableCell>
            <TableCell>Reason</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows
            .slice(page * rowsPerPage, (page + 1) * rowsPerPage)
            .map((r, i) => (
              <TableRow
                key={`${r.model}|${r.gpu}|${r.tp}|${r.precision}|${r.stage}|${i}`}
              >
                <TableCell>{r.model === '*' ? 'any model' : r.model}</TableCell>
                <TableCell style={{ whiteSpace: 'nowrap' }}>
                  {r.gpu ?? 'any GPU'}
                </TableCell>
                <TableCell>{r.tp ?? '—'}</TableCell>
                <TableCell style={{ whiteSpace: 'nowrap' }}>
                  {r.precision ?? '—'}
                </TableCell>
                <TableCell style={{ whiteSpace: 'nowrap' }}>
                  {STAGES.find(s => s.id === r.stage)?.label ?? r.stage}
                </TableCell>
                <TableCell>{r.reason}</TableCell>
              </TableRow>
            ))}
        </TableBody>
      </Table>
      <TablePagination
        component="div"
        count={rows.length}
        page={Math.min(
          page,
          Math.max(0, Math.ceil(rows.length / rowsPerPage) - 1),
        )}
        onPageChange={(_, p) => setPage(p)}
        rowsPerPage={rowsPerPage}
        onRowsPerPageChange={e => {
          setRowsPerPage(Number(e.target.value));
          setPage(0);
        }}
        rowsPerPageOptions={[10, 25, 100]}
      />
    </Box>
  );
}
