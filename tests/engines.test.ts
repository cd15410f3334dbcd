import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
// semver is npm's own range logic; it is installed with the tool chain.
const semver = require('semver') as { subset: (a: string, b: string) => boolean };
const pkg = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('engines', () => {
  it('asks for no Node version that a dependency refuses (npm would warn on install)', () => {
    const refused: string[] = [];
    for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) {
      const theirs = (
        JSON.parse(readFileSync(resolve('node_modules', name, 'package.json'), 'utf8')) as {
          engines?: { node?: string };
        }
      ).engines?.node;
      if (theirs && !semver.subset(pkg.engines.node, theirs)) refused.push(`${name} ${theirs}`);
    }
    expect(refused).toEqual([]);
  });

  it('includes the Node this machine runs', () => {
    expect(semver.subset(process.versions.node, pkg.engines.node)).toBe(true);
  });
});
