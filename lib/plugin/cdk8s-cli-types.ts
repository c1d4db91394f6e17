// The slice of cdk8s-cli's plugin API (`cdk8s-cli/plugins`, src/plugins/validation.ts) that the
// plugin uses, declared structurally: cdk8s-cli publishes these types only through its `exports`
// map, which TypeScript's `moduleResolution: node10` (ours, and many users') cannot see, and
// importing them would make cdk8s-cli a dependency of our published typings.
// test/plugin/jobs-validation.test.ts passes the real cdk8s-cli `ValidationContext` to the plugin
// and assigns the plugin to the real `Validation` type, so tsc fails if the shapes drift apart.

/** A resource that breaks a rule (cdk8s-cli `ValidationViolatingResource`). */
export interface ValidationViolatingResource {
  readonly resourceName: string;
  readonly locations: readonly string[];
  readonly manifestPath: string;
}

/** One entry of a validation report (cdk8s-cli `ValidationViolation`). */
export interface ValidationViolation {
  readonly ruleName: string;
  readonly recommendation: string;
  readonly fix: string;
  readonly violatingResources: readonly ValidationViolatingResource[];
}

/** The report a plugin fills (cdk8s-cli `ValidationReport`). */
export interface ValidationReport {
  addViolation(violation: ValidationViolation): void;
  submit(status: 'success' | 'failure', metadata?: { readonly [key: string]: string }): void;
}

/** What `cdk8s synth` hands a plugin (cdk8s-cli `ValidationContext`). */
export interface ValidationContext {
  /** Paths of the synthesized YAML files. */
  readonly manifests: readonly string[];
  readonly report: ValidationReport;
  /** Every document of a YAML file, parsed. */
  parseManifest(manifestPath: string): any[];
}

/** The contract of a validation plugin (cdk8s-cli `Validation`). */
export interface Validation {
  validate(context: ValidationContext): Promise<void>;
}
