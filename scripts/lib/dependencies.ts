import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One package named by code: where, and whether only for its types (erased before running). */
export interface PackageUse {
  name: string;
  file: string;
  typeOnly: boolean;
}

const CODE = /\.(?:[cm]?[jt]sx?|svelte|astro)$/;
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git']);
const BUILTINS = new Set(builtinModules);

/** True for Node's built-in modules, with or without `node:`. */
export function isBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0]);
}

/**
 * The package a module specifier names: `@scope/name` or `name`, without subpath or `?query`;
 * null for relative paths, Node's built-ins and other schemes (`astro:content`, `virtual:…`),
 * which no package provides.
 */
export function packageName(specifier: string): string | null {
  const bare = specifier.split('?')[0];
  if (bare.startsWith('.') || bare.startsWith('/') || isBuiltin(bare)) return null;
  if (/^[a-z][\w+.-]*:/i.test(bare)) return null;
  const parts = bare.split('/');
  return bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The DefinitelyTyped package for a package: `@types/d3-geo`, `@types/scope__name`. */
export function typesPackage(name: string): string {
  return `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;
}

/** The script parts of a file: all of a .ts/.js file; an .astro file's frontmatter and scripts; a .svelte file's scripts. */
export function scriptsOf(file: string, text: string): string[] {
  if (!/\.(?:svelte|astro)$/.test(file)) return [text];
  const parts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const frontmatter = file.endsWith('.astro') ? /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text) : null;
  return frontmatter ? [frontmatter[1], ...parts] : parts;
}

/**
 * Every package a file's code uses: static and dynamic imports, `export … from`, `require()`,
 * `require.resolve()`, `import.meta.resolve()`, `import('…')` types, and paths into the installed
 * tree (a string that starts `node_modules/axe-core/…` or `../node_modules/…`). A built-in module
 * is a use of Node's types, `@types/node`.
 */
export function packageUses(file: string, text: string): PackageUse[] {
  const uses: PackageUse[] = [];
  const add = (specifier: string, typeOnly: boolean) => {
    if (isBuiltin(specifier)) uses.push({ name: '@types/node', file, typeOnly: true });
    const name = packageName(specifier);
    if (name) uses.push({ name, file, typeOnly });
  };
  for (const script of scriptsOf(file, text)) {
    const source = ts.createSourceFile(file, script, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        add(node.moduleSpecifier.text, node.importClause?.isTypeOnly ?? false);
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        add(node.moduleSpecifier.text, node.isTypeOnly);
      } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
        add(node.moduleReference.expression.text, node.isTypeOnly);
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
        add(node.argument.literal.text, true);
      } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0])) {
        const callee = node.expression;
        const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
        const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
        const isResolve =
          ts.isPropertyAccessExpression(callee) && callee.name.text === 'resolve' && ((ts.isIdentifier(callee.expression) && callee.expression.text === 'require') || ts.isMetaProperty(callee.expression));
        if (isImport || isRequire || isResolve) add(node.arguments[0].text, false);
      }
      if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
        const path = /^(?:\.\.?\/)*node_modules\/((?:@[\w.-]+\/)?[\w.-]+)/.exec(node.text);
        if (path) add(path[1], false);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** The code files under the given directories (recursively) and the code files at the root itself (configs). */
export function codeFiles(root: string, dirs: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      if (SKIP.has(entry)) continue;
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (CODE.test(entry)) files.push(path);
    }
  };
  for (const dir of dirs) if (existsSync(join(root, dir))) walk(join(root, dir));
  for (const entry of readdirSync(root).sort()) {
    if (CODE.test(entry) && statSync(join(root, entry)).isFile()) files.push(join(root, entry));
  }
  return files;
}

/** Packages tsconfig.json names: the config it extends, and `types` (`"node"` is `@types/node`). */
export function tsconfigUses(path: string): PackageUse[] {
  if (!existsSync(path)) return [];
  const config = JSON.parse(readFileSync(path, 'utf8')) as { extends?: string | string[]; compilerOptions?: { types?: string[] } };
  const file = 'tsconfig.json';
  const uses: PackageUse[] = [];
  for (const specifier of [config.extends ?? []].flat()) {
    const name = packageName(specifier);
    if (name) uses.push({ name, file, typeOnly: false });
  }
  for (const name of config.compilerOptions?.types ?? []) uses.push({ name: typesPackage(name), file, typeOnly: true });
  return uses;
}

/**
 * What package.json gets wrong, one message a problem: a package code uses at run time that is not
 * declared; a package code uses only for types that is declared neither itself nor as `@types/…`;
 * a declared package nothing uses (an `@types/…` package is used when the package it types is); an
 * allow-listed package that is no longer declared.
 */
export function dependencyProblems(declared: readonly string[], uses: readonly PackageUse[], allowed: readonly string[]): string[] {
  const have = new Set(declared);
  const missing = new Map<string, string[]>();
  for (const use of uses) {
    if (have.has(use.name) || (use.typeOnly && have.has(typesPackage(use.name)))) continue;
    const files = missing.get(use.name) ?? [];
    if (!files.includes(use.file)) files.push(use.file);
    missing.set(use.name, files);
  }
  const used = new Set(uses.map((use) => use.name));
  const typed = new Set([...used].map(typesPackage));
  return [
    ...[...missing].map(([name, files]) => `not declared: ${name} (used in ${files.join(', ')})`),
    ...declared.filter((name) => !allowed.includes(name) && !used.has(name) && !typed.has(name)).map((name) => `declared but never used: ${name}`),
    ...allowed.filter((name) => !have.has(name)).map((name) => `allowed but not declared: ${name}`),
  ];
}

/** Every package the project's code uses: src/, scripts/, test/, the root's config files, tsconfig.json. */
export function projectUses(root: string): PackageUse[] {
  const uses = codeFiles(root, ['src', 'scripts', 'test']).flatMap((path) => packageUses(relative(root, path), readFileSync(path, 'utf8')));
  return [...uses, ...tsconfigUses(join(root, 'tsconfig.json'))];
}

/** The packages package.json declares, in dependencies and devDependencies. */
export function declaredPackages(packageJson: string): string[] {
  const json = JSON.parse(readFileSync(packageJson, 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  return [...Object.keys(json.dependencies ?? {}), ...Object.keys(json.devDependencies ?? {})];
}
