/** diff's --format values, the keys of DIFF_RENDERERS (render.ts): apart, so that `--help` loads no renderer. */
export const DIFF_FORMATS = ['table', 'md', 'json', 'github'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];
