import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes after gzip at level 9, the way a static host precompresses. */
export const gzipBytes = (file: string): number =>
  gzipSync(readFileSync(file), { level: 9 }).length;

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];

/** The files the built page fetches before it can show anything, read from its index.html. */
export function initialAssets(dist: string) {
  const tags =
    readFileSync(join(dist, 'index.html'), 'utf8').match(/<(script|link)\b[^>]*>/g) ?? [];
  const pick = (test: RegExp, name: string) =>
    tags
      .filter((t) => test.test(t))
      .flatMap((t) => attr(t, name) ?? [])
      .map((u) => join(dist, u));
  return {
    /** Entry script and the chunks it imports statically (modulepreloaded). */
    js: [...pick(/^<script\b/, 'src'), ...pick(/rel="modulepreload"/, 'href')],
    /** The page itself: its inline stylesheet and prerendered start screen included. */
    page: [join(dist, 'index.html')],
    /** Catalogue JSON fetched beside the code (the Chinese start index). */
    data: pick(/rel="preload"[^>]*as="fetch"/, 'href'),
  };
}

export const total = (files: string[], size: (f: string) => number = gzipBytes) =>
  files.reduce((sum, f) => sum + size(f), 0);

/** Every file the service worker precaches, from the manifest inside dist/sw.js. */
export function precacheFiles(dist: string): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
  if (urls.length === 0) throw new Error('no precache manifest found in dist/sw.js');
  return urls.map((u) => join(dist, u));
}

export const rawBytes = (file: string): number => statSync(file).size;

/** All JavaScript of a build, for the bare page that has no index.html preloads. */
export const jsFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));

/** The built catalogue parts named, e.g. ['core', 'text-zh'] (hashed JSON in dist/assets). */
export const catalogueFiles = (dist: string, parts: string[]): string[] =>
  readdirSync(join(dist, 'assets'))
    .filter((f) => parts.some((p) => f.startsWith(`catalogue-${p}-`) && f.endsWith('.json')))
    .map((f) => join(dist, 'assets', f));
