import type { Problem } from './client';

/** `contacts.0.phone` (or `contacts[0].phone`) → `['contacts', 0, 'phone']`: the name path of an antd Form field. */
export function fieldPath(field: string): (string | number)[] {
  // Some services name list items as `areas[0].code`: the same path.
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The problem's field errors as antd `form.setFields` entries, for the fields the form has. */
export function fieldErrors(
  problem: Problem,
  known?: (path: (string | number)[]) => boolean,
): { name: (string | number)[]; errors: string[] }[] {
  return (problem.errors ?? [])
    .map((e) => ({ name: fieldPath(e.field), errors: e.reasons }))
    .filter((entry) => !known || known(entry.name));
}
