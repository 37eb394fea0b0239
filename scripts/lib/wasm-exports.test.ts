import { describe, expect, it } from 'vitest';
import { keepExports, wasmExports, wasmImports, wasmSections } from './wasm-exports.ts';

const leb = (n: number): number[] => {
  const out: number[] = [];
  do {
    const low = n & 0x7f;
    n >>>= 7;
    out.push(n ? low | 0x80 : low);
  } while (n);
  return out;
};
const name = (text: string): number[] => [...leb(text.length), ...new TextEncoder().encode(text)];
const section = (id: number, body: number[]): number[] => [id, ...leb(body.length), ...body];

// A module that imports a function, a mutable global (as Emscripten's GOT.mem), a memory and a
// table with a maximum, and exports three functions and a global: enough kinds to walk every path.
function module(): Uint8Array<ArrayBuffer> {
  const i32 = 0x7f;
  const types = section(1, [2, 0x60, 0, 1, i32, 0x60, 1, i32, 1, i32]);
  const imports = section(2, [
    4,
    ...name('env'), ...name('log'), 0x00, 1,
    ...name('GOT.mem'), ...name('table_base'), 0x03, i32, 1,
    ...name('env'), ...name('memory'), 0x02, 0x00, 1,
    ...name('env'), ...name('table'), 0x01, 0x70, 0x01, 1, 10,
  ]);
  const functions = section(3, [3, 0, 0, 1]);
  const globals = section(6, [1, i32, 0, 0x41, 42, 0x0b]);
  const exports = section(7, [
    4,
    ...name('forty_one'), 0x00, 1,
    ...name('forty_two'), 0x00, 2,
    ...name('double'), 0x00, 3,
    ...name('answer'), 0x03, 1,
  ]);
  const body = (code: number[]): number[] => [...leb(code.length + 1), 0, ...code];
  const code = section(10, [3, ...body([0x41, 41, 0x0b]), ...body([0x41, 42, 0x0b]), ...body([0x20, 0, 0x41, 2, 0x6c, 0x0b])]);
  const custom = section(0, [...name('note'), 1, 2, 3]);
  return new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, ...types, ...imports, ...functions, ...globals, ...exports, ...code, ...custom]);
}

const imports = (): WebAssembly.Imports => ({
  env: { log: () => undefined, memory: new WebAssembly.Memory({ initial: 1 }), table: new WebAssembly.Table({ initial: 1, maximum: 10, element: 'anyfunc' }) },
  'GOT.mem': { table_base: new WebAssembly.Global({ value: 'i32', mutable: true }, 0) },
});

describe('wasm imports and exports', () => {
  it('reads what a module imports and exports, as WebAssembly itself does', async () => {
    const bytes = module();
    const compiled = await WebAssembly.compile(bytes);
    expect(wasmImports(bytes).map(({ module, name }) => ({ module, name }))).toEqual(WebAssembly.Module.imports(compiled).map(({ module, name }) => ({ module, name })));
    expect(wasmImports(bytes).map((i) => i.kind)).toEqual([0, 3, 2, 1]);
    expect(wasmExports(bytes).map((e) => [e.name, e.kind])).toEqual([
      ['forty_one', 0],
      ['forty_two', 0],
      ['double', 0],
      ['answer', 3],
    ]);
    expect(wasmSections(bytes).map((s) => s.id)).toEqual([1, 2, 3, 6, 7, 10, 0]);
  });

  it('keeps only the exports asked for, and the module still validates and runs', async () => {
    const bytes = module();
    const kept = keepExports(bytes, (e) => e.name === 'forty_two' || e.name === 'answer');
    expect(kept.length).toBeLessThan(bytes.length);
    const compiled = await WebAssembly.compile(kept);
    expect(WebAssembly.Module.exports(compiled).map((e) => e.name)).toEqual(['forty_two', 'answer']);
    const instance = await WebAssembly.instantiate(compiled, imports());
    expect((instance.exports.forty_two as () => number)()).toBe(42);
    expect((instance.exports.answer as WebAssembly.Global).value).toBe(42);
    // every other section byte for byte
    const other = (b: Uint8Array): number[][] => wasmSections(b).filter((s) => s.id !== 7).map((s) => [...b.subarray(s.start, s.end)]);
    expect(other(kept)).toEqual(other(bytes));
    expect(WebAssembly.Module.customSections(compiled, 'note').map((b) => [...new Uint8Array(b)])).toEqual([[1, 2, 3]]);
  });

  it('keeps everything, or nothing, as asked', async () => {
    const bytes = module();
    expect([...keepExports(bytes, () => true)]).toEqual([...bytes]);
    const none = await WebAssembly.compile(keepExports(bytes, () => false));
    expect(WebAssembly.Module.exports(none)).toEqual([]);
  });

  it('refuses a file that is not wasm, or is cut short, saying where', () => {
    expect(() => wasmSections(new TextEncoder().encode('<!doctype html>'))).toThrow(/not a WebAssembly binary/);
    const bytes = module();
    expect(() => wasmSections(bytes.subarray(0, bytes.length - 2))).toThrow(/section 0 runs past the end of the file at byte \d+/);
    const exportsAt = wasmSections(bytes).find((s) => s.id === 7)!;
    const broken = bytes.slice();
    broken[exportsAt.body] = 9; // claims 9 entries in a section that holds 4
    expect(() => wasmExports(broken)).toThrow(/wasm: /);
  });
});
