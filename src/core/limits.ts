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
