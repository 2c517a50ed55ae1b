/** Thrown by a reaction when retrying cannot help: the event is dead-lettered at once. */
export class PermanentEventError extends Error {
  override readonly name = 'PermanentEventError';
}
