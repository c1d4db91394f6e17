import { KUBERNETES_VERSIONS, DEFAULT_KUBERNETES_VERSION } from '../versions';

/** `cdk8s-jobs --help`. */
export const HELP = `Usage: cdk8s-jobs lint [options] [<path...>]
       cdk8s-jobs rules [-o text|json]

Lints Kubernetes Job and CronJob manifests with the rules the API server applies,
plus recommended checks (warnings). Paths are files or directories (searched
recursively for .yaml, .yml and .json; node_modules and names starting with "."
are skipped), or - for stdin; with no path, stdin is read unless it is a terminal.
In directories, Helm chart templates, kustomization files and the patches they
list, and files that are not Kubernetes objects are skipped with a note on
stderr; a file named on the command line is always linted. Other kinds are
counted and skipped.

Options:
  --kubernetes-version <v>  target version, ${KUBERNETES_VERSIONS[0]} to ${KUBERNETES_VERSIONS[KUBERNETES_VERSIONS.length - 1]} (default: the config's, else ${DEFAULT_KUBERNETES_VERSION})
  -o, --output <format>     text (default), json, sarif (SARIF 2.1.0), junit (JUnit XML)
                            or github (GitHub Actions annotations)
  -c, --config <file>       configuration file (default: .cdk8s-jobs.yaml in the current
                            directory or the nearest parent, up to the repository root)
  --ignore-path <glob>      do not lint matching files or directories (repeatable)
  --fail-on <level>         error (default) or warning: what makes the exit code 1
  -q, --quiet               report errors only: no warnings, no notes
  -h, --help                show this help
      --version             print the version

Silence one rule on one object with the annotation
  ignore-check.cdk8s-jobs.io/<rule-id>: "<reason>"
("cdk8s-jobs rules" lists the ids; API-server errors cannot be silenced this way).

Exit codes: 0 no errors (warnings allowed unless --fail-on warning), 1 errors found,
            2 usage error, a bad configuration, or an input that could not be read.
Set CDK8S_JOBS_DEBUG=1 to print stack traces of internal errors.
`;
