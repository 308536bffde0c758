import { chromium, type Browser } from 'playwright-core'
import { assertChromiumInstalled, CHROMIUM_FLAGS, chromiumPath } from '../../../scripts/chromium.mjs'

export { assertChromiumInstalled }

export async function launchChromium(): Promise<Browser> {
  assertChromiumInstalled()
  return chromium.launch({
    executablePath: chromiumPath,
    args: CHROMIUM_FLAGS,
  })
}
