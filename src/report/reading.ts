// How a campaign's files were read, as every format says it: the choices the tool made rather than
// the manifest (encoding, delimiter or sheet, header row, each column recognised, the headers that
// look like an opt-out column and are not read, how each opt-out list was read). Text in both
// languages; JSON and SARIF carry the structure itself (CampaignResult.reading).
import { interpolate } from '../base/text';
import type { CampaignResult, ColumnReading, Lang, ReadingChoice, RecipientsReading } from '../base/types';

/** The rule id under which SARIF, GitLab and compact reports say how the files were read. */
export const READING_ID = 'campaign-lint/reading';

const T = {
  file: {
    en: 'recipients file read: {{choices}}',
    fr: 'lecture du fichier des destinataires : {{choices}}',
  },
  encoding: { en: '{{value}} ({{from}})', fr: '{{value}} ({{from}})' },
  delimiter: { en: 'delimiter "{{value}}" ({{from}})', fr: 'séparateur « {{value}} » ({{from}})' },
  sheet: { en: 'sheet "{{value}}" ({{from}})', fr: 'feuille « {{value}} » ({{from}})' },
  headerLine: { en: 'header on line {{line}}', fr: 'en-tête en ligne {{line}}' },
  headerRow: { en: 'header on row {{line}}', fr: 'en-tête en ligne {{line}}' },
  columns: { en: 'columns recognised from the header:', fr: 'colonnes reconnues dans l’en-tête :' },
  column: { en: '{{logical}} ← "{{header}}"', fr: '{{logical}} ← « {{header}} »' },
  fallback: {
    en: 'the only header that looks like consent',
    fr: 'le seul en-tête qui ressemble à un consentement',
  },
  generic: {
    en: 'a mobile header wins over "{{header}}"',
    fr: 'un en-tête de mobile l’emporte sur « {{header}} »',
  },
  unusedOptOut: {
    en: 'columns that look like an opt-out and are not read:',
    fr: 'colonnes qui ressemblent à une opposition et ne sont pas lues :',
  },
  quoted: { en: '"{{header}}"', fr: '« {{header}} »' },
  duplicates: {
    en: 'headers written twice, read by no column (a placeholder reads the first):',
    fr: 'en-têtes écrits deux fois, lus par aucune colonne (un champ de fusion lit le premier) :',
  },
  landlines: {
    en: 'left out as landline, work, home, fax or phonetic fields: {{headers}}',
    fr: 'écartés comme fixe, bureau, domicile, fax ou phonétique : {{headers}}',
  },
  andMore: { en: '{{list}} and {{n}} more', fr: '{{list}} et {{n}} autres' },
  listHeader: {
    en: 'opt-out list {{file}}: header on line 1, column "{{column}}"',
    fr: 'liste d’opposition {{file}} : en-tête en ligne 1, colonne « {{column}} »',
  },
  listPlain: {
    en: 'opt-out list {{file}}: no header (line 1 is a number), column {{column}}',
    fr: 'liste d’opposition {{file}} : sans en-tête (la ligne 1 est un numéro), colonne {{column}}',
  },
};

const FROM: Record<ReadingChoice['from'], { en: string; fr: string }> = {
  detected: { en: 'detected', fr: 'détecté' },
  manifest: { en: 'from the manifest', fr: 'indiqué dans le manifeste' },
  bom: { en: 'byte-order mark', fr: 'indicateur d’ordre des octets' },
  'sep-line': { en: 'from its sep= line', fr: 'donné par sa ligne sep=' },
  'first-visible': { en: 'the first visible sheet', fr: 'la première feuille visible' },
};

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
    .map((header) => interpolate(T.quoted, { header }, lang))
    .join(', ');
  return headers.length > shown ? interpolate(T.andMore, { list, n: headers.length - shown }, lang) : list;
}

function columnText(logical: string, column: ColumnReading, lang: Lang): string {
  const passed = column.passedOver ?? [];
  const landlines = passed.filter((p) => p.why === 'landline').map((p) => p.header);
  const notes = [
    ...(column.how === 'fallback' ? [interpolate(T.fallback, {}, lang)] : []),
    ...passed
      .filter((p) => p.why === 'generic')
      .map((p) => interpolate(T.generic, { header: p.header }, lang)),
    ...(landlines.length > 0
      ? [interpolate(T.landlines, { headers: headerList(landlines, lang) }, lang)]
      : []),
  ];
  const text = interpolate(T.column, { logical, header: column.header }, lang);
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
            interpolate(
              T.encoding,
              {
                value: ENCODING_NAMES[reading.encoding.value] ?? reading.encoding.value,
                from: FROM[reading.encoding.from],
              },
              lang,
            ),
          ]
        : []),
      ...(reading.delimiter
        ? [
            interpolate(
              T.delimiter,
              { value: delimiterName(reading.delimiter.value), from: FROM[reading.delimiter.from] },
              lang,
            ),
          ]
        : []),
      ...(reading.sheet
        ? [interpolate(T.sheet, { value: reading.sheet.value, from: FROM[reading.sheet.from] }, lang)]
        : []),
      interpolate(reading.sheet ? T.headerRow : T.headerLine, { line: reading.headerLine }, lang),
    ];
    lines.push(interpolate(T.file, { choices: choices.join(', ') }, lang));
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
      `${interpolate(T.columns, {}, lang)} ${guessed.map(([logical, column]) => columnText(logical, column, lang)).join(', ')}`,
    );
  if (reading && reading.unusedOptOut.length > 0)
    lines.push(
      `${interpolate(T.unusedOptOut, {}, lang)} ${headerList(reading.unusedOptOut, lang, Infinity)}`,
    );
  if (reading && reading.duplicateHeaders.length > 0)
    lines.push(
      `${interpolate(T.duplicates, {}, lang)} ${headerList(reading.duplicateHeaders, lang, Infinity)}`,
    );
  for (const list of reading?.optOutLists ?? [])
    lines.push(
      interpolate(
        list.headerLine ? T.listHeader : T.listPlain,
        { file: list.file, column: list.column },
        lang,
      ),
    );
  return lines;
}

/** The reading as JSON and SARIF carry it: the structure, with the campaign's manifest. */
export const readingRecord = (
  campaign: CampaignResult,
): (RecipientsReading & { campaign: string }) | undefined =>
  campaign.reading ? { campaign: campaign.file, ...campaign.reading } : undefined;
