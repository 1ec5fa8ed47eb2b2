// What every command of the command line shares: English messages, usage errors, option parsing,
// the audit actor and the progress bar.
import os from 'node:os';
import { SingleBar } from 'cli-progress';
import { translator } from '../lib/i18n';

export const t = translator('en');

/** A mistyped command line: printed with a hint to `help`, exit 2. */
export class UsageError extends Error {}

/** Removes a `--flag` from args and says whether it was there. */
export function takeFlag(args: string[], name: string): boolean {
  const at = args.indexOf(name);
  if (at === -1) return false;
  args.splice(at, 1);
  return true;
}

/** Removes `--name value` from args and returns the value. */
export function takeOption(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(t('cli.needsValue', { option: name }));
  args.splice(at, 2);
  return value;
}

/** Refuses any `--option` left over after a command took its own. */
export function refuseUnknownOptions(args: readonly string[]): void {
  const unknown = args.find((arg) => arg.startsWith('--'));
  if (unknown) throw new UsageError(t('cli.unknownOption', { option: unknown }));
}

/** Who the audit log says wrote, when no account did. */
export function actor(): string {
  try {
    return `cli:${os.userInfo().username}`;
  } catch {
    return 'cli';
  }
}

/** A progress bar on stderr (stdout stays for results); `format` uses cli-progress placeholders. */
export function progressBar(format: string): SingleBar {
  return new SingleBar({
    format,
    stream: process.stderr,
    noTTYOutput: true,
    notTTYSchedule: 1000,
    hideCursor: true,
  });
}
