/**
 * serveplan's backend plugin: the intent and capacity engines over Backstage's database.
 *
 * @packageDocumentation
 */
export { serveplanPlugin as default } from './plugin';
export { runBackendPlanBench } from './bench/planBench';
