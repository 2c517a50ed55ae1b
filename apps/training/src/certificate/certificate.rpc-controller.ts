import {
  ListCertificatesDto,
  RevokeCertificateDto,
  TrainingRpc,
  VerifyCertificateDto,
  type CertificatePage,
  type CertificateVerification,
  type CertificateView,
} from '@alliance/contracts/training';
import { RpcContext, type RequestContext } from '@alliance/messaging';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CertificateService } from './certificate.service';

@Controller()
export class CertificateRpcController {
  constructor(@Inject(CertificateService) private readonly certificates: CertificateService) {}

  @MessagePattern(TrainingRpc.listCertificates)
  list(
    @Payload('body') body: ListCertificatesDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<CertificatePage> {
    return this.certificates.list(body, ctx);
  }

  @MessagePattern(TrainingRpc.revokeCertificate)
  revoke(
    @Payload('body') body: RevokeCertificateDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<CertificateView> {
    return this.certificates.revoke(body, ctx);
  }

  @MessagePattern(TrainingRpc.verifyCertificate)
  verify(@Payload('body') body: VerifyCertificateDto): Promise<CertificateVerification> {
    return this.certificates.verify(body.code);
  }
}
