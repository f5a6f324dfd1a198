/**
 * The offline HTML player's index.html. At build time (player.vite.config.ts) src/index.html becomes
 * a template: the same Content-Security-Policy, the stylesheet and ONE classic script (file:// pages
 * may not load module scripts) and a slot for the release. At export time the slot gets the release
 * as JSON data in a <script type="application/json"> element: never run, read with textContent
 * (src/app/embedded.ts). `<` is escaped as \u003c, so no text in the release can close the element.
 */
import { EMBEDDED_RELEASE_ID, type EmbeddedRelease, type EmbeddedTheme } from '../../release/embedded-release';
import type { ThemeState } from '../../theme/load';

export const RELEASE_SLOT = '<!-- pressdeck:release -->';

export function playerTemplate(indexHtml: string): string {
  const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/s.exec(indexHtml)?.[1];
  if (!csp) throw new Error('src/index.html has no Content-Security-Policy');
  // No app:// and no server in a player: its images are files beside it ('self').
  const policy = csp.replace(/\s*app:\/\/release/, '').replace("connect-src 'self'", "connect-src 'none'");
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${policy}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light" />
    <link rel="icon" href="data:," />
    <title>PressDeck</title>
    <link rel="stylesheet" href="assets/player.css" />
    ${RELEASE_SLOT}
  </head>
  <body>
    <div id="app"></div>
    <noscript>PressDeck needs JavaScript to play the deck.</noscript>
    <script defer src="assets/player.js"></script>
  </body>
</html>
`;
}

/** JSON that can sit inside a <script> element whatever the release says. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function playerIndex(template: string, release: EmbeddedRelease): string {
  if (!template.includes(RELEASE_SLOT)) throw new Error('the player template has no release slot: run `npm run build` again');
  const element = `<script type="application/json" id="${EMBEDDED_RELEASE_ID}">${scriptSafeJson(release)}</script>`;
  return template.replace(RELEASE_SLOT, () => element);
}

/** A checked theme as the player carries it: its settings as JSON text, its logo and font as base64. */
export function embedTheme(state: ThemeState): EmbeddedTheme {
  const assets: Record<string, string> = {};
  if (state.theme.logo !== undefined && state.logo) assets[state.theme.logo] = Buffer.from(state.logo.bytes).toString('base64');
  if (state.theme.font !== undefined && state.font) assets[state.theme.font] = Buffer.from(state.font.bytes).toString('base64');
  return { file: state.name, text: JSON.stringify(state.theme), assets };
}
