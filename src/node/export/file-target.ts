/** A single-file target (PDF, MP4, ZIP) as the pipeline's Target: src/node/atomic-write.ts underneath. */
import { prepareTarget } from '../atomic-write';
import type { Target } from './outputs';

export async function fileTarget(path: string): Promise<Target> {
  const pending = await prepareTarget(path);
  const target: Target = {
    path,
    async commit() {
      if (!target.bytes) throw new Error('nothing was rendered to write');
      await pending.commit(target.bytes);
    },
    discard: () => pending.discard(),
  };
  return target;
}
