import { afterEach, describe, expect, it } from 'vitest'
import { ContentLakeUnavailableError, OPEN_FOR_MS, isOutage, lakeAvailability, throughBreaker } from './index'

const httpError = (statusCode: number) => Object.assign(new Error(`HTTP ${statusCode}`), { statusCode })

describe('the Content Lake availability breaker', () => {
  afterEach(() => lakeAvailability.reportSuccess())

  it('counts no answer, 5xx and 429 as an outage, not a bad query or a missing token', () => {
    expect(isOutage(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(true)
    expect(isOutage(httpError(500))).toBe(true)
    expect(isOutage(httpError(429))).toBe(true)
    expect(isOutage(httpError(400))).toBe(false)
    expect(isOutage(httpError(401))).toBe(false)
  })

  it('after a failed read, fails at once without calling the lake, then tries again', async () => {
    await expect(throughBreaker(() => Promise.reject(httpError(503)))).rejects.toBeInstanceOf(ContentLakeUnavailableError)
    expect(lakeAvailability.isDown()).toBe(true)
    let called = false
    await expect(
      throughBreaker(async () => {
        called = true
      }),
    ).rejects.toBeInstanceOf(ContentLakeUnavailableError)
    expect(called).toBe(false)
    expect(lakeAvailability.retryAfterSeconds()).toBeLessThanOrEqual(OPEN_FOR_MS / 1000)
    expect(lakeAvailability.isDown(Date.now() + OPEN_FOR_MS + 1)).toBe(false)
  })

  it('a query error passes through as itself and leaves the breaker closed', async () => {
    await expect(throughBreaker(() => Promise.reject(httpError(400)))).rejects.toThrow('HTTP 400')
    expect(lakeAvailability.isDown()).toBe(false)
  })

  it('a success closes it', async () => {
    lakeAvailability.reportFailure()
    lakeAvailability.reportSuccess()
    expect(await throughBreaker(async () => 'ok')).toBe('ok')
  })
})
