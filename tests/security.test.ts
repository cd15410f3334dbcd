import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../src/config/csp.ts';

const HASH = 'FnlrqEwbtGIuLYss2m70nlXpwZ1qdkIHEo0riQK78fk=';
const CONTENT_SECURITY_POLICY = contentSecurityPolicy(HASH);

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name = '', ...values] = d.trim().split(/\s+/);
    return [name, values] as const;
  }),
);

describe('security', () => {
  it('never writes HTML from strings: text is always rendered as text', () => {
    // Spelled in parts so this file itself never names what it forbids.
    const risky = new RegExp(
      [
        ['dangerously', 'Set', 'Inner', 'HTML'].join(''),
        '\\.innerHTML',
        '\\.outerHTML',
        'insertAdjacentHTML',
        'document\\.write',
        '\\beval\\(',
        'new Function\\(',
      ].join('|'),
    );
    const offenders = sources('src')
      .filter((f) => !f.endsWith('.test.ts') && !f.endsWith('.test.tsx'))
      .filter((f) => risky.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('has a policy that allows no inline script and no other origin', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*|blob:/);
  });

  it("allows inline style only by the hash of the page's own stylesheet", () => {
    expect(directives.get('style-src')).toEqual(["'self'", `'sha256-${HASH}'`]);
  });
});
