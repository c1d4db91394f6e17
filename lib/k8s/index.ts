export * from './enums';
export { GATED_FEATURES, type GatedFeature } from './features';
export { isKnownTimeZone, suggestTimeZone, timeZoneNames, TZDATA_VERSION } from './time-zones';
export * from './enum-table';
export * from './api-versions';
export * from './quantity';
