/**
 * Types, knowledge-base schemas and the isomorphic capacity engine of serveplan.
 *
 * @packageDocumentation
 */
export * from './errors/ServeplanInputError';
export * from './kb/schema';
export * from './kb/names';
export * from './kb/resolve';
export * from './kb/validate';
export * from './engine';
export * from './calibration/measurement';
export * from './calibration/evaluate';
export * from './calibration/fit';
export * from './calibration/nelderMead';
export * from './plan';
export * from './intent';
export * from './units';
export * from './permissions';
