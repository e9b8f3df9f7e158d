/**
 * Messages whose words change with a number or with the patient's sex. They are tagged
 * objects (not bare { one, other }) so that a namespace that happens to have keys named
 * `one` or `other` is never mistaken for one.
 */
export interface PluralForms {
  one: string;
  other: string;
  /** French uses "many" for large round numbers (1 000 000 de…); `other` when absent. */
  many?: string;
  zero?: string;
  two?: string;
  few?: string;
}
export interface PluralMessage {
  kind: 'plural';
  forms: PluralForms;
}

/** Variants by the patient's administrative sex: F, M, or I/unknown (`other`). */
export interface SexForms {
  female: string;
  male: string;
  other: string;
}
export interface SexMessage {
  kind: 'sex';
  forms: SexForms;
}

export type Message = string | PluralMessage | SexMessage;

/** A message chosen with Intl.PluralRules from the `count` param. */
export const plural = (forms: PluralForms): PluralMessage => ({ kind: 'plural', forms });

/** A message agreeing with the patient's sex, from the `sex` param ('F', 'M', 'I'). */
export const bySex = (forms: SexForms): SexMessage => ({ kind: 'sex', forms });

function isMessageObject(node: unknown): node is PluralMessage | SexMessage {
  if (typeof node !== 'object' || node === null || !('kind' in node) || !('forms' in node))
    return false;
  return node.kind === 'plural' || node.kind === 'sex';
}

export function isMessage(node: unknown): node is Message {
  return typeof node === 'string' || isMessageObject(node);
}

type Params = Record<string, string | number>;

const rulesCache = new Map<string, Intl.PluralRules>();
function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesCache.get(locale);
  if (!rules) rulesCache.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

/**
 * The text of a message for these params. Without a `count`, a plural reads as `other`
 * (a list label, "comprimés"); without a known sex, a gendered message reads as `other`.
 */
export function selectForm(message: Message, locale: string, params?: Params): string {
  if (typeof message === 'string') return message;
  if (message.kind === 'plural') {
    const count = Number(params?.count);
    if (!Number.isFinite(count)) return message.forms.other;
    const category = pluralRules(locale).select(count);
    return message.forms[category] ?? message.forms.other;
  }
  const sex = params?.sex;
  if (sex === 'F' || sex === 'female') return message.forms.female;
  if (sex === 'M' || sex === 'male') return message.forms.male;
  return message.forms.other;
}

/** The shape of a French catalogue part with any message at each leaf (for its English twin). */
export type Shape<T> = {
  [K in keyof T]: T[K] extends string | PluralMessage | SexMessage ? Message : Shape<T[K]>;
};
