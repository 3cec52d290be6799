import { Chip, Tooltip } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';

/**
 * Where a number came from. Every number the page shows carries one of these, so a reader can
 * tell a stated requirement from a template default, and a measured value from an estimate.
 */
export type SourceKind =
  | 'stated'
  | 'inferred'
  | 'default'
  | 'template'
  | 'derived'
  | 'measured'
  | 'fitted'
  | 'estimated'
  | 'simulated'
  | 'published'
  | 'listed'
  | 'operator'
  | 'browser';

const EXPLANATIONS: Record<SourceKind, string> = {
  stated: 'you said so',
  inferred: 'read from your words',
  default: 'a default, because nothing was said',
  template: "from the use case's template (kb/use-cases.yaml)",
  derived: 'computed from other values (the load model, a priority)',
  measured: 'measured on real hardware',
  fitted: 'predicted by the engine with coefficients fitted to measurements',
  estimated: 'an estimate without measurements behind it',
  simulated: 'simulated by the capacity engine (vLLM scheduler model)',
  published: "published by the model's authors",
  listed: "a provider's public price list",
  operator: 'a price set by your platform operators',
  browser:
    'estimated in your browser from the current options; re-plan to record it',
};

const useStyles = makeStyles(theme => ({
  chip: {
    height: 20,
    fontSize: theme.typography.caption.fontSize,
    marginLeft: theme.spacing(0.5),
    verticalAlign: 'middle',
  },
}));

export function isSourceKind(value: string): value is SourceKind {
  return value in EXPLANATIONS;
}

export function SourceTag(props: { kind: string; detail?: string }) {
  const classes = useStyles();
  const known = isSourceKind(props.kind);
  const explanation = [
    known ? EXPLANATIONS[props.kind as SourceKind] : undefined,
    props.detail,
  ]
    .filter(Boolean)
    .join(' — ');
  return (
    <Tooltip title={explanation || props.kind}>
      <Chip
        component="span"
        size="small"
        variant="outlined"
        className={classes.chip}
        label={props.kind}
        aria-label={`source: ${props.kind}${
          explanation ? ` (${explanation})` : ''
        }`}
      />
    </Tooltip>
  );
}
