import { describe, expect, it } from 'vitest';
import { podHostAliases } from '../../../lib/rules/pod/pod-host-aliases';
import { build, ruleCases, runRule } from '../rule-cases';

const P = 'spec.template.spec.hostAliases';

ruleCases(podHostAliases, {
  valid: [{ name: 'entries with IPs and hostnames', podSpec: { hostAliases: [{ ip: '127.0.0.1', hostnames: ['foo.local', 'bar'] }, { ip: '::1' }] } }],
  invalid: [
    { name: 'the ip is not an IP (1.30+ indexes the path)', podSpec: { hostAliases: [{ ip: 'localhost' }] }, versions: ['1.30', '1.36'], errors: [`${P}[0].ip`] },
    { name: 'the ip is not an IP (1.28 does not index)', podSpec: { hostAliases: [{ ip: 'localhost' }] }, versions: ['1.28'], errors: [`${P}.ip`] },
    { name: 'a hostname has upper case', podSpec: { hostAliases: [{ ip: '10.0.0.1', hostnames: ['ok', 'Foo'] }] }, versions: ['1.36'], errors: [`${P}[0].hostnames[1]`] },
    { name: 'a hostname has upper case (1.28)', podSpec: { hostAliases: [{ ip: '10.0.0.1', hostnames: ['Foo'] }] }, versions: ['1.28'], errors: [`${P}.hostnames`] },
    { name: 'an ip is repeated', podSpec: { hostAliases: [{ ip: '10.0.0.1' }, { ip: '10.0.0.1' }] }, errors: [{ path: `${P}[1].ip`, severity: 'warning' }] },
  ],
});

describe('pod-host-aliases messages', () => {
  it('words the duplicate-ip warning as the server does', () => {
    const [v] = runRule(podHostAliases, build('Job', { podSpec: { hostAliases: [{ ip: '10.0.0.1' }, { ip: '10.0.0.1' }] } }));
    expect(v.message).toBe('Invalid value: duplicate ip "10.0.0.1"');
  });
});
