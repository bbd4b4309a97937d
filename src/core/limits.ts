/**
 * Bounds on what one lint run reads and lists, so that a hostile post costs
 * time linear in its size (docs/rules.md, "Bounds"). One constant each: the
 * post reader, the workspace loader and the lint engine all read these.
 */

/**
 * A post file larger than this many bytes is not parsed: lint reports it
 * (`post-too-large`), plan and new see no post in it. 1 MiB is 16 times the
 * longest text any network takes (Facebook, 63,206 characters) and still 4
 * times that text if each of its characters took 4 bytes of UTF-8.
 */
export const MAX_POST_BYTES = 1024 * 1024;

/**
 * Findings of one rule listed per post; past it, one summary finding stands
 * for the rest ("and 49,950 more"), with their fixes. 50 is more than a real
 * post ever has of one rule, and a screenful.
 */
export const MAX_FINDINGS_PER_RULE = 50;

/**
 * The longest range one `edito plan` run covers by default, in years
 * (`--max-years N` raises it): counted as N × 365.25 days rounded up, so any
 * ten calendar years (3,653 days at most) pass and a day more does not. A
 * plan is redone as the strategy changes; ten years is already far past any.
 */
export const MAX_PLAN_YEARS = 10;

/**
 * The most slots one `edito plan` run produces by default (`--max-slots N`
 * raises it), estimated from the frequency rules before any is placed: a
 * year of 12 networks is about 2,800 slots, ten years of X at 50 a day
 * about 183,000. Past it a plan is a mistake or an attack, and its output
 * (hundreds of megabytes) helps nobody.
 */
export const MAX_PLAN_SLOTS = 200_000;

/**
 * A value from the workspace echoed in a message (a key, a term, a label, a
 * path) is cut to this many characters, then "…": a pasted hash or a hostile
 * 100,000-character key cannot flood a terminal or a CI log. Long enough for
 * any real label, file path or sentence quoted back.
 */
export const MAX_ECHO_LENGTH = 200;
