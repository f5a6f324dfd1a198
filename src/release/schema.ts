/**
 * The release format, v1: the one source of truth for release files.
 *
 * TypeScript types are inferred from it (`Release`), `resources/release.schema.json` is generated
 * from it (`pressdeck schema`), and the loader validates with it. Every object is strict so a typo
 * in a field name is an error, not a silently ignored line.
 */
import { z } from 'zod';
import { themeReference } from '../theme/reference';
import { bidiControlProblem, controlCharProblem, imagePathProblem, isVisiblyEmpty } from './text-checks';

// Release files are YAML: `2015` parses as a number, so years are accepted as integers too and
// normalised to strings. Real-date checks live here so every caller gets them.
const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2017-03-21" | "2017-03" | "2017" → true when the calendar has that day/month. */
export function isRealPartialDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

const yearAsString = z
  .union([z.string(), z.int().min(1000).max(9999)])
  .transform((v) => String(v));

/** YYYY, YYYY-MM or YYYY-MM-DD, and a real one. */
export const partialDate = yearAsString
  .pipe(z.string().regex(DATE_PATTERN, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD'))
  .refine(isRealPartialDate, 'is not a real date')
  .meta({ description: 'YYYY, YYYY-MM or YYYY-MM-DD', examples: ['2015-10'] });

/** A full ISO date, YYYY-MM-DD. */
export const fullDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isRealPartialDate, 'is not a real date')
  .meta({ description: 'ISO date, YYYY-MM-DD', examples: ['2017-03-21'] });

/**
 * Text shown on a slide: never empty (invisible characters alone count as empty), no bidi
 * overrides or control characters (see text-checks.ts), never HTML (it is rendered as text).
 */
const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .check((ctx) => {
    if (ctx.value.length === 0) return;
    const message = isVisiblyEmpty(ctx.value) ? 'must not be empty (it holds only invisible characters)' : (bidiControlProblem(ctx.value) ?? controlCharProblem(ctx.value));
    if (message) ctx.issues.push({ code: 'custom', message, input: ctx.value });
  });

const paragraphs = z.array(text).min(1, 'must have at least one entry');

const seconds = z
  .number()
  .positive('must be more than 0 seconds')
  .max(3600, 'must be at most 3600 seconds')
  .meta({ description: 'Seconds on screen in the kiosk loop; overrides the reading-time rule.' });

const orgId = z
  .string()
  .regex(/^[a-z0-9-]+$/, 'expected an id of lowercase letters, digits and hyphens')
  .meta({ description: 'Organization id: [a-z0-9-]+' });

/** A path relative to the release file, beside or below it; Node checks the file itself (src/node/assets.ts). */
const imagePath = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .check((ctx) => {
    const message = ctx.value.length > 0 ? imagePathProblem(ctx.value) : undefined;
    if (message) ctx.issues.push({ code: 'custom', message, input: ctx.value });
  })
  .meta({ description: 'Image (PNG, JPEG, WebP, GIF, AVIF or SVG) path relative to the release file, beside or below it: no URLs, absolute paths or ".."' });

// A shape check, not a parser: the core runs without DOM or Node, so without `URL`. The URL is only
// ever shown and QR-coded, never opened, so an odd-but-matching string is harmless.
const httpUrl = z
  .string()
  .trim()
  .regex(/^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i, 'expected an http(s) URL');

export const issuerSchema = z.strictObject({
  name: text.meta({ description: 'Full name of the issuing body' }),
  short: text.optional().meta({ description: 'Acronym, e.g. METI' }),
  division: text.optional().meta({ description: 'Division in charge' }),
  address: text.optional(),
  phone: text.optional(),
  url: httpUrl.optional().meta({ description: 'The full release online; shown with a QR code on the closing slide, never opened' }),
  copyright: text.optional(),
});

/**
 * A section's own id: its slide keeps this id (`section-<id>`) whatever its heading says, so an
 * edited heading does not move a watching deck. Without one the id comes from the heading.
 */
const sectionId = z
  .string()
  .regex(/^[a-z0-9-]+$/, 'expected an id of lowercase letters, digits and hyphens')
  .meta({ description: 'Section id: [a-z0-9-]+; the slide id becomes section-<id> and stays when the heading is edited' });

export const sectionSchema = z
  .strictObject({
    id: sectionId.optional(),
    heading: text,
    paragraphs: paragraphs.optional(),
    points: paragraphs.optional(),
    notes: text.optional().meta({ description: 'Speaker notes' }),
    duration: seconds.optional(),
  })
  .refine((s) => s.paragraphs !== undefined || s.points !== undefined, {
    message: 'needs paragraphs or points',
  });

export const eventSchema = z.strictObject({
  date: partialDate,
  text,
  organizations: z.array(orgId).optional(),
  highlight: z
    .boolean()
    .optional()
    .meta({ description: "Marks the release's own event; by default the event on the ceremony or release date" }),
});

export const ceremonySchema = z
  .strictObject({
    date: fullDate,
    occasion: text.optional(),
    place: text.optional(),
    parties: z.array(orgId).min(1, 'must name at least one organization'),
    caption: text,
    photo: imagePath.optional(),
    photoAlt: text.optional(),
    notes: text.optional(),
    duration: seconds.optional(),
  })
  .refine((c) => c.photo === undefined || c.photoAlt !== undefined, {
    message: 'photoAlt is required when photo is given',
    path: ['photoAlt'],
  });

const count = z.int('expected a whole number').min(0, 'must not be negative');

export const organizationSchema = z.strictObject({
  id: orgId,
  name: text,
  short: text.optional(),
  region: text.optional(),
  founded: partialDate.optional(),
  foundedBy: z.array(text).optional(),
  members: z
    .strictObject({
      count,
      approximate: z.boolean().optional(),
      asOf: partialDate.optional(),
    })
    .optional(),
  workingGroups: z
    .union([z.strictObject({ count }), z.strictObject({ text })], {
      error: 'expected { count: <number> } or { text: <words> }',
    })
    .optional(),
  summary: text,
  points: z.array(text).optional(),
  logo: imagePath.optional(),
  notes: text.optional(),
  duration: seconds.optional(),
});

export const RELEASE_FORMAT = 'pressdeck/release@1';

export const releaseSchema = z
  .strictObject({
    format: z.literal(RELEASE_FORMAT, { error: `expected "${RELEASE_FORMAT}"` }),
    lang: z
      .string()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a BCP-47 language tag such as en or ja')
      .default('en'),
    title: text,
    subtitle: text.optional().meta({ description: 'One line under the title on the title slide' }),
    released: fullDate,
    issuer: issuerSchema,
    lead: text,
    sections: z.array(sectionSchema).default([]),
    events: z.array(eventSchema).default([]),
    ceremony: ceremonySchema.optional(),
    organizations: z
      .array(organizationSchema)
      .default([])
      .meta({ description: 'The bodies the release is about, 0..n: one profile slide each, and a comparison from two on' }),
    theme: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .check((ctx) => {
        const ref = themeReference(ctx.value);
        const message = ref.kind === 'invalid' ? ref.message : ref.kind === 'file' ? imagePathProblem(ctx.value) : undefined;
        if (message) ctx.issues.push({ code: 'custom', message, input: ctx.value });
      })
      .optional()
      .meta({ description: 'The look: a built-in theme (ministry, night, fair) or a *.theme.yaml file beside or below the release. pressdeck.config.json and --theme override it.' }),
  })
  .superRefine((release, ctx) => {
    // Runs even when other fields are invalid (`when` below), so guard every access.
    const seen = new Map<string, number>();
    const orgs: unknown[] = Array.isArray(release.organizations) ? release.organizations : [];
    orgs.forEach((item, i) => {
      const org = item as Partial<Organization> | null;
      if (typeof org?.id !== 'string') return;
      if (seen.has(org.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['organizations', i, 'id'],
          message: `duplicate id "${org.id}" (first used by organizations[${seen.get(org.id)}])`,
        });
      } else seen.set(org.id, i);
    });
    const dangling = (ids: readonly string[] | undefined, path: (string | number)[]) =>
      ids?.forEach((id, i) => {
        if (!seen.has(id)) {
          // params lets the parser fold these under a misspelled `organizations` or `id` (their cause).
          ctx.addIssue({ code: 'custom', path: [...path, i], message: `no organization has the id "${id}"`, params: { danglingId: id } });
        }
      });
    const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
    const sectionIds = new Map<string, number>();
    const sections: unknown[] = Array.isArray(release.sections) ? release.sections : [];
    sections.forEach((item, i) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') return;
      if (sectionIds.has(id)) {
        ctx.addIssue({ code: 'custom', path: ['sections', i, 'id'], message: `duplicate id "${id}" (first used by sections[${sectionIds.get(id)}])` });
      } else sectionIds.set(id, i);
    });
    dangling(ids(release.ceremony?.parties), ['ceremony', 'parties']);
    const events: unknown[] = Array.isArray(release.events) ? release.events : [];
    events.forEach((event, i) => dangling(ids((event as ReleaseEvent | null)?.organizations), ['events', i, 'organizations']));
  }, { when: (payload) => typeof payload.value === 'object' && payload.value !== null });

export type Release = z.output<typeof releaseSchema>;
export type ReleaseInput = z.input<typeof releaseSchema>;
export type Issuer = Release['issuer'];
export type Section = Release['sections'][number];
export type ReleaseEvent = Release['events'][number];
export type Ceremony = NonNullable<Release['ceremony']>;
export type Organization = Release['organizations'][number];

/** The JSON Schema published for editors (`resources/release.schema.json`). */
export function releaseJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(releaseSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
    $id: 'https://pressdeck.invalid/release.schema.json',
    title: 'PressDeck release file (pressdeck/release@1)',
  };
}
