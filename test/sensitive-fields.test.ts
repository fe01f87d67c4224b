/**
 * Sensitive field groups (immigration, SOGIE, tattoos, identifiers) never leave the server except through the
 * revealing endpoint, for anyone: each group gets distinctive sentinel values, then every endpoint that
 * answers with youth data is called as a social worker, a supervisor and a coordinator, and no response body
 * may contain any sentinel. The reveal itself needs the group's permission and is audited.
 */
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SENSITIVE_GROUPS, type SensitiveGroup } from '../src/server/modules/youth/youth.schemas';
import { createAgency, signInAs, startTestApp, type TestApp } from './harness';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const mark = () => randomUUID().slice(0, 8);
const digits = () => String(1000 + Math.floor(Math.random() * 9000));

/** One youth's sentinel values, and the strings that must never appear in a general response. */
function sentinels() {
  const m = mark();
  const phone = `415${digits()}${digits().slice(0, 3)}`;
  const handle = `sentinel_handle_${m}`;
  const values = {
    immigration: { citizenshipStatus: 'refugee_or_asylee', immigrationNotes: `SENTINEL-IMM-${m}` },
    sogie: {
      genderIdentity: 'genderqueer_or_gender_fluid',
      sexualOrientation: 'pansexual',
      genderExpression: 'androgynous',
      pronouns: `SENTINEL-SOGIE-${m}`,
    },
    tattoos: {
      tattoos: [
        {
          description: `SENTINEL-TATTOO-${m}`,
          bodyLocation: `SENTINEL-BODY-${m}`,
          origin: 'branding_by_exploiter',
          whereObtained: `SENTINEL-WHERE-${m}`,
        },
      ],
    },
    identifiers: {
      phones: [
        {
          number: `+1 (${phone.slice(0, 3)}) ${phone.slice(3, 6)}-${phone.slice(6)}`,
          label: `SENTINEL-LABEL-${m}`,
        },
      ],
      handles: [{ platform: 'telegram', handle: `@${handle}` }],
    },
  };
  const forbidden: Record<SensitiveGroup, string[]> = {
    immigration: ['refugee_or_asylee', `SENTINEL-IMM-${m}`],
    sogie: ['genderqueer_or_gender_fluid', 'pansexual', 'androgynous', `SENTINEL-SOGIE-${m}`],
    tattoos: ['branding_by_exploiter', `SENTINEL-TATTOO-${m}`, `SENTINEL-BODY-${m}`, `SENTINEL-WHERE-${m}`],
    identifiers: [
      phone,
      phone.slice(3),
      `${phone.slice(3, 6)}-${phone.slice(6)}`,
      handle,
      `SENTINEL-LABEL-${m}`,
    ],
  };
  return { values, forbidden, phone, handle };
}

type Api = Awaited<ReturnType<typeof signInAs>>['api'];
const ROLES = ['social_worker', 'supervisor', 'coordinator'] as const;
const MAY_WRITE: Record<(typeof ROLES)[number], SensitiveGroup[]> = {
  social_worker: ['immigration', 'tattoos', 'identifiers'],
  supervisor: [...SENSITIVE_GROUPS],
  coordinator: [...SENSITIVE_GROUPS],
};

