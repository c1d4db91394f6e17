export * from './enums';
export { GATED_FEATURES, type GatedFeature } from './features';
