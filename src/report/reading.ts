// How a campaign's files were read, as every format says it: the choices the tool made rather than
// the manifest (encoding, delimiter or sheet, header row, each column recognised, the headers that
// look like an opt-out column and are not read, how each opt-out list was read). Text in both
// languages; JSON and SARIF carry the structure itself (CampaignResult.reading).
import { say, type MessageKey } from '../base/messages';
import type { CampaignResult, ColumnReading, Lang, ReadingChoice, RecipientsReading } from '../base/types';

/** The rule id under which SARIF, GitLab and compact reports say how the files were read. */
export const READING_ID = 'campaign-lint/reading';

const FROM = {
  detected: 'reading.from.detected',
  manifest: 'reading.from.manifest',
  bom: 'reading.from.bom',
  'sep-line': 'reading.from.sepLine',
  'first-visible': 'reading.from.firstVisible',
} as const satisfies Record<ReadingChoice['from'], MessageKey>;

/** Where a choice came from, in the language (a workbook's first visible sheet says the hidden ones passed over). */
const fromText = (choice: ReadingChoice, lang: Lang): string =>
  choice.hiddenSkipped
    ? say('reading.from.hiddenSkipped', lang, { n: choice.hiddenSkipped })
    : say(FROM[choice.from], lang);

/** What users call the encodings read. */
const ENCODING_NAMES: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252 (Latin-1)',
  macintosh: 'Mac Roman',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
};

const delimiterName = (d: string) => (d === '\t' ? 'TAB' : d);

/** Quoted headers, the first few, then how many more. */
function headerList(headers: readonly string[], lang: Lang, shown = 3): string {
  const list = headers
    .slice(0, shown)
    .map((header) => say('report.quoted', lang, { text: header }))
    .join(', ');
  return headers.length > shown ? say('reading.andMore', lang, { list, n: headers.length - shown }) : list;
}

function columnText(logical: string, column: ColumnReading, lang: Lang): string {
  const passed = column.passedOver ?? [];
  const landlines = passed.filter((p) => p.why === 'landline').map((p) => p.header);
  const notes = [
    ...(column.how === 'fallback' ? [say('reading.fallback', lang)] : []),
    ...passed
      .filter((p) => p.why === 'generic')
      .map((p) => say('reading.generic', lang, { header: p.header })),
    ...(landlines.length > 0
      ? [say('reading.landlines', lang, { headers: headerList(landlines, lang) })]
      : []),
  ];
  const text = say('reading.column', lang, { logical, header: column.header });
  return notes.length > 0 ? `${text} (${notes.join('; ')})` : text;
}

/**
 * The reading of a campaign as lines of text, each a sentence: how the recipients file was read,
 * the columns recognised rather than named, the opt-out-looking headers left unread, the opt-out
 * lists. A result built without a reading says only its recognised columns.
 */
export function readingLines(campaign: CampaignResult, lang: Lang): string[] {
  const reading = campaign.reading;
  const lines: string[] = [];
  if (reading) {
    const choices = [
      ...(reading.encoding
        ? [
            say('reading.encoding', lang, {
              value: ENCODING_NAMES[reading.encoding.value] ?? reading.encoding.value,
              from: fromText(reading.encoding, lang),
            }),
          ]
        : []),
      ...(reading.delimiter
        ? [
            say('reading.delimiter', lang, {
              value: delimiterName(reading.delimiter.value),
              from: fromText(reading.delimiter, lang),
            }),
          ]
        : []),
      ...(reading.sheet
        ? [say('reading.sheet', lang, { value: reading.sheet.value, from: fromText(reading.sheet, lang) })]
        : []),
      say(reading.sheet ? 'reading.headerRow' : 'reading.headerLine', lang, {
        line: String(reading.headerLine),
      }),
    ];
    lines.push(say('reading.file', lang, { choices: choices.join(', ') }));
  }
  const guessed = reading
    ? Object.entries(reading.columns).filter(
        ([, c]) => c.how === 'detected' || c.how === 'fallback' || (c.passedOver?.length ?? 0) > 0,
      )
    : Object.entries(campaign.detectedColumns ?? {}).map(
        ([logical, header]) => [logical, { header, how: 'detected' }] as const,
      );
  if (guessed.length > 0)
    lines.push(
      `${say('reading.columns', lang)} ${guessed.map(([logical, column]) => columnText(logical, column, lang)).join(', ')}`,
    );
  if (reading && reading.unusedOptOut.length > 0)
    lines.push(`${say('reading.unusedOptOut', lang)} ${headerList(reading.unusedOptOut, lang, Infinity)}`);
  if (reading && reading.duplicateHeaders.length > 0)
    lines.push(`${say('reading.duplicates', lang)} ${headerList(reading.duplicateHeaders, lang, Infinity)}`);
  for (const list of reading?.optOutLists ?? [])
    lines.push(
      say(list.headerLine ? 'reading.listHeader' : 'reading.listPlain', lang, {
        file: list.file,
        column: list.column,
      }),
    );
  return lines;
}

/** The reading as JSON and SARIF carry it: the structure, with the campaign's manifest. */
export const readingRecord = (
  campaign: CampaignResult,
): (RecipientsReading & { campaign: string }) | undefined =>
  campaign.reading ? { campaign: campaign.file, ...campaign.reading } : undefined;
