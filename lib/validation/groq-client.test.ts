import { expect, test } from 'vitest'
import { createGroqClient, documentExistsIn } from './groq-client'

const documents = [
  { _id: 'post-a', _type: 'post', slug: { current: 'a' } },
  { _id: 'drafts.post-a', _type: 'post', slug: { current: 'a-renamed' } },
  { _id: 'post-b', _type: 'post', slug: { current: 'b' } },
]

test('answers GROQ with parameters over the documents it holds', async () => {
  const client = createGroqClient(documents)
  expect(await client.fetch('*[_type == $type && slug.current == $slug]._id', { type: 'post', slug: 'b' })).toEqual(['post-b'])
  expect(await client.fetch('count(*[_type == "post"])')).toBe(3)
})

test('raw sees drafts; published hides them', async () => {
  const raw = createGroqClient(documents)
  const published = raw.withConfig({ perspective: 'published' })
  expect(await raw.fetch('*[slug.current == "a-renamed"][0]._id')).toBe('drafts.post-a')
  expect(await published.fetch('*[slug.current == "a-renamed"][0]._id')).toBeNull()
  expect(published.config()).toMatchObject({ perspective: 'published' })
  expect(raw.config()).toMatchObject({ perspective: 'raw' })
})

test('runs the slug-uniqueness query Sanity’s validator sends', async () => {
  const client = createGroqClient(documents).withConfig({ perspective: 'raw' })
  const query = '!defined(*[_type == $docType && !sanity::versionOf($published) && slug.current == $slug][0]._id)'
  // A post's own draft does not make its slug taken; another post's slug does.
  expect(await client.fetch(query, { docType: 'post', published: 'post-a', slug: 'a-renamed' })).toBe(true)
  expect(await client.fetch(query, { docType: 'post', published: 'post-a', slug: 'b' })).toBe(false)
})

test('refuses perspectives it does not implement, and bad GROQ, with an error', async () => {
  expect(() => createGroqClient(documents, { perspective: 'drafts' as never })).toThrow(/perspective "drafts"/)
  await expect(createGroqClient(documents).fetch('*[')).rejects.toThrow()
})

test('documentExistsIn answers by id', async () => {
  const exists = documentExistsIn(documents)
  expect(await exists({ id: 'post-b' })).toBe(true)
  expect(await exists({ id: 'post-c' })).toBe(false)
})
