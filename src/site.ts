export type {BuildSiteOptions, BuildSiteResult} from './site/build.js'
export {buildSite} from './site/build.js'
