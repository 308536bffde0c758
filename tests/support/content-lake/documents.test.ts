import { describe, expect, it } from 'vitest'
import { createDocumentStore, eventsFor, type Transaction } from './documents'
import { sourceMapFor } from './source-maps'
import { documentedWebhooks, webhookBodies } from './webhook'

const post = { _id: 'post-a', _type: 'post', title: 'A', slug: { _type: 'slug', current: 'a' }, _createdAt: '2024-01-01T00:00:00Z' }
const author = { _id: 'author-x', _type: 'author', name: 'X' }

function storeWithLog() {
  const store = createDocumentStore([post, author])
  const log: Transaction[] = []
  store.subscribe((transaction) => log.push(transaction))
  return { store, log }
}

describe('the stand-in Content Lake: documents', () => {
  it('gives every document a transaction touches its id as _rev, and keeps _createdAt', async () => {
    const { store } = storeWithLog()
    const { transaction } = await store.mutate([{ patch: { id: 'post-a', set: { title: 'B' } } }], { transactionId: 'tx-client' })
    expect(transaction.id).toBe('tx-client')
    expect(store.get('post-a')).toMatchObject({ title: 'B', _rev: 'tx-client', _createdAt: '2024-01-01T00:00:00Z' })
    expect(store.revision('post-a', 'tx-client')?.title).toBe('B')
  })

  it('refuses a patch on a stale revision and a dangling strong reference, leaving nothing half-done', async () => {
    const { store, log } = storeWithLog()
    await store.mutate([{ patch: { id: 'post-a', set: { title: 'B' } } }], { transactionId: 'r1' })
    await expect(store.mutate([{ patch: { id: 'post-a', ifRevisionID: 'r0', set: { title: 'C' } } }])).rejects.toMatchObject({
      status: 409,
    })
    await expect(
      store.mutate([
        { patch: { id: 'post-a', set: { title: 'D' } } },
        { patch: { id: 'post-a', set: { author: { _type: 'reference', _ref: 'nobody' } } } },
      ]),
    ).rejects.toMatchObject({ status: 409 })
    expect(store.get('post-a')?.title).toBe('B')
    expect(log).toHaveLength(1)
  })

  it('edit starts the draft from the published document; publish replaces it and removes the draft', () => {
    const { store } = storeWithLog()
    store.act(
      [{ actionType: 'sanity.action.document.edit', draftId: 'drafts.post-a', publishedId: 'post-a', patch: { set: { title: 'Draft' } } }],
      {
        transactionId: 'e1',
      },
    )
    expect(store.get('drafts.post-a')).toMatchObject({ title: 'Draft', slug: { current: 'a' }, _rev: 'e1' })
    expect(store.get('post-a')?.title).toBe('A')

    expect(() =>
      store.act([
        { actionType: 'sanity.action.document.publish', draftId: 'drafts.post-a', publishedId: 'post-a', ifPublishedRevisionId: 'stale' },
      ]),
    ).toThrow(/changed since revision/)
    const published = store.act([{ actionType: 'sanity.action.document.publish', draftId: 'drafts.post-a', publishedId: 'post-a' }])
    expect(store.get('post-a')).toMatchObject({ title: 'Draft', _rev: published.id, _createdAt: '2024-01-01T00:00:00Z' })
    expect(store.get('drafts.post-a')).toBeUndefined()
    expect(published.changes.map((change) => [change.id, Boolean(change.before), Boolean(change.after)])).toEqual([
      ['post-a', true, true],
      ['drafts.post-a', true, false],
    ])
  })

  it('create, discard, unpublish and delete act on drafts as the Content Lake does', () => {
    const { store } = storeWithLog()
    store.act([
      {
        actionType: 'sanity.action.document.create',
        publishedId: 'post-new',
        attributes: { _id: 'drafts.post-new', _type: 'post' },
        ifExists: 'fail',
      },
    ])
    expect(store.get('drafts.post-new')?._type).toBe('post')
    expect(() =>
      store.act([
        {
          actionType: 'sanity.action.document.create',
          publishedId: 'post-new',
          attributes: { _id: 'drafts.post-new', _type: 'post' },
          ifExists: 'fail',
        },
      ]),
    ).toThrow(/already exists/)
    store.act([{ actionType: 'sanity.action.document.discard', draftId: 'drafts.post-new' }])
    expect(store.get('drafts.post-new')).toBeUndefined()

    store.act([{ actionType: 'sanity.action.document.unpublish', draftId: 'drafts.post-a', publishedId: 'post-a' }])
    expect(store.get('post-a')).toBeUndefined()
    expect(store.get('drafts.post-a')?.title).toBe('A')
    store.act([{ actionType: 'sanity.action.document.delete', publishedId: 'post-a', includeDrafts: ['drafts.post-a'] }])
    expect(store.get('drafts.post-a')).toBeUndefined()
  })

  it('tells each listener the documents it matches, counted per listener, with replayable mutations and mendoza effects', async () => {
    const { store, log } = storeWithLog()
    await store.mutate([{ patch: { id: 'post-a', set: { title: 'B' } } }, { patch: { id: 'author-x', set: { name: 'Y' } } }])
    const [transaction] = log as [Transaction]
    const posts = await eventsFor({ query: '*[_type == "post"]', params: {} }, transaction)
    expect(posts).toHaveLength(1)
    const [event] = posts as [NonNullable<(typeof posts)[0]>]
    expect(event).toMatchObject({
      documentId: 'post-a',
      transactionId: transaction.id,
      transition: 'update',
      resultRev: transaction.id,
      transactionTotalEvents: 1,
      transactionCurrentEvent: 1,
      visibility: 'query',
    })
    expect(event.mutations).toEqual([{ createOrReplace: store.get('post-a') }])
    expect(event.effects.apply).toEqual([0, expect.objectContaining({ title: 'B' })])
    expect(event.effects.revert).toEqual([0, expect.objectContaining({ title: 'A' })])

    const both = await eventsFor({ query: '*[_id in $ids]', params: { ids: ['post-a', 'author-x'] } }, transaction)
    expect(both.map((e) => [e.documentId, e.transactionCurrentEvent, e.transactionTotalEvents])).toEqual([
      ['post-a', 1, 2],
      ['author-x', 2, 2],
    ])

    await store.mutate([{ delete: { id: 'post-a' } }])
    const [gone] = await eventsFor({ query: '*[_type == "post"]', params: {} }, log[1]!)
    expect(gone).toMatchObject({ transition: 'disappear', mutations: [{ delete: { id: 'post-a' } }], effects: { apply: [0, null] } })
    // Chained as the Content Lake chains it: from the last revision to the deleting transaction.
    expect(gone).toMatchObject({ previousRev: log[0]!.id, resultRev: log[1]!.id })
  })

  it('projects the documented webhook on publishes only, with the previous slug from before()', async () => {
    const { store, log } = storeWithLog()
    store.act([
      {
        actionType: 'sanity.action.document.edit',
        draftId: 'drafts.post-a',
        publishedId: 'post-a',
        patch: { set: { 'slug.current': 'b' } },
      },
    ])
    const [revalidate] = documentedWebhooks()
    expect(await webhookBodies(log[0]!, revalidate!)).toEqual([])
    store.act([{ actionType: 'sanity.action.document.publish', draftId: 'drafts.post-a', publishedId: 'post-a' }])
    // `rev`: the revision the publish made, which the site waits to read before it revalidates.
    expect(await webhookBodies(log[1]!, revalidate!)).toEqual([
      { _id: 'post-a', _type: 'post', rev: log[1]!.id, slug: 'b', previousSlug: 'a' },
    ])
  })

  it('sends "Check now" once per request: the checker replacing the record without the stamp asks for no second check', async () => {
    const { store, log } = storeWithLog()
    const checkNow = documentedWebhooks().find((webhook) => webhook.name === 'check-now')!
    const health = {
      _id: 'sourceHealth-citation-a',
      _type: 'sourceHealth',
      citation: { _type: 'reference', _ref: 'citation-a', _weak: true },
    }
    await store.mutate([{ createIfNotExists: health }, { patch: { id: health._id, set: { checkRequestedAt: '2026-12-07T10:00:00Z' } } }])
    expect(await webhookBodies(log.at(-1)!, checkNow)).toEqual([{ _id: 'sourceHealth-citation-a', _type: 'sourceHealth' }])
    await store.mutate([{ createOrReplace: { ...health, status: 'ok', checkedAt: '2026-12-07T10:00:02Z' } }])
    expect(await webhookBodies(log.at(-1)!, checkNow)).toEqual([])
  })
})

describe('the stand-in Content Lake: Content Source Maps', () => {
  it('maps each string of a projection to its document and keyed path, drafts under their own id', () => {
    const draft = {
      _id: 'drafts.post-a',
      _type: 'post',
      title: 'Draft title',
      body: [{ _key: 'b1', _type: 'block', children: [{ _key: 's1', _type: 'span', text: 'Hello' }] }],
    }
    const byId = (id: string) => (id === draft._id ? draft : undefined)
    const result = [{ _id: 'post-a', _originalId: 'drafts.post-a', title: 'Draft title', text: 'Hello', computed: 'not in the document' }]
    const map = sourceMapFor(result, byId)
    expect(map.documents).toEqual([{ _id: 'drafts.post-a', _type: 'post' }])
    expect(map.paths).toEqual(["$['title']", "$['body'][?(@._key=='b1')]['children'][?(@._key=='s1')]['text']"])
    expect(Object.keys(map.mappings)).toEqual(["$[0]['title']", "$[0]['text']"])
    expect(map.mappings["$[0]['text']"]).toEqual({ type: 'value', source: { type: 'documentValue', document: 0, path: 1 } })
  })
})
