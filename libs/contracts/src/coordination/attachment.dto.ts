import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsNotBlank } from '../validation';

/**
 * What a notice or a library entry may carry: documents and photos whose first bytes the service can check
 * (a Word or Excel file is a ZIP with its own folder inside).
 */
export const ATTACHMENT_CONTENT_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;
export type AttachmentContentType = (typeof ATTACHMENT_CONTENT_TYPES)[number];

/** A file for a draft notice or a draft library entry: exactly one of noticeId and practiceId. */
export class UploadAttachmentDto {
  @IsOptional() @IsUUID() noticeId?: string;
  @IsOptional() @IsUUID() practiceId?: string;
  @IsString()
  @IsNotBlank()
  @MaxLength(255)
  @Matches(/^[^/\\\0]+$/, { message: '$property must be a file name without a path' })
  fileName!: string;
  @IsIn(ATTACHMENT_CONTENT_TYPES) contentType!: AttachmentContentType;
  @IsString()
  @Matches(/^[A-Za-z0-9+/]*={0,2}$/, { message: '$property must be base64' })
  contentBase64!: string;
}

export class AttachmentIdDto {
  @IsUUID() id!: string;
}

/** An attached file as a notice or entry lists it; its bytes come from readAttachment. */
export interface AttachmentView {
  id: string;
  fileName: string;
  contentType: AttachmentContentType;
  sizeBytes: number;
  /** Of the bytes as uploaded; every read is checked against it. */
  sha256: string;
  addedBy: string;
  addedAt: string;
}

/** The file itself, served only while its bytes still hash to the SHA-256 recorded at upload. */
export interface AttachmentContent {
  id: string;
  fileName: string;
  contentType: AttachmentContentType;
  sizeBytes: number;
  sha256: string;
  contentBase64: string;
}
