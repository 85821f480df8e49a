import { promises as fs } from 'fs';
import path from 'path';
import { describeFsError, hintDidYouMean, inputError } from '../errors';
import type { Audience, Channel, Purpose, SourceLines } from '../types';
import { displayPath } from './paths';
import { LOGICAL_COLUMNS } from '../pipeline/batch';
import { isPlainObject, readStructuredFile } from './structured';
import { isValidTimeZone, parseSendAt } from './values';
import { DateTime } from 'luxon';

export const MANIFEST_PATTERN = /\.campaign\.(ya?ml|json)$/i;

const FIELDS = [
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
  'recipients',
  'opt_out_lists',
  'history',
];
const RECIPIENT_FIELDS = ['file', 'delimiter', 'encoding', 'columns'];
const CHANNELS: readonly Channel[] = ['sms', 'vms'];
const PURPOSES: readonly Purpose[] = ['marketing', 'transactional', 'non-commercial', 'political'];
const AUDIENCES: readonly Audience[] = ['consumers', 'professionals'];
// Maps, not objects: a word typed by the user must never find "constructor" or "toString".
const DELIMITERS: ReadonlyMap<string, string> = new Map(
  Object.entries({ ',': ',', ';': ';', '\t': '\t', tab: '\t', TAB: '\t', '|': '|' }),
);
const ENCODINGS: ReadonlyMap<string, string> = new Map(
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
  readonly recipients: {
    readonly file: string;
    readonly delimiter?: string;
    readonly encoding?: string;
    readonly columns: Readonly<Record<string, string>>;
  };
  readonly optOutLists: readonly string[]; // absolute
  readonly history: string | null; // absolute
  readonly lines: SourceLines;
}

