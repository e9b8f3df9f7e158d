import type { EventType, WardEvent } from '../events';
import { CARE_LABELS, DISCHARGE_LABELS, OUTCOME_LABELS, ROUTE_LABELS } from '../fhir/codes';

// One line of text per event for the CSV export, in French (the back-entry team's language).

export const EVENT_LABELS: Record<EventType, string> = {
  'ward.configured': 'Service configuré',
  'staff.added': 'Soignant ajouté',
  'ward.settingsChanged': 'Réglages du service',
  'note.written': 'Note',
  'bed.added': 'Lit ajouté',
  'bed.updated': 'Lit modifié',
  'patient.admitted': 'Admission',
  'patient.updated': 'Dossier modifié',
  'patient.moved': 'Changement de lit',
  'patient.discharged': 'Sortie',
  'patient.identifierLinked': 'IPP rattaché',
  'tempId.reserved': 'Identifiants temporaires réservés',
  'device.named': 'Tablette nommée',
  'vitals.recorded': 'Constantes',
  'med.prescribed': 'Prescription transcrite',
  'med.stopped': 'Prescription arrêtée',
  'med.administered': 'Administration',
  'med.importChecked': 'Prescription importée vérifiée',
  'care.planned': 'Soin planifié',
  'care.done': 'Soin réalisé',
  'care.stopped': 'Soin arrêté',
  'note.targeted': 'Transmission ciblée',
  'result.phoned': 'Résultat téléphoné',
  'escalation.informed': 'Appel NEWS2',
  'event.voided': 'Annulation',
  'record.reentered': 'Ressaisi dans le dossier de l’hôpital',
  'ward.joined': 'Service commencé à part rejoint',
};

/** A number as a French spreadsheet reads it: decimal comma. */
export const frNumber = (value: number): string => String(value).replace('.', ',');

const join = (parts: (string | false | undefined)[]) =>
  parts.filter((part): part is string => typeof part === 'string' && part !== '').join(' ; ');

function vitalsSummary(v: WardEvent<'vitals.recorded'>['payload']): string {
  const n = (value: number | undefined, label: string, unit: string) =>
    value === undefined ? undefined : `${label} ${frNumber(value)}${unit}`;
  const glucose = v.bloodGlucoseAsEntered
    ? `Glycémie ${frNumber(v.bloodGlucoseAsEntered.value)} ${v.bloodGlucoseAsEntered.unit}`
    : n(v.bloodGlucose, 'Glycémie', ' mmol/L');
  return join([
    n(v.respiratoryRate, 'FR', '/min'),
    n(v.spo2, 'SpO2', ' %'),
    v.onOxygen === true &&
      `O2 ${v.oxygenDevice ?? ''}${v.oxygenFlow ? ` ${frNumber(v.oxygenFlow)} L/min` : ''}`,
    v.onOxygen === false && 'Air ambiant',
    v.systolicBp !== undefined &&
      `PA ${v.systolicBp}${v.diastolicBp !== undefined ? `/${v.diastolicBp}` : ''} mmHg`,
    n(v.pulse, 'Pouls', '/min'),
    v.consciousness && `Conscience ${v.consciousness}`,
    n(v.temperature, 'T', ' °C'),
    n(v.pain, 'Douleur', '/10'),
    glucose,
    n(v.weight, 'Poids', ' kg'),
    v.urineOutput !== undefined && `Diurèse ${v.urineOutput} mL/${v.urinePeriodHours ?? '?'} h`,
    v.comment,
  ]);
}

/** What an event says, in a line. */
export function summaryOf(event: WardEvent, drugOf: (id: string) => string | undefined): string {
  switch (event.type) {
    case 'vitals.recorded':
      return vitalsSummary(event.payload);
    case 'med.prescribed': {
      const p = event.payload;
      return join([
        p.drug,
        `${frNumber(p.dose.value)} ${p.dose.unit}`,
        ROUTE_LABELS[p.route],
        `prescrit par ${p.prescriber}`,
        p.note,
      ]);
    }
    case 'med.stopped':
      return join([drugOf(event.payload.prescriptionId), event.payload.reason]);
    case 'med.importChecked':
      return drugOf(event.payload.prescriptionId) ?? '';
    case 'med.administered': {
      const p = event.payload;
      return join([
        drugOf(p.prescriptionId),
        OUTCOME_LABELS[p.outcome],
        p.dose && `${frNumber(p.dose.value)} ${p.dose.unit}`,
        p.route && ROUTE_LABELS[p.route],
        p.reason,
        p.note,
      ]);
    }
    case 'care.planned':
      return join([event.payload.label ?? CARE_LABELS[event.payload.item], event.payload.note]);
    case 'care.done':
      return join([
        event.payload.outcome === 'done' ? 'Fait' : 'Non fait',
        event.payload.reason,
        event.payload.note,
      ]);
    case 'care.stopped':
      return event.payload.reason;
    case 'note.targeted': {
      const p = event.payload;
      return join([
        `Cible : ${p.target}`,
        p.data && `D : ${p.data}`,
        p.actions && `A : ${p.actions}`,
        p.results && `R : ${p.results}`,
      ]);
    }
    case 'note.written':
      return event.payload.text;
    case 'result.phoned': {
      const p = event.payload;
      return join([
        `${p.test} ${p.value}${p.unit ? ` ${p.unit}` : ''}`,
        `par ${p.calledBy}`,
        p.readBack ? 'relu' : 'non relu',
      ]);
    }
    case 'escalation.informed':
      return join([event.payload.role, event.payload.name, event.payload.response]);
    case 'patient.admitted':
      return join([event.payload.reason, `Dr ${event.payload.physician}`.replace('Dr Dr', 'Dr')]);
    case 'patient.updated':
      return event.payload.reason;
    case 'patient.discharged':
      return join([DISCHARGE_LABELS[event.payload.destination], event.payload.detail]);
    case 'patient.identifierLinked':
      return `${event.payload.tempId} → IPP ${event.payload.ipp}`;
    case 'event.voided':
      return event.payload.reason;
    case 'record.reentered':
      return `${event.payload.kind}, jusqu’au ${event.payload.through}`;
    case 'staff.added':
      return event.payload.name;
    case 'device.named':
      return event.payload.name;
    case 'ward.configured':
      return `${event.payload.name}, ${event.payload.establishment}`;
    case 'bed.added':
      return event.payload.label;
    case 'ward.joined':
      return join([event.payload.otherWardName, `${event.payload.added} entrées`]);
    case 'patient.moved':
    case 'bed.updated':
    case 'ward.settingsChanged':
    case 'tempId.reserved':
      return '';
  }
}
