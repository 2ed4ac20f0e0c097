import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  installCommand,
  locate,
  missingPackages,
  parsePackageList,
  preflightPlan,
  type Machine,
  type SystemPackage,
} from './preflight.ts';

const LIST_FILE = join(import.meta.dirname, '..', 'system-packages.txt');

const list: SystemPackage[] = [
  { name: 'chromium', program: 'chromium', variable: 'CHROMIUM_PATH' },
  { name: 'nginx', program: '/usr/sbin/nginx', variable: 'NGINX_PATH' },
  { name: 'fonts-dejavu-core', program: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' },
];

/** A machine with exactly these files. */
const machineWith = (files: string[], env: Record<string, string> = {}, isRoot = false): Machine => ({
  env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...env },
  exists: (path) => files.includes(path),
  isRoot,
});
const everything = ['/usr/bin/chromium', '/usr/sbin/nginx', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'];

describe('parsePackageList', () => {
  it('reads package, program and variable, skipping comments and blank lines', () => {
    expect(parsePackageList('# why\n\nchromium  chromium  CHROMIUM_PATH  # browser\nzbar-tools zbarimg\n')).toEqual([
      { name: 'chromium', program: 'chromium', variable: 'CHROMIUM_PATH' },
      { name: 'zbar-tools', program: 'zbarimg' },
    ]);
  });

  it('refuses a line it cannot read, naming it', () => {
    expect(() => parsePackageList('chromium\n')).toThrow('system-packages.txt:1: expected "package program');
    expect(() => parsePackageList('# x\na b C d\n')).toThrow('system-packages.txt:2:');
    expect(() => parsePackageList('Chromium chromium\n')).toThrow('system-packages.txt:1:');
  });

  it('reads the project’s own list, which names what .ci/run installed by hand before', () => {
    const names = parsePackageList(readFileSync(LIST_FILE, 'utf8')).map((entry) => entry.name);
    expect(names).toEqual([
      'chromium',
      'chromium-headless-shell',
      'nginx',
      'poppler-utils',
      'zbar-tools',
      'fonts-dejavu-core',
      'fonts-noto-core',
      'fonts-noto-cjk',
    ]);
  });
});

describe('locate', () => {
  it('finds a program on PATH, first directory first, and an absolute path as it is', () => {
    const machine = machineWith(['/usr/bin/chromium', '/usr/local/bin/chromium', '/usr/sbin/nginx']);
    expect(locate('chromium', machine)).toBe('/usr/local/bin/chromium');
    expect(locate('/usr/sbin/nginx', machine)).toBe('/usr/sbin/nginx');
    expect(locate('nginx', machine)).toBeUndefined();
    expect(locate('chromium', { ...machine, env: {} })).toBeUndefined();
  });
});

describe('missingPackages', () => {
  it('is empty when everything is there', () => {
    expect(missingPackages(list, machineWith(everything))).toEqual([]);
  });

  it('names a program missing from PATH, even when it is elsewhere on the disk', () => {
    const machine = machineWith(everything, { PATH: '/opt/node/bin' });
    expect(missingPackages(list, machine).map((entry) => entry.name)).toEqual(['chromium']);
  });

  it('looks where the environment variable says instead, when it is set', () => {
    const machine = machineWith([...everything, '/opt/chromium/chrome'], { CHROMIUM_PATH: '/opt/chromium/chrome' });
    expect(missingPackages(list, machine)).toEqual([]);
    const elsewhere = machineWith(everything, { NGINX_PATH: '/opt/nginx' });
    expect(missingPackages(list, elsewhere).map((entry) => entry.name)).toEqual(['nginx']);
  });
});

describe('installCommand', () => {
  it('is one line of apt-get, with sudo unless root', () => {
    expect(installCommand(list.slice(0, 2), false)).toBe(
      'sudo apt-get update && sudo apt-get install -y chromium nginx',
    );
    expect(installCommand(list.slice(2), true)).toBe('apt-get update && apt-get install -y fonts-dejavu-core');
  });
});

describe('preflightPlan', () => {
  const options = { hasAptGet: true, installAllowed: true };

  it('does nothing when nothing is missing', () => {
    expect(preflightPlan(list, { ...machineWith(everything), ...options })).toEqual({ action: 'none' });
  });

  it('stops a user who is not root, naming what is missing and the command', () => {
    const plan = preflightPlan(list, { ...machineWith(['/usr/sbin/nginx']), ...options });
    expect(plan).toEqual({
      action: 'stop',
      message: [
        'The tests need system packages this machine lacks:',
        '  chromium: no chromium on PATH (or set CHROMIUM_PATH to its path)',
        '  fonts-dejavu-core: no /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
        'Install them (on Debian), then run the tests again:',
        '  sudo apt-get update && sudo apt-get install -y chromium fonts-dejavu-core',
      ].join('\n'),
    });
  });

  it('installs as root with apt-get, saying what', () => {
    const plan = preflightPlan(list, { ...machineWith(everything.slice(1), {}, true), ...options });
    expect(plan).toMatchObject({ action: 'install', packages: [list[0]] });
    expect(plan.action === 'install' && plan.announcement).toContain('installing them with apt-get: chromium');
  });

  it('stops even as root when installing is not allowed or there is no apt-get', () => {
    const root = machineWith(everything.slice(1), {}, true);
    expect(preflightPlan(list, { ...root, hasAptGet: true, installAllowed: false }).action).toBe('stop');
    const plan = preflightPlan(list, { ...root, hasAptGet: false, installAllowed: true });
    expect(plan.action === 'stop' && plan.message).toContain('\n  apt-get update && apt-get install -y chromium');
  });
});

describe('scripts/preflight.ts', () => {
  it('stops at once with the command to run when PATH lacks chromium', () => {
    const env: Record<string, string> = { PATH: dirname(process.execPath), PREFLIGHT_INSTALL: '0' };
    const started = performance.now();
    const result = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'preflight.ts')], {
      env,
      encoding: 'utf8',
      timeout: 10_000,
    });
    const seconds = (performance.now() - started) / 1000;
    expect(result.status, result.stderr).toBe(1);
    expect(seconds).toBeLessThan(10);
    expect(result.stderr).toContain('chromium: no chromium on PATH');
    expect(result.stderr).toMatch(/\n {2}(sudo )?apt-get update && (sudo )?apt-get install -y chromium\b/);
  });
});
