import {
  both,
  defineRule,
  formulaError,
  isScientificNotation,
  lostLeadingZero,
  plural,
} from '../../src/rule-kit';

function describeCell(cell: string): { en: string; fr: string } {
  if (/\p{L}/u.test(cell)) return { en: 'letters', fr: 'des lettres' };
  const digits = cell.replace(/\D/g, '').length;
  if (digits < 4)
    return plural(digits, {
      en: { one: 'only {{n}} digit', other: 'only {{n}} digits' },
      fr: { one: 'seulement {{n}} chiffre', other: 'seulement {{n}} chiffres' },
    });
  if (digits > 17)
    return {
      en: `${digits} digits, more than any phone number`,
      fr: `${digits} chiffres, plus qu'aucun numéro`,
    };
  return { en: 'characters that are not part of a phone number', fr: 'des caractères étrangers à un numéro' };
}

const FOOTER_KINDS = {
  total: { en: 'a totals line', fr: 'une ligne de totaux' },
  notice: { en: 'a copyright or report notice', fr: 'une mention de copyright ou de rapport' },
  note: { en: 'a line with a single cell of text', fr: 'une ligne d’une seule cellule de texte' },
} as const;

export default defineRule({
  meta: {
    id: 'recipient-phone-valid',
    description: {
      en: 'Require every recipient number to be a valid phone number',
      fr: 'Exige un numéro de téléphone valide pour chaque destinataire',
    },
    defaultSeverity: 'error',
    channels: ['sms', 'vms'],
    messages: {
      missing: { en: 'No phone number (the cell is empty)', fr: 'Aucun numéro (la cellule est vide)' },
      notANumber: {
        en: 'Not a phone number: the cell holds {{what}}',
        fr: 'Pas un numéro de téléphone : la cellule contient {{what}}',
      },
      formulaError: {
        en: 'Not a phone number: the cell holds the spreadsheet formula error "{{value}}", the number behind it is lost. Fix the formula, or paste the numbers as values, and export the file again',
        fr: 'Pas un numéro de téléphone : la cellule contient l’erreur de formule du tableur « {{value}} », le numéro qu’elle remplaçait est perdu. Corrigez la formule, ou collez les numéros comme valeurs, et exportez de nouveau le fichier',
      },
      scientific: {
        en: 'Number damaged by Excel: the cell holds it in scientific notation (like 6.12E+08), so its last digits are lost and cannot be restored. Export the file again from its source (the CRM), or set the phone column to Text in Excel before pasting the numbers',
        fr: 'Numéro abîmé par Excel : la cellule le contient en notation scientifique (comme 6,12E+08), ses derniers chiffres sont donc perdus et ne peuvent pas être retrouvés. Exportez de nouveau le fichier depuis sa source (le CRM), ou mettez la colonne des numéros au format Texte dans Excel avant d’y coller les numéros',
      },
      lostZero: {
        en: 'Number without its leading zero (9 digits): read as a French national number with a 0 in front. A spreadsheet stored it as a number: set the column to Text (Excel: Format Cells > Text) or export as "CSV UTF-8" from the CRM',
        fr: 'Numéro sans son zéro initial (9 chiffres) : lu comme un numéro national français précédé d’un 0. Un tableur l’a enregistré comme un nombre : mettez la colonne au format Texte (Excel : Format de cellule > Texte) ou exportez en « CSV UTF-8 » depuis le CRM',
      },
      footer: {
        en: 'Not recipients: {{lines}} after the last recipient {{are}} a report footer ({{what}}), {{left}}. Delete the footer, or export the data without it',
        fr: 'Pas des destinataires : {{lines}} après le dernier destinataire {{are}} un pied de rapport ({{what}}), {{left}}. Supprimez ce pied, ou exportez les données sans lui',
      },
      invalid: {
        en: 'Invalid number for {{territory}}: {{digits}} digits with no valid length or range in its numbering plan',
        fr: 'Numéro invalide ({{territory}}) : {{digits}} chiffres sans longueur ni tranche valide dans son plan de numérotation',
      },
    },
  },
  create(context) {
    const { campaign } = context;
    return {
      end() {
        // One diagnostic for the whole footer, at its first line.
        const rows = campaign.footerRows;
        if (rows.length === 0) return;
        const first = rows[0].line;
        const last = rows[rows.length - 1].line;
        const n = rows.length;
        const kinds = [...new Set(rows.map((r) => r.kind))].map((k) => FOOTER_KINDS[k]);
        context.report({
          messageId: 'footer',
          severity: 'warning',
          data: {
            lines: plural(n, {
              en: { one: `line ${first}`, other: `lines ${first}–${last}` },
              fr: { one: `la ligne ${first}`, other: `les lignes ${first} à ${last}` },
            }),
            are: plural(n, { en: { one: 'is', other: 'are' }, fr: { one: 'est', other: 'sont' } }),
            left: plural(n, {
              en: { one: 'left out', other: 'left out' },
              fr: { one: 'ignorée', other: 'ignorées' },
            }),
            what: both(kinds.map((k) => k.en).join(', '), kinds.map((k) => k.fr).join(', ')),
          },
          location: { kind: 'file', file: campaign.recipientsFile, line: first },
        });
      },
      recipient(r) {
        if (!r.phone) {
          // Messages never repeat the raw cell: it is personal data, shown (masked) only as the recipient.
          if (r.phoneRaw === '') return context.report({ messageId: 'missing', location: r });
          if (isScientificNotation(r.phoneRaw))
            return context.report({ messageId: 'scientific', location: r });
          // An error value (`#N/A`) is the spreadsheet's word, not personal data: named as written.
          const error = formulaError(r.phoneRaw);
          if (error)
            return context.report({ messageId: 'formulaError', data: { value: error }, location: r });
          return context.report({
            messageId: 'notANumber',
            data: { what: describeCell(r.phoneRaw) },
            location: r,
          });
        }
        // A lost leading zero was already read as French by normalisation; the cell is looked at again
        // only to say so (a substring and a length test per row).
        if (lostLeadingZero(r.phoneRaw))
          context.report({ messageId: 'lostZero', severity: 'warning', location: r });
        if (!r.phone.valid)
          context.report({
            messageId: 'invalid',
            data: { digits: r.phone.nationalNumber.length, territory: r.territory.name },
            location: r,
          });
      },
    };
  },
});