export async function loadManifest(file: string, cwd: string): Promise<Manifest> {
  const display = displayPath(file, cwd);
  const source = await readStructuredFile(file, display, 'campaign manifest');
  const data = source.data;
  const fail = (field: string, message: string, hint?: string): never => {
    throw inputError(
      display,
      source.fieldLine(field) ?? (field.includes('.') ? source.fieldLine(field.split('.')[0]) : undefined),
      message,
      hint,
    );
  };
  if (!isPlainObject(data))
    throw inputError(
      display,
      1,
      'a campaign manifest must be a mapping of fields (channel, purpose, …)',
      'See the manifest format in the README.',
    );

  for (const key of Object.keys(data)) {
    if (!FIELDS.includes(key))
      fail(
        key,
        `unknown field "${key}"`,
        hintDidYouMean(key, FIELDS) ?? `Known fields: ${FIELDS.join(', ')}.`,
      );
  }
  const required = (field: string) => {
    if (data[field] === undefined || data[field] === null || data[field] === '') {
      throw inputError(display, 1, `missing required field "${field}"`, `Add "${field}:" to the manifest.`);
    }
  };
  const text = (field: string): string => {
    const value = data[field];
    if (typeof value === 'number') return source.fieldSource(field) ?? String(value);
    if (typeof value !== 'string') fail(field, `field "${field}" must be text`);
    return (value as string).trim();
  };
  const oneOf = <T extends string>(field: string, allowed: readonly T[]): T => {
    required(field);
    const value = text(field);
    if (!allowed.includes(value as T))
      fail(
        field,
        `field "${field}" must be one of ${allowed.join(', ')} (got "${value}")`,
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
    fail('message_file', 'give either "message" or "message_file", not both');
  if (data.message_file !== undefined) {
    messageFile = path.resolve(folder, text('message_file'));
    try {
      message = (await fs.readFile(messageFile, 'utf8')).replace(/^\uFEFF/, '');
    } catch (error) {
      return fail(
        'message_file',
        `${describeFsError(error, 'message file')}: ${displayPath(messageFile, cwd)}`,
        'Check the path; it is relative to the manifest folder.',
      );
    }
    messageStartLine = 1;
  } else {
    if (data.message === undefined || data.message === null)
      throw inputError(
        display,
        1,
        'missing required field "message" (or "message_file")',
        'Add the SMS text or the VMS script as "message:".',
      );
    message = typeof data.message === 'string' ? data.message : String(data.message);
  }
  message = message.replace(/\s+$/, ''); // trailing newlines of YAML blocks and files are not sent
  if (message.trim() === '')
    fail(data.message_file !== undefined ? 'message_file' : 'message', 'the message is empty');

  let timeZone = 'Europe/Paris';
  if (data.timezone !== undefined) {
    timeZone = text('timezone');
    if (!isValidTimeZone(timeZone))
      fail(
        'timezone',
        `unknown time zone "${timeZone}"`,
        'Use an IANA zone name such as Europe/Paris or Indian/Reunion.',
      );
  }
  required('send_at');
  const sendAtRaw = data.send_at instanceof Date ? data.send_at.toISOString() : text('send_at');
  const sendAtMs = parseSendAt(sendAtRaw, timeZone);
  if (sendAtMs === null)
    fail(
      'send_at',
      `send_at "${sendAtRaw}" is not a date and time`,
      'Write it as 2027-01-13T10:00, 2027-01-13 10:00, 2027-01-13T10:00+01:00 or 13/01/2027 10:00.',
    );

  let ratePerMinute: number | null = null;
  if (data.rate_per_minute !== undefined && data.rate_per_minute !== null) {
    ratePerMinute = Number(data.rate_per_minute);
    if (!Number.isFinite(ratePerMinute) || ratePerMinute <= 0)
      fail('rate_per_minute', 'rate_per_minute must be a positive number of messages per minute');
  }
  let analogousOffer = false;
  if (data.analogous_offer !== undefined && data.analogous_offer !== null) {
    if (typeof data.analogous_offer !== 'boolean')
      fail('analogous_offer', 'analogous_offer must be true or false');
    analogousOffer = data.analogous_offer as boolean;
  }
  const sector = data.sector === undefined || data.sector === null ? null : text('sector');

  const recipients = readRecipients(data.recipients, fail, folder);
  const pathList = (field: string): string[] => {
    const value = data[field];
    if (value === undefined || value === null) return [];
    const list = Array.isArray(value) ? value : [value];
    if (!list.every((item) => typeof item === 'string' && item.trim() !== ''))
      fail(field, `${field} must be a file path or a list of file paths`);
    return list.map((item: string) => path.resolve(folder, item.trim()));
  };
  const history =
    data.history === undefined || data.history === null ? null : path.resolve(folder, text('history'));

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
    recipients,
    optOutLists: pathList('opt_out_lists'),
    history,
    lines: { fieldLine: (field) => source.fieldLine(field) },
  };
}

function readRecipients(
  value: unknown,
  fail: (field: string, message: string, hint?: string) => never,
  folder: string,
): Manifest['recipients'] {
  if (value === undefined || value === null)
    fail(
      'recipients',
      'missing required field "recipients.file"',
      'Add:\nrecipients:\n  file: recipients.csv',
    );
  if (!isPlainObject(value)) return fail('recipients', 'recipients must be a mapping with at least "file"');
  for (const key of Object.keys(value)) {
    if (!RECIPIENT_FIELDS.includes(key))
      fail(`recipients.${key}`, `unknown field "recipients.${key}"`, hintDidYouMean(key, RECIPIENT_FIELDS));
  }
  if (typeof value.file !== 'string' || value.file.trim() === '')
    fail(
      'recipients',
      'missing required field "recipients.file"',
      'Add "file: recipients.csv" under "recipients:".',
    );
  let delimiter: string | undefined;
  if (value.delimiter !== undefined) {
    delimiter = DELIMITERS.get(String(value.delimiter));
    if (!delimiter)
      fail(
        'recipients.delimiter',
        `recipients.delimiter must be one of "," ";" "|" or tab (got ${JSON.stringify(value.delimiter)})`,
      );
  }
  let encoding: string | undefined;
  if (value.encoding !== undefined) {
    encoding = ENCODINGS.get(String(value.encoding).toLowerCase());
    if (!encoding)
      fail(
        'recipients.encoding',
        `unsupported recipients.encoding "${value.encoding}"`,
        'Use utf-8, latin1 or windows-1252 (or leave it out to auto-detect).',
      );
  }
  const columns: Record<string, string> = {};
  if (value.columns !== undefined && value.columns !== null) {
    if (!isPlainObject(value.columns))
      fail(
        'recipients.columns',
        'recipients.columns must map logical names (phone, consent, …) to CSV headers',
      );
    for (const [logical, header] of Object.entries(value.columns)) {
      if (!LOGICAL_COLUMNS.includes(logical))
        fail(
          `recipients.columns.${logical}`,
          `unknown column "${logical}" in recipients.columns`,
          hintDidYouMean(logical, LOGICAL_COLUMNS) ?? `Known: ${LOGICAL_COLUMNS.join(', ')}.`,
        );
      if (typeof header !== 'string' || header.trim() === '')
        fail(`recipients.columns.${logical}`, `recipients.columns.${logical} must be a CSV header name`);
      columns[logical] = header.trim();
    }
  }
  return { file: path.resolve(folder, value.file.trim()), delimiter, encoding, columns };
}
