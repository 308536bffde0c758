import { describe, expect, it } from 'vitest'
import { MAX_QUERY_LENGTH, MAX_SEGMENT_LENGTH, allowedMethods, judgeRequest } from './guard'

describe('judgeRequest', () => {
  it('passes ordinary reads, encoded non-ASCII slugs and search queries', () => {
    expect(judgeRequest('GET', '/blog/vitamin-d', '')).toEqual({ kind: 'pass' })
    expect(judgeRequest('HEAD', '/blog/caf%C3%A9', '')).toEqual({ kind: 'pass' })
    expect(judgeRequest('GET', '/search', 'q=bone+health%20%C3%A9')).toEqual({ kind: 'pass' })
    expect(judgeRequest('POST', '/api/revalidate', '')).toEqual({ kind: 'pass' })
  })

  it('refuses malformed percent-escapes and control characters in the path or the query', () => {
    for (const [path, query] of [
      ['/blog/%', ''],
      ['/blog/%E0%A4%A', ''],
      ['/media/%ZZ.png', ''],
      ['/blog/a%00b', ''],
      ['/blog/a%0Ab', ''],
      ['/search', 'q=%'],
      ['/search', 'q=%00'],
    ]) {
      expect(judgeRequest('GET', path!, query!).kind, `${path}?${query}`).toBe('bad-request')
    }
  })

  it('answers other methods on pages with 405 and leaves API routes their own methods', () => {
    expect(judgeRequest('POST', '/search', '')).toEqual({ kind: 'method-not-allowed', allow: ['GET', 'HEAD'] })
    expect(judgeRequest('DELETE', '/studio', '').kind).toBe('method-not-allowed')
    expect(judgeRequest('PUT', '/api/draft-mode/enable', '').kind).toBe('pass')
  })

  it('names what each path allows: pages GET and HEAD, an API route its own methods, an unknown API path none', () => {
    expect(allowedMethods('/blog/vitamin-d')).toEqual(['GET', 'HEAD'])
    expect(allowedMethods('/api/revalidate')).toEqual(['POST'])
    expect(allowedMethods('/api/draft-mode/disable')).toEqual(['GET', 'HEAD'])
    expect(allowedMethods('/api/none')).toEqual([])
  })

  it('sends very long slugs to the 404 and very long addresses to 414', () => {
    expect(judgeRequest('GET', `/blog/${'a'.repeat(MAX_SEGMENT_LENGTH + 1)}`, '').kind).toBe('not-found')
    expect(judgeRequest('GET', `/blog/${'a'.repeat(MAX_SEGMENT_LENGTH)}`, '').kind).toBe('pass')
    expect(judgeRequest('GET', '/search', `q=${'a'.repeat(MAX_QUERY_LENGTH)}`).kind).toBe('uri-too-long')
  })
})
