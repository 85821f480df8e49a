// The command line's own texts are in the message catalogue (src/base/messages, `cli.*` keys).
// Here: Commander's English error lines, said again in French.
import { say } from '../base/messages';
import type { Lang } from '../base/types';

/** Commander's English error line in the language (its errors are the only text it writes itself). */
export function translateCommanderError(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  const patterns: Array<[RegExp, (match: RegExpExecArray) => string]> = [
    [/^error: unknown option '([^']*)'/, (m) => say('cli.unknownOption', lang, { option: m[1] })],
    [/^error: missing required argument '([^']*)'/, (m) => say('cli.missingArgument', lang, { name: m[1] })],
    [
      /^error: option '([^']*)' argument missing/,
      (m) => say('cli.optionMissingArgument', lang, { option: m[1] }),
    ],
    [
      /^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./,
      (m) => say('cli.invalidChoice', lang, { option: m[1], value: m[2], choices: m[3] }),
    ],
    [/^error: unknown command '([^']*)'/, (m) => say('cli.unknownCommand', lang, { command: m[1] })],
    [/^error: too many arguments/, () => say('cli.tooManyArguments', lang)],
  ];
  const lines = text.split('\n');
  for (const [pattern, said] of patterns) {
    const match = pattern.exec(lines[0]);
    if (!match) continue;
    // "(Did you mean --format?)" and the like: Commander's suggestion, said again in French.
    const rest = lines
      .slice(1)
      .map((line) =>
        line.replace(
          /^\(Did you mean (.*)\?\)$/,
          (_all, what: string) => `(${say('rules.didYouMean', lang, { names: what })})`,
        ),
      );
    return [said(match), ...rest].join('\n');
  }
  return text.replace(/^error: /, `${say('cli.usageError', lang, { message: '' }).trim()} `);
}
