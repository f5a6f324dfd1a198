/**
 * The theme format, v1 (`*.theme.yaml`): a brand's colours, logo and typeface. The one source of
 * truth: types are inferred from it, `resources/theme.schema.json` is generated from it
 * (`pressdeck schema --theme`), and the loader validates with it (src/theme/parse.ts).
 *
 * A theme is data. Colours are "#rrggbb" and nothing else, so no theme value can carry CSS beyond a
 * colour; the logo and the font are file names beside the theme (read and checked in Node,
 * src/node/read-theme.ts), never URLs.
 */
import { z } from 'zod';
import { bidiControlProblem, controlCharProblem, imagePathProblem } from '../release/text-checks';
import { HEX_COLOUR } from './contrast';

const colour = z
  .string({ error: 'expected a colour such as "#1f3a68", in quotes (unquoted, YAML reads # as the start of a comment)' })
  .regex(HEX_COLOUR, 'expected a colour as "#rrggbb" (six hexadecimal digits, e.g. "#1f3a68")')
  .meta({ description: 'A colour as "#rrggbb" (quoted in YAML)', examples: ['#1f3a68'] });

/** The colours every theme names: what the issue of a brand is about. */
const required = {
  background: colour.meta({ description: 'Slide background' }),
  text: colour.meta({ description: 'Body text and headings' }),
  muted: colour.meta({ description: 'Muted text: labels, dates, secondary lines' }),
  accent: colour.meta({ description: 'Accent: kickers, figures, the edge bar, timeline dots' }),
  highlight: colour.meta({ description: 'Highlight, used sparingly: the release’s own event, rules under titles, bullets' }),
};
/** Colours with a default worked out from the others (src/theme/palette.ts). */
const derived = {
  surface: colour.optional().meta({ description: 'Cards and panels (default: the background)' }),
  tint: colour.optional().meta({ description: 'Light fills: the progress track, the lead’s rule (default: 12 % accent on the background)' }),
  rule: colour.optional().meta({ description: 'Hairlines and card borders (default: 35 % muted on the background)' }),
};

export const themeColoursSchema = z.strictObject({ ...required, ...derived });
export const highContrastSchema = z
  .strictObject(Object.fromEntries(Object.keys({ ...required, ...derived }).map((k) => [k, colour.optional()])) as Record<keyof typeof required | keyof typeof derived, z.ZodOptional<typeof colour>>)
  .meta({ description: 'Colours in high-contrast mode (each at least 7:1); any left out are worked out from the theme’s own' });

/** A file beside or below the theme file, with one of `extensions`. */
function fileBeside(kind: string, extensions: readonly string[]) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .check((ctx) => {
      const message = imagePathProblem(ctx.value, 'theme') ?? controlCharProblem(ctx.value) ?? bidiControlProblem(ctx.value);
      const ext = /\.[^./]+$/.exec(ctx.value)?.[0]?.toLowerCase();
      const wrongType = !message && ctx.value.length > 0 && !extensions.includes(ext ?? '') ? `a ${kind} must be a ${extensions.join(', ')} file` : undefined;
      if (message ?? wrongType) ctx.issues.push({ code: 'custom', message: (message ?? wrongType)!, input: ctx.value });
    });
}

export const LOGO_EXTENSIONS = ['.svg', '.png'] as const;
export const FONT_EXTENSIONS = ['.woff2', '.woff', '.ttf', '.otf'] as const;

export const themeSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal('pressdeck/theme@1', { error: 'expected "pressdeck/theme@1"' }),
    name: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(80, 'must be at most 80 characters')
      .check((ctx) => {
        const message = controlCharProblem(ctx.value) ?? bidiControlProblem(ctx.value);
        if (message) ctx.issues.push({ code: 'custom', message, input: ctx.value });
      })
      .meta({ description: 'The theme’s name, for messages' }),
    colors: themeColoursSchema,
    highContrast: highContrastSchema.optional(),
    logo: fileBeside('logo', LOGO_EXTENSIONS).optional().meta({ description: 'SVG or PNG beside the theme file: large on the title and closing slides, small in a corner of the others' }),
    font: fileBeside('font', FONT_EXTENSIONS).optional().meta({ description: 'A font file beside the theme file (WOFF2, WOFF, TTF or OTF); Noto Sans / Noto Sans JP stay as fallbacks. Default: the bundled Noto Sans' }),
  })
  .meta({ description: 'A PressDeck theme: colours, logo and typeface of a brand' });

export type Theme = z.output<typeof themeSchema>;
export type ThemeInput = z.input<typeof themeSchema>;
export type ThemeColours = Theme['colors'];
export type ColourName = keyof ThemeColours;

/** The JSON Schema published for editors (`resources/theme.schema.json`). */
export function themeJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(themeSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
    $id: 'https://pressdeck.invalid/theme.schema.json',
    title: 'PressDeck theme file (pressdeck/theme@1)',
  };
}
