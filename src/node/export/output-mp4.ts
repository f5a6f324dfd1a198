import type { Output } from './outputs';
import { checkFfmpeg } from './ffmpeg';
import { ExportToolError } from './pipeline';
export const mp4Output: Output = {
  rendersPages: true,
  check: (tools) => checkFfmpeg(tools.ffmpeg).catch((e: Error) => { throw new ExportToolError(e.message); }),
  prepare: () => Promise.reject(new Error('MP4 export is not built yet')),
  write: () => Promise.reject(new Error('MP4 export is not built yet')),
};
