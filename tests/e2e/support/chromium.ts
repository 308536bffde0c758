import { chromium, type Browser } from 'playwright-core'
import { assertChromiumInstalled, chromiumPath } from './chromium-path.mjs'

export { assertChromiumInstalled }

export async function launchChromium(): Promise<Browser> {
  assertChromiumInstalled()
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}
