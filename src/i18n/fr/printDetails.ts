/** Reasons, late and missed doses, units as entered, on the chart sheets (issue 10, points 3–5). */
export const frPrintDetails = {
  reasons: {
    heading: 'Motifs (ND, R, S, NF), indications, écarts et commentaires de cette feuille',
    outcome: '{code} ({outcome})',
    outcomes: {
      'not-given': 'non donné',
      refused: 'refusé',
      held: 'suspendu',
      'not-done': 'non fait',
    },
    indication: 'indication : {text}',
    override: 'dépassement de la limite « si besoin », motif : {reason}',
    deviation: 'écart ({kinds}), motif : {reason}',
    kinds: { dose: 'dose', timing: 'heure' },
    note: 'note : {text}',
    vitals: 'Constantes',
    notesTarget: 'Motif : {subject}',
  },
  overdue: {
    late: 'RETARD',
    missed: 'MANQUÉ',
    lateShort: 'RET.',
    missedShort: 'MANQ.',
  },
  mar: {
    legend:
      'Initiales = donné. ND = non donné, R = refusé, S = suspendu : motif en bas de la feuille (Motifs) et dans les transmissions. Case vide = à faire. Case épaisse RETARD = en retard à l’impression, MANQUÉ = non tracée à l’heure de la prise suivante. HR = médicament à haut risque : deux initiales par prise, qui donne et qui vérifie. Si besoin : heure et initiales de chaque prise, dans la limite par 24 h.',
  },
  carePlan: {
    legend:
      'Initiales et heure = fait. Case vide = à faire. NF = non fait, ND = non donné, R = refusé, S = suspendu : motif en bas de la feuille (Motifs) et dans les transmissions. Case épaisse RET. = en retard à l’impression, MANQ. = manqué. HR = médicament à haut risque : double vérification. Lignes vides : soins ajoutés à la main.',
  },
  glucose: {
    column: 'Glycémie',
    columnUnit: 'Glyc. {unit}',
  },
};
