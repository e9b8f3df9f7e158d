/** The shift handover sheet: pending items by urgency, what was not done and why. */
export const frPrintHandover = {
  // The no-break space before ':' is French only (added by the translator), none in English.
  field: '{label} : {text}',
  heading: '{label} :',
  yesterday: 'hier {time}',
  tomorrow: 'demain {time}',
  pending: 'À faire, le plus en retard d’abord',
  notDone: 'Non faits (tracés avec leur motif)',
  noReason: 'motif non noté',
  admissionNote: 'Note d’admission',
};
