import { join } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { compiledEssays } from './scripts/compiledEssays.ts'
import {
  COMMON_HEADERS,
  contentSecurityPolicy,
  framingHeaders,
} from './scripts/contentSecurityPolicy.ts'
import { customMedia } from './scripts/customMedia.ts'

export default defineConfig({
  plugins: [
    customMedia(),
    react(),
    contentSecurityPolicy(),
    compiledEssays(),
    framingHeaders(),
  ],
  server: { host: '127.0.0.1', port: 5173 },
  // The headers a real host sends (public/_headers), so that previews and the browser tests see them too:
  // these on every response, and the framing headers by path (framingHeaders: the embed alone may be framed).
  preview: { host: '127.0.0.1', port: 4173, headers: { ...COMMON_HEADERS } },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Two pages: the app, and the embed (its own address, so hosts can let other sites frame it alone).
    rollupOptions: {
      input: {
        main: join(import.meta.dirname, 'index.html'),
        embed: join(import.meta.dirname, 'embed.html'),
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    css: false,
  },
})
