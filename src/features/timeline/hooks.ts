import { voidEntry } from '../../db/chartWrites';
import { attempt } from '../../db/errors';
import type { EventId } from '../../domain/ids';

export const tryVoidEntry = (eventId: EventId, reason: string) =>
  attempt(() => voidEntry(eventId, reason));
