import { describe, expect, it } from 'vitest';
import { engineUrls, lockdownSql, pageEngineFiles } from './engine.ts';
import { ENGINE_FILES_ID } from '../../lib/engine-assets.ts';

const FILES = { worker: 'duckdb/duckdb-browser-eh.0123456789abcdef.worker.js', wasm: 'duckdb/duckdb-eh.00112233445566ff.wasm.gz', wasmBytes: 34_242_586, databaseBytes: 536_576 };

describe('engineUrls', () => {
  it('puts the engine files the page names and the database under the base path, absolute', () => {
    expect(engineUrls('/', 'http://127.0.0.1:4321/explore/?q=1', FILES)).toEqual({
      worker: 'http://127.0.0.1:4321/duckdb/duckdb-browser-eh.0123456789abcdef.worker.js',
      wasm: 'http://127.0.0.1:4321/duckdb/duckdb-eh.00112233445566ff.wasm.gz',
      wasmBytes: 34_242_586,
      database: 'http://127.0.0.1:4321/data/egov.duckdb',
      databaseBytes: 536_576,
    });
    const under = engineUrls('/site', 'https://example.org/site/explore/', FILES);
    expect(under.database).toBe('https://example.org/site/data/egov.duckdb');
    expect(under.worker).toBe('https://example.org/site/duckdb/duckdb-browser-eh.0123456789abcdef.worker.js');
  });

  it('reads the names from the page, and says so when the page has none', () => {
    const doc = (text: string | null): Pick<Document, 'getElementById'> => ({
      getElementById: (id: string) => (id === ENGINE_FILES_ID && text !== null ? ({ textContent: text } as HTMLElement) : null),
    });
    expect(pageEngineFiles(doc(JSON.stringify(FILES)))).toEqual(FILES);
    expect(() => pageEngineFiles(doc(null))).toThrow(/does not name the engine files/);
  });
});

describe('lockdownSql', () => {
  it('attaches the registered file read-only before turning external access off, and locks last', () => {
    const statements = lockdownSql("it's.duckdb");
    const attach = statements.findIndex((s) => s.startsWith('ATTACH'));
    const off = statements.indexOf('SET enable_external_access = false');
    expect(statements[attach]).toBe("ATTACH 'it''s.duckdb' AS egov (READ_ONLY)");
    expect(lockdownSql()[attach]).toBe("ATTACH 'egov.duckdb' AS egov (READ_ONLY)");
    expect(statements.slice(0, attach)).toEqual(['SET autoload_known_extensions = false', 'SET autoinstall_known_extensions = false']);
    expect(off).toBeGreaterThan(attach);
    expect(statements.at(-1)).toBe('SET lock_configuration = true');
  });
});
