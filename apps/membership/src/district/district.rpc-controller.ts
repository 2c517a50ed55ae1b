import {
  DistrictFiguresDto,
  ListDistrictsDto,
  MembershipRpc,
  type DistrictFiguresView,
  type DistrictView,
} from '@alliance/contracts/membership';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DistrictService } from './district.service';

@Controller()
export class DistrictRpcController {
  constructor(@Inject(DistrictService) private readonly districts: DistrictService) {}

  @MessagePattern(MembershipRpc.listDistricts)
  list(@Payload('body') body: ListDistrictsDto): Promise<DistrictView[]> {
    return this.districts.list(body?.includeInactive ?? false);
  }

  @MessagePattern(MembershipRpc.districtFigures)
  figures(@Payload('body') body: DistrictFiguresDto): Promise<DistrictFiguresView> {
    return this.districts.figures(body?.includeInactive ?? false);
  }
}
