/**
 * serveplan's frontend plugin (new frontend system): a page where a developer turns a need in
 * words into a model × GPU plan. A legacy entry point is at `@serveplan/plugin-serveplan/legacy`.
 *
 * @packageDocumentation
 */
export { serveplanPlugin as default } from './plugin';
export { serveplanApiRef, ServeplanClient, ServeplanApiError } from './api';
export type { ServeplanApi, EffectiveKnowledgeBase } from './api';
