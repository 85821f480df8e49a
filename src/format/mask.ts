import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * Masks a number for reports: country code, first national digit and last two digits stay
 * (`+33 6 •• •• •• 78`, `+262 6 •• •• •• 56`); anything else unreadable keeps its last two characters.
 */
export function maskPhone(value: string): string {
  const parsed = value.startsWith('+') ? parsePhoneNumberFromString(value) : undefined;
  if (!parsed) return value.length <= 2 ? '••' : `${'•'.repeat(Math.min(value.length - 2, 8))}${value.slice(-2)}`;
  const nsn = parsed.nationalNumber as string;
  if (nsn.length < 4) return `+${parsed.countryCallingCode} ${'•'.repeat(nsn.length)}`;
  const middle = nsn.slice(1, -2).replace(/\d/g, '•');
  const pairs = middle.match(/.{1,2}(?=(?:.{2})*$)/g) ?? [];
  return `+${parsed.countryCallingCode} ${nsn[0]} ${[...pairs, nsn.slice(-2)].join(' ')}`;
}

/** The number in international format, for --show-pii. */
export function showPhone(value: string): string {
  const parsed = value.startsWith('+') ? parsePhoneNumberFromString(value) : undefined;
  return parsed ? parsed.formatInternational() : value;
}
