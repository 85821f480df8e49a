import path from 'path';

// No plugin rule may read as a built-in one. The contract's minimal plugin rule has a bare id
// (`my-rule`) that "must be accepted" and "can be configured in `rules` like any built-in rule", so a
// bare id stays the rule's id; the built-in rules' families are reserved, and a bare id in one is
// refused with the namespaced id to write (`acme/message-caps`), named after its plugin.

/** The families of the built-in rules' ids (rules/<id>/, scripts/new-rule.js): reserved for them. */
export const BUILTIN_FAMILY = /^(?:recipient|message|sender|schedule|campaign)-/;

const PREFIX = 'campaign-lint-plugin';
const segment = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * The name of a plugin as listed in `plugins`: a package's name without its `campaign-lint-plugin-`
 * prefix (`campaign-lint-plugin-acme` → `acme`, `@acme/campaign-lint-plugin` → `acme`,
 * `@acme/campaign-lint-plugin-sms` → `acme/sms`), a module file's name without its extension
 * (`./rules/local/my-rule.js` → `my-rule`; an `index.js` takes its folder's name).
 */
export function pluginNamespace(spec: string): string {
  const isPath = spec.startsWith('.') || path.isAbsolute(spec) || /^[a-z]:[\\/]/i.test(spec);
  let parts: string[];
  if (isPath) {
    const base = path.basename(spec).replace(/\.[cm]?[jt]s$/, '');
    parts = [base === 'index' ? path.basename(path.dirname(path.resolve(spec))) : base];
  } else {
    const [first, second] = spec.split('/');
    parts = first.startsWith('@') ? [first.slice(1), second ?? ''] : [first];
  }
  const last = parts.length - 1;
  parts[last] = parts[last] === PREFIX ? '' : parts[last].replace(new RegExp(`^${PREFIX}-`), '');
  return parts.map(segment).filter(Boolean).join('/') || 'plugin';
}
