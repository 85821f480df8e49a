// A rule's two READMEs: README.md and README.fr.md have the same sections, in the same order (the
// French one translates the required headings as below; other headings match by level).

/** The headings every rule README has, and their French words. */
export const SECTIONS: ReadonlyArray<readonly [en: string, fr: string]> = [
  ['## What it checks', '## Ce qui est vérifié'],
  ['## Why', '## Pourquoi'],
  ['## Legal basis', '## Base légale'],
  ['## Examples', '## Exemples'],
  ['### Failing', '### En erreur'],
  ['### Passing', '### Conformes'],
  ['## Options', '## Options'],
];

/** The lines of a Markdown text outside fenced code blocks (and not the fences). */
function proseLines(markdown: string): string[] {
  const found: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length) fence = undefined;
    } else if (opening) fence = opening;
    else found.push(line);
  }
  return found;
}

/** The ATX headings of a Markdown text, outside fenced code blocks (a `# comment` in YAML is not one). */
export const headings = (markdown: string): string[] =>
  proseLines(markdown)
    .filter((line) => /^#{1,6} \S/.test(line))
    .map((line) => line.trimEnd());

/**
 * Where French typography is missing in prose (outside code blocks and code spans): a plain space
 * before `:` `;` `!` `?` or inside « ». The French README is shown as written (`explain --lang fr`).
 */
export const plainSpaces = (markdown: string): string[] =>
  proseLines(markdown).filter((line) =>
    /(?:^|[^ ]) +(?:[;!?](?=\s|$|[»)\]*_,.])|:(?=\s|$))|« | »/.test(line.replace(/`+[^`]*`+/g, '``')),
  );

/** How the French README's sections differ from the English one's (empty when they agree). */
export function sectionDifferences(en: string, fr: string): string[] {
  const a = headings(en);
  const b = headings(fr);
  const level = (h: string | undefined) => h?.split(' ')[0];
  const differences: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const french = SECTIONS.find(([english]) => english === a[i])?.[1];
    const fits =
      i === 0 ? a[i] === b[i] : french !== undefined ? b[i] === french : level(a[i]) === level(b[i]);
    if (!fits) differences.push(`${a[i] ?? '(none)'} ≠ ${b[i] ?? '(none)'}`);
  }
  return differences;
}
