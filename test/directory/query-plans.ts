import {
  CompiledQuery,
  sql,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryId,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import type { Store } from '../../src/db/index.js';

/** Records every query a store runs, so a test can count them and ask the database how it plans them. */
export class QueryRecorder implements KyselyPlugin {
  readonly queries: Array<{ node: RootOperationNode; queryId: QueryId }> = [];

  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    this.queries.push({ node, queryId });
    return node;
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }

  /** A store whose queries this recorder sees. */
  wrap(store: Store): Store {
    return { ...store, db: store.db.withPlugin(this) };
  }

  clear(): void {
    this.queries.length = 0;
  }
}

const DIRECTORY_TABLES = /\b(users|assets|locations|applications|support_teams)\b/;

/**
 * Full-table scans of directory tables in the plan of a recorded query. SQLite: lines
 * `SCAN <table>` (an index SEARCH is fine). PostgreSQL, with sequential scans discouraged so
 * that small test tables do not hide a missing index: `Seq Scan on <table>`.
 */
export async function tableScans(store: Store, recorded: QueryRecorder['queries'][number]): Promise<string[]> {
  const compiled = store.db.getExecutor().compileQuery(recorded.node, recorded.queryId);
  // A prepared query is recorded with stand-ins for its values; the plan does not depend on them.
  const parameters = compiled.parameters.map((value) => (typeof value === 'object' && value !== null ? 'x' : value));
  if (store.dialect === 'sqlite') {
    const plan = await store.db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${compiled.sql}`, parameters),
    );
    return plan.rows.map((r) => r.detail).filter((d) => /^SCAN /.test(d) && DIRECTORY_TABLES.test(d));
  }
  return store.db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    const plan = await trx.executeQuery<{ 'QUERY PLAN': string }>(
      CompiledQuery.raw(`explain ${compiled.sql}`, parameters),
    );
    return plan.rows.map((r) => r['QUERY PLAN'].trim()).filter((d) => /Seq Scan on/.test(d) && DIRECTORY_TABLES.test(d));
  });
}
