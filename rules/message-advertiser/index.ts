import { defineRule, eachMessage, foldForMatch, memoize } from '../../src/rule-kit';

export default defineRule({
  meta: {
    id: 'message-advertiser',
    description: {
      en: 'Require the advertiser to be named in every marketing message',
      fr: "Exige que l'annonceur soit nommé dans chaque message de prospection",
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    purposes: ['marketing'],
    messages: {
      missing: {
        en: 'The message does not name the advertiser "{{advertiser}}": its identity may not be hidden (L34-5 CPCE)',
        fr: "Le message ne nomme pas l'annonceur « {{advertiser}} » : son identité ne peut pas être dissimulée (L34-5 CPCE)",
      },
    },
  },
  create(context) {
    const { campaign } = context;
    const wanted = foldForMatch(campaign.advertiser);
    const names = memoize((text: string) => wanted === '' || foldForMatch(text).includes(wanted));
    return eachMessage(campaign, (text, at) => {
      if (!names(text))
        context.report({ messageId: 'missing', data: { advertiser: campaign.advertiser }, location: at() });
    });
  },
});
