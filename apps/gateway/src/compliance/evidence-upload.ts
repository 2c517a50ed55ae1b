import { EVIDENCE_CONTENT_TYPES, type EvidenceContentType } from '@alliance/contracts/compliance';
import { singleFileInterceptor, uploadedFile, uploadProblems, type UploadedPart } from '../http/file-upload';
import type { ActionEvidenceUploadBody } from './compliance-bodies';

export type { UploadedPart } from '../http/file-upload';

/**
 * The largest evidence file, in bytes (`COMPLIANCE_EVIDENCE_MAX_BYTES`, the same setting the compliance service
 * checks; 512 KiB by default so that the file, base64-encoded, stays within NATS's 1 MiB message limit).
 */
export const EVIDENCE_MAX_BYTES = Number(process.env.COMPLIANCE_EVIDENCE_MAX_BYTES) || 512 * 1024;

/** multipart/form-data with one `file` part held in memory, at most EVIDENCE_MAX_BYTES. */
export const EvidenceFileInterceptor = singleFileInterceptor(EVIDENCE_MAX_BYTES);

/** multer's refusals (too large, unexpected part) as problems that name the field. */
export const EvidenceUploadProblems = uploadProblems(EVIDENCE_MAX_BYTES);

/** The file of an evidence upload, from the multipart part or from the JSON fields. */
export function evidenceFile(
  part: UploadedPart | undefined,
  body: ActionEvidenceUploadBody,
): { fileName: string; contentType: EvidenceContentType; contentBase64: string } {
  return uploadedFile(part, body, EVIDENCE_CONTENT_TYPES);
}
