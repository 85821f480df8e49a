import { insideGitFolder, isInside, projectRoots, type Confinement } from '../read/confine';
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
import { displayPath } from '../read/paths';
import { LOGICAL_COLUMNS } from '../read/columns';
import { isPlainObject, readStructuredFile } from '../read/structured';
import { isValidTimeZone, parseSendAt } from '../read/values';
import { DateTime } from 'luxon';
import { localized } from '../base/messages';

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

/** Every file a manifest names (absolute): message file (the manifest itself for an inline message), recipients, opt-out lists, history. */
export const manifestInputs = (manifest: Manifest): string[] => [
  manifest.messageFile,
  manifest.recipients.file,
  ...manifest.optOutLists,
  ...(manifest.history ? [manifest.history] : []),
];

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
    throw inputError(display, 1, localized('manifest.notMapping'), localized('manifest.seeReadme'));

  const roots = confinement.allowOutside ? null : projectRoots(cwd, file);
  /** A path the manifest names, refused when it leads outside the project or into .git/ (see confine.ts). */
  const confined = (field: string, target: string): string => {
    if (insideGitFolder(target))
      fail(field, localized('confine.intoGit', { field, path: target }), localized('confine.intoGitHint'));
    if (roots && !isInside(target, roots))
      fail(field, localized('manifest.outside', { field, target }), localized('manifest.outsideHint'));
    return target;
  };
  for (const key of Object.keys(data)) {
    // "$schema" points editors at schemas/manifest.schema.json (JSON manifests).
    if (key === '$schema') continue;
    if (!FIELDS.includes(key))
      fail(
        key,
        localized('manifest.unknownField', { field: key }),
        hintDidYouMean(key, FIELDS) ?? localized('manifest.knownFields', { fields: FIELDS.join(', ') }),
      );
  }
  const required = (field: string) => {
    if (data[field] === undefined || data[field] === null || data[field] === '') {
      throw inputError(
        display,
        1,
        localized('manifest.missingField', { field }),
        localized('manifest.missingFieldHint', { field }),
      );
    }
  };
  const text = (field: string): string => {
    const value = data[field];
    if (typeof value === 'number') return source.fieldSource(field) ?? String(value);
    if (typeof value !== 'string') fail(field, localized('manifest.notText', { field }));
    return (value as string).trim();
  };
  const oneOf = <T extends string>(field: string, allowed: readonly T[]): T => {
    required(field);
    const value = text(field);
    if (!allowed.includes(value as T))
      fail(
        field,
        localized('manifest.notOneOf', { field, value, allowed: allowed.join(', ') }),
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
    fail('message_file', localized('manifest.messageTwice'));
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
        localized('failure.atPath', { what: why, path: where }),
        fsErrorHint(error) ?? localized('manifest.checkPath'),
      );
    }
    messageStartLine = 1;
  } else {
    if (data.message === undefined || data.message === null)
      throw inputError(
        display,
        1,
        localized('manifest.missingMessage'),
        localized('manifest.missingMessageHint'),
      );
    message = text('message'); // a mapping or a list is refused, never linted as "[object Object]"
  }
  message = message.replace(/\s+$/, ''); // trailing newlines of YAML blocks and files are not sent
  if (message.trim() === '')
    fail(data.message_file !== undefined ? 'message_file' : 'message', localized('manifest.emptyMessage'));

  let timeZone = 'Europe/Paris';
  if (data.timezone !== undefined) {
    timeZone = text('timezone');
    if (!isValidTimeZone(timeZone))
      fail(
        'timezone',
        localized('manifest.unknownTimeZone', { timeZone }),
        localized('manifest.unknownTimeZoneHint'),
      );
  }
  required('send_at');
  const sendAtRaw = text('send_at');
  const sendAtMs = parseSendAt(sendAtRaw, timeZone);
  if (sendAtMs === null)
    fail(
      'send_at',
      localized('manifest.badSendAt', { value: sendAtRaw }),
      localized('manifest.badSendAtHint'),
    );

  let ratePerMinute: number | null = null;
  if (data.rate_per_minute !== undefined && data.rate_per_minute !== null) {
    // A number as written (not `true`, not `[5]`), within what a send can take: below one message
    // every 100 minutes the schedule of a large file runs past any calendar.
    ratePerMinute = typeof data.rate_per_minute === 'number' ? data.rate_per_minute : NaN;
    if (!Number.isFinite(ratePerMinute) || ratePerMinute < 0.01 || ratePerMinute > 1e7)
      fail('rate_per_minute', localized('manifest.badRate'));
  }
  let analogousOffer = false;
  if (data.analogous_offer !== undefined && data.analogous_offer !== null) {
    if (typeof data.analogous_offer !== 'boolean')
      fail('analogous_offer', localized('manifest.badAnalogousOffer'));
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
      fail(field, localized('manifest.notPaths', { field }));
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
      localized('manifest.missingRecipientsFile'),
      localized('manifest.missingRecipientsHint'),
    );
  if (!isPlainObject(value)) return fail('recipients', localized('manifest.recipientsNotMapping'));
  for (const key of Object.keys(value)) {
    if (!RECIPIENT_FIELDS.includes(key))
      fail(
        `recipients.${key}`,
        localized('manifest.unknownRecipientsField', { field: key }),
        hintDidYouMean(key, RECIPIENT_FIELDS),
      );
  }
  if (typeof value.file !== 'string' || value.file.trim() === '')
    fail(
      'recipients',
      localized('manifest.missingRecipientsFile'),
      localized('manifest.missingRecipientsFileHint'),
    );
  let delimiter: string | undefined;
  if (value.delimiter !== undefined) {
    delimiter = typeof value.delimiter === 'string' ? DELIMITERS.get(value.delimiter) : undefined;
    if (!delimiter)
      fail(
        'recipients.delimiter',
        localized('manifest.badDelimiter', { value: JSON.stringify(value.delimiter) }),
      );
  }
  let encoding: string | undefined;
  if (value.encoding !== undefined) {
    const asked = typeof value.encoding === 'string' ? value.encoding : JSON.stringify(value.encoding);
    encoding = ENCODINGS.get(asked.toLowerCase());
    if (!encoding)
      fail(
        'recipients.encoding',
        localized('manifest.badEncoding', { encoding: asked }),
        localized('manifest.badEncodingHint'),
      );
  }
  const columns: Record<string, string> = {};
  if (value.columns !== undefined && value.columns !== null) {
    if (!isPlainObject(value.columns)) fail('recipients.columns', localized('manifest.columnsNotMapping'));
    for (const [logical, header] of Object.entries(value.columns)) {
      if (!(LOGICAL_COLUMNS as readonly string[]).includes(logical))
        fail(
          `recipients.columns.${logical}`,
          localized('manifest.unknownColumn', { column: logical }),
          hintDidYouMean(logical, LOGICAL_COLUMNS) ??
            localized('manifest.knownColumns', { columns: LOGICAL_COLUMNS.join(', ') }),
        );
      if (typeof header !== 'string' || header.trim() === '')
        fail(`recipients.columns.${logical}`, localized('manifest.columnNotHeader', { logical }));
      columns[logical] = header.trim();
    }
  }
  let sheet: string | undefined;
  if (value.sheet !== undefined) {
    if (typeof value.sheet !== 'string' || value.sheet.trim() === '')
      fail('recipients.sheet', localized('manifest.badSheet'));
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
