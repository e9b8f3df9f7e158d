import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { payloadSchemas, type EventType } from '../../../../src/domain/events';

/**
 * Frozen events (issue 11): one JSON file per event type and payload version, as an app of
 * that version stored it (`v<N>/<type>.json`), and the JSON Schema of each version's payload
 * (`schemas/<type>.v<N>.json`). Released files are never edited: a new version adds files.
 */
const HERE = fileURLToPath(new URL('.', import.meta.url));

export const fixturePath = (type: string, v: number) => `${HERE}v${v}/${type}.json`;
export const schemaPath = (type: string, v: number) => `${HERE}schemas/${type}.v${v}.json`;

/** A frozen event as stored: clear fields, version and payload. */
export interface FrozenEvent {
  id: string;
  wardId: string;
  patientId: string | null;
  type: string;
  at: string;
  recordedAt: string;
  author: unknown;
  deviceId: string;
  v?: number;
  payload: unknown;
}

export function frozenEvent(type: string, v: number): FrozenEvent {
  return JSON.parse(readFileSync(fixturePath(type, v), 'utf8')) as FrozenEvent;
}

export const hasFixture = (type: string, v: number) => existsSync(fixturePath(type, v));

/** Every frozen file as `{ type, v }`, whatever the app knows today. */
export function frozenFiles(): { type: string; v: number }[] {
  return readdirSync(HERE)
    .filter((dir) => /^v\d+$/.test(dir))
    .flatMap((dir) =>
      readdirSync(`${HERE}${dir}`)
        .filter((file) => file.endsWith('.json'))
        .map((file) => ({ type: file.slice(0, -'.json'.length), v: Number(dir.slice(1)) })),
    );
}

/**
 * The payload schema of a type as JSON Schema, as the form accepts it (`io: 'input'`).
 * Refinements and transforms do not show: a change to those needs a version all the same.
 */
export const payloadJsonSchema = (type: EventType): unknown =>
  JSON.parse(
    JSON.stringify(z.toJSONSchema(payloadSchemas[type], { io: 'input', unrepresentable: 'any' })),
  );

export const frozenSchema = (type: string, v: number): unknown =>
  existsSync(schemaPath(type, v))
    ? (JSON.parse(readFileSync(schemaPath(type, v), 'utf8')) as unknown)
    : undefined;

/** Writes a schema not frozen yet (FREEZE_EVENT_SCHEMAS=1); never one already released. */
export function freezeSchema(type: EventType, v: number): void {
  if (existsSync(schemaPath(type, v))) return;
  writeFileSync(schemaPath(type, v), `${JSON.stringify(payloadJsonSchema(type), null, 2)}\n`);
}
