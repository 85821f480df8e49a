#!/usr/bin/env node
// Writes fixtures/exports/excel-xlsx/contacts.xlsx (committed; run again only to change it):
// a workbook as marketers save it from Excel, with invented data. A first sheet of notes, then
// "Contacts": numbers typed as numbers with a format that shows their leading zero, one that lost
// it (General format), one typed as text, a date typed as a date, a number in scientific format,
// an empty row, and a report footer.
'use strict';
const path = require('path');
const { writeXlsx } = require('./xlsx-writer');

const file = path.join(__dirname, '..', 'fixtures', 'exports', 'excel-xlsx', 'contacts.xlsx');
writeXlsx(file, {
  sheets: [
    { name: 'Lisez-moi', rows: [['Export du CRM, janvier 2027'], ['Ne pas modifier la feuille Contacts']] },
    {
      name: 'Contacts',
      rows: [
        ['Nom', 'Prénom', 'Téléphone', 'Opt-in SMS', 'Date opt-in', 'Client', 'CP'],
        ['Martin', 'Léa', { n: 612345678, style: 'phone' }, 'oui', { date: '2025-03-14' }, 'non', '75011'],
        [
          'Bernard',
          'Paul',
          { n: 698765432, style: 'phonePairs' },
          'oui',
          { date: '2025-05-02' },
          'oui',
          '67000',
        ],
        ['Fontaine', 'Agnès', { n: 623456789 }, 'oui', { date: '2025-06-20' }, 'non', '69003'],
        null,
        ['Garnier', 'Maël', '0692 12 34 56', 'Opt-in', { date: '2024-11-30' }, 'non', '97400'],
        [
          'Petit',
          'Inès',
          { n: 33745678901, style: 'scientific' },
          'x',
          { date: '2025-01-05' },
          'non',
          '13001',
        ],
        ['Leroy', 'Zoé', { n: 745678902, style: 'phone' }, { inline: 'peut-être' }, '', 'non', '44000'],
        ['Total', '', '', '', '', '', ''],
      ],
    },
  ],
});
console.log(`wrote ${path.relative(process.cwd(), file)}`);
