/**
 * How records are named to people, in one place for the server, the web and print-outs: references
 * (Y-123, R-45, P-6) and the display names of youth and persons of interest.
 */

export const youthRef = (ref: unknown) => `Y-${String(ref)}`;
export const reportRef = (ref: unknown) => `R-${String(ref)}`;
export const personRef = (ref: unknown) => `P-${String(ref)}`;

/** What the youth is called: the preferred name (or the legal first name) and the legal last name. */
export const youthDisplayName = (y: {
  preferredName?: string | null | undefined;
  legalFirstName: string;
  legalLastName: string;
}) => `${y.preferredName?.trim() || y.legalFirstName} ${y.legalLastName}`;

/** A person of interest's display name: the first recorded name, else the first moniker, else P-<ref>. */
export function personDisplayName(names: readonly { kind?: string; name?: string }[], ref: unknown): string {
  const named = names.find((n) => n.kind === 'name' && n.name) ?? names.find((n) => n.name);
  return named?.name ? named.name : personRef(ref);
}
