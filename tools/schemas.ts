import { ELECTION_KINDS, ELECTION_TERRITORIES } from '../src/law/election';
import {
  AUDIENCES,
  CHANNELS,
  DELIMITERS,
  ELECTION_FIELDS,
  ENCODINGS,
  FIELDS,
  PURPOSES,
  RECIPIENT_FIELDS,
} from '../src/inputs/manifest';
import { PRESETS, SEVERITY_WORDS } from '../src/engine/config';
import { LOGICAL_COLUMNS } from '../src/read/columns';
import type { Rule } from '../src/base/types';
import { frenchTypography } from '../src/base/text';

// JSON Schemas (draft-07) of the manifest and the config, for editors (completion, hovers, errors
// as you type). schemas/*.json are generated from the loaders' own lists by `npm run schemas`, and
// test/schemas.test.ts checks that the files are up to date and agree with the loaders.

/** Editors show one description: English, then French (with the reports' French typography). */
const text = (en: string, fr: string) => `${en}\n\n${frenchTypography(fr)}`;

const DRAFT = 'http://json-schema.org/draft-07/schema#';
const nonEmpty = { type: 'string', minLength: 1 };
const orNull = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });

const FIELD_SCHEMAS: Readonly<Record<string, object>> = {
  name: {
    ...nonEmpty,
    description: text(
      'Name shown in reports (default: the file name).',
      'Nom affiché dans les rapports (par défaut : le nom du fichier).',
    ),
  },
  channel: {
    enum: [...CHANNELS],
    description: text('sms, or vms (voicemail drop).', 'sms, ou vms (dépôt sur messagerie vocale).'),
  },
  purpose: {
    enum: [...PURPOSES],
    description: text(
      'What the campaign is for: it decides which rules apply.',
      'La finalité de la campagne : elle décide des règles qui s’appliquent.',
    ),
  },
  audience: orNull({
    enum: [...AUDIENCES],
    description: text(
      'Who receives it: consumers (default), or professionals (B2B: people reached in their profession, about it).',
      'Qui le reçoit : des consommateurs (par défaut), ou des professionnels (B2B : des personnes jointes dans leur métier, à son sujet).',
    ),
  }),
  advertiser: {
    anyOf: [nonEmpty, { type: 'number' }],
    description: text(
      'The advertiser, who must be named in the message.',
      'L’annonceur, qui doit être nommé dans le message.',
    ),
  },
  sender: {
    anyOf: [nonEmpty, { type: 'number' }],
    description: text(
      'Sender ID: at most 11 letters and digits, or a 36xxx/38xxx short code.',
      'Émetteur : 11 lettres et chiffres au plus, ou un numéro court 36xxx/38xxx.',
    ),
  },
  message: {
    anyOf: [nonEmpty, { type: 'number' }],
    description: text(
      'The SMS text or the VMS script (or give message_file).',
      'Le texte du SMS ou le script du message vocal (ou message_file).',
    ),
  },
  message_file: {
    ...nonEmpty,
    description: text(
      'A UTF-8 file holding the message, relative to the manifest.',
      'Un fichier UTF-8 contenant le message, relatif au manifeste.',
    ),
  },
  send_at: {
    ...nonEmpty,
    description: text(
      'Local date and time of the first send: 2027-01-13T10:00, 2027-01-13 10:00, 2027-01-13T10:00+01:00 or 13/01/2027 10:00.',
      'Date et heure locales du premier envoi : 2027-01-13T10:00, 2027-01-13 10:00, 2027-01-13T10:00+01:00 ou 13/01/2027 10:00.',
    ),
  },
  timezone: {
    ...nonEmpty,
    description: text(
      'IANA time zone of send_at (default Europe/Paris), e.g. Indian/Reunion.',
      'Fuseau horaire IANA de send_at (par défaut Europe/Paris), p. ex. Indian/Reunion.',
    ),
  },
  rate_per_minute: orNull({
    type: 'number',
    exclusiveMinimum: 0,
    description: text('Messages sent per minute.', 'Messages envoyés par minute.'),
  }),
  analogous_offer: orNull({
    type: 'boolean',
    description: text(
      'The product is analogous to one the recipients bought (L34-5 CPCE exception).',
      'Le produit est analogue à un produit acheté par les destinataires (exception de l’article L34-5 du CPCE).',
    ),
  }),
  sector: orNull({
    ...nonEmpty,
    description: text(
      'Business sector, for sector rules (e.g. energy renovation canvassing ban).',
      'Secteur d’activité, pour les règles sectorielles (p. ex. interdiction du démarchage en rénovation énergétique).',
    ),
  }),
  election: {
    anyOf: [
      // The loader takes "none" in any case.
      { type: 'string', pattern: '^\\s*[Nn][Oo][Nn][Ee]\\s*$' },
      {
        type: 'object',
        required: ['kind', 'ballots'],
        additionalProperties: false,
        // Filled from ELECTION_SCHEMAS (one entry per field the loader knows).
        properties: {},
      },
      { type: 'null' },
    ],
    description: text(
      'Political campaigns: the ballots the message is about (electoral silence of L49, free-number ban of L50-1), or "none" when no ballot is concerned.',
      'Campagnes politiques : les scrutins dont parle le message (silence électoral du L49, interdiction des numéros gratuits du L50-1), ou « none » si aucun scrutin n’est concerné.',
    ),
  },
  recipients: {
    type: 'object',
    required: ['file'],
    additionalProperties: false,
    description: text(
      'The recipients CSV and how to read it.',
      'Le CSV des destinataires et comment le lire.',
    ),
  },
  opt_out_lists: {
    anyOf: [nonEmpty, { type: 'array', items: nonEmpty }, { type: 'null' }],
    description: text(
      'Opt-out (STOP) lists: a file or a list of files, relative to the manifest.',
      'Listes d’opposition (STOP) : un fichier ou une liste de fichiers, relatifs au manifeste.',
    ),
  },
  history: orNull({
    ...nonEmpty,
    description: text(
      'Send history CSV (frequency and last-contact rules).',
      'CSV de l’historique des envois (règles de fréquence et de dernier contact).',
    ),
  }),
};

