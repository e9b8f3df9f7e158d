import type { Allergies } from '../admission';
import type { EventType, Payload, WardEvent } from '../events';
import type { PatientId } from '../ids';
import type { Tag } from './catalog';
import type { WardClock } from './clock';
import type { Emitter, Who } from './emitter';
import type { DemoBed, Stay } from './occupancy';
import type { Rng } from './random';

/** One stay being charted: its generator, its times and what the patient has. */
export class StayContext {
  /** Charting events that a correction may strike out (vitals, doses, care, notes). */
  readonly correctable: WardEvent[] = [];
  /** The admission: everything of the stay is entered after it. */
  admission: WardEvent | null = null;

  constructor(
    readonly rng: Rng,
    readonly emitter: Emitter,
    readonly stay: Stay,
    readonly beds: readonly DemoBed[],
    /** Charting runs in [from, to): from the census or admission to discharge or the end. */
    readonly from: number,
    readonly to: number,
    readonly tags: ReadonlySet<Tag>,
    readonly allergies: Allergies,
    readonly physician: string,
  ) {}

  get clock(): WardClock {
    return this.emitter.clock;
  }

  get patientId(): PatientId {
    return this.stay.patientId;
  }

  /** The half of the ward the patient lies in at `at`. */
  group(at: number): number {
    let bed = this.stay.beds[0]?.bed ?? 0;
    for (const move of this.stay.beds) if (move.from <= at) bed = move.bed;
    return this.beds[bed]?.group ?? 0;
  }

  emit<T extends EventType>(
    type: T,
    at: number,
    payload: Payload<T>,
    options: { after?: readonly WardEvent[]; who?: Who; delay?: number } = {},
  ): WardEvent<T> {
    return this.emitter.emit(this.rng, {
      type,
      patientId: this.patientId,
      at,
      payload,
      group: this.group(at),
      ...options,
      after: [...(options.after ?? []), ...(this.admission ? [this.admission] : [])],
    });
  }

  /** Whether an instant is inside the charting window. */
  within(at: number): boolean {
    return at >= this.from && at < this.to;
  }
}
