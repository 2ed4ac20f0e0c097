/**
 * Run first by `npm test`: checks that the system packages the tests need
 * (scripts/system-packages.txt) are installed. When some are missing it
 * installs them with apt-get if run as root (unless PREFLIGHT_INSTALL=0),
 * saying what it installs; otherwise it prints the one command to run and
 * exits with status 1 at once, before any slow step.
 *
 *   node scripts/preflight.ts
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { locate, missingPackages, parsePackageList, preflightPlan, type Machine } from './lib/preflight.ts';

const list = parsePackageList(readFileSync(join(import.meta.dirname, 'system-packages.txt'), 'utf8'));

/** A file, not a folder of that name; whether a program runs is the tests' to find out. */
const exists = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

const machine: Machine = { env: process.env, exists, isRoot: process.getuid?.() === 0 };
const plan = preflightPlan(list, {
  ...machine,
  hasAptGet: locate('apt-get', machine) !== undefined,
  installAllowed: process.env.PREFLIGHT_INSTALL !== '0',
});

if (plan.action === 'stop') {
  console.error(plan.message);
  process.exitCode = 1;
} else if (plan.action === 'install') {
  console.log(plan.announcement);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args: string[]) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  const installed = run(['update']) && run(['install', '-y', ...plan.packages.map((entry) => entry.name)]);
  const still = missingPackages(list, machine);
  if (!installed || still.length > 0) {
    console.error(
      `apt-get could not install: ${(still.length > 0 ? still : plan.packages).map((e) => e.name).join(' ')}`,
    );
    process.exitCode = 1;
  }
}
