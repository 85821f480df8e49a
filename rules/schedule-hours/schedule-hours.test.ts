import { testRule } from '../../test/helpers/rule-tester';

const at = (send_at: string, extra: Record<string, unknown> = {}) => ({ manifest: { send_at, ...extra } });
const vms = {
  channel: 'vms',
  sender: '0162123456',
  message: 'Boutique Léa. Pour ne plus être contacté, tapez 1.',
};

testRule('schedule-hours', {
  valid: [
    { name: 'conservative: Wednesday 10:00', ...at('2027-01-13T10:00') },
    { name: 'conservative: Friday 19:59', ...at('2027-01-15T19:59') },
    { name: 'conservative: Saturday 10:00', ...at('2027-01-16T10:00') },
    { name: 'French date form', ...at('13/01/2027 08:00') },
    {
      name: 'ISO with an offset (timezone ignored)',
      ...at('2027-01-13T09:00+00:00', { timezone: 'America/Cayenne' }),
    },
    { name: 'af2m-2026: Monday 21:00', ...at('2027-01-11T21:00'), options: { profile: 'af2m-2026' } },
    { name: 'af2m-2024: Saturday 21:30', ...at('2025-01-11T21:30'), options: { profile: 'af2m-2024' } },
    { name: 'canvassing (VMS default): Tuesday 14:00', ...at('2027-01-12T14:00', vms) },
    {
      name: 'custom windows',
      ...at('2027-01-17T12:00'),
      options: { windows: [{ days: ['sun'], from: '11:00', to: '13:00' }] },
    },
    {
      name: 'Réunion recipient at 10:00 local when Paris is at 07:00',
      ...at('2027-01-13T07:00'),
      csv: 'phone;consent\n0692123456;oui\n',
    },
    { name: 'transactional messages have no hours', ...at('2027-01-13T23:00', { purpose: 'transactional' }) },
    {
      name: 'rate_per_minute: the 2nd recipient goes out one minute later, still inside',
      ...at('2027-01-13T19:58', { rate_per_minute: 1 }),
      csv: 'phone;consent\n0612345678;oui\n0612345679;oui\n',
    },
    {
      name: 'invalid numbers are left to recipient-phone-valid',
      ...at('2027-01-13T23:00'),
      csv: 'phone;consent\n0000;oui\n',
    },
  ],
  invalid: [
    {
      name: 'conservative: Wednesday 20:00 (end is exclusive)',
      ...at('2027-01-13T20:00'),
      errors: [{ messageId: 'outside', line: 2 }],
    },
    { name: 'conservative: Wednesday 07:59', ...at('2027-01-13T07:59'), errors: [{ messageId: 'outside' }] },
    { name: 'conservative: Saturday 19:00', ...at('2027-01-16T19:00'), errors: [{ messageId: 'outside' }] },
    { name: 'conservative: Sunday', ...at('2027-01-17T11:00'), errors: [{ messageId: 'outside' }] },
    {
      name: 'af2m-2026: Sunday is tolerated, a warning',
      ...at('2027-01-17T11:00'),
      options: { profile: 'af2m-2026' },
      errors: [{ messageId: 'tolerated', severity: 'warning' }],
    },
    {
      name: 'af2m-2026: 21:30',
      ...at('2027-01-11T21:30'),
      options: { profile: 'af2m-2026' },
      errors: [{ messageId: 'outside' }],
    },
    {
      name: 'af2m-2024: Sunday',
      ...at('2025-01-12T10:00'),
      options: { profile: 'af2m-2024' },
      errors: [{ messageId: 'outside' }],
    },
    {
      name: 'canvassing: lunch break 13:30',
      ...at('2027-01-12T13:30', vms),
      errors: [{ messageId: 'outside' }],
    },
    { name: 'canvassing: Saturday', ...at('2027-01-16T11:00', vms), errors: [{ messageId: 'outside' }] },
    {
      name: 'Réunion recipient at 21:00 local when Paris is at 18:00',
      ...at('2027-01-13T18:00'),
      csv: 'phone;consent\n06 12 34 56 78;oui\n0692 12 34 56;oui\n',
      errors: [{ messageId: 'outside', line: 3 }],
    },
    {
      name: 'Guadeloupe recipient written with +590 at 05:00 local',
      ...at('2027-01-13T10:00'),
      csv: 'phone;consent\n+590 690 12 34 56;oui\n',
      errors: [{ messageId: 'outside' }],
    },
    {
      name: 'rate_per_minute pushes the 3rd recipient past 20:00',
      ...at('2027-01-13T19:59', { rate_per_minute: 2 }),
      csv: 'phone;consent\n0612345671;oui\n0612345672;oui\n0612345673;oui\n',
      errors: [{ messageId: 'outside', line: 4 }],
    },
    {
      name: 'per-row send_at wins',
      ...at('2027-01-13T10:00'),
      csv: 'phone;consent;send_at\n0612345678;oui;2027-01-13 22:00\n',
      errors: [{ messageId: 'outside' }],
    },
    {
      name: 'unreadable per-row send_at',
      ...at('2027-01-13T10:00'),
      csv: 'phone;consent;send_at\n0612345678;oui;demain\n',
      errors: [{ messageId: 'badSendAt' }],
    },
  ],
});
