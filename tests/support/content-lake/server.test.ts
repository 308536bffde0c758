import { connect, type ClientHttp2Session } from 'node:http2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startContentLake, type ContentLake } from '.'

/** The stand-in as a signed-in Studio reaches it: HTTP/2 over TLS under its throwaway CA, an editor's session token. */
describe('the stand-in Content Lake over HTTP/2', () => {
  let lake: ContentLake
  let session: ClientHttp2Session
  const token = 'editor-session-token'

  beforeAll(async () => {
    lake = await startContentLake({
      tls: true,
      documents: [
        { _id: 'post-a', _type: 'post', title: 'A' },
        { _id: 'author-a', _type: 'author', name: 'A' },
      ],
      users: [{ token, id: 'editor-1', name: 'Edna Editor', roles: ['editor'] }],
    })
    session = connect(`https://127.0.0.1:${lake.securePort}`, { ca: lake.caCertificate, servername: 'localhost' })
    await new Promise((resolve, reject) => session.once('connect', resolve).once('error', reject))
  })
  afterAll(async () => {
    session?.close()
    await lake?.close()
  })

  function request(path: string, init: { method?: string; body?: unknown } = {}) {
    const stream = session.request({
      ':method': init.method ?? 'GET',
      ':path': path,
      // The Studio addresses the project as a subdomain of the API host.
      ':authority': `${lake.projectId}.localhost:${lake.securePort}`,
      authorization: `Bearer ${token}`,
      ...(init.body ? { 'content-type': 'application/json' } : {}),
    })
    if (init.body) stream.end(JSON.stringify(init.body))
    else stream.end()
    return stream
  }

  async function json(path: string, init?: { method?: string; body?: unknown }) {
    const stream = request(path, init)
    let text = ''
    for await (const chunk of stream) text += String(chunk)
    return JSON.parse(text) as Record<string, unknown>
  }

  it('negotiates HTTP/2 and knows the signed-in editor', async () => {
    expect(session.alpnProtocol).toBe('h2')
    expect(await json('/v2025-06-01/users/me')).toMatchObject({ id: 'editor-1', name: 'Edna Editor', roles: [{ name: 'editor' }] })
    // The profiles of whoever edited a document, one or several at once.
    expect(await json('/v2025-06-01/users/another-editor')).toMatchObject({ id: 'another-editor' })
    expect(await json('/v2025-06-01/users/editor-1,another-editor')).toMatchObject([{ id: 'editor-1' }, { id: 'another-editor' }])
  })

  it("answers the editor's project grants, which the Studio's navbar reads", async () => {
    expect(await json(`/v2021-12-15/projects/${lake.projectId}/grants`)).toEqual({
      'sanity.project': [{ grants: [{ name: 'read', params: {} }], config: {} }],
    })
  })

  it('streams a listener the mutation an action makes, with _rev equal to the transaction id', async () => {
    const stream = request(
      `/v2025-06-01/data/listen/production?query=${encodeURIComponent('*[_id in $ids]')}&%24ids=${encodeURIComponent('["drafts.post-a"]')}`,
    )
    let buffered = ''
    const event = new Promise<Record<string, unknown>>((resolve) => {
      stream.on('data', (chunk) => {
        buffered += String(chunk)
        const mutation = /event: mutation\ndata: (.+)\n/.exec(buffered)
        if (mutation) resolve(JSON.parse(mutation[1]!) as Record<string, unknown>)
      })
    })
    await new Promise((resolve) => stream.once('data', resolve)) // welcome
    const { transactionId } = await json('/v2025-06-01/data/actions/production', {
      method: 'POST',
      body: {
        transactionId: 'studio-tx-1',
        actions: [
          { actionType: 'sanity.action.document.edit', draftId: 'drafts.post-a', publishedId: 'post-a', patch: { set: { title: 'B' } } },
        ],
      },
    })
    expect(transactionId).toBe('studio-tx-1')
    expect(await event).toMatchObject({ documentId: 'drafts.post-a', transition: 'appear', resultRev: 'studio-tx-1', identity: 'editor-1' })
    stream.close()
  })

  it('streams live events for drafts only to a client with a token, a restart after each transaction', async () => {
    const refused = await fetch(`${lake.apiHost}/v2025-06-01/data/live/events/production?includeDrafts=true`, {
      headers: { 'X-Sanity-Project-ID': lake.projectId },
    })
    expect(refused.status).toBe(401)

    const stream = request('/v2025-06-01/data/live/events/production?includeDrafts=true')
    let buffered = ''
    const restart = new Promise<string>((resolve) => {
      stream.on('data', (chunk) => {
        buffered += String(chunk)
        const event = /event: restart\ndata: (.+)\n/.exec(buffered)
        if (event) resolve(event[1]!)
      })
    })
    await new Promise((resolve) => stream.once('data', resolve)) // welcome
    await json('/v2025-06-01/data/actions/production', {
      method: 'POST',
      body: {
        transactionId: 'studio-tx-live',
        actions: [
          { actionType: 'sanity.action.document.edit', draftId: 'drafts.author-a', publishedId: 'author-a', patch: { set: { name: 'B' } } },
        ],
      },
    })
    expect(JSON.parse(await restart)).toEqual({ id: 'studio-tx-live' })
    stream.close()
  })

  it('answers plain HTTP/1.1 on its other port, and names what it cannot answer', async () => {
    const response = await fetch(`${lake.apiHost}/v2025-06-01/no-such-endpoint`)
    expect(response.status).toBe(404)
    expect(lake.unanswered).toContainEqual(expect.objectContaining({ path: '/v2025-06-01/no-such-endpoint', status: 404 }))
  })

  it('answers documents by id and their history, as the Studio reads them when it opens a document', async () => {
    const headers = { authorization: `Bearer ${token}`, 'x-sanity-project-id': lake.projectId }
    const docs = (await (
      await fetch(`${lake.apiHost}/v2025-06-01/data/doc/production/post-a,drafts.post-a,post-gone`, { headers })
    ).json()) as {
      documents: Array<{ _id: string; title: string }>
      omitted: Array<{ id: string; reason: string }>
    }
    expect(docs.documents.map((doc) => [doc._id, doc.title])).toEqual([
      ['post-a', 'A'],
      ['drafts.post-a', 'B'],
    ])
    expect(docs.omitted).toEqual([{ id: 'post-gone', reason: 'existence' }])
    const history = await (
      await fetch(`${lake.apiHost}/v2025-06-01/data/history/production/transactions/drafts.post-a`, { headers })
    ).text()
    const transactions = history
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; effects: Record<string, { apply: unknown[]; revert: unknown[] }> })
    expect(transactions.map((transaction) => transaction.id)).toEqual(['studio-tx-1'])
    // The draft was created by this transaction: its effect reverts to nothing (the Studio's history reads this).
    expect(transactions[0]!.effects['drafts.post-a']!.revert).toEqual([0, null])
    expect(transactions[0]!.effects['drafts.post-a']!.apply).toEqual([0, expect.objectContaining({ title: 'B' })])
    const revision = (await (
      await fetch(`${lake.apiHost}/v2025-06-01/data/history/production/documents/drafts.post-a?revision=studio-tx-1`, { headers })
    ).json()) as { documents: Array<{ title: string }> }
    expect(revision.documents.map((doc) => doc.title)).toEqual(['B'])
  })
  it("answers the Studio's document-list and search queries (text::query), which groq-js alone refuses", async () => {
    // The query a Structure list sends (sanity 6.16, createSearchQuery with nothing typed: `$__query` is "*").
    const list =
      '// findability-mvi:5\n*[_type in $__types && ([@, _id] match text::query($__query) || references($__rawQuery))] ' +
      '{_type, _id, _originalId, "orderings": [_updatedAt]} | order(orderings[0] desc) [0...$__limit]'
    const search =
      '*[_type in $__types] | score(boost(_type in ["post"] && title match text::query($__query), 10), ' +
      '([@, _id] match text::query($__query) || references($__rawQuery))) [_score > 0] {_type, _id} | order(_score desc) [0...$__limit]'
    const ask = async (query: string, typed: string) => {
      const params = { __types: ['post'], __limit: 51, __query: typed, __rawQuery: typed.replace(/\*$/, '') }
      const response = await json('/v2025-06-01/data/query/production?perspective=drafts', { method: 'POST', body: { query, params } })
      return (response.result as Array<{ _id: string }>).map((doc) => doc._id)
    }
    expect(await ask(list, '*')).toEqual(['post-a'])
    expect(await ask(search, 'b*')).toEqual(['post-a'])
    expect(await ask(search, 'zebra*')).toEqual([])
  })
})
