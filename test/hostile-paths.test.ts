import { mkdirSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'fs';
import path from 'path';
import { campaignFolder, MANIFEST, runCli } from './helpers/scratch-campaign';

// Issue 18, secrets: a manifest's paths stay inside the project unless --allow-outside, and no
// error prints the content of a file that is not a recipients file.

/** A project folder (a git repository) holding the campaign in campaigns/, and a secret beside it. */
function project(recipientsPath: string) {
  const outer = campaignFolder({ '.env': 'API_KEY=s3cr3t-value\n' });
  const root = path.join(outer, 'project');
  mkdirSync(path.join(root, '.git'), { recursive: true });
  mkdirSync(path.join(root, 'campaigns'));
  writeFileSync(
    path.join(root, 'campaigns/c.campaign.yaml'),
    MANIFEST.replace('file: recipients.csv', `file: ${recipientsPath}`),
  );
  writeFileSync(path.join(root, 'campaigns/recipients.csv'), 'phone;consent\n0612345678;oui\n');
  return root;
}

describe('manifest paths stay inside the project', () => {
  it.each(['/etc/passwd', '../../.env'])(
    'recipients.file: %s is refused without reading it',
    async (file) => {
      const root = project(file);
      const r = await runCli(root, ['campaigns/c.campaign.yaml', '--write-clean', 'out']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('recipients.file leads outside the project');
      expect(r.stderr).not.toMatch(/root:|s3cr3t/);
      expect(existsSync(path.join(root, 'out/c.accepted.csv'))).toBe(false);
    },
  );

  it('a symlink inside the project that leads out is refused too', async () => {
    const root = project('link.csv');
    symlinkSync(path.join(root, '../.env'), path.join(root, 'campaigns/link.csv'));
    const r = await runCli(root, ['campaigns/c.campaign.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('leads outside the project');
  });

  it('--allow-outside reads it, and the error still does not print its content', async () => {
    const r = await runCli(project('/etc/passwd'), ['campaigns/c.campaign.yaml', '--allow-outside']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('leads outside');
    expect(r.stderr).not.toMatch(/root:/);
  });

  it('--fix does not edit a message file outside the project', async () => {
    const root = project('recipients.csv');
    const outside = path.join(root, '../message.txt');
    writeFileSync(outside, 'Boutique Léa : c’est -30% ! STOP au 36173\n');
    writeFileSync(
      path.join(root, 'campaigns/c.campaign.yaml'),
      MANIFEST.replace(/message: .*\n/, 'message_file: ../../message.txt\n'),
    );
    const r = await runCli(root, ['campaigns/c.campaign.yaml', '--fix']);
    expect(r.code).toBe(2);
    expect(readFileSync(outside, 'utf8')).toBe('Boutique Léa : c’est -30% ! STOP au 36173\n');
  });

  it('the files of a manifest beside the current folder count as its project', async () => {
    const root = project('recipients.csv');
    const r = await runCli(path.join(root, '..'), ['project/campaigns/c.campaign.yaml']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('issue 27: the project cannot be widened from outside', () => {
  it('a config file found above the repository (a home folder) does not make its folder part of the project', async () => {
    const home = campaignFolder({ 'campaign-lint.config.yaml': 'rules: {}\n', id_rsa: 'PRIVATE KEY\n' });
    const root = path.join(home, 'clone');
    mkdirSync(path.join(root, '.git'), { recursive: true });
    writeFileSync(
      path.join(root, 'c.campaign.yaml'),
      MANIFEST.replace('recipients:', 'opt_out_lists:\n  - ../id_rsa\nrecipients:'),
    );
    writeFileSync(path.join(root, 'recipients.csv'), 'phone;consent\n0612345678;oui\n');
    const r = await runCli(root, ['c.campaign.yaml', '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('opt_out_lists leads outside the project');
    expect(r.stdout).not.toContain('PRIVATE');
  });

  it.each(['history', 'opt_out_lists'])(
    '%s in .git/ is refused, even with --allow-outside',
    async (field) => {
      const root = project('recipients.csv');
      writeFileSync(
        path.join(root, '.git/config'),
        '[remote "origin"]\n\turl = https://x:ghs_s3cr3t@github.com/a/b\n',
      );
      const value = field === 'history' ? '../.git/config' : '\n  - ../.git/config';
      writeFileSync(
        path.join(root, 'campaigns/c.campaign.yaml'),
        MANIFEST.replace('recipients:', `${field}: ${value}\nrecipients:`),
      );
      for (const extra of [[], ['--allow-outside']]) {
        const r = await runCli(root, ['campaigns/c.campaign.yaml', ...extra]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(`${field} leads into .git/`);
        expect(r.stderr).not.toContain('s3cr3t');
      }
    },
  );

  it('the HTML page shows at most a message’s worth of a message file (a whole file was embedded)', async () => {
    const root = project('recipients.csv');
    const text = `Boutique Léa : -30% ! STOP au 36173 ${'SECRET-'.repeat(5_000)}END-OF-FILE`;
    writeFileSync(path.join(root, 'campaigns/notes.txt'), text);
    writeFileSync(
      path.join(root, 'campaigns/c.campaign.yaml'),
      MANIFEST.replace(/message: .*\n/, 'message_file: notes.txt\n'),
    );
    const r = await runCli(root, ['campaigns/c.campaign.yaml', '-f', 'html']);
    expect(r.stdout).not.toContain('END-OF-FILE');
    expect(r.stdout.split('SECRET-').length - 1).toBeLessThan(4_000 / 'SECRET-'.length);
    expect(r.stdout).toContain('more characters not shown');
  });
});
