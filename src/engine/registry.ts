export { BUILTIN_RULES } from '../../rules';
