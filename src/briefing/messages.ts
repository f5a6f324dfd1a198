/**
 * What the audience and presenter windows tell each other. Both windows keep their own navigation
 * state and apply commands with the same reducer; after a local input a window sends its new
 * position, the other adopts it. Messages carry the sender's id, so nobody re-applies its own.
 * The schema validates what the main process relays (renderer input is untrusted).
 */
import { z } from 'zod';

const source = z.string().min(1).max(64);
const slideId = z.string().max(200);

/** One stop of the deck as the audience window paginated it (see pages.ts). */
export const pageRefSchema = z.strictObject({
  id: slideId,
  stem: slideId,
  title: z.string().max(2000),
  n: z.int().min(1).max(10_000),
  of: z.int().min(1).max(10_000),
});
export type PageRef = z.infer<typeof pageRefSchema>;

export const navMessageSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('state'),
    source,
    /** Grows with every message a window sends: a late, older message is ignored. */
    seq: z.int().min(0),
    index: z.int().min(0).max(100_000),
    /**
     * The page at that index as the audience paginated it: windows whose decks differ still agree
     * on the slide (by id), and the presenter can name the page the room sees even when its own
     * layout has no such page.
     */
    page: pageRefSchema.optional(),
    blackout: z.enum(['none', 'black', 'white']),
    overview: z.boolean(),
  }),
  /** The audience's pages in order (continuation pages included), for the presenter's n/N and next preview. */
  z.strictObject({ kind: z.literal('deck'), source, pages: z.array(pageRefSchema).max(10_000) }),
  /** A window that just opened asks the others for where the briefing is. */
  z.strictObject({ kind: z.literal('hello'), source }),
  /** The presenter asks the audience window to toggle full screen (F). */
  z.strictObject({ kind: z.literal('fullscreen'), source }),
]);

export type NavMessage = z.infer<typeof navMessageSchema>;

export function parseNavMessage(value: unknown): NavMessage | undefined {
  const result = navMessageSchema.safeParse(value);
  return result.success ? result.data : undefined;
}
