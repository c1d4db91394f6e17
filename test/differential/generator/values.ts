/** Value pools: valid values, edge values and the ones the API server refuses. */
export const VALID_CPU = ['100m', '250m', '0.5', '1', '2', '1500m', '0.1', 0.5, 1, 2];
export const VALID_MEMORY = ['64Mi', '128Mi', '256Mi', '1Gi', '512M', '1e9', '2G', 134217728, '1.5Gi'];
export const VALID_EPHEMERAL = ['1Gi', '500Mi', '2G'];
/** Quantities that parse; some are surprising (exponents, fractions, big suffixes). */
export const EDGE_QUANTITIES = ['1e3', '0.5', '100m', '1E3', '1.5', '0', '0m', '1Ki', '1k', '1Ei', '1n', '1u', '.5', '5.', '1e-3', '123456789012345678', '+1', '0.001m', '1m', 1e3, 0.25, 0];
/** Strings that are not quantities. */
export const BAD_QUANTITIES = ['', 'one', '1KB', '1mb', '1 Gi', '-', '1.2.3', 'Gi', '1GiB', '0x10', '1e', 'e3', '1,5', '--1', 'Infinity', 'NaN', '1ki', '1e1000'];
export const NEGATIVE_QUANTITIES = ['-1', '-100m', '-1Gi', -1];

export const GOOD_IMAGES = ['busybox:1.36', 'perl:5.34', 'registry.k8s.io/pause:3.9', 'ghcr.io/acme/migrate@sha256:' + 'a'.repeat(64), 'python:3.12-slim', 'localhost:5000/tool', 'alpine'];
export const GOOD_LABEL_KEYS = ['app', 'app.kubernetes.io/name', 'team', 'example.com/tier', 'x_y', 'a.b-c'];
export const GOOD_LABEL_VALUES = ['web', 'v1.2.3', '', 'a_b-c.d', 'x'.repeat(63), 'Batch'];
export const BAD_LABEL_KEYS = ['-app', 'app-', 'a/b/c', 'Example.com/x', '/name', 'example.com/', 'x'.repeat(64), 'a b', 'ünicode', 'a'.repeat(254) + '/b'];
export const BAD_LABEL_VALUES = ['-web', 'web-', 'a b', 'x'.repeat(64), 'a/b', 'ä', '_x'];
export const BAD_DNS_LABELS = ['Web', '-web', 'web-', 'web_1', 'a.b', 'x'.repeat(64), '', '1.2', 'ab cd'];
export const BAD_DNS_SUBDOMAINS = ['Web', '-web', 'web-', 'web_1', 'a..b', 'x'.repeat(254), '', '.a', 'a.-b'];
export const GOOD_PORT_NAMES = ['http', 'metrics', 'grpc-api', 'p8080', 'a-b-c'];
export const BAD_PORT_NAMES = ['HTTP', 'http_1', 'very-long-port-name', '-http', 'http-', 'a--b', '8080', '', 'ab cd'];
export const GOOD_ENV_NAMES = ['HOME', 'JAVA_OPTS', 'a.b', 'x-y', '_X', 'LOG_LEVEL'];
/** Refused before RelaxedEnvironmentVariableValidation, accepted after (1.32+ beta on). */
export const RELAXED_ENV_NAMES = ['1ABC', 'A B', 'a:b', 'ü', 'A$B', '@X', '{x}'];
export const BAD_ENV_NAMES = ['', 'A=B', 'X\u0001', '='];
