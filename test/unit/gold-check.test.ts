// Every truth set written since blind5 keeps the self-check conventions of test/tools/check-gold.py (entities occur
// in the text, relation ends are entities or numbered measures, no mustNot fact is gold or optional, measures are
// numbered 1..n). The checker is python because blind annotators may run nothing else; this test runs it on every such
// set so a gold edit that breaks a convention fails here. Older sets (blind … blind4, dev4, dev5, heldout) predate the
// conventions (names with spaces, 第X measures, mustNot facts that are also optional) and are not checked.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, copyFileSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CHECKER = 'test/tools/check-gold.py';
/** Sets that follow the conventions, with the optional measure forms their layouts use. */
const SETS: Record<string, string[]> = {
  'truth-blind5': [], 'truth-blind6': [], 'truth-blind7': [], 'truth-blind8': ['--comma-rows', '--paren-items'],
  'truth-blind9': [], 'truth-blind10': [], 'truth-blind11': [], 'truth-blind12': [], 'truth-blind13': [],
  'truth-blind14': [], 'truth-blind15': [], 'truth-blind16': ['--paren-items'], 'truth-blind17': [], 'truth-blind18': [], 'truth-blind19': [], 'truth-blind20': [], 'truth-blind22': [], 'truth-blind23': [], 'truth-blind24': [], 'truth-blind30': [], 'truth-blind29': [], 'truth-blind31': [], 'truth-blind32': [], 'truth-blind35': [], 'truth-blind36': [], 'truth-blind39': [], 'truth-blind40': [], 'truth-blind43': [], 'truth-blind44': [], 'truth-blind49': [], 'truth-blind50': [], 'truth-blind53': [], 'truth-blind54': [], 'truth-blind59': [], 'truth-blind60': [], 'truth-dev8': [],
};

const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
const hasPython = python.status === 0;
if (!hasPython) console.warn('gold-check: python3 is not installed here; the gold self-check is skipped (CI installs it).');

const run = (args: string[]) => spawnSync('python3', [CHECKER, ...args], { encoding: 'utf8' });

describe.skipIf(!hasPython)('gold self-check (test/tools/check-gold.py)', () => {
  for (const [set, flags] of Object.entries(SETS)) {
    it(`${set} passes`, () => {
      const r = run([join('test/fixtures', set), ...flags]);
      expect(r.stdout).toContain('ALL OK');
      expect(r.status).toBe(0);
    });
  }

  it('fails on a gold whose entity is not in its text, and on a mustNot fact that is gold', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gold-check-'));
    const base = join('test/fixtures/truth-blind15', 'r01-cangzhou-lvsehuagong-shisiwu');
    copyFileSync(`${base}.txt`, join(dir, 'r01-x.txt'));
    const gold = JSON.parse(readFileSync(`${base}.gold.json`, 'utf8'));
    gold.entities.Park.push('不存在的测试园区');
    const fact = gold.relations.stated.find((r: string) => !r.startsWith('#'));
    gold.mustNot.push(fact);
    writeFileSync(join(dir, 'r01-x.gold.json'), JSON.stringify(gold));
    const r = run([dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('entity not in text: Park:不存在的测试园区');
    expect(r.stdout).toContain(`mustNot is gold: ${fact}`);
    expect(r.stdout).toContain('ERRORS');
  });

  it('refuses a folder without gold and an unknown option', () => {
    expect(run([tmpdir() + '/no-such-gold-dir']).status).not.toBe(0);
    expect(run(['test/fixtures/truth-blind7', '--bogus']).status).not.toBe(0);
    expect(existsSync(CHECKER)).toBe(true);
  });
});
