import { afterEach, describe, expect, it } from 'vitest'
import { VIDEO_HOSTS, openReaderPage, useBrowser, type ReaderPage } from './support/browser'
import { follow, postLinks, visit } from './support/reader'

const PLAYER_SRC = /^https:\/\/(www\.youtube-nocookie\.com\/embed\/|www\.youtube\.com\/embed\/|player\.vimeo\.com\/video\/)[\w-]+/

describe('a video embed in a post', () => {
  const browser = useBrowser()
  let reader: ReaderPage

  afterEach(async () => {
    expect(reader.problems, 'errors on the video post').toEqual([])
    await reader.context.close()
  })

  it('contacts no video site until the reader clicks play, then loads the player', async () => {
    reader = await openReaderPage(browser())
    const { page, thirdPartyRequests } = reader
    const videoRequests = () => thirdPartyRequests.filter((url) => VIDEO_HOSTS.test(new URL(url).hostname))

    await visit(page, '/blog/category/video')
    await follow(page, postLinks(page).first())
    const play = page
      .getByRole('main')
      .getByRole('link', { name: /^play video/i })
      .first()
    expect(await play.count(), "one play control on the Video category's latest post").toBe(1)

    await page.waitForLoadState('networkidle')
    await play.scrollIntoViewIfNeeded()
    await page.waitForTimeout(300)
    expect(await page.locator('iframe').count(), 'no iframe before play').toBe(0)
    expect(videoRequests(), 'no request to a video host before play').toEqual([])
    expect(thirdPartyRequests, 'no request to any other site before play').toEqual([])

    await play.click()
    const player = page.getByRole('main').locator('iframe')
    await player.waitFor({ state: 'attached', timeout: 5_000 })
    expect(await player.getAttribute('src')).toMatch(PLAYER_SRC)
    expect(await player.getAttribute('title'), 'the player iframe has a title for screen readers').toMatch(/\S/)
    // The network is closed here, so we can only see that the browser tried to load the player.
    await expect.poll(videoRequests).not.toEqual([])
  })

  it('starts from the keyboard and keeps focus on the player, not back at the top of the page', async () => {
    reader = await openReaderPage(browser())
    const { page } = reader
    await visit(page, '/blog/category/video')
    await follow(page, postLinks(page).first())
    const play = page
      .getByRole('main')
      .getByRole('link', { name: /^play video/i })
      .first()
    await play.focus()
    await page.keyboard.press('Enter')
    await page.getByRole('main').locator('iframe').waitFor({ state: 'attached', timeout: 5_000 })
    const focused = await page.evaluate(() => {
      const element = document.activeElement
      return element ? `<${element.tagName.toLowerCase()}${element.className ? ` class="${element.className}"` : ''}>` : 'nothing'
    })
    expect(focused, 'focus after pressing play').toMatch(/^<iframe/)
  })
})
