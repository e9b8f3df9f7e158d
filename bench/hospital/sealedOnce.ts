import type { WardEvent } from '../../src/domain/events';
import type { WireEvent } from '../../src/db/wire';

/**
 * `npm run bench:hospital` only: stands in for src/db/wire's `toWire` inside src/sync/push.ts
 * (redirected by bench/hospital/vite.config.ts), so that the client's own `sendEvents` sends
 * the documents sealed once, by the real `toWire`, before the run (bench/hospital/sealedWard.ts).
 * The hub receives what a tablet sends; the tablets' sealing cost is not the hub's.
 */
const sealed = new Map<string, WireEvent>();

export function rememberSealed(wire: WireEvent): void {
  sealed.set(wire.id, wire);
}

// Same signature as the real one; the key sealed the remembered document already.
export function toWire(event: WardEvent, key: CryptoKey): Promise<WireEvent> {
  void key;
  const wire = sealed.get(event.id);
  if (!wire) return Promise.reject(new Error(`event ${event.id} was not sealed before the run`));
  return Promise.resolve(wire);
}
