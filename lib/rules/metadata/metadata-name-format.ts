import { asString } from '../../manifest/access';
import { invalid, type Finding } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { effectiveName } from '../support/generated-labels';
import { dns1123SubdomainErrors, maskTrailingDash } from '../support/names';

/**
 * Rules 2–4: `NameIsDNSSubdomain` on name and generateName (apimachinery
 * `pkg/api/validation/generic.go`, via ValidateObjectMeta). A generateName prefix is checked with
 * its trailing '-' masked; the name generated from it is then checked as a name too.
 */
export const metadataNameFormat = defineRule({
  id: 'metadata-name-format',
  severity: 'error',
  summary: 'metadata.name must be a lowercase RFC 1123 subdomain of at most 253 characters',
  docs: DOCS.names,
  appliesTo: ['Job', 'CronJob'],
  refs: ['meta.name.dns1123Subdomain', 'meta.name.max253', 'meta.generateName.dns1123Subdomain'],
  hint: "use lower case letters, digits, '-' and '.', starting and ending with a letter or digit",
  check(view) {
    const out: Finding[] = [];
    const generateName = asString(view.metadata.generateName);
    if (generateName) {
      for (const msg of dns1123SubdomainErrors(maskTrailingDash(generateName))) out.push(invalid('metadata.generateName', generateName, msg));
    }
    const name = effectiveName(view);
    if (name) for (const msg of dns1123SubdomainErrors(name)) out.push(invalid('metadata.name', name, msg));
    return out;
  },
});
