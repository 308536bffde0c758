import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * Stand-ins for Fastly's and Cloudflare's purge APIs on 127.0.0.1, as their documentation gives
 * them: Fastly `POST /service/{service_id}/purge` with the keys in a `Surrogate-Key` header and
 * the token in `Fastly-Key`, answering a JSON map of key → purge id; Cloudflare
 * `POST /client/v4/zones/{zone_id}/purge_cache` with `{"tags": [...]}` and `Authorization: Bearer`,
 * answering its `{success, errors, messages, result}` envelope. A wrong token gets the API's 401
 * (Fastly) or 403 with `success: false` (Cloudflare); an unknown service or zone a 404.
 * `failNext(n)` makes the next n purges answer 503, as the APIs do when they are briefly unwell.
 */

export interface PurgeCall {
  method: string
  path: string
  headers: IncomingMessage['headers']
  body: string
  /** The keys the call named. */
  keys: string[]
  status: number
}

export interface CdnPurgeApi {
  origin: string
  calls: PurgeCall[]
  failNext(count: number): void
  close(): Promise<void>
}

type Answer = { status: number; body: unknown }

async function serve(answer: (call: Omit<PurgeCall, 'status' | 'keys'>) => Answer & { keys: string[] }): Promise<CdnPurgeApi> {
  const calls: PurgeCall[] = []
  let failures = 0
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const call = {
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString(),
      }
      let result: Answer & { keys: string[] }
      if (failures > 0) {
        failures--
        result = { status: 503, body: { msg: 'Service Unavailable' }, keys: [] }
      } else {
        result = answer(call)
      }
      calls.push({ ...call, keys: result.keys, status: result.status })
      response.writeHead(result.status, { 'content-type': 'application/json' }).end(JSON.stringify(result.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    failNext: (count) => {
      failures = count
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

export function startFastlyApi({ serviceId, token }: { serviceId: string; token: string }) {
  return serve(({ method, path, headers }) => {
    if (headers['fastly-key'] !== token) return { status: 401, body: { msg: 'Provided credentials are missing or invalid' }, keys: [] }
    if (method !== 'POST' || path !== `/service/${serviceId}/purge`) return { status: 404, body: { msg: 'Record not found' }, keys: [] }
    const keys = String(headers['surrogate-key'] ?? '')
      .split(' ')
      .filter(Boolean)
    if (keys.length === 0 || keys.length > 256) return { status: 400, body: { msg: 'Bad request', detail: '1 to 256 keys' }, keys }
    return { status: 200, body: Object.fromEntries(keys.map((key, index) => [key, `108-1391560174-${index}`])), keys }
  })
}

export function startCloudflareApi({ zoneId, token }: { zoneId: string; token: string }) {
  const envelope = (success: boolean, errors: Array<{ code: number; message: string }>, result: unknown = null) => ({
    success,
    errors,
    messages: [],
    result,
  })
  return serve(({ method, path, headers, body }) => {
    if (headers.authorization !== `Bearer ${token}`) {
      return { status: 403, body: envelope(false, [{ code: 10000, message: 'Authentication error' }]), keys: [] }
    }
    if (method !== 'POST' || path !== `/client/v4/zones/${zoneId}/purge_cache`) {
      return { status: 404, body: envelope(false, [{ code: 7003, message: 'Could not route to this path' }]), keys: [] }
    }
    let tags: unknown
    try {
      tags = (JSON.parse(body) as { tags?: unknown }).tags
    } catch {
      tags = undefined
    }
    if (!Array.isArray(tags) || tags.length === 0 || tags.length > 100 || !tags.every((tag) => typeof tag === 'string')) {
      return { status: 400, body: envelope(false, [{ code: 1012, message: 'Request must contain 1 to 100 tags' }]), keys: [] }
    }
    return { status: 200, body: envelope(true, [], { id: '023e105f4ecef8ad9ca31a8372d0c353' }), keys: tags as string[] }
  })
}
