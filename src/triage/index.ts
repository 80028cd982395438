export * from './vocabulary.js';
export * from './priority.js';
