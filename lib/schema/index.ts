export { validateManifest, type ValidateOptions } from './validate-manifest';
