import { describe, expect, it } from 'vitest';
import {
  scoreNews2,
  tryScoreNews2,
  type News2Draft,
  type News2Input,
  type News2Parameter,
} from '../../../src/domain/news2';
import { ValidationError, type ValidationIssue } from '../../../src/domain/validation';

/** Vitals scoring 0 on every parameter. */
const NORMAL: News2Input = {
  respiratoryRate: 16,
  spo2: 97,
  spo2Scale: 1,
  onOxygen: false,
  systolicBp: 120,
  pulse: 70,
  consciousness: 'A',
  temperature: 37.0,
};

const score = (changes: Partial<News2Input>) => scoreNews2({ ...NORMAL, ...changes });

function issuesOf(run: () => unknown): ValidationIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('NEWS2 parameter bands (RCP 2017 chart)', () => {
  const cases = (parameter: News2Parameter, rows: [number, number][]) =>
    rows.map(([value, expected]) => ({ parameter, value, expected }));

  it.each([
    ...cases('respiratoryRate', [
      [0, 3],
      [8, 3],
      [9, 1],
      [11, 1],
      [12, 0],
      [20, 0],
      [21, 2],
      [24, 2],
      [25, 3],
      [100, 3],
    ]),
    ...cases('systolicBp', [
      [0, 3],
      [90, 3],
      [91, 2],
      [100, 2],
      [101, 1],
      [110, 1],
      [111, 0],
      [219, 0],
      [220, 3],
      [300, 3],
    ]),
    ...cases('pulse', [
      [0, 3],
      [40, 3],
      [41, 1],
      [50, 1],
      [51, 0],
      [90, 0],
      [91, 1],
      [110, 1],
      [111, 2],
      [130, 2],
      [131, 3],
      [300, 3],
    ]),
    ...cases('temperature', [
      [10, 3],
      [35.0, 3],
      [35.1, 1],
      [36.0, 1],
      [36.1, 0],
      [38.0, 0],
      [38.1, 1],
      [39.0, 1],
      [39.1, 2],
      [45, 2],
    ]),
  ])('$parameter $value scores $expected', ({ parameter, value, expected }) => {
    const result = score({ [parameter]: value });
    expect(result.scores[parameter]).toBe(expected);
    expect(result.total).toBe(expected);
  });

  it.each([
    [0, 3],
    [91, 3],
    [92, 2],
    [93, 2],
    [94, 1],
    [95, 1],
    [96, 0],
    [100, 0],
  ])('SpO2 scale 1: %d%% scores %d, on air and on oxygen alike', (spo2, expected) => {
    expect(score({ spo2 }).scores.spo2).toBe(expected);
    expect(score({ spo2, onOxygen: true }).scores.spo2).toBe(expected);
  });

  it.each([
    [0, 3, 3],
    [83, 3, 3],
    [84, 2, 2],
    [85, 2, 2],
    [86, 1, 1],
    [87, 1, 1],
    [88, 0, 0],
    [92, 0, 0],
    [93, 0, 1],
    [94, 0, 1],
    [95, 0, 2],
    [96, 0, 2],
    [97, 0, 3],
    [100, 0, 3],
  ])('SpO2 scale 2: %d%% scores %d on air, %d on oxygen', (spo2, onAir, onOxygen) => {
    expect(score({ spo2, spo2Scale: 2 }).scores.spo2).toBe(onAir);
    expect(score({ spo2, spo2Scale: 2, onOxygen: true }).scores.spo2).toBe(onOxygen);
  });

  it.each([
    [false, 0],
    [true, 2],
  ])('on oxygen %s scores %d', (onOxygen, expected) => {
    const result = score({ onOxygen });
    expect(result.scores.onOxygen).toBe(expected);
    expect(result.total).toBe(expected);
  });

  it.each([
    ['A', 0],
    ['C', 3],
    ['V', 3],
    ['P', 3],
    ['U', 3],
  ] as const)('consciousness %s scores %d', (consciousness, expected) => {
    expect(score({ consciousness }).scores.consciousness).toBe(expected);
  });
});

