import type { WardEvent } from '../../domain/events';
import type { PackItem, PrintDoc } from '../../print/models/pack';

/** A document as built, with the inputs it was built from. */
export interface BuiltDoc {
  inputs: readonly unknown[];
  doc: PrintDoc;
}

/** The same inputs, one by one (Object.is): a document built from them is the same. */
export const sameInputs = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((value, index) => Object.is(value, b[index]));

/**
 * The documents of a plan already built from the same inputs, in plan order; undefined for
 * those still to build (new in the plan, or built from other inputs).
 */
export const reusedDocs = (
  plan: readonly PackItem[],
  built: ReadonlyMap<string, BuiltDoc>,
): (PrintDoc | undefined)[] =>
  plan.map((item) => {
    const done = built.get(item.key);
    return done && sameInputs(done.inputs, item.inputs) ? done.doc : undefined;
  });

/**
 * What the preview shows meanwhile: each planned document as last built for its key, stale
 * ones too (replaced in place once rebuilt: a new print time or a new event must not unmount
 * every page at once), and how many are still to build. Never printed while any is.
 */
export function shownDocs(
  plan: readonly PackItem[],
  built: ReadonlyMap<string, BuiltDoc>,
): { docs: (PrintDoc | undefined)[]; toBuild: number } {
  const fresh = reusedDocs(plan, built);
  return {
    docs: plan.map((item, index) => fresh[index] ?? built.get(item.key)?.doc),
    toBuild: fresh.filter((doc) => !doc).length,
  };
}

/** How many slices of a plan's sheet have run (`PackItem.steps`): the next step goes on from there. */
const stepsRun = new WeakMap<readonly (() => void)[], number>();

/**
 * Builds, in plan order, documents still missing until `most` pages or `ms` milliseconds
 * (at least one document), and returns the built ones with them, and the pages built.
 * Documents of keys no longer planned are dropped: a key back in a later plan is built
 * again, and drawn a few at a time like any other.
 */
export function buildSome(
  plan: readonly PackItem[],
  built: ReadonlyMap<string, BuiltDoc>,
  limits: { most: number; ms: number },
  clock: () => number,
): { built: Map<string, BuiltDoc>; pages: number } {
  const started = clock();
  const planned = new Set(plan.map((item) => item.key));
  const next = new Map([...built].filter(([key]) => planned.has(key)));
  const shown = reusedDocs(plan, built);
  let pages = 0;
  let count = 0;
  const spent = () => count > 0 && (pages >= limits.most || clock() - started > limits.ms);
  for (const [index, item] of plan.entries()) {
    if (shown[index]) continue;
    if (spent()) break;
    // A sheet cut in slices: as many as the step allows (one at least), built once all ran
    // (a slice already run finds its result kept and returns at once).
    const steps = item.steps ?? [];
    let ran = stepsRun.get(steps) ?? 0;
    for (const first = ran; ran < steps.length; ran += 1) {
      if (ran > first && clock() - started > limits.ms) break;
      steps[ran]?.();
      count += 1;
    }
    stepsRun.set(steps, ran);
    if (ran < steps.length) break;
    const doc = item.build();
    next.set(item.key, { inputs: item.inputs, doc });
    pages += doc.pageCount;
    count += 1;
  }
  return { built: next, pages };
}

/** Two lists of the same events: same ids in the same order (the log is append-only). */
const sameEvents = (a: readonly WardEvent[], b: readonly WardEvent[]) =>
  a.length === b.length && a.every((event, index) => event.id === b[index]?.id);

/**
 * The events read again (a new event anywhere re-runs the read), with each patient's list
 * kept as before when it holds the same events: documents of the patients whose log did not
 * change keep their inputs, so they are not rebuilt. The whole map is kept when nothing did.
 */
export function keepSameEvents(
  before: ReadonlyMap<string, readonly WardEvent[]> | undefined,
  read: ReadonlyMap<string, readonly WardEvent[]>,
): ReadonlyMap<string, readonly WardEvent[]> {
  if (!before) return read;
  let changed = before.size !== read.size;
  const next = new Map<string, readonly WardEvent[]>();
  for (const [id, events] of read) {
    const previous = before.get(id);
    const kept = previous && sameEvents(previous, events) ? previous : events;
    if (kept !== previous) changed = true;
    next.set(id, kept);
  }
  return changed ? next : before;
}
