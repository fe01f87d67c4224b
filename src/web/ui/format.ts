/** Dates and times in the person's language, in their own time zone. */
export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/**
 * A phone number kept as digits (the matching form), written the way people write it: "5105550142" →
 * "510-555-0142", "5550142" → "555-0142". Anything else is shown as it is.
 */
export function formatPhone(digits: string): string {
  const ten = /^(\d{3})(\d{3})(\d{4})$/.exec(digits);
  if (ten) return `${ten[1]}-${ten[2]}-${ten[3]}`;
  const seven = /^(\d{3})(\d{4})$/.exec(digits);
  if (seven) return `${seven[1]}-${seven[2]}`;
  return digits;
}
