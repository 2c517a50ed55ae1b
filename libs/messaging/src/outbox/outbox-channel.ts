/** The LISTEN/NOTIFY channel the outbox of one schema signals on. */
export function outboxChannel(schema: string): string {
  return `outbox_${schema}`;
}
