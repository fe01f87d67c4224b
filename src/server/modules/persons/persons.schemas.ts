/**
 * Persons of interest (exploiters) and the network view (routes in persons.routes.ts):
 *   GET    /persons?q=&limit=                 search names and monikers (typo-tolerant), exact phone or handle
 *                                             (persons.read)                                       audit person.search
 *   POST   /persons                           create (persons.write, Idempotency-Key)              audit person.create
 *   GET    /persons/:id                       the person, linked youth, allegations naming them     audit person.read
 *   PATCH  /persons/:id                       change (persons.write; version → 409 with current)   audit person.update
 *   POST   /persons/:id/links                 link a youth with a relationship (persons.write)      audit person.link
 *   DELETE /persons/:id/links/:youthId        remove that link (persons.write)                      audit person.unlink
 *   GET    /network?youthId=|personId=&depth= youth and persons connected by links, allegations and shared
 *                                             phones or handles (persons.read)                      audit person.network_read
 * Only holders of persons.read see any of it (partners and analysts get 403); another county's person is 404.
 * The network says which kind of identifier two records share, never its value, unless the reader also holds
 * youth.sensitive.identifiers.
 */
import { z } from 'zod';
import {
  ALLEGATION_CATEGORIES,
  DISPOSITION_STATES,
  DISPOSITIONS,
  EXPLOITATION_SUBCATEGORIES,
  EXPLOITER_RELATIONSHIPS,
  LIMITS,
} from '../../../domain/record/vocabulary';
import { handleSchema, phoneSchema } from '../youth/youth.schemas';

export const PERSON_NAME_KINDS = ['name', 'moniker'] as const;
export type PersonNameKind = (typeof PERSON_NAME_KINDS)[number];

/** The most nodes one network answer holds; a larger neighbourhood is cut off and marked truncated. */
export const NETWORK_MAX_NODES = 200;

const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);
const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v ? v : null));
const list = <T extends z.ZodType>(item: T) =>
  z.array(item).max(LIMITS.listItems, `Use at most ${LIMITS.listItems} entries.`);

export const personNameSchema = z.strictObject({
  kind: z.enum(PERSON_NAME_KINDS),
  name: text(LIMITS.name).min(1, 'Enter a name.'),
});
export const addressSchema = z.strictObject({
  line: text(LIMITS.shortText).min(1, 'Enter the address or place.'),
  city: optionalText(80),
  state: optionalText(40),
  note: optionalText(LIMITS.shortText),
});
export const vehicleSchema = z.strictObject({
  description: text(LIMITS.shortText).min(1, 'Describe the vehicle.'),
  plate: optionalText(20),
});

const personFields = {
  names: list(personNameSchema).min(1, 'Record at least one name or moniker.'),
  approximateAge: z
    .number()
    .int('Use a whole number of years.')
    .min(0, 'The age cannot be negative.')
    .max(120, 'Use an age of 120 or less.')
    .nullable(),
  phones: list(phoneSchema),
  handles: list(handleSchema),
  addresses: list(addressSchema),
  vehicles: list(vehicleSchema),
  notes: text(LIMITS.note),
};

export const createPersonBody = z.strictObject({
  /** Defaults to the creator's own jurisdiction, which must then be a county. */
  jurisdictionId: z.number().int().positive().optional(),
  names: personFields.names,
  approximateAge: personFields.approximateAge.default(null),
  phones: personFields.phones.default([]),
  handles: personFields.handles.default([]),
  addresses: personFields.addresses.default([]),
  vehicles: personFields.vehicles.default([]),
  notes: personFields.notes.default(''),
});
export type CreatePersonInput = z.infer<typeof createPersonBody>;

export const updatePersonBody = z
  .strictObject({ version: z.number().int().min(1), ...personFields })
  .partial()
  .required({ version: true });
export type UpdatePersonInput = z.infer<typeof updatePersonBody>;

