import { ReactNode } from 'react';
import {
  Checkbox,
  Grid,
  ListItemText,
  MenuItem,
  TextField,
  Typography,
} from '@material-ui/core';
import {
  GpuPrice,
  KnowledgeBase,
  meanLength,
  PlanSpec,
} from '@serveplan/plugin-serveplan-common';
import { USE_CASES } from '../ChatTab/intentEdits';
import { SourceTag } from '../shared/SourceTag';
import { usdPrecise } from '../shared/format';
import { ExploreForm, FormErrors, FormField, kbPrice } from './exploreSpec';

function Section(props: { title: string; children: ReactNode }) {
  return (
    <Grid item xs={12}>
      <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
        <Typography variant="subtitle2" component="legend" gutterBottom>
          {props.title}
        </Typography>
        <Grid container spacing={1}>
          {props.children}
        </Grid>
      </fieldset>
    </Grid>
  );
}

const round = (v: number) => String(Number(v.toPrecision(4)));

function notStatedText(edited: boolean, now: string | undefined): string {
  if (edited) return 'Stated here';
  return now ? `Not stated: ${now}` : 'Not stated';
}

/** Where the price an empty field stands for comes from: a provider's list, or the operators. */
function priceKind(price: GpuPrice | null): 'operator' | 'listed' {
  return price?.provider === 'operator' ? 'operator' : 'listed';
}

function priceText(edited: boolean, price: GpuPrice | null): string {
  if (edited) return 'your price';
  if (price === null) return 'no listed price';
  return `${
    priceKind(price) === 'operator' ? "operators' price" : 'listed'
  } ${usdPrecise(price.usd_per_gpu_hour)}`;
}

/**
 * The specification as a form. Empty fields are "not stated": the placeholder shows the value
 * the template and the load model give, with its source.
 */
