import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DIST_DIRS } from './global-setup'
import { get, mode } from './support'

/**
 * Any client can name new addresses. The page cache must not write a file for each one
 * (lib/page-cache/handler.js, keepsOnDisk): 404s and the reads behind them, and new search
 * terms, stay in Next's bounded in-memory cache, so the disk holds one entry per page that exists.
 */

const distDir = () => path.join(process.cwd(), DIST_DIRS[mode()])

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
}

/** Addresses a client makes up, one for each kind of page that takes a name or a number from the address. */
const madeUp = (token: string, index: number) =>
  [
    `/blog/${token}`,
    `/blog/category/${token}`,
    `/blog/category/${token}/page/2`,
    `/authors/${token}`,
    `/blog/page/${1000 + index}`,
    `/share-cards/post/${token}`,
    `/share-cards/category/${token}`,
    `/search?q=${token}`,
  ][index % 8]!

describe('addresses made up by clients leave nothing on disk', () => {
  it('400 random addresses, two at a time: no file for any of them, no new data-cache file', { timeout: 180_000 }, async () => {
    const fetchCache = path.join(distDir(), 'cache', 'fetch-cache')
    const dataEntriesBefore = filesUnder(fetchCache).length
    const tokens = Array.from({ length: 400 }, () => `made-up-${randomBytes(6).toString('hex')}`)

    let next = 0
    const statuses = new Map<number, number>()
    const client = async () => {
      while (next < tokens.length) {
        const index = next++
        const response = await get(madeUp(tokens[index]!, index))
        await response.arrayBuffer()
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
      }
    }
    await Promise.all([client(), client()])
    // Search answers 200 (no results); everything else is a 404.
    expect(statuses).toEqual(
      new Map([
        [404, 350],
        [200, 50],
      ]),
    )

    const written = filesUnder(path.join(distDir(), 'server')).filter(
      (file) => tokens.some((token) => file.includes(token)) || /blog\/page\/1\d{3}\b/.test(file),
    )
    expect(written).toEqual([])
    expect(filesUnder(fetchCache).length).toBe(dataEntriesBefore)
  })
})
