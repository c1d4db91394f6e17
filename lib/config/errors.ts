/**
 * A configuration that cannot be used (`.cdk8s-jobs.yaml`, `--config`, the plugin's properties
 * or the `cdk8s-jobs:rules` context): every problem, one per line, each naming where it is.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    /** Where the configuration came from (a file name, `plugin properties`, ...). */
    readonly source: string,
    /** One line per problem: `rules.job-ttl: unknown rule id; did you mean "..."?` */
    readonly problems: readonly string[],
  ) {
    super(`${source}: ${problems.length === 1 ? problems[0] : `${problems.length} problems:\n  ${problems.join('\n  ')}`}`);
  }
}
