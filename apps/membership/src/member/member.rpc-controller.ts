import {
  AdmitMemberDto,
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
  type RpcCaller,
} from '@alliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { requestContext } from '../shared/request-context';
import { MemberCommandsService } from './member-commands.service';
import { MemberQueriesService } from './member-queries.service';

@Controller()
export class MemberRpcController {
  constructor(
    @Inject(MemberCommandsService) private readonly commands: MemberCommandsService,
    @Inject(MemberQueriesService) private readonly queries: MemberQueriesService,
  ) {}

  @MessagePattern(MembershipRpc.applyMember)
  apply(
    @Payload('body') body: ApplyForMembershipDto,
    @Payload('caller') caller: RpcCaller | null,
    @Payload('requestId') requestId: string,
  ): Promise<MemberView> {
    return this.commands.apply(body, requestContext(caller, requestId));
  }

  @MessagePattern(MembershipRpc.admitMember)
  admit(
    @Payload('body') body: AdmitMemberDto,
    @Payload('caller') caller: RpcCaller | null,
    @Payload('requestId') requestId: string,
  ): Promise<MemberView> {
    return this.commands.transition('admit', body, requestContext(caller, requestId));
  }

  @MessagePattern(MembershipRpc.rejectMember)
  reject(
    @Payload('body') body: RejectMemberDto,
    @Payload('caller') caller: RpcCaller | null,
    @Payload('requestId') requestId: string,
  ): Promise<MemberView> {
    return this.commands.transition('reject', body, requestContext(caller, requestId));
  }

  @MessagePattern(MembershipRpc.suspendMember)
  suspend(
    @Payload('body') body: SuspendMemberDto,
    @Payload('caller') caller: RpcCaller | null,
    @Payload('requestId') requestId: string,
  ): Promise<MemberView> {
    return this.commands.transition('suspend', body, requestContext(caller, requestId));
  }

  @MessagePattern(MembershipRpc.reinstateMember)
  reinstate(
    @Payload('body') body: ReinstateMemberDto,
    @Payload('caller') caller: RpcCaller | null,
    @Payload('requestId') requestId: string,
  ): Promise<MemberView> {
    return this.commands.transition('reinstate', body, requestContext(caller, requestId));
  }

  @MessagePattern(MembershipRpc.withdrawMember)
  withdraw(
    @Payload('body') body: WithdrawMemberDto,
    @Payload('caller') caller: RpcCaller | null,
    @Payload('requestId') requestId: string,
  ): Promise<MemberView> {
    return this.commands.transition('withdraw', body, requestContext(caller, requestId));
  }

  @MessagePattern(MembershipRpc.expelMember)
  expel(
    @Payload('body') body: ExpelMemberDto,
    @Payload('caller') caller: RpcCaller | null,
    @Payload('requestId') requestId: string,
  ): Promise<MemberView> {
    return this.commands.transition('expel', body, requestContext(caller, requestId));
  }

  @MessagePattern(MembershipRpc.updateMemberProfile)
  updateProfile(
    @Payload('body') body: UpdateMemberProfileDto,
    @Payload('caller') caller: RpcCaller | null,
    @Payload('requestId') requestId: string,
  ): Promise<MemberView> {
    return this.commands.updateProfile(body, requestContext(caller, requestId));
  }

  @MessagePattern(MembershipRpc.getMember)
  get(@Payload('body') body: GetMemberDto): Promise<MemberDetail> {
    return this.queries.get(body.id);
  }

  @MessagePattern(MembershipRpc.listMembers)
  list(@Payload('body') body: ListMembersDto): Promise<MemberPage> {
    return this.queries.list(body);
  }
}
