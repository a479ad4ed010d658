import type {Element, ElementContent} from 'hast'
import {type FindAndReplaceTuple, findAndReplace} from 'hast-util-find-and-replace'
import {h} from 'hastscript'
import type {Clinic, ClinicLocation} from '../content/types.js'
import type {Telephone} from '../telephone.js'
import type {Formatter} from './format.js'

/** A `tel:` link showing the number as the clinic writes it. */
export function telephoneLink(telephone: Telephone): Element {
  return h('a', {href: `tel:${telephone.e164}`}, telephone.display)
}

/**
 * The call to action of the clinic that wrote the article: its own closing paragraphs (compiled
 * hast), word for word, with its telephone number made a `tel:` link and, where a location has
 * a page, its place's name a link to it.
 */
export function sourceCallToAction(
  clinic: Clinic,
  paragraphs: ElementContent[],
  locationPage: (location: ClinicLocation) => string | undefined,
): ElementContent[] {
  const root = h(null, paragraphs)
  const links: FindAndReplaceTuple[] = [
    [clinic.telephone.display, () => telephoneLink(clinic.telephone)],
  ]
  for (const location of clinic.locations) {
    const href = locationPage(location)
    const place = location.address.addressLocality
    if (href !== undefined) links.push([place, () => h('a', {href}, place)])
  }
  findAndReplace(root, links)
  return root.children as ElementContent[]
}

// A link to `href` when there is one, else the text.
const linkTo = (href: string | undefined, text: string) =>
  href === undefined ? text : h('a', {href}, text)

/** How many locations the call to action lists; a clinic with more says how many more. */
export const CALL_TO_ACTION_LOCATIONS = 10

/**
 * The contact details of a host's clinic, in its own words, for after the article: its name, its
 * locations (the first ten, with their own telephone where it differs) and its telephone as a
 * `tel:` link, in an `<address>` (the page's contact, not the article's author's).
 */
export function hostCallToAction(
  clinic: Clinic,
  format: Formatter,
  className: string | undefined,
  locationPage: (location: ClinicLocation) => string | undefined,
): Element {
  const more = clinic.locations.length - CALL_TO_ACTION_LOCATIONS
  const label = `Contact ${clinic.name}`
  return h('aside', {ariaLabel: label, className}, [
    h('h2', label),
    h('address', [
      h('ul', [
        ...clinic.locations
          .slice(0, CALL_TO_ACTION_LOCATIONS)
          .map((location) =>
            h('li', [
              h('strong', linkTo(locationPage(location), location.name)),
              ` — ${format.placeAfterName(location)}`,
              ...(location.telephone.e164 === clinic.telephone.e164
                ? []
                : [' (', telephoneLink(location.telephone), ')']),
            ]),
          ),
        ...(more > 0 ? [h('li', `and ${more} more ${more === 1 ? 'location' : 'locations'}`)] : []),
      ]),
      h('p', ['Telephone: ', telephoneLink(clinic.telephone)]),
    ]),
  ])
}
