import { defineTarget } from './target.js';

/** The documented machine format (docs/export.md): keys in a fixed order, every key present (null when unset). */
const json = defineTarget({
  id: 'json',
  limits: { media: 'any', link: true, csv: false },
  output: 'file',
  extension: '.json',
  render: (posts, options) => `${JSON.stringify({
    brand: options.brand,
    timezone: options.timezone,
    posts: posts.map((p) => ({
      file: p.file, network: p.network, start: p.at.iso, date: p.at.date, time: p.at.time, status: p.status ?? null,
      format: p.format ?? null, theme: p.theme ?? null, persona: p.persona ?? null, objective: p.objective ?? null,
      account: p.account ?? null, title: p.title ?? null, link: p.link ?? null, media: p.media, tags: p.tags, text: p.text,
    })),
  }, null, 2)}\n`,
});

export default json;
