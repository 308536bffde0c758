import { describe, expect, test } from 'vitest'
import { PrivateAddressError, checkHostLiteral, guardedLookup, isPublicAddress } from './addresses'

describe('which addresses the checker may reach', () => {
  test.each([
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false], // cloud metadata
    ['100.64.0.1', false], // carrier-grade NAT
    ['0.0.0.0', false],
    ['::1', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['::ffff:10.0.0.1', false],
    ['224.0.0.1', false],
    ['93.184.216.34', true],
    ['2606:4700::1111', true],
    ['not-an-address', false],
  ])('%s → public %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected)
  })

  test('an address literal in a URL is refused before any connection', () => {
    expect(() => checkHostLiteral('169.254.169.254', false)).toThrow(PrivateAddressError)
    expect(() => checkHostLiteral('[::1]', false)).toThrow(/--allow-private-hosts/)
    expect(() => checkHostLiteral('[::1]', true)).not.toThrow()
    expect(() => checkHostLiteral('example.org', false)).not.toThrow()
  })

  test('a name that resolves to loopback is refused at lookup, and allowed with the flag', async () => {
    const lookup = (allow: boolean) =>
      new Promise<unknown>((resolve) => guardedLookup(allow)('localhost', { all: true }, (error, addresses) => resolve(error ?? addresses)))
    expect(await lookup(false)).toBeInstanceOf(PrivateAddressError)
    expect(await lookup(true)).toEqual(
      expect.arrayContaining([expect.objectContaining({ address: expect.stringMatching(/^(127\.0\.0\.1|::1)$/) })]),
    )
  })
})
