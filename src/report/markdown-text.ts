/** A table's rule line: `|---|---|`, `| --- | :---: |` (as Prettier writes it). */
const TABLE_RULE = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$/;

/**
 * A rule README as plain text (SARIF `help.text`, `fullDescription`): viewers that show `text`
 * print it as it is, so Markdown marks would show as noise.
 */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(`    ${line}`);
      continue;
    }
    if (TABLE_RULE.test(line)) continue;
    out.push(
      inline(line)
        .replace(/^#{1,6}\s+/, '')
        .replace(/^(\s*)[-*+]\s+/, '$1- ')
        // A table row, its cells padded to the column's width or not: cells joined by " · ".
        .replace(/^\s*\|\s*|\s*\|\s*$/g, '')
        .replace(/\s+\|\s+/g, ' · '),
    );
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Emphasis, code spans, links and images of one line, as text. */
function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, (_m, label: string, url: string) =>
      label === url ? url : `${label} (${url})`,
    )
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/<[^>]+>/g, '');
}

/** The first paragraph after the title: what the rule checks, in one or two sentences. */
export function firstParagraph(markdown: string): string | undefined {
  const paragraphs = markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('#'));
  return paragraphs.length > 0 ? markdownToText(paragraphs[0]).replace(/\s*\n\s*/g, ' ') : undefined;
}
