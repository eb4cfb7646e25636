/** Temporal's JSON history carries payloads base64-encoded; this shows `json/plain` ones as the values they hold. */

interface Payload {
  metadata: { encoding?: string };
  data?: string;
}

const isPayload = (value: unknown): value is Payload =>
  typeof value === 'object' && value !== null && 'metadata' in value && typeof (value as Payload).metadata === 'object';

function decodeBase64Utf8(data: string): string {
  const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

function decoded(payload: Payload): unknown {
  const encoding = payload.metadata.encoding ? decodeBase64Utf8(payload.metadata.encoding) : '';
  if (encoding === 'binary/null') return null;
  if (encoding !== 'json/plain' || payload.data === undefined) return payload;
  try {
    return JSON.parse(decodeBase64Utf8(payload.data));
  } catch {
    return payload;
  }
}

export function readablePayloads(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(readablePayloads);
  if (isPayload(value)) return decoded(value);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, readablePayloads(inner)]));
  }
  return value;
}

/** The event's attributes object (e.g. `activityTaskScheduledEventAttributes`), payloads decoded. */
export function eventAttributes(event: Record<string, unknown>): unknown {
  const key = Object.keys(event).find((k) => k.endsWith('EventAttributes'));
  return key ? readablePayloads(event[key]) : {};
}
