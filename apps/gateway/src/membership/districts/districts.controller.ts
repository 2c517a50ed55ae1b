import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ListDistrictsDto, MembershipRpc, type DistrictView } from '@alliance/contracts/membership';
import { Allow } from '../../auth/access.decorator';
import { ROLES } from '@alliance/contracts';
import { ContractQueryPipe } from '../../http/contract-query.pipe';
import { Ctx, type RequestContext } from '../../http/request-context';
import {
  ApiProblems,
  ApiQueryFrom,
  ApiResult,
  ApiSummary,
  arrayOf,
  FORWARDED_ERRORS,
  ref,
} from '../../openapi/api-docs.decorators';
import { ServiceForwarder } from '../../rpc/service-forwarder';

@ApiTags('districts')
@Controller('districts')
export class DistrictsController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Get()
  @Allow(...ROLES)
  @ApiSummary('The alliance’s districts', 'Codes to use as `districtCode` when applying.')
  @ApiQueryFrom(ListDistrictsDto)
  @ApiResult(200, arrayOf(ref('District')))
  @ApiProblems(...FORWARDED_ERRORS)
  list(
    @Ctx() ctx: RequestContext,
    @Query(new ContractQueryPipe(ListDistrictsDto)) query: ListDistrictsDto,
  ): Promise<DistrictView[]> {
    return this.forward.send<DistrictView[]>(MembershipRpc.listDistricts, ctx, query);
  }
}
