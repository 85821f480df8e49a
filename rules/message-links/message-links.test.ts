import { testRule } from '../../test/helpers/rule-tester';

const msg = (link: string) => ({ manifest: { message: `Boutique Léa : -30% sur ${link} STOP au 36173` } });

testRule('message-links', {
  valid: [
    { name: 'own domain', ...msg('https://boutique-lea.fr/soldes') },
    { name: 'branded short domain', ...msg('lea.st/h25') },
    { name: 'a shortener allowed by option', ...msg('bit.ly/x'), options: { allow: ['bit.ly'] } },
    { name: 'a shortener-like word that is not a host', ...msg('bitly') },
  ],
  invalid: [
    {
      name: 'bit.ly',
      ...msg('https://bit.ly/3xYz'),
      errors: [{ messageId: 'shortener', severity: 'warning' }],
    },
    { name: 'tinyurl without scheme', ...msg('tinyurl.com/abc'), errors: [{ messageId: 'shortener' }] },
    { name: 'www. prefix and upper case', ...msg('WWW.Bit.ly/abc'), errors: [{ messageId: 'shortener' }] },
    {
      name: 'two links',
      ...msg('t.co/a et is.gd/b'),
      errors: [{ messageId: 'shortener' }, { messageId: 'shortener' }],
    },
    {
      name: 'a shortener added by option',
      ...msg('sho.rt/a'),
      options: { shorteners: ['sho.rt'] },
      errors: [{ messageId: 'shortener' }],
    },
  ],
});
