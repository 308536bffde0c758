import { randomBytes } from 'node:crypto'
import { Mutation, type Mut } from '@sanity/mutator'
import { evaluate, parse } from 'groq-js'
import type { SanityDocument } from '../../../lib/source/dataset-file'

/**
 * The stand-in's documents as the Content Lake keeps them: every accepted transaction gives each
 * document it touches `_rev` = the transaction id (the Studio's optimistic updates rely on that),
 * is kept in order with each document's revision before and after (history, listeners, webhooks),
 * and is told to subscribers. Mutations (`/data/mutate`) and document actions (`/data/actions`,
 * what the Studio publishes with) both end up here.
 */

export class LakeError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(LakeError.describe(body) ?? `status ${status}`)
  }

  /** The API's two error shapes: `{message}` and `{error: {description}}`. */
  static describe(body: unknown): string | undefined {
    if (typeof body !== 'object' || !body) return undefined
    if ('message' in body) return String(body.message)
    const error = (body as { error?: { description?: string } }).error
    return error?.description
  }
}

const conflict = (description: string, type = 'mutationError') => new LakeError(409, { error: { description, type } })
const badRequest = (description: string, type = 'actionError') => new LakeError(400, { error: { description, type } })

export interface Change {
  id: string
  before?: SanityDocument
  after?: SanityDocument
}

export interface Transaction {
  id: string
  timestamp: string
  /** The user (or token) that sent it. */
  identity: string
  /** What was sent: mutations, or actions. */
  request: unknown[]
  changes: Change[]
}

export interface CommitOptions {
  /** The client may name its transaction (the Studio does, and expects `_rev` to be it). */
  transactionId?: string
  identity?: string
}

export const draftIdOf = (id: string) => (id.startsWith('drafts.') ? id : `drafts.${id}`)
export const publishedIdOf = (id: string) => id.replace(/^drafts\./, '')

/** Ids a value references strongly (`_weak` references may dangle, as on the real API). */
function strongReferences(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => strongReferences(item, out))
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record._ref === 'string' && record._weak !== true) out.add(record._ref)
    for (const [key, child] of Object.entries(record)) if (key !== '_ref') strongReferences(child, out)
  }
  return out
}

async function select(query: string, params: Record<string, unknown>, dataset: SanityDocument[]) {
  return (await (await evaluate(parse(query, { params }), { dataset, params })).get()) as unknown
}

type PatchOperations = Record<string, unknown>

