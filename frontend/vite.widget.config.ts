import { defineConfig } from 'vite';

/**
 * The widget as one self-contained classic script at a stable address, dist/widget/tsunagu-button.js:
 * retailers embed it with a plain <script> tag, so no modules, no hashes, no chunks. Runs after the
 * pages' build and adds to its output.
 */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/widget',
    emptyOutDir: false,
    target: 'es2020',
    lib: {
      entry: 'src/widget/index.ts',
      name: 'TsunaguWidget',
      formats: ['iife'],
      fileName: () => 'tsunagu-button.js',
    },
  },
});
