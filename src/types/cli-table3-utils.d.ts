// cli-table3's own width measure (string-width: ANSI codes stripped, wide characters and emojis 2 columns), which the plan table reuses.
declare module 'cli-table3/src/utils.js' {
  const utils: { strlen: (text: string) => number };
  export default utils;
}
