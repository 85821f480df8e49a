import { spawnSync } from 'child_process';
import { ROOT } from './helpers/paths';
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { campaignFolder, cli, manifestWith, pluginFiles, runBuilt } from './helpers/campaign-files';

// Issue 18, plugin isolation: no plugin can end a run with a false pass (exit 0, no output), and
// every plugin failure is a named crash of that rule (exit 2), never "errors found" (exit 1).
// A run whose verdict is the process's own (process.exit, exit listeners, uncaught errors, a reader
// gone) is a program of its own (`cli`); the others run in one node process for the file (`runBuilt`).
const lintWith = (body: string, top = '') =>
  cli(campaignFolder(pluginFiles(body, top)), ['campaign.campaign.yaml', '-f', 'json']);
const lintBuilt = (body: string, top = '') =>
  runBuilt(campaignFolder(pluginFiles(body, top)), ['campaign.campaign.yaml', '-f', 'json']);

describe('plugin code runs guarded', () => {
  it('a plugin import that never settles fails with exit 2 and a message, at once', async () => {
    const r = await lintBuilt('return {};', 'module.exports = undefined; require("fs");\n');
    expect(r.status).toBe(0); // control: a plain plugin loads
    const dir = campaignFolder({
      'campaign-lint.config.yaml': 'plugins:\n  - ./plugin.mjs\n',
      'plugin.mjs': 'await new Promise(() => {});\nexport default {};\n',
    });
    const hung = cli(dir, ['campaign.campaign.yaml']);
    expect(hung.status).toBe(2);
    expect(hung.stdout).toBe('');
    // At once: not after the 30 s load time limit, whose message would be another.
    expect(hung.stderr).toMatch(/^campaign-lint: the run ended before it completed/);
  });

  it('a plugin import kept pending by a live timer is bounded by the time limit', () => {
    const dir = campaignFolder({
      'campaign-lint.config.yaml': 'plugins:\n  - ./plugin.mjs\n',
      'plugin.mjs': 'setInterval(() => {}, 1000);\nawait new Promise(() => {});\nexport default {};\n',
    });
    const r = cli(dir, ['campaign.campaign.yaml'], { CAMPAIGN_LINT_PLUGIN_TIMEOUT: '1' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('plugin "./plugin.mjs" failed to load: it did not finish loading within 1 s');
  });

  it('process.exit(0) in a rule is refused and named as a crash of that rule', () => {
    const r = lintWith('return { recipient() { process.exit(0); } };');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('rule "local/p" crashed on the recipient of line 2: called process.exit(0)');
  });

  it('process.exit(0) at a plugin module top level is refused', () => {
    const r = lintWith('return {};', 'process.exit(0);\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('plugin "./plugin.cjs" failed to load: called process.exit(0)');
  });

  it('process.exit(0) from a late callback cannot lower the code', () => {
    const r = lintWith('return { end() { setTimeout(() => process.exit(0), 50); } };');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'rule "local/p" crashed asynchronously (in its end hook): called process.exit(0)',
    );
  });

  it('an unhandled rejection is a named crash (exit 2, not 1, no stack)', () => {
    const r = lintWith(
      'return { recipient(r) { context.report({ messageId: "x", data: { v: 1 }, location: r }); Promise.reject(new Error("late")); } };',
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('rule "local/p" crashed asynchronously (in its recipient hook): late');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an async hook that throws is a named crash', () => {
    const r = lintWith('return { async campaign() { await null; throw new Error("async boom"); } };');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('rule "local/p" crashed asynchronously (in its campaign hook): async boom');
  });

  it('a throw from a timer callback is a named crash', () => {
    const r = lintWith('return { campaign() { setTimeout(() => { throw new Error("tick"); }, 0); } };');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('rule "local/p" crashed asynchronously (in its campaign hook): tick');
  });

  it.each([
    ['a string', '"plain string"', 'plain string'],
    ['null', 'null', 'a non-Error value (null)'],
    ['a prototype-less object', 'Object.create(null)', 'a non-Error value ({})'],
  ])('a thrown non-Error (%s) names the rule', async (_, value, said) => {
    const r = await lintBuilt(`return { recipient() { throw ${value}; } };`);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`rule "local/p" crashed on the recipient of line 2: ${said}`);
  });

  it('recipient facts are frozen: a plugin cannot hide the built-in fixed-line error', async () => {
    const dir = campaignFolder({
      ...pluginFiles(
        'return { recipient(r) { try { r.phone.type = "MOBILE"; } catch (e) { context.report({ messageId: "x", data: { v: e.constructor.name }, location: r }); } } };',
      ),
      'recipients.csv': 'phone;consent\n0140000000;oui\n',
    });
    const r = await runBuilt(dir, ['campaign.campaign.yaml', '-f', 'json']);
    const report = JSON.parse(r.stdout) as {
      campaigns: Array<{ diagnostics: Array<{ ruleId: string; message: string }> }>;
    };
    const ids = report.campaigns[0].diagnostics.map((d) => d.ruleId);
    expect(ids).toContain('recipient-phone-type');
    expect(report.campaigns[0].diagnostics.find((d) => d.ruleId === 'local/p')?.message).toBe('x TypeError');
  });

  it('the campaign is deep-frozen: a plugin cannot move built-in diagnostics', async () => {
    const r = await lintBuilt(
      'let said = "ok"; try { context.campaign.lines.fieldLine = () => 99; } catch (e) { said = e.constructor.name; } return { campaign() { context.report({ messageId: "x", data: { v: said } }); } };',
    );
    expect(r.stdout).toContain('"message": "x TypeError"');
  });

  it('a data value that throws when formatted fails its campaign only; others still report', async () => {
    const dir = campaignFolder({
      ...pluginFiles(
        'return { campaign(c) { if (c.file.startsWith("bad")) context.report({ messageId: "x", data: { v: { toString() { throw new Error("no text"); } } } }); } };',
      ),
      'bad.campaign.yaml':
        'channel: sms\npurpose: marketing\nadvertiser: Boutique Léa\nsender: BOUTIQLEA\nmessage: "Boutique Léa : -30% ! STOP au 36173"\nsend_at: 2027-01-13T10:00\nrecipients:\n  file: recipients.csv\n',
    });
    const r = await runBuilt(dir, ['.', '-f', 'json']);
    expect(r.status).toBe(2);
    const report = JSON.parse(r.stdout) as { campaigns: Array<{ file: string }> };
    expect(report.campaigns.map((c) => c.file)).toEqual(['campaign.campaign.yaml']);
    expect(r.stderr).toContain('bad.campaign.yaml: rule "local/p" crashed in its campaign hook: no text');
  });
});

describe('the exit code is the verdict', () => {
  it('a reader that stops early (| head) keeps the verdict of the run (1 here, not 0)', () => {
    // A report of ~430 KB: far more than the pipe holds (64 KB) once head has gone.
    const dir = campaignFolder({ 'recipients.csv': 'phone;consent\n' + '0612345678;non\n'.repeat(600) });
    const r = spawnSync(
      'bash',
      [
        '-c',
        `'${process.execPath}' '${ROOT}/bin/campaign-lint.js' campaign.campaign.yaml -f json | head -c 10 > /dev/null; exit \${PIPESTATUS[0]}`,
      ],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'C' } },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
  });
});

describe('issue 27: no way around the verdict', () => {
  // A rule that reports an error on every recipient: the verdict is exit 1.
  const reporting = 'context.report({ messageId: "x", data: { v: 1 }, location: r });';

  it('process.reallyExit(0) (which skips the exit event) is refused and named (it gave exit 0)', () => {
    const r = lintWith('return { recipient() { process.reallyExit(0); } };');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'rule "local/p" crashed on the recipient of line 2: called process.reallyExit(0), which plugin code may not do during a run',
    );
  });

  it.each([
    ['sets process.exitCode = 0', 'process.on("exit", () => { process.exitCode = 0; });'],
    ['calls process.reallyExit(0)', 'process.on("exit", () => process.reallyExit(0));'],
    ['calls process.exit(0)', 'process.on("exit", () => process.exit(0));'],
    [
      'removes every exit listener first',
      'process.removeAllListeners("exit"); process.on("exit", () => { process.exitCode = 0; });',
    ],
  ])('an exit listener that %s cannot lower the code (it gave exit 0)', (_, listener) => {
    const r = lintWith(`${listener} return { recipient(r) { ${reporting} } };`);
    expect(r.stdout).toContain('"ruleId": "local/p"');
    expect(r.status).toBe(1);
  });

  it('a plugin that reads the history without meta.history is a named crash, never an empty history', async () => {
    const dir = campaignFolder({
      ...pluginFiles('return { recipient(r) { context.campaign.history.solicitationsOf(r.phone.e164); } };'),
      'history.csv': 'phone;sent_at\n0612345678;2027-01-10 10:00\n',
    });
    manifestWith(dir, 'recipients:', 'history: history.csv\nrecipients:');
    const r = await runBuilt(dir, ['campaign.campaign.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'rule "local/p" crashed on the recipient of line 2: it reads campaign.history, but the history file is read only for rules whose meta says history: true',
    );
  });

  it('a plugin docs.url that is not https: is no link in HTML or SARIF (javascript: was clickable)', async () => {
    const dir = campaignFolder(
      pluginFiles(
        'return { recipient(r) { context.report({ messageId: "x", data: { v: 1 }, location: r }); } };',
      ),
    );
    writeFileSync(
      path.join(dir, 'plugin.cjs'),
      readFileSync(path.join(dir, 'plugin.cjs'), 'utf8').replace(
        "messages: { x: 'x {{v}}' }",
        "messages: { x: 'x {{v}}' }, docs: { url: 'javascript:alert(document.domain)' }",
      ),
    );
    const r = await runBuilt(dir, ['campaign.campaign.yaml', '-f', 'html:r.html', '-f', 'sarif:r.sarif']);
    expect(r.status).toBe(1);
    expect(readFileSync(path.join(dir, 'r.html'), 'utf8')).not.toContain('javascript:');
    expect(readFileSync(path.join(dir, 'r.sarif'), 'utf8')).not.toContain('javascript:');
  });
});
