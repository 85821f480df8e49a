import { interpolate } from '../i18n';
import { recipientText } from './mask';
import type { StreamingFormatter } from './types';

// GitHub Actions workflow commands: data escapes %, CR, LF; properties also ":" and ",".
const data = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,title=…::message` lines, which GitHub shows as annotations. */
export const github: StreamingFormatter = (result, options, write) => {
  for (const campaign of result.campaigns) {
    for (const d of campaign.eachDiagnostic()) {
      const who = d.recipient !== undefined ? ` (${recipientText(d.recipient, options.showPii)})` : '';
      const props = [
        `file=${property(d.file)}`,
        ...(d.line !== undefined ? [`line=${d.line}`] : []),
        `title=${property(`campaign-lint ${d.ruleId}`)}`,
      ];
      write(
        `::${d.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${data(interpolate(d.template, d.data, options.lang, options.showPii) + who)}\n`,
      );
    }
  }
};
