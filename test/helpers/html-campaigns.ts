import { writeFileSync } from 'fs';
import path from 'path';
import { tempFolder } from './temp';

/**
 * A campaign with a recipient in every territory the timeline knows: metropolitan France, the five
 * DOM, Saint-Pierre-et-Miquelon and a foreign number. Sent at 09:00 Paris time on Wednesday
 * 10 March 2027 (no holiday anywhere): 04:00 in Guadeloupe and Martinique, 05:00 in Guyane and
 * Saint-Pierre, 12:00 in La Réunion, 11:00 in Mayotte.
 */
export const ALL_TERRITORIES = ['FR', 'GF', 'GP', 'MQ', 'YT', 'RE', 'PM'] as const;

export function allTerritoriesCampaign(): { dir: string; manifest: string } {
  const dir = tempFolder('campaign-lint-html-');
  writeFileSync(
    path.join(dir, 'territoires.campaign.yaml'),
    [
      'name: Tous les territoires',
      'channel: sms',
      'purpose: marketing',
      'advertiser: Voyages Soleil',
      'sender: VOYSOLEIL',
      'message: "Voyages Soleil : bonjour {prenom}, nos vols de printemps sont ouverts. STOP au 36173"',
      'send_at: 2027-03-10T09:00',
      'timezone: Europe/Paris',
      'recipients:',
      '  file: recipients.csv',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(dir, 'recipients.csv'),
    [
      'phone;consent;prenom',
      '06 12 34 56 78;oui;Anne',
      '0690 12 34 56;oui;Bérénice-Marie-Charlotte',
      '+590 690 12 34 57;oui;Paul',
      '0696 12 34 56;oui;Léa',
      '0694 12 34 56;oui;Marc',
      '0692 12 34 56;oui;Zoé',
      '0639 01 23 45;oui;Ali',
      '+508 55 12 34;oui;Yves',
      '+32 470 12 34 56;oui;Jan',
      '',
    ].join('\n'),
  );
  return { dir, manifest: path.join(dir, 'territoires.campaign.yaml') };
}
