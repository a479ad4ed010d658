export type {DeepReadonly} from './content/freeze.js'
export {article, clinic, condition} from './content/index.js'
export type {ClinicInput, MedicalSpecialtyName} from './content/schema.js'
export {MEDICAL_SPECIALTIES} from './content/schema.js'
export type {
  Article,
  ArticleSection,
  Clinic,
  ClinicLocation,
  Condition,
  Treatment,
} from './content/types.js'
export type {FieldPath} from './errors.js'
export {SciaticaContentError} from './errors.js'
export {buildArticleNode} from './jsonld/article.js'
export {buildBreadcrumbNode} from './jsonld/breadcrumb.js'
export {buildClinicNode, buildClinicNodes} from './jsonld/clinic.js'
export {buildConditionNode} from './jsonld/condition.js'
export type {GraphNode, JsonLdGraph} from './jsonld/graph.js'
export {buildGraph, buildJsonLd} from './jsonld/graph.js'
export {
  clinicNodeId,
  ID_FRAGMENTS,
  idReference,
  pageNodeId,
  siteNodeId,
  treatmentNodeId,
} from './jsonld/ids.js'
export type {PageMetadata, PageMetadataOptions} from './jsonld/metadata.js'
export {buildPageMetadata} from './jsonld/metadata.js'
export type {JsonLdOptions, NodeKind, Site} from './jsonld/options.js'
export {DEFAULT_PATH, NODE_KINDS, resolveSite} from './jsonld/options.js'
export {buildOrganizationNode} from './jsonld/organization.js'
export type {JsonLdScriptOptions} from './jsonld/script.js'
export {jsonLdScript, serializeJsonLd, serializeJsonLdForScript} from './jsonld/script.js'
export type {TreatmentNode} from './jsonld/treatment.js'
export {buildTreatmentNode, buildTreatmentNodes} from './jsonld/treatment.js'
export {buildWebPageNode} from './jsonld/webpage.js'
export {buildWebSiteNode} from './jsonld/website.js'
export type {Telephone} from './telephone.js'
