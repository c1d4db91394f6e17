import { asObject, asString } from '../manifest/access';

/** The annotation `kubectl apply` (client side) stores the applied manifest in. */
export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

/** The namespace kubectl writes into a manifest without one (`--namespace`, else `default`). */
const KUBECTL_DEFAULT_NAMESPACE = 'default';

/** Characters Go's `encoding/json` escapes as six-byte `\u` sequences where `JSON.stringify` writes them raw. */
const GO_HTML_ESCAPES = /[<>&]/g;
const GO_LINE_ESCAPES = /[\u2028\u2029]/g;

/**
 * The bytes the last-applied annotation adds to `metadata.annotations` (key plus value) when
 * `kubectl apply` creates the object, or `undefined` when kubectl does not add one (no
 * `metadata.name`: a manifest with only `generateName` is created, not applied).
 *
 * kubectl `pkg/util/apply.go` `CreateApplyAnnotation`: the value is the object as kubectl sends it
 * (namespace filled in, `annotations` without this key and `{}` when there are none), encoded by
 * `encoding/json` with a trailing newline. Only the length matters here, so key order does not;
 * Go escapes `<`, `>`, `&`, U+2028 and U+2029 as six-byte `\u` sequences.
 */
export function lastAppliedAnnotationBytes(manifest: Readonly<Record<string, unknown>>): number | undefined {
  const metadata = asObject(manifest.metadata);
  if (!metadata || !asString(metadata.name)) return undefined;
  const annotations = { ...(asObject(metadata.annotations) ?? {}) };
  delete annotations[LAST_APPLIED_ANNOTATION];
  const namespace = asString(metadata.namespace) || KUBECTL_DEFAULT_NAMESPACE;
  const sent = { ...manifest, metadata: { ...metadata, namespace, annotations } };
  let json: string;
  try {
    json = JSON.stringify(sent);
  } catch {
    return undefined;
  }
  // One byte becomes six for <, > and &; three become six for U+2028 and U+2029.
  const extra = (json.match(GO_HTML_ESCAPES)?.length ?? 0) * 5 + (json.match(GO_LINE_ESCAPES)?.length ?? 0) * 3;
  return Buffer.byteLength(LAST_APPLIED_ANNOTATION, 'utf8') + Buffer.byteLength(json, 'utf8') + extra + 1;
}
