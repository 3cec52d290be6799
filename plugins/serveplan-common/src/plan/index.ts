export * from './capacity';
export * from './plan';
export * from './pricing';
export * from './quality';
export * from './spec';
export * from './overrides';
export * from './fromIntent';
