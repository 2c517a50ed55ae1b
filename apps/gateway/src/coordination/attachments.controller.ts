import { Body, Controller, Get, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Role, ROLES } from '@alliance/contracts';
import {
  ATTACHMENT_CONTENT_TYPES,
  CoordinationRpc,
  type AttachmentContent,
  type AttachmentView,
} from '@alliance/contracts/coordination';
import { Allow } from '../auth/access.decorator';
import { singleFileInterceptor, uploadedFile, uploadProblems, type UploadedPart } from '../http/file-upload';
import { Ctx, type RequestContext } from '../http/request-context';
import { UuidParam } from '../http/uuid-param.pipe';
import {
  ApiJsonBody,
  ApiProblems,
  ApiResult,
  ApiSummary,
  ApiUuidParam,
  FORWARDED_ERRORS,
  ref,
} from '../openapi/api-docs.decorators';
import { ServiceForwarder } from '../rpc/service-forwarder';
import { AttachmentUploadBody } from './coordination-bodies';

/**
 * The largest attachment, in bytes (`COORDINATION_ATTACHMENT_MAX_BYTES`, the setting the coordination service
 * checks; 512 KiB by default so that the file, base64-encoded, stays within NATS's 1 MiB message limit).
 */
export const ATTACHMENT_MAX_BYTES = Number(process.env.COORDINATION_ATTACHMENT_MAX_BYTES) || 512 * 1024;
const AttachmentFileInterceptor = singleFileInterceptor(ATTACHMENT_MAX_BYTES);
const AttachmentUploadProblems = uploadProblems(ATTACHMENT_MAX_BYTES);

const UPLOAD_ERRORS = [...FORWARDED_ERRORS, 404, 409, 413, 422] as const;
const UPLOAD_DESCRIPTION =
  `multipart/form-data with a \`file\` part (PDF, JPEG, PNG, WebP, Word .docx or Excel .xlsx, at most ` +
  `${ATTACHMENT_MAX_BYTES} bytes); or JSON with \`contentBase64\` for small files. Coordination checks the bytes ` +
  'are the type declared and stores their SHA-256. Only while it is a draft (else 409).';

@ApiTags('coordination: notices')
@Controller('notices')
export class NoticeAttachmentsController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Post(':id/attachments')
  @Allow(Role.AllianceAdmin, Role.MemberRep)
  @UseInterceptors(AttachmentUploadProblems, AttachmentFileInterceptor)
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiSummary('Attach a file to a draft notice', `${UPLOAD_DESCRIPTION} By whoever may edit the draft.`)
  @ApiUuidParam('id', 'Notice id')
  @ApiJsonBody(AttachmentUploadBody)
  @ApiResult(201, ref('Attachment'), 'Stored.')
  @ApiProblems(...UPLOAD_ERRORS)
  upload(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: AttachmentUploadBody,
    @UploadedFile() file: UploadedPart | undefined,
  ): Promise<AttachmentView> {
    return this.forward.send<AttachmentView>(CoordinationRpc.uploadAttachment, ctx, {
      noticeId: id,
      ...uploadedFile(file, body, ATTACHMENT_CONTENT_TYPES),
    });
  }
}

@ApiTags('coordination: practice library')
@Controller('practices')
export class PracticeAttachmentsController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Post(':id/attachments')
  @Allow(Role.AllianceAdmin, Role.MemberRep)
  @UseInterceptors(AttachmentUploadProblems, AttachmentFileInterceptor)
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiSummary('Attach a file to a draft library entry', `${UPLOAD_DESCRIPTION} By an admin or its author.`)
  @ApiUuidParam('id', 'Library entry id')
  @ApiJsonBody(AttachmentUploadBody)
  @ApiResult(201, ref('Attachment'), 'Stored.')
  @ApiProblems(...UPLOAD_ERRORS)
  upload(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: AttachmentUploadBody,
    @UploadedFile() file: UploadedPart | undefined,
  ): Promise<AttachmentView> {
    return this.forward.send<AttachmentView>(CoordinationRpc.uploadAttachment, ctx, {
      practiceId: id,
      ...uploadedFile(file, body, ATTACHMENT_CONTENT_TYPES),
    });
  }
}

@ApiTags('coordination: notices')
@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Get(':id')
  @Allow(...ROLES)
  @ApiSummary(
    'A file of a notice or library entry (base64), checked',
    'To whoever may read the notice or entry (else 404). Served only if its bytes still hash to the SHA-256 ' +
      'recorded at upload: a file changed in storage answers 409.',
  )
  @ApiUuidParam('id', 'Attachment id')
  @ApiResult(200, ref('AttachmentContent'))
  @ApiProblems(...FORWARDED_ERRORS, 404, 409)
  read(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string): Promise<AttachmentContent> {
    return this.forward.send<AttachmentContent>(CoordinationRpc.readAttachment, ctx, { id });
  }
}
