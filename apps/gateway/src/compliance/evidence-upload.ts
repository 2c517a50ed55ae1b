import {
  HttpException,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ErrorCode } from '@alliance/contracts';
import { EVIDENCE_CONTENT_TYPES, type EvidenceContentType } from '@alliance/contracts/compliance';
import { catchError, type Observable } from 'rxjs';
import { ApiProblem } from '../http/problem-details';
import type { ActionEvidenceUploadBody } from './compliance-bodies';

/** The part of a multer file the gateway reads (multer's own types are not installed). */
export interface UploadedPart {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/**
 * The largest evidence file, in bytes (`COMPLIANCE_EVIDENCE_MAX_BYTES`, the same setting the compliance service
 * checks; 512 KiB by default so that the file, base64-encoded, stays within NATS's 1 MiB message limit).
 */
export const EVIDENCE_MAX_BYTES = Number(process.env.COMPLIANCE_EVIDENCE_MAX_BYTES) || 512 * 1024;

/** multipart/form-data with one `file` part held in memory, at most EVIDENCE_MAX_BYTES. */
export const EvidenceFileInterceptor = FileInterceptor('file', {
  limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1, fields: 10, parts: 12 },
  // Browsers send the file name as raw UTF-8; multer's default (latin1) turned 整改照片.png into mojibake.
  defParamCharset: 'utf8',
});

/** multer's refusals (too large, unexpected part) as problems that name the field, not bare 413/400s. */
@Injectable()
export class EvidenceUploadProblems implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!(error instanceof HttpException) || error instanceof ApiProblem) throw error;
        if (error.getStatus() === 413) {
          throw new ApiProblem(
            ErrorCode.ValidationFailed,
            `The file is larger than ${EVIDENCE_MAX_BYTES} bytes.`,
            [
              {
                field: 'file',
                reasons: [`the file is larger than the limit of ${EVIDENCE_MAX_BYTES} bytes`],
              },
            ],
            {},
            413,
          );
        }
        if (error.getStatus() === 400 && /unexpected field|too many/i.test(error.message)) {
          throw new ApiProblem(ErrorCode.ValidationFailed, 'Send one file in the part named `file`.', [
            { field: 'file', reasons: [`one file, in the part named "file" (${error.message})`] },
          ]);
        }
        throw error;
      }),
    );
  }
}

/** The file of an upload, from the multipart part or from the JSON fields, as the RPC carries it. */
export function evidenceFile(
  part: UploadedPart | undefined,
  body: ActionEvidenceUploadBody,
): { fileName: string; contentType: EvidenceContentType; contentBase64: string } {
  if (part) {
    if (!(EVIDENCE_CONTENT_TYPES as readonly string[]).includes(part.mimetype)) {
      throw new ApiProblem(ErrorCode.ValidationFailed, `Files of type ${part.mimetype} are not accepted.`, [
        { field: 'file', reasons: [`the content type must be one of ${EVIDENCE_CONTENT_TYPES.join(', ')}`] },
      ]);
    }
    return {
      fileName: part.originalname,
      contentType: part.mimetype as EvidenceContentType,
      contentBase64: part.buffer.toString('base64'),
    };
  }
  const missing = (['fileName', 'contentType', 'contentBase64'] as const).filter((f) => !body[f]);
  if (missing.length > 0) {
    throw new ApiProblem(
      ErrorCode.ValidationFailed,
      'Send the file as a multipart part named `file`, or as JSON with fileName, contentType and contentBase64.',
      [
        { field: 'file', reasons: ['no file part'] },
        ...missing.map((field) => ({ field, reasons: [`${field} is required without a file part`] })),
      ],
    );
  }
  return {
    fileName: body.fileName as string,
    contentType: body.contentType as EvidenceContentType,
    contentBase64: body.contentBase64 as string,
  };
}
