import { testRule } from '../../test/helpers/rule-tester';

const vms = {
  channel: 'vms',
  sender: '0162123456',
  message: 'Boutique Léa : nouvelle collection. Pour ne plus être contacté, appelez le 0800 12 34 56.',
};

testRule('recipient-consent', {
  valid: [
    {
      name: 'every accepted yes word',
      csv: 'phone;consent\n0612345671;oui\n0612345672;yes\n0612345673;1\n0612345674;TRUE\n0612345675;x\n0612345676;Y\n',
    },
    {
      name: 'soft opt-in: SMS to a customer with an analogous offer',
      csv: 'phone;consent;customer\n0612345678;non;oui\n',
      manifest: { analogous_offer: true },
    },
    {
      name: 'soft opt-in for VMS before 2026-08-11',
      csv: 'phone;consent;customer\n0612345678;;oui\n',
      manifest: { ...vms, analogous_offer: true, send_at: '2026-08-10T11:00' },
    },
    {
      name: 'transactional messages need no marketing consent',
      csv: 'phone\n0612345678\n',
      manifest: { purpose: 'transactional' },
    },
    {
      name: 'non-commercial campaigns need no consent column',
      csv: 'phone\n0612345678\n',
      manifest: { purpose: 'non-commercial' },
    },
    {
      name: 'VMS on 2026-08-11: an ongoing contract and a related offer (L223-1 al. 4)',
      csv: 'phone;consent;customer;contract\n0612345678;non;oui;oui\n',
      manifest: { ...vms, analogous_offer: true, send_at: '2026-08-11T11:00' },
    },
    {
      name: 'VMS before 2026-08-11: a contract counts as a customer for the soft opt-in',
      csv: 'phone;consent;contract\n0612345678;non;oui\n',
      manifest: { ...vms, analogous_offer: true, send_at: '2026-08-10T11:00' },
    },
    {
      name: 'SMS after 2026-08-11 keeps the L34-5 soft opt-in (L223-1 is about telephone canvassing)',
      csv: 'phone;consent;customer\n0612345678;non;oui\n',
      manifest: { analogous_offer: true, send_at: '2026-09-01T11:00' },
    },
    {
      name: 'B2B: professionals need no consent (opt-out regime)',
      csv: 'phone;consent\n0612345678;non\n',
      manifest: { audience: 'professionals' },
    },
    {
      name: 'B2B VMS after 2026-08-11: L223-1 protects consumers only',
      csv: 'phone\n0612345678\n',
      manifest: { ...vms, audience: 'professionals', send_at: '2026-09-01T11:00' },
    },
    {
      name: 'political message with consent',
      csv: 'phone;consent\n0612345678;oui\n',
      manifest: {
        purpose: 'political',
        advertiser: 'Marie Durand',
        message: 'Votez Marie Durand ! STOP au 36173',
      },
    },
    {
      name: 'the wider vocabulary: opt-in, subscribed, inscrit, x (any case, accents)',
      csv: 'phone;consent\n0612345671;Opt-in\n0612345672;SUBSCRIBED\n0612345673;inscrit\n0612345674;X\n0612345675;Abonné\n',
    },
    {
      name: 'a date or timestamp in the consent column is consent given that day',
      csv: 'phone;consent\n0612345671;2025-03-14\n0612345672;14/03/2025\n0612345673;2025-03-14 10:22:31\n',
    },
    {
      name: "no consent column: a valid consent_date (Mailchimp's OPTIN_TIME) is consent on that date",
      csv: 'Phone Number;OPTIN_TIME\n0612345678;2025-03-14 10:22:31\n',
    },
    {
      name: 'recognised consent header (no mapping): "SMS Opt-in"',
      csv: 'Mobile Phone Number;SMS Opt-in\n0612345678;subscribed\n',
    },
    {
      name: 'mapped consent column',
      csv: 'phone;Opt-in SMS\n0612345678;Oui\n',
      manifest: { recipients: { file: 'recipients.csv', columns: { consent: 'Opt-in SMS' } } },
    },
  ],
  invalid: [
    {
      name: 'consent is no',
      csv: 'phone;consent\n0612345678;non\n',
      errors: [{ messageId: 'noConsent', line: 2 }],
    },
    {
      name: 'empty consent means no information',
      csv: 'phone;consent\n0612345678;\n',
      errors: [{ messageId: 'noConsent' }],
    },
    {
      name: 'an unknown word is reported as not understood, not as "no"',
      csv: 'phone;consent\n0612345678;peut-être\n',
      errors: [{ messageId: 'notUnderstood' }],
    },
    {
      name: 'a consent-looking header is read by the stated fallback, said as a warning, even beside a consent date column',
      csv: 'phone;Consent (SMS);consent_date\n0612345678;non;2025-01-01\n0612345679;oui;2025-01-01\n',
      errors: [
        { messageId: 'consentColumnGuessed', line: 1, severity: 'warning' },
        { messageId: 'noConsent', line: 2, severity: 'error' },
      ],
    },
    {
      name: 'opt-out words are no, not "not understood"',
      csv: 'phone;consent\n0612345671;Opt-out\n0612345672;unsubscribed\n0612345673;désinscrit\n',
      errors: [{ messageId: 'noConsent' }, { messageId: 'noConsent' }, { messageId: 'noConsent' }],
    },
    {
      name: 'no consent column and an empty consent_date: no consent recorded, naming the date column',
      csv: 'Phone Number;OPTIN_TIME\n0612345678;\n0612345679;bientôt\n',
      errors: [{ messageId: 'noConsentDate' }, { messageId: 'noConsentDate' }],
    },
    {
      name: 'a formula error in the consent column is named as such',
      csv: 'phone;consent\n0612345678;#N/A\n',
      errors: [{ messageId: 'formulaError', line: 2 }],
    },
    {
      name: 'a date serial in the consent column is named as one and never read as a consent date',
      csv: 'phone;consent\n0612345678;45123\n',
      errors: [{ messageId: 'dateSerial', line: 2, severity: 'error' }],
    },
    {
      name: 'consent not understood is an error even when the customer exception would apply',
      csv: 'phone;consent;customer\n0612345678;refus;oui\n',
      manifest: { analogous_offer: true },
      errors: [{ messageId: 'notUnderstood', line: 2 }],
    },
    {
      name: 'a customer value not understood keeps the exception closed, and says so (warning)',
      csv: 'phone;consent;customer\n0612345678;non;VIP\n',
      manifest: { analogous_offer: true },
      errors: [
        { messageId: 'exceptionNotUnderstood', severity: 'warning' },
        { messageId: 'noConsent', severity: 'error' },
      ],
    },
    {
      name: '"client" is not a contract word: the ongoing-contract exception stays closed (VMS 2026-08-11)',
      csv: 'phone;consent;contract\n0612345678;non;client\n',
      manifest: { ...vms, analogous_offer: true, send_at: '2026-08-11T11:00' },
      errors: [
        { messageId: 'exceptionNotUnderstood', severity: 'warning' },
        { messageId: 'noConsent', severity: 'error' },
      ],
    },
    {
      name: 'no consent column at all',
      csv: 'phone\n0612345678\n',
      errors: [{ messageId: 'noConsentColumn' }],
    },
    {
      name: 'customer, but the offer is not declared analogous',
      csv: 'phone;consent;customer\n0612345678;non;oui\n',
      errors: [{ messageId: 'customerNotAnalogous' }],
    },
    {
      name: 'VMS on or after 2026-08-11: a customer without an ongoing contract needs consent',
      csv: 'phone;consent;customer\n0612345678;non;oui\n',
      manifest: { ...vms, analogous_offer: true, send_at: '2026-08-11T11:00' },
      errors: [{ messageId: 'vmsCustomer', severity: 'error' }],
    },
    {
      name: 'VMS on 2026-08-11: an ongoing contract, but an offer unrelated to it',
      csv: 'phone;consent;contract\n0612345678;non;oui\n',
      manifest: { ...vms, send_at: '2026-08-11T11:00' },
      errors: [{ messageId: 'contractNotRelated' }],
    },
    {
      name: 'VMS on 2026-08-10: the soft opt-in still needs an analogous offer',
      csv: 'phone;consent;customer\n0612345678;non;oui\n',
      manifest: { ...vms, send_at: '2026-08-10T11:00' },
      errors: [{ messageId: 'customerNotAnalogous' }],
    },
    {
      name: 'political SMS without consent (CNIL)',
      csv: 'phone;consent;customer\n0612345678;non;oui\n',
      manifest: {
        purpose: 'political',
        advertiser: 'Marie Durand',
        message: 'Votez Marie Durand ! STOP au 36173',
        analogous_offer: true,
      },
      errors: [{ messageId: 'noConsent', severity: 'error' }],
    },
    {
      name: 'political message to professionals still needs consent',
      csv: 'phone;consent\n0612345678;non\n',
      manifest: {
        purpose: 'political',
        audience: 'professionals',
        advertiser: 'Marie Durand',
        message: 'Votez Marie Durand ! STOP au 36173',
      },
      errors: [{ messageId: 'noConsent' }],
    },
  ],
});
