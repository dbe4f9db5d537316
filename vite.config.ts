import react from '@vitejs/plugin-react'
import { join } from 'node:path'
import { defineConfig } from 'vitest/config'
import { compiledEssays } from './scripts/compiledEssays.ts'
import {
  COMMON_HEADERS,
  contentSecurityPolicy,
  framingHeaders,
} from './scripts/contentSecurityPolicy.ts'
import { customMedia } from './scripts/customMedia.ts'
import { embedPage } from './scripts/embedPage.ts'
import { prerender } from './scripts/prerender.ts'

export default defineConfig({
  plugins: [
    customMedia(),
    react(),
    contentSecurityPolicy(),
    compiledEssays(),
    framingHeaders(),
    // embed.html: the same page marked as the embed (main.tsx renders it), the one page others may frame.
    // Before prerender: it is made from the built index.html as it is before the featured page is written in.
    embedPage(),
    prerender(),
  ],
  resolve: {
    alias: [
      {
        // The Markdown parser's entity decoder: its browser build decodes through `document`, which the
        // content worker does not have; this one looks entities up in HTML's list, on any thread.
        find: /^decode-named-character-reference$/,
        replacement: join(
          import.meta.dirname,
          'node_modules/decode-named-character-reference/index.js',
        ),
      },
    ],
  },
  server: { host: '127.0.0.1', port: 5173 },
  // The headers a real host sends (public/_headers), so that previews and the browser tests see them too:
  // these on every response, and the framing headers by path (framingHeaders: the embed alone may be framed).
  preview: { host: '127.0.0.1', port: 4173, headers: { ...COMMON_HEADERS } },
  build: { target: 'es2022', sourcemap: false },
  // The content worker loads its parsers on demand (zod, Markdown), which needs module-format chunks.
  worker: { format: 'es' },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    css: false,
  },
})
