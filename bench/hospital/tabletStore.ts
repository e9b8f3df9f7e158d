import type { WireEvent } from '../../src/db/wire';

export type Arrival = 'new' | 'again' | 'unknown' | 'altered';

const sameCipher = (a: unknown, b: { iv: string; ct: string }): boolean =>
  typeof a === 'object' && a !== null && 'iv' in a && 'ct' in a && a.iv === b.iv && a.ct === b.ct;

/** The pulled document is the sealed one, field for field (CouchDB's own `_` fields aside). */
export function sameWire(doc: Record<string, unknown>, wire: WireEvent): boolean {
  const fields = Object.keys(doc).filter((field) => !field.startsWith('_'));
  if (fields.length !== Object.keys(wire).length) return false;
  return fields.every((field) => {
    const expected = wire[field as keyof WireEvent];
    if (field === 'payload' || field === 'author')
      return sameCipher(doc[field], expected as WireEvent['payload']);
    return doc[field] === expected;
  });
}

/**
 * A simulated tablet's store, in memory: which of its ward's sealed events it holds (a byte
 * per event), each pulled document checked against the one that was sealed. Holding the
 * documents themselves for 60 tablets (8.5 million) would measure this process, not the hub.
 */
export class TabletStore {
  private readonly held: Uint8Array;
  count = 0;
  unknown = 0;
  altered = 0;

  constructor(
    private readonly wires: readonly WireEvent[],
    private readonly indexOf: ReadonlyMap<string, number>,
  ) {
    this.held = new Uint8Array(wires.length);
  }

  /** What this tablet records itself: held from the start. */
  record(position: number): void {
    if (this.held[position] === 1) return;
    this.held[position] = 1;
    this.count += 1;
  }

  /** A document pulled from the hub: kept only if it is one of the ward's, unaltered. */
  receive(doc: Record<string, unknown>): Arrival {
    const position = typeof doc._id === 'string' ? this.indexOf.get(doc._id) : undefined;
    const wire = position === undefined ? undefined : this.wires[position];
    if (position === undefined || !wire) {
      this.unknown += 1;
      return 'unknown';
    }
    if (!sameWire(doc, wire)) {
      this.altered += 1;
      return 'altered';
    }
    if (this.held[position] === 1) return 'again';
    this.record(position);
    return 'new';
  }

  /** The positions among `expected` this tablet does not hold. */
  missing(expected: Iterable<number>): number[] {
    const out: number[] = [];
    for (const position of expected) if (this.held[position] !== 1) out.push(position);
    return out;
  }
}
