import {
  AddWorkingGroupMemberDto,
  DissolveWorkingGroupDto,
  FormWorkingGroupDto,
  GetWorkingGroupDto,
  ListWorkingGroupsDto,
  MembershipRpc,
  RemoveWorkingGroupMemberDto,
  type RpcCaller,
  type WorkingGroupView,
} from '@alliance/contracts';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { requestContext } from '../shared/request-context';
import { WorkingGroupService } from './working-group.service';

@Controller()
export class WorkingGroupRpcController {
  constructor(@Inject(WorkingGroupService) private readonly groups: WorkingGroupService) {}

  @MessagePattern(MembershipRpc.formWorkingGroup)
  form(
    @Payload('body') body: FormWorkingGroupDto,
    @Payload('caller') caller: RpcCaller | null,
    @Payload('requestId') requestId: string,
  ): Promise<WorkingGroupView> {
    return this.groups.form(body, requestContext(caller, requestId));
  }

  @MessagePattern(MembershipRpc.addWorkingGroupMember)
  addMember(
    @Payload('body') body: AddWorkingGroupMemberDto,
    @Payload('caller') caller: RpcCaller | null,
    @Payload('requestId') requestId: string,
  ): Promise<WorkingGroupView> {
    return this.groups.addMember(body, requestContext(caller, requestId));
  }

  @MessagePattern(MembershipRpc.removeWorkingGroupMember)
  removeMember(
    @Payload('body') body: RemoveWorkingGroupMemberDto,
    @Payload('caller') caller: RpcCaller | null,
    @Payload('requestId') requestId: string,
  ): Promise<WorkingGroupView> {
    return this.groups.removeMember(body, requestContext(caller, requestId));
  }

  @MessagePattern(MembershipRpc.dissolveWorkingGroup)
  dissolve(
    @Payload('body') body: DissolveWorkingGroupDto,
    @Payload('caller') caller: RpcCaller | null,
    @Payload('requestId') requestId: string,
  ): Promise<WorkingGroupView> {
    return this.groups.dissolve(body, requestContext(caller, requestId));
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
