import { promises as fs } from 'fs';
import { discoverManifests } from '../inputs/discover';
import { loadManifest, type Manifest } from '../inputs/manifest';
import type { Confinement } from '../read/confine';
import { configRoots, ignoreRules } from '../engine/lint';
import { parseStructured } from '../read/structured';
import type { ResolvedConfig } from '../engine/config';
import { LintFailure } from '../base/failure';
import { safeReplacement, isGsm7 } from '../law/sms/gsm7';
import { STOP_MENTION, STOP_WORD } from '../law/opt-out-words';
import { shortCodeOf } from '../law/phone/kinds';
import { creditMentionFix } from '../law/credit';
import { withMention } from '../law/mentions';
import { sameFile, writeFileAtomic } from './write';
import { displayPath } from '../read/paths';
import path from 'path';

export interface FixResult {
  /** The file rewritten (manifest or message file), as reported. */
  readonly file: string;
  readonly replaced: number;
  readonly mentionAdded: string | null;
  /** The legal mention added (the credit mention of message-credit-mention), when one was. */
  readonly legalMentionAdded?: string | null;
  /** Why the fix was not written (the file is an input it must not rewrite), when it was not. */
  readonly refused?: string;
}

/**
 * Typographic characters that force UCS-2, by their GSM-7 equivalents (cli.md's safe fixes);
 * `write` escapes a replacement for where it goes (a YAML or JSON string).
 */
function replaceTypography(
  text: string,
  write: (replacement: string) => string = (r) => r,
): { text: string; count: number } {
  let count = 0;
  const out = text.replace(/\p{L}\p{M}+|[^\n]/gu, (char) => {
    const replacement = isGsm7(char) ? null : safeReplacement(char);
    if (replacement === null) return char;
    count++;
    return write(replacement);
  });
  return { text: out, count };
}

/** The mention to append when a marketing SMS has none, or null when no safe one is known. */
function missingMention(manifest: Manifest, text: string, config: ResolvedConfig): string | null {
  const setting = config.rules.get('message-opt-out');
  if (
    !setting ||
    setting.severity === 'off' ||
    manifest.channel !== 'sms' ||
    manifest.purpose === 'transactional'
  )
    return null;
  if (STOP_WORD.test(text)) return null; // a misplaced STOP is for the author to move, not to double
  const configured = setting.options.mention as string | undefined;
  return configured ?? (shortCodeOf(manifest.sender) ? 'STOP SMS' : null);
}

/** The credit mention to add (see creditMentionFix), when message-credit-mention is on. */
function missingCreditMention(manifest: Manifest, text: string, config: ResolvedConfig): string | null {
  const setting = config.rules.get('message-credit-mention');
  if (!setting || setting.severity === 'off' || manifest.purpose !== 'marketing') return null;
  return creditMentionFix(text, {
    sector: manifest.sector,
    date: manifest.sendAtText.slice(0, 10),
    channel: manifest.channel,
    audience: manifest.audience,
    maxSegments: (setting.options.maxSegments as number | undefined) ?? 3,
  });
}

/**
 * Inserts a legal mention where withMention puts it (before the closing STOP mention, else at the
 * end) into `source`, a text that ends with `text`'s tail as written; null when the tail cannot be
 * found as written (the safety net then keeps the file as it was).
 */
function insertBeforeStop(source: string, text: string, insert: string): string | null {
  const tail = STOP_MENTION.exec(text);
  if (!tail) return null;
  const at = source.lastIndexOf(text.slice(tail.index).replace(/\s+$/, ''));
  return at < 0 ? null : `${source.slice(0, at)}${insert} ${source.slice(at)}`;
}

