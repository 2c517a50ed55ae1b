import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, postForm, unwrap, type Schemas } from '../../api/client';
import {
  pendingAnswers,
  pendingEvidence,
  type PendingAnswer,
  type PendingEvidence,
} from '../../lib/offline-store';

type Audit = Schemas['Audit'];

const offline = (error: unknown) => error instanceof ApiError && error.status === 0;

/**
 * The audit form's outbox: every answer and photo goes to the device first, then to the gateway when there
 * is a connection (at once, on the browser's `online` event, and every 20 s while anything waits).
 *
 * Sent once: an answer is a PUT of the criterion's answer (the same answer twice is the same state), and
 * before a photo is sent again after a lost response, the audit is read for a file of the same name and size
 * on the criterion. Never a silent overwrite: if the criterion was answered by someone else since the
 * inspector saw it, or the audit is no longer in progress, the answer waits as a conflict for the inspector.
 */
export function useAuditSync(auditId: string, onSynced: () => void) {
  const [answers, setAnswers] = useState<PendingAnswer[]>([]);
  const [evidence, setEvidence] = useState<PendingEvidence[]>([]);
  const [syncing, setSyncing] = useState(false);
  const [online, setOnline] = useState(() => navigator.onLine);
  const running = useRef(false);
  // Asked again while a sync runs (a second answer while a photo uploads): run once more after it.
  const again = useRef(false);
  const synced = useRef(onSynced);
  synced.current = onSynced;

  const reload = useCallback(async () => {
    setAnswers(await pendingAnswers.ofAudit(auditId));
    setEvidence(await pendingEvidence.ofAudit(auditId));
  }, [auditId]);

  const sync = useCallback(async () => {
    if (!navigator.onLine) return;
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    setSyncing(true);
    let sent = false;
    try {
      const waiting = (await pendingAnswers.ofAudit(auditId)).filter((a) => !a.conflict && !a.problem);
      const photos = (await pendingEvidence.ofAudit(auditId)).filter((e) => !e.problem);
      if (!waiting.length && !photos.length) return;
      let audit: Audit = await unwrap(api.GET('/api/v1/audits/{id}', { params: { path: { id: auditId } } }));
      for (const answer of waiting) {
        const theirs = audit.answers.find((a) => a.criterionId === answer.criterionId) ?? null;
        if (audit.status !== 'in_progress' || (theirs?.answeredAt ?? null) !== answer.baseAnsweredAt) {
          await pendingAnswers.put({ ...answer, conflict: { theirs, auditStatus: audit.status } });
          continue;
        }
        try {
          audit = await unwrap(
            api.PUT('/api/v1/audits/{id}/answers/{criterionId}', {
              params: { path: { id: auditId, criterionId: answer.criterionId } },
              body: answer.body,
            }),
          );
          // Only if nothing newer was queued for the criterion meanwhile.
          const now = await pendingAnswers.get(answer.key);
          if (now?.queuedAt === answer.queuedAt) await pendingAnswers.remove(answer.key);
          sent = true;
        } catch (error) {
          if (offline(error)) return;
          if (!(error instanceof ApiError)) throw error;
          await pendingAnswers.put({ ...answer, problem: error.problem });
        }
      }
      for (const photo of photos) {
        const already = audit.evidence.some(
          (e) =>
            e.criterionId === photo.criterionId &&
            e.fileName === photo.fileName &&
            e.sizeBytes === photo.size,
        );
        if (!already) {
          const form = new FormData();
          form.append('criterionId', photo.criterionId);
          form.append('file', new File([photo.blob], photo.fileName, { type: photo.contentType }));
          try {
            await postForm(`/api/v1/audits/${auditId}/evidence`, form);
          } catch (error) {
            if (offline(error)) return;
            if (!(error instanceof ApiError)) throw error;
            await pendingEvidence.put({ ...photo, problem: error.problem });
            continue;
          }
        }
        await pendingEvidence.remove(photo.key);
        sent = true;
      }
    } catch (error) {
      if (!offline(error)) throw error;
    } finally {
      running.current = false;
      setSyncing(false);
      await reload();
      if (sent) synced.current();
      if (again.current) {
        again.current = false;
        void syncRef.current();
      }
    }
  }, [auditId, reload]);
  const syncRef = useRef(sync);
  syncRef.current = sync;

  useEffect(() => {
    void reload().then(sync);
    const up = () => (setOnline(true), void sync());
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    const timer = setInterval(() => void sync(), 20_000);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
      clearInterval(timer);
    };
  }, [reload, sync]);

  return {
    answers,
    evidence,
    syncing,
    online,
    sync,
    async queueAnswer(
      criterion: { id: string; code: string },
      body: Schemas['AnswerBody'],
      baseAnsweredAt: string | null,
    ) {
      const key = `${auditId}:${criterion.id}`;
      const earlier = await pendingAnswers.get(key);
      await pendingAnswers.put({
        key,
        auditId,
        criterionId: criterion.id,
        criterionCode: criterion.code,
        body,
        // A second answer while the first still waits is compared with what the inspector saw first.
        baseAnsweredAt: earlier ? earlier.baseAnsweredAt : baseAnsweredAt,
        queuedAt: new Date().toISOString(),
      });
      await reload();
      void sync();
    },
    async queuePhoto(criterionId: string, file: File) {
      await pendingEvidence.put({
        key: `${auditId}:${criterionId}:${Date.now()}:${Math.random().toString(36).slice(2)}`,
        auditId,
        criterionId,
        fileName: file.name,
        contentType: file.type,
        size: file.size,
        blob: file,
        queuedAt: new Date().toISOString(),
      });
      await reload();
      void sync();
    },
    /** The inspector's choice on a conflict: send theirs anyway over what is there now, or drop it. */
    async resolve(answer: PendingAnswer, keep: 'mine' | 'theirs') {
      if (keep === 'theirs') await pendingAnswers.remove(answer.key);
      else
        await pendingAnswers.put({
          ...answer,
          baseAnsweredAt: answer.conflict?.theirs?.answeredAt ?? null,
          conflict: undefined,
          problem: undefined,
        });
      await reload();
      void sync();
    },
    async dropPhoto(photo: PendingEvidence) {
      await pendingEvidence.remove(photo.key);
      await reload();
    },
  };
}
