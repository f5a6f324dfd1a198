/**
 * The whole surface the page gets from Electron: named calls from the IPC contract, nothing else.
 * Bundled as one CommonJS file because a sandboxed preload cannot load ES modules or its own files.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { NavMessage } from '../src/briefing/messages';
import type { EventChannels, InvokeChannels, PressDeckApi, ReleaseState, SendChannels } from '../src/ipc/contract';

function invoke<C extends keyof InvokeChannels>(channel: C): Promise<InvokeChannels[C]['response']> {
  return ipcRenderer.invoke(channel) as Promise<InvokeChannels[C]['response']>;
}

function listen<C extends keyof EventChannels>(channel: C, listener: (payload: EventChannels[C]) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, payload: EventChannels[C]) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => ipcRenderer.removeListener(channel, wrapped);
}

function send<C extends keyof SendChannels>(channel: C, payload: SendChannels[C]): void {
  ipcRenderer.send(channel, payload);
}

const api: PressDeckApi = {
  getRelease: () => invoke('release:get'),
  onReleaseChanged: (listener: (state: ReleaseState) => void) => listen('release:changed', listener),
  sendNav: (message: NavMessage) => send('nav:command', message),
  onNav: (listener: (message: NavMessage) => void) => listen('nav:state', listener),
  reportSlide: (id: string) => send('kiosk:slide', id),
  reportProblem: (problem) => send('kiosk:problem', problem),
};

contextBridge.exposeInMainWorld('pressdeck', api);
