import {
  AdmitMemberDto,
  DecideAffordableDesignationDto,
  ApplyForMembershipDto,
  ExpelMemberDto,
  GetMemberDto,
  ListMembersDto,
  MembershipRpc,
  ReinstateMemberDto,
  RejectMemberDto,
  SuspendMemberDto,
  UpdateMemberProfileDto,
  WithdrawMemberDto,
  type MemberDetail,
  type MemberPage,
  type MemberView,
} from '@alliance/contracts/membership';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { RpcContext, type RawJson, type RequestContext } from '@alliance/messaging';
import { AffordableDesignationService } from './affordable-designation.service';
import { MemberCommandsService } from './member-commands.service';
import { MemberQueriesService } from './member-queries.service';

@Controller()
export class MemberRpcController {
  constructor(
    @Inject(MemberCommandsService) private readonly commands: MemberCommandsService,
    @Inject(MemberQueriesService) private readonly queries: MemberQueriesService,
    @Inject(AffordableDesignationService) private readonly designations: AffordableDesignationService,
  ) {}

  @MessagePattern(MembershipRpc.applyMember)
  apply(
    @Payload('body') body: ApplyForMembershipDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<MemberView> {
    return this.commands.apply(body, ctx);
  }

  @MessagePattern(MembershipRpc.admitMember)
  admit(@Payload('body') body: AdmitMemberDto, @RpcContext() ctx: RequestContext): Promise<MemberView> {
    return this.commands.transition('admit', body, ctx);
  }

  @MessagePattern(MembershipRpc.rejectMember)
  reject(@Payload('body') body: RejectMemberDto, @RpcContext() ctx: RequestContext): Promise<MemberView> {
    return this.commands.transition('reject', body, ctx);
  }

  @MessagePattern(MembershipRpc.suspendMember)
  suspend(@Payload('body') body: SuspendMemberDto, @RpcContext() ctx: RequestContext): Promise<MemberView> {
    return this.commands.transition('suspend', body, ctx);
  }

  @MessagePattern(MembershipRpc.reinstateMember)
  reinstate(
    @Payload('body') body: ReinstateMemberDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<MemberView> {
    return this.commands.transition('reinstate', body, ctx);
  }

  @MessagePattern(MembershipRpc.withdrawMember)
  withdraw(@Payload('body') body: WithdrawMemberDto, @RpcContext() ctx: RequestContext): Promise<MemberView> {
    return this.commands.transition('withdraw', body, ctx);
  }

  @MessagePattern(MembershipRpc.expelMember)
  expel(@Payload('body') body: ExpelMemberDto, @RpcContext() ctx: RequestContext): Promise<MemberView> {
    return this.commands.transition('expel', body, ctx);
  }

  @MessagePattern(MembershipRpc.updateMemberProfile)
  updateProfile(
    @Payload('body') body: UpdateMemberProfileDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<MemberView> {
    return this.commands.updateProfile(body, ctx);
  }

  @MessagePattern(MembershipRpc.decideAffordableDesignation)
  decideAffordableDesignation(
    @Payload('body') body: DecideAffordableDesignationDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<MemberView> {
    return this.designations.decide(body, ctx);
  }

  @MessagePattern(MembershipRpc.getMember)
  get(@Payload('body') body: GetMemberDto): Promise<MemberDetail> {
    return this.queries.get(body.id);
  }

  @MessagePattern(MembershipRpc.listMembers)
  list(@Payload('body') body: ListMembersDto): Promise<RawJson<MemberPage>> {
    return this.queries.list(body);
  }
}
