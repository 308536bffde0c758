import { describe, expect, it } from 'vitest'
import { createLakeClient } from './client'

const base = { projectId: 'abc123', dataset: 'production', apiVersion: '2025-06-01' }

describe('createLakeClient', () => {
  it("addresses Sanity's own API by project subdomain, never through the API CDN", () => {
    const config = createLakeClient({ ...base, apiHost: 'https://api.sanity.io' }).config()
    expect(config.url).toBe('https://abc123.api.sanity.io/v2025-06-01')
    expect(config.useCdn).toBe(false)
  })

  it('sends everything to another Content Lake-compatible host as-is, naming the project in a header', () => {
    const config = createLakeClient({ ...base, apiHost: 'http://localhost:4010' }).config()
    expect(config.url).toBe('http://localhost:4010/v2025-06-01')
    expect(config.useProjectHostname).toBe(false)
  })

  it('bounds every request with a timeout', () => {
    expect(createLakeClient({ ...base, apiHost: 'https://api.sanity.io' }).config().timeout).toBeGreaterThan(0)
  })
})
