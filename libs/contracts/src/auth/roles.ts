/**
 * Who a platform account is. The gateway authenticates and authorises by role; services see the role in
 * `RpcCaller.role` and in the `actor` of every event.
 */
export const Role = {
  AllianceAdmin: 'alliance_admin',
  Trainer: 'trainer',
  Inspector: 'inspector',
  /** Represents one member organisation (bound when it applies or by an admin). */
  MemberRep: 'member_rep',
  Viewer: 'viewer',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role) as Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as string[]).includes(value);
}
