import { z } from 'zod';
import { issuesFromZod, parseOrThrow, type ValidationIssue } from './validation';

/**
 * NEWS2, as printed on the Royal College of Physicians 2017 chart.
 *
 * Non-integer inputs: the chart prints integer bands (one decimal for temperature),
 * leaving gaps such as RR 11–12 or 36.0–36.1 °C. A value inside a gap scores as the
 * WORSE of the two bands around it (RR 11.5 → 1, 36.05 °C → 1, 35.05 °C → 3), so a
 * decimal never scores lower than either chart value next to it. Values are first
 * rounded to 6 decimals so that floating-point noise (36.1000000001) does not land
 * in a gap.
 */

export const CONSCIOUSNESS_LEVELS = ['A', 'C', 'V', 'P', 'U'] as const;
export type Consciousness = (typeof CONSCIOUSNESS_LEVELS)[number];

/** Physiologically possible ranges: outside them the entry is a typo (°F, 366 for 36.6). */
export const NEWS2_LIMITS = {
  respiratoryRate: { min: 0, max: 100 },
  spo2: { min: 0, max: 100 },
  systolicBp: { min: 0, max: 300 },
  pulse: { min: 0, max: 300 },
  temperature: { min: 10, max: 45 },
} as const;

// A missing field reads 'required'; anything else that is wrong (NaN, text) 'invalid'.
const typeError = (issue: { input?: unknown }) =>
  issue.input === undefined ? 'required' : 'invalid';
const measure = (limits: { min: number; max: number }) =>
  z
    .number({ error: typeError })
    .min(limits.min, { error: 'invalid' })
    .max(limits.max, { error: 'invalid' });

export const news2InputSchema = z.object({
  respiratoryRate: measure(NEWS2_LIMITS.respiratoryRate),
  spo2: measure(NEWS2_LIMITS.spo2),
  spo2Scale: z.literal([1, 2], { error: typeError }),
  onOxygen: z.boolean({ error: typeError }),
  systolicBp: measure(NEWS2_LIMITS.systolicBp),
  pulse: measure(NEWS2_LIMITS.pulse),
  consciousness: z.enum(CONSCIOUSNESS_LEVELS, { error: typeError }),
  temperature: measure(NEWS2_LIMITS.temperature),
});
export type News2Input = z.infer<typeof news2InputSchema>;
export type News2Field = keyof News2Input;
/** The seven scored parameters (spo2Scale only chooses the SpO2 band table). */
export type News2Parameter = Exclude<News2Field, 'spo2Scale'>;

export type News2Risk = 'low' | 'low-medium' | 'medium' | 'high';
/** Clinical response codes, translated by the interface (RCP chart, "NEWS thresholds and triggers"). */
export type News2Response =
  | 'routine' // 0: continue routine monitoring
  | 'ward-assessment' // 1–4: registered nurse assesses the patient
  | 'medical-review' // single 3: nurse informs the medical team, who review
  | 'urgent-review' // 5–6: urgent assessment by a clinician competent in acute illness
  | 'emergency'; // ≥7: emergency assessment, critical-care outreach, consider level 2/3
export type News2FrequencyCode = 'every-12h' | 'every-4-6h' | 'hourly' | 'continuous';
export interface News2Frequency {
  code: News2FrequencyCode;
  /** Longest allowed gap until the next observation set; null when continuous. */
  intervalMinutes: number | null;
}

export interface News2Result {
  total: number;
  scores: Record<News2Parameter, number>;
  anyParameterScores3: boolean;
  risk: News2Risk;
  response: News2Response;
  minimumFrequency: News2Frequency;
}

export interface Band {
  min: number;
  max: number;
  score: number;
}
const bands = (...rows: (readonly [number, number, number])[]): Band[] =>
  rows.map(([min, max, score]) => ({ min, max, score }));
const INF = Infinity;

const RESPIRATORY_RATE = bands([-INF, 8, 3], [9, 11, 1], [12, 20, 0], [21, 24, 2], [25, INF, 3]);
const SPO2_SCALE_1 = bands([-INF, 91, 3], [92, 93, 2], [94, 95, 1], [96, INF, 0]);
const SPO2_SCALE_2_LOW = [
  [-INF, 83, 3],
  [84, 85, 2],
  [86, 87, 1],
  [88, 92, 0],
] as const;
const SPO2_SCALE_2_AIR = bands(...SPO2_SCALE_2_LOW, [93, INF, 0]);
const SPO2_SCALE_2_OXYGEN = bands(...SPO2_SCALE_2_LOW, [93, 94, 1], [95, 96, 2], [97, INF, 3]);
const SYSTOLIC_BP = bands([-INF, 90, 3], [91, 100, 2], [101, 110, 1], [111, 219, 0], [220, INF, 3]);
const PULSE = bands(
  [-INF, 40, 3],
  [41, 50, 1],
  [51, 90, 0],
  [91, 110, 1],
  [111, 130, 2],
  [131, INF, 3],
);
const TEMPERATURE = bands(
  [-INF, 35.0, 3],
  [35.1, 36.0, 1],
  [36.1, 38.0, 0],
  [38.1, 39.0, 1],
  [39.1, INF, 2],
);

