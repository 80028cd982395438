export * from './adaptive.js';
export * from './intake-cards.js';
export * from './welcome-card.js';
