import {
  GetResourceDto,
  ListResourceDto,
  ResourcesRpc,
  SearchResourcesDto,
  UpdateResourceDto,
  WithdrawResourceDto,
  type ResourcePage,
  type ResourceView,
} from '@alliance/contracts/resources';
import { RpcContext, type RequestContext } from '@alliance/messaging';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ResourceService } from './resource.service';

@Controller()
export class ResourceRpcController {
  constructor(@Inject(ResourceService) private readonly resources: ResourceService) {}

  @MessagePattern(ResourcesRpc.listResource)
  list(@Payload('body') body: ListResourceDto, @RpcContext() ctx: RequestContext): Promise<ResourceView> {
    return this.resources.list(body, ctx);
  }

  @MessagePattern(ResourcesRpc.updateResource)
  update(@Payload('body') body: UpdateResourceDto, @RpcContext() ctx: RequestContext): Promise<ResourceView> {
    return this.resources.update(body, ctx);
  }

  @MessagePattern(ResourcesRpc.withdrawResource)
  withdraw(
    @Payload('body') body: WithdrawResourceDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<ResourceView> {
    return this.resources.withdraw(body, ctx);
  }

  @MessagePattern(ResourcesRpc.getResource)
  get(@Payload('body') body: GetResourceDto): Promise<ResourceView> {
    return this.resources.get(body);
  }

  @MessagePattern(ResourcesRpc.searchResources)
  search(
    @Payload('body') body: SearchResourcesDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<ResourcePage> {
    return this.resources.search(body, ctx.caller);
  }
}
