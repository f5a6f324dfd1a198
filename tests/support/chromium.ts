/** The tests find Chromium exactly as `pressdeck export` does. */
export { CHROMIUM_ARGS, CHROMIUM_CANDIDATES, findChromium } from '../../src/node/chromium';
