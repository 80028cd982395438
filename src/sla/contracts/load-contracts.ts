import { readFile } from 'node:fs/promises';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { CodedError } from '../../errors.js';
import { formatPath } from '../format-path.js';
import { buildContractBook, type ConfigProblem, type ContractBook } from './contract-book.js';
import { slaFileSchema } from './contract-schema.js';

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined;
  return value;
}

/** Line of the deepest node of `path` that exists in the document (a missing key points at its parent). */
function lineOf(doc: Document, counter: LineCounter, path: readonly (string | number)[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

/**
 * Parses the SLA configuration (YAML text). Every problem is reported at once, each with its path and
 * line, e.g. `contracts[2].targets.P1.respond_minutes (line 42): must be more than 0 minutes`.
 */
export function parseContracts(text: string, source = 'SLA configuration'): ContractBook {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => error.message.split('\n')[0]!.replace(/:$/, ''));
    throw new CodedError('config_invalid', `${source} is not valid YAML:\n  ${problems.join('\n  ')}`, { problems });
  }
  const raw: unknown = doc.toJS();
  const parsed = slaFileSchema.safeParse(raw);
  let problems: ConfigProblem[];
  if (parsed.success) {
    const built = buildContractBook(parsed.data);
    if (built.book) return built.book;
    problems = built.problems;
  } else {
    problems = parsed.error.issues.map((issue) => {
      const path = issue.path.map((k) => (typeof k === 'number' ? k : String(k)));
      const missing = issue.code === 'invalid_type' && valueAt(raw, path) === undefined;
      return { path, message: missing ? 'is required' : issue.message };
    });
  }
  const lines = problems.map(({ path, message }) => {
    const line = lineOf(doc, counter, path);
    return `${formatPath(path)}${line ? ` (line ${line})` : ''}: ${message}`;
  });
  throw new CodedError('config_invalid', `${source} is invalid:\n  ${lines.join('\n  ')}`, { problems: lines });
}

/** Reads and parses the SLA configuration file (default ./config/sla.yaml, env SLA_CONFIG). */
export async function loadContracts(path: string): Promise<ContractBook> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CodedError('config_invalid', `Cannot read the SLA configuration ${path}: ${(error as Error).message}`);
  }
  return parseContracts(text, path);
}
