import { testRule } from '../../test/helpers/rule-tester';

// C. conso L223-1 as amended by loi 2025-594 art. 13: from 2026-08-11 the professional proves the
// consent to telephone canvassing (voicemail drops to consumers, by the project's prudent reading).
const vms = (send_at: string, extra: Record<string, unknown> = {}) => ({
  channel: 'vms',
  sender: '0162123456',
  advertiser: 'Assurances Dupont',
  message: 'Bonjour, ici Assurances Dupont. Pour ne plus être appelé, appelez le 01 62 12 34 56.',
  send_at,
  ...extra,
});

testRule('recipient-consent-proof', {
  valid: [
    {
      name: 'a dated consent (consent_date)',
      manifest: vms('2026-08-11T11:00'),
      csv: 'phone;consent;consent_date\n0612345678;oui;2026-03-14\n',
    },
    {
      name: 'a date in the consent cell',
      manifest: vms('2026-09-01T11:00'),
      csv: 'phone;consent\n0612345678;14/03/2026\n',
    },
    {
      name: 'a bare yes the day before 2026-08-11',
      manifest: vms('2026-08-10T11:00'),
      csv: 'phone;consent\n0612345678;oui\n',
    },
    {
      name: 'no consent at all is recipient-consent’s error, not this rule’s',
      manifest: vms('2026-09-01T11:00'),
      csv: 'phone;consent\n0612345678;non\n',
    },
    {
      name: 'the ongoing-contract exception needs no consent to prove',
      manifest: vms('2026-09-01T11:00', { analogous_offer: true }),
      csv: 'phone;consent;contract\n0612345678;oui;oui\n',
    },
    {
      name: 'professionals (L223-1 protects consumers)',
      manifest: vms('2026-09-01T11:00', { audience: 'professionals' }),
      csv: 'phone;consent\n0612345678;oui\n',
    },
    {
      name: 'SMS is out of scope (L223-1 is about telephone canvassing)',
      manifest: { send_at: '2026-09-01T10:00' },
    },
  ],
  invalid: [
    {
      name: 'a bare "oui" from 2026-08-11',
      manifest: vms('2026-08-11T11:00'),
      errors: [{ messageId: 'noDate', severity: 'warning' }],
    },
    {
      name: 'a consent_date column left empty on a row',
      manifest: vms('2026-09-01T11:00'),
      csv: 'phone;consent;consent_date\n0612345678;oui;2026-03-14\n0612345679;oui;\n',
      errors: [{ messageId: 'noDate', line: 3 }],
    },
    {
      name: 'a consent date that is not a date',
      manifest: vms('2026-09-01T11:00'),
      csv: 'phone;consent;consent_date\n0612345678;oui;hier\n',
      errors: [{ messageId: 'badDate', line: 2 }],
    },
  ],
});
