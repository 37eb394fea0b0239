import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { ResultColumn, ResultTable } from '../duckdb/result.ts';
import { pickChart } from './chart.ts';
import { drawChart } from './chart-draw.ts';

const col = (name: string, kind: ResultColumn['kind'], values: ResultColumn['values']): ResultColumn => ({ name, kind, type: kind, values });
const table = (...columns: ResultColumn[]): ResultTable => ({ columns, rowCount: columns[0]?.values.length ?? 0 });

describe('pickChart', () => {
  it('draws a line over a date column, one line per label', () => {
    const t = table(col('period_end', 'date', ['2020-12-31', '2021-12-31']), col('geo', 'string', ['01', '01']), col('value', 'number', [1, 2]));
    expect(pickChart(t)).toEqual({ kind: 'line', x: 'period_end', y: 'value', series: 'geo' });
  });
  it('treats a text column of years as time', () => {
    expect(pickChart(table(col('period', 'string', ['2019', '2020']), col('value', 'number', [1, 2])))).toMatchObject({ kind: 'line', x: 'period' });
  });
  it('draws bars for a label and a number, dots for two numbers', () => {
    expect(pickChart(table(col('name_vi', 'string', ['Hà Nội', 'Huế']), col('value', 'number', [3, 4])))).toEqual({ kind: 'bar', label: 'name_vi', value: 'value' });
    expect(pickChart(table(col('name_vi', 'string', ['a', 'b']), col('x', 'number', [1, 2]), col('y', 'number', [3, 4])))).toEqual({ kind: 'dot', x: 'x', y: 'y', label: 'name_vi' });
  });
  it('draws nothing without a number or without rows', () => {
    expect(pickChart(table(col('name_vi', 'string', ['a'])))).toBeNull();
    expect(pickChart(table(col('value', 'number', [])))).toBeNull();
  });
});

describe('drawChart', () => {
  it('renders one bar per row with its label', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const t = table(col('name_vi', 'string', ['Hà Nội', 'Huế', 'Cần Thơ']), col('value', 'number', [3, 4, null]));
    const spec = pickChart(t);
    if (!spec) throw new Error('expected a chart');
    const svg = drawChart(t, spec, { width: 640, document: document as unknown as Document });
    const html = (svg as unknown as { outerHTML: string }).outerHTML;
    // the null value is not drawn as a zero-length bar
    expect(html.match(/<rect /g)?.length).toBe(2);
    expect(html).toContain('Hà Nội');
    expect(html).not.toContain('Cần Thơ');
  });
});
