// The `edge` section of `npm run bench` (issue 36): the shipped Varnish config
// (deploy/varnish/site.vcl) in a real Varnish in front of `next start`, the site configured to
// purge it (CDN_PROVIDER=varnish). Three measures:
// - requests/s through Varnish on the post and /blog, beside the same bytes from the static
//   server (the ceiling) and beside `next start` alone;
// - publish → the edge serves the new page: an edit written to the local dataset, the signed
//   webhook, the site's purge, the edge's re-fetch; timed over 10 publishes, with every read the
//   edge answered after Varnish acknowledged the purge checked for the old title;
// - the site stopped: the edge's answers for the pages it held, for 60 s.

import { encodeSignatureHeader } from '@sanity/webhook'
import { readFile, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startVarnish } from '../scripts/varnish'
import { percentile, type StartedServer } from './support'

export interface EdgeThroughput {
  path: string
  server: 'varnish' | 'next start' | 'static files'
  requestsPerSecond: number
  p50: number
  p99: number
  errors: number
  non2xx: number
}

export interface EdgeResult {
  throughput: EdgeThroughput[]
  publishes: {
    count: number
    p50Ms: number
    p95Ms: number
    maxMs: number
    purgeAckP50Ms: number
    staleAfterAck: number
    readsAfterAck: number
  }
  originDown: { seconds: number; pages: number; requests: number; errors: number; changed: number }
}

export interface EdgeOptions {
  /** Starts `next start` on `port` with these extra variables (the bench's own, on its build). */
  startSite: (port: number, env: Record<string, string>) => Promise<StartedServer & { origin: string }>
  /** The static ceiling, serving the same build's HTML. */
  startStatic: () => Promise<StartedServer & { origin: string }>
  loadTest: (origin: string, pathname: string) => Promise<Omit<EdgeThroughput, 'path' | 'server'>>
  freePort: () => Promise<number>
  /** A writable copy of the dataset the build was made from; the site reads it (SANITY_LOCAL_DATASET). */
  datasetCopy: string
  postPath: string
  heldPaths: string[]
  publishes: number
  downSeconds: number
  log: (message: string) => void
}

const SECRET = 'bench-edge-webhook-secret'
/** Reads of the post after the edge first showed a publish, each checked for the old page. */
const READS_AFTER_FRESH = 20

