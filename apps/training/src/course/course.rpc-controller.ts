import {
  CreateCourseDto,
  GetCourseDto,
  ListCoursesDto,
  PublishCourseDto,
  RetireCourseDto,
  TrainingRpc,
  type CoursePage,
  type CourseView,
} from '@alliance/contracts/training';
import { RpcContext, type RequestContext } from '@alliance/messaging';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CourseService } from './course.service';

@Controller()
export class CourseRpcController {
  constructor(@Inject(CourseService) private readonly courses: CourseService) {}

  @MessagePattern(TrainingRpc.createCourse)
  create(@Payload('body') body: CreateCourseDto): Promise<CourseView> {
    return this.courses.create(body);
  }

  @MessagePattern(TrainingRpc.publishCourse)
  publish(@Payload('body') body: PublishCourseDto, @RpcContext() ctx: RequestContext): Promise<CourseView> {
    return this.courses.publish(body, ctx);
  }

  @MessagePattern(TrainingRpc.retireCourse)
  retire(@Payload('body') body: RetireCourseDto, @RpcContext() ctx: RequestContext): Promise<CourseView> {
    return this.courses.retire(body, ctx);
  }

  @MessagePattern(TrainingRpc.getCourse)
  get(@Payload('body') body: GetCourseDto): Promise<CourseView> {
    return this.courses.get(body.id);
  }

  @MessagePattern(TrainingRpc.listCourses)
  list(@Payload('body') body: ListCoursesDto): Promise<CoursePage> {
    return this.courses.list(body);
  }
}
