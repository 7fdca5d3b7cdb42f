export * from './decode';
export * from './parse';
export * from './mapping';
export * from './vocabulary';
export * from './duplicates';
export * from './prepare';
