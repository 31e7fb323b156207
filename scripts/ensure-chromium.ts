/**
 * Runs before `npm test`: the browser tests need Debian's Chromium (Playwright cannot download its own
 * browser here). Installs it with apt-get when running as root; otherwise says what to do.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

if (!existsSync(chromium)) {
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    process.stdout.write(`${chromium} is missing: installing Debian's chromium package for the browser tests…\n`);
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } else {
    process.stderr.write(
      `The browser tests need Chromium at ${chromium}.\n` +
        'Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.\n',
    );
    process.exit(1);
  }
}
