/** Positional parameters of a query built from optional filters: `add(value)` answers its placeholder (`$3`). */
export class SqlParams {
  readonly values: unknown[] = [];

  readonly add = (value: unknown): string => {
    this.values.push(value);
    return `$${this.values.length}`;
  };
}
