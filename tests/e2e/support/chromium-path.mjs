// Plain JS so the `npm run test:e2e` entry can check for the browser before anything is built.
import { accessSync, constants } from 'node:fs'

/** Debian's Chromium unless CHROME_PATH says otherwise. We never download a browser. */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium'

/** Throws a message a newcomer can act on when the browser is not installed. */
export function assertChromiumInstalled() {
  try {
    accessSync(chromiumPath, constants.X_OK)
  } catch {
    throw new Error(
      [
        `No Chromium at ${chromiumPath}.`,
        "The browser tests drive Debian's Chromium; install it with:",
        '  apt-get update && apt-get install -y chromium',
        'or point CHROME_PATH at an existing Chromium/Chrome binary.',
      ].join('\n'),
    )
  }
}
