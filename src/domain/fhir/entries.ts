import type { Communication, Encounter, Patient, Procedure, Reference } from '@medplum/fhirtypes';
import type { WardEvent } from '../events';
import type { BundleBuilder } from './builder';
import { CARE_LABELS, concept, local } from './codes';
import { fhirTime, SYSTEM } from './ids';

interface Context {
  subject: Reference<Patient>;
  encounter: Reference<Encounter> | undefined;
}

/** Care done (completed) or not done (with why), named after its plan's item. */
export function procedureResource(
  b: BundleBuilder,
  event: WardEvent<'care.done'>,
  plan: WardEvent<'care.planned'> | undefined,
  { subject, encounter }: Context,
) {
  const p = event.payload;
  const item = plan?.payload.item ?? 'other';
  const label = plan?.payload.label ?? CARE_LABELS[item];
  const status = b.voidOf(event)
    ? 'entered-in-error'
    : p.outcome === 'done'
      ? 'completed'
      : 'not-done';
  const notes = b.notes(event, p.note, `Soin prévu à ${p.dueAt}`, plan?.payload.note);
  const resource: Procedure & { id: string } = {
    resourceType: 'Procedure',
    id: event.id,
    meta: b.meta(event),
    identifier: [{ system: SYSTEM.event, value: event.id }],
    status,
    ...(p.outcome === 'not-done' ? { statusReason: { text: p.reason ?? 'Non fait' } } : {}),
    category: concept(local('nursing-care', 'Soin infirmier')),
    code: concept(local(`care-${item}`, CARE_LABELS[item]), label),
    subject,
    ...(encounter ? { encounter } : {}),
    performedDateTime: fhirTime(event.at),
    performer: [{ actor: b.author(event.author) }],
    ...(notes ? { note: notes } : {}),
  };
  b.add(resource, [event]);
}

type NoteEvent = WardEvent<
  'note.targeted' | 'note.written' | 'result.phoned' | 'escalation.informed'
>;

const ROLE = {
  physician: 'Médecin',
  intern: 'Interne',
  met: 'Équipe de réanimation (MET)',
  manager: 'Cadre de santé',
};

/** What a note says, as paragraphs, with its kind. */
function contentOf(event: NoteEvent): {
  kind: [string, string];
  parts: string[];
  recipient?: string;
  sender?: string;
} {
  switch (event.type) {
    case 'note.targeted': {
      const p = event.payload;
      return {
        kind: ['targeted-note', 'Transmission ciblée'],
        parts: [
          `Cible : ${p.target}`,
          ...(p.data ? [`Données : ${p.data}`] : []),
          ...(p.actions ? [`Actions : ${p.actions}`] : []),
          ...(p.results ? [`Résultats : ${p.results}`] : []),
        ],
      };
    }
    case 'note.written':
      return { kind: ['note', 'Note'], parts: [event.payload.text] };
    case 'result.phoned': {
      const p = event.payload;
      return {
        kind: ['phoned-result', 'Résultat transmis par téléphone'],
        parts: [
          `${p.test} : ${p.value}${p.unit ? ` ${p.unit}` : ''}`,
          `Transmis par ${p.calledBy}; relu et confirmé : ${p.readBack ? 'oui' : 'non'}`,
          ...(p.note ? [p.note] : []),
        ],
        sender: p.calledBy,
      };
    }
    case 'escalation.informed': {
      const p = event.payload;
      const who = [ROLE[p.role], p.name].filter(Boolean).join(' ');
      return {
        kind: ['escalation', 'Appel pour un score NEWS2 élevé'],
        parts: [`Prévenu : ${who}`, ...(p.response ? [`Réponse : ${p.response}`] : [])],
        recipient: who,
      };
    }
  }
}

/** A note, a phoned result or a call about NEWS2, as a Communication (text kept whole). */
export function communicationResource(
  b: BundleBuilder,
  event: NoteEvent,
  { subject, encounter }: Context,
  about: Reference | undefined,
) {
  const { kind, parts, recipient, sender } = contentOf(event);
  const author = b.author(event.author);
  const voided = b.voidOf(event);
  const resource: Communication & { id: string } = {
    resourceType: 'Communication',
    id: event.id,
    meta: b.meta(event),
    identifier: [{ system: SYSTEM.event, value: event.id }],
    status: voided ? 'entered-in-error' : 'completed',
    category: [concept(local(kind[0], kind[1]))],
    subject,
    ...(encounter ? { encounter } : {}),
    ...(about ? { about: [about] } : {}),
    sent: fhirTime(event.at),
    sender: sender ? { display: sender } : author,
    recipient: recipient ? [{ display: recipient }] : sender ? [author] : [],
    payload: parts.map((contentString) => ({ contentString })),
    ...(voided ? { note: b.notes(event) } : {}),
  };
  if (resource.recipient?.length === 0) delete resource.recipient;
  b.add(resource, [event]);
}
