/**
 * Subject and stream naming, in one place so producers, consumers and tests agree.
 * RPC: `<context>.<aggregate>.<action>`; events: `evt.<context>.<aggregate>.<past-tense>.v<N>`;
 * one stream per producing context: `EVT_<CONTEXT>` capturing `evt.<context>.>`.
 */
const SEGMENT = /^[a-z][a-z0-9-]*$/;

function assertSegments(...segments: string[]): void {
  for (const segment of segments) {
    if (!SEGMENT.test(segment)) {
      throw new Error(`subject segment "${segment}" must be lower-case kebab-case`);
    }
  }
}

export function rpcSubject(context: string, aggregate: string, action: string): string {
  assertSegments(context, aggregate, action);
  return `${context}.${aggregate}.${action}`;
}

export function eventType(context: string, aggregate: string, pastTense: string, version = 1): string {
  assertSegments(context, aggregate, pastTense);
  if (!Number.isInteger(version) || version < 1) throw new Error('event version must be a positive integer');
  return `evt.${context}.${aggregate}.${pastTense}.v${version}`;
}

export interface ParsedEventType {
  context: string;
  aggregate: string;
  pastTense: string;
  version: number;
}

export function parseEventType(type: string): ParsedEventType {
  const match = /^evt\.([a-z][a-z0-9-]*)\.([a-z][a-z0-9-]*)\.([a-z][a-z0-9-]*)\.v([1-9][0-9]*)$/.exec(type);
  if (!match) throw new Error(`"${type}" is not an event type`);
  return { context: match[1], aggregate: match[2], pastTense: match[3], version: Number(match[4]) };
}

/** The stream a context's events are captured in; `prefix` isolates deployments and test runs. */
export function streamName(context: string, prefix = ''): string {
  assertSegments(context);
  const base = `EVT_${context.toUpperCase().replace(/-/g, '_')}`;
  return prefix ? `${prefix.replace(/[^A-Za-z0-9_]/g, '_').toUpperCase()}_${base}` : base;
}

/** All subjects of one context's events, as captured by its stream. */
export function streamSubjects(context: string, subjectPrefix = ''): string {
  assertSegments(context);
  return `${subjectPrefix}evt.${context}.>`;
}

/** Deployment prefix for subjects (`''` in production; a unique token per test run). */
export function prefixed(subject: string, subjectPrefix = ''): string {
  return `${subjectPrefix}${subject}`;
}

export const CONTEXTS = ['membership', 'training', 'resources', 'compliance'] as const;
export type Context = (typeof CONTEXTS)[number];
