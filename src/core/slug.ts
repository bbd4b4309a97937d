/** Letters that Unicode decomposition does not split into a base letter and an accent. */
const LIGATURES: Record<string, string> = {
  œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ŀ: 'l',
};

/**
 * A file-name and id-safe form of a text: transliterated (é → e, œ → oe),
 * lowercase, words joined by "-", nothing but [a-z0-9-]. Empty when the text
 * holds no letter or digit.
 */
export function slugify(text: string, maxLength = 60): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\x00-\x7f]/g, (ch) => LIGATURES[ch] ?? ' ');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
export function uniqueName(base: string, taken: ReadonlySet<string> | readonly string[]): string {
  const has = (name: string) => (Array.isArray(taken) ? taken.includes(name) : (taken as ReadonlySet<string>).has(name));
  if (!has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!has(candidate)) return candidate;
  }
}

/** An id (see ID_PATTERN) made from a name, unique among `taken`; `fallback` when the name has no letter. */
export function idFrom(name: string, taken: readonly string[], fallback: string): string {
  return uniqueName(slugify(name, 40) || fallback, taken);
}
