/* The sort keys the compliance lists page by, for decodePageCursor to check (@alliance/persistence). */

/** A `YYYY-MM-DD` that is a real date. */
export const isDate = (s: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/** An instant as the lists write it. */
export const isInstant = (s: string): boolean =>
  !Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}T/.test(s);
