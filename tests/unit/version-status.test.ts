import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isSuperseded, strayBasisCorrections, supersededVersionYaml } from '../../src/lib/version-status.ts';

describe('isSuperseded', () => {
  it('is true of every version but the newest, and of none where there is no newest', () => {
    const newest = { version: { id: 'ed3' } };
    expect(isSuperseded('ed1', newest)).toBe(true);
    expect(isSuperseded('ed3', newest)).toBe(false);
    expect(isSuperseded('ed1', undefined)).toBe(false);
  });
});

describe('supersededVersionYaml', () => {
  it('makes a current version superseded and changes nothing else, and leaves a superseded one alone', () => {
    const yaml = 'id: ed3\ntitle: 某县国土空间总体规划\nstatus: current\nbasis: 起草说明\n';
    expect(supersededVersionYaml(yaml)).toBe('id: ed3\ntitle: 某县国土空间总体规划\nstatus: superseded\nbasis: 起草说明\n');
    expect(supersededVersionYaml('id: ed1\nstatus: superseded\n')).toBeNull();
  });
});

describe('strayBasisCorrections', () => {
  it('names the version-notes.yaml entries of versions the plan does not have', () => {
    const dir = mkdtempSync(join(tmpdir(), 'version-notes-'));
    writeFileSync(join(dir, 'version-notes.yaml'), 'ed1:\n  basis: 起草说明\ned9:\n  basis: 起草说明和公开资料\n');
    expect(strayBasisCorrections(dir, ['ed1', 'ed2'])).toEqual(['ed9']);
    expect(strayBasisCorrections(join(dir, 'none'), ['ed1'])).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});
