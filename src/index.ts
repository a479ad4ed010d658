export type {DeepReadonly} from './content/freeze.js'
export {article, clinic, condition, treatments} from './content/index.js'
export type {ClinicInput, CountryCode, MedicalSpecialtyName} from './content/schema.js'
export type {
  Article,
  ArticleSection,
  Clinic,
  ClinicLocation,
  Condition,
  Treatment,
} from './content/types.js'
export type {ErrorCode, FieldPath} from './errors.js'
export {SciaticaContentError} from './errors.js'
export type {ServiceId} from './generated/content.js'
export type {HostOptions, IsoDate, Reviewer} from './host/options.js'
export type {GraphNode, JsonLdGraph, NodeKind} from './jsonld/graph.js'
export type {JsonLdOptions} from './jsonld/json-ld.js'
export {buildJsonLd} from './jsonld/json-ld.js'
export type {JsonLdScriptOptions} from './jsonld/script.js'
export {jsonLdScript, serializeJsonLdForScript} from './jsonld/script.js'
export type {PageOptions} from './options.js'
export type {OpenGraphImage, PageMetadata, PageMetadataOptions} from './render/metadata.js'
export {buildPageMetadata} from './render/metadata.js'
export type {ArticleOptions, HeadingOffset} from './render/options.js'
export type {Telephone} from './telephone.js'
