import { describe, expect, it } from 'vitest';
import { CHART_EVENT_TYPES, chartPayloadSchemas } from '../../../src/domain/chartSchemas';
import { payloadSchemas } from '../../../src/domain/events';
import { noteTargetedSchema, resultPhonedSchema } from '../../../src/domain/notes';
import { schemaIssues } from './validationHelpers';

describe('note.targeted', () => {
  it('a target with data, actions and results, trimmed; empty parts dropped', () => {
    const parsed = noteTargetedSchema.parse({
      target: ' Douleur ',
      data: 'EVA 7 au flanc droit',
      actions: 'Paracétamol 1 g PO à 14 h',
      results: '',
    });
    expect(parsed).toEqual({
      target: 'Douleur',
      data: 'EVA 7 au flanc droit',
      actions: 'Paracétamol 1 g PO à 14 h',
    });
  });

  it.each([{ data: 'x' }, { actions: 'x' }, { results: 'EVA 2 à 15 h' }])(
    'one part is enough: %o',
    (part) => {
      expect(schemaIssues(noteTargetedSchema, { target: 'Douleur', ...part })).toEqual([]);
    },
  );

  it('needs a target and one of data, actions, results', () => {
    expect(schemaIssues(noteTargetedSchema, { data: 'x' })).toEqual([
      { path: 'target', code: 'required' },
    ]);
    expect(schemaIssues(noteTargetedSchema, { target: 'Chute', data: ' ', actions: '' })).toEqual([
      { path: 'data', code: 'required' },
    ]);
    expect(schemaIssues(noteTargetedSchema, { target: 'x'.repeat(121), data: 'x' })).toEqual([
      { path: 'target', code: 'tooLong' },
    ]);
  });
});

describe('result.phoned', () => {
  const call = {
    test: 'Kaliémie',
    value: '6,2',
    unit: 'mmol/L',
    calledBy: 'Laboratoire, M. Petit',
    readBack: true,
  };

  it('keeps the value as text: results are not always numbers', () => {
    expect(resultPhonedSchema.parse(call)).toEqual(call);
    expect(schemaIssues(resultPhonedSchema, { ...call, value: 'négatif', unit: '' })).toEqual([]);
    expect(resultPhonedSchema.parse({ ...call, unit: ' ' }).unit).toBeUndefined();
  });

  it('needs the test, the value, who called, and whether it was read back', () => {
    expect(schemaIssues(resultPhonedSchema, { ...call, test: '' })).toEqual([
      { path: 'test', code: 'required' },
    ]);
    expect(schemaIssues(resultPhonedSchema, { ...call, value: ' ' })).toEqual([
      { path: 'value', code: 'required' },
    ]);
    expect(schemaIssues(resultPhonedSchema, { ...call, calledBy: '' })).toEqual([
      { path: 'calledBy', code: 'required' },
    ]);
    expect(schemaIssues(resultPhonedSchema, { ...call, readBack: undefined })).toEqual([
      { path: 'readBack', code: 'required' },
    ]);
    expect(schemaIssues(resultPhonedSchema, { ...call, readBack: 'oui' })).toEqual([
      { path: 'readBack', code: 'invalid' },
    ]);
  });

  it('a read-back "no" is recorded as such', () => {
    expect(resultPhonedSchema.parse({ ...call, readBack: false }).readBack).toBe(false);
  });
});

describe('chart payload schemas', () => {
  it('are new event types: none of them is already in the log, note.written stays as it is', () => {
    for (const type of CHART_EVENT_TYPES) {
      const existing = (payloadSchemas as Record<string, unknown>)[type];
      // Once wired, the log must use exactly these schemas.
      if (existing !== undefined) expect(existing).toBe(chartPayloadSchemas[type]);
    }
    expect(CHART_EVENT_TYPES).not.toContain('note.written');
    expect(schemaIssues(payloadSchemas['note.written'], { text: 'Relève de nuit' })).toEqual([]);
  });
});
