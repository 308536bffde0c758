import { describe, expect, it } from 'vitest'
import { isDraftModeCookie } from './draft-mode-cookie'

describe('isDraftModeCookie', () => {
  it('accepts only the build’s preview-mode id, as Next does', () => {
    expect(isDraftModeCookie('4f1c0a', '4f1c0a')).toBe(true)
    expect(isDraftModeCookie('forged', '4f1c0a')).toBe(false)
    expect(isDraftModeCookie('', '4f1c0a')).toBe(false)
    expect(isDraftModeCookie(undefined, '4f1c0a')).toBe(false)
  })

  it('accepts nothing when there is no build to read the id from', () => {
    expect(isDraftModeCookie('anything', null)).toBe(false)
  })
})
