/**
 * The two windows of a briefing, each on its display. Thin: display choice and placement are pure
 * (./displays.ts), the windows themselves are the app's one locked-down kind (../window.ts).
 */
import { screen, type BrowserWindow } from 'electron';
import { createDeckWindow } from '../window';
import { chooseDisplays, windowBounds } from './displays';

export interface BriefingWindows {
  audience: BrowserWindow;
  presenter: BrowserWindow;
}

export function createBriefingWindows(options: { preload: string; display?: string; warn: (message: string) => void }): BriefingWindows {
  const choice = chooseDisplays(screen.getAllDisplays(), screen.getPrimaryDisplay(), options.display);
  if (choice.warning) options.warn(choice.warning);
  const bounds = windowBounds(choice);
  const audience = createDeckWindow({ preload: options.preload, title: 'PressDeck — audience' });
  const presenter = createDeckWindow({ preload: options.preload, title: 'PressDeck — presenter' });
  audience.setBounds(bounds.audience);
  presenter.setBounds(bounds.presenter);
  // After the window's own ready-to-show handler has shown it.
  if (bounds.audienceFullScreen) audience.once('ready-to-show', () => audience.setFullScreen(true));
  return { audience, presenter };
}
