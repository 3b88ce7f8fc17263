// The benchmarks' own database: a SQLite file in bench/, or with DATABASE_URL=postgres://… a
// database of its own on that server (the user needs CREATEDB), so a run never touches real data.
import { rmSync } from "node:fs";
import pg from "pg";
import { isPostgresUrl } from "../db/client.server";

export function benchDatabase({ file, pgName }: { file: string; pgName: string }) {
  const onPostgres = isPostgresUrl(process.env.DATABASE_URL);
  const pgServer = onPostgres ? new URL(process.env.DATABASE_URL!.trim()) : null;
  /** On PostgreSQL, statements about databases go through the server URL the user gave. */
  const onServer = async (statement: string) => {
    const client = new pg.Client({ connectionString: pgServer!.href });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  const remove = async () => {
    if (onPostgres) await onServer(`drop database if exists ${pgName} with (force)`);
    else for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  };
  return {
    onPostgres,
    url: pgServer ? Object.assign(new URL(pgServer.href), { pathname: `/${pgName}` }).href : file,
    /** Removes what a previous run left, then creates an empty database. */
    async create() {
      await remove();
      if (onPostgres) await onServer(`create database ${pgName}`);
    },
    remove,
  };
}
