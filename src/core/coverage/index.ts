export * from './coverage';
export * from './risk-sources';
export * from './sessions';
