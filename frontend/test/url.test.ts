import { describe, expect, it } from 'vitest';
import { headerCarryingProtocols, wsUrl } from '../src/shared/url';

/** What Quarkus does with a "quarkus-http-upgrade#<header>#<value>" subprotocol: URL-decode, split on #. */
function headerAsQuarkusReadsIt(protocol: string): [string, string] {
  const [prefix, name, value] = decodeURIComponent(protocol.replace(/\+/g, ' ')).split('#');
  expect(prefix).toBe('quarkus-http-upgrade');
  return [name, value];
}

/** The characters RFC 6455 allows in a subprotocol (an RFC 7230 token). */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhb2kifQ.c2lnbmF0dXJlLV8';

describe('wsUrl', () => {
  it('uses ws for http and wss for https, on the same host', () => {
    expect(wsUrl('/ws', 'http://localhost:8080')).toBe('ws://localhost:8080/ws');
    expect(wsUrl('/ws', 'https://shop.example.jp')).toBe('wss://shop.example.jp/ws');
  });
});

describe('headerCarryingProtocols', () => {
  it("carries the staff member's bearer token, space and all", () => {
    const protocols = headerCarryingProtocols('Authorization', `Bearer ${JWT}`);
    expect(protocols[0]).toBe('bearer-token-carrier');
    expect(protocols[1]).toBe(`quarkus-http-upgrade#Authorization#Bearer%20${JWT}`);
    expect(headerAsQuarkusReadsIt(protocols[1])).toEqual(['Authorization', `Bearer ${JWT}`]);
    protocols.forEach(protocol => expect(protocol).toMatch(TOKEN));
  });

  it("carries the shopper's ticket unchanged", () => {
    const protocols = headerCarryingProtocols('Shopper-Ticket', JWT);
    expect(protocols).toEqual(['bearer-token-carrier', `quarkus-http-upgrade#Shopper-Ticket#${JWT}`]);
    expect(headerAsQuarkusReadsIt(protocols[1])).toEqual(['Shopper-Ticket', JWT]);
    protocols.forEach(protocol => expect(protocol).toMatch(TOKEN));
  });

  it('keeps a + in a value from being decoded as a space', () => {
    const protocols = headerCarryingProtocols('Shopper-Ticket', 'a+b/c=');
    expect(headerAsQuarkusReadsIt(protocols[1])).toEqual(['Shopper-Ticket', 'a+b/c=']);
    expect(protocols[1]).toMatch(TOKEN);
  });
});
