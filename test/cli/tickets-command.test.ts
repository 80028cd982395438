import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../support/dialects.js';
import { seedMinimalDirectory, ticketBody } from '../support/minimal-directory.js';
import { runTriage } from '../support/run-cli.js';

describeEachDialect('triage tickets', (ctx) => {
  let env: Record<string, string>;
  beforeAll(async () => {
    await seedMinimalDirectory(ctx.store);
    env = { DATABASE_URL: ctx.target.databaseUrl, ROUTING_CONFIG: 'config/routing.yaml' };
  });

  const count = async () =>
    Number((await ctx.store.db.selectFrom('tickets').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('creates a ticket from standard input and prints its number', async () => {
    const run = await runTriage(['tickets', 'create', '--json', '-'], { stdin: JSON.stringify(ticketBody()), env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^INC-\d{4}-\d{6}$/);
  });

  it('exits 1 naming the bad field and leaves the ticket count unchanged', async () => {
    const before = await count();
    const run = await runTriage(['tickets', 'create', '--json', '-'], { stdin: JSON.stringify(ticketBody({ scope: 'ward' })), env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/scope/);
    expect(await count()).toBe(before);
  });

  it('exits 1 on a body that is not JSON', async () => {
    const run = await runTriage(['tickets', 'create', '--json', '-'], { stdin: '{oops', env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not valid JSON/);
  });

  it('exits 2 on usage errors and says what to fix', async () => {
    expect((await runTriage(['tickets', 'create'], { env })).code).toBe(2);
    expect((await runTriage(['tickets', 'frobnicate'], { env })).stderr).toMatch(/unknown subcommand "frobnicate"/);
    expect((await runTriage(['tickets', 'list', '--priority', 'P9'], { env })).code).toBe(2);
    expect((await runTriage(['nonsense'], { env })).code).toBe(2);
  });

  it('moves a ticket, shows it with its audit trail, and refuses an illegal move with exit 1', async () => {
    const created = await runTriage(['tickets', 'create', '--json', '-'], { stdin: JSON.stringify(ticketBody({ title: 'Souris HS' })), env });
    const number = created.stdout.trim();
    const moved = await runTriage(['tickets', 'move', number, 'resolved', '--by', 'karim.benali@chv.fr', '--reason', 'souris remplacée'], { env });
    expect(moved.code).toBe(0);
    const illegal = await runTriage(['tickets', 'move', number, 'waiting_user'], { env });
    expect(illegal.code).toBe(1);
    expect(illegal.stderr).toMatch(/cannot move from resolved to waiting_user/);
    const shown = await runTriage(['tickets', 'show', number, '--json'], { env });
    const body = JSON.parse(shown.stdout) as { status: string; events: Array<{ kind: string; actor: string; data: { reason?: string } }> };
    expect(body.status).toBe('resolved');
    expect(body.events.map((e) => e.kind)).toEqual(['created', 'status_changed']);
    expect(body.events[1]).toMatchObject({ actor: 'karim.benali@chv.fr', data: { reason: 'souris remplacée' } });
    const text = await runTriage(['tickets', 'show', number], { env });
    expect(text.stdout).toContain('Audit trail:');
    // Where to go: the device and the place, as an agent needs them.
    expect(text.stdout).toMatch(/asset PC-CARD-0342 \(workstation, [^)]+\); location \S+ Cardiologie, building B, floor 3/);
    expect(JSON.parse(shown.stdout)).toMatchObject({ asset: { tag: 'PC-CARD-0342', kind: 'workstation' }, location: { unit: 'Cardiologie' } });
  });

  it('lists tickets filtered by status as JSON', async () => {
    const run = await runTriage(['tickets', 'list', '--status', 'resolved', '--json'], { env });
    const list = JSON.parse(run.stdout) as Array<{ status: string }>;
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((t) => t.status === 'resolved')).toBe(true);
  });
});
