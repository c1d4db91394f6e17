export { validateManifest, type ValidateOptions, SCHEMA_RULE, API_VERSION_REMOVED_RULE } from './validate-manifest';
export { schemaFile, loadSchema } from './schema-files';
