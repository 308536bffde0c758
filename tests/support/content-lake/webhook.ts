import { readFileSync } from 'node:fs'
import path from 'node:path'
import { encodeSignatureHeader } from '@sanity/webhook'
import { evaluate, parse } from 'groq-js'
import type { Transaction } from './documents'

/**
 * The project's documented GROQ-powered webhooks, read from the docs so the stand-in sends
 * exactly what a project configured from them would: the same filters (with `delta::`), the same
 * projections (with `before()`/`after()`), drafts left off, signed with `@sanity/webhook`.
 * - revalidate: docs/editor-workflow.md, "Publish to live" (the settings table);
 * - check-now: docs/sources-health.md, "Check now" (the paragraph naming its filter and projection).
 */
const DOCS = path.resolve(import.meta.dirname, '../../../docs')

type Operation = 'create' | 'update' | 'delete'

export interface DocumentedWebhook {
  name: 'revalidate' | 'check-now'
  /** The site path it is sent to. */
  path: string
  /** "Trigger on": the operations it fires for. */
  triggers: Operation[]
  filter: string
  projection: string
}

function documented(
  file: string,
  name: DocumentedWebhook['name'],
  patterns: Record<'path' | 'triggers' | 'filter' | 'projection', RegExp>,
): DocumentedWebhook {
  const text = readFileSync(path.join(DOCS, file), 'utf8')
  const read = (setting: keyof typeof patterns) => {
    const match = patterns[setting].exec(text)
    if (!match) throw new Error(`docs/${file}: the ${name} webhook's ${setting} is not where the stand-in reads it`)
    // Markdown tables escape the pipe of GROQ's `||`.
    return match[1]!.replaceAll('\\|', '|')
  }
  const triggers = read('triggers')
    .toLowerCase()
    .split(/,|\band\b/)
    .map((word) => word.trim())
  if (!triggers.every((word): word is Operation => ['create', 'update', 'delete'].includes(word)))
    throw new Error(`docs/${file}: the ${name} webhook triggers on "${triggers.join(', ')}"`)
  return { name, path: read('path'), triggers, filter: read('filter'), projection: read('projection') }
}

const tableCell = (setting: string) => new RegExp(`^\\|\\s*${setting}\\s*\\|\\s*\`(.+?)\`\\s*\\|`, 'm')

export function documentedWebhooks(): DocumentedWebhook[] {
  return [
    documented('editor-workflow.md', 'revalidate', {
      path: /^\|\s*URL\s*\|\s*`https:\/\/<your site>(\/[^`]+)`/m,
      triggers: /^\|\s*Trigger on\s*\|\s*([^|]+?)\s*\|/m,
      filter: tableCell('Filter'),
      projection: tableCell('Projection'),
    }),
    documented('sources-health.md', 'check-now', {
      path: /\*\*Check now\.\*\*[^`]*`https:\/\/<your site>(\/[^`]+)`/,
      triggers: /\*\*Check now\.\*\*[\s\S]*?trigger on\s+([A-Za-z ]+?),/,
      filter: /\*\*Check now\.\*\*[\s\S]*?filter\s+`([^`]+)`/,
      projection: /\*\*Check now\.\*\*[\s\S]*?projection\s+`([^`]+)`/,
    }),
  ]
}

export interface WebhookTarget {
  /** The site's origin; each webhook goes to its documented path there. */
  origin: string
  secret: string
}

export interface WebhookDelivery {
  webhook: DocumentedWebhook['name']
  transactionId: string
  body: unknown
  status: number
}

/** The bodies one transaction triggers: one per published (not draft) document the filter matches. */
export async function webhookBodies(
  transaction: Transaction,
  webhook: Pick<DocumentedWebhook, 'triggers' | 'filter' | 'projection'>,
): Promise<unknown[]> {
  const filter = parse(`*[${webhook.filter}]`, { mode: 'delta' })
  const projection = parse(webhook.projection, { mode: 'delta' })
  const bodies: unknown[] = []
  for (const { id, before, after } of transaction.changes) {
    if (id.startsWith('drafts.') || id.startsWith('versions.')) continue
    if (!webhook.triggers.includes(!before ? 'create' : !after ? 'delete' : 'update')) continue
    const doc = after ?? before
    const context = { before: before ?? null, after: after ?? null, identity: transaction.identity }
    const selected = (await (await evaluate(filter, { ...context, dataset: [doc] })).get()) as unknown[]
    if (selected.length === 0) continue
    bodies.push(await (await evaluate(projection, { ...context, root: doc })).get())
  }
  return bodies
}

/** Sends a transaction's webhooks in order, as the Content Lake does after it commits; resolves with what the site answered. */
export async function deliverWebhooks(
  transaction: Transaction,
  target: WebhookTarget,
  webhooks = documentedWebhooks(),
): Promise<WebhookDelivery[]> {
  const deliveries: WebhookDelivery[] = []
  for (const webhook of webhooks) {
    for (const body of await webhookBodies(transaction, webhook)) {
      const payload = JSON.stringify(body)
      const response = await fetch(new URL(webhook.path, target.origin), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'sanity-transaction-id': transaction.id,
          'sanity-webhook-signature': await encodeSignatureHeader(payload, Date.now(), target.secret),
        },
        body: payload,
      })
      await response.arrayBuffer()
      deliveries.push({ webhook: webhook.name, transactionId: transaction.id, body, status: response.status })
    }
  }
  return deliveries
}
