import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isDraftModeCookie, previewModeIdIn } from './draft-mode-cookie'

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

describe('previewModeIdIn', () => {
  it('reads preview.previewModeId from a build’s prerender-manifest.json', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'draft-mode-cookie-'))
    expect(previewModeIdIn(dir)).toBeNull()
    writeFileSync(path.join(dir, 'prerender-manifest.json'), JSON.stringify({ preview: { previewModeId: 'abc123' } }))
    expect(previewModeIdIn(dir)).toBe('abc123')
    writeFileSync(path.join(dir, 'prerender-manifest.json'), JSON.stringify({ preview: {} }))
    expect(previewModeIdIn(dir)).toBeNull()
  })
})
