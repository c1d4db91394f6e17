export * from './enums';
export { GATED_FEATURES, type GatedFeature } from './features';
export { isKnownTimeZone, suggestTimeZone, timeZoneNames, TZDATA_VERSION } from './time-zones';
