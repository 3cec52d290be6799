import { useEffect, useMemo, useState } from 'react';
import { Box, Button, Grid, Typography } from '@material-ui/core';
import { Alert, AlertTitle } from '@material-ui/lab';
import { EmptyState, InfoCard, Progress } from '@backstage/core-components';
import { useWorkspace } from '../ServeplanPage/Workspace';
import { ErrorNotice } from '../shared/ErrorNotice';
import { usd } from '../shared/format';
import { CompareTable } from './CompareTable';
import { OptionCard } from './OptionCard';
import { ParetoChart } from './ParetoChart';
import { PlanOverview } from './PlanOverview';
import { RejectedTable } from './RejectedTable';

const MAX_COMPARED = 3;

export function optionCardId(rank: number) {
  return `serveplan-option-card-${rank}`;
}

export function RecommendationsTab() {
  const ws = useWorkspace();
  const plan = ws.plan;
  const [compared, setCompared] = useState<string[]>([]);

  // A different plan: start the comparison afresh.
  useEffect(() => setCompared([]), [plan?.id]);

  const ranked = useMemo(
    () =>
      plan
        ? plan.result.recommendations.map((recommendation, i) => ({
            rank: i + 1,
            recommendation,
          }))
        : [],
    [plan],
  );

  if (ws.planLoading || (ws.conversationLoading && !plan)) return <Progress />;
  if (ws.planError) {
    return (
      <ErrorNotice
        error={ws.planError}
        what="load the plan"
        action={{
          label: "Show the conversation's plan",
          onClick: () => ws.showConversationPlan(),
        }}
      />
    );
  }
  if (!plan) {
    const question = ws.conversation?.conversation.question;
    return (
      <EmptyState
        missing="data"
        title={question ? 'One question first' : 'No recommendations yet'}
        description={
          question
            ? `The assistant asked: “${question}” Answer it in the Chat tab and the recommendations appear here.`
            : 'Describe your workload in the Chat tab, or start from a use case in the Explore tab. The cheapest model × GPU configurations that meet your targets appear here.'
        }
        action={
          <Box display="flex" style={{ gap: 8 }}>
            <Button
              variant="contained"
              color="primary"
              onClick={() => ws.setTab('chat')}
            >
              Go to Chat
            </Button>
            <Button variant="outlined" onClick={() => ws.setTab('explore')}>
              Go to Explore
            </Button>
          </Box>
        }
      />
    );
  }

  const result = plan.result;
  const selected = ranked.filter(o => compared.includes(o.recommendation.id));
  const focusCard = (rank: number) => {
    const card = document.getElementById(optionCardId(rank));
    card?.scrollIntoView?.({ behavior: 'smooth', block: 'center' });
    card?.focus();
  };

  return (
    <Grid container spacing={3}>
      {ws.isWhatIf && (
        <Grid item xs={12}>
          <Alert
            severity="info"
            action={
              ws.conversation?.plan ? (
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => ws.showConversationPlan()}
                >
                  Back to the conversation's plan
                </Button>
              ) : undefined
            }
          >
            <AlertTitle>What-if plan</AlertTitle>
            Planned from the Explore tab
            {plan.overrides.length > 0
              ? ` with ${plan.overrides.join(', ')}`
              : ''}
            ; saved as plan {plan.id}.
          </Alert>
        </Grid>
      )}
      <Grid item xs={12}>
        <InfoCard title="What this plan is for">
          <PlanOverview plan={plan} />
        </InfoCard>
      </Grid>
      {(result.notes.length > 0 || (plan.notices ?? []).length > 0) && (
        <Grid item xs={12}>
          {[...result.notes, ...(plan.notices ?? [])].map(n => (
            <Alert key={n} severity="warning">
              {n}
            </Alert>
          ))}
        </Grid>
      )}
      {result.recommendations.length === 0 && (
        <Grid item xs={12}>
          <Alert severity="warning">
            <AlertTitle>No configuration meets the requirements</AlertTitle>
            The reasons are listed under “Left out” below. Relax a target, the
            budget or a constraint in the Chat or Explore tab.
          </Alert>
        </Grid>
      )}
      {result.mixed && (
        <Grid item xs={12}>
          <Alert severity="info">
            <AlertTitle>
              A cheaper mix: {usd(result.mixed.monthly_cost_usd)}/month (saves{' '}
              {usd(result.mixed.saving_vs_best_single_usd)})
            </AlertTitle>
            {result.mixed.parts
              .map(
                p =>
                  `${p.replicas} × ${p.gpu} for ${Math.round(
                    p.share_of_traffic * 100,
                  )} % of the traffic`,
              )
              .join(' + ')}
            . {result.mixed.note}
          </Alert>
        </Grid>
      )}
      {ranked.length > 0 && (
        <Grid item xs={12}>
          <Typography variant="h6" component="h2" gutterBottom>
            {ranked.length} option{ranked.length === 1 ? '' : 's'}, best first
          </Typography>
          <Grid
            container
            spacing={2}
            component="ol"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
            aria-label="Recommended options"
          >
            {ranked.map(o => (
              <Grid
                item
                xs={12}
                md={6}
                xl={4}
                key={o.recommendation.id}
                component="li"
              >
                <div
                  id={optionCardId(o.rank)}
                  tabIndex={-1}
                  style={{ height: '100%', outline: 'none' }}
                >
                  <OptionCard
                    rank={o.rank}
                    recommendation={o.recommendation}
                    onParetoFront={result.pareto.includes(o.recommendation.id)}
                    budget={result.spec.constraints.budget_usd_per_month}
                    compared={compared.includes(o.recommendation.id)}
                    compareDisabled={compared.length >= MAX_COMPARED}
                    onCompareChange={checked =>
                      setCompared(c =>
                        checked
                          ? [...c, o.recommendation.id]
                          : c.filter(id => id !== o.recommendation.id),
                      )
                    }
                  />
                </div>
              </Grid>
            ))}
          </Grid>
        </Grid>
      )}
      {ranked.length > 1 && (
        <Grid item xs={12}>
          <InfoCard title="Side by side">
            {selected.length >= 2 ? (
              <CompareTable options={selected} />
            ) : (
              <Typography variant="body2" color="textSecondary">
                Tick “Compare” on two or three options to see them side by side.
              </Typography>
            )}
          </InfoCard>
        </Grid>
      )}
      {ranked.length > 0 && (
        <Grid item xs={12}>
          <InfoCard>
            <ParetoChart
              recommendations={ranked}
              paretoIds={result.pareto}
              slo={result.spec.slo}
              onSelect={focusCard}
            />
          </InfoCard>
        </Grid>
      )}
      <Grid item xs={12}>
        <InfoCard
          title={`Left out (${result.rejected.length})`}
          subheader="Every configuration not recommended, and why"
        >
          <RejectedTable rejected={result.rejected} />
        </InfoCard>
      </Grid>
      {result.spec.assumptions.length > 0 && (
        <Grid item xs={12}>
          <InfoCard title="Assumptions">
            <ul>
              {result.spec.assumptions.map(a => (
                <li key={a}>
                  <Typography variant="body2">{a}</Typography>
                </li>
              ))}
            </ul>
          </InfoCard>
        </Grid>
      )}
    </Grid>
  );
}
