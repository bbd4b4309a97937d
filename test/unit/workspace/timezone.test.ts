import { describe, expect, it } from 'vitest';
import { isTimeZone } from '../../../src/core/schemas/common.js';

/** Canonical names come from Intl's list, the others from Intl.DateTimeFormat: both accept what Intl accepts. */
describe('isTimeZone', () => {
  it('accepts canonical zones, aliases and other cases; refuses what Intl refuses', () => {
    for (const zone of ['Europe/Paris', 'America/Montreal', 'Africa/Dakar', 'UTC', 'US/Eastern', 'europe/paris', 'Etc/GMT+1']) expect(isTimeZone(zone), zone).toBe(true);
    for (const zone of ['Europe/Lyon', 'Paris', '', 'Europe/Paris ']) expect(isTimeZone(zone), zone).toBe(false);
  });
});
