import { describe, expect, it } from 'vitest';
import { podDns } from '../../../lib/rules/pod/pod-dns';
import { build, ruleCases, runRule } from '../rule-cases';

const P = 'spec.template.spec';

ruleCases(podDns, {
  valid: [
    { name: 'no dns fields', podSpec: {} },
    { name: 'an empty dnsPolicy (defaulted to ClusterFirst)', podSpec: { dnsPolicy: '' } },
    { name: 'None with a nameserver', podSpec: { dnsPolicy: 'None', dnsConfig: { nameservers: ['1.1.1.1'], searches: ['ns1.svc.cluster.local.'], options: [{ name: 'ndots', value: '2' }] } } },
    { name: 'three IPv4 and IPv6 nameservers', podSpec: { dnsConfig: { nameservers: ['10.0.0.10', '2001:db8::1', '8.8.8.8'] } } },
    { name: 'a search domain with underscore on 1.33+', podSpec: { dnsConfig: { searches: ['_sip._tcp.example.com', '.'] } }, versions: ['1.33', '1.36'] },
  ],
  invalid: [
    { name: 'dnsPolicy is unknown', podSpec: { dnsPolicy: 'clusterfirst' }, errors: [`${P}.dnsPolicy`] },
    { name: 'None without dnsConfig', podSpec: { dnsPolicy: 'None' }, errors: [`${P}.dnsConfig`] },
    { name: 'None without nameservers', podSpec: { dnsPolicy: 'None', dnsConfig: { searches: ['a.b'] } }, errors: [`${P}.dnsConfig.nameservers`] },
    { name: 'four nameservers', podSpec: { dnsConfig: { nameservers: ['1.1.1.1', '1.1.1.2', '1.1.1.3', '1.1.1.4'] } }, errors: [`${P}.dnsConfig.nameservers`] },
    { name: 'a nameserver is a host name', podSpec: { dnsConfig: { nameservers: ['dns.example.com'] } }, errors: [`${P}.dnsConfig.nameservers[0]`] },
    { name: 'a search domain has upper case', podSpec: { dnsConfig: { searches: ['Example.com'] } }, errors: [`${P}.dnsConfig.searches[0]`] },
    { name: 'a search domain has an underscore before 1.33', podSpec: { dnsConfig: { searches: ['_tcp.example.com'] } }, versions: ['1.28', '1.32'], errors: [`${P}.dnsConfig.searches[0]`] },
    { name: 'an IPv6 nameserver is not canonical (1.33+)', podSpec: { dnsConfig: { nameservers: ['2001:DB8::1'] } }, versions: ['1.33', '1.36'], errors: [{ path: `${P}.dnsConfig.nameservers[0]`, severity: 'warning' }] },
    { name: 'a nameserver has leading zeros (a warning on 1.33-1.35)', podSpec: { dnsConfig: { nameservers: ['010.0.0.1'] } }, versions: ['1.33', '1.35'], errors: [{ path: `${P}.dnsConfig.nameservers[0]`, severity: 'warning' }] },
    { name: 'an option has no name', podSpec: { dnsConfig: { options: [{ value: '1' }] } }, errors: [`${P}.dnsConfig.options[0]`] },
    {
      name: 'there are 33 search domains',
      podSpec: { dnsConfig: { searches: Array.from({ length: 33 }, (_, i) => `d${i}.example.com`) } },
      errors: [`${P}.dnsConfig.searches`],
    },
    {
      name: 'the search list is longer than 2048 characters',
      podSpec: { dnsConfig: { searches: Array.from({ length: 11 }, () => `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.example`) } },
      errors: [`${P}.dnsConfig.searches`],
    },
  ],
});

describe('pod-dns messages', () => {
  it('prints the supported policies', () => {
    const [v] = runRule(podDns, build('Job', { podSpec: { dnsPolicy: 'Cluster' } }));
    expect(v.message).toBe('Unsupported value: "Cluster": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"');
  });

  it('words a bad IP per version and hints at a placeholder', () => {
    const [old] = runRule(podDns, build('Job', { podSpec: { dnsConfig: { nameservers: ['x'] } } }), '1.28');
    expect(old.message).toBe('Invalid value: "x": must be valid IP address');
    const [now] = runRule(podDns, build('Job', { podSpec: { dnsConfig: { nameservers: ['${DNS_IP}'] } } }), '1.36');
    expect(now.message).toBe('Invalid value: "${DNS_IP}": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)');
    expect(now.hint).toMatch(/^"\$\{DNS_IP\}" looks like a template variable/);
  });

  it('words the IP warnings as GetWarningsForIP does', () => {
    const m = build('Job', { podSpec: { dnsConfig: { nameservers: ['1:0:0:2:0:0:3:4', '::ffff:1.2.3.4', '::1.2.3.4'] } } });
    expect(runRule(podDns, m, '1.35').map((v) => v.message)).toEqual([
      'Invalid value: IPv6 address "1:0:0:2:0:0:3:4" should be in RFC 5952 canonical format ("1::2:0:0:3:4")',
      'Invalid value: non-standard IP address "::ffff:1.2.3.4" is invalid: use "1.2.3.4"',
      'Invalid value: IPv6 address "::1.2.3.4" should be in RFC 5952 canonical format ("::102:304")',
    ]);
    expect(runRule(podDns, m, '1.32')).toEqual([]);
  });

  it('refuses leading zeros only from 1.36 (StrictIPCIDRValidation)', () => {
    const m = build('Job', { podSpec: { dnsConfig: { nameservers: ['010.0.0.1'] } } });
    expect(runRule(podDns, m, '1.35').map((v) => v.severity)).toEqual(['warning']);
    expect(runRule(podDns, m, '1.36').map((v) => v.message)).toEqual(['Invalid value: "010.0.0.1": must not have leading 0s']);
  });
});
