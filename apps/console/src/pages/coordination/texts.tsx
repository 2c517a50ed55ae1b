import { App, Button, Space } from 'antd';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { EmptyText } from '../../lib/StatusTag';
import { downloadAttachment } from './downloads';
import type { Attachment } from './labels';

/** Markdown kept as its text: read as written, nothing of it run as HTML. */
export function MarkdownText({ text }: { text: string }) {
  return (
    <div data-testid="markdown-body" style={{ whiteSpace: 'pre-wrap', lineHeight: 1.7, fontSize: 15 }}>
      {text}
    </div>
  );
}

export function AttachmentList({ attachments }: { attachments: Attachment[] }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  if (!attachments.length) return <EmptyText>{t('attachments.none')}</EmptyText>;
  return (
    <Space direction="vertical">
      {attachments.map((a) => (
        <Button
          key={a.id}
          type="link"
          onClick={() =>
            downloadAttachment(a.id).catch((e: unknown) =>
              message.error(e instanceof ApiError ? e.message : String(e)),
            )
          }
        >
          {a.fileName} ({Math.ceil(a.sizeBytes / 1024)} KB)
        </Button>
      ))}
    </Space>
  );
}
