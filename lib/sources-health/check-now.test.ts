import { encodeSignatureHeader } from '@sanity/webhook'
import { describe, expect, test } from 'vitest'
import { NETWORK_UNAVAILABLE, createCheckNowHandler } from './check-now'

const SECRET = 'check-now-secret'

async function signed(body: unknown, { secret = SECRET, timestamp = Date.now() } = {}) {
  const payload = JSON.stringify(body)
  return new Request('http://localhost/api/sources/check', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sanity-webhook-signature': await encodeSignatureHeader(payload, timestamp, secret) },
    body: payload,
  })
}

function setup(secret: string | undefined) {
  const checked: string[] = []
  const POST = createCheckNowHandler({
    secret,
    checkCitation: async (id) => (
      checked.push(id),
      id === 'citation-missing' ? null : id === 'citation-offline' ? NETWORK_UNAVAILABLE : 'ok'
    ),
  })
  return { POST, checked }
}

describe('"Check now" route', () => {
  test('a signed request for a health document checks exactly its citation', async () => {
    const { POST, checked } = setup(SECRET)
    const response = await POST(await signed({ _id: 'sourceHealth-citation-ods', _type: 'sourceHealth' }))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ citationId: 'citation-ods', status: 'ok' })
    expect(checked).toEqual(['citation-ods'])
  })

  test('unsigned, forged or stale requests check nothing', async () => {
    const { POST, checked } = setup(SECRET)
    const body = { _id: 'sourceHealth-citation-ods', _type: 'sourceHealth' }
    expect((await POST(new Request('http://localhost/', { method: 'POST', body: JSON.stringify(body) }))).status).toBe(401)
    expect((await POST(await signed(body, { secret: 'wrong' }))).status).toBe(401)
    expect((await POST(await signed(body, { timestamp: Date.now() - 10 * 60 * 1000 }))).status).toBe(401)
    expect(checked).toEqual([])
  })

  test('bad bodies are 400, an unknown citation 404, a server without the setup 503', async () => {
    const { POST } = setup(SECRET)
    expect((await POST(await signed({ _id: 'citation-ods', _type: 'citation' }))).status).toBe(400)
    expect((await POST(await signed({ _id: 'elsewhere', _type: 'sourceHealth' }))).status).toBe(400)
    expect((await POST(await signed({ _id: 'sourceHealth-citation-missing', _type: 'sourceHealth' }))).status).toBe(404)
    expect((await setup(undefined).POST(await signed({ _id: 'sourceHealth-citation-ods', _type: 'sourceHealth' }))).status).toBe(503)
  })

  test('a check the server could not run for want of a network is a 503, not a status', async () => {
    const response = await setup(SECRET).POST(await signed({ _id: 'sourceHealth-citation-offline', _type: 'sourceHealth' }))
    expect(response.status).toBe(503)
    expect(await response.text()).toMatch(/could not reach the network.*nothing was recorded/)
  })
})
