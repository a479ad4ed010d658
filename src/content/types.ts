import type {ElementContent} from 'hast'
import type * as v from 'valibot'
import type {Telephone} from '../telephone.js'
import type {DeepReadonly} from './freeze.js'
import type {
  articleFrontMatterSchema,
  ConditionData,
  MedicalSpecialtyName,
  ParsedClinic,
} from './schema.js'

/** A section of the article: the text under one heading (the first has none). */
export interface ArticleSectionData {
  /** The heading's slug (the id rehype-slug gives it), or `null` for the opening section. */
  id: string | null
  /** The heading's text, or `null` for the opening section. */
  heading: string | null
  /** The paragraphs, as plain text. */
  paragraphs: string[]
}

type ArticleData = v.InferOutput<typeof articleFrontMatterSchema> & {
  /** The sections in order. */
  sections: ArticleSectionData[]
  /** The closing call to action, paragraph by paragraph, as plain text. */
  callToAction: string[]
  /** The Markdown of the sections (everything before the call to action). */
  markdown: string
  /** The Markdown of the call to action. */
  callToActionMarkdown: string
  /**
   * Words in the sections' headings and paragraphs: what every page shows of the article (not the
   * title, and not the call to action, which a host's page replaces with its own).
   */
  wordCount: number
}

/** The article: front matter, sections and call to action. */
export type Article = DeepReadonly<ArticleData>

/** A section of the article. */
export type ArticleSection = DeepReadonly<ArticleSectionData>

/** The condition (sciatica): codes, anatomy, causes, risk factors, symptoms and treatments. */
export type Condition = DeepReadonly<ConditionData>

/** A treatment of the condition. */
export type Treatment = Condition['treatments'][number]

type ParsedLocation = ParsedClinic['locations'][number]

/** A clinic location, with its defaults filled in. */
export type ClinicLocation = DeepReadonly<
  Omit<ParsedLocation, 'id' | 'name' | 'telephone' | 'openingHours'> & {
    /** Slug used in `@id`s and file names; defaults to the slug of the locality. */
    id: string
    /** Defaults to `<clinic name>, <locality>`. */
    name: string
    /** Defaults to the clinic's telephone. */
    telephone: Telephone
    /** Defaults to `[]`. */
    openingHours: string[]
  }
>

/** A clinic (organization and locations), with its defaults filled in. */
export type Clinic = DeepReadonly<
  Omit<ParsedClinic, 'sameAs' | 'medicalSpecialty' | 'services' | 'locations'> & {
    /** Defaults to `[]`. */
    sameAs: string[]
    /** Defaults to `[]`. */
    medicalSpecialty: MedicalSpecialtyName[]
    /** Ids of the condition's treatments that the clinic offers; defaults to `[]`. */
    services: string[]
    locations: ClinicLocation[]
  }
>

/**
 * The content that the JSON-LD builders, the head and the pages describe: one article, the
 * condition it is about and the clinic that wrote it. The package's own is compiled from
 * `content/`; a test compiles a fictional one with the same compiler.
 */
export interface Content {
  readonly article: Article
  readonly condition: Condition
  readonly clinic: Clinic
}

/**
 * The article's body as hast, made from its Markdown when the content compiles (remark-parse →
 * remark-rehype): the sections, and the closing call to action. Kept apart from `Article` so that
 * the core entry, which never renders, does not carry it.
 */
export type ArticleBody = DeepReadonly<{
  sections: ElementContent[]
  callToAction: ElementContent[]
}>

/** Content with its article's body, for rendering. */
export interface RenderableContent extends Content {
  readonly body: ArticleBody
}
