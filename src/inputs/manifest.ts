import { isInside, projectRoots, type Confinement } from '../read/confine';
import { readTextInput } from '../read/files';
import path from 'path';
import { describeFsError, fsErrorHint, hintDidYouMean, inputError } from '../base/failure';
import type {
  Audience,
  Channel,
  Election,
  ElectionKind,
  Localized,
  Purpose,
  SourceLines,
} from '../base/types';
import { ELECTION_KINDS, ELECTION_TERRITORIES, addDays } from '../law/election';
import { both, pick } from '../base/text';
import { localized } from '../base/messages';
import { displayPath } from '../read/paths';
import { LOGICAL_COLUMNS } from '../read/columns';
import { isPlainObject, readStructuredFile } from '../read/structured';
import { isValidTimeZone, parseSendAt } from '../read/values';
import { DateTime } from 'luxon';

export const MANIFEST_PATTERN = /\.campaign\.(ya?ml|json)$/i;

/** The manifest's fields (schemas/manifest.schema.json is generated from these lists). */
export const FIELDS = [
  'name',
  'channel',
  'purpose',
  'audience',
  'advertiser',
  'sender',
  'message',
  'message_file',
  'send_at',
  'timezone',
  'rate_per_minute',
  'analogous_offer',
  'sector',
  'election',
  'recipients',
  'opt_out_lists',
  'history',
];
export const RECIPIENT_FIELDS = ['file', 'sheet', 'delimiter', 'encoding', 'columns'];
export const ELECTION_FIELDS = ['kind', 'ballots', 'territory_ballots'];
export const CHANNELS: readonly Channel[] = ['sms', 'vms'];
export const PURPOSES: readonly Purpose[] = ['marketing', 'transactional', 'non-commercial', 'political'];
export const AUDIENCES: readonly Audience[] = ['consumers', 'professionals'];
// Maps, not objects: a word typed by the user must never find "constructor" or "toString".
export const DELIMITERS: ReadonlyMap<string, string> = new Map(
  Object.entries({ ',': ',', ';': ';', '\t': '\t', tab: '\t', TAB: '\t', '|': '|' }),
);
export const ENCODINGS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'utf-8': 'utf8',
    utf8: 'utf8',
    'utf-8-bom': 'utf8',
    latin1: 'win1252',
    'latin-1': 'win1252',
    'iso-8859-1': 'win1252',
    'iso-8859-15': 'iso885915',
    'windows-1252': 'win1252',
    cp1252: 'win1252',
    'utf-16': 'utf16le',
    'utf-16le': 'utf16le',
    'utf-16be': 'utf16be',
  }),
);

/** A manifest read and validated, paths resolved; the recipients file is not opened yet. */
export interface Manifest {
  readonly file: string; // absolute
  readonly display: string;
  readonly name: string;
  readonly channel: Channel;
  readonly purpose: Purpose;
  readonly audience: Audience;
  readonly advertiser: string;
  readonly sender: string;
  readonly message: string;
  readonly messageFile: string; // absolute
  readonly messageStartLine: number;
  readonly sendAtMs: number;
  readonly sendAtText: string;
  readonly timeZone: string;
  readonly ratePerMinute: number | null;
  readonly analogousOffer: boolean;
  readonly sector: string | null;
  /** `election`: the ballots of a political campaign, 'none', or null when absent. */
  readonly election: Election | 'none' | null;
  readonly recipients: {
    readonly file: string;
    readonly delimiter?: string;
    readonly encoding?: string;
    /** .xlsx only: the sheet to read (default: the first). */
    readonly sheet?: string;
    readonly columns: Readonly<Record<string, string>>;
  };
  readonly optOutLists: readonly string[]; // absolute
  readonly history: string | null; // absolute
  readonly lines: SourceLines;
}

