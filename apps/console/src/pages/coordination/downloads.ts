import { api, unwrap } from '../../api/client';

/** An attachment saved by the browser under its name (the gateway answers its bytes as base64, checked). */
export async function downloadAttachment(id: string): Promise<void> {
  const file = await unwrap(api.GET('/api/v1/attachments/{id}', { params: { path: { id } } }));
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