export function createDocumentStore(initial: Iterable<SanityDocument>) {
  const docs = new Map<string, SanityDocument>()
  for (const doc of initial) docs.set(doc._id, doc)
  const transactions: Transaction[] = []
  /** Every revision a transaction wrote, by `<id>@<rev>`, for the history API. */
  const revisions = new Map<string, SanityDocument>()
  const subscribers = new Set<(transaction: Transaction) => void>()

  /** A working copy one transaction edits; committed whole or not at all. */
  function begin() {
    const working = new Map(docs)
    const touched = new Set<string>()
    return {
      get: (id: string) => working.get(id),
      has: (id: string) => working.has(id),
      values: () => [...working.values()],
      put(doc: SanityDocument) {
        working.set(doc._id, doc)
        touched.add(doc._id)
      },
      remove(id: string) {
        if (working.delete(id)) touched.add(id)
      },
      patch(id: string, operations: PatchOperations) {
        const current = working.get(id)
        if (!current) throw new LakeError(404, { error: { description: `Document "${id}" not found`, type: 'mutationError' } })
        const next = new Mutation({ mutations: [{ patch: { ...operations, id } } as Mut] }).apply(current) as SanityDocument
        this.put(next)
      },
      commit(request: unknown[], options: CommitOptions = {}): Transaction {
        const id = options.transactionId ?? randomBytes(11).toString('hex')
        const timestamp = new Date().toISOString()
        const changes: Change[] = []
        for (const docId of touched) {
          const before = docs.get(docId)
          const next = working.get(docId)
          if (!before && !next) continue
          const after = next && {
            ...next,
            _createdAt: (next._createdAt as string | undefined) ?? before?._createdAt ?? timestamp,
            _updatedAt: timestamp,
            _rev: id,
          }
          changes.push({ id: docId, before, after })
        }
        for (const { id: docId, after } of changes) {
          for (const ref of strongReferences(after)) {
            if (!working.has(ref)) throw conflict(`Document "${docId}" references non-existent document "${ref}"`)
          }
        }
        for (const { id: docId, after } of changes) {
          if (after) {
            docs.set(docId, after)
            revisions.set(`${docId}@${id}`, after)
          } else docs.delete(docId)
        }
        const transaction: Transaction = { id, timestamp, identity: options.identity ?? 'stand-in', request, changes }
        transactions.push(transaction)
        for (const subscriber of subscribers) subscriber(transaction)
        return transaction
      },
    }
  }

  /** `POST /data/mutate`: create, createOrReplace, createIfNotExists, patch, delete (by id or query). */
  async function mutate(mutations: Array<Record<string, Record<string, unknown>>>, options: CommitOptions = {}) {
    const tx = begin()
    const results: Array<{ id: string; operation: string }> = []
    for (const mutation of mutations) {
      const [operation, argument] = Object.entries(mutation)[0] as [string, Record<string, unknown>]
      if (operation === 'create' || operation === 'createOrReplace' || operation === 'createIfNotExists') {
        const doc = { ...argument, _id: String(argument._id ?? randomBytes(10).toString('hex')) } as SanityDocument
        if (tx.has(doc._id) && operation !== 'createOrReplace') {
          if (operation === 'createIfNotExists') {
            results.push({ id: doc._id, operation: 'none' })
            continue
          }
          throw conflict(`Document by ID "${doc._id}" already exists`)
        }
        results.push({ id: doc._id, operation: tx.has(doc._id) ? 'update' : 'create' })
        tx.put(doc)
      } else if (operation === 'patch') {
        const { id, ifRevisionID, ...operations } = argument
        if (ifRevisionID !== undefined && tx.get(String(id))?._rev !== ifRevisionID)
          throw conflict(`Document "${String(id)}" has unexpected revision ID ("${String(tx.get(String(id))?._rev)}")`)
        tx.patch(String(id), operations)
        results.push({ id: String(id), operation: 'update' })
      } else if (operation === 'delete') {
        // By id, or every document a GROQ query selects (the Studio prunes expired preview secrets so).
        const ids =
          typeof argument.query === 'string'
            ? (
                (await select(argument.query, (argument.params ?? {}) as Record<string, unknown>, tx.values())) as Array<{ _id: string }>
              ).map((doc) => doc._id)
            : [String(argument.id)]
        for (const id of ids) {
          tx.remove(id)
          results.push({ id, operation: 'delete' })
        }
      } else {
        throw badRequest(`Unsupported mutation "${operation}"`, 'mutationError')
      }
    }
    return { transaction: tx.commit(mutations, options), results }
  }

  /** `POST /data/actions`: the document actions the Studio sends (edit, publish, create, discard, unpublish, delete, replaceDraft). */
  function act(actions: Array<Record<string, unknown>>, options: CommitOptions = {}) {
    const tx = begin()
    for (const action of actions) {
      const type = String(action.actionType)
      const publishedId = String(action.publishedId ?? publishedIdOf(String(action.draftId ?? '')))
      const draftId = String(action.draftId ?? draftIdOf(publishedId))
      if (type === 'sanity.action.document.create') {
        const attributes = action.attributes as SanityDocument
        const id = attributes._id ?? draftIdOf(publishedId)
        if (tx.has(id)) {
          if (action.ifExists === 'ignore') continue
          throw conflict(`Document "${id}" already exists`, 'documentAlreadyExistsError')
        }
        tx.put({ ...attributes, _id: id })
      } else if (type === 'sanity.action.document.edit') {
        // Editing a published document starts its draft from it, as the Content Lake does.
        if (!tx.has(draftId)) {
          const published = tx.get(publishedId)
          if (!published) throw new LakeError(404, { error: { description: `Document "${publishedId}" not found`, type: 'actionError' } })
          tx.put({ ...published, _id: draftId })
        }
        tx.patch(draftId, action.patch as PatchOperations)
      } else if (type === 'sanity.action.document.replaceDraft') {
        tx.put({ ...(action.attributes as SanityDocument), _id: draftId })
      } else if (type === 'sanity.action.document.publish') {
        const draft = tx.get(draftId)
        if (!draft) throw conflict(`Draft "${draftId}" does not exist`, 'actionError')
        if (action.ifDraftRevisionId !== undefined && draft._rev !== action.ifDraftRevisionId)
          throw conflict(`Draft "${draftId}" has changed since revision ${String(action.ifDraftRevisionId)}`)
        const published = tx.get(publishedId)
        if (action.ifPublishedRevisionId !== undefined && (published?._rev ?? null) !== action.ifPublishedRevisionId)
          throw conflict(`Document "${publishedId}" has changed since revision ${String(action.ifPublishedRevisionId)}`)
        tx.put({ ...draft, _id: publishedId, _createdAt: published?._createdAt ?? draft._createdAt })
        tx.remove(draftId)
      } else if (type === 'sanity.action.document.unpublish') {
        const published = tx.get(publishedId)
        if (!published) throw conflict(`Document "${publishedId}" is not published`, 'actionError')
        if (!tx.has(draftId)) tx.put({ ...published, _id: draftId })
        tx.remove(publishedId)
      } else if (type === 'sanity.action.document.discard') {
        if (!tx.has(draftId)) throw conflict(`Draft "${draftId}" does not exist`, 'actionError')
        tx.remove(draftId)
      } else if (type === 'sanity.action.document.delete') {
        tx.remove(publishedId)
        for (const id of (action.includeDrafts as string[] | undefined) ?? [draftId]) tx.remove(id)
      } else {
        throw badRequest(`Unsupported action "${type}"`)
      }
    }
    return tx.commit(actions, options)
  }

  return {
    get: (id: string) => docs.get(id),
    all: () => [...docs.values()],
    transactions,
    /** A document as a transaction left it (`undefined` if it did not exist then). */
    revision: (id: string, rev: string) => revisions.get(`${id}@${rev}`),
    mutate,
    act,
    /** Writes outside a request (an asset upload): one transaction like any other. */
    put(doc: SanityDocument, options?: CommitOptions) {
      const tx = begin()
      tx.put(doc)
      return tx.commit([{ createOrReplace: doc }], options)
    },
    subscribe(subscriber: (transaction: Transaction) => void) {
      subscribers.add(subscriber)
      return () => void subscribers.delete(subscriber)
    },
  }
}

