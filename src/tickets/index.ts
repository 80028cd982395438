export * from './lifecycle.js';
export * from './numbering.js';
export * from './routing.js';
export * from './ticket.js';
export * from './ticket-input.js';
export { TicketRepository, type Actor, type TicketFilter, type CreateResult, type Reassessment, type TicketChangeHook } from './repository.js';
