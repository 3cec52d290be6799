export { serveplanApiRef } from './ServeplanApi';
export type { ServeplanApi, EffectiveKnowledgeBase } from './ServeplanApi';
export { ServeplanClient } from './ServeplanClient';
export { ServeplanApiError } from './ServeplanApiError';
