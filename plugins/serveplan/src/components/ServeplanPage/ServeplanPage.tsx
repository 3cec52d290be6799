import { useEffect, useState } from 'react';
import { Box, Tab, Tabs } from '@material-ui/core';
import { ChatTab } from '../ChatTab/ChatTab';
import { ExploreTab } from '../ExploreTab/ExploreTab';
import { RecommendationsTab } from '../RecommendationsTab/RecommendationsTab';
import { TAB_IDS, TabId, useWorkspace, WorkspaceProvider } from './Workspace';

const LABELS: Record<TabId, string> = {
  chat: 'Chat',
  recommendations: 'Recommendations',
  explore: 'Explore',
};

function ServeplanTabs() {
  const ws = useWorkspace();
  const count = ws.plan?.result.recommendations.length;
  // A tab's content mounts when first opened (Explore fetches the knowledge base) and then stays.
  const [opened, setOpened] = useState<TabId[]>([ws.tab]);
  useEffect(
    () => setOpened(o => (o.includes(ws.tab) ? o : [...o, ws.tab])),
    [ws.tab],
  );
  const label = (id: TabId) =>
    id === 'recommendations' && count !== undefined
      ? `${LABELS[id]} (${count})`
      : LABELS[id];
  return (
    <>
      <Tabs
        value={ws.tab}
        onChange={(_, value: TabId) => ws.setTab(value)}
        aria-label="serveplan"
        indicatorColor="primary"
        textColor="primary"
        variant="scrollable"
        scrollButtons="auto"
      >
        {TAB_IDS.map(id => (
          <Tab
            key={id}
            value={id}
            label={label(id)}
            id={`serveplan-tab-${id}`}
            aria-controls={`serveplan-tabpanel-${id}`}
          />
        ))}
      </Tabs>
      {/* Panels stay mounted so a half-edited form or message survives switching tabs. */}
      {TAB_IDS.map(id => (
        <div
          key={id}
          role="tabpanel"
          id={`serveplan-tabpanel-${id}`}
          aria-labelledby={`serveplan-tab-${id}`}
          hidden={ws.tab !== id}
        >
          <Box pt={3}>
            {id === 'chat' && opened.includes(id) && <ChatTab />}
            {id === 'recommendations' && ws.tab === id && (
              <RecommendationsTab />
            )}
            {/* Keyed by conversation: another conversation's form, alerts and what-ifs must not carry over. */}
            {id === 'explore' && opened.includes(id) && (
              <ExploreTab
                key={ws.conversationId ?? ''}
                active={ws.tab === id}
              />
            )}
          </Box>
        </div>
      ))}
    </>
  );
}

/** serveplan's page: words → plan (Chat), the options (Recommendations), what-ifs (Explore). */
export function ServeplanPage() {
  return (
    <Box px={3} pb={3}>
      <WorkspaceProvider>
        <ServeplanTabs />
      </WorkspaceProvider>
    </Box>
  );
}
