import { OmitType, PickType } from '@nestjs/swagger';
import {
  AddWorkingGroupMemberDto,
  AdmitMemberDto,
  DecideAffordableDesignationDto,
  DissolveWorkingGroupDto,
  ExpelMemberDto,
  NameWorkingGroupChairDto,
  ReinstateMemberDto,
  RejectMemberDto,
  RemoveWorkingGroupMemberDto,
  SuspendMemberDto,
  UpdateMemberProfileDto,
  WithdrawMemberDto,
} from '@alliance/contracts/membership';

/*
 * HTTP bodies are the contract DTOs without what the URL already says (`id`, the organisation of a
 * DELETE). OmitType/PickType copy the contracts' class-validator rules, so the gateway validates and
 * documents exactly what the service validates, with no second copy of a field.
 */
export class UpdateMemberProfileBody extends OmitType(UpdateMemberProfileDto, ['id'] as const) {}
export class AdmitMemberBody extends OmitType(AdmitMemberDto, ['id'] as const) {}
export class RejectMemberBody extends OmitType(RejectMemberDto, ['id'] as const) {}
export class SuspendMemberBody extends OmitType(SuspendMemberDto, ['id'] as const) {}
export class ReinstateMemberBody extends OmitType(ReinstateMemberDto, ['id'] as const) {}
export class WithdrawMemberBody extends OmitType(WithdrawMemberDto, ['id'] as const) {}
export class ExpelMemberBody extends OmitType(ExpelMemberDto, ['id'] as const) {}
export class DecideAffordableDesignationBody extends OmitType(DecideAffordableDesignationDto, [
  'id',
] as const) {}

export class AddWorkingGroupMemberBody extends OmitType(AddWorkingGroupMemberDto, ['id'] as const) {}
export class RemoveWorkingGroupMemberQuery extends PickType(RemoveWorkingGroupMemberDto, [
  'expectedVersion',
] as const) {}
export class NameWorkingGroupChairBody extends OmitType(NameWorkingGroupChairDto, ['id'] as const) {}
export class DissolveWorkingGroupBody extends OmitType(DissolveWorkingGroupDto, ['id'] as const) {}
