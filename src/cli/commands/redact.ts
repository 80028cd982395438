import { z } from 'zod';
import { loadConfig } from '../../config/index.js';
import { AUDIENCES, loadRedactionPolicy, redactForAudience, type Audience } from '../../redaction/index.js';
import { parseOptions } from '../args.js';
import { EXIT_OK, readAll, usageError, type CliCommand } from '../command.js';
import { runJsonl } from '../jsonl.js';

const usage =
  'triage redact [--policy <file>] [--audience external|logs|internal_audit] (--jsonl | "<text>")\n' +
  '  "<text>"   print the text with patient data masked (read from stdin when absent)\n' +
  '  --jsonl    read {"id","text"} lines on stdin, write {"id","text"} lines, masked, in order\n' +
  '  --audience whose rules apply (default external: everything masked)\n' +
  '  --policy   policy file (default REDACTION_CONFIG, ./config/redaction.yaml)';

const lineSchema = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

export const command: CliCommand = {
  name: 'redact',
  summary: 'Mask patient data (NIR, IPP, NDA, phone, e-mail) in text or JSON lines',
  usage,
  async run(ctx) {
    const { values, positionals } = parseOptions(
      ctx.args,
      { jsonl: { type: 'boolean' }, policy: { type: 'string' }, audience: { type: 'string' } },
      usage,
    );
    const audience = (values.audience ?? 'external') as Audience;
    if (!AUDIENCES.includes(audience)) throw usageError(`unknown audience "${values.audience}"\nusage: ${usage}`);
    if (values.jsonl && positionals.length > 0) throw usageError(`--jsonl reads stdin: give no text\nusage: ${usage}`);
    const policy = values.policy
      ? await loadRedactionPolicy(values.policy, { ifMissing: 'fail' })
      : await loadRedactionPolicy(loadConfig(ctx.env).redactionConfigPath);

    if (values.jsonl) {
      return runJsonl(ctx.stdin, ctx.stdout, (input) => {
        const parsed = lineSchema.safeParse(input);
        if (!parsed.success) throw new Error('expected {"id": string|number, "text": string}');
        return { id: parsed.data.id, text: redactForAudience(parsed.data.text, audience, policy).text };
      });
    }
    const text = positionals.length > 0 ? positionals.join(' ') : await readAll(ctx.stdin);
    const masked = redactForAudience(text, audience, policy).text;
    ctx.stdout.write(masked.endsWith('\n') ? masked : `${masked}\n`);
    return EXIT_OK;
  },
};
