import { describe, expect, it } from 'vitest';
import { isArrow, nextProvince, type Point } from './keyboard.ts';

// a 3×3 grid of synthetic provinces, codes by row and column
const grid: Point[] = [];
for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) grid.push({ code: `${r}${c}`, x: c * 10, y: r * 10 });

describe('nextProvince', () => {
  it('moves to the neighbour in the arrow direction', () => {
    expect(nextProvince(grid, '11', 'ArrowUp')).toBe('01');
    expect(nextProvince(grid, '11', 'ArrowDown')).toBe('21');
    expect(nextProvince(grid, '11', 'ArrowLeft')).toBe('10');
    expect(nextProvince(grid, '11', 'ArrowRight')).toBe('12');
  });
  it('prefers the straight neighbour to a diagonal one and stops at the edge', () => {
    expect(nextProvince(grid, '00', 'ArrowRight')).toBe('01');
    expect(nextProvince(grid, '02', 'ArrowRight')).toBeNull();
    expect(nextProvince(grid, '20', 'ArrowDown')).toBeNull();
  });
  it('rejects an unknown start and recognises arrows', () => {
    expect(() => nextProvince(grid, '99', 'ArrowUp')).toThrow(/unknown province/);
    expect(isArrow('ArrowLeft')).toBe(true);
    expect(isArrow('Enter')).toBe(false);
  });
});
