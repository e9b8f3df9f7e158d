import type { Messages } from '../types';
import { enChartingCare } from './chartingCare';
import { enChartingMeds } from './chartingMeds';
import { enChartingVitals } from './chartingVitals';

export const enCharting: Messages['charting'] = {
  nav: { todo: 'To do' },
  titles: {
    vitals: 'Record observations',
    trends: 'Observation charts and table',
    scale: 'Patient’s SpO2 scale',
    prescribe: 'Transcribe a paper prescription',
    change: 'Change a prescription',
    give: 'Administer',
    'plan-care': 'Plan care',
    note: 'Focus note',
    result: 'Phoned result',
  },
  sections: {
    label: 'Record sections',
    vitals: 'Observations',
    due: 'To do',
    mar: 'Medications',
    care: 'Care',
    notes: 'Notes',
    timeline: 'Whole record',
  },
  saved: {
    vitals: 'Observations saved.',
    scale: 'SpO2 scale saved.',
    prescribed: 'Prescription saved.',
    changed: 'Prescription change saved.',
    given: 'Administration saved.',
    notGiven: 'Dose not given saved, with its reason.',
    planned: 'Care planned.',
    note: 'Note saved.',
    result: 'Result saved.',
  },
  common: {
    by: '{time} — {author}',
    late: 'entered on {time}',
    more: 'Show more',
    beforeStay: 'This time is before the patient’s admission.',
  },
  ...enChartingVitals,
  ...enChartingMeds,
  ...enChartingCare,
};
