import { DomainError, ErrorCode, Role } from '@alliance/contracts';
import {
  DashboardQueryDto,
  DashboardRpc,
  ExportDashboardDto,
  RebuildDashboardDto,
  SetDistrictPopulationDto,
  type DashboardExportView,
  type DashboardRebuildView,
  type DashboardView,
  type DistrictPopulationView,
} from '@alliance/contracts/dashboard';
import { RpcContext, type RequestContext } from '@alliance/messaging';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { XlsxExportService } from '../export/xlsx-export.service';
import { PopulationService } from '../population/population.service';
import { RebuildService } from '../rebuild/rebuild.service';
import { FiguresService } from './figures.service';

/** The gateway checks roles; the service refuses the others too (no caller = the platform itself). */
function allow(ctx: RequestContext, roles: Role[], what: string): void {
  if (ctx.caller && !roles.includes(ctx.caller.role as Role)) {
    throw new DomainError(ErrorCode.Forbidden, `only ${roles.join(' or ')} may ${what}`);
  }
}

const READERS: Role[] = [Role.AllianceAdmin, Role.Viewer];
const ADMINS: Role[] = [Role.AllianceAdmin];

@Controller()
export class DashboardRpcController {
  constructor(
    @Inject(FiguresService) private readonly figures: FiguresService,
    @Inject(XlsxExportService) private readonly xlsx: XlsxExportService,
    @Inject(PopulationService) private readonly population: PopulationService,
    @Inject(RebuildService) private readonly rebuilder: RebuildService,
  ) {}

  @MessagePattern(DashboardRpc.figures)
  get(@Payload('body') body: DashboardQueryDto, @RpcContext() ctx: RequestContext): Promise<DashboardView> {
    allow(ctx, READERS, 'read the dashboard');
    return this.figures.figures(body.asOf);
  }

  @MessagePattern(DashboardRpc.exportTable)
  export(@Payload('body') body: ExportDashboardDto, @RpcContext() ctx: RequestContext): Promise<DashboardExportView> {
    allow(ctx, READERS, 'export the dashboard');
    return this.xlsx.export(body.table, body.asOf);
  }

  @MessagePattern(DashboardRpc.setPopulation)
  setPopulation(
    @Payload('body') body: SetDistrictPopulationDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<DistrictPopulationView> {
    allow(ctx, ADMINS, 'set a district’s population');
    return this.population.set(body, ctx);
  }

  @MessagePattern(DashboardRpc.rebuild)
  rebuild(@Payload('body') _body: RebuildDashboardDto, @RpcContext() ctx: RequestContext): Promise<DashboardRebuildView> {
    allow(ctx, ADMINS, 'rebuild the dashboard');
    return this.rebuilder.rebuild();
  }
}
