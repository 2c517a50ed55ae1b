import { IsIn, IsISO8601, IsOptional, IsString, IsUUID } from 'class-validator';
import { ACTION_STATUSES, GRADES, type ActionStatus, type Grade } from '@alliance/contracts/compliance';
import { RESOURCE_KINDS, type ResourceKind } from '@alliance/contracts/resources';

/*
 * The resources and compliance contracts describe some event data as interfaces (no validation metadata).
 * These classes validate the fields the dashboard reads — no more — so an event missing one is
 * dead-lettered (and visible to admins) instead of silently counting wrong.
 */

export class ResourceFiguresData {
  @IsUUID() resourceId!: string;
  @IsIn(RESOURCE_KINDS) kind!: ResourceKind;
  @IsUUID() ownerOrganisationId!: string;
  @IsString() status!: string;
}

export class PlaceRequestFiguresData {
  @IsUUID() placeRequestId!: string;
  @IsUUID() organisationId!: string;
  @IsString() status!: string;
}

export class AuditFiguresData {
  @IsUUID() auditId!: string;
  @IsUUID() organisationId!: string;
  @IsOptional() @IsIn(GRADES) grade?: Grade | null;
}

export class FindingFiguresData {
  @IsUUID() findingId!: string;
  @IsUUID() actionId!: string;
  @IsUUID() organisationId!: string;
  @IsISO8601() dueDate!: string;
}

export class ActionFiguresData {
  @IsUUID() actionId!: string;
  @IsUUID() organisationId!: string;
  @IsIn(ACTION_STATUSES) status!: ActionStatus;
  @IsISO8601() dueDate!: string;
}

export class GradeFiguresData {
  @IsUUID() organisationId!: string;
  @IsIn(GRADES) grade!: Grade;
}
