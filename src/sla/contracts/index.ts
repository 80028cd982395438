export type { Contract, Penalties, Target } from './contract.js';
export { ContractBook, buildContractBook, type ConfigProblem } from './contract-book.js';
export { slaFileSchema, type SlaFile } from './contract-schema.js';
export { loadContracts, parseContracts } from './load-contracts.js';
