import { asBool, asObject, asString, asStringMap, has } from '../../manifest/access';
import type { JobView } from '../../manifest/job-view';

/**
 * The Job strategy's PrepareForCreate (kubernetes `pkg/registry/batch/job/strategy.go`
 * `generateSelector`, read in the dejanzele/kubernetes fork @ 4d8f1909): unless `manualSelector`
 * is true, the server adds four template labels (user-set values of these keys are kept, and
 * then fail validation) and adds `batch.kubernetes.io/controller-uid` to the selector's
 * matchLabels. Validation then runs `validateGeneratedSelector` (yongruilin/kubernetes @ 088d1158
 * `pkg/apis/batch/validation/validation.go`).
 */

/** `batch.LegacyJobNameLabel` */
export const LEGACY_JOB_NAME_LABEL = 'job-name';
/** `batch.JobNameLabel` */
export const JOB_NAME_LABEL = 'batch.kubernetes.io/job-name';
/** `batch.LegacyControllerUidLabel` */
export const LEGACY_CONTROLLER_UID_LABEL = 'controller-uid';
/** `batch.ControllerUidLabel` */
export const CONTROLLER_UID_LABEL = 'batch.kubernetes.io/controller-uid';

/** The four generated keys, in the order the server checks them (`validateGeneratedSelector`). */
export const GENERATED_LABEL_KEYS = [LEGACY_CONTROLLER_UID_LABEL, LEGACY_JOB_NAME_LABEL, CONTROLLER_UID_LABEL, JOB_NAME_LABEL] as const;

/**
 * Stand-in for the UID the server assigns on create. A valid label value, so selectors that
 * contain it parse; {@link displayUid} replaces it in messages.
 */
export const PLACEHOLDER_UID = 'uid-assigned-on-create';

/** Longest generateName prefix kept by the name generator (63 minus the 5 random characters). */
const MAX_GENERATED_PREFIX = 58;
/** Stands for the 5 random characters the server appends to generateName. */
const GENERATED_SUFFIX = 'xxxxx';

/** True when the Job opts out of selector generation (`manualSelector: true`). */
export function isManualSelector(view: JobView): boolean {
  return asBool(view.spec.manualSelector) === true;
}

/**
 * The name the object will have when validation runs: `metadata.name`, or for `generateName`
 * the prefix (cut to 58 characters) plus 5 random characters (apiserver `SimpleNameGenerator`).
 */
export function effectiveName(view: JobView): string | undefined {
  if (view.name) return view.name;
  const prefix = asString(view.metadata.generateName);
  return prefix ? prefix.slice(0, MAX_GENERATED_PREFIX) + GENERATED_SUFFIX : undefined;
}

/** The value each generated key must have. */
export function expectedGeneratedLabels(view: JobView): Record<string, string> {
  const name = effectiveName(view) ?? '';
  const labels: Record<string, string> = {};
  labels[LEGACY_CONTROLLER_UID_LABEL] = PLACEHOLDER_UID;
  labels[LEGACY_JOB_NAME_LABEL] = name;
  labels[CONTROLLER_UID_LABEL] = PLACEHOLDER_UID;
  labels[JOB_NAME_LABEL] = name;
  return labels;
}

/** The template labels as written (string values only). */
export function writtenTemplateLabels(view: JobView): Record<string, string> {
  return asStringMap(asObject(asObject(view.spec.template)?.metadata)?.labels) ?? {};
}

/**
 * True when the Job's own labels are its template's label map itself: `SetDefaults_Job` assigns
 * the template's (non-nil) map to a Job without labels, and the conversion to the internal type
 * keeps the one map, so the labels PrepareForCreate then adds to the template are the Job's too
 * and are validated at `metadata.labels` as well.
 */
export function jobLabelsShareTemplateLabels(view: JobView): boolean {
  if (view.kind !== 'Job') return false;
  const written = asObject(view.manifest.metadata)?.labels;
  const templateLabels = asObject(asObject(asObject(asObject(view.rawSpec.template))?.metadata)?.labels);
  return templateLabels !== undefined && Object.keys(asObject(written) ?? {}).length === 0;
}

/** The template labels after PrepareForCreate (once per linted document, shared: do not modify). */
export function preparedTemplateLabels(view: JobView): Readonly<Record<string, string>> {
  return view.derived(prepareTemplateLabels);
}

function prepareTemplateLabels(view: JobView): Record<string, string> {
  const written = writtenTemplateLabels(view);
  if (isManualSelector(view)) return written;
  const labels = expectedGeneratedLabels(view);
  for (const k in written) if (has(written, k)) labels[k] = written[k];
  return labels;
}

/** The selector after PrepareForCreate (`undefined` when it stays nil: manualSelector without selector); shared: do not modify. */
export function preparedSelector(view: JobView): unknown {
  return view.derived(prepareSelector);
}

function prepareSelector(view: JobView): unknown {
  const written = view.spec.selector;
  if (isManualSelector(view)) return written ?? undefined;
  const selector = { ...(asObject(written) ?? {}) };
  const matchLabels = { ...(asObject(selector.matchLabels) ?? {}) };
  if (!(CONTROLLER_UID_LABEL in matchLabels)) matchLabels[CONTROLLER_UID_LABEL] = PLACEHOLDER_UID;
  return { ...selector, matchLabels };
}

/**
 * True when the server generates the whole selector: no `manualSelector: true`, no selector
 * object written, no controller-uid template label written. The prepared selector is then
 * `{matchLabels: {controller-uid: <uid>}}`, valid, and it matches the prepared template labels,
 * which carry the same `<uid>` (a shortcut past parsing and matching, same verdict).
 */
export function selectsOnlyGeneratedLabels(view: JobView): boolean {
  return !isManualSelector(view) && asObject(view.spec.selector) === undefined && !has(writtenTemplateLabels(view), CONTROLLER_UID_LABEL);
}

/** A value for a message, with the placeholder UID shown as `<uid>`. */
export function displayUid<T>(value: T): T {
  return JSON.parse(JSON.stringify(value ?? null).split(PLACEHOLDER_UID).join('<uid>')) as T;
}

/** A Go map as `encoding/json` prints it: keys sorted. */
export function sortedMap(map: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A LabelSelector as the server prints it (struct field order, map keys sorted), uid shown as `<uid>`. */
export function displaySelector(selector: unknown): unknown {
  const s = asObject(selector);
  if (!s) return displayUid(selector ?? null);
  const out: Record<string, unknown> = {};
  const matchLabels = asObject(s.matchLabels);
  if (matchLabels && Object.keys(matchLabels).length > 0) out.matchLabels = sortedMap(matchLabels);
  if (Array.isArray(s.matchExpressions) && s.matchExpressions.length > 0) out.matchExpressions = s.matchExpressions;
  return displayUid(out);
}

/** Labels as the server prints them (keys sorted; `null` when empty), uid shown as `<uid>`. */
export function displayLabels(labels: Readonly<Record<string, string>>): unknown {
  return Object.keys(labels).length === 0 ? null : displayUid(sortedMap(labels));
}
