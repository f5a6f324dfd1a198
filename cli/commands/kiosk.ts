import { launchCommand } from '../launch-command';

/**
 * `pressdeck kiosk [release] [--screen N|name] [--idle-resume 30s] [--idle-restart] [--daily-reload 03:00]
 * [--exit-chord Ctrl+Alt+Shift+Q] [--speed 1] [--hide-cursor-after 3s] [--config booth.json] [--dry-run]`: checks the release and
 * the kiosk settings, then starts the built app in kiosk mode; --dry-run prints the command instead.
 */
export const kiosk = launchCommand({
  name: 'kiosk',
  summary: 'start the deck as an unattended booth kiosk (see docs/kiosk.md; --dry-run prints the command)',
  examples: ['slides/meti-2017-03-21-itac-aioti-mou.release.yaml --screen 2 --idle-resume 45s --dry-run'],
  notes: ['Settings can also live in pressdeck.config.json beside the release; these options override it.'],
});
