/** The repository's kb, loaded once per test file. */
import { KnowledgeBase } from '@serveplan/plugin-serveplan-common';
import { loadKnowledgeBaseSync } from '@serveplan/plugin-serveplan-node';

let cached: KnowledgeBase | undefined;

export function repoKnowledgeBase(): KnowledgeBase {
  cached ??= loadKnowledgeBaseSync();
  return cached;
}
