import { promises as fs } from 'fs';
import { discoverManifests, projectCampaigns } from '../inputs/discover';
import { loadManifest, manifestInputs, type Manifest } from '../inputs/manifest';
import { insideGitFolder, type Confinement } from '../read/confine';
import { ignoreRules } from '../engine/lint';
import { parseStructured } from '../read/structured';
import { pluginPaths, type ResolvedConfig } from '../engine/config';
import { LintFailure } from '../base/failure';
import { localized } from '../base/messages';
import type { Localized } from '../base/types';
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
  /** Why the fix was not written (the file is one --fix must not rewrite), when it was not. */
  readonly refused?: Localized;
}

/** Message files --fix may rewrite: text files by name (a script, data or a config never is). */
const TEXT_MESSAGE = /^(?:[^.]+|.+\.(?:txt|text|md|markdown|sms))$/i;

/** What --fix must not rewrite besides the campaign's own inputs: the config, plugins, other campaigns' files. */
interface Protected {
  readonly config: ResolvedConfig;
  readonly cwd: string;
  /** Every campaign of the project with the files it names (read once, when a fix is to be written). */
  campaigns(): Promise<ReadonlyArray<{ readonly manifest: string; readonly uses: readonly string[] }>>;
}

/** Why `target` (the manifest or its message file) must not be rewritten, or null. */
async function refusal(target: string, manifest: Manifest, guard: Protected): Promise<Localized | null> {
  const never = (what: Localized): Localized => localized('fix.never', { what });
  if (insideGitFolder(target)) return never(localized('fix.gitFile'));
  if (guard.config.file && sameFile(target, guard.config.file)) return never(localized('fix.configFile'));
  if (pluginPaths(guard.config).some((plugin) => sameFile(target, plugin)))
    return never(localized('fix.plugin'));
  if (target !== manifest.file) {
    // Every file the campaign names but its message file (the first), and the manifest itself.
    const clash = [...manifestInputs(manifest).slice(1), manifest.file].find((input) =>
      sameFile(target, input),
    );
    if (clash !== undefined) return never(localized('fix.alsoInput', { file: path.basename(clash) }));
    if (!TEXT_MESSAGE.test(path.basename(target)))
      return localized('fix.notText', { extension: path.extname(target) });
  }
  for (const other of await guard.campaigns()) {
    if (sameFile(other.manifest, manifest.file)) continue;
    if (sameFile(target, other.manifest) || other.uses.some((input) => sameFile(target, input))) {
      return localized('fix.otherCampaign', { campaign: displayPath(other.manifest, guard.cwd) });
    }
  }
  return null;
}

const notSafe = localized('fix.notSafe');

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
  confinement: Confinement,
  guard: Protected,
): Promise<FixResult | null> {
  const { config } = guard;
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
  const shown = target === manifest.file ? manifest.display : displayPath(target, cwd);
  const refused = await refusal(target, manifest, guard);
  if (refused) return { file: shown, replaced: 0, mentionAdded: null, refused };
  const original = await fs.readFile(target, 'utf8');
  // A byte-order mark is the file's, not the message's: kept as it was (typography would drop it,
  // and the manifest's parser reads the text without it).
  const bom = original.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = original.slice(bom.length);
  let next: string;
  if (target !== manifest.file) {
    const body = text.replace(/\s+$/, '');
    let fixedBody = encodingOn ? replaceTypography(body).text : body;
    if (credit && !creditAtEnd) fixedBody = insertBeforeStop(fixedBody, typography.text, credit) ?? fixedBody;
    next = fixedBody + (appended ? ` ${appended}` : '') + text.slice(body.length);
    // Safety net for the one edit made inside the text (the credit mention before STOP): the file must
    // read as the intended message, or nothing is written.
    if (credit && !creditAtEnd && next.replace(/\s+$/, '') !== intended) return null;
  } else {
    const json = /\.json$/i.test(file);
    const scalar = parseStructured(text, manifest.display, json).scalarSource('message');
    if (!scalar) return { file: shown, replaced: 0, mentionAdded: null, refused: notSafe };
    let source = text.slice(scalar.start, scalar.end);
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
    next = text.slice(0, scalar.start) + source + text.slice(scalar.end);
    // Safety net: the edited file must parse to exactly the intended message, or nothing is written.
    const reparsed = parseStructured(next, manifest.display, json).data as { message?: unknown };
    if (typeof reparsed.message !== 'string' || reparsed.message.replace(/\s+$/, '') !== intended)
      return { file: shown, replaced: 0, mentionAdded: null, refused: notSafe };
  }
  writeFileAtomic(target, (write) => write(bom + next), manifest.display);
  return { file: shown, replaced: typography.count, mentionAdded: mention, legalMentionAdded: credit };
}

/** Applies safe fixes to every campaign named; broken manifests are left for the lint to report. */
export async function applyFixes(
  paths: readonly string[],
  cwd: string,
  config: ResolvedConfig,
  confinement: Confinement = {},
): Promise<FixResult[]> {
  const results: FixResult[] = [];
  let campaigns: ReturnType<Protected['campaigns']> | undefined;
  const guard: Protected = {
    config,
    cwd,
    campaigns: () => (campaigns ??= projectCampaigns(cwd).then((project) => project.campaigns)),
  };
  // What the lint after it leaves out is not fixed either.
  for (const file of await discoverManifests(paths, cwd, await ignoreRules(cwd, config))) {
    try {
      const result = await fixCampaign(file, cwd, confinement, guard);
      if (result) results.push(result);
    } catch (error) {
      if (!(error instanceof LintFailure)) throw error;
    }
  }
  return results;
}
