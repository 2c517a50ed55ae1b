import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ServiceForwarder } from '../rpc/service-forwarder';
import { ApiTags } from '@nestjs/swagger';
import { Role, ROLES } from '@alliance/contracts';
import {
  CreateCourseDto,
  ListCoursesDto,
  TrainingRpc,
  type CoursePage,
  type CourseView,
} from '@alliance/contracts/training';
import { Allow } from '../auth/access.decorator';
import { ContractQueryPipe } from '../http/contract-query.pipe';
import { Ctx, type RequestContext } from '../http/request-context';
import { UuidParam } from '../http/uuid-param.pipe';
import {
  ApiJsonBody,
  ApiProblems,
  ApiQueryFrom,
  ApiResult,
  ApiSummary,
  ApiUuidParam,
  FORWARDED_ERRORS,
  ref,
} from '../openapi/api-docs.decorators';
import { PublishCourseBody, RetireCourseBody } from './training-bodies';

@ApiTags('training: courses')
@Controller('courses')
export class CoursesController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Post()
  @Allow(Role.AllianceAdmin, Role.Trainer)
  @ApiSummary('Add a course to the catalogue (as a draft)')
  @ApiJsonBody(CreateCourseDto)
  @ApiResult(201, ref('Course'), 'Created as a draft.')
  @ApiProblems(...FORWARDED_ERRORS, 409)
  create(@Ctx() ctx: RequestContext, @Body() body: CreateCourseDto): Promise<CourseView> {
    return this.forward.send<CourseView>(TrainingRpc.createCourse, ctx, body);
  }

  @Get()
  @Allow(...ROLES)
  @ApiSummary('The course catalogue')
  @ApiQueryFrom(ListCoursesDto)
  @ApiResult(200, ref('CoursePage'))
  @ApiProblems(...FORWARDED_ERRORS)
  list(@Ctx() ctx: RequestContext, @Query(new ContractQueryPipe(ListCoursesDto)) query: ListCoursesDto) {
    return this.forward.send<CoursePage>(TrainingRpc.listCourses, ctx, query);
  }

  @Get(':id')
  @Allow(...ROLES)
  @ApiSummary('One course')
  @ApiUuidParam('id', 'Course id')
  @ApiResult(200, ref('Course'))
  @ApiProblems(...FORWARDED_ERRORS, 404)
  get(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string): Promise<CourseView> {
    return this.forward.send<CourseView>(TrainingRpc.getCourse, ctx, { id });
  }

  @Post(':id/publish')
  @Allow(Role.AllianceAdmin, Role.Trainer)
  @HttpCode(200)
  @ApiSummary('Publish a draft course (draft → published)')
  @ApiUuidParam('id', 'Course id')
  @ApiJsonBody(PublishCourseBody)
  @ApiResult(200, ref('Course'))
  @ApiProblems(...FORWARDED_ERRORS, 404, 409)
  publish(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: PublishCourseBody) {
    return this.forward.send<CourseView>(TrainingRpc.publishCourse, ctx, { ...body, id });
  }

  @Post(':id/retire')
  @Allow(Role.AllianceAdmin, Role.Trainer)
  @HttpCode(200)
  @ApiSummary('Retire a course (published → retired)', 'It takes no new sessions; scheduled ones still run.')
  @ApiUuidParam('id', 'Course id')
  @ApiJsonBody(RetireCourseBody)
  @ApiResult(200, ref('Course'))
  @ApiProblems(...FORWARDED_ERRORS, 404, 409)
  retire(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: RetireCourseBody) {
    return this.forward.send<CourseView>(TrainingRpc.retireCourse, ctx, { ...body, id });
  }
}
