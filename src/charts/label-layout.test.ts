import { describe, expect, it } from 'vitest';
import { layoutLabels, rowsUsed } from './label-layout.ts';

describe('layoutLabels', () => {
  it('anchors labels at the edges inward, in the middle otherwise', () => {
    const placed = layoutLabels(
      [
        { x: 2, text: 'Vinh Phuc: ≈ 18%' },
        { x: 300, text: 'Ha Noi: 50%' },
        { x: 598, text: 'Bac Giang: 100%' },
      ],
      600,
    );
    expect(placed.map((p) => p.anchor)).toEqual(['start', 'middle', 'end']);
    expect(placed.map((p) => p.row)).toEqual([0, 0, 0]);
  });

  it('moves a label that would overprint another to the next free row', () => {
    const placed = layoutLabels(
      [
        { x: 590, text: 'Hai Phong: ≈ 100%' },
        { x: 590, text: 'Bac Giang: 100%' },
        { x: 590, text: 'Ha Noi: ≈ 100%' },
      ],
      600,
    );
    expect(placed.map((p) => [p.row, p.dy])).toEqual([
      [0, -14],
      [1, -28],
      [2, -42],
    ]);
    expect(rowsUsed(placed)).toBe(3);
  });

  it('keeps far-apart labels on the first row', () => {
    const placed = layoutLabels([{ x: 100, text: 'A: 1' }, { x: 400, text: 'B: 2' }], 600);
    expect(placed.map((p) => p.row)).toEqual([0, 0]);
  });
});
