import { cpSync, mkdirSync, writeFileSync } from 'fs';
import path from 'path';
import { ROOT } from './helpers/paths';
import { tempFolder } from './helpers/temp';
import { runCli } from './helpers/scratch-campaign';

// What not to lint: `.campaignlintignore` (read as a .gitignore is) and the config's `ignores` (globs).

/** A project with campaigns in `live/`, `archive/2026/` and `archive/keep/`, plus `files`. */
function project(files: Record<string, string> = {}): string {
  const dir = tempFolder('cl-ignore-');
  for (const at of ['live', 'archive/2026', 'archive/keep'])
    cpSync(path.join(ROOT, 'fixtures/clean-sms'), path.join(dir, at), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const linted = async (dir: string, args: string[] = []) => {
  const r = await runCli(dir, ['-f', 'json', ...args]);
  const report = JSON.parse(r.stdout) as { campaigns: Array<{ file: string }>; noCampaign?: unknown };
  return { ...r, files: report.campaigns.map((c) => c.file), noCampaign: report.noCampaign };
};

describe('.campaignlintignore', () => {
  it('is read as a .gitignore: folders, negations, comments; --no-ignore lints everything', async () => {
    const dir = project({ '.campaignlintignore': '# old campaigns\narchive/\n!archive/keep/\n' });
    // As in git, a file cannot be brought back once its folder is excluded.
    expect((await linted(dir)).files).toEqual(['live/soldes.campaign.yaml']);
    writeFileSync(path.join(dir, '.campaignlintignore'), 'archive/*\n!archive/keep/\n');
    expect((await linted(dir)).files).toEqual([
      'archive/keep/soldes.campaign.yaml',
      'live/soldes.campaign.yaml',
    ]);
    expect((await linted(dir, ['--no-ignore'])).files).toHaveLength(3);
    // Patterns without a slash match at any depth; a leading slash anchors to the current folder.
    writeFileSync(path.join(dir, '.campaignlintignore'), '/live\nkeep\n');
    expect((await linted(dir)).files).toEqual(['archive/2026/soldes.campaign.yaml']);
  });

  it('a manifest or a data file given by name and ignored: nothing checked, exit 0 (a pre-commit hook passes it)', async () => {
    const dir = project({ '.campaignlintignore': 'archive/\n' });
    const manifest = await linted(dir, ['archive/2026/soldes.campaign.yaml']);
    expect(manifest.code).toBe(0);
    expect(manifest.noCampaign).toEqual({
      reason: 'ignored',
      paths: ['archive/2026/soldes.campaign.yaml'],
      message:
        'no campaign checked, all ignored by .campaignlintignore or the config\'s "ignores": archive/2026/soldes.campaign.yaml',
    });
    // The CSV of an ignored campaign: no campaign uses it once ignored campaigns are left out.
    const data = await linted(dir, ['archive/2026/recipients.csv']);
    expect(data.code).toBe(0);
    expect(data.files).toEqual([]);
    // Next to one that is not ignored: that one is linted.
    expect((await linted(dir, ['archive/2026/soldes.campaign.yaml', 'live'])).files).toEqual([
      'live/soldes.campaign.yaml',
    ]);
    const stylish = await runCli(dir, ['archive/2026/soldes.campaign.yaml']);
    expect(stylish.stdout).toContain('ℹ no campaign checked, all ignored by .campaignlintignore');
  });

  it('a folder whose every campaign is ignored is a failure (exit 2), said in the report', async () => {
    const dir = project({ '.campaignlintignore': '*.campaign.yaml\n' });
    const r = await linted(dir, ['.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'campaign-lint: .: no campaign checked, all ignored by .campaignlintignore or the config\'s "ignores": .\n  Run with --no-ignore to lint them anyway.\n',
    );
    const fr = await runCli(dir, ['.', '--lang', 'fr'], { LANG: 'fr_FR.UTF-8' });
    expect(fr.stderr).toContain(
      'tout est exclu par .campaignlintignore ou «\u00a0ignores\u00a0» de la configuration',
    );
  });

  it('an ignore file that cannot be read stops the run (exit 2), naming it', async () => {
    const dir = project();
    mkdirSync(path.join(dir, '.campaignlintignore'));
    const r = await runCli(dir, ['live']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('campaign-lint: .campaignlintignore: ignore file is a folder, not a file');
  });
});

describe('"ignores" in the config', () => {
  it('globs relative to the config file: a folder ignores what it holds', async () => {
    const dir = project({
      'campaign-lint.config.yaml': 'ignores:\n  - archive/2026\n  - "**/keep/*.yaml"\n',
    });
    expect((await linted(dir)).files).toEqual(['live/soldes.campaign.yaml']);
    // From a sub-folder, the patterns are still the config folder's.
    expect((await linted(path.join(dir, 'archive'), ['.'])).code).toBe(2);
  });

  it('refuses what is not a list of patterns, and "!" patterns (they would ignore everything else)', async () => {
    const notList = project({ 'campaign-lint.config.yaml': 'ignores: archive\n' });
    const r = await runCli(notList, ['live']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"ignores" must be a list of glob patterns');
    const negated = project({ 'campaign-lint.config.yaml': 'ignores:\n  - "!live/**"\n' });
    const n = await runCli(negated, ['live']);
    expect(n.code).toBe(2);
    expect(n.stderr).toContain('would ignore everything but what it names');
    expect(n.stderr).toContain('.campaignlintignore');
  });
});
