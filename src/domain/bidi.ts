/**
 * Bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069),
 * the left-to-right, right-to-left and Arabic letter marks. An override typed or pasted into
 * free text reorders what follows on screen and on paper ("< 0,01" read as "> 0,10"). Clinical
 * text never needs them: the display isolates each user text instead.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** The text without its bidirectional controls; characters stay in the order typed. */
export const stripBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');
