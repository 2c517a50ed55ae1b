import { PgErrorCode, pgErrorCode } from '@alliance/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import { ErrorCode, Role } from '@alliance/contracts';
import { ApiProblem } from '../http/problem-details';
import { validationProblem } from '../http/validation';
import { AccountAccessCache } from './account-access.cache';
import { AccountEntity } from './account.entity';
import { AccountAudit, type Actor } from './audit/account-audit';
import { PasswordHasher } from './password-hasher';
import type { CreateAccountBody, UpdateAccountBody } from './dto/account.dto';

function isUniqueViolation(error: unknown): boolean {
  return pgErrorCode(error) === PgErrorCode.UniqueViolation;
}

/**
 * A representative acts for its organisation; an inspector works at one (and so never audits it). No
 * other role belongs to an organisation.
 */
const BOUND_ROLES: readonly Role[] = [Role.MemberRep, Role.Inspector];

function organisationFor(role: Role, organisationId: string | null | undefined): string | null {
  if (!BOUND_ROLES.includes(role) && organisationId) {
    throw new ApiProblem(
      ErrorCode.ValidationFailed,
      'Only a member_rep or an inspector account belongs to an organisation.',
      [
        {
          field: 'organisationId',
          reasons: ['organisationId is only allowed for roles member_rep and inspector'],
        },
      ],
    );
  }
  return BOUND_ROLES.includes(role) ? (organisationId ?? null) : null;
}

