import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Plugin, defineConfig } from 'vite';
import { PRODUCTS, type Product, findProduct } from './src/shop/catalogue.ts';

/** One HTML template for every product page; the build writes products/<id>.html from it. */
const PRODUCT_TEMPLATE = 'products/product.html';

/** The widget as retailers load it; in development its TypeScript source is served instead. */
const WIDGET_TAG = '<script src="/widget/tsunagu-button.js" defer></script>';
const WIDGET_DEV_TAG = '<script type="module" src="/src/widget/index.ts"></script>';

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function productPage(template: string, product: Product): string {
  return template
    .replaceAll('{{productId}}', escapeHtml(product.id))
    .replaceAll('{{productTags}}', escapeHtml(product.tags.join(',')))
    .replaceAll('{{title}}', escapeHtml(product.name.ja));
}

/** Writes a page per product at build time, and serves the same pages from the template in development. */
function productPages(): Plugin {
  return {
    name: 'tsunagu-product-pages',
    enforce: 'post',
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const match = /^\/products\/([A-Za-z0-9_-]+?)(?:\.html)?(?:\?.*)?$/.exec(request.url ?? '');
        const product = match ? findProduct(match[1]) : undefined;
        if (!product) {
          next();
          return;
        }
        const template = readFileSync(resolve(server.config.root, PRODUCT_TEMPLATE), 'utf8');
        const html = await server.transformIndexHtml(request.url ?? '/', productPage(template, product));
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(html);
      });
    },
    generateBundle(_options, bundle) {
      const template = bundle[PRODUCT_TEMPLATE];
      if (!template || template.type !== 'asset') {
        this.error(`${PRODUCT_TEMPLATE} is missing from the build`);
      }
      const source = String(template.source);
      delete bundle[PRODUCT_TEMPLATE];
      for (const product of PRODUCTS) {
        this.emitFile({ type: 'asset', fileName: `products/${product.id}.html`, source: productPage(source, product) });
      }
    },
  };
}

function widgetFromSourceInDev(): Plugin {
  return {
    name: 'tsunagu-widget-dev',
    apply: 'serve',
    transformIndexHtml: html => html.replace(WIDGET_TAG, WIDGET_DEV_TAG),
  };
}

/** The backends as nginx routes them on port 8080, for `npm run dev` on 5173. */
const backend = (port: number) => ({ target: `http://127.0.0.1:${port}`, changeOrigin: false });

export default defineConfig({
  // Separate pages, as nginx serves them: an unknown path is a 404, not the shop's home page.
  appType: 'mpa',
  plugins: [productPages(), widgetFromSourceInDev()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      input: {
        shop: resolve(import.meta.dirname, 'index.html'),
        console: resolve(import.meta.dirname, 'console/index.html'),
        manager: resolve(import.meta.dirname, 'manager/index.html'),
        product: resolve(import.meta.dirname, PRODUCT_TEMPLATE),
        aggressive: resolve(import.meta.dirname, 'aggressive-css.html'),
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api/staff-directory': backend(8081),
      '/api/profile-bridge': backend(8082),
      '/api/matching': backend(8083),
      '/api/signaling': backend(8084),
      '/ws': { target: 'ws://127.0.0.1:8084', ws: true },
    },
  },
});
