import {
  AttachmentIdDto,
  CoordinationRpc,
  UploadAttachmentDto,
  type AttachmentContent,
  type AttachmentView,
} from '@alliance/contracts/coordination';
import { RpcContext, type RequestContext } from '@alliance/messaging';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AttachmentService } from './attachment.service';

@Controller()
export class AttachmentRpcController {
  constructor(@Inject(AttachmentService) private readonly attachments: AttachmentService) {}

  @MessagePattern(CoordinationRpc.uploadAttachment)
  upload(
    @Payload('body') body: UploadAttachmentDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<AttachmentView> {
    return this.attachments.upload(body, ctx);
  }

  @MessagePattern(CoordinationRpc.readAttachment)
  read(
    @Payload('body') body: AttachmentIdDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<AttachmentContent> {
    return this.attachments.read(body.id, ctx);
  }
}
