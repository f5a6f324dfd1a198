/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { PressDeckApi } from './ipc/contract';

declare global {
  interface Window {
    /** Present under Electron only (the preload's named API); absent in a plain browser. */
    pressdeck?: PressDeckApi;
  }
}

