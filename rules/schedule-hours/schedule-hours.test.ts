import { testRule } from '../../test/helpers/rule-tester';

const at = (send_at: string, extra: Record<string, unknown> = {}) => ({ manifest: { send_at, ...extra } });
const vms = {
  channel: 'vms',
  sender: '0162123456',
  message: 'Boutique Léa. Pour ne plus être contacté, appelez le 0800 12 34 56.',
};
const b2bVms = { ...vms, audience: 'professionals' };
// A political voicemail drop: D223-9 governs commercial canvassing only (CNIL guidance instead).
const politicalVms = {
  ...vms,
  purpose: 'political',
  advertiser: 'Marie Durand',
  message: 'Bonjour, ici Marie Durand. Pour ne plus être appelé, envoyez STOP au 36173.',
};
const conservative = { profile: 'conservative' };

testRule('schedule-hours', {
  valid: [
    // charter (SMS default): inside both the charter and the platforms' window
    { name: 'charter: Wednesday 10:00', ...at('2027-01-13T10:00') },
    { name: 'charter: Friday 19:59', ...at('2027-01-15T19:59') },
    { name: 'charter: Saturday 10:00', ...at('2027-01-16T10:00') },
    { name: 'charter before 2026-03-01: Saturday 18:00', ...at('2026-02-28T18:00') },
    { name: 'French date form', ...at('13/01/2027 08:00') },
    {
      name: 'ISO with an offset (timezone ignored)',
      ...at('2027-01-13T09:00+00:00', { timezone: 'America/Cayenne' }),
    },
    { name: 'conservative: Saturday 10:00', ...at('2027-01-16T10:00'), options: conservative },
    { name: 'af2m-2026: Monday 21:00', ...at('2027-01-11T21:00'), options: { profile: 'af2m-2026' } },
    { name: 'af2m-2024: Saturday 21:30', ...at('2025-01-11T21:30'), options: { profile: 'af2m-2024' } },
    { name: 'canvassing (VMS to consumers): Tuesday 14:00', ...at('2027-01-12T14:00', vms) },
    {
      name: 'political VMS inside the canvassing window: Tuesday 14:00',
      ...at('2027-01-12T14:00', politicalVms),
    },
    { name: 'VMS to professionals follows the charter: Tuesday 13:30', ...at('2027-01-12T13:30', b2bVms) },
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
      name: 'non-commercial messages have no hours',
      ...at('2027-01-13T23:00', { purpose: 'non-commercial' }),
    },
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
    // charter, from 2026-03-01 (af2m 2026: every day 08:00–21:30, Sunday tolerated)
    {
      name: 'charter 2026: Saturday 09:30 is lawful, outside the platforms’ window (warning)',
      ...at('2027-01-16T09:30'),
      errors: [{ messageId: 'platformWindow', line: 2, severity: 'warning' }],
    },
    {
      name: 'charter 2026: Wednesday 20:30 (warning)',
      ...at('2027-01-13T20:30'),
      errors: [{ messageId: 'platformWindow', severity: 'warning' }],
    },
    {
      name: 'charter 2026: Sunday 11:00 is tolerated (warning)',
      ...at('2027-01-17T11:00'),
      errors: [{ messageId: 'tolerated', severity: 'warning' }],
    },
    {
      name: 'charter 2026: 21:30 is outside the charter (error)',
      ...at('2027-01-13T21:30'),
      errors: [{ messageId: 'outside', severity: 'error' }],
    },
    {
      name: 'charter 2026: 07:59 (error)',
      ...at('2027-01-13T07:59'),
      errors: [{ messageId: 'outside', severity: 'error' }],
    },
    {
      name: 'charter on 2026-03-01 itself (a Sunday): the 2026 charter tolerates it',
      ...at('2026-03-01T11:00'),
      errors: [{ messageId: 'tolerated', severity: 'warning' }],
    },
    // charter, before 2026-03-01 (af2m 2024: Mon–Sat 08:00–22:00)
    {
      name: 'charter 2024: Sunday 2026-02-22 is an error',
      ...at('2026-02-22T11:00'),
      errors: [{ messageId: 'outside', severity: 'error' }],
    },
    {
      name: 'charter 2024: Wednesday 21:45 is lawful then, outside the platforms’ window',
      ...at('2026-02-25T21:45'),
      errors: [{ messageId: 'platformWindow', severity: 'warning' }],
    },
    {
      name: 'charter 2024: 22:00 is an error',
      ...at('2026-02-25T22:00'),
      errors: [{ messageId: 'outside', severity: 'error' }],
    },
    {
      name: 'political campaigns follow the hours too',
      ...at('2027-01-13T23:00', { purpose: 'political' }),
      errors: [{ messageId: 'outside' }],
    },
    // other profiles
    {
      name: 'conservative: Wednesday 20:00 (end is exclusive)',
      ...at('2027-01-13T20:00'),
      options: conservative,
      errors: [{ messageId: 'outside', line: 2, severity: 'error' }],
    },
    {
      name: 'conservative: Saturday 19:00',
      ...at('2027-01-16T19:00'),
      options: conservative,
      errors: [{ messageId: 'outside' }],
    },
    {
      name: 'conservative: Sunday',
      ...at('2027-01-17T11:00'),
      options: conservative,
      errors: [{ messageId: 'outside' }],
    },
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
      errors: [{ messageId: 'outside', severity: 'error' }],
    },
    { name: 'canvassing: Saturday', ...at('2027-01-16T11:00', vms), errors: [{ messageId: 'outside' }] },
    {
      name: 'political VMS on Saturday: a warning citing the CNIL, never a D223-9 error',
      ...at('2027-01-16T11:00', politicalVms),
      errors: [{ messageId: 'outsideAdvised', severity: 'warning' }],
    },
    {
      name: 'political VMS at 13:30 (the canvassing lunch break): a warning',
      ...at('2027-01-12T13:30', politicalVms),
      errors: [{ messageId: 'outsideAdvised', severity: 'warning' }],
    },
    {
      name: 'political VMS with profile canvassing chosen: still advisory',
      ...at('2027-01-12T21:00', politicalVms),
      options: { profile: 'canvassing' },
      errors: [{ messageId: 'outsideAdvised', severity: 'warning' }],
    },
    {
      name: 'VMS to professionals: Sunday is tolerated by the charter only',
      ...at('2027-01-17T11:00', b2bVms),
      errors: [{ messageId: 'tolerated', severity: 'warning' }],
    },
    {
      name: 'VMS to professionals: 22:00 is outside the charter',
      ...at('2027-01-12T22:00', b2bVms),
      errors: [{ messageId: 'outside', severity: 'error' }],
    },
    {
      name: 'Réunion recipient at 23:00 local when Paris is at 20:00',
      ...at('2027-01-13T20:00'),
      csv: 'phone;consent\n06 12 34 56 78;oui\n0692 12 34 56;oui\n',
      errors: [
        { messageId: 'platformWindow', line: 2 },
        { messageId: 'outside', line: 3 },
      ],
    },
    {
      name: 'Guadeloupe recipient written with +590 at 05:00 local',
      ...at('2027-01-13T10:00'),
      csv: 'phone;consent\n+590 690 12 34 56;oui\n',
      errors: [{ messageId: 'outside' }],
    },
    {
      name: 'rate_per_minute pushes the 3rd recipient past 21:30',
      ...at('2027-01-13T21:29', { rate_per_minute: 2 }),
      csv: 'phone;consent\n0612345671;oui\n0612345672;oui\n0612345673;oui\n',
      errors: [
        { messageId: 'platformWindow', line: 2 },
        { messageId: 'platformWindow', line: 3 },
        { messageId: 'outside', line: 4 },
      ],
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
