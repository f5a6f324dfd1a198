import type { Output } from './outputs';
export const htmlOutput: Output = {
  rendersPages: false,
  prepare: () => Promise.reject(new Error('HTML export is not built yet')),
  write: () => Promise.reject(new Error('HTML export is not built yet')),
};
