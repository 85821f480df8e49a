// Plugin code runs guarded: it may not end the process, its asynchronous failures are caught and
// named after the rule that started them, and it sees the facts frozen. Built-in rules are trusted
// and skip the per-call wrapping (the per-row loop is the hot path).
import { AsyncLocalStorage } from 'async_hooks';
import { LintFailure } from '../base/failure';
import type { DataValue } from '../base/types';
import { localized } from '../base/messages';

export type Hook = 'create' | 'campaign' | 'recipient' | 'end' | 'import';

interface Scope {
  readonly ruleId: string;
  readonly hook: Hook;
}

/** Which rule (and hook) the running code, or the callback it scheduled, belongs to. */
const scope = new AsyncLocalStorage<Scope>();

/** Thrown in place of ending the process when plugin code calls `process.exit` (or `reallyExit`). */
export class ExitRefusedError extends Error {
  constructor(
    readonly code: unknown,
    how = 'exit',
  ) {
    super(
      `called process.${how}(${typeof code === 'number' || typeof code === 'string' ? code : ''}), which plugin code may not do during a run`,
    );
    this.name = 'ExitRefusedError';
  }
}

/** What a thrown value says, whatever it is (plugins may throw strings, numbers, null). */
export function describeThrown(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  // An Error from another realm (a vm context) is not `instanceof Error` here.
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message === 'string' && Object.prototype.toString.call(error) === '[object Error]')
    return message;
  try {
    return `a non-Error value (${JSON.stringify(error) ?? String(error)})`;
  } catch {
    return 'a non-Error value';
  }
}

const where = (s: Scope) =>
  s.hook === 'import'
    ? 'while loading'
    : s.hook === 'create'
      ? 'while starting'
      : s.hook === 'recipient'
        ? 'in its recipient hook'
        : `in its ${s.hook} hook`;

/** A rule's failure after its hook returned (a callback, a promise), as a failure naming the rule. */
export function asyncCrash(error: unknown, s: Scope | undefined, file?: string): LintFailure {
  const who = !s ? 'a plugin' : s.hook === 'import' ? `plugin "${s.ruleId}"` : `rule "${s.ruleId}"`;
  const what = s ? `crashed asynchronously (${where(s)})` : 'crashed asynchronously, outside any rule hook';
  return new LintFailure(
    'rule-crash',
    `${who} ${what}: ${describeThrown(error)}`,
    file,
    undefined,
    localized('lint.ruleCrashedHint'),
    error,
  );
}

/**
 * Runs one call of plugin code: callbacks and promises it starts are tagged with the rule, so a
 * late failure names it. `process.exit` is refused by `guardRun` around the whole run.
 */
export function runGuarded<T>(ruleId: string, hook: Hook, fn: () => T): T {
  return scope.run({ ruleId, hook }, fn);
}

/** The rule whose code is running now (or scheduled the callback running now). */
export const currentScope = (): Scope | undefined => scope.getStore();

let depth = 0;
let realExit: ((code?: number | string | null) => never) | undefined;
/** What `process.exit` becomes while a run is guarded. */
export const refuseExit = (code?: unknown): never => {
  throw new ExitRefusedError(code);
};
const collectors = new Set<(failure: LintFailure) => void>();

const onAsyncFailure = (error: unknown) => {
  const failure =
    error instanceof LintFailure && error.kind === 'rule-crash' ? error : asyncCrash(error, currentScope());
  for (const collect of collectors) collect(failure);
};

/**
 * Guards a whole run: `process.exit` throws `ExitRefusedError` instead of ending the process, and
 * uncaught exceptions and unhandled rejections become failures handed to `collect` (named after the
 * rule that scheduled them). Returns the function that lifts the guard.
 */
export function guardRun(collect: (failure: LintFailure) => void): () => void {
  collectors.add(collect);
  if (depth++ === 0) {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, unbound
    realExit = process.exit;
    process.exit = refuseExit;
    process.on('uncaughtException', onAsyncFailure);
    process.on('unhandledRejection', onAsyncFailure);
  }
  let lifted = false;
  return () => {
    if (lifted) return;
    lifted = true;
    collectors.delete(collect);
    if (--depth === 0) {
      if (realExit) process.exit = realExit;
      process.off('uncaughtException', onAsyncFailure);
      process.off('unhandledRejection', onAsyncFailure);
    }
  };
}

/** Whether a run is guarded now (its failures are collected, not reported by the process). */
export const isGuarded = (): boolean => depth > 0;

/**
 * Freezes an object graph for plugins. Typed arrays cannot be frozen and are skipped; a Map or Set is
 * frozen as an object (its entries stay reachable only through the frozen methods of its owner).
 */
export function deepFreeze<T>(value: T, seen = new WeakSet<object>()): T {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  const object = value as object;
  if (seen.has(object) || ArrayBuffer.isView(object)) return value;
  seen.add(object);
  for (const key of Reflect.ownKeys(object)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
    if (descriptor && 'value' in descriptor) deepFreeze(descriptor.value as unknown, seen);
  }
  Object.freeze(object);
  return value;
}

/**
 * Settles with `promise`, or fails with `onTimeout()` after `ms`. The timer does not keep the
 * process alive: a promise that never settles with nothing else pending ends the process at once
 * (and the CLI's exit guard reports the run as not completed, exit 2).
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Freezes the fact objects of a recipient (the record itself is frozen when built). */
export function freezeRecipient(recipient: {
  readonly phone: object | null;
  readonly sendTime: object;
}): void {
  if (recipient.phone) Object.freeze(recipient.phone);
  Object.freeze(recipient.sendTime);
}

/** A text from plugin data: a string, or `String(value)`, whose failure is the plugin's. */
function plainText(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

/**
 * A plugin's diagnostic data as plain values (strings, finite numbers, `{ en, fr }` texts), made
 * once when reported: a value whose `toString` or getter throws fails there, in the rule's call.
 */
export function plainData(data: Readonly<Record<string, unknown>>): Record<string, DataValue> {
  const out: Record<string, DataValue> = {};
  for (const key of Object.keys(data)) {
    const value = data[key];
    if (typeof value === 'number') out[key] = value;
    else if (value !== null && typeof value === 'object' && 'cell' in value)
      out[key] = { cell: plainText(value.cell) };
    else if (value !== null && typeof value === 'object' && 'en' in value && 'fr' in value) {
      const { en, fr } = value;
      out[key] = { en: plainText(en), fr: plainText(fr) };
    } else out[key] = plainText(value);
  }
  return out;
}
