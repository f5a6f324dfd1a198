/** Tables of the bundled font families' subsets, made at build time by src/node/font-table-plugin.ts. */
declare module 'virtual:font-table/*' {
  const table: import('./app/font-table').FontTable;
  export default table;
}
