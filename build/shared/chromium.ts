// How every script and test here starts Debian's Chromium: its path (overridable), and no background traffic,
// which would only hit this machine's closed network.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
}
