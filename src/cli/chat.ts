// `npm run chat -- --as alice.martin@chv.fr`: talk to the bot in a terminal, with the same store,
// knowledge base and dialogs as in Teams. Type a number to press a button, "quit" to leave.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createRuntime } from '../app/runtime.js';
import { ConsoleAdapter } from '../channels/console/console-adapter.js';
import { ConsoleNotifier } from '../channels/console/console-notifier.js';
import { renderActivity, type RenderedActivity } from '../channels/console/render-activity.js';
import { loadConfig } from '../config/index.js';
import { EXAMPLE_USER } from '../directory/index.js';
import { createLogger } from '../log.js';

const { values } = parseArgs({ options: { as: { type: 'string' }, lang: { type: 'string' } }, strict: true });
const config = loadConfig();
let chattingUserId: number | undefined;
// What the bot would post in Teams channels (agents' cards, SLA notices) is printed here instead.
const notifier = new ConsoleNotifier((text) => process.stdout.write(text), () => chattingUserId);
const runtime = await createRuntime(config, { logger: createLogger(process.env.LOG_LEVEL ?? 'warn'), notifier });
const email = values.as ?? EXAMPLE_USER.email;
const user = await runtime.services.directory.findUserByEmail(email);
chattingUserId = user?.id;
if (!user) {
  process.stderr.write(`No user ${email} in the directory. Try --as ${EXAMPLE_USER.email}.\n`);
  await runtime.close();
  process.exit(2);
}

let choices: RenderedActivity['choices'] = [];
const adapter = new ConsoleAdapter({ id: user.email, name: user.displayName }, (activity) => {
  const rendered = renderActivity(activity);
  if (rendered.text) process.stdout.write(`\nTriage › ${rendered.text.replace(/\n/g, '\n         ')}\n`);
  if (rendered.choices.length) {
    choices = rendered.choices;
    process.stdout.write(rendered.choices.map((c, i) => `  [${i + 1}] ${c.label}`).join('\n') + '\n');
  }
}, values.lang === 'en' ? 'en-GB' : 'fr-FR');
const logic = (context: Parameters<typeof runtime.bot.run>[0]) => runtime.bot.run(context);

process.stdout.write(`Connected as ${user.displayName} <${user.email}>. "quit" to leave.\n`);
await adapter.install(logic);
const rl = createInterface({ input: process.stdin, terminal: process.stdin.isTTY });
const prompt = () => process.stdout.write('\nVous › ');
prompt();
for await (const raw of rl) {
  const line = raw.trim();
  if (!process.stdin.isTTY) process.stdout.write(`${line}\n`);
  if (line === 'quit' || line === 'exit') break;
  if (!line) {
    prompt();
    continue;
  }
  const picked = /^\d+$/.test(line) ? choices[Number(line) - 1] : undefined;
  choices = [];
  if (picked) await adapter.receive(typeof picked.value === 'string' ? { text: picked.value } : { value: picked.value }, logic);
  else await adapter.receive({ text: line }, logic);
  prompt();
}
rl.close();
await runtime.close();
