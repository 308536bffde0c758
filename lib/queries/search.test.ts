import { describe, expect, it } from 'vitest'
import { DEMO_DATASET_PATH } from '../source/local'
import { createDataLayer } from '.'
import { searchTerms, singularStem } from './search'

describe('singularStem', () => {
  it('drops a plural ending so singular and plural share a prefix', () => {
    expect(singularStem('vitamins')).toBe('vitamin')
    expect(singularStem('supplements')).toBe('supplement')
    expect(singularStem('studies')).toBe('stud')
    expect(singularStem('boxes')).toBe('box')
    expect(singularStem('vitamin')).toBe('vitamin')
  })

  it('leaves short words and words that only look plural alone', () => {
    for (const word of ['gas', 'bus', 'glass', 'virus', 'analysis', 'osteocalcin']) expect(singularStem(word), word).toBe(word)
  })
})

describe('search', () => {
  const { searchPosts } = createDataLayer({ source: { kind: 'local', dataset: DEMO_DATASET_PATH }, insideNext: false })
  const slugs = async (query: string) => {
    const outcome = await searchPosts(query)
    return outcome.status === 'results' ? outcome.posts.map((post) => post.slug).sort() : []
  }

  it('finds the same posts for "vitamin" and "vitamins", and for "supplement" and "supplements"', async () => {
    expect(searchTerms('Vitamins')).toEqual(['vitamin*'])
    const singular = await slugs('vitamin')
    expect(singular.length).toBeGreaterThan(5)
    expect(await slugs('vitamins')).toEqual(singular)
    expect(await slugs('supplements')).toEqual(await slugs('supplement'))
  })
})
