import { Alert } from 'antd';
import type { Problem } from '../api/client';
import { useI18n } from '../i18n/i18n';

/** A refusal in words the user can act on: the code's explanation, the gateway's detail, any field errors. */
export function ProblemAlert({ problem, onClose }: { problem: Problem | null; onClose?: () => void }) {
  const { tx } = useI18n();
  if (!problem) return null;
  const explanation = tx(`problem.${problem.code ?? 'INTERNAL'}`);
  const fields = (problem.errors ?? []).map((e) => `${e.field}: ${e.reasons.join('; ')}`);
  return (
    <Alert
      role="alert"
      type={problem.status >= 500 || problem.status === 0 ? 'error' : 'warning'}
      showIcon
      closable={!!onClose}
      onClose={onClose}
      style={{ marginBottom: 16 }}
      title={explanation}
      description={
        <>
          {problem.detail && <div>{problem.detail}</div>}
          {fields.map((f) => (
            <div key={f}>{f}</div>
          ))}
        </>
      }
    />
  );
}
