import {
  AddWorkingGroupMemberDto,
  DissolveWorkingGroupDto,
  FormWorkingGroupDto,
  GetWorkingGroupDto,
  ListWorkingGroupsDto,
  MembershipRpc,
  NameWorkingGroupChairDto,
  RemoveWorkingGroupMemberDto,
  type WorkingGroupView,
} from '@alliance/contracts/membership';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { RpcContext, type RequestContext } from '@alliance/messaging';
import { WorkingGroupService } from './working-group.service';

@Controller()
export class WorkingGroupRpcController {
  constructor(@Inject(WorkingGroupService) private readonly groups: WorkingGroupService) {}

  @MessagePattern(MembershipRpc.formWorkingGroup)
  form(
    @Payload('body') body: FormWorkingGroupDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<WorkingGroupView> {
    return this.groups.form(body, ctx);
  }

  @MessagePattern(MembershipRpc.addWorkingGroupMember)
  addMember(
    @Payload('body') body: AddWorkingGroupMemberDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<WorkingGroupView> {
    return this.groups.addMember(body, ctx);
  }

  @MessagePattern(MembershipRpc.removeWorkingGroupMember)
  removeMember(
    @Payload('body') body: RemoveWorkingGroupMemberDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<WorkingGroupView> {
    return this.groups.removeMember(body, ctx);
  }

  @MessagePattern(MembershipRpc.nameWorkingGroupChair)
  nameChair(
    @Payload('body') body: NameWorkingGroupChairDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<WorkingGroupView> {
    return this.groups.nameChair(body, ctx);
  }

  @MessagePattern(MembershipRpc.dissolveWorkingGroup)
  dissolve(
    @Payload('body') body: DissolveWorkingGroupDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<WorkingGroupView> {
    return this.groups.dissolve(body, ctx);
  }

  @MessagePattern(MembershipRpc.getWorkingGroup)
  get(@Payload('body') body: GetWorkingGroupDto): Promise<WorkingGroupView> {
    return this.groups.get(body.id);
  }

  @MessagePattern(MembershipRpc.listWorkingGroups)
  list(@Payload('body') body: ListWorkingGroupsDto): Promise<WorkingGroupView[]> {
    return this.groups.list(body);
  }
}