/** Calls every endpoint that answers with youth data about `youth`, returning every response. */
async function everyEndpoint(
  api: Api,
  role: (typeof ROLES)[number],
  youth: { id: string; legalLastName: string; moniker: string; dob: string; phone: string; handle: string },
  own: ReturnType<typeof sentinels>,
): Promise<[string, LightMyRequestResponse][]> {
  const out: [string, LightMyRequestResponse][] = [];
  const call = async (label: string, res: Promise<LightMyRequestResponse>) => {
    const r = await res;
    out.push([label, r]);
    return r;
  };
  // A youth of the caller's own, with every group the role may write: create, replay and change.
  const key = randomUUID();
  const body = {
    legalFirstName: 'Sam',
    legalLastName: `Own ${mark()}`,
    sensitive: Object.fromEntries(MAY_WRITE[role].map((g) => [g, own.values[g]])),
  };
  const created = await call('POST /youth', api.post('/api/v1/youth', body, { 'idempotency-key': key }));
  expect(created.statusCode, created.body).toBe(201);
  await call('POST /youth (replay)', api.post('/api/v1/youth', body, { 'idempotency-key': key }));
  const ownId = created.json().id as string;
  const changed = await call(
    'PATCH /youth/:id (sensitive)',
    api.patch(`/api/v1/youth/${ownId}`, { version: 1, school: 'Bayside', sensitive: body.sensitive }),
  );
  expect(changed.statusCode, changed.body).toBe(200);
  await call('PATCH /youth/:id (409)', api.patch(`/api/v1/youth/${ownId}`, { version: 1, school: 'x' }));

  // The planted youth: the page, a change, searches of every kind, duplicate check, contacts, reports.
  const page = await call('GET /youth/:id', api.get(`/api/v1/youth/${youth.id}`));
  expect(page.statusCode, page.body).toBe(200);
  const version = page.json().youth.version as number;
  const patched = await call(
    'PATCH /youth/:id',
    api.patch(`/api/v1/youth/${youth.id}`, { version, placementStatus: 'foster_family' }),
  );
  expect(patched.statusCode, patched.body).toBe(200);
  await call('PATCH /youth/:id (409)', api.patch(`/api/v1/youth/${youth.id}`, { version, school: 'x' }));
  for (const q of [`Rio ${youth.legalLastName}`, youth.moniker, youth.phone, youth.handle]) {
    const res = await call(`GET /youth?q=${q}`, api.get(`/api/v1/youth?q=${encodeURIComponent(q)}`));
    expect(
      res.json().items.map((i: { id: string }) => i.id),
      q,
    ).toContain(youth.id);
  }
  await call('GET /youth?dob', api.get(`/api/v1/youth?dob=${youth.dob}`));
  const dup = await call(
    'POST /youth/duplicate-check',
    api.post('/api/v1/youth/duplicate-check', {
      legalFirstName: 'Rio',
      legalLastName: youth.legalLastName,
      dateOfBirth: youth.dob,
    }),
  );
  expect(dup.json().candidates.map((c: { id: string }) => c.id)).toContain(youth.id);
  const contact = await call(
    'POST /youth/:id/contacts',
    api.post(`/api/v1/youth/${youth.id}/contacts`, {
      occurredAt: '2026-11-02T10:00:00Z',
      kind: 'observation',
      narrative: 'Observed at the drop-in centre.',
    }),
  );
  expect(contact.statusCode, contact.body).toBe(201);
  const contactId = contact.json().id as string;
  await call('GET /contacts/:id', api.get(`/api/v1/contacts/${contactId}`));
  await call(
    'POST /contacts/:id/amend',
    api.post(`/api/v1/contacts/${contactId}/amend`, {
      version: 1,
      reason: 'Clarified the place',
      contact: { occurredAt: '2026-11-02T10:00:00Z', kind: 'observation', narrative: 'At the library.' },
    }),
  );
  const reports = await call('GET /reports?youthId', api.get(`/api/v1/reports?youthId=${youth.id}`));
  expect(reports.statusCode, reports.body).toBe(200);
  for (const r of reports.json().items as { id: string }[])
    await call('GET /reports/:id', api.get(`/api/v1/reports/${r.id}`));
  for (const a of page.json().allegations as { id: string }[])
    await call('GET /allegations/:id', api.get(`/api/v1/allegations/${a.id}`));
  return out;
}

describe('no general response carries a sensitive value', () => {
  test.each(ROLES)('as a %s', async (role) => {
    const planted = sentinels();
    const own = sentinels();
    const supervisor = await signInAs(t, 'supervisor');
    const legalLastName = `Planted${mark().replace(/\d/g, '')}`;
    const moniker = `Nightjar${mark().replace(/\d/g, '')}`;
    const dob = '2012-06-09';
    const created = await supervisor.api.post('/api/v1/youth', {
      legalFirstName: 'Río',
      legalLastName,
      dateOfBirth: dob,
      otherNames: [{ kind: 'moniker', name: moniker }],
      sensitive: planted.values,
    });
    expect(created.statusCode, created.body).toBe(201);
    const youth = {
      id: created.json().id as string,
      legalLastName,
      moniker,
      dob,
      phone: planted.phone,
      handle: planted.handle,
    };
    const report = await supervisor.api.post('/api/v1/reports', {
      receivedAt: '2026-11-01T09:00:00Z',
      reporterType: 'education',
      narrative: 'A teacher saw the youth picked up by an adult after school.',
      allegations: [
        {
          youthId: youth.id,
          perpetratorKind: 'unknown',
          category: 'exploitation',
          subcategory: 'exploiting_childs_labor',
          exploitation: { exploiterRelationship: 'employer_or_recruiter', means: ['withheld_pay'] },
        },
      ],
    });
    expect(report.statusCode, report.body).toBe(201);

    const { api } = await signInAs(t, role);
    const responses = await everyEndpoint(api, role, youth, own);
    expect(responses.length).toBeGreaterThanOrEqual(19);
    const leaks = responses.flatMap(([label, res]) =>
      SENSITIVE_GROUPS.flatMap((g) =>
        [...planted.forbidden[g], ...own.forbidden[g]]
          .filter((s) => res.body.includes(s))
          .map((s) => `${label} (${res.statusCode}) leaked ${g}: ${s}`),
      ),
    );
    expect(leaks).toEqual([]);

    // The values are really stored: the reveal (with permission) shows them, so the check above could fail.
    const reveal = await supervisor.api.get(`/api/v1/youth/${youth.id}/sensitive/tattoos`);
    expect(reveal.body).toContain(planted.forbidden.tattoos[1]);
  });
});

