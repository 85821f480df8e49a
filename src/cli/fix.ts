import { promises as fs } from 'fs';
import { discoverManifests } from '../inputs/discover';
import { loadManifest, type Manifest } from '../inputs/manifest';
import type { Confinement } from '../read/confine';
import { configRoots, ignoreRules } from '../engine/lint';
import { parseStructured } from '../read/structured';
import type { ResolvedConfig } from '../engine/config';
import { LintFailure } from '../base/failure';
import { safeReplacement, isGsm7 } from '../law/sms/gsm7';
import { STOP_WORD } from '../law/opt-out-words';
import { shortCodeOf } from '../law/phone/kinds';
import { sameFile, writeFileAtomic } from './write';
import { displayPath } from '../read/paths';
import path from 'path';

export interface FixResult {
  /** The file rewritten (manifest or message file), as reported. */
  readonly file: string;
  readonly replaced: number;
  readonly mentionAdded: string | null;
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
  if (typography.count === 0 && !mention) return null;
  const intended = mention ? `${typography.text} ${mention}` : typography.text;

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
    next =
      bom +
      (encodingOn ? replaceTypography(body).text : body) +
      (mention ? ` ${mention}` : '') +
      original.slice(bom.length + body.length);
  } else {
    const json = /\.json$/i.test(file);
    const scalar = parseStructured(original, manifest.display, json).scalarSource('message');
    if (!scalar) return null;
    let source = original.slice(scalar.start, scalar.end);
    if (encodingOn)
      source = replaceTypography(source, (replacement) => escapeFor(scalar.type, json, replacement)).text;
    if (mention) {
      const quoted = scalar.type.startsWith('QUOTE') || json;
      const trimmed = source.replace(/\s+$/, '');
      const insertAt = quoted ? trimmed.length - 1 : trimmed.length;
      source =
        source.slice(0, insertAt) + escapeFor(scalar.type, json, ` ${mention}`) + source.slice(insertAt);
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
