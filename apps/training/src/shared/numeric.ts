import type { ValueTransformer } from 'typeorm';

/** `numeric` columns arrive from pg as strings; hours are small decimals, safe as numbers. */
export const numeric: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
