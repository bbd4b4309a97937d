import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalNetworkId, findNetwork, NETWORKS, perWeek } from '../../../src/core/networks.js';
import { REPO } from '../../helpers.js';

describe('network registry', () => {
  it('holds the twelve networks of the design', () => {
    expect(NETWORKS.map((n) => n.id)).toEqual([
      'linkedin', 'x', 'facebook', 'instagram', 'tiktok', 'youtube', 'pinterest', 'threads', 'bluesky', 'mastodon', 'snapchat', 'twitch',
    ]);
  });
  it('resolves aliases and case', () => {
    expect(canonicalNetworkId('twitter')).toBe('x');
    expect(canonicalNetworkId('LinkedIn')).toBe('linkedin');
    expect(findNetwork('myspace')).toBeUndefined();
  });
  it('follows the editorial guidance for default frequencies', () => {
    const weekly = (id: string) => {
      const { unit, min, max } = findNetwork(id)!.defaultFrequency;
      return [perWeek(unit, min), perWeek(unit, max)];
    };
    expect(weekly('linkedin')).toEqual([1, 2]);
    expect(weekly('x')).toEqual([7, 7]);
    expect(weekly('facebook')).toEqual([1, 2]);
    expect(weekly('instagram')).toEqual([2, 2]);
  });
  it('keeps platform facts: X weighted 280, Instagram 5 hashtags and no clickable links', () => {
    expect(findNetwork('x')).toMatchObject({ textLimit: 280, counting: 'twitter-text' });
    expect(findNetwork('instagram')).toMatchObject({ textLimit: 2200, hashtagCap: 5, linksClickable: false });
    expect(findNetwork('bluesky')).toMatchObject({ textLimit: 300, counting: 'graphemes' });
  });
  it('documents every profile with its source in docs/networks.md', async () => {
    const doc = await readFile(path.join(REPO, 'docs/networks.md'), 'utf8');
    for (const profile of NETWORKS) {
      expect(profile.source.length).toBeGreaterThan(10);
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${profile.id}\``));
      expect(row, profile.id).toContain(profile.textLimit.toLocaleString('en'));
      expect(row).toContain(profile.source);
    }
  });
});
