export { KyselyStorage } from './kysely-storage.js';
