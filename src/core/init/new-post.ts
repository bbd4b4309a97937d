import type { EffectiveLine } from '../effective.js';
import type { Plan, Slot } from '../planner/types.js';
import type { PostFrontMatter } from '../schemas/files.js';
import { slugify } from '../slug.js';
import { postFileName } from './answers.js';

/**
 * The first slot of a plan that no post fills yet, at or after `notBefore`
 * (an instant, ISO 8601): a slot whose time has passed today is not "next".
 */
export function nextFreeSlot(plan: Plan, notBefore?: Date): Slot | undefined {
  return plan.slots.find((slot) => slot.post === null && (notBefore === undefined || new Date(slot.start).getTime() >= notBefore.getTime()));
}

export interface NewPost {
  /** Path relative to the posts folder: YYYY/MM/YYYY-MM-DD-<network>-<slug>.md */
  file: string;
  frontMatter: PostFrontMatter;
}

/**
 * The front matter of a new post: the slot's theme, format, persona and first
 * objective when the plan has a slot there, else the line's first format.
 */
export function newPost(options: { line: EffectiveLine; date: string; time: string; slot?: Slot; title?: string }): NewPost {
  const { line, date, time, slot, title } = options;
  const format = slot?.format ?? line.formats[0];
  const objective = slot?.objectives[0];
  const frontMatter: PostFrontMatter = {
    network: line.network,
    date: `${date}T${time}`,
    ...(title ? { title } : {}),
    ...(format ? { format } : {}),
    ...(slot?.theme ? { theme: slot.theme } : {}),
    ...(slot?.persona ? { persona: slot.persona } : {}),
    ...(objective ? { objective } : {}),
    account: line.account,
    status: 'draft',
  };
  const slug = slugify(title ?? '') || slugify(slot?.theme ?? '') || 'post';
  return { file: postFileName(date, line.network, slug), frontMatter };
}
