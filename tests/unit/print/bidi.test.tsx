// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { WardEvent } from '../../../src/domain/events';
import { NotesPanel } from '../../../src/features/notes/NotesPanel';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { chart } from '../domain/chartFixtures';
import { renderPack, sheetsOf } from './renderPack';
import { NOW, patientIn, source } from './printFixtures';

afterEach(cleanup);

const P1 = '00000000-0000-7000-8000-0000000000b1';
const RLO = '\u202E';
const CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const AT = new Date(Date.parse(NOW) - 3_600_000).toISOString();

/** A phoned result typed with a right-to-left override, through the schema as a write would. */
const typed = (): WardEvent =>
  chart(
    'result.phoned',
    {
      test: 'Troponine',
      value: `${RLO}< 0,01`,
      unit: 'µg/L',
      calledBy: 'Dr Martin',
      readBack: true,
    },
    AT,
    { patientId: P1 },
  );

/** The same, stored before the schemas refused controls: the display must not obey them. */
const legacy = (): WardEvent => {
  const event = typed();
  if (event.type !== 'result.phoned') throw new Error('not a result');
  return {
    ...event,
    payload: { ...event.payload, value: `${RLO}< 0,01`, note: `Rappeler ${RLO}si > 0,1` },
  };
};

function screenText(events: WardEvent[]): string {
  const patient = patientIn(1, P1, 'Durand');
  const view = render(
    <I18nProvider>
      <NotesPanel patient={patient} events={events} />
    </I18nProvider>,
  );
  return view.container.textContent ?? '';
}

function paperText(events: WardEvent[]): string {
  return renderPack(
    sheetsOf(['notes'], [P1]),
    source([patientIn(1, P1, 'Durand')], { [P1]: events }),
  ).text;
}

describe('a phoned result typed with a right-to-left override', () => {
  it.each([
    ['typed now', typed],
    ['stored before the rule', legacy],
  ])('%s: reads "< 0,01" in logical order on screen, with no control character', (_, make) => {
    const text = screenText([make()]);
    expect(text).toContain('< 0,01');
    expect(text).not.toMatch(CONTROL);
  });

  it.each([
    ['typed now', typed],
    ['stored before the rule', legacy],
  ])('%s: reads "< 0,01" in logical order on the notes sheet', (_, make) => {
    const text = paperText([make()]);
    expect(text).toContain('< 0,01');
    expect(text).not.toMatch(CONTROL);
  });
});
