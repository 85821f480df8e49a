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
