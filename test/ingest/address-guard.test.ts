import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../src/errors.ts';
import { assertPublicHost, isPublicAddress } from '../../src/ingest/address-guard.ts';

test('public IPv4 and IPv6 addresses pass', () => {
  for (const ip of ['8.8.8.8', '1.1.1.1', '93.184.216.34', '2606:4700:4700::1111', '2a00:1450:4001:80b::200e', '::ffff:8.8.8.8']) {
    assert.equal(isPublicAddress(ip), true, ip);
  }
});

test('private, loopback, link-local, CGNAT, multicast and reserved addresses are refused', () => {
  const blocked = [
    '127.0.0.1', '127.255.0.9', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
    '100.64.0.1', '100.127.255.254', '0.0.0.0', '224.0.0.1', '239.255.255.250', '255.255.255.255', '240.0.0.1',
    '192.0.2.1', '198.18.0.1', '::', '::1', 'fe80::1', 'fe80::1%eth0', 'fc00::1', 'fd12:3456::1', 'ff02::1',
    '::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:0:0', '::ffff:7f00:1', '::127.0.0.1', '64:ff9b::a00:1', '2002:c0a8:101::1',
    '2001:db8::1', 'not an address',
  ];
  for (const ip of blocked) assert.equal(isPublicAddress(ip), false, ip);
  assert.equal(isPublicAddress('172.32.0.1'), true);
  assert.equal(isPublicAddress('100.128.0.1'), true);
});

test('assertPublicHost refuses loopback names and literals, and mentions --allow-private', async () => {
  for (const host of ['localhost', '127.0.0.1', '[::1]']) {
    await assert.rejects(assertPublicHost(host), (e: unknown) => e instanceof InputError && /--allow-private/.test(e.reason));
  }
  assert.deepEqual(await assertPublicHost('8.8.8.8'), [{ address: '8.8.8.8', family: 4 }]);
});
