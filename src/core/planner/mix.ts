/**
 * The content mix of a line's slots, in date order: themes by weight with a
 * deficit scheme (each slot goes to the theme furthest below its share so
 * far, so every share stays within one slot of its weight, with no
 * randomness), formats and personas in rotation. Values fixed by a key date
 * or a post count in the tallies but are never overwritten.
 */

/** The mix of a line's slots as columns: slot n has themes[n], formats[n] and personas[n]. */
export interface Mix {
  themes: (string | null)[];
  formats: (string | null)[];
  personas: (string | null)[];
}

export interface MixFixed {
  theme?: string | undefined;
  format?: string | undefined;
  persona?: string | undefined;
}

export function assignThemes(count: number, themes: readonly { id: string; weight: number }[], fixed: readonly (string | undefined)[]): (string | null)[] {
  const total = themes.reduce((sum, t) => sum + t.weight, 0);
  const tally = new Map(themes.map((t) => [t.id, 0]));
  const out: (string | null)[] = [];
  for (let n = 0; n < count; n += 1) {
    const forced = fixed[n];
    let theme: string | null = forced ?? null;
    if (forced === undefined && total > 0) {
      let best = -Infinity;
      for (const t of themes) {
        if (t.weight <= 0) continue;
        const deficit = (t.weight / total) * (n + 1) - (tally.get(t.id) ?? 0);
        if (deficit > best + 1e-9) {
          best = deficit;
          theme = t.id;
        }
      }
    }
    if (theme !== null && tally.has(theme)) tally.set(theme, tally.get(theme)! + 1);
    out.push(theme);
  }
  return out;
}

function rotate(count: number, values: readonly string[], fixed: readonly (string | undefined)[]): (string | null)[] {
  let turn = 0;
  const out: (string | null)[] = [];
  for (let n = 0; n < count; n += 1) {
    const forced = fixed[n];
    if (forced !== undefined) out.push(forced);
    else out.push(values.length === 0 ? null : values[turn++ % values.length]!);
  }
  return out;
}

export function assignMix(
  fixed: readonly MixFixed[],
  line: { themes: readonly { id: string; weight: number }[]; formats: readonly string[]; personas: readonly string[] },
): Mix {
  return {
    themes: assignThemes(fixed.length, line.themes, fixed.map((f) => f.theme)),
    formats: rotate(fixed.length, line.formats, fixed.map((f) => f.format)),
    personas: rotate(fixed.length, line.personas, fixed.map((f) => f.persona)),
  };
}
