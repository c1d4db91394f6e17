import { KUBERNETES_VERSIONS, DEFAULT_KUBERNETES_VERSION } from '../versions';

/** `cdk8s-jobs --help`. */
export const HELP = `Usage: cdk8s-jobs lint [options] <path...>

Lints Kubernetes Job and CronJob manifests with the rules the API server applies
(and a few opinions, as warnings). Paths are files, directories (searched
recursively for .yaml, .yml and .json; node_modules and .git are skipped), or -
for stdin. Other kinds are counted and skipped.

Options:
  --kubernetes-version <v>  target version, ${KUBERNETES_VERSIONS[0]} to ${KUBERNETES_VERSIONS[KUBERNETES_VERSIONS.length - 1]} (default ${DEFAULT_KUBERNETES_VERSION})
  -o, --output <format>     text (default), json, or sarif (SARIF 2.1.0)
  -q, --quiet               report errors only, no warnings
  -h, --help                show this help
      --version             print the version

Exit codes: 0 no errors (warnings allowed), 1 errors found,
            2 usage error or an input that could not be read.
Set CDK8S_JOBS_DEBUG=1 to print stack traces of internal errors.
`;
