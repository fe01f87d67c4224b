/**
 * Words for the codes behind a determination's reasons, element by element, so a reason reads "force,
 * fraud or coercion: present — Debt bondage" rather than "debt_bondage". Labels come from the shared
 * vocabularies (`vocab.*`, `identification.*`); an industry code is looked up in the county's lists.
 */
import type { TFunction } from 'i18next';
import type { Determination, Element, ElementKey } from '@domain/identification/determine';
import type { Language } from '@domain/identification/forms';
import { explainElement, type DetailLabel } from '@domain/identification/reasons';

/** The vocabulary (a translation key prefix) that labels the codes of each element. */
const LISTS: Partial<Record<ElementKey, readonly string[]>> = {
  commercial_sex_act: ['identification.valueKinds'],
  force_fraud_coercion: ['vocab.means'],
  labor_or_services: ['identification.laborKinds'],
  legal_or_informal_work: ['identification.laborKinds'],
  illicit_activity: ['identification.laborKinds'],
  benefit_to_another: ['identification.beneficiaries'],
  child_labor_violation: ['identification.employment'],
  exploitative_conditions: ['identification.employment'],
  parent_role: ['vocab.parentRole'],
};

/** Translation for keys built at run time; a key with no translation comes back as itself. */
const dynamic = (t: TFunction) => t as unknown as (key: string) => string;

export function detailLabelFor(
  element: ElementKey,
  t: TFunction,
  otherCode: (code: string) => string = (code) => code.replaceAll('_', ' '),
): DetailLabel {
  return (code) => {
    if (element === 'under_18') return t('screeningResult.determinations.age', { age: code });
    for (const list of LISTS[element] ?? []) {
      const key = `${list}.${code}`;
      const label = dynamic(t)(key);
      if (label !== key) return label;
    }
    // An industry or setting (a county lookup code), or a code this page does not know yet.
    return otherCode(code);
  };
}

/** Every reason of a determination, as sentences in the reader's language. */
export function reasons(
  d: Determination,
  lang: Language,
  t: TFunction,
  otherCode?: (code: string) => string,
): string[] {
  return d.elements.map((e: Element) =>
    explainElement(d.key, e, lang, detailLabelFor(e.element, t, otherCode)),
  );
}
