import { describe, expect, it } from 'vitest';
import { engineUrls, lockdownSql } from './engine.ts';

describe('engineUrls', () => {
  it('puts the engine and the database under the base path, absolute', () => {
    expect(engineUrls('/', 'http://127.0.0.1:4321/explore/?q=1')).toEqual({
      worker: 'http://127.0.0.1:4321/duckdb/duckdb-browser-eh.worker.js',
      wasmGzip: 'http://127.0.0.1:4321/duckdb/duckdb-eh.wasm.gz',
      wasmBrotli: 'http://127.0.0.1:4321/duckdb/duckdb-eh.wasm.br',
      database: 'http://127.0.0.1:4321/data/egov.duckdb',
    });
    expect(engineUrls('/site', 'https://example.org/site/explore/').database).toBe('https://example.org/site/data/egov.duckdb');
  });
});

describe('lockdownSql', () => {
  it('attaches read-only before turning external access off, and locks last', () => {
    const statements = lockdownSql("http://h/it's/egov.duckdb");
    const attach = statements.findIndex((s) => s.startsWith('ATTACH'));
    const off = statements.indexOf('SET enable_external_access = false');
    expect(statements[attach]).toBe("ATTACH 'http://h/it''s/egov.duckdb' AS egov (READ_ONLY)");
    expect(statements.slice(0, attach)).toEqual(['SET autoload_known_extensions = false', 'SET autoinstall_known_extensions = false']);
    expect(off).toBeGreaterThan(attach);
    expect(statements.at(-1)).toBe('SET lock_configuration = true');
  });
});
