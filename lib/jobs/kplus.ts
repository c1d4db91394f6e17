/**
 * The one place `lib/` imports cdk8s-plus: every construct imports `./kplus`, never a
 * `cdk8s-plus-XX` package. The root build (`cdk8s-jobs`) is compiled against cdk8s-plus-28 as
 * written here; `scripts/build-plus-majors.ts` compiles the same `lib/` once per further major
 * (`cdk8s-jobs/plus-33`, `cdk8s-jobs/plus-34`) with only this module's text replaced by
 * `export * from 'cdk8s-plus-XX'`, so each build is typed against, and requires, that major alone.
 */
export * from 'cdk8s-plus-28';
