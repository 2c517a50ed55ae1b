import { OmitType } from '@nestjs/swagger';
import {
  ApproveBookingDto,
  ApprovePlaceRequestDto,
  CancelBookingDto,
  CancelPlaceRequestDto,
  CancelSeriesDto,
  CompleteBookingDto,
  MarkNoShowDto,
  RejectBookingDto,
  RejectPlaceRequestDto,
  UpdateResourceDto,
  WithdrawResourceDto,
} from '@alliance/contracts/resources';

/*
 * HTTP bodies are the resources contract DTOs without what the URL already says (the id): OmitType copies
 * the contracts' class-validator rules, so the gateway validates and documents exactly what the service does.
 */
export class UpdateResourceBody extends OmitType(UpdateResourceDto, ['id'] as const) {}
export class WithdrawResourceBody extends OmitType(WithdrawResourceDto, ['id'] as const) {}
export class ApproveBookingBody extends OmitType(ApproveBookingDto, ['id'] as const) {}
export class RejectBookingBody extends OmitType(RejectBookingDto, ['id'] as const) {}
export class CancelBookingBody extends OmitType(CancelBookingDto, ['id'] as const) {}
export class CompleteBookingBody extends OmitType(CompleteBookingDto, ['id'] as const) {}
export class MarkNoShowBody extends OmitType(MarkNoShowDto, ['id'] as const) {}
export class CancelSeriesBody extends OmitType(CancelSeriesDto, ['seriesId'] as const) {}
export class ApprovePlaceRequestBody extends OmitType(ApprovePlaceRequestDto, ['id'] as const) {}
export class RejectPlaceRequestBody extends OmitType(RejectPlaceRequestDto, ['id'] as const) {}
export class CancelPlaceRequestBody extends OmitType(CancelPlaceRequestDto, ['id'] as const) {}
