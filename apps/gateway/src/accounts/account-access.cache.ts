import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import type { Role } from '@alliance/contracts';
import { RPC_NATS } from '@alliance/messaging';
import { DEFAULT_ACCOUNT_CACHE_TTL_MS } from '../config/gateway-config';
import { gatewayConfig } from '../config/gateway-config.module';

/** What the access guard needs of an account on every request. */
export interface AccountAccess {
  id: string;
  username: string;
  role: Role;
  organisationId: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
}

/** Published by the gateway that changed an account; every gateway (itself included) drops its copy. */
export const ACCOUNT_CHANGED_SUBJECT = 'gateway.account.changed';

const MAX_ENTRIES = 10_000;
/** How long a change's answer waits for NATS to take its announcement. */
const ANNOUNCE_TIMEOUT_MS = 1_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Entry {
  access: AccountAccess | null;
  expiresAt: number;
}

/**
 * The accounts behind bearer tokens, kept in memory: reading the account on every request was the
 * gateway's largest cost after the JWT key. Correctness rests on invalidation, not on the TTL:
 *
 * - every change an AccountsService makes calls `invalidate` after its commit: the local copy goes at
 *   once, and a message on `gateway.account.changed` makes every other gateway drop its copy too; the
 *   change's HTTP answer waits until NATS has the message;
 * - a read that was in flight while an invalidation happened is not kept (it may predate the commit);
 * - while this gateway's NATS connection is down it may miss messages: it drops everything and reads
 *   the database on every request until it is back;
 * - the TTL (ACCOUNT_CACHE_TTL_MS, default 5 s) bounds what no gateway announced: an edit in the
 *   database, a gateway that could not publish.
 */
@Injectable()
export class AccountAccessCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('AccountAccessCache');
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly subject: string;
  /** Bumped by every invalidation; a read that started under an older epoch is not kept. */
  private epoch = 0;
  private connected = true;
  private subscription?: Subscription;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(RPC_NATS) private readonly nc: NatsConnection,
    config: ConfigService,
  ) {
    const settings = gatewayConfig(config);
    this.ttlMs = settings.accountCacheTtlMs ?? DEFAULT_ACCOUNT_CACHE_TTL_MS;
    this.subject = `${settings.subjectPrefix}${ACCOUNT_CHANGED_SUBJECT}`;
  }

  onModuleInit(): void {
    this.subscription = this.nc.subscribe(this.subject, {
      callback: (error, msg) => {
        if (error) return this.dropAll();
        let accountId: unknown;
        try {
          accountId = (msg.json() as { accountId?: unknown }).accountId;
        } catch {
          accountId = undefined;
        }
        // An announcement this gateway cannot read still means that some account changed.
        if (typeof accountId === 'string') this.drop(accountId);
        else this.dropAll();
      },
    });
    void this.followConnection();
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  /** The account of this id as it is now (or within the guarantees above); null when there is none. */
  async get(id: string): Promise<AccountAccess | null> {
    if (!UUID.test(id)) return null;
    const cached = this.entries.get(id);
    if (cached && cached.expiresAt > Date.now()) return cached.access;
    const epoch = this.epoch;
    const access = await this.read(id);
    if (this.ttlMs > 0 && this.connected && epoch === this.epoch) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.delete(id);
      this.entries.set(id, { access, expiresAt: Date.now() + this.ttlMs });
    }
    return access;
  }

  /**
   * Call after the change has committed: drops this gateway's copy and tells the others. Resolves once
   * NATS has the message, so that the change's answer reaches the client after every gateway could
   * know; if NATS cannot take it, the other gateways see the change within the TTL.
   */
  async invalidate(accountId: string): Promise<void> {
    this.drop(accountId);
    let timer: NodeJS.Timeout | undefined;
    try {
      // While disconnected a flush would wait for the reconnection, and the change's answer with it.
      if (!this.connected || this.nc.isClosed()) throw new Error('NATS is not connected');
      this.nc.publish(this.subject, JSON.stringify({ accountId }));
      await Promise.race([
        this.nc.flush(),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no flush within ${ANNOUNCE_TIMEOUT_MS} ms`)),
            ANNOUNCE_TIMEOUT_MS,
          );
        }),
      ]);
    } catch (error) {
      this.logger.warn(
        `could not announce the change of account ${accountId} to other gateways (they see it within ` +
          `${this.ttlMs} ms): ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      clearTimeout(timer);
    }
  }

  private drop(accountId: string): void {
    this.epoch++;
    this.entries.delete(accountId);
  }

  private dropAll(): void {
    this.epoch++;
    this.entries.clear();
  }

  /** One indexed row by primary key, as plain SQL: TypeORM's query builder cost more than the query. */
  private async read(id: string): Promise<AccountAccess | null> {
    const rows = (await this.dataSource.query(
      `SELECT id, username, role, organisation_id, disabled_at IS NOT NULL AS disabled, must_change_password
         FROM accounts WHERE id = $1`,
      [id],
    )) as Array<{
      id: string;
      username: string;
      role: Role;
      organisation_id: string | null;
      disabled: boolean;
      must_change_password: boolean;
    }>;
    const row = rows[0];
    return row
      ? {
          id: row.id,
          username: row.username,
          role: row.role,
          organisationId: row.organisation_id,
          disabled: row.disabled,
          mustChangePassword: row.must_change_password,
        }
      : null;
  }

  /** Messages published while disconnected are lost for this gateway: it trusts no copy until it is back. */
  private async followConnection(): Promise<void> {
    try {
      for await (const status of this.nc.status()) {
        if (status.type === 'disconnect' || status.type === 'staleConnection') {
          this.connected = false;
          this.dropAll();
        } else if (status.type === 'reconnect') {
          this.dropAll();
          this.connected = true;
        }
      }
    } catch {
      // The iterator ends with the connection; nothing to follow then.
    }
  }
}
