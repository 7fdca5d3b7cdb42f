export * from './normalise';
export * from './attribution';
export * from './card-filter';
export * from './catalogue-search';
