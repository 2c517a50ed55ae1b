import { OmitType } from '@nestjs/swagger';
import {
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