const RECIPIENT_SCHEMAS: Readonly<Record<string, object>> = {
  sheet: {
    ...nonEmpty,
    description: text(
      'For an .xlsx workbook: the sheet to read (default: the first).',
      'Pour un classeur .xlsx : la feuille à lire (par défaut : la première).',
    ),
  },
  file: {
    ...nonEmpty,
    description: text(
      'The recipients CSV, relative to the manifest.',
      'Le CSV des destinataires, relatif au manifeste.',
    ),
  },
  delimiter: {
    enum: [...DELIMITERS.keys()],
    description: text(
      'Column separator (default: detected).',
      'Séparateur de colonnes (par défaut : détecté).',
    ),
  },
  encoding: {
    // The loader compares without case: both spellings editors are likely to see are listed.
    enum: [...new Set([...ENCODINGS.keys()].flatMap((e) => [e, e.toUpperCase()]))],
    description: text('Text encoding (default: detected).', 'Encodage du texte (par défaut : détecté).'),
  },
  columns: {
    type: 'object',
    propertyNames: { enum: [...LOGICAL_COLUMNS] },
    additionalProperties: nonEmpty,
    description: text(
      'CSV headers of the logical columns, when they differ (phone: Telephone).',
      'En-têtes CSV des colonnes logiques, quand ils diffèrent (phone: Telephone).',
    ),
  },
};

const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const ballotDays = { type: 'array', items: isoDate, minItems: 1, maxItems: 4 };

const ELECTION_SCHEMAS: Readonly<Record<string, object>> = {
  kind: {
    enum: [...ELECTION_KINDS],
    description: text(
      'The kind of election: presidential, legislative, european and referendum are held on the Saturday in GP, MQ, GF, BL, MF, PM and PF.',
      'Le type d’élection : présidentielle, législatives, européennes et référendum ont lieu le samedi en GP, MQ, GF, BL, MF, PM et PF.',
    ),
  },
  ballots: {
    ...ballotDays,
    description: text(
      'Metropolitan ballot days (YYYY-MM-DD), first round first; the last is the round that decides.',
      'Jours de scrutin en métropole (AAAA-MM-JJ), premier tour d’abord ; le dernier est le tour décisif.',
    ),
  },
  territory_ballots: {
    type: 'object',
    propertyNames: { enum: [...ELECTION_TERRITORIES] },
    additionalProperties: ballotDays,
    description: text(
      'Local ballot days of a territory that votes earlier, one per round (PF: [2027-04-03, 2027-04-17]).',
      'Jours de scrutin locaux d’un territoire qui vote plus tôt, un par tour (PF: [2027-04-03, 2027-04-17]).',
    ),
  },
};

