import { defineRule } from '../../src/rule-kit';

const PACIFIC = new Set(['NC', 'PF', 'WF']);

export default defineRule({
  meta: {
    id: 'recipient-territory',
    description: {
      en: 'Disallow numbers outside the French numbering plan until reviewed by hand (Pacific territories, abroad)',
      fr: 'Signale pour revue les numéros hors du plan de numérotation français (Pacifique, étranger)',
    },
    defaultSeverity: 'warning',
    channels: ['sms', 'vms'],
    messages: {
      pacific: {
        en: 'A number of {{territory}}: outside the ARCEP numbering plan and largely outside the French consumer code, so local rules apply; review by hand',
        fr: "Numéro de {{territory}} : hors du plan de numérotation de l'ARCEP et largement hors du code de la consommation, les règles locales s'appliquent ; à revoir à la main",
      },
      foreign: {
        en: 'A foreign number ({{territory}}): French rules may not be the ones that apply; review by hand',
        fr: "Numéro étranger ({{territory}}) : les règles françaises ne sont peut-être pas celles qui s'appliquent ; à revoir à la main",
      },
    },
  },
  create(context) {
    return {
      recipient(r) {
        if (!r.phone?.valid || r.territory.frenchPlan) return;
        const territory = r.territory.name;
        context.report({
          messageId: PACIFIC.has(r.territory.code) ? 'pacific' : 'foreign',
          data: { territory: PACIFIC.has(r.territory.code) ? territory : r.territory.code },
          location: r,
        });
      },
    };
  },
});
