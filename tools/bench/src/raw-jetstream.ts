import { AckPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';

export interface RunResult {
  events: number;
  seconds: number;
  latenciesMs: number[];
  /** Full path only: when the last writer committed (the rest is relay and consumer catching up). */
  writtenSeconds?: number;
}

/**
 * The raw limit: the same payloads through plain JetStream publish (awaiting each PubAck, in
 * windows like the relay) and a durable pull consumer with explicit acks — no database at all.
 */
export async function runRawJetStream(
  nc: NatsConnection,
  stream: string,
  payloads: string[],
  ratePerSecond?: number,
): Promise<RunResult> {
  const jsm = await jetstreamManager(nc);
  const js = jetstream(nc);
  const subject = `${stream.toLowerCase()}.raw`;
  await jsm.streams.add({ name: stream, subjects: [subject] });
  await jsm.consumers.add(stream, { durable_name: 'raw', ack_policy: AckPolicy.Explicit });
  const consumer = await js.consumers.get(stream, 'raw');
  const latenciesMs: number[] = [];
  const messages = await consumer.consume({ max_messages: 256 });
  const done = (async () => {
    for await (const m of messages) {
      const sentAt = Number(m.headers?.get('sent-at'));
      m.ack();
      latenciesMs.push(performance.timeOrigin + performance.now() - sentAt);
      if (latenciesMs.length === payloads.length) break;
    }
  })();

  const started = performance.now();
  const window = 256;
  const { headers } = await import('@nats-io/transport-node');
  for (let i = 0; i < payloads.length; i += window) {
    const slice = payloads.slice(i, i + window);
    if (ratePerSecond) {
      for (const payload of slice) {
        await pace(started, i + slice.indexOf(payload), ratePerSecond);
        const h = headers();
        h.set('sent-at', String(performance.timeOrigin + performance.now()));
        await js.publish(subject, payload, { headers: h });
      }
    } else {
      await Promise.all(
        slice.map((payload) => {
          const h = headers();
          h.set('sent-at', String(performance.timeOrigin + performance.now()));
          return js.publish(subject, payload, { headers: h });
        }),
      );
    }
  }
  await done;
  const seconds = (performance.now() - started) / 1000;
  await messages.close();
  await jsm.streams.delete(stream);
  return { events: payloads.length, seconds, latenciesMs };
}

export async function pace(startedAt: number, index: number, ratePerSecond: number): Promise<void> {
  const due = startedAt + (index * 1000) / ratePerSecond;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}
