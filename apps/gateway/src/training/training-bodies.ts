import { OmitType } from '@nestjs/swagger';
import {
  CancelEnrolmentDto,
  CancelSessionDto,
  CompleteSessionDto,
  PublishCourseDto,
  RecordAttendanceDto,
  RescheduleSessionDto,
  RetireCourseDto,
  RevokeCertificateDto,
  StaffLeavesDto,
  UpdateStaffDto,
} from '@alliance/contracts/training';

/*
 * HTTP bodies are the training contract DTOs without what the URL already says (the id): OmitType copies
 * the contracts' class-validator rules, so the gateway validates and documents exactly what training does.
 */
export class UpdateStaffBody extends OmitType(UpdateStaffDto, ['id'] as const) {}
export class StaffLeavesBody extends OmitType(StaffLeavesDto, ['id'] as const) {}
export class PublishCourseBody extends OmitType(PublishCourseDto, ['id'] as const) {}
export class RetireCourseBody extends OmitType(RetireCourseDto, ['id'] as const) {}
export class RescheduleSessionBody extends OmitType(RescheduleSessionDto, ['id'] as const) {}
export class CancelSessionBody extends OmitType(CancelSessionDto, ['id'] as const) {}
export class CompleteSessionBody extends OmitType(CompleteSessionDto, ['id'] as const) {}
export class RecordAttendanceBody extends OmitType(RecordAttendanceDto, ['sessionId'] as const) {}
export class CancelEnrolmentBody extends OmitType(CancelEnrolmentDto, ['id'] as const) {}
export class RevokeCertificateBody extends OmitType(RevokeCertificateDto, ['id'] as const) {}
