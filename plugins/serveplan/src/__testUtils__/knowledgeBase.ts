import path from 'node:path';
import { KnowledgeBase } from '@serveplan/plugin-serveplan-common';
import { loadKnowledgeBaseSync } from '@serveplan/plugin-serveplan-node';

let cached: KnowledgeBase | undefined;

/** The repository's real knowledge base (kb/), as the backend's /kb endpoint serves it. */
export function realKnowledgeBase(): KnowledgeBase {
  if (!cached)
    cached = loadKnowledgeBaseSync(path.resolve(__dirname, '../../../../kb'));
  return cached;
}

/** The body of GET /api/serveplan/kb for the real knowledge base. */
export function knowledgeBaseBody(): Record<string, unknown> {
  return {
    ...realKnowledgeBase(),
    base_version: realKnowledgeBase().version,
    loaded_at: '2026-11-27T00:00:00.000Z',
    price_overrides: [],
    measurements: { kb: 0, operator: 0 },
  };
}
