// Debian's Chromium, as the browser tests and the benchmark drive it. Plain JS so the
// `npm run test:e2e` entry can check for the browser before anything is built.
import { accessSync, constants } from 'node:fs'

/** Debian's Chromium unless CHROME_PATH says otherwise. We never download a browser. */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium'

/** Headless, and quiet on a machine whose network is closed (no update or sync calls home). */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** A message a newcomer can act on when the browser is not installed, else undefined. */
export function chromiumMissingMessage() {
  try {
    accessSync(chromiumPath, constants.X_OK)
    return undefined
  } catch {
    return [
      `No Chromium at ${chromiumPath}.`,
      "The browser tests and the benchmark drive Debian's Chromium; install it with:",
      '  apt-get update && apt-get install -y chromium',
      'or point CHROME_PATH at an existing Chromium/Chrome binary.',
    ].join('\n')
  }
}

export function assertChromiumInstalled() {
  const message = chromiumMissingMessage()
  if (message) throw new Error(message)
}
