import { describe, expect, it } from 'vitest';
import symbols from '../../../assets/symbols/symbols.json';
import { INTERFACE_SYMBOLS, PICTURE_GROUPS } from '../../../src/features/pictures/pictureGroups';

describe('the groups of pictures on /pictures', () => {
  it('put every picture in one section, or among the interface icons left out', () => {
    const grouped = Object.values(PICTURE_GROUPS).flat() as string[];
    const all = [...grouped, ...INTERFACE_SYMBOLS];
    expect(new Set(all).size).toBe(all.length); // no picture twice
    expect(all.sort()).toEqual(
      Object.keys(symbols)
        .filter((k) => k !== '$comment')
        .sort(),
    );
  });
  it('leave out the app\'s own controls, like "Move up"', () => {
    const grouped = Object.values(PICTURE_GROUPS).flat() as string[];
    for (const id of ['move-up', 'move-down', 'close', 'print', 'edit', 'remove', 'undo'])
      expect(grouped).not.toContain(id);
  });
});
