/**
 * The check `npm test` runs first: are the system packages the tests need
 * (scripts/system-packages.txt) installed? If not, it says which, and the one
 * apt-get command that installs them — or, run as root on a machine with
 * apt-get, installs them itself. Pure: the machine is passed in.
 */
import { delimiter, join } from 'node:path';

/** One line of the list: a Debian package and how to tell it is there. */
export interface SystemPackage {
  /** The Debian package, as apt-get names it. */
  name: string;
  /** A program looked up on PATH, or an absolute path that must exist. */
  program: string;
  /** An environment variable that, when set, names the path to look at instead. */
  variable?: string;
}

/** What the check needs to know about the machine. */
export interface Machine {
  env: Readonly<Record<string, string | undefined>>;
  /** Whether a file exists at `path` (and, for a program, can be run). */
  exists: (path: string) => boolean;
  isRoot: boolean;
}

/** Reads the list: one package a line, `#` starts a comment; throws naming a line it cannot read. */
export function parsePackageList(text: string): SystemPackage[] {
  return text.split('\n').flatMap((raw, index) => {
    const fields = raw.replace(/#.*/, '').trim().split(/\s+/).filter(Boolean);
    if (fields.length === 0) return [];
    const [name, program, variable, ...rest] = fields;
    if (program === undefined || rest.length > 0 || !/^[a-z0-9][a-z0-9+.-]+$/.test(name!)) {
      throw new Error(`system-packages.txt:${index + 1}: expected "package program [VARIABLE]", got "${raw.trim()}"`);
    }
    return [variable === undefined ? { name: name!, program } : { name: name!, program, variable }];
  });
}

/** Where the machine has `program`: the path itself when absolute, else the first match on PATH. */
export function locate(program: string, machine: Machine): string | undefined {
  if (program.startsWith('/')) return machine.exists(program) ? program : undefined;
  const directories = (machine.env.PATH ?? '').split(delimiter).filter(Boolean);
  return directories.map((directory) => join(directory, program)).find((path) => machine.exists(path));
}

/** What the machine should have for `entry`: the variable's path when it is set, else the listed program. */
export function lookedFor(entry: SystemPackage, machine: Machine): string {
  const override = entry.variable ? machine.env[entry.variable] : undefined;
  return override || entry.program;
}

/** The packages the machine lacks, in the list's order. */
export function missingPackages(list: readonly SystemPackage[], machine: Machine): SystemPackage[] {
  return list.filter((entry) => locate(lookedFor(entry, machine), machine) === undefined);
}

/** The one command that installs `packages`, with `sudo` unless already root. */
export function installCommand(packages: readonly SystemPackage[], isRoot: boolean): string {
  const asRoot = isRoot ? '' : 'sudo ';
  const names = packages.map((entry) => entry.name).join(' ');
  return `${asRoot}apt-get update && ${asRoot}apt-get install -y ${names}`;
}

/** Why `entry` counts as missing, in words. */
function absence(entry: SystemPackage, machine: Machine): string {
  const wanted = lookedFor(entry, machine);
  const where = wanted.startsWith('/') ? `no ${wanted}` : `no ${wanted} on PATH`;
  if (!entry.variable) return `  ${entry.name}: ${where}`;
  const named = machine.env[entry.variable]
    ? ` (the path ${entry.variable} names)`
    : ` (or set ${entry.variable} to its path)`;
  return `  ${entry.name}: ${where}${named}`;
}

export type Plan =
  | { action: 'none' }
  /** Root on a machine with apt-get: install, saying what. */
  | { action: 'install'; packages: SystemPackage[]; announcement: string }
  /** Anyone else: stop, naming the command. */
  | { action: 'stop'; message: string };

/**
 * What to do about the missing packages. Installs only as root, with
 * apt-get, when `installAllowed` (PREFLIGHT_INSTALL is not `0`).
 */
export function preflightPlan(
  list: readonly SystemPackage[],
  machine: Machine & { hasAptGet: boolean; installAllowed: boolean },
): Plan {
  const missing = missingPackages(list, machine);
  if (missing.length === 0) return { action: 'none' };
  const names = missing.map((entry) => entry.name).join(' ');
  if (machine.isRoot && machine.hasAptGet && machine.installAllowed) {
    return {
      action: 'install',
      packages: missing,
      announcement: `The tests need system packages this machine lacks; installing them with apt-get: ${names}`,
    };
  }
  return {
    action: 'stop',
    message: [
      'The tests need system packages this machine lacks:',
      ...missing.map((entry) => absence(entry, machine)),
      'Install them (on Debian), then run the tests again:',
      `  ${installCommand(missing, machine.isRoot)}`,
    ].join('\n'),
  };
}
