/**
 * The application menu of briefing mode (kiosk mode has none): File › Export as ▸ PDF… (with
 * Ctrl/Cmd+Shift+E), PNG Images…, MP4 Video of the Kiosk Loop…, Offline HTML Player (ZIP)…. The
 * template is built by a pure function so it is tested without Electron.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { EXPORT_FORMATS, type ExportFormat } from '../src/node/export/options';
import { FORMAT_LABELS } from './app-export';

export const EXPORT_PDF_ACCELERATOR = 'CommandOrControl+Shift+E';

export interface MenuActions {
  exportAs(format: ExportFormat): void;
}

export function appMenuTemplate(actions: MenuActions, platform: NodeJS.Platform = process.platform): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      {
        id: 'export-as',
        label: 'Export As',
        submenu: EXPORT_FORMATS.map((format): MenuItemConstructorOptions => ({
          id: `export-${format}`,
          label: FORMAT_LABELS[format].menu,
          ...(format === 'pdf' ? { accelerator: EXPORT_PDF_ACCELERATOR } : {}),
          click: () => actions.exportAs(format),
        })),
      },
      { type: 'separator' },
      platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const view: MenuItemConstructorOptions = { label: '&View', submenu: [{ role: 'togglefullscreen' }] };
  return platform === 'darwin' ? [{ role: 'appMenu' }, file, view] : [file, view];
}

export function installAppMenu(actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(actions)));
}
