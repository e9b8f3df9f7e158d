import { ofType, type EventType, type WardEvent } from '../events';
import { EDITED_FIELDS, sameValue, type EditedField } from '../headerMerge';
import type { EventId } from '../ids';
import { byStamp, compareStamps, stampOf } from '../order';
import { voidedIds } from '../voids';
import type { HeaderConflict } from './types';

// Causality, not clocks: a header edit ('patient.updated' v2) says which edits of the fields
// it writes it was based on (`basedOn`: the last edits of those fields its tablet knew). Two
// edits of a field, neither based on the other (directly or through others), holding
// different values, are in conflict until an edit based on both. An edit without `basedOn`
// (v1, written before tablets shared a ward) comes after every edit before it in log order.

type Edit = WardEvent<'patient.updated'>;

/** The event types of a patient's log that header causality needs (with their voids). */
export const HEADER_LOG = [
  'patient.admitted',
  'patient.updated',
  'event.voided',
] as const satisfies readonly EventType[];

/** Whether an edit sets this field: gives it a value, or clears it. */
export function sets(edit: Edit, field: EditedField): boolean {
  const { identity, clinical, cleared } = edit.payload;
  return (
    (identity !== undefined &&
      field in identity &&
      identity[field as keyof typeof identity] !== undefined) ||
    (clinical !== undefined &&
      field in clinical &&
      clinical[field as keyof typeof clinical] !== undefined) ||
    (cleared ?? []).some((name) => name === field)
  );
}

/** The value an edit gives the field (undefined: cleared). */
export function valueSet(edit: Edit, field: EditedField): unknown {
  const { identity = {}, clinical = {} } = edit.payload;
  return (
    (identity as Record<string, unknown>)[field] ?? (clinical as Record<string, unknown>)[field]
  );
}

/** The edits of the current stay (after the last admission that stands), oldest first. */
function stayEdits(events: readonly WardEvent[]): { edits: Edit[]; voided: Set<EventId> } {
  const voided = voidedIds(events);
  const admissions = byStamp(ofType(events, 'patient.admitted')).filter((e) => !voided.has(e.id));
  const since = admissions.at(-1);
  const edits = byStamp(ofType(events, 'patient.updated')).filter(
    (edit) => !since || compareStamps(stampOf(since), stampOf(edit)) < 0,
  );
  return { edits, voided };
}

/** Every edit each edit is based on, directly or through others. */
function ancestry(edits: readonly Edit[]): Map<EventId, Set<EventId>> {
  const byId = new Map(edits.map((edit, index) => [edit.id, index] as const));
  const memo = new Map<EventId, Set<EventId>>();
  const of = (edit: Edit): Set<EventId> => {
    const known = memo.get(edit.id);
    if (known) return known;
    const result = new Set<EventId>();
    memo.set(edit.id, result); // set first: a cycle (forged) cannot loop
    const index = byId.get(edit.id) ?? 0;
    const parents = edit.payload.basedOn ?? edits.slice(0, index).map((e) => e.id);
    for (const parent of parents) {
      result.add(parent);
      const known = byId.get(parent);
      const parentEdit = known === undefined ? undefined : edits[known];
      if (parentEdit) for (const id of of(parentEdit)) result.add(id);
    }
    return result;
  };
  for (const edit of edits) of(edit);
  return memo;
}

/** The edits of a field that stand and that no other standing edit of it is based on. */
function heads(
  edits: readonly Edit[],
  voided: ReadonlySet<EventId>,
  above: ReadonlyMap<EventId, ReadonlySet<EventId>>,
  field: EditedField,
): Edit[] {
  const standing = edits.filter((edit) => !voided.has(edit.id) && sets(edit, field));
  return standing.filter(
    (edit) => !standing.some((other) => other !== edit && above.get(other.id)?.has(edit.id)),
  );
}

/**
 * What an edit of these fields written now is based on: the heads of each field in the
 * patient's log (one edit each, or the two in conflict when a nurse chooses between them).
 * `events` is the patient's log (updates, admissions and voids are enough).
 */
export function basedOnFor(
  events: readonly WardEvent[],
  fields: readonly EditedField[],
): EventId[] {
  const { edits, voided } = stayEdits(events);
  const above = ancestry(edits);
  const ids = new Set(
    fields.flatMap((field) => heads(edits, voided, above, field).map((e) => e.id)),
  );
  return [...ids].sort();
}

/** The header fields changed on two tablets at the same time, each with the edits in conflict. */
export function headerConflicts(events: readonly WardEvent[]): HeaderConflict[] {
  const { edits, voided } = stayEdits(events);
  if (edits.length < 2) return [];
  const above = ancestry(edits);
  return EDITED_FIELDS.flatMap((field): HeaderConflict[] => {
    const found = heads(edits, voided, above, field);
    const [first, ...others] = found;
    if (
      !first?.patientId ||
      others.every((edit) => sameValue(valueSet(edit, field), valueSet(first, field)))
    ) {
      return [];
    }
    return [
      {
        kind: 'header',
        key: `header|${first.patientId}|${field}`,
        patientId: first.patientId,
        field,
        entries: found,
      },
    ];
  });
}
