import { Controller, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { INestApplication } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { IsInt, IsString, Length, Min } from 'class-validator';
import { ErrorCode } from '@alliance/contracts';
import { connectNats, DomainError, RawJson, RpcCallError, RpcClient, startRpcServer } from '../src';
import { TestEnvironment } from '@alliance/testing';

class RegisterPlacesDto {
  @IsString()
  @Length(1, 50)
  name!: string;

  @IsInt()
  @Min(0)
  places!: number;
}

@Controller()
class PlacesController {
  @MessagePattern('test.places.register')
  register(@Payload('body') body: RegisterPlacesDto) {
    if (body.name === 'taken') throw new DomainError(ErrorCode.AlreadyExists, 'name is taken', { name: body.name });
    return { registered: body.name, places: body.places };
  }

  @MessagePattern('test.places.page')
  page(@Payload('body') body: { raw?: boolean }) {
    // Text that holds the reply's own marker inside it, to show it is cut at the top level only.
    const page = { items: [{ name: '启明托育', note: ',"response":{"x":1}' }], nextCursor: null };
    return body?.raw ? new RawJson(JSON.stringify(page)) : page;
  }

  @MessagePattern('test.places.slow')
  async slow() {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    return 'too late';
  }

  @MessagePattern('test.places.crash')
  crash(): never {
    throw new Error('secret internals');
  }
}

@Module({ controllers: [PlacesController] })
class PlacesModule {}

async function expectRpcError(promise: Promise<unknown>) {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RpcCallError);
  return (error as RpcCallError).payload;
}

describe('RPC over NATS (real NATS)', () => {
  const env = new TestEnvironment('rpc');
  let app: INestApplication;
  let nc: NatsConnection;
  let client: RpcClient;

  beforeAll(async () => {
    app = await NestFactory.create(PlacesModule, { logger: false });
    await startRpcServer(app, {
      natsUrl: env.natsUrl,
      subjectPrefix: env.subjectPrefix,
      queue: 'test',
      drainOnSignals: false,
      instance: 'places-a',
    });
    nc = await connectNats(env.natsUrl, 'rpc-test');
    client = new RpcClient(nc, { subjectPrefix: env.subjectPrefix, timeoutMs: 1000 });
  });
  afterAll(async () => {
    await app.close();
    await nc.close();
  });

  it('answers a valid request', async () => {
    await expect(client.send('test.places.register', { requestId: 'r1', caller: null, body: { name: '咿薇托育', places: 120 } })).resolves.toEqual({
      registered: '咿薇托育',
      places: 120,
    });
  });

  it('passes a RawJson answer through as the same text, and gives the parsed value to send()', async () => {
    const page = { items: [{ name: '启明托育', note: ',"response":{"x":1}' }], nextCursor: null };
    const request = (raw: boolean) => ({ requestId: 'r-raw', caller: null, body: { raw } });
    await expect(client.sendForJson('test.places.page', request(true))).resolves.toBe(JSON.stringify(page));
    await expect(client.send('test.places.page', request(true))).resolves.toEqual(page);
    // An ordinary answer comes out as equal JSON, even with the marker inside it.
    expect(JSON.parse(await client.sendForJson('test.places.page', request(false)))).toEqual(page);
  });

  it('refuses through sendForJson as through send', async () => {
    const payload = await expectRpcError(
      client.sendForJson('test.places.register', { requestId: 'r-raw2', caller: null, body: { name: 'taken', places: 1 } }),
    );
    expect(payload.code).toBe(ErrorCode.AlreadyExists);
  });

  it('refuses bad input with each failing field, and unknown fields', async () => {
    const payload = await expectRpcError(
      client.send('test.places.register', { requestId: 'r2', caller: null, body: { name: '', places: -1, extra: true } }),
    );
    expect(payload.code).toBe(ErrorCode.ValidationFailed);
    const fields = payload.details?.fields?.map((f) => f.field).sort();
    expect(fields).toEqual(['extra', 'name', 'places']);
  });

  it('carries a domain refusal across as { code, message, details }', async () => {
    const payload = await expectRpcError(client.send('test.places.register', { requestId: 'r3', caller: null, body: { name: 'taken', places: 1 } }));
    expect(payload).toEqual({ code: ErrorCode.AlreadyExists, message: 'name is taken', details: { name: 'taken' } });
  });

  it('hides internals of an unexpected failure', async () => {
    const payload = await expectRpcError(client.send('test.places.crash', { requestId: 'r4', caller: null, body: {} }));
    expect(payload.code).toBe(ErrorCode.Internal);
    expect(JSON.stringify(payload)).not.toMatch(/secret internals/);
  });

  it('fails fast and clearly when nobody serves the subject', async () => {
    const started = Date.now();
    const payload = await expectRpcError(client.send('test.nobody.home', { requestId: 'r5', caller: null, body: {} }, { timeoutMs: 3000 }));
    expect(payload.code).toBe(ErrorCode.ServiceUnavailable);
    expect(payload.message).toMatch(/no service is serving test\.nobody\.home/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('gives up at its timeout when the service does not answer in time', async () => {
    const started = Date.now();
    const payload = await expectRpcError(client.send('test.places.slow', { requestId: 'r6', caller: null, body: {} }, { timeoutMs: 500 }));
    expect(payload.code).toBe(ErrorCode.Timeout);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(450);
    expect(elapsed).toBeLessThan(2500);
  });

  it('answers the health ping of one instance on its own subject, and the shared one through either', async () => {
    const second = await NestFactory.create(PlacesModule, { logger: false });
    await startRpcServer(second, {
      natsUrl: env.natsUrl,
      subjectPrefix: env.subjectPrefix,
      queue: 'test',
      drainOnSignals: false,
      instance: 'places-b',
    });
    try {
      for (let i = 0; i < 5; i++) {
        await expect(
          client.send('test.health.ping.places-b', { requestId: `r-inst-${i}`, caller: null, body: {} }),
        ).resolves.toMatchObject({ service: 'test', status: 'ok', instance: 'places-b' });
      }
      const shared = await client.send<{ instance: string }>('test.health.ping', { requestId: 'r-shared', caller: null, body: {} });
      expect(['places-a', 'places-b']).toContain(shared.instance);
    } finally {
      await second.close();
    }
  });

  it('answers the built-in health ping', async () => {
    await expect(client.send('test.health.ping', { requestId: 'r7', caller: null, body: {} })).resolves.toMatchObject({
      service: 'test',
      status: 'ok',
    });
  });
});
