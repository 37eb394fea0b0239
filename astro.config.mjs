// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';

export default defineConfig({
  output: 'static',
  integrations: [svelte()],
  server: { port: 4321, host: '127.0.0.1' },
  i18n: undefined,
  build: { format: 'directory' },
});