/** Points for being on oxygen, and for any consciousness level but Alert (RCP chart). */
export const OXYGEN_SCORE = 2;
export const NOT_ALERT_SCORE = 3;

/**
 * The band tables, ascending, for a chart to print (the hand-scoring grid of the vitals
 * sheet): the same tables scoreNews2 reads, never a copy. Infinite ends are open bands.
 */
export const NEWS2_BANDS = {
  respiratoryRate: RESPIRATORY_RATE,
  spo2Scale1: SPO2_SCALE_1,
  spo2Scale2Air: SPO2_SCALE_2_AIR,
  spo2Scale2Oxygen: SPO2_SCALE_2_OXYGEN,
  systolicBp: SYSTOLIC_BP,
  pulse: PULSE,
  temperature: TEMPERATURE,
} as const satisfies Record<string, readonly Band[]>;

/** Score of a value in an ascending band table; see the file comment for the gaps. */
function bandScore(raw: number, table: readonly Band[]): number {
  const value = Math.round(raw * 1e6) / 1e6;
  let below = 0;
  for (const band of table) {
    if (value >= band.min && value <= band.max) return band.score;
    if (value < band.min) return Math.max(below, band.score);
    below = band.score;
  }
  return below;
}

function frequencyFor(risk: News2Risk, total: number): [News2Response, News2Frequency] {
  if (risk === 'high') return ['emergency', { code: 'continuous', intervalMinutes: null }];
  if (risk === 'medium') return ['urgent-review', { code: 'hourly', intervalMinutes: 60 }];
  if (risk === 'low-medium') return ['medical-review', { code: 'hourly', intervalMinutes: 60 }];
  if (total === 0) return ['routine', { code: 'every-12h', intervalMinutes: 720 }];
  // The chart says 4–6 hourly: "next due" uses the stricter end.
  return ['ward-assessment', { code: 'every-4-6h', intervalMinutes: 240 }];
}

/** Scores a complete set of vitals; throws a ValidationError on an impossible value. */
export function scoreNews2(input: News2Input): News2Result {
  const v = parseOrThrow(news2InputSchema, input);
  const spo2Table =
    v.spo2Scale === 1 ? SPO2_SCALE_1 : v.onOxygen ? SPO2_SCALE_2_OXYGEN : SPO2_SCALE_2_AIR;
  const scores: Record<News2Parameter, number> = {
    respiratoryRate: bandScore(v.respiratoryRate, RESPIRATORY_RATE),
    spo2: bandScore(v.spo2, spo2Table),
    onOxygen: v.onOxygen ? OXYGEN_SCORE : 0,
    systolicBp: bandScore(v.systolicBp, SYSTOLIC_BP),
    pulse: bandScore(v.pulse, PULSE),
    consciousness: v.consciousness === 'A' ? 0 : NOT_ALERT_SCORE,
    temperature: bandScore(v.temperature, TEMPERATURE),
  };
  const total = Object.values(scores).reduce((sum, score) => sum + score, 0);
  const anyParameterScores3 = Object.values(scores).some((score) => score === 3);
  const risk: News2Risk =
    total >= 7 ? 'high' : total >= 5 ? 'medium' : anyParameterScores3 ? 'low-medium' : 'low';
  const [response, minimumFrequency] = frequencyFor(risk, total);
  return { total, scores, anyParameterScores3, risk, response, minimumFrequency };
}

/** Vitals as a form holds them: any field may still be empty. */
export type News2Draft = { [K in News2Field]?: News2Input[K] | null };

export type News2Attempt =
  | { kind: 'scored'; result: News2Result }
  | { kind: 'incomplete'; missing: News2Field[] }
  | { kind: 'invalid'; issues: ValidationIssue[]; missing: News2Field[] };

const FIELDS = Object.keys(news2InputSchema.shape) as News2Field[];
// Made once: building a zod schema costs more than a parse, and this runs for every set shown.
const partialInputSchema = news2InputSchema.partial();

/** Scores a draft when it is complete and valid; otherwise says what is missing or wrong. */
export function tryScoreNews2(draft: News2Draft): News2Attempt {
  const missing = FIELDS.filter((field) => draft[field] === undefined || draft[field] === null);
  const present = Object.fromEntries(
    FIELDS.filter((field) => !missing.includes(field)).map((field) => [field, draft[field]]),
  );
  const checked = partialInputSchema.safeParse(present);
  if (!checked.success) return { kind: 'invalid', issues: issuesFromZod(checked.error), missing };
  if (missing.length > 0) return { kind: 'incomplete', missing };
  return { kind: 'scored', result: scoreNews2(present as News2Input) };
}
