import { OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  ATTACHMENT_CONTENT_TYPES,
  type AttachmentContentType,
  AcknowledgeNoticeDto,
  AnswerInvitationDto,
  CancelMeetingDto,
  CompleteActionItemDto,
  PublishMinutesDto,
  PublishNoticeDto,
  PublishPracticeDto,
  SignInDto,
  UpdateNoticeDto,
  WithdrawNoticeDto,
} from '@alliance/contracts/coordination';

/*
 * HTTP bodies are the coordination contract DTOs without what the URL already says (ids): OmitType copies the
 * contracts' class-validator rules, so the gateway validates and documents what coordination checks.
 */
export class UpdateNoticeBody extends OmitType(UpdateNoticeDto, ['id'] as const) {}
export class PublishNoticeBody extends OmitType(PublishNoticeDto, ['id'] as const) {}
export class WithdrawNoticeBody extends OmitType(WithdrawNoticeDto, ['id'] as const) {}
export class AcknowledgeNoticeBody extends OmitType(AcknowledgeNoticeDto, ['id'] as const) {}
export class CancelMeetingBody extends OmitType(CancelMeetingDto, ['id'] as const) {}
export class AnswerInvitationBody extends OmitType(AnswerInvitationDto, ['id'] as const) {}
export class SignInBody extends OmitType(SignInDto, ['id'] as const) {}
export class PublishMinutesBody extends OmitType(PublishMinutesDto, ['id'] as const) {}
export class CompleteActionItemBody extends OmitType(CompleteActionItemDto, ['id'] as const) {}
export class PublishPracticeBody extends OmitType(PublishPracticeDto, ['id'] as const) {}

/**
 * A file for a draft notice or library entry: `multipart/form-data` with a `file` part (PDF, photo, Word or
 * Excel), or, for small files from scripts, JSON with the bytes base64-encoded in `contentBase64` and
 * `fileName` / `contentType` beside them.
 */
export class AttachmentUploadBody {
  @IsOptional()
  @IsString()
  @MaxLength(255)
  @Matches(/^[^/\\\0]+$/, { message: '$property must be a file name without a path' })
  fileName?: string;
  @IsOptional() @IsIn(ATTACHMENT_CONTENT_TYPES) contentType?: AttachmentContentType;
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9+/]*={0,2}$/, { message: '$property must be base64' })
  contentBase64?: string;
}