export function SpecForm(props: {
  form: ExploreForm;
  errors: FormErrors;
  spec: PlanSpec | undefined;
  kb: KnowledgeBase;
  priceGpus: string[];
  onChange: (form: ExploreForm) => void;
}) {
  const { form, errors, spec, kb } = props;
  const set = <K extends keyof ExploreForm>(key: K, value: ExploreForm[K]) =>
    props.onChange({ ...form, [key]: value });
  const source = (key: string, edited: boolean) =>
    edited ? 'stated' : spec?.sources[key];

  const numberField = (
    field: FormField,
    label: string,
    now: string | undefined,
    sourceKey: string,
    width = 6,
    helper?: string,
  ) => {
    const edited = String(form[field]).trim() !== '';
    const src = source(sourceKey, edited);
    return (
      <Grid item xs={12} sm={width as 6}>
        <TextField
          id={`serveplan-explore-${field}`}
          label={label}
          value={form[field]}
          onChange={e => set(field, e.target.value as never)}
          placeholder={now}
          error={Boolean(errors[field])}
          helperText={
            errors[field] ?? (
              <>
                {notStatedText(edited, now)}
                {src && <SourceTag kind={src} />}
                {helper ? ` · ${helper}` : ''}
              </>
            )
          }
          InputLabelProps={{ shrink: true }}
          inputProps={{ inputMode: 'decimal' }}
          variant="outlined"
          size="small"
          fullWidth
        />
      </Grid>
    );
  };

  const select = (
    field: FormField,
    label: string,
    options: Array<{ value: string; label: string }>,
    width = 4,
  ) => (
    <Grid item xs={12} sm={width as 4}>
      <TextField
        id={`serveplan-explore-${field}`}
        select
        label={label}
        value={form[field]}
        onChange={e => set(field, e.target.value as never)}
        SelectProps={{ displayEmpty: true }}
        InputLabelProps={{ shrink: true }}
        variant="outlined"
        size="small"
        fullWidth
      >
        {options.map(o => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
      </TextField>
    </Grid>
  );

  const target = (m: 'ttft_ms' | 'itl_ms' | 'e2e_ms') =>
    spec?.slo[m] ? round(spec.slo[m]!.target) : undefined;
  const percentileNow = spec
    ? (['ttft_ms', 'itl_ms', 'e2e_ms'] as const)
        .map(m => spec.slo[m]?.percentile)
        .find(Boolean)
    : undefined;
  const priorities = [
    { value: 'low', label: 'low' },
    { value: 'medium', label: 'medium' },
    { value: 'high', label: 'high' },
  ];

  return (
    <Grid container spacing={2} component="div">
      <Section title="Traffic">
        {select(
          'use_case',
          'Use case',
          USE_CASES.map(u => ({ value: u.id, label: u.label })),
          12,
        )}
        {numberField(
          'users',
          'Users',
          spec && spec.traffic.users !== null
            ? round(spec.traffic.users)
            : undefined,
          'users',
        )}
        {numberField(
          'requests_per_s',
          'Peak requests per second',
          spec ? round(spec.traffic.peak_rps) : undefined,
          'requests_per_s',
          6,
          'wins over users',
        )}
        {numberField(
          'headroom',
          'Headroom over the peak (%)',
          undefined,
          'headroom',
          6,
        )}
        <Grid item xs={12}>
          <Typography variant="caption" color="textSecondary">
            {spec?.traffic.derivation}
          </Typography>
        </Grid>
      </Section>
      <Section title="Token lengths">
        {numberField(
          'input_tokens',
          'Prompt tokens',
          spec ? round(meanLength(spec.traffic.input)) : undefined,
          'input_tokens',
          4,
        )}
        {numberField(
          'output_tokens',
          'Answer tokens',
          spec ? round(meanLength(spec.traffic.output)) : undefined,
          'output_tokens',
          4,
        )}
        {numberField(
          'max_input_tokens',
          'Longest prompt',
          spec ? round(spec.traffic.max_input_tokens) : undefined,
          'max_input_tokens',
          4,
        )}
      </Section>
      <Section title="Latency targets (SLOs)">
        {numberField(
          'ttft_ms',
          'TTFT target (ms)',
          target('ttft_ms'),
          'ttft_ms',
          4,
        )}
        {numberField(
          'itl_ms',
          'ITL target (ms)',
          target('itl_ms'),
          'itl_ms',
          4,
        )}
        {numberField(
          'e2e_ms',
          'E2E target (ms)',
          target('e2e_ms'),
          'e2e_ms',
          4,
        )}
        {select(
          'slo_percentile',
          'Percentile',
          [
            {
              value: '',
              label: `template's${percentileNow ? ` (${percentileNow})` : ''}`,
            },
            ...(['p50', 'p90', 'p95', 'p99', 'mean'] as const).map(p => ({
              value: p,
              label: p,
            })),
          ],
          12,
        )}
      </Section>
      <Section title="What matters (ranking weights)">
        {select('latency_priority', 'Latency', priorities)}
        {select('cost_priority', 'Cost', priorities)}
        {select('quality_priority', 'Quality', priorities)}
      </Section>
      <Section title="Constraints">
        {numberField(
          'budget_usd_per_month',
          'Budget (USD per month)',
          'none',
          'budget',
        )}
        {numberField('max_gpus', 'GPUs available', 'no limit', 'max_gpus')}
        {numberField(
          'min_quality',
          'Quality floor (0–100)',
          spec ? String(spec.constraints.min_quality) : undefined,
          'min_quality',
          6,
          'relative benchmark score; empty: set by the quality priority',
        )}
        <Grid item xs={12} sm={6}>
          <TextField
            id="serveplan-explore-allowed_gpus"
            select
            label="Allowed GPUs"
            value={form.allowed_gpus}
            onChange={e =>
              set('allowed_gpus', e.target.value as unknown as string[])
            }
            SelectProps={{
              multiple: true,
              renderValue: value =>
                (value as string[]).length
                  ? (value as string[]).join(', ')
                  : 'any',
              displayEmpty: true,
            }}
            InputLabelProps={{ shrink: true }}
            variant="outlined"
            size="small"
            fullWidth
          >
            {kb.gpus.map(g => (
              <MenuItem key={g.id} value={g.id}>
                <Checkbox
                  checked={form.allowed_gpus.includes(g.id)}
                  size="small"
                  color="primary"
                />
                <ListItemText primary={g.id} />
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        {select(
          'licence',
          'Licence',
          [
            { value: 'any', label: 'any' },
            { value: 'commercial', label: 'commercial use allowed' },
            { value: 'permissive', label: 'permissive open source' },
          ],
          6,
        )}
      </Section>
      {props.priceGpus.length > 0 && (
        <Section title="GPU prices (USD per GPU-hour)">
          {props.priceGpus.map(gpu => {
            const current = kbPrice(kb, gpu);
            const key = `price.${gpu}` as const;
            const edited = (form.prices[gpu] ?? '').trim() !== '';
            return (
              <Grid item xs={6} sm={4} key={gpu}>
                <TextField
                  id={`serveplan-explore-price-${gpu}`}
                  label={gpu}
                  value={form.prices[gpu] ?? ''}
                  onChange={e =>
                    set('prices', { ...form.prices, [gpu]: e.target.value })
                  }
                  placeholder={
                    current === null
                      ? undefined
                      : String(current.usd_per_gpu_hour)
                  }
                  error={Boolean(errors[key])}
                  helperText={
                    errors[key] ?? (
                      <>
                        {priceText(edited, current)}
                        <SourceTag
                          kind={edited ? 'stated' : priceKind(current)}
                          detail={
                            !edited && current
                              ? `${current.provider}${
                                  current.offering
                                    ? ` (${current.offering})`
                                    : ''
                                }`
                              : undefined
                          }
                        />
                      </>
                    )
                  }
                  InputLabelProps={{ shrink: true }}
                  inputProps={{
                    inputMode: 'decimal',
                    'aria-label': `Price of ${gpu} in USD per GPU-hour`,
                  }}
                  variant="outlined"
                  size="small"
                  fullWidth
                />
              </Grid>
            );
          })}
        </Section>
      )}
    </Grid>
  );
}
