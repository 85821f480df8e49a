import { writeFileSync } from 'fs';
import path from 'path';
import { lint } from '../../src/engine/lint';
import { interpolate } from '../../src/base/text';
import { campaignFolder, MANIFEST } from './scratch-campaign';

/** Lints a campaign whose message (in a message file) is `text`; returns the English messages. */
export async function lintCampaignText(text: string): Promise<string[]> {
  const dir = campaignFolder({ 'message.txt': text });
  writeFileSync(
    path.join(dir, 'campaign.campaign.yaml'),
    MANIFEST.replace(/message: .*\n/, 'message_file: message.txt\n'),
  );
  const result = await lint(['campaign.campaign.yaml'], { cwd: dir });
  if (result.failures.length > 0) throw result.failures[0];
  return result.campaigns.flatMap((c) => c.diagnostics.map((d) => interpolate(d.template, d.data, 'en')));
}
