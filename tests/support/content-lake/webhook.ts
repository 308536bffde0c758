import { readFileSync } from 'node:fs'
import path from 'node:path'
import { encodeSignatureHeader } from '@sanity/webhook'
import { evaluate, parse } from 'groq-js'
import type { Transaction } from './documents'

/**
 * The project's documented GROQ-powered webhook (docs/editor-workflow.md, "Publish to live"), read
 * from that table so the stand-in sends exactly what a project configured from the docs would:
 * the same filter (with `delta::`), the same projection (with `before()`), drafts left off,
 * signed with `@sanity/webhook`.
 */
const WORKFLOW_DOC = path.resolve(import.meta.dirname, '../../../docs/editor-workflow.md')

export function documentedWebhook(): { filter: string; projection: string } {
  const table = readFileSync(WORKFLOW_DOC, 'utf8')
  const cell = (setting: string) => {
    const row = new RegExp(`^\\|\\s*${setting}\\s*\\|\\s*\`(.+?)\`\\s*\\|`, 'm').exec(table)
    if (!row) throw new Error(`docs/editor-workflow.md: no "${setting}" row in the webhook table`)
    // Markdown tables escape the pipe of GROQ's `||`.
    return row[1]!.replaceAll('\\|', '|')
  }
  return { filter: cell('Filter'), projection: cell('Projection') }
}

export interface WebhookTarget {
  url: string
  secret: string
}

export interface WebhookDelivery {
  transactionId: string
  body: unknown
  status: number
}

/** The bodies one transaction triggers: one per published (not draft) document the filter matches. */
export async function webhookBodies(transaction: Transaction, webhook = documentedWebhook()): Promise<unknown[]> {
  const filter = parse(`*[${webhook.filter}]`, { mode: 'delta' })
  const projection = parse(webhook.projection, { mode: 'delta' })
  const bodies: unknown[] = []
  for (const { id, before, after } of transaction.changes) {
    if (id.startsWith('drafts.') || id.startsWith('versions.')) continue
    const doc = after ?? before
    const context = { before: before ?? null, after: after ?? null, identity: transaction.identity }
    const selected = (await (await evaluate(filter, { ...context, dataset: [doc] })).get()) as unknown[]
    if (selected.length === 0) continue
    bodies.push(await (await evaluate(projection, { ...context, root: doc })).get())
  }
  return bodies
}

/** Sends a transaction's webhooks in order, as the Content Lake does after it commits; resolves with what the site answered. */
export async function deliverWebhooks(transaction: Transaction, target: WebhookTarget): Promise<WebhookDelivery[]> {
  const deliveries: WebhookDelivery[] = []
  for (const body of await webhookBodies(transaction)) {
    const payload = JSON.stringify(body)
    const response = await fetch(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'sanity-transaction-id': transaction.id,
        'sanity-webhook-signature': await encodeSignatureHeader(payload, Date.now(), target.secret),
      },
      body: payload,
    })
    await response.arrayBuffer()
    deliveries.push({ transactionId: transaction.id, body, status: response.status })
  }
  return deliveries
}
