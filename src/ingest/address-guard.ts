// Refuses addresses a fetch from user input must not reach: loopback, private networks, link-local,
// CGNAT, multicast, documentation and reserved ranges, and IPv6 forms that embed such an IPv4 address.
import { lookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { InputError } from '../errors.ts';

const V4_RANGES = [
  '0.0.0.0/8', // "this network", unspecified
  '10.0.0.0/8',
  '100.64.0.0/10', // CGNAT
  '127.0.0.0/8',
  '169.254.0.0/16', // link-local
  '172.16.0.0/12',
  '192.0.0.0/24', // IETF protocol assignments
  '192.0.2.0/24', // documentation
  '192.88.99.0/24', // 6to4 relay anycast
  '192.168.0.0/16',
  '198.18.0.0/15', // benchmarking
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/4', // multicast
  '240.0.0.0/4', // reserved, broadcast
];

const V6_RANGES = [
  '::/128', // unspecified
  '::1/128',
  '100::/64', // discard
  '2001::/23', // IETF protocol assignments, Teredo
  '2001:db8::/32', // documentation
  'fc00::/7', // unique-local
  'fe80::/10', // link-local
  'fec0::/10', // deprecated site-local
  'ff00::/8', // multicast
];

const blocked = new BlockList();
for (const cidr of V4_RANGES) addSubnet(cidr, 'ipv4');
for (const cidr of V6_RANGES) addSubnet(cidr, 'ipv6');

function addSubnet(cidr: string, family: 'ipv4' | 'ipv6'): void {
  const [net, prefix] = cidr.split('/');
  blocked.addSubnet(net!, Number(prefix), family);
}

/** The eight 16-bit groups of an IPv6 address (valid input assumed), with a dotted IPv4 tail expanded. */
function ipv6Groups(ip: string): number[] {
  let text = ip;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (part: string | undefined) => (part ? part.split(':').map((g) => Number.parseInt(g, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  return [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
}

/** The IPv4 address carried inside an IPv6 one (mapped, compatible, NAT64, 6to4), if any. */
function embeddedIPv4(groups: number[]): string | null {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [number, number, number, number, number, number, number, number];
  const dotted = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zeroHead = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (zeroHead && g5 === 0xffff) return dotted(g6, g7);
  // IPv4-compatible form; :: and ::1 themselves are IPv6 ranges of their own.
  if (zeroHead && g5 === 0 && (g6 !== 0 || g7 > 1)) return dotted(g6, g7);
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return dotted(g6, g7);
  if (g0 === 0x2002) return dotted(g1, g2);
  return null;
}

/** Whether an IP address (v4 or v6, with or without a zone) is publicly routable. */
export function isPublicAddress(ip: string): boolean {
  const address = ip.replace(/%.*$/, '');
  const family = isIP(address);
  if (family === 4) return !blocked.check(address, 'ipv4');
  if (family !== 6) return false;
  const v4 = embeddedIPv4(ipv6Groups(address.toLowerCase()));
  if (v4 !== null && !isPublicAddress(v4)) return false;
  return !blocked.check(address, 'ipv6');
}

function refuse(hostname: string, address: string): never {
  throw new InputError(hostname, `points to the non-public address ${address}; refused (use --allow-private to allow it)`);
}

/** Resolves a hostname (or takes an IP literal) and throws InputError unless every address is public. */
export async function assertPublicHost(hostname: string): Promise<LookupAddress[]> {
  const host = hostname.replace(/^\[(.*)\]$/, '$1');
  const family = isIP(host);
  const addresses: LookupAddress[] = family ? [{ address: host, family }] : await resolve(host);
  for (const { address } of addresses) if (!isPublicAddress(address)) refuse(hostname, address);
  return addresses;
}

async function resolve(host: string): Promise<LookupAddress[]> {
  try {
    return await lookup(host, { all: true, verbatim: true });
  } catch {
    throw new InputError(host, 'host not found (DNS lookup failed)');
  }
}
