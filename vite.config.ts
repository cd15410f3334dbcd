import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { cataloguePlugin } from './src/catalogue/catalogue-plugin.ts';
import { pagePlugin, SHELL_PAGE } from './src/config/page-plugin.ts';

export default defineConfig({
  // Every browser the app supports preloads modules natively; the polyfill is dead weight.
  build: { modulePreload: { polyfill: false } },
  plugins: [
    react(),
    tailwindcss(),
    cataloguePlugin(),
    pagePlugin(),
    // Offline after the first visit: the app and its catalogue are precached; a new
    // build waits for the user's "reload" (registerType 'prompt').
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'POS 故障诊断 · POS fault wizard',
        short_name: 'POS 诊断',
        description: 'POS 机收款故障排查向导 · Troubleshooting wizard for payment terminals',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f8fafc',
        theme_color: '#0f766e',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json}'],
        // Links into a case get the page without the prerendered start screen.
        navigateFallback: `/${SHELL_PAGE}`,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
          setupFiles: ['./tests/setup-i18n.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./tests/setup-i18n.ts', './tests/setup-dom.ts'],
        },
      },
    ],
  },
});
