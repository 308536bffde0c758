import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { parseImageRequest, planTransform, transformImage, transformKey, type TransformedImage } from './transform'
import { createVariantCache, EncoderBusyError } from './variants'

// A real 1600x900 photo-like PNG (noise, so every crop encodes to different bytes).
const source = { extension: 'png', width: 1600, height: 900 }
const png = await sharp(Buffer.from(Array.from({ length: 1600 * 900 * 3 }, (_, index) => (index * 7919) % 251)), {
  raw: { width: 1600, height: 900, channels: 3 },
})
  .png()
  .toBuffer()

/** The variant a `/media/…png?<query>` request gets, through `cache`, counting real encodes. */
function requester(cache: ReturnType<typeof createVariantCache>) {
  const counts = { encodes: 0, active: 0, mostActive: 0 }
  const request = (query: string) => {
    const plan = planTransform(source, parseImageRequest(new URLSearchParams(query)), 'image/webp')!
    return cache.get(transformKey('0a1b2c-1600x900.png', plan), async (): Promise<TransformedImage> => {
      counts.encodes++
      counts.mostActive = Math.max(counts.mostActive, ++counts.active)
      try {
        return await transformImage(png, plan)
      } finally {
        counts.active--
      }
    })
  }
  return { request, counts }
}

describe('the /media variant cache', () => {
  it('encodes a variant once, however it is asked for and however many ask at once', async () => {
    const { request, counts } = requester(createVariantCache({ maxEntries: 100, maxBytes: 10e6, concurrency: 2, maxQueued: 32 }))
    const queries = ['w=640&auto=format', 'w=640&auto=format&x=1', 'auto=format&w=600', 'w=640&auto=format&cb=2&q=3']
    const answers = await Promise.all(Array.from({ length: 20 }, (_, index) => request(queries[index % queries.length]!)))
    answers.push(await request('w=639&auto=format&utm_source=x'))
    expect(counts.encodes).toBe(1)
    expect(new Set(answers).size).toBe(1)
    expect(await sharp(answers[0]!.body).metadata()).toMatchObject({ width: 640, format: 'webp' })
  })

  it('stays within its entry and byte bounds under a flood of distinct variants', async () => {
    const byEntries = createVariantCache({ maxEntries: 40, maxBytes: 100e6, concurrency: 2, maxQueued: 1_000 })
    const byBytes = createVariantCache({ maxEntries: 1_000, maxBytes: 60_000, concurrency: 2, maxQueued: 1_000 })
    for (const cache of [byEntries, byBytes]) {
      const { request, counts } = requester(cache)
      // 200 distinct crops, each a real variant: the attacker's best case, since widths snap.
      for (let batch = 0; batch < 200; batch += 20)
        await Promise.all(Array.from({ length: 20 }, (_, index) => request(`rect=${batch + index},0,800,800&w=128&fm=png`)))
      expect(counts.encodes).toBe(200)
      expect(cache.entries).toBeGreaterThan(0)
    }
    expect(byEntries.entries).toBeLessThanOrEqual(40)
    expect(byBytes.bytes).toBeLessThanOrEqual(60_000)
    expect(byBytes.entries).toBeLessThan(200)
  })

  it('leaves no decoded pixels in libvips: only the bounded cache above keeps anything', async () => {
    const { request } = requester(createVariantCache({ maxEntries: 100, maxBytes: 50e6, concurrency: 2, maxQueued: 32 }))
    for (let index = 0; index < 10; index++) await request(`rect=${index},0,1200,900&w=1080&fm=webp`)
    expect(sharp.cache()).toMatchObject({ memory: { current: 0 }, items: { current: 0 }, files: { current: 0 } })
  })

  it('runs at most `concurrency` encodes at once, and refuses past `maxQueued` waiting', async () => {
    const { request, counts } = requester(createVariantCache({ maxEntries: 100, maxBytes: 50e6, concurrency: 2, maxQueued: 4 }))
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, (_, index) => request(`rect=${index},0,1200,900&w=1080&fm=webp`)))
    expect(counts.mostActive).toBe(2)
    // Two encoding and four waiting are accepted; the rest are turned away at once.
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(6)
    for (const outcome of outcomes.filter((each) => each.status === 'rejected')) expect(outcome.reason).toBeInstanceOf(EncoderBusyError)
    // Once the queue has drained, requests are accepted again.
    await expect(request('rect=99,0,1200,900&w=1080&fm=webp')).resolves.toMatchObject({ contentType: 'image/webp' })
  })
})
