import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { loadManifest } from '../src/inputs/manifest';

// The manifest fields of the 2026 law: purpose political, audience consumers|professionals.
describe('manifest purpose and audience', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'campaign-lint-audience-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const load = (extra: string) => {
    const file = path.join(dir, 'x.campaign.yaml');
    writeFileSync(
      file,
      `channel: sms\nadvertiser: Marie Durand\nsender: DURAND\nmessage: Votez Marie Durand ! STOP au 36173\nsend_at: 2027-03-10T10:00\nrecipients:\n  file: r.csv\n${extra}`,
    );
    return loadManifest(file, dir);
  };

  it('reads purpose: political and defaults the audience to consumers', async () => {
    const m = await load('purpose: political\n');
    expect(m.purpose).toBe('political');
    expect(m.audience).toBe('consumers');
  });

  it('reads audience: professionals', async () => {
    expect((await load('purpose: marketing\naudience: professionals\n')).audience).toBe('professionals');
  });

  it('refuses an unknown audience with the manifest line and a hint', async () => {
    const error = (await load('purpose: marketing\naudience: professional\n').catch((e: unknown) => e)) as {
      line?: number;
      message: string;
      hint?: string;
    };
    expect(error.line).toBe(9);
    expect(error.message).toMatch(/"audience" must be one of consumers, professionals/);
    expect(error.hint).toMatch(/professionals/);
  });
});
