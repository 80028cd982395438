import type { CompiledQuery, Compilable, DialectAdapter, Kysely, QueryResult } from 'kysely';
import type { Database } from './schema.js';

/** Stands for a parameter while a prepared query is built; replaced by the value given at each run. */
class Placeholder {
  constructor(readonly name: string) {}
}

/**
 * A query built and compiled once per dialect, then run with new parameter values: the statements every
 * bot turn runs skip Kysely's query building and compiling, which costs more than SQLite running them.
 * Values go to the driver as bound parameters, exactly as in a query built each time.
 *
 * ```ts
 * const userByAadId = preparedQuery((db, p: { aadId: string }) =>
 *   db.selectFrom('users').selectAll().where('aad_object_id', '=', p.aadId));
 * const [user] = await userByAadId.rows(store.db, { aadId });
 * ```
 *
 * `p` is not the values: while the query is built, each of its properties is a stand-in for the value
 * of that name. So `p` may only be passed to the builder, never read or tested.
 *
 * A list parameter is not supported (the statement's shape would change with its length): build one
 * prepared query per length, or use an ordinary query.
 */
export function preparedQuery<P extends object, R = unknown>(
  build: (db: Kysely<Database>, params: P) => Compilable<R>,
): PreparedQuery<P, R> {
  // The compiled SQL depends on the dialect only: a transaction shares its database's adapter.
  const compiled = new WeakMap<DialectAdapter, { query: CompiledQuery<R>; names: Array<string | undefined> }>();
  const params = new Proxy({}, { get: (_target, name) => new Placeholder(String(name)) }) as P;

  function compile(db: Kysely<Database>) {
    const query = build(db, params).compile();
    return { query, names: query.parameters.map((value) => (value instanceof Placeholder ? value.name : undefined)) };
  }

  function compiledFor(db: Kysely<Database>) {
    const executor = db.getExecutor();
    // A plugin may rewrite each query as it is compiled: such a database compiles every time.
    if (executor.plugins.length > 0) return compile(db);
    let entry = compiled.get(executor.adapter);
    if (!entry) {
      entry = compile(db);
      compiled.set(executor.adapter, entry);
    }
    return entry;
  }

  async function execute(db: Kysely<Database>, values: P): Promise<QueryResult<R>> {
    const { query, names } = compiledFor(db);
    const parameters = query.parameters.map((fixed, i) => {
      const name = names[i];
      if (name === undefined) return fixed;
      const value = (values as Record<string, unknown>)[name];
      if (value === undefined) throw new Error(`prepared query: no value for parameter "${name}"`);
      return value;
    });
    return db.executeQuery<R>({ query: query.query, queryId: query.queryId, sql: query.sql, parameters });
  }

  return {
    execute,
    rows: async (db, values) => (await execute(db, values)).rows,
    affectedRows: async (db, values) => Number((await execute(db, values)).numAffectedRows ?? 0),
  };
}

export interface PreparedQuery<P, R> {
  /** Runs the statement; the driver's whole result. */
  execute(db: Kysely<Database>, values: P): Promise<QueryResult<R>>;
  rows(db: Kysely<Database>, values: P): Promise<R[]>;
  /** Rows inserted, updated or deleted. */
  affectedRows(db: Kysely<Database>, values: P): Promise<number>;
}
