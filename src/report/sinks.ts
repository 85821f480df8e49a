import { escapedChar, visible } from '../base/mask';

// Text that came from an input (campaign names, file and folder names, cells, plugin metadata) made
// harmless for where a report puts it: a terminal or a CI log, Markdown, XML and HTML, a URI.

/**
 * For a terminal or a CI log (stylish, compact, `rules`, `explain`): control characters as escapes
 * (no ESC sequence, no line of its own), and the CI runners' command markers broken up: GitHub reads
 * a line whose text starts with `::` as a workflow command (leading spaces skipped) and `##[` anywhere
 * in a line as an older one, Azure Pipelines reads `##vso[`. A zero-width space between the two
 * marks keeps the text as it reads.
 */
export const terminalText = (text: string): string =>
  visible(text)
    .replace(/:(?=:)/g, ':\u200b')
    .replace(/#(?=#)/g, '#\u200b');

// Characters XML 1.0 forbids (C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF;
// halves of surrogate pairs), and those a page must not render raw: C1 controls, the bidirectional
// overrides (they reorder what is shown), the other noncharacters.
const MARKUP_UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** For XML and HTML text (JUnit, the HTML page): what XML forbids as `\u{…}` escapes, line breaks kept. */
export const markupText = (text: string): string => text.replace(MARKUP_UNSAFE, escapedChar);

/**
 * For Markdown text (the GitHub job summary): every ASCII punctuation mark escaped (CommonMark lets
 * each be), so nothing opens a heading, a link, an image, a table cell, HTML or code; on one line.
 */
export const markdownText = (text: string): string =>
  visible(text).replace(/[!-/:-@[-`{-~]/g, (mark) => `\\${mark}`);

/** For a Markdown code span inside a table: one line, no backtick to close it, pipes escaped (GFM). */
export const markdownCode = (text: string): string =>
  `\`${visible(text).replace(/`/g, "'").replace(/\|/g, '\\|')}\``;

/**
 * A relative path as a URI reference (SARIF `artifactLocation.uri`): each segment percent-encoded,
 * so `#` and `?` in a folder name stay part of the path instead of starting a fragment or a query.
 */
export const uriPath = (file: string): string =>
  file
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .split('/')
    .map(encodeURIComponent)
    .join('/');

/** A link target from plugin metadata, kept only when it is an `https:` URL (never `javascript:`). */
export function httpsUrl(url: string | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === ''
      ? parsed.href
      : undefined;
  } catch {
    return undefined;
  }
}
