import { z } from 'zod';
import type { ApplicationAssets } from '../bot/services.js';
import type { DirectoryRepository } from '../directory/index.js';
import { loadOptionalYaml } from './optional-yaml.js';
import { createApplicationFinder } from '../triage/index.js';

const aliasesSchema = z.record(z.string(), z.array(z.string().min(1)).min(1, 'give at least one phrase')).superRefine((names, ctx) => {
  for (const code of Object.keys(names)) {
    if (!/^[a-z0-9-]+$/.test(code)) ctx.addIssue({ code: 'custom', path: [code], message: 'application codes are lower-case (as in applications.csv)' });
  }
});

/**
 * Reads config/applications.yaml (application code → how staff name it). A missing file means no
 * application is recognised; a malformed one stops the start with the reason.
 */
export async function loadApplicationNames(file: string): Promise<Record<string, string[]>> {
  return loadOptionalYaml(file, aliasesSchema, {});
}

/** The application a message names, looked up in the directory's inventory. */
export function applicationAssets(names: Record<string, string[]>, directory: DirectoryRepository): ApplicationAssets {
  const finder = createApplicationFinder(names);
  return {
    async namedIn(text) {
      const code = finder.find(text);
      return code ? directory.findApplicationAsset(code) : undefined;
    },
  };
}