@Injectable()
export class AccountsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AccountAudit,
    private readonly access: AccountAccessCache,
  ) {}

  private get repo() {
    return this.dataSource.getRepository(AccountEntity);
  }

  findById(id: string): Promise<AccountEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByUsername(username: string): Promise<AccountEntity | null> {
    return this.repo.findOneBy({ username: username.toLowerCase() });
  }

  list(): Promise<AccountEntity[]> {
    return this.repo.find({ order: { username: 'ASC' } });
  }

  /** The admin chose the password, so it is temporary: the owner replaces it at first login. */
  async create(body: CreateAccountBody, actor: Actor): Promise<AccountEntity> {
    const now = new Date();
    const account = this.repo.create({
      id: randomUUID(),
      username: body.username.toLowerCase(),
      passwordHash: await this.hasher.hash(body.password),
      role: body.role,
      organisationId: organisationFor(body.role, body.organisationId),
      disabledAt: null,
      mustChangePassword: true,
      createdAt: now,
      updatedAt: now,
    });
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(AccountEntity, account);
        await this.audit.record(manager, account, 'created', actor, {
          role: account.role,
          organisationId: account.organisationId,
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ApiProblem(
          ErrorCode.AlreadyExists,
          `An account named "${account.username}" already exists.`,
          [{ field: 'username', reasons: ['username is taken'] }],
        );
      }
      throw error;
    }
    return account;
  }

  /**
   * Changes under a row lock; refuses to leave the alliance without an enabled admin, since nobody could
   * then create or re-enable accounts. A password set here is a reset: temporary, like a new account's.
   */
  async update(id: string, body: UpdateAccountBody, actor: Actor): Promise<AccountEntity> {
    const passwordHash = body.password !== undefined ? await this.hasher.hash(body.password) : undefined;
    const updated = await this.dataSource.transaction(async (manager) => {
      const account = await manager.findOne(AccountEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!account) throw new ApiProblem(ErrorCode.NotFound, `No account ${id}.`);
      const before = { ...account };
      const role = body.role ?? account.role;
      const requestedOrganisation =
        body.organisationId !== undefined ? body.organisationId : account.organisationId;
      // Moving to a role that belongs to no organisation drops the binding rather than failing on it.
      const organisationId =
        body.role !== undefined && !BOUND_ROLES.includes(body.role) && body.organisationId === undefined
          ? null
          : organisationFor(role, requestedOrganisation);
      const disabledAt =
        body.disabled === undefined
          ? account.disabledAt
          : body.disabled
            ? (account.disabledAt ?? new Date())
            : null;

      const losesAdmin =
        account.role === Role.AllianceAdmin &&
        account.disabledAt === null &&
        (role !== Role.AllianceAdmin || disabledAt !== null);
      // Two admins disabling each other would each see the other still enabled under their own row
      // locks; every change that removes an admin waits for the previous one to commit first.
      if (losesAdmin) await this.serialiseAdminRemovals(manager);
      if (losesAdmin && !(await this.anotherEnabledAdmin(manager, id))) {
        throw new ApiProblem(
          ErrorCode.Conflict,
          'This is the last enabled alliance admin; it cannot be disabled or demoted.',
        );
      }
      Object.assign(account, { role, organisationId, disabledAt, updatedAt: new Date() });
      if (passwordHash) Object.assign(account, { passwordHash, mustChangePassword: true });
      await manager.save(account);

      if (before.role !== account.role)
        await this.audit.record(manager, account, 'role_changed', actor, {
          from: before.role,
          to: account.role,
        });
      if (before.organisationId !== account.organisationId)
        await this.audit.record(manager, account, 'organisation_changed', actor, {
          from: before.organisationId,
          to: account.organisationId,
        });
      if ((before.disabledAt === null) !== (account.disabledAt === null))
        await this.audit.record(manager, account, account.disabledAt ? 'disabled' : 'enabled', actor);
      if (passwordHash) await this.audit.record(manager, account, 'password_reset', actor);
      return account;
    });
    // After the commit: a disabled account, a changed role or a reset password counts at once, everywhere.
    await this.access.invalidate(id);
    return updated;
  }

  /** The owner replaces its password (a temporary one or not); proving the current one first. */
  async changeOwnPassword(
    accountId: string,
    currentPassword: string,
    newPassword: string,
  ): Promise<AccountEntity> {
    const found = await this.findById(accountId);
    if (!found)
      throw new ApiProblem(ErrorCode.Unauthenticated, 'The account of this token no longer exists.');
    if (!(await this.hasher.verify(found.passwordHash, currentPassword)))
      throw validationProblem([
        { field: 'currentPassword', reasons: ['currentPassword is not the current password'] },
      ]);
    if (currentPassword === newPassword)
      throw validationProblem([
        { field: 'newPassword', reasons: ['newPassword must differ from the current password'] },
      ]);
    const passwordHash = await this.hasher.hash(newPassword);
    const changed = await this.dataSource.transaction(async (manager) => {
      const account = await manager.findOne(AccountEntity, {
        where: { id: accountId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!account)
        throw new ApiProblem(ErrorCode.Unauthenticated, 'The account of this token no longer exists.');
      // An admin's reset in between wins: the password verified above is no longer the current one.
      if (account.passwordHash !== found.passwordHash)
        throw new ApiProblem(
          ErrorCode.Conflict,
          'The password was reset meanwhile; log in with the new one.',
        );
      Object.assign(account, { passwordHash, mustChangePassword: false, updatedAt: new Date() });
      await manager.save(account);
      await this.audit.record(manager, account, 'password_changed', {
        userId: account.id,
        username: account.username,
      });
      return account;
    });
    // The temporary-password restriction ends with the commit.
    await this.access.invalidate(accountId);
    return changed;
  }

  private async serialiseAdminRemovals(manager: EntityManager): Promise<void> {
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.accounts.admin-removal'))`,
    );
  }

  private async anotherEnabledAdmin(manager: EntityManager, exceptId: string): Promise<boolean> {
    const count = await manager.count(AccountEntity, {
      where: { role: Role.AllianceAdmin, disabledAt: IsNull(), id: Not(exceptId) },
    });
    return count > 0;
  }

  /**
   * Runs `apply` for an unbound representative and binds it to the organisation `apply` answers, with
   * the account row locked throughout: a second application from the same account at the same moment
   * finds the row locked (or, once the first has committed, bound) and is refused with 409 before
   * anything is forwarded, so one account never applies for two organisations. If `apply` fails, no
   * binding is left behind.
   */
  async applyAsUnboundRep<T extends { id: string }>(accountId: string, apply: () => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction(async (manager) => {
      const account = await manager
        .createQueryBuilder(AccountEntity, 'a')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where('a.id = :accountId', { accountId })
        .getOne();
      if (!account || account.organisationId !== null || account.role !== Role.MemberRep) {
        throw new ApiProblem(
          ErrorCode.Conflict,
          account?.organisationId
            ? `This account already represents organisation ${account.organisationId}; an admin can unbind it.`
            : 'Another application from this account is in progress; only one organisation can be applied for.',
        );
      }
      const applied = await apply();
      await manager.update(
        AccountEntity,
        { id: accountId },
        { organisationId: applied.id, updatedAt: new Date() },
      );
      await this.audit.record(
        manager,
        account,
        'organisation_changed',
        { userId: account.id, username: account.username },
        { from: null, to: applied.id, reason: 'applied for membership' },
      );
      return applied;
    });
    // The binding to its organisation grants the representative its own-organisation routes.
    await this.access.invalidate(accountId);
    return result;
  }

  /**
   * Creates the configured first admin when no account exists yet; safe when several gateways start
   * together. Its password is the operator's own choice (production refuses the default), so it is not
   * marked temporary.
   */
  async ensureFirstAdmin(username: string, password: string): Promise<boolean> {
    if ((await this.repo.count()) > 0) return false;
    const passwordHash = await this.hasher.hash(password);
    return this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const account = {
        id: randomUUID(),
        username: username.toLowerCase(),
        passwordHash,
        role: Role.AllianceAdmin,
        organisationId: null,
        disabledAt: null,
        mustChangePassword: false,
        createdAt: now,
        updatedAt: now,
      };
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(AccountEntity)
        .values(account)
        .orIgnore()
        .execute();
      const created = (result.raw as unknown[]).length > 0;
      if (created)
        await this.audit.record(manager, account, 'created', null, {
          role: account.role,
          source: 'configuration',
        });
      return created;
    });
  }
}
