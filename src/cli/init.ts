import { existsSync, mkdirSync, writeFileSync } from 'fs';
import path from 'path';

// The first lines point editors (VS Code's YAML extension, any yaml-language-server client) at the
// installed package's JSON schemas: completion and errors as you type, matching the installed version.
const CONFIG = `# yaml-language-server: $schema=./node_modules/campaign-lint/schemas/config.schema.json
# campaign-lint configuration (https://github.com/campaign-lint/campaign-lint)
# Found by searching upward from the folder you run campaign-lint in.

# "recommended" (default) or "strict" (every warning becomes an error).
extends: recommended

# Turn rules off, change their severity (error, warning, off), or set their options.
# "campaign-lint rules" lists them; "campaign-lint explain <rule>" documents each one.
rules:
  # schedule-hours: [error, { profile: af2m-2026 }]   # conservative (SMS default), af2m-2026, af2m-2024, canvassing
  # message-opt-out: [error, { mention: "STOP au 36173" }]   # what --fix appends when the mention is missing
  # message-segments: [warning, { max: 2 }]
  # recipient-duplicate: off

# Your own rules: JavaScript modules exporting a rule or { rules: { "<id>": rule } }.
# plugins:
#   - ./rules/my-rule.js
`;

const MANIFEST = `# yaml-language-server: $schema=../../node_modules/campaign-lint/schemas/manifest.schema.json
# An example campaign: edit it, or copy it next to your own recipients file.
name: Exemple - soldes de printemps
channel: sms                        # sms | vms (voicemail drop)
purpose: marketing                  # marketing | transactional | non-commercial | political
advertiser: Boutique Exemple        # must appear in the message
sender: BOUTIQUEEX                  # 11 letters/digits at most, or a 36xxx short code
message: |
  Boutique Exemple : -20% sur la collection de printemps ce week-end ! STOP au 36173
send_at: 2027-03-10T10:00           # local date and time of the first send
timezone: Europe/Paris
recipients:
  file: recipients.csv
  # columns: { phone: Telephone, consent: Optin }   # when your headers differ
opt_out_lists:
  - stop-list.csv
`;

const CONFIG_FR = `# Configuration de campaign-lint (https://www.npmjs.com/package/campaign-lint)
# Trouvée en remontant depuis le dossier où vous lancez campaign-lint.

# « recommended » (par défaut) ou « strict » (chaque avertissement devient une erreur).
extends: recommended

# Désactivez des règles, changez leur sévérité (error, warning, off) ou réglez leurs options.
# « campaign-lint rules » les liste ; « campaign-lint explain <règle> » documente chacune.
rules:
  # schedule-hours: [error, { profile: af2m-2026 }]   # conservative (SMS par défaut), af2m-2026, af2m-2024, canvassing
  # message-opt-out: [error, { mention: "STOP au 36173" }]   # ce que --fix ajoute quand la mention manque
  # message-segments: [warning, { max: 2 }]
  # recipient-duplicate: off

# Vos propres règles : des modules JavaScript qui exportent une règle ou { rules: { "<id>": règle } }.
# plugins:
#   - ./rules/ma-regle.js
`;

const MANIFEST_FR = `# Une campagne d’exemple : modifiez-la, ou copiez-la à côté de votre fichier de destinataires.
name: Exemple - soldes de printemps
channel: sms                        # sms | vms (dépôt vocal)
purpose: marketing                  # marketing | transactional | non-commercial
advertiser: Boutique Exemple        # doit figurer dans le message
sender: BOUTIQUEEX                  # 11 lettres ou chiffres au plus, ou un numéro court 36xxx
message: |
  Boutique Exemple : -20% sur la collection de printemps ce week-end ! STOP au 36173
send_at: 2027-03-10T10:00           # date et heure locales du premier envoi
timezone: Europe/Paris
recipients:
  file: recipients.csv              # ou un classeur .xlsx ; les en-têtes courants (Téléphone, Mobile…) sont reconnus
  # columns: { phone: Telephone, consent: Optin }   # quand vos en-têtes ne sont pas reconnus
opt_out_lists:
  - stop-list.csv
`;

const RECIPIENTS = `phone;first_name;consent;consent_date;postal_code
06 12 34 56 78;Léa;oui;2026-03-14;75011
+33 7 45 12 34 56;Marc;oui;14/09/2026;67000
0692 12 34 56;Inès;oui;2026-01-05;97400
`;

const STOP_LIST = `phone
06 99 99 99 99
`;

export interface InitResult {
  readonly written: string[];
  readonly kept: string[];
}

/**
 * Writes a commented starter config and an example campaign (comments in the run's language);
 * existing files are kept as they are.
 */
export function init(cwd: string, lang: 'en' | 'fr' = 'en'): InitResult {
  const files: Array<[string, string]> = [
    ['campaign-lint.config.yaml', lang === 'fr' ? CONFIG_FR : CONFIG],
    ['campaigns/exemple/exemple.campaign.yaml', lang === 'fr' ? MANIFEST_FR : MANIFEST],
    ['campaigns/exemple/recipients.csv', RECIPIENTS],
    ['campaigns/exemple/stop-list.csv', STOP_LIST],
  ];
  const result: InitResult = { written: [], kept: [] };
  for (const [name, content] of files) {
    const file = path.join(cwd, name);
    if (existsSync(file)) {
      result.kept.push(name);
      continue;
    }
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content, { flag: 'wx' });
    result.written.push(name);
  }
  return result;
}
