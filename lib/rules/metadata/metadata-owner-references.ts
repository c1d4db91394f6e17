import { asArray, asObject, asString } from '../../manifest/access';
import { isAtLeast, type KubernetesVersion } from '../../versions';
import { invalid, OMITTED, required, type Finding } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';

/**
 * `ValidateOwnerReferences` (apimachinery `pkg/api/validation/objectmeta.go`): each reference
 * names an apiVersion with a version, a kind, a name and a uid; an Event cannot own anything; at
 * most one reference is the controller. Up to 1.36 the errors name the list
 * (`metadata.ownerReferences.name`, `Invalid value`); from 1.37 the item
 * (`metadata.ownerReferences[0].name`, `Required value`), and an apiVersion that does not parse
 * has its own message.
 */
export const metadataOwnerReferences = defineRule({
  id: 'metadata-owner-references',
  severity: 'error',
  summary: 'each owner reference needs apiVersion, kind, name and uid, and at most one may be the controller',
  docs: DOCS.ownerReferences,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['metadata.ownerReferences'],
  refs: ['core.ValidateObjectMeta'],
  hint: 'copy apiVersion, kind, name and uid from the owner object (kubectl get <kind> <name> -o yaml), or drop ownerReferences and let a controller set them',
  check({ metadata, version }) {
    const refs = asArray(metadata.ownerReferences) ?? [];
    const out: Finding[] = [];
    let firstController: string | undefined;
    refs.forEach((item, i) => {
      const ref = asObject(item) ?? {};
      out.push(...ownerReferenceErrors(ref, i, version));
      if (ref.controller !== true) return;
      const current = `${asString(ref.kind) ?? ''}/${asString(ref.name) ?? ''}`;
      if (firstController === undefined) firstController = current;
      else {
        const detail = `Only one reference can have Controller set to true. Found "true" in references for ${firstController} and ${current}`;
        out.push(invalid('metadata.ownerReferences', OMITTED, detail, { hint: 'set controller: true on one owner reference only' }));
      }
    });
    return out;
  },
});

/** The group/version of an apiVersion as `schema.ParseGroupVersion` reads it; undefined when it does not parse. */
function parseGroupVersion(apiVersion: string): { group: string; version: string } | undefined {
  if (apiVersion === '') return { group: '', version: '' };
  const parts = apiVersion.split('/');
  if (parts.length === 1) return { group: '', version: apiVersion };
  if (parts.length === 2) return { group: parts[0], version: parts[1] };
  return undefined;
}

function ownerReferenceErrors(ref: Record<string, unknown>, index: number, version: KubernetesVersion): Finding[] {
  const indexed = isAtLeast(version, '1.37');
  const at = (child: string) => (indexed ? `metadata.ownerReferences[${index}].${child}` : `metadata.ownerReferences.${child}`);
  // Up to 1.33 each message names its field ("name must not be empty"); 1.34–1.36 say "must not be empty".
  const named = !isAtLeast(version, '1.34');
  const empty = (child: string, value: string): Finding =>
    indexed ? required(at(child), 'must not be empty') : invalid(at(child), value, named ? `${child} must not be empty` : 'must not be empty');
  const out: Finding[] = [];
  const apiVersion = asString(ref.apiVersion) ?? '';
  const kind = asString(ref.kind) ?? '';
  const gv = parseGroupVersion(apiVersion);
  if (indexed && apiVersion === '') out.push(empty('apiVersion', apiVersion));
  else if (indexed && (!gv || gv.version === '')) out.push(invalid(at('apiVersion'), apiVersion, 'must be <group>/<version> or <version>'));
  else if (!gv || gv.version === '') out.push(invalid(at('apiVersion'), apiVersion, 'version must not be empty'));
  if (kind === '') out.push(empty('kind', kind));
  for (const child of ['name', 'uid']) {
    const value = asString(ref[child]) ?? '';
    if (value === '') out.push(empty(child, value));
  }
  if (gv && gv.group === '' && gv.version === 'v1' && kind === 'Event') {
    const path = indexed ? `metadata.ownerReferences[${index}]` : 'metadata.ownerReferences';
    out.push(invalid(path, OMITTED, '/v1, Kind=Event is disallowed from being an owner'));
  }
  return out;
}
