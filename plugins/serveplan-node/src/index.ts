/**
 * Node.js library of serveplan: reads and validates the knowledge base from `kb/`.
 *
 * @packageDocumentation
 */
export * from './kb/loadKnowledgeBase';
export * from './calibration/measurementsFile';