function definitions(names: readonly string[], table: Readonly<Record<string, object>>, where: string) {
  return Object.fromEntries(
    names.map((name) => {
      const schema = table[name];
      if (!schema) throw new Error(`${where} "${name}" has no schema in tools/schemas.ts: add one`);
      return [name, schema];
    }),
  );
}

/** The manifest schema (`*.campaign.yaml|yml|json`). */
export function manifestSchema(): object {
  const properties = definitions(FIELDS, FIELD_SCHEMAS, 'manifest field');
  const election = properties.election as { anyOf: Array<Record<string, unknown>> };
  properties.election = {
    ...election,
    anyOf: election.anyOf.map((branch) =>
      branch.type === 'object'
        ? { ...branch, properties: definitions(ELECTION_FIELDS, ELECTION_SCHEMAS, 'election field') }
        : branch,
    ),
  };
  properties.recipients = {
    ...properties.recipients,
    properties: definitions(RECIPIENT_FIELDS, RECIPIENT_SCHEMAS, 'recipients field'),
  };
  return {
    $schema: DRAFT,
    $id: 'https://github.com/campaign-lint/campaign-lint/schemas/manifest.schema.json',
    title: 'campaign-lint campaign manifest',
    description: text(
      'An SMS or voicemail-drop campaign checked by campaign-lint.',
      'Une campagne SMS ou de dépôt vocal vérifiée par campaign-lint.',
    ),
    type: 'object',
    properties: { $schema: { type: 'string' }, ...properties },
    additionalProperties: false,
    required: ['channel', 'purpose', 'advertiser', 'sender', 'send_at', 'recipients'],
    anyOf: [{ required: ['message'] }, { required: ['message_file'] }],
    not: { required: ['message', 'message_file'] },
  };
}

/** The config schema (`campaign-lint.config.yaml|yml|json`, package.json's "campaign-lint" key). */
export function configSchema(rules: readonly Rule[]): object {
  const severity = { enum: [...SEVERITY_WORDS.keys()] };
  const setting = (options: object) => ({
    anyOf: [
      severity,
      { type: 'array', items: [severity], minItems: 1, maxItems: 1 },
      { type: 'array', items: [severity, options], minItems: 2, maxItems: 2 },
    ],
  });
  const noOptions = { type: 'object', properties: {}, additionalProperties: false };
  const ruleProperties = Object.fromEntries(
    [...rules]
      .sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))
      .map((rule) => [
        rule.meta.id,
        {
          ...setting(rule.meta.schema ?? noOptions),
          description: text(
            `${typeof rule.meta.description === 'string' ? rule.meta.description : rule.meta.description.en} (default: ${rule.meta.defaultSeverity})`,
            `${typeof rule.meta.description === 'string' ? rule.meta.description : rule.meta.description.fr} (par défaut : ${rule.meta.defaultSeverity})`,
          ),
        },
      ]),
  );
  return {
    $schema: DRAFT,
    $id: 'https://github.com/campaign-lint/campaign-lint/schemas/config.schema.json',
    title: 'campaign-lint configuration',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      // The loader takes an empty key (`rules:` followed by comments only) as absent.
      extends: {
        enum: [...PRESETS, null],
        description: text(
          '"recommended" (default) or "strict" (every warning becomes an error).',
          '« recommended » (par défaut) ou « strict » (chaque avertissement devient une erreur).',
        ),
      },
      rules: {
        type: ['object', 'null'],
        properties: ruleProperties,
        // Plugin rules: any id, a severity and options the plugin checks.
        additionalProperties: setting({ type: 'object' }),
        description: text(
          'Severity (error, warning, off) or [severity, options] per rule.',
          'Sévérité (error, warning, off) ou [sévérité, options] par règle.',
        ),
      },
      plugins: {
        type: ['array', 'null'],
        items: nonEmpty,
        description: text(
          'JavaScript modules exporting rules, relative to the config file.',
          'Modules JavaScript exportant des règles, relatifs au fichier de configuration.',
        ),
      },
      ignores: {
        type: ['array', 'null'],
        items: { ...nonEmpty, not: { pattern: '^!' } },
        description: text(
          'Glob patterns of campaigns and folders not to lint, relative to the config file (a folder holds what it ignores).',
          'Motifs glob des campagnes et dossiers à ne pas vérifier, relatifs au fichier de configuration (un dossier exclut son contenu).',
        ),
      },
    },
    additionalProperties: false,
  };
}

