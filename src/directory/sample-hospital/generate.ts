/**
 * Writes the sample hospital's CSV files next to this script. Deterministic (seeded): running it again
 * rewrites identical files.
 *
 *     npx tsx src/directory/sample-hospital/generate.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSampleHospital, renderSampleHospital } from './index.js';

const folder = path.dirname(fileURLToPath(import.meta.url));
const hospital = buildSampleHospital();
for (const [file, text] of renderSampleHospital(hospital)) {
  writeFileSync(path.join(folder, file), text, 'utf8');
}
const units = new Set(hospital.locations.map((l) => l.unit_code));
process.stdout.write(
  `wrote ${folder}: ${hospital.users.length} users, ${hospital.assets.length} assets, ${hospital.locations.length} locations ` +
    `(${units.size} units), ${hospital.applications.length} applications, ${hospital.teams.length} support teams\n`,
);