/** Forwards the site's PURGE to Varnish and notes when Varnish acknowledged each one. */
async function purgeRelay(varnishOrigin: string) {
  const acks: number[] = []
  const server: Server = createServer((request, response) => {
    void fetch(`${varnishOrigin}/`, { method: request.method, headers: { xkey: String(request.headers.xkey ?? '') } }).then(
      async (answer) => {
        if (answer.ok) acks.push(performance.now())
        response.writeHead(answer.status).end(await answer.text())
      },
      () => response.writeHead(502).end(),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    acks,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

async function sendWebhook(siteOrigin: string, doc: { _id: string; _type: string; slug: string }) {
  const body = JSON.stringify(doc)
  const response = await fetch(`${siteOrigin}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), SECRET) },
    body,
  })
  if (!response.ok) throw new Error(`webhook answered ${response.status}: ${await response.text()}`)
}

export async function runEdge(options: EdgeOptions): Promise<EdgeResult> {
  const { log, postPath } = options
  const port = await options.freePort()
  const varnish = await startVarnish({ host: '127.0.0.1', port })
  const relay = await purgeRelay(varnish.origin)
  const original = await readFile(options.datasetCopy, 'utf8')
  let site: (StartedServer & { origin: string }) | undefined
  try {
    site = await options.startSite(port, { SANITY_REVALIDATE_SECRET: SECRET, CDN_PROVIDER: 'varnish', CDN_PURGE_URL: relay.url })
    const edge = (pathname: string) => fetch(`${varnish.origin}${pathname}`, { headers: { 'accept-encoding': 'gzip' } })

    // Throughput: Varnish, then the site alone, on each page; the static ceiling after.
    const throughput: EdgeThroughput[] = []
    for (const pathname of [postPath, '/blog']) {
      log(`edge: autocannon through Varnish ${pathname}`)
      throughput.push({ path: pathname, server: 'varnish', ...(await options.loadTest(varnish.origin, pathname)) })
      log(`edge: autocannon next start alone ${pathname}`)
      throughput.push({ path: pathname, server: 'next start', ...(await options.loadTest(site.origin, pathname)) })
    }
    const ceiling = await options.startStatic()
    try {
      for (const pathname of [postPath, '/blog']) {
        log(`edge: autocannon static ${pathname}`)
        throughput.push({ path: pathname, server: 'static files', ...(await options.loadTest(ceiling.origin, pathname)) })
      }
    } finally {
      await ceiling.stop()
    }

    // Publish → edge: edit the post's title in the dataset, send the webhook, read the edge until it shows.
    const lines = original.split('\n')
    const slug = postPath.split('/').pop()!
    const index = lines.findIndex(
      (line) => line.includes(`"current":"${slug}"`) && line.includes('"_type":"post"') && !line.includes('"_id":"drafts.'),
    )
    if (index === -1) throw new Error(`the dataset has no post ${slug}`)
    const post = JSON.parse(lines[index]!) as { _id: string; title: string }
    const took: number[] = []
    const ackDelays: number[] = []
    let staleAfterAck = 0
    let readsAfterAck = 0
    log(`edge: ${options.publishes} publishes of ${postPath}`)
    for (let round = 1; round <= options.publishes; round++) {
      await (await edge(postPath)).arrayBuffer() // the edge holds the current page
      // A marker no escaping changes, whatever the title holds.
      const marker = `edition ${round} at ${Date.now()}`
      lines[index] = JSON.stringify({ ...post, title: `${post.title} (${marker})` })
      await writeFile(options.datasetCopy, lines.join('\n'))
      const acksBefore = relay.acks.length
      const started = performance.now()
      await sendWebhook(site.origin, { _id: post._id, _type: 'post', slug })
      for (;;) {
        const readStarted = performance.now()
        const body = await (await edge(postPath)).text()
        const fresh = body.includes(marker)
        const ack = relay.acks[acksBefore]
        if (ack !== undefined && readStarted > ack) {
          readsAfterAck++
          if (!fresh) staleAfterAck++
        }
        if (fresh) {
          took.push(performance.now() - started)
          if (ack !== undefined) ackDelays.push(ack - started)
          break
        }
        if (performance.now() - started > 30_000) throw new Error(`publish ${round}: the edge still served the old page after 30 s`)
      }
      // And the reads after it: none may go back to the old page (a copy held elsewhere, a late refill).
      for (let read = 0; read < READS_AFTER_FRESH; read++) {
        const body = await (await edge(postPath)).text()
        readsAfterAck++
        if (!body.includes(marker)) staleAfterAck++
      }
    }
    took.sort((a, b) => a - b)
    ackDelays.sort((a, b) => a - b)

    // The site stopped: every page the edge held, over and over.
    const held = new Map<string, string>()
    for (const pathname of options.heldPaths) {
      await (await edge(pathname)).arrayBuffer()
      held.set(pathname, await (await edge(pathname)).text())
    }
    log(`edge: site stopped, ${options.downSeconds} s of reads over ${held.size} pages`)
    await site.stop()
    site = undefined
    let requests = 0
    let errors = 0
    let changed = 0
    const until = performance.now() + options.downSeconds * 1000
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (performance.now() < until) {
          for (const [pathname, body] of held) {
            requests++
            try {
              const response = await edge(pathname)
              const text = await response.text()
              if (response.status !== 200) errors++
              else if (text !== body) changed++
            } catch {
              errors++
            }
          }
        }
      }),
    )
    return {
      throughput,
      publishes: {
        count: took.length,
        p50Ms: percentile(took, 50),
        p95Ms: percentile(took, 95),
        maxMs: took.at(-1) ?? NaN,
        purgeAckP50Ms: percentile(ackDelays, 50),
        staleAfterAck,
        readsAfterAck,
      },
      originDown: { seconds: options.downSeconds, pages: held.size, requests, errors, changed },
    }
  } finally {
    await site?.stop()
    await writeFile(options.datasetCopy, original)
    await relay.close()
    await varnish.close()
  }
}
