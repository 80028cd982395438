/**
 * The hospital directory: users, locations, assets, business applications and support teams; their
 * CSV import, the shipped sample hospital, and the lookups the bot uses to recognise a user and their
 * equipment.
 */
export { teamNameFor } from './team-name.js';
export { toSupportTeam } from './row-mapping.js';
export { DirectoryRepository } from './repository.js';
export { importDirectory, type DirectoryImportResult, type ImportedFile } from './import-directory.js';
export {
  DIRECTORY_FILE_KINDS,
  defaultFileName,
  type DirectoryFileKind,
  type DirectorySource,
  type DirectorySources,
} from './parse-files.js';
export type { ImportCounts } from './write-directory.js';
export { formatIssue, type DirectoryIssue } from './issues.js';
export { assetKey, emailKey } from './keys.js';
export { isDirectoryEmpty, loadSampleHospital, readSampleHospital } from './load-sample.js';
export { EXAMPLE_USER } from './sample-hospital/index.js';
export {
  benchmarkDirectoryImport,
  benchmarkDirectoryLookups,
  type DirectoryBenchmark,
  type DirectoryBenchmarkOptions,
  type DirectoryImportBenchmark,
} from './bench.js';
export {
  ASSET_KINDS,
  type Application,
  type AssetKind,
  type AssetPlace,
  type DirectoryAsset,
  type DirectoryLocation,
  type DirectoryUser,
  type SupportTeam,
} from './types.js';
