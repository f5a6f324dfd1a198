import { launchCommand } from '../launch-command';

/**
 * `pressdeck present [release.yaml] [--screen <n|id>] [--auto] [--dry-run]`: checks the release, then
 * opens the briefing (audience + presenter windows), as `npm start -- --present` does.
 */
export const present = launchCommand({
  name: 'present',
  summary: 'open a briefing: slides full screen for the room, presenter view (notes, next slide, timer) for the speaker',
  examples: ['slides/meti-2017-03-21-itac-aioti-mou.release.yaml --screen 2'],
});
