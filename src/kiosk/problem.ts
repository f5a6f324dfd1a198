/**
 * What a kiosk renderer reports for the kiosk log: a problem nobody at the booth should see on
 * screen but the operator should find. Validated by the main process (renderer input is untrusted);
 * the path is release text, so control and format characters are refused before it reaches a log
 * line or a terminal.
 *   { kind: 'image', field: 'ceremony.photo', path: 'photos/signing.jpg' }
 *     → 'ceremony.photo: photos/signing.jpg could not be loaded; the slide is shown without it'
 */
import { z } from 'zod';

export const kioskProblemSchema = z.strictObject({
  kind: z.literal('image'),
  /** The release field that names the image. */
  field: z.string().regex(/^[A-Za-z][A-Za-z0-9_.[\]]{0,99}$/),
  /** The image path as the release writes it. */
  path: z.string().min(1).max(500).regex(/^[^\p{Cc}\p{Cf}]*$/u),
});

export type KioskProblem = z.infer<typeof kioskProblemSchema>;

export function parseKioskProblem(value: unknown): KioskProblem | undefined {
  const result = kioskProblemSchema.safeParse(value);
  return result.success ? result.data : undefined;
}

export function describeKioskProblem(p: KioskProblem): string {
  return `${p.field}: ${p.path} could not be loaded; the slide is shown without it`;
}
