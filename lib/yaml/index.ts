/**
 * The YAML loader shared by the linter CLI, the testing kit and the cdk8s plugin: documents as
 * kubectl reads them (go-yaml v2 scalars, the last of duplicate keys kept with a warning, aliases capped), with source
 * positions computed only when asked for.
 */
export { readDocuments, readDocumentChunks, loadDocuments, MAX_DEPTH, MAX_DOCUMENT_CHARS, type YamlDocument, type YamlSyntaxError, type YamlWarning } from './load';
export { decodeText } from './decode';
export { splitDocuments, splitStreamPieces, streamPieces, type DocumentSource, type StreamPiece } from './split';
export type { PathStep, SourcePosition } from './locate';
