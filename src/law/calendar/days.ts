// Day names for messages (ISO weekday 1 = Monday).
export const DAY_NAMES: ReadonlyArray<{ en: string; fr: string }> = [
  { en: 'Monday', fr: 'lundi' },
  { en: 'Tuesday', fr: 'mardi' },
  { en: 'Wednesday', fr: 'mercredi' },
  { en: 'Thursday', fr: 'jeudi' },
  { en: 'Friday', fr: 'vendredi' },
  { en: 'Saturday', fr: 'samedi' },
  { en: 'Sunday', fr: 'dimanche' },
];
