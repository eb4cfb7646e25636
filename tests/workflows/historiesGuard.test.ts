import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Recorded histories are append-only: a workflow change that breaks an old history must go behind
 * patched(), never re-record the old file. The last commit before the rule, every change after it
 * is checked; CI needs the full history (a plain `git clone`, not a shallow one).
 */
const RULE_SINCE = '345a77d01d32bddb7618b5fa48b0237bb57729bd';
const ROOT = path.resolve(__dirname, '../..');
const HISTORIES = 'tests/workflows/histories';

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

describe('recorded workflow histories are only ever added', () => {
  it('runs in a full clone that knows where the rule starts', () => {
    expect(git('rev-parse', '--is-shallow-repository')).toBe('false');
    expect(() => git('merge-base', '--is-ancestor', RULE_SINCE, 'HEAD')).not.toThrow();
  });

  it('has no commit that modifies, deletes or renames a recorded history', () => {
    const changed = git('log', '--format=%h %s', '--name-status', '--diff-filter=MDRT', `${RULE_SINCE}..HEAD`, '--', HISTORIES);
    expect(changed).toBe('');
  });

  it('has no uncommitted modification or deletion of a recorded history (new files are fine)', () => {
    const lines = git('status', '--porcelain', '--untracked-files=all', '--', HISTORIES).split('\n').filter(Boolean);
    const added = (line: string) => line.startsWith('??') || line.startsWith('A ');
    expect(lines.filter((line) => !added(line))).toEqual([]);
  });
});
