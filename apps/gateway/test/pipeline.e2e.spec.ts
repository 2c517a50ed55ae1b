import type { INestApplication } from '@nestjs/common';
import { jetstream } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import { PrivateNatsServer, waitFor } from '@alliance/testing';
import { application, GatewayHarness, type HttpAnswer } from './support/gateway-harness';
import { ENTRY_RECORDED, reactionLabels, recordEntry, startLedgerService } from './support/ledger-service';

/*
 * The pipeline routes over HTTP, against membership (a process) and a "ledger" service in-process whose
 * event pipeline runs on a private nats-server (its RPC stays on the run's NATS), so that the test can
 * stop JetStream under one service's relay and watch /ready and /pipeline say so.
 */
describe('pipeline: status, dead letters, replay, discard and a stalled relay (gateway over HTTP)', () => {
  const STALL_MS = 1500;
  let nats: PrivateNatsServer;
  let h: GatewayHarness;
  let ledger: INestApplication;
  let ledgerDs: DataSource;
  let ledgerNats: NatsConnection;
  let admin = '';
  let viewer = '';

  beforeAll(async () => {
    nats = await PrivateNatsServer.start();
    h = new GatewayHarness('gw-pipeline', {
      gateway: { services: ['membership', 'ledger'], relayStallMs: STALL_MS },
    });
    ledger = await startLedgerService({
      databaseUrl: h.env.databaseUrl,
      schema: h.env.schema('ledger'),
      messagingNatsUrl: nats.url,
      rpcNatsUrl: h.env.natsUrl,
      subjectPrefix: h.env.subjectPrefix,
      streamPrefix: h.env.streamPrefix,
    });
    ledgerDs = ledger.get(DataSource);
    ledgerNats = await connect({ servers: nats.url });
    await h.start(); // waits for /ready: membership and ledger both answer
    admin = await h.adminToken();
    viewer = (await h.account(admin, 'pipeline-viewer', 'viewer')).token;
  });
  afterAll(async () => {
    await nats?.start(); // the ledger drains and the streams are deleted through it
    await ledgerNats?.close();
    await ledger?.close();
    await h?.stop();
    await h?.env.cleanup(nats.url);
    await nats?.dispose();
  });

  const get = (path: string, token = admin) => h.request('GET', path, { token });
  const post = (path: string, body?: unknown, token = admin) => h.request('POST', path, { token, body });

  function expectProblem(answer: HttpAnswer, status: number, code: string): void {
    expect({ status: answer.status, code: answer.body?.code }).toEqual({ status, code });
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  }

  it('shows every service’s outbox, relay, consumers and dead letters to an admin', async () => {
    const member = await post('/api/v1/members', application({ name: '管道测试托育' }));
    expect(member.status).toBe(201);
    await recordEntry(ledgerDs, 'first');
    await waitFor(async () => (await reactionLabels(ledgerDs)).includes('first'), {
      what: 'the ledger reaction',
    });

    const overview = await waitFor(
      async () => {
        const answer = await get('/api/v1/pipeline');
        const settled = (answer.body?.services ?? []).every(
          (s: { status?: { outbox: { unpublished: number } } }) => s.status?.outbox.unpublished === 0,
        );
        return answer.status === 200 && settled ? answer.body : null;
      },
      { what: 'both outboxes drained' },
    );
    expect(overview.relayStallMs).toBe(STALL_MS);
    expect(overview.services.map((s: { service: string }) => s.service)).toEqual(['membership', 'ledger']);
    const [membership, ledgerView] = overview.services;
    expect(membership).toMatchObject({ service: 'membership', stalled: false, problem: null });
    expect(membership.status).toMatchObject({
      service: 'membership',
      outbox: { unpublished: 0, oldestUnpublishedAt: null, oldestAgeMs: null },
      relay: { failingSince: null, failingForMs: null, lastError: null },
      // Membership takes compliance's grades (nothing graded here: nothing pending).
      consumers: [
        expect.objectContaining({ context: 'compliance', durable: 'membership', numPending: 0, error: null }),
      ],
      deadLetters: { open: 0, replayed: 0, discarded: 0, oldestOpenAt: null },
    });
    expect(membership.status.relay.published).toBeGreaterThanOrEqual(1);
    expect(ledgerView.status.consumers).toEqual([
      expect.objectContaining({
        context: 'ledger',
        durable: 'ledger',
        numPending: 0,
        numAckPending: 0,
        numRedelivered: 0,
        error: null,
      }),
    ]);
    expect(ledgerView.status.relay).toMatchObject({ published: 1, lastPublishedAt: expect.any(String) });

    const one = await get('/api/v1/pipeline/ledger');
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ service: 'ledger', stalled: false, status: { service: 'ledger' } });
  });

  it('is in the OpenAPI document: admin only, named response schemas, replay body optional', async () => {
    const doc = (await h.request('GET', '/api/openapi.json')).body;
    const operations = Object.entries(doc.paths as Record<string, Record<string, Record<string, unknown>>>)
      .filter(([path]) => path.startsWith('/api/v1/pipeline'))
      .flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, op]) => ({ name: `${method} ${path}`, op })),
      );
    expect(operations.map((o) => o.name).sort()).toEqual([
      'get /api/v1/pipeline',
      'get /api/v1/pipeline/{service}',
      'get /api/v1/pipeline/{service}/dead-letters',
      'post /api/v1/pipeline/{service}/dead-letters/{id}/discard',
      'post /api/v1/pipeline/{service}/dead-letters/{id}/replay',
    ]);
    for (const { name, op } of operations) {
      expect({ name, roles: op['x-allowed-roles'] }).toEqual({ name, roles: ['alliance_admin'] });
    }
    const replay = doc.paths['/api/v1/pipeline/{service}/dead-letters/{id}/replay'].post;
    expect(replay.requestBody.required).toBe(false);
    expect(doc.components.schemas.DeadLetter.required).toEqual(
      expect.arrayContaining(['error', 'discardReason']),
    );
  });

  it('refuses everyone but alliance admins, and answers problems for unknown services and bad ids', async () => {
    for (const [method, path] of [
      ['GET', '/api/v1/pipeline'],
      ['GET', '/api/v1/pipeline/ledger'],
      ['GET', '/api/v1/pipeline/ledger/dead-letters'],
      ['POST', '/api/v1/pipeline/ledger/dead-letters/1/replay'],
      ['POST', '/api/v1/pipeline/ledger/dead-letters/1/discard'],
    ] as const) {
      expectProblem(
        await h.request(method, path, {
          token: viewer,
          body: method === 'POST' ? { reason: 'x' } : undefined,
        }),
        403,
        'FORBIDDEN',
      );
      expectProblem(await h.request(method, path), 401, 'UNAUTHENTICATED');
    }
    expectProblem(await get('/api/v1/pipeline/billing'), 404, 'NOT_FOUND');
    expectProblem(await get('/api/v1/pipeline/billing/dead-letters'), 404, 'NOT_FOUND');
    const badId = await post('/api/v1/pipeline/ledger/dead-letters/abc/replay', {});
    expectProblem(badId, 400, 'VALIDATION_FAILED');
    expect(badId.body.errors).toEqual([
      { field: 'id', reasons: [expect.stringContaining('dead-letter id')] },
    ]);
    const badQuery = await get('/api/v1/pipeline/ledger/dead-letters?status=lost&limit=500');
    expectProblem(badQuery, 400, 'VALIDATION_FAILED');
    expect(badQuery.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['limit', 'status']);
    expectProblem(await post('/api/v1/pipeline/ledger/dead-letters/424242/replay'), 404, 'NOT_FOUND');
  });

  it('lists dead letters with their error, replays one with a corrected payload, and discards one with a reason', async () => {
    const js = jetstream(ledgerNats);
    const subject = `${h.env.subjectPrefix}${ENTRY_RECORDED}`;
    await js.publish(subject, '{"not": json', { msgID: 'malformed-1' });
    const invalid = {
      eventId: '0e7f3f9a-52f4-4d0c-9d7c-3f1c3b9d2a10',
      type: ENTRY_RECORDED,
      version: 1,
      occurredAt: new Date().toISOString(),
      aggregateId: 'entry-invalid',
      aggregateVersion: 1,
      correlationId: 'invalid',
      actor: { id: 'x', kind: 'service' },
      data: { label: 'invalid', amount: -5 },
    };
    await js.publish(subject, JSON.stringify(invalid), { msgID: invalid.eventId });

    const page = await waitFor(
      async () => {
        const answer = await get('/api/v1/pipeline/ledger/dead-letters');
        return answer.status === 200 && answer.body.items.length === 2 ? answer.body : null;
      },
      { what: 'two dead letters listed' },
    );
    const [malformed, wrongData] = page.items;
    expect(malformed).toMatchObject({
      status: 'open',
      eventId: null,
      payload: '{"not": json',
      error: expect.stringMatching(/undecodable/),
    });
    expect(wrongData).toMatchObject({
      status: 'open',
      eventId: invalid.eventId,
      error: expect.stringMatching(/amount/),
    });
    expect(page.nextCursor).toBeNull();
    expect((await get('/api/v1/pipeline/ledger')).body.status.deadLetters).toMatchObject({ open: 2 });

    // As stored, the malformed one cannot apply: 422, and the letter records why.
    const failed = await post(`/api/v1/pipeline/ledger/dead-letters/${malformed.id}/replay`);
    expectProblem(failed, 422, 'BUSINESS_RULE_VIOLATED');
    expect(failed.body.detail).toMatch(/undecodable/);
    expect((await get('/api/v1/pipeline/ledger/dead-letters')).body.items[0].replayError).toMatch(
      /undecodable/,
    );

    // Corrected by the admin: applied through the consumer's inbox and handler.
    const corrected = {
      ...invalid,
      eventId: '5c2b8e61-9a57-4f0e-b2d4-6e1a8c3f7b22',
      aggregateId: 'entry-repaired',
      data: { label: 'repaired', amount: 1 },
    };
    const notAnObject = await post(`/api/v1/pipeline/ledger/dead-letters/${malformed.id}/replay`, {
      payload: 'text',
    });
    expectProblem(notAnObject, 400, 'VALIDATION_FAILED');
    expect(notAnObject.body.errors[0].field).toBe('payload');
    const replayed = await post(`/api/v1/pipeline/ledger/dead-letters/${malformed.id}/replay`, {
      payload: corrected,
    });
    expect(replayed.status).toBe(200);
    expect(replayed.body).toEqual({ id: malformed.id, outcome: 'applied' });
    expect(await reactionLabels(ledgerDs)).toContain('repaired');
    expectProblem(await post(`/api/v1/pipeline/ledger/dead-letters/${malformed.id}/replay`), 409, 'CONFLICT');

    // Discard: a reason is required.
    const noReason = await post(`/api/v1/pipeline/ledger/dead-letters/${wrongData.id}/discard`, {});
    expectProblem(noReason, 400, 'VALIDATION_FAILED');
    expect(noReason.body.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
    expectProblem(
      await post(`/api/v1/pipeline/ledger/dead-letters/${wrongData.id}/discard`, { reason: '   ' }),
      400,
      'VALIDATION_FAILED',
    );
    const discarded = await post(`/api/v1/pipeline/ledger/dead-letters/${wrongData.id}/discard`, {
      reason: 'negative amount sent by a test producer; nothing to correct',
    });
    expect(discarded.status).toBe(200);
    expect(discarded.body).toMatchObject({
      id: wrongData.id,
      status: 'discarded',
      discardReason: 'negative amount sent by a test producer; nothing to correct',
      discardedBy: { kind: 'user', username: 'root-admin', role: 'alliance_admin' },
      discardedAt: expect.any(String),
    });
    expectProblem(
      await post(`/api/v1/pipeline/ledger/dead-letters/${wrongData.id}/discard`, { reason: 'again' }),
      409,
      'CONFLICT',
    );
    expectProblem(await post(`/api/v1/pipeline/ledger/dead-letters/${wrongData.id}/replay`), 409, 'CONFLICT');

    // Open ones by default; the others are kept and found with the filter.
    expect((await get('/api/v1/pipeline/ledger/dead-letters')).body.items).toEqual([]);
    const closed = (await get('/api/v1/pipeline/ledger/dead-letters?status=all')).body.items;
    expect(closed.map((d: { id: string; status: string }) => [d.id, d.status])).toEqual([
      [malformed.id, 'replayed'],
      [wrongData.id, 'discarded'],
    ]);
    expect(closed[0].replayedBy).toMatchObject({ username: 'root-admin' });
    const first = (await get('/api/v1/pipeline/ledger/dead-letters?status=all&limit=1')).body;
    expect(first).toEqual({
      items: [expect.objectContaining({ id: malformed.id })],
      nextCursor: malformed.id,
    });
    const next = (
      await get(`/api/v1/pipeline/ledger/dead-letters?status=all&limit=1&after=${first.nextCursor}`)
    ).body;
    expect(next).toEqual({ items: [expect.objectContaining({ id: wrongData.id })], nextCursor: null });
    expect((await get('/api/v1/pipeline/ledger/dead-letters?status=discarded')).body.items).toHaveLength(1);
    expect((await get('/api/v1/pipeline/ledger')).body.status.deadLetters).toMatchObject({
      open: 0,
      replayed: 1,
      discarded: 1,
    });
  });

  it('answers /ready 503 while a relay cannot publish for longer than RELAY_STALL_MS, and ready again after', async () => {
    expect((await h.request('GET', '/ready')).status).toBe(200);
    await nats.stop();
    await recordEntry(ledgerDs, 'during-outage');

    const notReady = await waitFor(
      async () => {
        const answer = await h.request('GET', '/ready');
        return answer.status === 503 ? answer : null;
      },
      { what: '/ready to report the stalled relay', timeoutMs: 30_000, intervalMs: 200 },
    );
    expectProblem(notReady, 503, 'SERVICE_UNAVAILABLE');
    expect(notReady.body.checks.ledger).toEqual({
      status: 'down',
      detail: expect.stringMatching(/^relay stalled: unable to publish for/),
    });
    expect(notReady.body.checks.membership).toEqual({ status: 'up' });
    expect(notReady.body.detail).toMatch(/ledger \(relay stalled/);

    const overview = (await get('/api/v1/pipeline')).body;
    const stalled = overview.services.find((s: { service: string }) => s.service === 'ledger');
    expect(stalled).toMatchObject({
      stalled: true,
      status: { outbox: { unpublished: 1 }, relay: { lastError: expect.any(String) } },
    });
    expect(stalled.status.relay.failingForMs).toBeGreaterThan(STALL_MS);
    expect(stalled.status.outbox.oldestAgeMs).toBeGreaterThan(0);
    expect(stalled.status.consumers[0].error).toEqual(expect.any(String)); // JetStream is not there to ask
    expect(overview.services.find((s: { service: string }) => s.service === 'membership').stalled).toBe(
      false,
    );

    await nats.start();
    await waitFor(async () => (await h.request('GET', '/ready')).status === 200, {
      what: '/ready again once the relay publishes',
      timeoutMs: 30_000,
      intervalMs: 200,
    });
    await waitFor(async () => (await reactionLabels(ledgerDs)).includes('during-outage'), {
      what: 'the event sent during the outage applied',
      timeoutMs: 30_000,
    });
    const after = (await get('/api/v1/pipeline/ledger')).body;
    expect(after).toMatchObject({
      stalled: false,
      status: { outbox: { unpublished: 0 }, relay: { failingSince: null } },
    });
  });
});
