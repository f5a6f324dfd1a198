/** Tables of the bundled font families' subsets, made at build time by src/node/font-table-plugin.ts. */
declare module 'virtual:font-table/*' {
  const table: import('./app/font-table').FontTable;
  export default table;
}

/** qrcode's encoder without its renderers (src/ui/slides/QrCode.svelte); the types are the package's. */
declare module 'qrcode/lib/core/qrcode.js' {
  export { create } from 'qrcode';
}
