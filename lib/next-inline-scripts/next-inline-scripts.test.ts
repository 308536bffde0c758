import { createHash } from 'node:crypto'
import { createInlinedDataReadableStream } from 'next/dist/server/app-render/use-flight-response.js'
import { describe, expect, it } from 'vitest'
import { FLIGHT_BOOTSTRAP_SCRIPT, inlineScripts, nextScriptHashes } from './index.js'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/**
 * The RSC payload of a page, in the chunks Next happens to read it in: content that looks like
 * markup, a character split between two chunks, and bytes that are not UTF-8 (sent in base64).
 */
const CHUNKS = [
  Buffer.from('0:{"P":null,"c":["","blog","vitamin-d"]}\n'),
  Buffer.concat([Buffer.from('1:"</script><script>alert(1)</script> & \u2028 caf'), Buffer.from([0xc3])]),
  Buffer.from([0xa9, 0x22, 0x0a]),
  Buffer.from([0xff, 0x0a]),
]
const RSC_PAYLOAD = Buffer.concat(CHUNKS)

/** Next's own inline scripts for that payload, written by Next's own serializer. */
async function nextFlightScripts(chunks: Buffer[] = CHUNKS): Promise<string> {
  const flight = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk))
      controller.close()
    },
  })
  return new Response(createInlinedDataReadableStream(flight, undefined, null)).text()
}

const scriptTexts = (html: string) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!)

/** A page as Next renders it: content in the body, data blocks, then Next's scripts. */
const pageWith = (body: string, flightScripts: string) =>
  '<!DOCTYPE html><html lang="en"><head><script src="/_next/static/chunks/main-app.js" async=""></script></head>' +
  `<body><main>${body}</main><script type="application/ld+json">{"@type":"Article"}</script>` +
  `<script type="speculationrules">{"prefetch":[]}</script>${flightScripts}</body></html>`

describe('nextScriptHashes', () => {
  it('allows the bootstrap and each flight script Next writes for the page’s payload, and no data block', async () => {
    const flightScripts = await nextFlightScripts()
    const { hashes, refused } = nextScriptHashes(inlineScripts(pageWith('<p>Text</p>', flightScripts)), RSC_PAYLOAD)
    expect(refused).toBeUndefined()
    expect(hashes.sort()).toEqual(scriptTexts(flightScripts).map(sha).sort())
    expect(hashes).toContain(sha(FLIGHT_BOOTSTRAP_SCRIPT))
    expect(scriptTexts(flightScripts)).toHaveLength(1 + CHUNKS.length)
    expect(flightScripts).toContain('self.__next_f.push([3,"/wo="])')
  })

  it('never allows a script that content put into the page', async () => {
    const flightScripts = await nextFlightScripts()
    const injected = 'document.title="pwned"'
    const { hashes, refused } = nextScriptHashes(
      inlineScripts(pageWith(`<p>Text</p><script>${injected}</script>`, flightScripts)),
      RSC_PAYLOAD,
    )
    expect(hashes).not.toContain(sha(injected))
    expect(refused).toBeUndefined()
    expect(hashes.sort()).toEqual(scriptTexts(flightScripts).map(sha).sort())
  })

  it('allows no flight script when one the payload does not account for is in the page', async () => {
    const flightScripts = await nextFlightScripts()
    // Next's exact shape, with data of the attacker's: the payload is then not what Next rendered.
    const forged = (await nextFlightScripts([Buffer.from('2:["$","script",null,{}]\n')])).replace(/^<script>[^<]*<\/script>/, '')
    const { hashes, refused } = nextScriptHashes(inlineScripts(pageWith(`<p>Text</p>${forged}`, flightScripts)), RSC_PAYLOAD)
    expect(refused).toMatch(/not exactly its RSC payload/)
    expect(hashes).toEqual([sha(FLIGHT_BOOTSTRAP_SCRIPT)])
  })

  it('reads only Next’s canonical form as a flight script: the same data written otherwise is not one', async () => {
    const flightScripts = await nextFlightScripts([Buffer.from('0:"a"\n')])
    for (const lookalike of [
      'self.__next_f.push([1, "0:\\"a\\"\\n"])',
      'self.__next_f.push([1,"0:\\"a\\"\\n"]);alert(1)',
      'self.__next_f.push([1,"0:\\"a\\"\\n"],alert(1))',
      'self.__next_f.push([1,"0:\\u0022a\\u0022\\n"])',
    ]) {
      const scripts = inlineScripts(pageWith(`<script>${lookalike}</script>`, flightScripts))
      const { hashes, refused } = nextScriptHashes(scripts, Buffer.from('0:"a"\n'))
      expect(hashes, lookalike).not.toContain(sha(lookalike))
      expect(refused, lookalike).toBeUndefined()
    }
  })

  it('allows no flight script without the payload to check them against, and nothing on a page without Next’s runtime', async () => {
    const flightScripts = await nextFlightScripts()
    expect(nextScriptHashes(inlineScripts(pageWith('', flightScripts)), undefined)).toEqual({
      hashes: [sha(FLIGHT_BOOTSTRAP_SCRIPT)],
      refused: expect.stringMatching(/no RSC payload/),
    })
    expect(nextScriptHashes(inlineScripts(pageWith('<script>x()</script>', '')), RSC_PAYLOAD)).toEqual({ hashes: [], refused: undefined })
  })
})

describe('inlineScripts', () => {
  it('reads scripts as a browser does: not in comments, not ended by a `>` in an attribute, text exactly as sent', () => {
    const html =
      '<body><!-- <script>commented()</script> --><div title="a>b"><script>one()</script></div><script src="/x.js"></script><script nonce="n">two(&amp;)</script></body>'
    expect(inlineScripts(html)).toEqual([
      { attributes: {}, text: 'one()' },
      { attributes: { nonce: 'n' }, text: 'two(&amp;)' },
    ])
  })
})
