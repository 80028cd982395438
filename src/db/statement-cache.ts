import type Sqlite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * A better-sqlite3 database whose prepared statements are reused by SQL text. Kysely prepares every
 * query afresh; the product runs the same few hundred statements over and over, so preparing each
 * once saves a parse per query. Kysely's connection mutex guarantees one statement runs at a time.
 */
export function withStatementCache(database: Sqlite.Database, maxStatements = 1000): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= maxStatements) statements.clear();
        statement = database.prepare(sql) as unknown as SqliteStatement;
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}
