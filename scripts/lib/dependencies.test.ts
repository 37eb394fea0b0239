import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredPackages, dependencyProblems, packageName, packageUses, projectUses, scriptsOf, typesPackage } from './dependencies.ts';

const ROOT = resolve(import.meta.dirname, '../..');

// Declared packages no code imports, each for a reason of its own. Keep the reason beside the name;
// remove the name when the reason goes.
const TOOLING = [
  'node', // Node 24 in node_modules/.bin: npm scripts run `node …` with it
  'typescript', // the compiler @astrojs/check and svelte-check type-check with (pinned 5.9.x)
  '@astrojs/check', // loaded by `astro check` (npm run typecheck)
  'svelte-check', // run by `npm run typecheck` and scripts/test.ts
  '@types/d3', // types for @observablehq/plot, whose .d.ts files import from 'd3' without depending on @types/d3
];

describe('packageName', () => {
  it('keeps the package of a subpath, a scope and a query', () => {
    expect(packageName('astro/config')).toBe('astro');
    expect(packageName('@e965/xlsx/dist/cpexcel')).toBe('@e965/xlsx');
    expect(packageName('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url')).toBe('@duckdb/duckdb-wasm');
  });

  it('names no package for relative paths, built-ins and virtual modules', () => {
    for (const specifier of ['./table.ts', '../../src/lib/types.ts', '/abs.ts', 'node:fs', 'fs/promises', 'astro:content', 'virtual:x']) {
      expect(packageName(specifier)).toBeNull();
    }
  });
});

describe('typesPackage', () => {
  it('follows DefinitelyTyped names', () => {
    expect(typesPackage('d3-geo')).toBe('@types/d3-geo');
    expect(typesPackage('@scope/name')).toBe('@types/scope__name');
  });
});

describe('scriptsOf', () => {
  it("reads an .astro file's frontmatter and scripts, a .svelte file's scripts", () => {
    expect(scriptsOf('a.astro', "---\nimport A from 'a';\n---\n<p>from 'x'</p>\n<script>import 'b';</script>")).toEqual(["import A from 'a';", "import 'b';"]);
    expect(scriptsOf('a.svelte', '<script lang="ts">import c from \'c\';</script>\n<p>import d from "d"</p>')).toEqual(["import c from 'c';"]);
  });
});

describe('packageUses', () => {
  it('finds every form of import, and paths into node_modules', () => {
    const text = [
      "import a from 'a';",
      "import type { B } from 'b';",
      "import { type C } from 'c';",
      "export * from 'd/sub';",
      "export type { E } from 'e';",
      "const f = await import('f');",
      "const g = require('g');",
      "type H = import('h').H;",
      "const i = import.meta.resolve('i');",
      "const j = join(ROOT, 'node_modules/@j/k/index.js');",
      "const l = resolve(dir, '../node_modules/l/m.wasm');",
      "import { readFileSync } from 'node:fs';",
      "import './local.ts';",
    ].join('\n');
    expect(packageUses('x.ts', text).map((use) => `${use.name}${use.typeOnly ? ' (types)' : ''}`)).toEqual([
      'a',
      'b (types)',
      'c',
      'd',
      'e (types)',
      'f',
      'g',
      'h (types)',
      'i',
      '@j/k',
      'l',
      '@types/node (types)',
    ]);
  });

  it('ignores import-like text in strings, templates and comments', () => {
    const text = "// import a from 'a'\nconst sql = `select * from 'b'`;\nconst s = \"import('c')\";\nconst t = 'read node_modules/d/e';";
    expect(packageUses('x.ts', text)).toEqual([]);
  });
});

describe('dependencyProblems', () => {
  const uses = [
    { name: 'a', file: 'x.ts', typeOnly: false },
    { name: 'b', file: 'x.ts', typeOnly: true },
    { name: 'c', file: 'x.ts', typeOnly: false },
    { name: 'c', file: 'y.ts', typeOnly: false },
  ];

  it('accepts declarations that match the uses; types may come from @types', () => {
    expect(dependencyProblems(['a', '@types/b', 'c', '@types/c'], uses, [])).toEqual([]);
  });

  it('reports undeclared, unused and stale allowed packages', () => {
    expect(dependencyProblems(['@types/a', 'b', 'tool', 'unused'], uses, ['tool', 'gone'])).toEqual([
      'not declared: a (used in x.ts)',
      'not declared: c (used in x.ts, y.ts)',
      'declared but never used: unused',
      'allowed but not declared: gone',
    ]);
  });
});

describe('package.json', () => {
  it('declares every package the code uses, and only those (besides the tooling above)', () => {
    expect(dependencyProblems(declaredPackages(resolve(ROOT, 'package.json')), projectUses(ROOT), TOOLING)).toEqual([]);
  });
});
