import { describe, expect, it } from 'vitest';
import { describeEngineFailure } from './messages.ts';

describe('describeEngineFailure', () => {
  it('tells apart missing WebAssembly, memory, blocked worker and download failures', () => {
    expect(describeEngineFailure(new Error('WebAssembly is not available')).kind).toBe('no_webassembly');
    expect(describeEngineFailure(new RangeError('WebAssembly.Memory(): could not allocate memory')).kind).toBe('memory');
    expect(describeEngineFailure(new Error('worker failed: blocked or missing')).kind).toBe('worker');
    expect(describeEngineFailure(new Error('engine download failed: 404 /duckdb/duckdb-eh.wasm.gz')).kind).toBe('network');
    expect(describeEngineFailure('strange').kind).toBe('other');
  });
  it('gives Vietnamese and English text and keeps the original detail', () => {
    const failure = describeEngineFailure(new TypeError('Failed to fetch'));
    expect(failure.vi).toMatch(/Không tải được/);
    expect(failure.en).toMatch(/could not be downloaded/);
    expect(failure.detail).toBe('TypeError: Failed to fetch');
  });
});
