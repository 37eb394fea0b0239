/**
 * Reads a WebAssembly binary's import and export sections, and writes it again with fewer
 * exports. Nothing else changes: every other section is copied byte for byte, and an export names
 * a function or global by index, so dropping one renumbers nothing.
 *
 * Why (scripts/build-duckdb-assets.ts): DuckDB-WASM is built as an Emscripten main module, which
 * exports every symbol (75,011 of them) for extensions loaded later as side modules. Its start-up
 * glue walks all of them several times (GOT entries, symbol tables, signature wrappers), which was
 * 350 of the 430 ms of instantiation on this machine, and their names were 7.4 MB of the 34 MB file.
 */

/** A section as it lies in the file: `start` is its id byte, `body` its content after the size. */
export interface WasmSection {
  id: number;
  start: number;
  body: number;
  end: number;
}

export interface WasmImport {
  module: string;
  name: string;
  kind: number;
}

export interface WasmExport {
  name: string;
  kind: number;
  /** where the entry lies in the file, its name included */
  start: number;
  end: number;
}

const MAGIC = [0x00, 0x61, 0x73, 0x6d] as const;
const IMPORT_SECTION = 2;
const EXPORT_SECTION = 7;
const decoder = new TextDecoder('utf-8', { fatal: true });

class Reader {
  readonly bytes: Uint8Array;
  at: number;

  constructor(bytes: Uint8Array, at: number) {
    this.bytes = bytes;
    this.at = at;
  }

  fail(what: string): never {
    throw new Error(`wasm: ${what} at byte ${this.at}`);
  }

  byte(): number {
    if (this.at >= this.bytes.length) this.fail('unexpected end of file');
    return this.bytes[this.at++] as number;
  }

  /** An unsigned LEB128 of at most 32 bits. */
  u32(): number {
    let result = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const byte = this.byte();
      result += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return result;
    }
    return this.fail('LEB128 longer than 5 bytes');
  }

  /** A signed LEB128 (a heap type), skipped. */
  skipSigned(): void {
    for (let i = 0; i < 10; i++) if (this.byte() < 0x80) return;
    this.fail('LEB128 longer than 10 bytes');
  }

  name(): string {
    const length = this.u32();
    if (this.at + length > this.bytes.length) this.fail('name runs past the end of the file');
    const text = decoder.decode(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return text;
  }

  valueType(): void {
    const type = this.byte();
    // (ref null ht) and (ref ht) carry a heap type; every other value type is one byte.
    if (type === 0x63 || type === 0x64) this.skipSigned();
  }

  limits(): void {
    const flags = this.byte();
    if (flags > 0x0f) this.fail(`limits flags 0x${flags.toString(16)}`);
    this.u32();
    if (flags & 0x01) this.u32();
    // a custom page size (flag 0x08) is its log2 after the limits
    if (flags & 0x08) this.u32();
  }
}

/** The file's sections, in order; throws on a file that is not wasm or is cut short. */
export function wasmSections(bytes: Uint8Array): WasmSection[] {
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('wasm: not a WebAssembly binary (no \\0asm header)');
  const sections: WasmSection[] = [];
  const reader = new Reader(bytes, 8);
  while (reader.at < bytes.length) {
    const start = reader.at;
    const id = reader.byte();
    const size = reader.u32();
    const body = reader.at;
    if (body + size > bytes.length) reader.fail(`section ${id} runs past the end of the file`);
    reader.at = body + size;
    sections.push({ id, start, body, end: reader.at });
  }
  return sections;
}

function section(bytes: Uint8Array, id: number): WasmSection | undefined {
  return wasmSections(bytes).find((s) => s.id === id);
}

// The entries of section `id`, each read by `entry`; throws when they do not fill the section exactly.
function entries<T>(bytes: Uint8Array, id: number, what: string, entry: (reader: Reader) => T): T[] {
  const found = section(bytes, id);
  if (!found) return [];
  const reader = new Reader(bytes, found.body);
  const out: T[] = [];
  for (let count = reader.u32(); count > 0; count--) out.push(entry(reader));
  if (reader.at !== found.end) reader.fail(`${what} section does not end where its size says`);
  return out;
}

/** What the module imports (module, name, kind: 0 function, 1 table, 2 memory, 3 global, 4 tag). */
export function wasmImports(bytes: Uint8Array): WasmImport[] {
  return entries(bytes, IMPORT_SECTION, 'import', (reader) => {
    const module = reader.name();
    const name = reader.name();
    const kind = reader.byte();
    if (kind === 0) reader.u32();
    else if (kind === 1) {
      reader.valueType();
      reader.limits();
    } else if (kind === 2) reader.limits();
    else if (kind === 3) {
      reader.valueType();
      reader.byte();
    } else if (kind === 4) {
      reader.byte();
      reader.u32();
    } else reader.fail(`import kind ${kind}`);
    return { module, name, kind };
  });
}

/** What the module exports (kind: 0 function, 1 table, 2 memory, 3 global, 4 tag). */
export function wasmExports(bytes: Uint8Array): WasmExport[] {
  return entries(bytes, EXPORT_SECTION, 'export', (reader) => {
    const start = reader.at;
    const name = reader.name();
    const kind = reader.byte();
    reader.u32();
    return { name, kind, start, end: reader.at };
  });
}

function leb128(value: number): number[] {
  const out: number[] = [];
  let rest = value;
  do {
    const low = rest % 128;
    rest = Math.floor(rest / 128);
    out.push(rest > 0 ? low | 0x80 : low);
  } while (rest > 0);
  return out;
}

/** The same binary with only the exports `keep` accepts; every other byte as it was. */
export function keepExports(bytes: Uint8Array, keep: (entry: WasmExport) => boolean): Uint8Array<ArrayBuffer> {
  const found = section(bytes, EXPORT_SECTION);
  if (!found) return bytes.slice();
  const kept = wasmExports(bytes).filter(keep);
  const entries = kept.reduce((sum, e) => sum + (e.end - e.start), 0);
  const count = leb128(kept.length);
  const size = leb128(count.length + entries);
  const out = new Uint8Array(found.start + 1 + size.length + count.length + entries + (bytes.length - found.end));
  out.set(bytes.subarray(0, found.start), 0);
  let at = found.start;
  out[at++] = EXPORT_SECTION;
  out.set(size, at);
  at += size.length;
  out.set(count, at);
  at += count.length;
  for (const entry of kept) {
    out.set(bytes.subarray(entry.start, entry.end), at);
    at += entry.end - entry.start;
  }
  out.set(bytes.subarray(found.end), at);
  return out;
}
