import type { Serializer } from '@nestjs/microservices';
import { RawJson } from './raw-json';

/** The key an answer's JSON follows in a reply whose answer is RawJson: last, at the top level. */
export const RAW_RESPONSE_MARKER = ',"response":';

interface ReplyPacket {
  response?: unknown;
  [key: string]: unknown;
}

interface SerializedReply {
  data: string;
  headers: undefined;
}

/**
 * Nest's NATS reply format (`{ response, err, isDisposed, id }` as JSON, no headers: what its own
 * serializer writes for a reply), except that a RawJson answer is written last and verbatim, so that
 * `RpcClient.sendForJson` can cut it out again without parsing it.
 */
export class RpcReplySerializer implements Serializer<ReplyPacket, SerializedReply> {
  serialize(packet: ReplyPacket): SerializedReply {
    if (!(packet?.response instanceof RawJson)) return { data: JSON.stringify(packet), headers: undefined };
    const { response, ...rest } = packet;
    // Nest sets `id` on every reply; `isDisposed` keeps the head non-empty in any case.
    const head = JSON.stringify({ isDisposed: true, ...rest });
    return { data: `${head.slice(0, -1)}${RAW_RESPONSE_MARKER}${response.json}}`, headers: undefined };
  }
}
