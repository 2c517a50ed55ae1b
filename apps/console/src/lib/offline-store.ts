/**
 * What an inspector enters on site, kept on the device (IndexedDB) until the gateway has it: answers (one
 * per criterion — a later answer replaces a waiting one) and photos (each with its bytes). Nothing here is
 * lost to a closed tab or a reload without signal; the audit page sends it when the connection returns.
 */
import type { Schemas } from '../api/client';

const DB_NAME = 'alliance-console-offline';
const ANSWERS = 'answers';
const EVIDENCE = 'evidence';

export interface PendingAnswer {
  /** `auditId:criterionId`: one waiting answer per criterion. */
  key: string;
  auditId: string;
  criterionId: string;
  criterionCode: string;
  body: Schemas['AnswerBody'];
  /** When the answer the inspector saw was given (null: none): another answer since then is a conflict. */
  baseAnsweredAt: string | null;
  queuedAt: string;
  /** Set by a sync that found the audit changed elsewhere: the inspector decides. */
  conflict?: { theirs: Schemas['Answer'] | null; auditStatus: string };
  /** Set when the gateway refused the answer itself (not the connection). */
  problem?: Schemas['ProblemDetails'];
}

export interface PendingEvidence {
  key: string;
  auditId: string;
  criterionId: string;
  fileName: string;
  contentType: string;
  size: number;
  blob: Blob;
  queuedAt: string;
  problem?: Schemas['ProblemDetails'];
}

let opening: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(ANSWERS, { keyPath: 'key' });
      request.result.createObjectStore(EVIDENCE, { keyPath: 'key' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = null;
      reject(request.error);
    };
  });
  return opening;
}

async function run<T>(
  store: string,
  mode: IDBTransactionMode,
  act: (s: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await database();
  return new Promise<T>((resolve, reject) => {
    const transaction = db.transaction(store, mode);
    const request = act(transaction.objectStore(store));
    // Resolved when the transaction is durable, not merely when the request succeeded.
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

function store<T extends { key: string; auditId: string }>(name: string) {
  return {
    put: (value: T) => run(name, 'readwrite', (s) => s.put(value)).then(() => undefined),
    get: (key: string) =>
      run<T | undefined>(name, 'readonly', (s) => s.get(key) as IDBRequest<T | undefined>),
    remove: (key: string) => run(name, 'readwrite', (s) => s.delete(key)).then(() => undefined),
    ofAudit: async (auditId: string) =>
      (await run<T[]>(name, 'readonly', (s) => s.getAll() as IDBRequest<T[]>))
        .filter((x) => x.auditId === auditId)
        .sort((a, b) => a.key.localeCompare(b.key)),
  };
}

export const pendingAnswers = store<PendingAnswer>(ANSWERS);
export const pendingEvidence = store<PendingEvidence>(EVIDENCE);
