/**
 * Reasons in words: each element of a determination as a sentence, in English or Spanish, e.g.
 * "Labor trafficking requires force, fraud or coercion: present — debt bondage". The web and the CLI
 * both use these, so a reason reads the same wherever it is shown.
 */
import type { Determination, DeterminationKey, Element, ElementKey } from './determine';
import type { Language } from './forms';
import { detailWords } from './reasons.labels';

type Words = Record<Language, string>;

export const DETERMINATION_NAMES: Record<DeterminationKey, Words> = {
  sex_trafficking: { en: 'Sex trafficking', es: 'Trata sexual' },
  labor_trafficking_exploiting_labor: {
    en: "Labor trafficking: exploiting a child's labor",
    es: 'Trata laboral: explotación del trabajo de un menor',
  },
  labor_trafficking_criminal_activity: {
    en: 'Labor trafficking: involving a child in criminal activity',
    es: 'Trata laboral: involucrar a un menor en actividades delictivas',
  },
  illegal_child_labor: { en: 'Illegal child labor', es: 'Trabajo infantil ilegal' },
  labor_exploitation: { en: 'Labor exploitation', es: 'Explotación laboral' },
  none: { en: 'No exploitation found', es: 'No se encontró explotación' },
};

export const STATUS_NAMES: Record<Determination['status'], Words> = {
  met: { en: 'met', es: 'se cumple' },
  possible: { en: 'possible — facts are missing', es: 'posible — faltan datos' },
  not_met: { en: 'not met', es: 'no se cumple' },
};

const ELEMENT_NAMES: Record<ElementKey, Words> = {
  under_18: { en: 'under 18 at the time', es: 'menor de 18 años en ese momento' },
  commercial_sex_act: {
    en: 'a sex act exchanged for anything of value',
    es: 'un acto sexual a cambio de algo de valor',
  },
  force_fraud_coercion: { en: 'force, fraud or coercion', es: 'fuerza, fraude o coerción' },
  labor_or_services: { en: 'labor or services performed', es: 'trabajo o servicios realizados' },
  benefit_to_another: {
    en: 'someone other than the youth benefited',
    es: 'alguien distinto del joven se benefició',
  },
  legal_or_informal_work: {
    en: 'work in a legal industry or informal work',
    es: 'trabajo en una industria legal o trabajo informal',
  },
  illicit_activity: { en: 'illicit activity', es: 'actividad ilícita' },
  child_labor_violation: {
    en: 'an age, hours, permit or occupation violation',
    es: 'una infracción de edad, horario, permiso u ocupación',
  },
  exploitative_conditions: {
    en: 'unfair pay, no breaks or unsafe conditions',
    es: 'pago injusto, sin descansos o condiciones inseguras',
  },
  no_other_determination: {
    en: 'nothing else is met or possible',
    es: 'ninguna otra determinación se cumple ni es posible',
  },
  parent_role: { en: "the parent's or guardian's role", es: 'el papel del padre, madre o tutor' },
};

const STATE_NAMES: Record<Element['state'], Words> = {
  present: { en: 'present', es: 'presente' },
  absent: { en: 'absent', es: 'ausente' },
  unknown: { en: 'not known', es: 'no se sabe' },
  not_required: { en: 'not required', es: 'no se requiere' },
};

const REQUIRES: Words = { en: 'requires', es: 'requiere' };
const CONTEXT: Words = { en: 'Context', es: 'Contexto' };

/** Words for the codes that back an element (means, value kinds, violations…), when a label is known. */
export type DetailLabel = (code: string) => string;

/** One element as a sentence: "<Determination> requires <element>: <state> — <detail>". */
export function explainElement(
  key: DeterminationKey,
  element: Element,
  lang: Language,
  detailLabel: DetailLabel = (c) => detailWords(c, lang),
): string {
  const head = element.required
    ? `${DETERMINATION_NAMES[key][lang]} ${REQUIRES[lang]} ${ELEMENT_NAMES[element.element][lang]}`
    : `${CONTEXT[lang]}: ${ELEMENT_NAMES[element.element][lang]}`;
  const detail = element.detail.length ? ` — ${element.detail.map(detailLabel).join(', ')}` : '';
  return `${head}: ${STATE_NAMES[element.state][lang]}${detail}`;
}

export function explain(d: Determination, lang: Language, detailLabel?: DetailLabel): string[] {
  return d.elements.map((e) => explainElement(d.key, e, lang, detailLabel));
}
