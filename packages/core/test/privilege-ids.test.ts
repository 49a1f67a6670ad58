import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { privilegeIds } from '../src/privilege-ids.js';

describe('privilegeIds', () => {
  it('lists the ids of an object and of the same map as an array indexed by id alike, ascending', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.nat({ max: 300 }).map(String), fc.nat({ max: 0xffffffff }), { maxKeys: 8 }), (object) => {
        const array: number[] = [];
        for (const [id, expire] of Object.entries(object)) array[Number(id)] = expire;
        const expected = Object.keys(object)
          .map(Number)
          .sort((a, b) => a - b);
        expect(privilegeIds(object)).toEqual(expected);
        expect(privilegeIds(array)).toEqual(expected);
      }),
    );
  });

  it('reads ids up to 65535 from an object', () => {
    expect(privilegeIds({ 65535: 1, 0: 2, 1000: 3 })).toEqual([0, 1000, 65535]);
  });
});
