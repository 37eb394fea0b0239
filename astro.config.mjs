// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import { staticHostFiles } from './scripts/server/static-host-files.ts';

export default defineConfig({
  // The public address: the Atom feed's links, the printed brief's URL, downloads' credits. Set
  // SITE_URL when deploying elsewhere; never the address the build runs on.
  site: process.env.SITE_URL ?? 'https://vn-egov-dashboard.pages.dev',
  output: 'static',
  // staticHostFiles(): dist/_headers (from the one declaration in scripts/server/headers.ts), the 404 pages for static hosts
  integrations: [svelte(), staticHostFiles()],
  server: { port: 4321, host: '127.0.0.1' },
  build: { format: 'directory', inlineStylesheets: 'never' },
  security: {
    // Only this origin. DuckDB-WASM needs 'wasm-unsafe-eval', a worker, and a blob: URL for the
    // wasm it decompresses in the page; chart images are drawn into data:/blob: URLs.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self' blob:",
        "worker-src 'self' blob:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // CodeMirror (explore) sets style attributes from script. Styles cannot run code; with every
      // stylesheet external (inlineStylesheets: 'never') no hash is emitted, so 'unsafe-inline'
      // applies — to styles only; scripts stay hash- and origin-bound.
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
});
