import { describe, expect, it } from 'vitest';
import { LINK_WEIGHTS, linkScore } from '../../modules/risk/risk.links.js';

/** The link score's figures as docs/risk.md states them. */
describe('link score', () => {
  const w = (...weights: number[]) => Number(linkScore(weights.map((weight) => ({ weight }))).toFixed(4));
  const ip = (players: number) => LINK_WEIGHTS.IP / (players - 1);

  it('weighs an instrument over a device over an address', () => {
    expect(LINK_WEIGHTS).toEqual({ INSTRUMENT: 0.9, DEVICE: 0.7, IP: 0.3 });
    expect(w()).toBe(0);
    expect(w(LINK_WEIGHTS.DEVICE)).toBe(0.7);
    expect(w(LINK_WEIGHTS.INSTRUMENT)).toBe(0.9);
    expect(w(LINK_WEIGHTS.DEVICE, LINK_WEIGHTS.INSTRUMENT)).toBe(0.97);
  });

  it('discounts an address by the players sharing it: below the 0.6 threshold until three private addresses are shared', () => {
    expect(w(ip(2))).toBe(0.3);
    expect(w(ip(5))).toBe(0.075);
    expect(w(ip(2), ip(2))).toBe(0.51);
    expect(w(ip(2), ip(2), ip(2))).toBe(0.657);
  });
});
