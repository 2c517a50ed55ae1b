import type { QueryRunner } from 'typeorm';
import { assertIdentifier } from '../database-url';

/**
 * Postings: one row per (Chinese term, row of the table) with the table's sort keys copied beside the
 * term, and a btree per sort key on (term, key, id). A search for a term that many rows hold (托, 妇,
 * 启明 in a large alliance) then reads that term's rows *in the list's order* and stops after a page:
 * the GIN index of the terms column finds every match but in no order, so a page of a common term
 * would cost a sort of all its matches — growing with the table. Only Chinese (CJK) terms are posted
 * (Latin trigrams are many per row and rarely common enough to need it: they use the GIN index).
 *
 * Kept by statement triggers on the table (transition tables), in the writing transaction: inserts post
 * a row's terms, an update that changes the terms or a sort key reposts the row, a delete removes them.
 */
export interface SearchPostings {
  table: string;
  /** The terms column (`addSearchTermsColumn`), default `search_terms`. */
  termsColumn?: string;
  /** The table's key column and its type (default `id uuid`). */
  key?: { column: string; type: string };
  /** Each sort key of the table's lists: its column and type (with the collation the list orders by). */
  orderBy: Array<{ column: string; type: string }>;
}

/** `<table>_search_posting`. */
export function searchPostingsTable(table: string): string {
  return `${assertIdentifier(table, 'table')}_search_posting`;
}

/** A term that is posted: not a Latin trigram (those are ASCII letters and digits). */
export function isPostedTerm(term: string): boolean {
  return !/^[a-z0-9]/.test(term);
}

const POSTED = `term !~ '^[a-z0-9]'`;

export async function addSearchPostings(q: QueryRunner, options: SearchPostings): Promise<void> {
  const table = assertIdentifier(options.table, 'table');
  const terms = assertIdentifier(options.termsColumn ?? 'search_terms', 'column');
  const key = { column: 'id', type: 'uuid', ...options.key };
  assertIdentifier(key.column, 'column');
  const order = options.orderBy.map((o) => ({ ...o, column: assertIdentifier(o.column, 'column') }));
  const postings = searchPostingsTable(table);
  const columns = ['term', ...order.map((o) => o.column), key.column];
  const list = columns.join(', ');
  const rowValues = (alias: string) =>
    [`${alias}_term.term`, ...order.map((o) => `${alias}.${o.column}`), `${alias}.${key.column}`].join(', ');

  await q.query(`
    CREATE TABLE ${postings} (
      term text COLLATE "C" NOT NULL,
      ${order.map((o) => `${o.column} ${o.type} NOT NULL`).join(',\n      ')},
      ${key.column} ${key.type} NOT NULL
    )`);
  for (const [i, o] of order.entries()) {
    // The first is unique: a term is posted once per row (and names the rows to delete on a change).
    await q.query(
      `CREATE ${i === 0 ? 'UNIQUE ' : ''}INDEX ${postings}_${o.column}_idx ON ${postings} (term, ${o.column}, ${key.column})`,
    );
  }
  const first = order[0].column;
  const changed = [terms, ...order.map((o) => o.column)]
    .map((c) => `o.${c} IS DISTINCT FROM n.${c}`)
    .join(' OR ');
  await q.query(`
    CREATE FUNCTION ${postings}_track() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        INSERT INTO ${postings} (${list})
          SELECT ${rowValues('n')} FROM new_rows n CROSS JOIN LATERAL unnest(n.${terms}) AS n_term(term)
           WHERE n_term.${POSTED};
      ELSIF TG_OP = 'UPDATE' THEN
        DELETE FROM ${postings} p
         USING old_rows o JOIN new_rows n ON n.${key.column} = o.${key.column}
               CROSS JOIN LATERAL unnest(o.${terms}) AS o_term(term)
         WHERE (${changed}) AND p.term = o_term.term AND p.${first} = o.${first} AND p.${key.column} = o.${key.column};
        INSERT INTO ${postings} (${list})
          SELECT ${rowValues('n')}
            FROM old_rows o JOIN new_rows n ON n.${key.column} = o.${key.column}
                 CROSS JOIN LATERAL unnest(n.${terms}) AS n_term(term)
           WHERE (${changed}) AND n_term.${POSTED};
      ELSE
        DELETE FROM ${postings} p
         USING old_rows o CROSS JOIN LATERAL unnest(o.${terms}) AS o_term(term)
         WHERE p.term = o_term.term AND p.${first} = o.${first} AND p.${key.column} = o.${key.column};
      END IF;
      RETURN NULL;
    END $fn$`);
  await q.query(`
    CREATE TRIGGER ${postings}_on_insert AFTER INSERT ON ${table}
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${postings}_track()`);
  await q.query(`
    CREATE TRIGGER ${postings}_on_update AFTER UPDATE ON ${table}
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${postings}_track()`);
  await q.query(`
    CREATE TRIGGER ${postings}_on_delete AFTER DELETE ON ${table}
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${postings}_track()`);
  // The rows already there, with their writes held back until the migration commits.
  await q.query(`LOCK TABLE ${table} IN SHARE MODE`);
  await q.query(`
    INSERT INTO ${postings} (${list})
      SELECT ${rowValues('n')} FROM ${table} n CROSS JOIN LATERAL unnest(n.${terms}) AS n_term(term)
       WHERE n_term.${POSTED}`);
}

export async function dropSearchPostings(q: QueryRunner, table: string): Promise<void> {
  const postings = searchPostingsTable(table);
  for (const event of ['insert', 'update', 'delete']) {
    await q.query(`DROP TRIGGER ${postings}_on_${event} ON ${assertIdentifier(table, 'table')}`);
  }
  await q.query(`DROP FUNCTION ${postings}_track()`);
  await q.query(`DROP TABLE ${postings}`);
}