export async function loadManifest(
  file: string,
  cwd: string,
  confinement: Confinement = {},
): Promise<Manifest> {
  const display = displayPath(file, cwd);
  const source = await readStructuredFile(file, display, 'campaign manifest');
  const data = source.data;
  const fail = (field: string, message: Localized, hint?: Localized): never => {
    // The field's own line, else the closest enclosing field's (`election.ballots.1` → `election`).
    let line: number | undefined;
    for (let parts = field.split('.'); line === undefined && parts.length > 0; parts = parts.slice(0, -1))
      line = source.fieldLine(parts.join('.'));
    throw inputError(display, line, message, hint);
  };
  if (!isPlainObject(data))
    throw inputError(
      display,
      1,
      both(
        'a campaign manifest must be a mapping of fields (channel, purpose, …)',
        'un manifeste de campagne doit être un ensemble de champs (channel, purpose, …)',
      ),
      both('See the manifest format in the README.', 'Voir le format du manifeste dans le README.'),
    );

  const roots = confinement.allowOutside ? null : projectRoots(cwd, file, confinement);
  /** A path the manifest names, refused when it leads outside the project (see confine.ts). */
  const confined = (field: string, target: string): string => {
    if (roots && !isInside(target, roots))
      fail(
        field,
        both(
          `${field} leads outside the project (${target}): it is not read`,
          `${field} mène hors du projet (${target}) : il n’est pas lu`,
        ),
        both(
          'Keep campaign files inside the project (the current folder, its git repository or the config folder), or pass --allow-outside.',
          'Gardez les fichiers de la campagne dans le projet (le dossier courant, son dépôt git ou le dossier de la configuration), ou passez --allow-outside.',
        ),
      );
    return target;
  };
  for (const key of Object.keys(data)) {
    // "$schema" points editors at schemas/manifest.schema.json (JSON manifests).
    if (key === '$schema') continue;
    if (!FIELDS.includes(key))
      fail(
        key,
        both(`unknown field "${key}"`, `champ inconnu « ${key} »`),
        hintDidYouMean(key, FIELDS) ??
          both(`Known fields: ${FIELDS.join(', ')}.`, `Champs connus : ${FIELDS.join(', ')}.`),
      );
  }
  const required = (field: string) => {
    if (data[field] === undefined || data[field] === null || data[field] === '') {
      throw inputError(
        display,
        1,
        both(`missing required field "${field}"`, `champ obligatoire manquant « ${field} »`),
        both(`Add "${field}:" to the manifest.`, `Ajoutez « ${field}: » au manifeste.`),
      );
    }
  };
  const text = (field: string): string => {
    const value = data[field];
    if (typeof value === 'number') return source.fieldSource(field) ?? String(value);
    if (typeof value !== 'string')
      fail(field, both(`field "${field}" must be text`, `le champ « ${field} » doit être du texte`));
    return (value as string).trim();
  };
  const oneOf = <T extends string>(field: string, allowed: readonly T[]): T => {
    required(field);
    const value = text(field);
    if (!allowed.includes(value as T))
      fail(
        field,
        both(
          `field "${field}" must be one of ${allowed.join(', ')} (got "${value}")`,
          `le champ « ${field} » doit valoir ${allowed.join(', ')} (reçu « ${value} »)`,
        ),
        hintDidYouMean(value, allowed),
      );
    return value as T;
  };

  const channel = oneOf('channel', CHANNELS);
  const purpose = oneOf('purpose', PURPOSES);
  const audience =
    data.audience === undefined || data.audience === null ? 'consumers' : oneOf('audience', AUDIENCES);
  required('advertiser');
  const advertiser = text('advertiser');
  required('sender');
  const sender = text('sender');

  // Message: inline or from a UTF-8 file beside the manifest.
  const folder = path.dirname(file);
  let message: string;
  let messageFile = file;
  let messageStartLine = source.contentLine('message') ?? 1;
  if (data.message !== undefined && data.message_file !== undefined)
    fail(
      'message_file',
      both(
        'give either "message" or "message_file", not both',
        'donnez « message » ou « message_file », pas les deux',
      ),
    );
  if (data.message_file !== undefined) {
    messageFile = confined('message_file', path.resolve(folder, text('message_file')));
    try {
      // At most 1 MB (ten times the longest message read); a pipe or a device is refused.
      message = (await readTextInput(messageFile, 1024 * 1024)).replace(/^\uFEFF/, '');
    } catch (error) {
      const why = describeFsError(error, 'message file');
      const where = displayPath(messageFile, cwd);
      return fail(
        'message_file',
        both(`${pick(why, 'en')}: ${where}`, `${pick(why, 'fr')} : ${where}`),
        fsErrorHint(error) ??
          both(
            'Check the path; it is relative to the manifest folder.',
            'Vérifiez le chemin ; il est relatif au dossier du manifeste.',
          ),
      );
    }
    messageStartLine = 1;
  } else {
    if (data.message === undefined || data.message === null)
      throw inputError(
        display,
        1,
        both(
          'missing required field "message" (or "message_file")',
          'champ obligatoire manquant « message » (ou « message_file »)',
        ),
        both(
          'Add the SMS text or the VMS script as "message:".',
          'Ajoutez le texte du SMS ou le script du message vocal sous « message: ».',
        ),
      );
    message = text('message'); // a mapping or a list is refused, never linted as "[object Object]"
  }
  message = message.replace(/\s+$/, ''); // trailing newlines of YAML blocks and files are not sent
  if (message.trim() === '')
    fail(
      data.message_file !== undefined ? 'message_file' : 'message',
      both('the message is empty', 'le message est vide'),
    );

  let timeZone = 'Europe/Paris';
  if (data.timezone !== undefined) {
    timeZone = text('timezone');
    if (!isValidTimeZone(timeZone))
      fail(
        'timezone',
        both(`unknown time zone "${timeZone}"`, `fuseau horaire inconnu « ${timeZone} »`),
        both(
          'Use an IANA zone name such as Europe/Paris or Indian/Reunion.',
          'Utilisez un nom de fuseau IANA comme Europe/Paris ou Indian/Reunion.',
        ),
      );
  }
  required('send_at');
  const sendAtRaw = text('send_at');
  const sendAtMs = parseSendAt(sendAtRaw, timeZone);
  if (sendAtMs === null)
    fail(
      'send_at',
      both(
        `send_at "${sendAtRaw}" is not a date and time`,
        `send_at « ${sendAtRaw} » n’est pas une date et heure`,
      ),
      both(
        'Write it as 2027-01-13T10:00, 2027-01-13 10:00, 2027-01-13T10:00+01:00 or 13/01/2027 10:00.',
        'Écrivez-la 2027-01-13T10:00, 2027-01-13 10:00, 2027-01-13T10:00+01:00 ou 13/01/2027 10:00.',
      ),
    );

  let ratePerMinute: number | null = null;
  if (data.rate_per_minute !== undefined && data.rate_per_minute !== null) {
    // A number as written (not `true`, not `[5]`), within what a send can take: below one message
    // every 100 minutes the schedule of a large file runs past any calendar.
    ratePerMinute = typeof data.rate_per_minute === 'number' ? data.rate_per_minute : NaN;
    if (!Number.isFinite(ratePerMinute) || ratePerMinute < 0.01 || ratePerMinute > 1e7)
      fail(
        'rate_per_minute',
        both(
          'rate_per_minute must be a number of messages per minute, from 0.01 to 10,000,000',
          'rate_per_minute doit être un nombre de messages par minute, de 0,01 à 10 000 000',
        ),
      );
  }
  let analogousOffer = false;
  if (data.analogous_offer !== undefined && data.analogous_offer !== null) {
    if (typeof data.analogous_offer !== 'boolean')
      fail(
        'analogous_offer',
        both('analogous_offer must be true or false', 'analogous_offer doit valoir true ou false'),
      );
    analogousOffer = data.analogous_offer as boolean;
  }
  const sector = data.sector === undefined || data.sector === null ? null : text('sector');
  const election = readElection(data.election, fail);

  const recipients = readRecipients(data.recipients, fail, folder);
  confined('recipients.file', recipients.file);
  const pathList = (field: string): string[] => {
    const value = data[field];
    if (value === undefined || value === null) return [];
    const list = Array.isArray(value) ? value : [value];
    if (!list.every((item) => typeof item === 'string' && item.trim() !== ''))
      fail(
        field,
        both(
          `${field} must be a file path or a list of file paths`,
          `${field} doit être un chemin de fichier ou une liste de chemins`,
        ),
      );
    return list.map((item: string) => confined(field, path.resolve(folder, item.trim())));
  };
  const history =
    data.history === undefined || data.history === null
      ? null
      : confined('history', path.resolve(folder, text('history')));

  return {
    file,
    display,
    name:
      data.name === undefined || data.name === null
        ? path.basename(file).replace(MANIFEST_PATTERN, '')
        : text('name'),
    channel,
    purpose,
    audience,
    advertiser,
    sender,
    message,
    messageFile,
    messageStartLine,
    sendAtMs: sendAtMs as number,
    sendAtText: DateTime.fromMillis(sendAtMs as number, { zone: timeZone }).toFormat("yyyy-MM-dd'T'HH:mm"),
    timeZone,
    ratePerMinute,
    analogousOffer,
    sector,
    election,
    recipients,
    optOutLists: pathList('opt_out_lists'),
    history,
    lines: { fieldLine: (field) => source.fieldLine(field) },
  };
}

