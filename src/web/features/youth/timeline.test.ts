import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact } from '@server/modules/contacts/contacts.schemas';
import type { Allegation, ReportSummary } from '@server/modules/reports/reports.schemas';
import type { ScreeningSummary } from '@server/modules/screenings/screenings.schemas';
import { allegationTitle, buildTimeline, countByKind } from './timeline';

let n = 0;
const uuid = () => {
  n += 1;
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
};

function report(receivedAt: string, ref = 'R-1'): ReportSummary {
  return {
    id: uuid(),
    ref,
    jurisdictionId: 1,
    receivedAt,
    reporterType: 'law_enforcement',
    screeningDecision: 'screened_in',
    responseTime: 'days_3',
    assignedWorker: null,
    allegationCount: 2,
    version: 1,
  };
}

function allegation(of: ReportSummary, over: Partial<Allegation> = {}): Allegation {
  return {
    id: uuid(),
    jurisdictionId: 1,
    reportId: of.id,
    reportRef: of.ref,
    reportReceivedAt: of.receivedAt,
    youthId: 'y',
    youthName: 'Youth',
    perpetratorKind: 'unknown',
    perpetratorName: null,
    personOfInterest: null,
    category: 'exploitation',
    subcategory: 'commercial_sexual_exploitation',
    exploitation: null,
    dispositionState: 'open',
    disposition: null,
    dispositionDate: null,
    dispositionRationale: null,
    proposedBy: null,
    proposedAt: null,
    reviewedBy: null,
    reviewedAt: null,
    reviewNote: null,
    createdAt: of.receivedAt,
    updatedAt: of.receivedAt,
    version: 1,
    ...over,
  };
}

function contact(occurredAt: string, createdAt = occurredAt): Contact {
  return {
    id: uuid(),
    youthId: 'y',
    reportId: null,
    occurredAt,
    kind: 'face_to_face',
    participants: '',
    narrative: 'Met at school.',
    author: null,
    amended: false,
    createdAt,
    updatedAt: createdAt,
    version: 1,
  };
}

function screening(screenedAt: string): ScreeningSummary {
  return {
    id: uuid(),
    youthId: 'y',
    instrument: { key: 'at-risk', version: 1, origin: 'builtin', title: { en: 'At risk', es: 'En riesgo' } },
    context: 'intake',
    screenedAt,
    screenedBy: null,
    amended: false,
    complete: true,
    forms: [],
    rulesTrue: [],
    determinations: [],
  };
}

describe('buildTimeline', () => {
  it('merges reports, allegations and contacts into one list, newest first', () => {
    const older = report('2026-01-10T09:00:00.000Z', 'R-1');
    const newer = report('2026-03-02T15:30:00.000Z', 'R-2');
    const visit = contact('2026-02-01T10:00:00.000Z');
    const call = contact('2026-04-01T10:00:00.000Z');
    const csec = allegation(older);
    const timeline = buildTimeline({ reports: [older, newer], allegations: [csec], contacts: [visit, call] });
    expect(timeline.map((entry) => entry.id)).toEqual([call.id, newer.id, visit.id, older.id, csec.id]);
  });

  it('dates an allegation by its report and lists it right after the report', () => {
    const r = report('2026-05-05T12:00:00.000Z');
    const a = allegation(r, { createdAt: '2026-06-01T00:00:00.000Z' });
    const sameMoment = contact('2026-05-05T12:00:00.000Z');
    const kinds = buildTimeline({ reports: [r], allegations: [a], contacts: [sameMoment] }).map(
      (e) => e.kind,
    );
    expect(kinds).toEqual(['report', 'allegation', 'contact']);
  });

  it('keeps two forms of exploitation on one report as two entries, in sub-category order', () => {
    const r = report('2026-05-05T12:00:00.000Z');
    const criminal = allegation(r, { subcategory: 'involving_child_in_criminal_activity' });
    const sexual = allegation(r, { subcategory: 'commercial_sexual_exploitation' });
    const neglect = allegation(r, { category: 'general_neglect', subcategory: null });
    const timeline = buildTimeline({ reports: [], allegations: [criminal, neglect, sexual], contacts: [] });
    expect(timeline.map((e) => e.id)).toEqual([neglect.id, sexual.id, criminal.id]);
    expect(countByKind(timeline)).toEqual({ report: 0, allegation: 3, contact: 0, screening: 0 });
  });

  it('places screenings by when they took place, after a contact at the same moment', () => {
    const r = report('2026-01-10T09:00:00.000Z');
    const visit = contact('2026-02-01T10:00:00.000Z');
    const sameMoment = screening('2026-02-01T10:00:00.000Z');
    const latest = screening('2026-03-01T10:00:00.000Z');
    const timeline = buildTimeline({
      reports: [r],
      allegations: [],
      contacts: [visit],
      screenings: [sameMoment, latest],
    });
    expect(timeline.map((e) => e.id)).toEqual([latest.id, visit.id, sameMoment.id, r.id]);
    expect(countByKind(timeline)).toEqual({ report: 1, allegation: 0, contact: 1, screening: 2 });
  });

  it('puts the contact written last first when two happened at the same moment', () => {
    const first = contact('2026-02-01T10:00:00.000Z', '2026-02-01T11:00:00.000Z');
    const second = contact('2026-02-01T10:00:00.000Z', '2026-02-02T09:00:00.000Z');
    const ids = buildTimeline({ reports: [], allegations: [], contacts: [first, second] }).map((e) => e.id);
    expect(ids).toEqual([second.id, first.id]);
  });

  it('is always sorted newest first, whatever order the parts come in', () => {
    const instant = fc
      .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) })
      .map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(fc.array(instant, { maxLength: 8 }), fc.array(instant, { maxLength: 8 }), (rs, cs) => {
        const reports = rs.map((at) => report(at));
        const parts = {
          reports,
          allegations: reports.map((r) => allegation(r)),
          contacts: cs.map((at) => contact(at)),
        };
        const timeline = buildTimeline(parts);
        expect(timeline).toHaveLength(rs.length * 2 + cs.length);
        const times = timeline.map((entry) => new Date(entry.at).getTime());
        expect(times).toEqual([...times].sort((a, b) => b - a));
        expect(buildTimeline({ ...parts, contacts: [...parts.contacts].reverse() })).toEqual(timeline);
      }),
    );
  });
});

describe('allegationTitle', () => {
  it('names an Exploitation allegation by its form and any other by its category', () => {
    expect(allegationTitle({ category: 'exploitation', subcategory: 'exploiting_childs_labor' })).toEqual({
      key: 'subcategory',
      code: 'exploiting_childs_labor',
    });
    expect(allegationTitle({ category: 'physical_abuse', subcategory: null })).toEqual({
      key: 'category',
      code: 'physical_abuse',
    });
  });
});
