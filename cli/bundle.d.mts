/** Types of ./bundle.mjs (plain JavaScript, so the bin can read it before anything compiles TypeScript). */
export declare const BUNDLE: string;
export declare function bundleState(root: string): { ok: true } | { ok: false; reason: string };