describe('NEWS2 values between chart bands score as the worse neighbour', () => {
  it.each<[Partial<News2Input>, News2Parameter, number]>([
    [{ respiratoryRate: 8.5 }, 'respiratoryRate', 3],
    [{ respiratoryRate: 11.5 }, 'respiratoryRate', 1],
    [{ respiratoryRate: 20.5 }, 'respiratoryRate', 2],
    [{ respiratoryRate: 24.5 }, 'respiratoryRate', 3],
    [{ spo2: 91.5 }, 'spo2', 3],
    [{ spo2: 93.5 }, 'spo2', 2],
    [{ spo2: 95.5 }, 'spo2', 1],
    [{ spo2: 92.5, spo2Scale: 2 }, 'spo2', 0],
    [{ spo2: 92.5, spo2Scale: 2, onOxygen: true }, 'spo2', 1],
    [{ spo2: 96.5, spo2Scale: 2, onOxygen: true }, 'spo2', 3],
    [{ systolicBp: 90.5 }, 'systolicBp', 3],
    [{ systolicBp: 110.5 }, 'systolicBp', 1],
    [{ systolicBp: 219.5 }, 'systolicBp', 3],
    [{ pulse: 50.5 }, 'pulse', 1],
    [{ pulse: 90.5 }, 'pulse', 1],
    [{ pulse: 130.5 }, 'pulse', 3],
    [{ temperature: 35.05 }, 'temperature', 3],
    [{ temperature: 36.05 }, 'temperature', 1],
    [{ temperature: 38.05 }, 'temperature', 1],
    [{ temperature: 39.05 }, 'temperature', 2],
    // Floating-point noise is not a gap.
    [{ temperature: 36.1 - 1e-12 }, 'temperature', 0],
    [{ temperature: 38.0 + 1e-12 }, 'temperature', 0],
  ])('%o → %s scores %d', (changes, parameter, expected) => {
    expect(score(changes).scores[parameter]).toBe(expected);
  });
});

describe('NEWS2 totals, risk, response and minimum frequency', () => {
  it.each<[string, Partial<News2Input>, number, boolean, string, string, string, number | null]>([
    ['all normal', {}, 0, false, 'low', 'routine', 'every-12h', 720],
    ['one 1', { pulse: 95 }, 1, false, 'low', 'ward-assessment', 'every-4-6h', 240],
    [
      'two 2s',
      { respiratoryRate: 22, onOxygen: true },
      4,
      false,
      'low',
      'ward-assessment',
      'every-4-6h',
      240,
    ],
    ['a single 3', { consciousness: 'C' }, 3, true, 'low-medium', 'medical-review', 'hourly', 60],
    [
      'a 3 and a 1',
      { respiratoryRate: 8, pulse: 95 },
      4,
      true,
      'low-medium',
      'medical-review',
      'hourly',
      60,
    ],
    [
      '5 without a 3',
      { respiratoryRate: 22, systolicBp: 95, pulse: 95 },
      5,
      false,
      'medium',
      'urgent-review',
      'hourly',
      60,
    ],
    [
      '5 with a 3',
      { respiratoryRate: 25, systolicBp: 95 },
      5,
      true,
      'medium',
      'urgent-review',
      'hourly',
      60,
    ],
    [
      '6',
      { respiratoryRate: 22, systolicBp: 95, pulse: 115 },
      6,
      false,
      'medium',
      'urgent-review',
      'hourly',
      60,
    ],
    [
      '7',
      { respiratoryRate: 22, systolicBp: 95, pulse: 115, temperature: 38.5 },
      7,
      false,
      'high',
      'emergency',
      'continuous',
      null,
    ],
    [
      'the maximum',
      {
        respiratoryRate: 30,
        spo2: 85,
        onOxygen: true,
        systolicBp: 80,
        pulse: 140,
        consciousness: 'U',
        temperature: 34,
      },
      20,
      true,
      'high',
      'emergency',
      'continuous',
      null,
    ],
  ])('%s: total %d', (_, changes, total, any3, risk, response, code, intervalMinutes) => {
    const result = score(changes);
    expect(result.total).toBe(total);
    expect(result.anyParameterScores3).toBe(any3);
    expect(result.risk).toBe(risk);
    expect(result.response).toBe(response);
    expect(result.minimumFrequency).toEqual({ code, intervalMinutes });
  });

  it('adds up every parameter', () => {
    const result = score({
      respiratoryRate: 21,
      spo2: 93,
      onOxygen: true,
      systolicBp: 105,
      pulse: 45,
      consciousness: 'V',
      temperature: 39.5,
    });
    expect(result.scores).toEqual({
      respiratoryRate: 2,
      spo2: 2,
      onOxygen: 2,
      systolicBp: 1,
      pulse: 1,
      consciousness: 3,
      temperature: 2,
    });
    expect(result.total).toBe(13);
  });
});

