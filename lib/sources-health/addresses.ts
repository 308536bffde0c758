import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { isIP } from 'node:net'
import ipaddr from 'ipaddr.js'

/**
 * The checker follows addresses editors typed in. Left unguarded it would fetch whatever those
 * point at — the cloud metadata service, an admin panel on the office network — so it refuses
 * every address that is not public unicast unless the operator explicitly allows private hosts.
 */

export class PrivateAddressError extends Error {
  override name = 'PrivateAddressError'
  readonly code = 'ERR_PRIVATE_ADDRESS'
  constructor(
    readonly hostname: string,
    readonly address: string,
  ) {
    super(`${hostname} resolves to ${address}, a private, loopback or link-local address; pass --allow-private-hosts to check it`)
  }
}

/** Public unicast only: loopback, private, link-local, unique-local, CGNAT, multicast, reserved … all refused. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false
  let parsed = ipaddr.parse(address)
  // ::ffff:10.0.0.1 is 10.0.0.1 in disguise.
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address()
  return parsed.range() === 'unicast'
}

/** The host of a URL as an address literal ("[::1]" → "::1"), or undefined for a name. */
export function addressLiteral(hostname: string): string | undefined {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1')
  return isIP(bare) ? bare : undefined
}

/** Refuses an address-literal host up front (a literal never goes through DNS, so the lookup below never sees it). */
export function checkHostLiteral(hostname: string, allowPrivate: boolean): void {
  const literal = addressLiteral(hostname)
  if (literal && !allowPrivate && !isPublicAddress(literal)) throw new PrivateAddressError(hostname, literal)
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void

/**
 * A `lookup` for sockets: resolves the name once, refuses it if any address is not public,
 * and connects to exactly the addresses it vetted (so a second DNS answer cannot swap in a
 * private one between check and connect).
 */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: { all?: boolean; family?: number | string }, callback: LookupCallback) => {
    dnsLookup(hostname, { all: true, family: Number(options.family) || 0 }, (error, addresses) => {
      if (error) return callback(error, [])
      const refused = allowPrivate ? undefined : addresses.find((entry) => !isPublicAddress(entry.address))
      if (refused) return callback(new PrivateAddressError(hostname, refused.address) as NodeJS.ErrnoException, [])
      if (options.all) return callback(null, addresses)
      const [first] = addresses
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), [])
      callback(null, first.address, first.family)
    })
  }
}
