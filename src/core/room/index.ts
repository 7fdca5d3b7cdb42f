/** Room participation: participants contribute from their phones over the room's local network. */
export * from './codes';
export * from './errors';
export * from './gates';
export * from './limits';
export * from './network';
export * from './protocol';
export * from './publication';
export * from './rate-limit';
export * from './room';
export * from './schemas';