export type DocumentStore = ReturnType<typeof createDocumentStore>

export interface Listener {
  /** The GROQ the client listens with (`*[_type == "post"]`): a document takes part when it matches before or after. */
  query: string
  params: Record<string, unknown>
  includeResult?: boolean
  includePreviousRevision?: boolean
}

export interface MutationEvent {
  type: 'mutation'
  eventId: string
  documentId: string
  transactionId: string
  transition: 'update' | 'appear' | 'disappear'
  identity: string
  previousRev?: string
  resultRev?: string
  timestamp: string
  visibility: 'query'
  mutations: unknown[]
  effects: { apply: unknown[]; revert: unknown[] }
  transactionTotalEvents: number
  transactionCurrentEvent: number
  result?: SanityDocument
  previous?: SanityDocument
}

async function matches(listener: Listener, doc: SanityDocument | undefined) {
  if (!doc) return false
  const result = await select(listener.query, listener.params, [doc])
  return Array.isArray(result) ? result.length > 0 : result !== null && result !== undefined
}

/**
 * What one listener receives for a transaction: one event per document it matches before or
 * after, counted per listener (the Studio waits for `transactionCurrentEvent ==
 * transactionTotalEvents` before it applies a transaction), with `mutations` that replay the
 * change on the previous revision and `effects` in mendoza form (opcode 0: the whole new value).
 */
export async function eventsFor(listener: Listener, transaction: Transaction): Promise<MutationEvent[]> {
  const relevant: Array<Change & { was: boolean; is: boolean }> = []
  for (const change of transaction.changes) {
    const was = await matches(listener, change.before)
    const is = await matches(listener, change.after)
    if (was || is) relevant.push({ ...change, was, is })
  }
  return relevant.map(({ id, before, after, was, is }, index) => {
    const withoutRev = after && Object.fromEntries(Object.entries(after).filter(([key]) => key !== '_rev'))
    const previousWithoutRev = before && Object.fromEntries(Object.entries(before).filter(([key]) => key !== '_rev'))
    return {
      type: 'mutation',
      eventId: `${transaction.id}#${id}`,
      documentId: id,
      transactionId: transaction.id,
      transition: was && is ? 'update' : is ? 'appear' : 'disappear',
      identity: transaction.identity,
      previousRev: before?._rev as string | undefined,
      // A delete has a result revision too, the transaction's: the Studio chains events by
      // previousRev → resultRev and dropped a delete without one, then waited 30 s for a chain
      // that could not resolve before it took the next draft of the same document.
      resultRev: (after?._rev as string | undefined) ?? transaction.id,
      timestamp: transaction.timestamp,
      visibility: 'query',
      mutations: after ? [{ createOrReplace: after }] : [{ delete: { id } }],
      effects: { apply: [0, withoutRev ?? null], revert: [0, previousWithoutRev ?? null] },
      transactionTotalEvents: relevant.length,
      transactionCurrentEvent: index + 1,
      ...(listener.includeResult !== false && after ? { result: after } : {}),
      ...(listener.includePreviousRevision && before ? { previous: before } : {}),
    }
  })
}
