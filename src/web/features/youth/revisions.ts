import { CONTACT_KINDS, type ContactKind } from '@domain/record/vocabulary';

/** What a contact revision's stored copy says, read defensively (it is an open record on the wire). */
export interface ContactRevisionFacts {
  occurredAt: string | null;
  kind: ContactKind | null;
  participants: string | null;
  narrative: string | null;
}

export function revisionFacts(data: Record<string, unknown>): ContactRevisionFacts {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const occurredAt = text(data.occurredAt);
  return {
    occurredAt: occurredAt && !Number.isNaN(new Date(occurredAt).getTime()) ? occurredAt : null,
    kind: CONTACT_KINDS.find((kind) => kind === data.kind) ?? null,
    participants: text(data.participants),
    narrative: text(data.narrative),
  };
}
