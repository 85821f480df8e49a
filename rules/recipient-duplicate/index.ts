import { defineRule, numberKey, RepeatFinder } from '../../src/rule-kit';

export default defineRule({
  meta: {
    id: 'recipient-duplicate',
    description: {
      en: 'Disallow the same number twice in a campaign',
      fr: 'Interdit le même numéro deux fois dans une campagne',
    },
    defaultSeverity: 'warning',
    channels: ['sms', 'vms'],
    messages: {
      duplicate: {
        en: 'Same number as line {{firstLine}}: this person would receive the message twice',
        fr: "Même numéro qu'à la ligne {{firstLine}} : cette personne recevrait le message deux fois",
      },
    },
  },
  create(context) {
    const report = (line: number, phone: string, firstLine: number) =>
      context.report({ messageId: 'duplicate', data: { firstLine }, location: { kind: 'row', line, phone } });
    // About 9 bytes per distinct number, sized once from the file, up to two million numbers; past
    // that, in the scratch space. Repeats are found in bursts (see RepeatFinder), so most are
    // reported some rows later, and the last ones (all of them past two million numbers) at the end.
    const repeats = new RepeatFinder(
      context.campaign.expectedRecipients,
      (line, key, firstLine) => report(line, `+${key}`, firstLine),
      context.scratch,
    );
    const longNumbers = new Map<string, number>(); // invalid numbers too long for an exact numeric key
    return {
      recipient(r) {
        if (!r.phone) return;
        const key = numberKey(r.phone.e164);
        if (key !== null) return repeats.add(key, r.line);
        const first = longNumbers.get(r.phone.e164);
        if (first === undefined) longNumbers.set(r.phone.e164, r.line);
        else report(r.line, r.phone.e164, first);
      },
      end() {
        repeats.flush();
      },
    };
  },
});