function readRecipients(
  value: unknown,
  fail: (field: string, message: Localized, hint?: Localized) => never,
  folder: string,
): Manifest['recipients'] {
  if (value === undefined || value === null)
    fail(
      'recipients',
      both('missing required field "recipients.file"', 'champ obligatoire manquant « recipients.file »'),
      both('Add:\nrecipients:\n  file: recipients.csv', 'Ajoutez :\nrecipients:\n  file: recipients.csv'),
    );
  if (!isPlainObject(value))
    return fail(
      'recipients',
      both(
        'recipients must be a mapping with at least "file"',
        'recipients doit être un ensemble de champs avec au moins « file »',
      ),
    );
  for (const key of Object.keys(value)) {
    if (!RECIPIENT_FIELDS.includes(key))
      fail(
        `recipients.${key}`,
        both(`unknown field "recipients.${key}"`, `champ inconnu « recipients.${key} »`),
        hintDidYouMean(key, RECIPIENT_FIELDS),
      );
  }
  if (typeof value.file !== 'string' || value.file.trim() === '')
    fail(
      'recipients',
      both('missing required field "recipients.file"', 'champ obligatoire manquant « recipients.file »'),
      both(
        'Add "file: recipients.csv" under "recipients:".',
        'Ajoutez « file: recipients.csv » sous « recipients: ».',
      ),
    );
  let delimiter: string | undefined;
  if (value.delimiter !== undefined) {
    delimiter = typeof value.delimiter === 'string' ? DELIMITERS.get(value.delimiter) : undefined;
    if (!delimiter)
      fail(
        'recipients.delimiter',
        both(
          `recipients.delimiter must be one of "," ";" "|" or tab (got ${JSON.stringify(value.delimiter)})`,
          `recipients.delimiter doit valoir « , » « ; » « | » ou une tabulation (reçu ${JSON.stringify(value.delimiter)})`,
        ),
      );
  }
  let encoding: string | undefined;
  if (value.encoding !== undefined) {
    const asked = typeof value.encoding === 'string' ? value.encoding : JSON.stringify(value.encoding);
    encoding = ENCODINGS.get(asked.toLowerCase());
    if (!encoding)
      fail(
        'recipients.encoding',
        both(
          `unsupported recipients.encoding "${asked}"`,
          `recipients.encoding « ${asked} » n’est pas pris en charge`,
        ),
        both(
          'Use utf-8, latin1 or windows-1252 (or leave it out to auto-detect).',
          'Utilisez utf-8, latin1 ou windows-1252 (ou omettez-le pour une détection automatique).',
        ),
      );
  }
  const columns: Record<string, string> = {};
  if (value.columns !== undefined && value.columns !== null) {
    if (!isPlainObject(value.columns))
      fail(
        'recipients.columns',
        both(
          'recipients.columns must map logical names (phone, consent, …) to CSV headers',
          'recipients.columns doit associer des noms logiques (phone, consent, …) à des en-têtes de colonnes',
        ),
      );
    for (const [logical, header] of Object.entries(value.columns)) {
      if (!(LOGICAL_COLUMNS as readonly string[]).includes(logical))
        fail(
          `recipients.columns.${logical}`,
          both(
            `unknown column "${logical}" in recipients.columns`,
            `colonne inconnue « ${logical} » dans recipients.columns`,
          ),
          hintDidYouMean(logical, LOGICAL_COLUMNS) ??
            both(`Known: ${LOGICAL_COLUMNS.join(', ')}.`, `Connues : ${LOGICAL_COLUMNS.join(', ')}.`),
        );
      if (typeof header !== 'string' || header.trim() === '')
        fail(
          `recipients.columns.${logical}`,
          both(
            `recipients.columns.${logical} must be a CSV header name`,
            `recipients.columns.${logical} doit être un nom d’en-tête de colonne`,
          ),
        );
      columns[logical] = header.trim();
    }
  }
  let sheet: string | undefined;
  if (value.sheet !== undefined) {
    if (typeof value.sheet !== 'string' || value.sheet.trim() === '')
      fail(
        'recipients.sheet',
        both(
          'recipients.sheet must be the name of a sheet of the workbook',
          'recipients.sheet doit être le nom d’une feuille du classeur',
        ),
      );
    sheet = String(value.sheet);
  }
  return { file: path.resolve(folder, value.file.trim()), delimiter, encoding, sheet, columns };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDate = (value: string) =>
  ISO_DATE.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;
/** How far before the metropolitan ballot a territory may vote (French Polynesia: a week and a day). */
const EARLIEST_LOCAL_BALLOT = 14;

/** `election`: `none`, or the kind and ballot days of a political campaign (see campaign-election). */
function readElection(
  value: unknown,
  fail: (field: string, message: Localized, hint?: Localized) => never,
): Election | 'none' | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.trim().toLowerCase() === 'none') return 'none';
  const shape = localized('election.shape');
  if (!isPlainObject(value))
    return fail('election', localized('election.notMapping', { got: JSON.stringify(value) }), shape);
  for (const key of Object.keys(value))
    if (!ELECTION_FIELDS.includes(key))
      fail(
        `election.${key}`,
        localized('election.unknownField', { key }),
        hintDidYouMean(key, ELECTION_FIELDS) ??
          localized('election.known', { known: ELECTION_FIELDS.join(', ') }),
      );
  const kind = value.kind;
  if (kind === undefined || kind === null) fail('election', localized('election.missingKind'), shape);
  if (typeof kind !== 'string' || !(ELECTION_KINDS as readonly string[]).includes(kind))
    fail(
      'election.kind',
      localized('election.badKind', { kinds: ELECTION_KINDS.join(', '), got: JSON.stringify(kind) }),
      typeof kind === 'string' ? hintDidYouMean(kind, ELECTION_KINDS) : undefined,
    );
  const dates = (field: string, list: unknown, what: Localized): string[] => {
    const items = Array.isArray(list) ? list : [list];
    if (list === undefined || list === null || items.length === 0)
      fail(field, localized('election.missingDays', { field }), what);
    if (items.length > 4) fail(field, localized('election.tooManyDays', { field, n: items.length }), what);
    return items.map((item, i) => {
      const day = typeof item === 'string' ? item.trim() : JSON.stringify(item);
      if (!isCalendarDate(day)) fail(`${field}.${i}`, localized('election.notADate', { field, day }), what);
      if (i > 0 && day <= (items[i - 1] as string).trim())
        fail(
          `${field}.${i}`,
          localized('election.notInOrder', { field, previous: String(items[i - 1]), day }),
          what,
        );
      return day;
    });
  };
  const ballots = dates('election.ballots', value.ballots, localized('election.ballotsHint'));
  const territoryBallots: Record<string, readonly string[]> = {};
  const territories = value.territory_ballots;
  if (territories !== undefined && territories !== null) {
    if (!isPlainObject(territories))
      fail('election.territory_ballots', localized('election.territoriesShape'));
    for (const [code, list] of Object.entries(territories)) {
      const field = `election.territory_ballots.${code}`;
      if (!(ELECTION_TERRITORIES as readonly string[]).includes(code))
        fail(
          field,
          localized('election.unknownTerritory', { code }),
          hintDidYouMean(code, ELECTION_TERRITORIES) ??
            localized('election.known', { known: ELECTION_TERRITORIES.join(', ') }),
        );
      const days = dates(field, list, localized('election.territoryHint', { code }));
      if (days.length !== ballots.length)
        fail(
          field,
          localized('election.roundCount', {
            field,
            n: days.length,
            rounds: localized('election.rounds', { n: ballots.length }),
          }),
        );
      days.forEach((day, i) => {
        if (day > ballots[i] || day < addDays(ballots[i], -EARLIEST_LOCAL_BALLOT))
          fail(
            `${field}.${i}`,
            localized('election.tooEarly', { field, day, max: EARLIEST_LOCAL_BALLOT, ballot: ballots[i] }),
            localized('election.tooEarlyHint'),
          );
      });
      territoryBallots[code] = Object.freeze(days);
    }
  }
  return Object.freeze({
    kind: kind as ElectionKind,
    ballots: Object.freeze(ballots),
    territoryBallots: Object.freeze(territoryBallots),
  });
}
