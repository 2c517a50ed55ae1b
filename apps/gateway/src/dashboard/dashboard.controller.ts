import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { HttpResponse } from '../http/http-types';
import { Role, type RpcRequest } from '@alliance/contracts';
import {
  DASHBOARD_TABLES,
  DashboardQueryDto,
  DashboardRpc,
  DistrictPopulationBodyDto,
  DISTRICT_CODE_PATTERN,
  XLSX_CONTENT_TYPE,
  type DashboardExportView,
  type DashboardRebuildView,
  type DashboardTable,
  type DashboardView,
  type DistrictPopulationView,
} from '@alliance/contracts/dashboard';
import { RpcClient } from '@alliance/messaging';
import { Allow } from '../auth/access.decorator';
import { ContractQueryPipe } from '../http/contract-query.pipe';
import { Ctx, type RequestContext } from '../http/request-context';
import { validationProblem } from '../http/validation';
import {
  ApiJsonBody,
  ApiProblems,
  ApiQueryFrom,
  ApiResult,
  ApiSummary,
  FORWARDED_ERRORS,
  ref,
} from '../openapi/api-docs.decorators';
import { clarifyUnanswered, ServiceForwarder } from '../rpc/service-forwarder';
import { attachment } from './content-disposition';

/** A rebuild replays every stream: it may take longer than an ordinary request's RPC timeout. */
const REBUILD_TIMEOUT_MS = 10 * 60_000;
const READERS = [Role.AllianceAdmin, Role.Viewer];

/** `Accept: application/json` without the spreadsheet type (or a wildcard): the JSON form of the file. */
function wantsJsonOnly(accept: string | undefined): boolean {
  if (!accept || !/application\/json/i.test(accept)) return false;
  return !accept.includes(XLSX_CONTENT_TYPE) && !/\*\/\*|application\/\*/.test(accept);
}

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(
    private readonly forward: ServiceForwarder,
    private readonly rpc: RpcClient,
  ) {}

  @Get()
  @Allow(...READERS)
  @ApiSummary(
    'The alliance dashboard',
    'Per district and alliance-wide: members by kind and status, places (per 1,000 children under three where a ' +
      'population is set), staff trained and training hours this year, certificates expiring within 90 days, audits ' +
      'and grades, open and overdue corrective actions, resources offered and used. A read model of the services’ ' +
      'events: it answers from its own tables, never by asking the other services.',
  )
  @ApiQueryFrom(DashboardQueryDto)
  @ApiResult(200, ref('Dashboard'))
  @ApiProblems(...FORWARDED_ERRORS)
  figures(
    @Ctx() ctx: RequestContext,
    @Query(new ContractQueryPipe(DashboardQueryDto)) query: DashboardQueryDto,
  ): Promise<DashboardView> {
    return this.forward.send<DashboardView>(DashboardRpc.figures, ctx, query);
  }

  @Get('export/:table')
  @Allow(...READERS)
  @ApiSummary(
    'One table of the dashboard as an Excel file',
    'An .xlsx workbook with Chinese headers for the health bureau’s reports (`all`: every table, one sheet each). ' +
      'The file name is Chinese, sent as RFC 5987 `filename*` with an ASCII `filename` beside it.',
  )
  @ApiParam({ name: 'table', schema: { type: 'string', enum: [...DASHBOARD_TABLES] } })
  @ApiQueryFrom(DashboardQueryDto)
  @ApiResponse({
    status: 200,
    description:
      'The .xlsx file (Content-Disposition: attachment). A client that asks for `Accept: application/json` only ' +
      '(a browser script saving it as a Blob) gets the same file as base64 with its names instead.',
    content: {
      [XLSX_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } },
      'application/json': { schema: ref('DashboardExport') },
    },
  })
  @ApiProblems(...FORWARDED_ERRORS)
  async export(
    @Ctx() ctx: RequestContext,
    @Param('table') table: string,
    @Query(new ContractQueryPipe(DashboardQueryDto)) query: DashboardQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: HttpResponse,
  ): Promise<StreamableFile | DashboardExportView> {
    if (!(DASHBOARD_TABLES as string[]).includes(table)) {
      throw validationProblem([{ field: 'table', reasons: [`table must be one of ${DASHBOARD_TABLES.join(', ')}`] }]);
    }
    const file = await this.forward.send<DashboardExportView>(DashboardRpc.exportTable, ctx, {
      ...query,
      table: table as DashboardTable,
    });
    if (wantsJsonOnly(accept)) return file;
    const content = Buffer.from(file.contentBase64, 'base64');
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', attachment(file.filename, file.asciiFilename));
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(content, { length: content.length });
  }

  @Put('districts/:code/population')
  @Allow(Role.AllianceAdmin)
  @ApiSummary(
    'Set how many children under three live in a district',
    'From the health bureau’s figures; the dashboard then shows places per 1,000 children under three there.',
  )
  @ApiParam({ name: 'code', description: 'District code, e.g. `gaoxin` (see GET /districts).', schema: { type: 'string' } })
  @ApiJsonBody(DistrictPopulationBodyDto)
  @ApiResult(200, ref('DashboardDistrictPopulation'))
  @ApiProblems(...FORWARDED_ERRORS)
  setPopulation(
    @Ctx() ctx: RequestContext,
    @Param('code') code: string,
    @Body() body: DistrictPopulationBodyDto,
  ): Promise<DistrictPopulationView> {
    if (!DISTRICT_CODE_PATTERN.test(code)) {
      throw validationProblem([{ field: 'code', reasons: ['code must be a district code such as "gaoxin"'] }]);
    }
    return this.forward.send<DistrictPopulationView>(DashboardRpc.setPopulation, ctx, { ...body, districtCode: code });
  }

  @Post('rebuild')
  @Allow(Role.AllianceAdmin)
  @HttpCode(200)
  @ApiSummary(
    'Rebuild the dashboard from the event streams',
    'Replays every stream from its start into the dashboard’s tables in one transaction: the figures stay the old ' +
      'ones until it commits, then all change at once. District populations are kept.',
  )
  @ApiResult(200, ref('DashboardRebuild'))
  @ApiProblems(...FORWARDED_ERRORS)
  async rebuild(@Ctx() ctx: RequestContext): Promise<DashboardRebuildView> {
    const request: RpcRequest = {
      requestId: ctx.requestId,
      caller: {
        userId: ctx.caller.userId,
        username: ctx.caller.username,
        role: ctx.caller.role,
        organisationId: ctx.caller.organisationId,
      },
      body: {},
    };
    try {
      return await this.rpc.send<DashboardRebuildView>(DashboardRpc.rebuild, request, {
        requestId: ctx.requestId,
        timeoutMs: REBUILD_TIMEOUT_MS,
      });
    } catch (error) {
      throw clarifyUnanswered(DashboardRpc.rebuild, error);
    }
  }
}