describe('NEWS2 rejects impossible input', () => {
  it.each<[string, Record<string, unknown>, ValidationIssue]>([
    [
      'NaN respiratory rate',
      { respiratoryRate: NaN },
      { path: 'respiratoryRate', code: 'invalid' },
    ],
    ['negative pulse', { pulse: -1 }, { path: 'pulse', code: 'invalid' }],
    ['SpO2 over 100', { spo2: 100.5 }, { path: 'spo2', code: 'invalid' }],
    ['infinite systolic', { systolicBp: Infinity }, { path: 'systolicBp', code: 'invalid' }],
    ['temperature in °F', { temperature: 98.6 }, { path: 'temperature', code: 'invalid' }],
    [
      'temperature with a slipped decimal',
      { temperature: 3.7 },
      { path: 'temperature', code: 'invalid' },
    ],
    ['temperature as text', { temperature: '37' }, { path: 'temperature', code: 'invalid' }],
    ['a scale 3', { spo2Scale: 3 }, { path: 'spo2Scale', code: 'invalid' }],
    [
      'an unknown consciousness',
      { consciousness: 'X' },
      { path: 'consciousness', code: 'invalid' },
    ],
    ['a missing oxygen flag', { onOxygen: undefined }, { path: 'onOxygen', code: 'required' }],
    ['a missing pulse', { pulse: undefined }, { path: 'pulse', code: 'required' }],
  ])('%s', (_, changes, issue) => {
    // A set that is not a News2Input, as a caller might pass it: the score checks it itself.
    const input: Record<string, unknown> = { ...NORMAL, ...changes };
    expect(() => scoreNews2(input as News2Input)).toThrow(ValidationError);
    expect(issuesOf(() => scoreNews2(input as News2Input))).toEqual([issue]);
  });

  it.each<Partial<News2Input>>([
    { spo2: 100 },
    { spo2: 0 },
    { temperature: 45 },
    { temperature: 10 },
    { respiratoryRate: 0 },
  ])('accepts the limit %o', (changes) => {
    expect(() => score(changes)).not.toThrow();
  });
});

describe('tryScoreNews2 on a draft', () => {
  it('lists every field of an empty draft as missing', () => {
    expect(tryScoreNews2({})).toEqual({
      kind: 'incomplete',
      missing: [
        'respiratoryRate',
        'spo2',
        'spo2Scale',
        'onOxygen',
        'systolicBp',
        'pulse',
        'consciousness',
        'temperature',
      ],
    });
  });

  it.each<[string, News2Draft, string[]]>([
    ['an undefined temperature', { ...NORMAL, temperature: undefined }, ['temperature']],
    ['a null pulse', { ...NORMAL, pulse: null }, ['pulse']],
    ['two missing', { ...NORMAL, spo2: null, consciousness: undefined }, ['spo2', 'consciousness']],
  ])('is incomplete with %s', (_, draft, missing) => {
    expect(tryScoreNews2(draft)).toEqual({ kind: 'incomplete', missing });
  });

  it('scores a complete draft, where false and 0 are values, not gaps', () => {
    const draft = { ...NORMAL, onOxygen: false, respiratoryRate: 0 };
    expect(tryScoreNews2(draft)).toEqual({ kind: 'scored', result: scoreNews2(draft) });
    expect(scoreNews2(draft).total).toBe(3);
  });

  it('reports an impossible value even while fields are missing', () => {
    expect(tryScoreNews2({ ...NORMAL, spo2: 120, pulse: null })).toEqual({
      kind: 'invalid',
      issues: [{ path: 'spo2', code: 'invalid' }],
      missing: ['pulse'],
    });
  });

  it('reports NaN as invalid, not as missing', () => {
    expect(tryScoreNews2({ ...NORMAL, respiratoryRate: NaN })).toMatchObject({
      kind: 'invalid',
      issues: [{ path: 'respiratoryRate', code: 'invalid' }],
      missing: [],
    });
  });
});
