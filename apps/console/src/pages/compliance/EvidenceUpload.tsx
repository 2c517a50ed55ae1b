import { useRef, useState } from 'react';
import { Button, Space, Typography } from 'antd';
import { ApiError, postForm, type Problem } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { formatDateTime } from '../../lib/time';
import { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES, type Evidence } from './labels';

/** The files and links already given, with when. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const { t } = useI18n();
  if (!evidence.length) return null;
  return (
    <ul style={{ margin: '4px 0', paddingInlineStart: 18 }} aria-label={t('evidence.list')}>
      {evidence.map((e) => (
        <li key={e.id}>
          <Typography.Text>{e.fileName ?? e.title ?? e.url}</Typography.Text>{' '}
          <Typography.Text type="secondary">{formatDateTime(e.addedAt)}</Typography.Text>
        </li>
      ))}
    </ul>
  );
}

/**
 * A photo from the camera (on a phone the file input offers it) or a PDF, sent as multipart to an evidence
 * endpoint; the size is checked here first so that nobody waits for a refusal of a file too large.
 */
export function EvidenceUpload({
  path,
  fields,
  evidence,
  label,
  onUploaded,
}: {
  path: string;
  fields?: Record<string, string>;
  evidence: Evidence[];
  label: string;
  onUploaded(): void;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [tooLarge, setTooLarge] = useState<string | null>(null);

  async function upload(file: File) {
    setProblem(null);
    setTooLarge(null);
    if (file.size > EVIDENCE_MAX_BYTES) {
      setTooLarge(t('evidence.tooLarge', { name: file.name, kb: Math.round(EVIDENCE_MAX_BYTES / 1024) }));
      return;
    }
    const form = new FormData();
    for (const [k, v] of Object.entries(fields ?? {})) form.append(k, v);
    form.append('file', file, file.name);
    setBusy(true);
    try {
      await postForm(path, form);
      onUploaded();
    } catch (error) {
      if (error instanceof ApiError) setProblem(error.problem);
      else throw error;
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <div>
      <EvidenceList evidence={evidence} />
      <Space wrap>
        <input
          ref={input}
          type="file"
          accept={EVIDENCE_TYPES}
          capture="environment"
          aria-label={label}
          style={{ display: 'none' }}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void upload(file);
          }}
        />
        <Button size="small" loading={busy} onClick={() => input.current?.click()}>
          {label}
        </Button>
      </Space>
      {tooLarge && <Typography.Paragraph type="danger">{tooLarge}</Typography.Paragraph>}
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
    </div>
  );
}
