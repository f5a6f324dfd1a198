/** The release PressDeck opens when none is named: METI's 2017 ITAC–AIOTI MOU release. */
export const DEFAULT_RELEASE_FILE = 'meti-2017-03-21-itac-aioti-mou.release.yaml';