/** Escapes an inserted text for the scalar style it goes into. */
function escapeFor(type: string, json: boolean, text: string): string {
  if (json || type === 'QUOTE_DOUBLE') return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  if (type === 'QUOTE_SINGLE') return text.replace(/'/g, "''");
  return text;
}

/**
 * Applies the safe fixes to one campaign: edits only the message (in the manifest's own text, so
 * comments and layout stay), checks the result parses to exactly the intended message, and writes
 * atomically. Never touches the recipients CSV.
 */
async function fixCampaign(
  file: string,
  cwd: string,
  config: ResolvedConfig,
  confinement: Confinement,
): Promise<FixResult | null> {
  // Confined like the lint: --fix never edits a message file outside the project.
  const manifest = await loadManifest(file, cwd, confinement);
  const encodingOn = manifest.channel === 'sms' && config.rules.get('message-encoding')?.severity !== 'off';
  const typography = encodingOn ? replaceTypography(manifest.message) : { text: manifest.message, count: 0 };
  const mention = missingMention(manifest, typography.text, config);
  const credit = missingCreditMention(manifest, typography.text, config);
  if (typography.count === 0 && !mention && !credit) return null;
  const withCredit = credit ? withMention(typography.text, credit) : typography.text;
  const intended = mention ? `${withCredit} ${mention}` : withCredit;
  // Appended at the end (the message has no STOP mention) or inserted before it.
  const creditAtEnd = credit !== null && !STOP_MENTION.test(typography.text);
  const appended = [...(creditAtEnd ? [credit] : []), ...(mention ? [mention] : [])].join(' ');

  const target = manifest.messageFile;
  // A message file that is also a recipients file, opt-out list, history or config is never rewritten.
  const protectedInputs = [
    manifest.recipients.file,
    ...manifest.optOutLists,
    ...(manifest.history ? [manifest.history] : []),
    ...(config.file ? [config.file] : []),
  ];
  const clash =
    target === manifest.file ? undefined : protectedInputs.find((input) => sameFile(target, input));
  if (clash !== undefined) {
    return {
      file: displayPath(target, cwd),
      replaced: 0,
      mentionAdded: null,
      refused: `it is also ${path.basename(clash)}, which --fix never rewrites`,
    };
  }
  const original = await fs.readFile(target, 'utf8');
  let next: string;
  if (target !== manifest.file) {
    // A byte-order mark is the file's, not the message's: kept as it was (typography would drop it).
    const bom = original.startsWith('\uFEFF') ? '\uFEFF' : '';
    const body = original.slice(bom.length).replace(/\s+$/, '');
    let fixedBody = encodingOn ? replaceTypography(body).text : body;
    if (credit && !creditAtEnd) fixedBody = insertBeforeStop(fixedBody, typography.text, credit) ?? fixedBody;
    next = bom + fixedBody + (appended ? ` ${appended}` : '') + original.slice(bom.length + body.length);
    // Safety net for the one edit made inside the text (the credit mention before STOP): the file must
    // read as the intended message, or nothing is written.
    if (credit && !creditAtEnd && next.slice(bom.length).replace(/\s+$/, '') !== intended) return null;
  } else {
    const json = /\.json$/i.test(file);
    const scalar = parseStructured(original, manifest.display, json).scalarSource('message');
    if (!scalar) return null;
    let source = original.slice(scalar.start, scalar.end);
    if (encodingOn)
      source = replaceTypography(source, (replacement) => escapeFor(scalar.type, json, replacement)).text;
    if (credit && !creditAtEnd) {
      const inserted = insertBeforeStop(source, typography.text, escapeFor(scalar.type, json, credit));
      if (inserted) source = inserted;
    }
    if (appended) {
      const quoted = scalar.type.startsWith('QUOTE') || json;
      const trimmed = source.replace(/\s+$/, '');
      const insertAt = quoted ? trimmed.length - 1 : trimmed.length;
      source =
        source.slice(0, insertAt) + escapeFor(scalar.type, json, ` ${appended}`) + source.slice(insertAt);
    }
    next = original.slice(0, scalar.start) + source + original.slice(scalar.end);
    // Safety net: the edited file must parse to exactly the intended message, or nothing is written.
    const reparsed = parseStructured(next, manifest.display, json).data as { message?: unknown };
    if (typeof reparsed.message !== 'string' || reparsed.message.replace(/\s+$/, '') !== intended)
      return null;
  }
  writeFileAtomic(target, (write) => write(next), manifest.display);
  return {
    file: target === manifest.file ? manifest.display : displayPath(target, cwd),
    replaced: typography.count,
    mentionAdded: mention,
    legalMentionAdded: credit,
  };
}

/** Applies safe fixes to every campaign named; broken manifests are left for the lint to report. */
export async function applyFixes(
  paths: readonly string[],
  cwd: string,
  config: ResolvedConfig,
  confinement: Confinement = {},
): Promise<FixResult[]> {
  const results: FixResult[] = [];
  // What the lint after it leaves out is not fixed either.
  for (const file of await discoverManifests(paths, cwd, await ignoreRules(cwd, config))) {
    try {
      const result = await fixCampaign(file, cwd, config, {
        ...confinement,
        roots: [...(confinement.roots ?? []), ...configRoots(config)],
      });
      if (result) results.push(result);
    } catch (error) {
      if (!(error instanceof LintFailure)) throw error;
    }
  }
  return results;
}