/** The send plan (`<campaign>.plan.json`, and `campaign-lint plan -f json`), as src/report/plan.ts writes it. */
export function planSchema(): object {
  const string = { type: 'string' };
  const count = { type: 'integer', minimum: 0 };
  const dateTime = {
    type: 'string',
    pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})$',
  };
  const object = (properties: Record<string, object>, optional: readonly string[] = []) => ({
    type: 'object',
    properties,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    additionalProperties: false,
  });
  const reasons = {
    type: 'array',
    items: object({ rule: string, message: string }),
    description: text(
      'Why, in the language of the run: the rule that would report (or "rate", "horizon") and what it says.',
      'Pourquoi, dans la langue de l’exécution : la règle qui signalerait (ou « rate », « horizon ») et ce qu’elle dit.',
    ),
  };
  const lines = { type: 'array', items: { type: 'integer', minimum: 1 } };
  return {
    $schema: DRAFT,
    $id: 'https://github.com/campaign-lint/campaign-lint/schemas/plan.schema.json',
    title: 'campaign-lint send plan',
    description: text(
      'When each recipient may lawfully receive the message: batches in send order, each with its CSV and its manifest.',
      'Quand chaque destinataire peut légalement recevoir le message : des lots dans l’ordre d’envoi, chacun avec son CSV et son manifeste.',
    ),
    type: 'object',
    properties: {
      version: { const: 1 },
      status: {
        enum: ['planned', 'blocked', 'failed'],
        description: text(
          'planned: the files are written; blocked: the campaign has errors no send time fixes (blockers), nothing written; failed: the campaign could not be read (failures).',
          'planned : les fichiers sont écrits ; blocked : la campagne a des erreurs qu’aucune heure d’envoi ne corrige (blockers), rien n’est écrit ; failed : la campagne n’a pas pu être lue (failures).',
        ),
      },
      campaign: {
        anyOf: [
          { type: 'null' },
          object({
            file: string,
            name: string,
            channel: { enum: [...CHANNELS] },
            purpose: { enum: [...PURPOSES] },
            recipients: string,
          }),
        ],
      },
      timeZone: {
        ...string,
        description: text('The manifest’s time zone.', 'Le fuseau horaire du manifeste.'),
      },
      requested: object({ sendAt: dateTime, utc: dateTime }),
      tier: { enum: ['warning', 'error'] },
      withinDays: { type: 'integer', minimum: 1 },
      ratePerMinute: { type: ['number', 'null'] },
      dir: { ...string, description: text('The plan’s folder.', 'Le dossier du plan.') },
      batches: {
        type: 'array',
        items: object({
          batch: { type: 'integer', minimum: 1 },
          sendAt: dateTime,
          utc: dateTime,
          lastSendAt: dateTime,
          territories: { type: 'array', items: string },
          count: { type: 'integer', minimum: 1 },
          file: string,
          manifest: string,
        }),
        description: text(
          'In send order; files named relative to the plan’s folder.',
          'Dans l’ordre d’envoi ; fichiers nommés relativement au dossier du plan.',
        ),
      },
      moved: {
        type: 'array',
        items: object({
          territory: string,
          timeZone: string,
          count: { type: 'integer', minimum: 1 },
          from: dateTime,
          to: dateTime,
          batch: { type: 'integer', minimum: 1 },
          reasons,
        }),
      },
      movedNotListed: count,
      unplaced: object({
        count,
        file: { type: ['string', 'null'] },
        groups: {
          type: 'array',
          items: object({ territory: string, count: { type: 'integer', minimum: 1 }, lines, reasons }),
        },
      }),
      rejected: object({
        count,
        file: string,
        reasons: {
          type: 'array',
          items: object({ rule: string, count: { type: 'integer', minimum: 1 }, lines }),
        },
      }),
      totals: object({ recipients: count, sendable: count, placed: count, unplaced: count, rejected: count }),
      blockers: {
        type: 'array',
        items: object(
          {
            ruleId: string,
            severity: { enum: ['error', 'warning'] },
            message: string,
            file: string,
            line: { type: 'integer', minimum: 1 },
            column: string,
          },
          ['line', 'column'],
        ),
      },
      failures: {
        type: 'array',
        items: object(
          { file: string, line: { type: 'integer', minimum: 1 }, message: string, hint: string },
          ['file', 'line', 'hint'],
        ),
      },
    },
    required: ['version', 'status', 'campaign', 'failures'],
    additionalProperties: false,
  };
}
