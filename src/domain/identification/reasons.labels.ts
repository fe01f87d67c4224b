/**
 * Words for the codes that back a reason (means, parent roles, what was exchanged, kinds of work, who
 * benefited, employment facts), so a reason reads in plain words in English or Spanish wherever it is shown
 * (the web, the CLI). The same wording as the web's vocabulary labels, in lower case to sit mid-sentence.
 */
import type { Language } from './forms';

const LABELS: Record<string, Record<Language, string>> = {
  physical_violence: { en: 'physical violence', es: 'violencia física' },
  sexual_violence: { en: 'sexual violence', es: 'violencia sexual' },
  confinement: { en: 'confinement', es: 'encierro' },
  deprivation_of_basic_needs: {
    en: 'withholding food, sleep or other basic needs',
    es: 'privación de comida, sueño u otras necesidades básicas',
  },
  false_job_offer: { en: 'false job offer', es: 'oferta de trabajo falsa' },
  false_promises_of_pay_or_conditions: {
    en: 'false promises about pay or conditions',
    es: 'promesas falsas sobre el pago o las condiciones',
  },
  false_romantic_relationship: { en: 'false romantic relationship', es: 'relación romántica falsa' },
  fraudulent_recruitment: { en: 'fraudulent recruitment', es: 'reclutamiento fraudulento' },
  debt_bondage: { en: 'debt bondage', es: 'servidumbre por deudas' },
  threats_to_youth: { en: 'threats to the youth', es: 'amenazas a la persona joven' },
  threats_to_family: { en: 'threats to family', es: 'amenazas a la familia' },
  threats_of_deportation: { en: 'threats of deportation', es: 'amenazas de deportación' },
  threats_of_prosecution: {
    en: 'threats of arrest or prosecution',
    es: 'amenazas de arresto o enjuiciamiento',
  },
  confiscated_documents: { en: 'identity documents taken', es: 'documentos de identidad retenidos' },
  isolation: { en: 'isolation', es: 'aislamiento' },
  facilitated_drug_dependency: {
    en: 'encouraging or supplying drug dependency',
    es: 'fomento o suministro de dependencia a drogas',
  },
  withheld_pay: { en: 'pay withheld', es: 'pago retenido' },
  psychological_abuse: { en: 'psychological abuse', es: 'abuso psicológico' },
  monitoring_or_surveillance: { en: 'monitoring or surveillance', es: 'monitoreo o vigilancia' },
  exploiter: { en: 'exploited the youth', es: 'explotó a la persona joven' },
  exploited_alongside: {
    en: 'was exploited alongside the youth',
    es: 'fue explotado junto con la persona joven',
  },
  failed_to_protect: { en: 'failed to protect the youth', es: 'no protegió a la persona joven' },
  not_involved: { en: 'not involved', es: 'no participó' },
  money: { en: 'money', es: 'dinero' },
  food: { en: 'food', es: 'comida' },
  shelter: { en: 'shelter or a place to stay', es: 'alojamiento o un lugar donde quedarse' },
  drugs_or_alcohol: { en: 'drugs or alcohol', es: 'drogas o alcohol' },
  clothing_or_goods: { en: 'clothing or goods', es: 'ropa u otros bienes' },
  protection: { en: 'protection', es: 'protección' },
  transportation: { en: 'transportation', es: 'transporte' },
  other: { en: 'something else of value', es: 'otra cosa de valor' },
  legal: { en: 'a legal industry', es: 'una industria legal' },
  informal: { en: 'informal work', es: 'trabajo informal' },
  illicit: { en: 'illicit activity', es: 'actividad ilícita' },
  third_party: { en: 'someone else', es: 'otra persona' },
  parent_or_guardian: { en: 'a parent or guardian', es: 'el padre, la madre o el tutor' },
  youth_only: { en: 'only the youth', es: 'solo el joven' },
  underMinimumAge: {
    en: 'under the minimum age for the work',
    es: 'menor de la edad mínima para ese trabajo',
  },
  hoursViolation: {
    en: 'hours or times over the legal limits',
    es: 'horas u horarios por encima de los límites legales',
  },
  noWorkPermit: { en: 'no work permit', es: 'sin permiso de trabajo' },
  hazardousWork: { en: 'hazardous or prohibited work', es: 'trabajo peligroso o prohibido' },
  unpaidOrUnderpaid: {
    en: 'unpaid or paid less than promised or than the law requires',
    es: 'sin pago, o con un pago menor al prometido o al que exige la ley',
  },
  noBreaks: { en: 'no breaks', es: 'sin descansos' },
  unsafeConditions: { en: 'unsafe conditions', es: 'condiciones inseguras' },
};

/** The words for a code in a language; an age or an unlisted code (e.g. a county's setting) as given. */
export function detailWords(code: string, lang: Language): string {
  return LABELS[code]?.[lang] ?? code.replaceAll('_', ' ');
}