export const personSchema = z.object({
  id: z.uuid(),
  /** P-<number>, shown on print-outs and in the network. */
  ref: z.string(),
  jurisdictionId: z.number().int(),
  jurisdictionName: z.string(),
  /** The first recorded name, else the first moniker. */
  displayName: z.string(),
  names: z.array(z.object({ kind: z.enum(PERSON_NAME_KINDS), name: z.string() })),
  approximateAge: z.number().int().nullable(),
  phones: z.array(z.object({ number: z.string(), label: z.string().nullable() })),
  handles: z.array(z.object({ platform: handleSchema.shape.platform, handle: z.string() })),
  addresses: z.array(
    z.object({
      line: z.string(),
      city: z.string().nullable(),
      state: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  vehicles: z.array(z.object({ description: z.string(), plate: z.string().nullable() })),
  notes: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type Person = z.infer<typeof personSchema>;

/** One search hit. `matched` says why it matched. */
export const personSummarySchema = z.object({
  id: z.uuid(),
  ref: z.string(),
  jurisdictionName: z.string(),
  displayName: z.string(),
  /** Every other name and moniker. */
  otherNames: z.array(z.string()),
  approximateAge: z.number().int().nullable(),
  linkedYouthCount: z.number().int(),
  matched: z.array(z.enum(['name', 'phone', 'handle'])),
  updatedAt: z.iso.datetime(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

export const searchPersonsQuery = z.strictObject({
  q: z.string().trim().max(100, 'Use at most 100 characters.').optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export const searchPersonsResponse = z.object({ items: z.array(personSummarySchema) });

/** A youth linked to the person, with how they are related. */
export const personLinkSchema = z.object({
  personId: z.uuid(),
  youthId: z.uuid(),
  youthName: z.string(),
  youthRef: z.string(),
  relationship: z.enum(EXPLOITER_RELATIONSHIPS),
  note: z.string().nullable(),
  createdBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
});
export type PersonLink = z.infer<typeof personLinkSchema>;

/** An allegation that names the person as the alleged perpetrator. */
export const personAllegationSchema = z.object({
  id: z.uuid(),
  youthId: z.uuid(),
  youthName: z.string(),
  youthRef: z.string(),
  category: z.enum(ALLEGATION_CATEGORIES),
  subcategory: z.enum(EXPLOITATION_SUBCATEGORIES).nullable(),
  reportId: z.uuid(),
  reportRef: z.string(),
  reportReceivedAt: z.iso.datetime(),
  dispositionState: z.enum(DISPOSITION_STATES),
  disposition: z.enum(DISPOSITIONS).nullable(),
});
export type PersonAllegation = z.infer<typeof personAllegationSchema>;

export const personPageSchema = z.object({
  person: personSchema,
  links: z.array(personLinkSchema),
  allegations: z.array(personAllegationSchema),
});
export type PersonPage = z.infer<typeof personPageSchema>;

export const personIdParams = z.strictObject({
  id: z.uuid({ message: 'That is not a valid person id.' }),
});
export const linkParams = personIdParams.extend({
  youthId: z.uuid({ message: 'That is not a valid youth id.' }),
});

export const createLinkBody = z.strictObject({
  youthId: z.uuid({ message: 'Choose the youth.' }),
  relationship: z.enum(EXPLOITER_RELATIONSHIPS),
  note: optionalText(LIMITS.shortText * 2),
});
export type CreateLinkInput = z.infer<typeof createLinkBody>;

// The network ------------------------------------------------------------------------------------------

export const networkQuery = z
  .strictObject({
    youthId: z.uuid({ message: 'That is not a valid youth id.' }).optional(),
    personId: z.uuid({ message: 'That is not a valid person id.' }).optional(),
    depth: z.coerce
      .number()
      .int()
      .min(1, 'Use a depth of 1 to 3.')
      .max(3, 'Use a depth of 1 to 3.')
      .default(2),
  })
  .superRefine((v, ctx) => {
    if ((v.youthId === undefined) === (v.personId === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['youthId'],
        message: 'Give either youthId or personId (exactly one).',
      });
  });
export type NetworkQuery = z.infer<typeof networkQuery>;

export const NETWORK_NODE_TYPES = ['youth', 'person'] as const;
export type NetworkNodeType = (typeof NETWORK_NODE_TYPES)[number];
export const NETWORK_EDGE_KINDS = ['link', 'allegation', 'shared_identifier'] as const;
export type NetworkEdgeKind = (typeof NETWORK_EDGE_KINDS)[number];
export const IDENTIFIER_KINDS = ['phone', 'handle'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export const networkNodeSchema = z.object({
  /** "youth:<id>" or "person:<id>": what edges refer to. */
  key: z.string(),
  type: z.enum(NETWORK_NODE_TYPES),
  id: z.uuid(),
  /** A youth's name, or a person's first name or moniker. */
  label: z.string(),
  /** Y-<number> or P-<number>. */
  ref: z.string(),
  /** Steps from the record the view started from (0 for that record). */
  distance: z.number().int(),
});
export type NetworkNode = z.infer<typeof networkNodeSchema>;

export const networkEdgeSchema = z.object({
  key: z.string(),
  source: z.string(),
  target: z.string(),
  kind: z.enum(NETWORK_EDGE_KINDS),
  /** For a link: how the person is related to the youth. */
  relationship: z.enum(EXPLOITER_RELATIONSHIPS).nullable(),
  /** For an allegation edge: how many allegations name this person for this youth. */
  allegationCount: z.number().int().nullable(),
  /** For a shared identifier: which kind both records hold. */
  identifierKind: z.enum(IDENTIFIER_KINDS).nullable(),
  /** The shared values themselves: null unless the reader holds youth.sensitive.identifiers. */
  values: z.array(z.string()).nullable(),
});
export type NetworkEdge = z.infer<typeof networkEdgeSchema>;

export const networkSchema = z.object({
  root: z.string(),
  depth: z.number().int(),
  nodes: z.array(networkNodeSchema),
  edges: z.array(networkEdgeSchema),
  /** True when the neighbourhood held more than NETWORK_MAX_NODES records and was cut off. */
  truncated: z.boolean(),
  /** Whether shared values are included (youth.sensitive.identifiers). */
  valuesShown: z.boolean(),
});
export type Network = z.infer<typeof networkSchema>;
