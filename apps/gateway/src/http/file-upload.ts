import {
  HttpException,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ErrorCode } from '@alliance/contracts';
import { catchError, type Observable } from 'rxjs';
import { ApiProblem } from './problem-details';

/** The part of a multer file the gateway reads (multer's own types are not installed). */
export interface UploadedPart {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** The JSON alternative to a multipart part: small files from scripts, base64-encoded. */
export interface JsonFileFields {
  fileName?: string;
  contentType?: string;
  contentBase64?: string;
}

/**
 * multipart/form-data with one `file` part held in memory, at most maxBytes (the owning service's own limit,
 * which it checks again).
 */
export function singleFileInterceptor(maxBytes: number): Type<NestInterceptor> {
  return FileInterceptor('file', {
    limits: { fileSize: maxBytes, files: 1, fields: 10, parts: 12 },
    // Browsers send the file name as raw UTF-8; multer's default (latin1) turned 整改照片.png into mojibake.
    defParamCharset: 'utf8',
  });
}

/** multer's refusals (too large, unexpected part) as problems that name the field, not bare 413/400s. */
export function uploadProblems(maxBytes: number): Type<NestInterceptor> {
  @Injectable()
  class UploadProblems implements NestInterceptor {
    intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
      return next.handle().pipe(
        catchError((error: unknown) => {
          if (!(error instanceof HttpException) || error instanceof ApiProblem) throw error;
          if (error.getStatus() === 413) {
            throw new ApiProblem(
              ErrorCode.ValidationFailed,
              `The file is larger than ${maxBytes} bytes.`,
              [{ field: 'file', reasons: [`the file is larger than the limit of ${maxBytes} bytes`] }],
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
  return UploadProblems;
}

/** The file of an upload, from the multipart part or from the JSON fields, as the RPC carries it. */
export function uploadedFile<T extends string>(
  part: UploadedPart | undefined,
  body: JsonFileFields,
  contentTypes: readonly T[],
): { fileName: string; contentType: T; contentBase64: string } {
  if (part) {
    if (!(contentTypes as readonly string[]).includes(part.mimetype)) {
      throw new ApiProblem(ErrorCode.ValidationFailed, `Files of type ${part.mimetype} are not accepted.`, [
        { field: 'file', reasons: [`the content type must be one of ${contentTypes.join(', ')}`] },
      ]);
    }
    return {
      fileName: part.originalname,
      contentType: part.mimetype as T,
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
    contentType: body.contentType as T,
    contentBase64: body.contentBase64 as string,
  };
}