describe('GET /api/v1/youth/:id/sensitive/:group', () => {
  const revealAudits = async (youthId: string, actor: string) =>
    (
      await t.services.database.db.execute(sql`
        select meta->>'group' as grp from audit_events
        where action = 'youth.sensitive_reveal' and entity_id = ${youthId} and actor_user_id = ${actor}
        order by seq`)
    ).rows.map((r) => r.grp);

  test('each group: 200 with its values and an audit row for a holder, 403 without the permission, 404 for a partner', async () => {
    const planted = sentinels();
    const supervisor = await signInAs(t, 'supervisor');
    const youth = (
      await supervisor.api.post('/api/v1/youth', {
        legalFirstName: 'Kai',
        legalLastName: `Reveal ${mark()}`,
        sensitive: planted.values,
      })
    ).json();
    expect(youth.sensitive).toEqual({
      immigration: { present: true, canReveal: true },
      sogie: { present: true, canReveal: true },
      tattoos: { present: true, canReveal: true },
      identifiers: { present: true, canReveal: true },
    });

    for (const group of SENSITIVE_GROUPS) {
      const res = await supervisor.api.get(`/api/v1/youth/${youth.id}/sensitive/${group}`);
      expect(res.statusCode, group).toBe(200);
      expect(res.json().group).toBe(group);
      for (const s of planted.forbidden[group].filter((x) => !/^\d+$/.test(x)))
        expect(res.body, `${group} reveals ${s}`).toContain(s);
    }
    expect(
      (await supervisor.api.get(`/api/v1/youth/${youth.id}/sensitive/immigration`)).json().values,
    ).toEqual({ ...planted.values.immigration, foreignNational: true });
    expect(await revealAudits(youth.id, supervisor.user.id)).toEqual([...SENSITIVE_GROUPS, 'immigration']);

    const worker = await signInAs(t, 'social_worker');
    const page = (await worker.api.get(`/api/v1/youth/${youth.id}`)).json();
    expect(page.youth.sensitive.sogie).toEqual({ present: true, canReveal: false });
    const denied = await worker.api.get(`/api/v1/youth/${youth.id}/sensitive/sogie`);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('forbidden');
    for (const s of planted.forbidden.sogie) expect(denied.body).not.toContain(s);
    expect((await worker.api.get(`/api/v1/youth/${youth.id}/sensitive/tattoos`)).statusCode).toBe(200);
    expect(await revealAudits(youth.id, worker.user.id)).toEqual(['tattoos']);

    const partner = await signInAs(t, 'partner', { agencyId: await createAgency(t.services) });
    for (const group of SENSITIVE_GROUPS) {
      const res = await partner.api.get(`/api/v1/youth/${youth.id}/sensitive/${group}`);
      expect(res.statusCode, group).toBe(404);
    }
    expect(await revealAudits(youth.id, partner.user.id)).toEqual([]);
  });

  test('a worker without the SOGIE permission cannot write it either, and nothing changes', async () => {
    const planted = sentinels();
    const worker = await signInAs(t, 'social_worker');
    const youth = (
      await worker.api.post('/api/v1/youth', { legalFirstName: 'Ari', legalLastName: `Write ${mark()}` })
    ).json();
    const res = await worker.api.patch(`/api/v1/youth/${youth.id}`, {
      version: 1,
      sensitive: { sogie: planted.values.sogie },
    });
    expect(res.statusCode).toBe(403);
    const row = (
      await t.services.database.db.execute(
        sql`select pronouns, sexual_orientation, version from youth where id = ${youth.id}`,
      )
    ).rows[0]!;
    expect(row).toEqual({ pronouns: null, sexual_orientation: null, version: 1 });
  });
});
