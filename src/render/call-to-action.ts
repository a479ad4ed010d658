import type {Element, ElementContent} from 'hast'
import {findAndReplace} from 'hast-util-find-and-replace'
import {h} from 'hastscript'
import type {Clinic, ClinicLocation} from '../content/types.js'
import type {Telephone} from '../telephone.js'
import {addressLine} from './address.js'

function telephoneLink(telephone: Telephone): Element {
  return h('a', {href: `tel:${telephone.e164}`}, telephone.display)
}

function describeLocation(location: ClinicLocation): string {
  return `${location.name}: ${addressLine(location)}`
}

/**
 * The call to action of the clinic that wrote the article: its own closing paragraphs (compiled
 * hast), word for word, with its telephone number made a `tel:` link.
 */
export function sourceCallToAction(clinic: Clinic, paragraphs: ElementContent[]): ElementContent[] {
  const root = h(null, paragraphs)
  findAndReplace(root, [clinic.telephone.display, () => telephoneLink(clinic.telephone)])
  return root.children as ElementContent[]
}

/** How many locations the call to action lists; a clinic with more says how many more. */
export const CALL_TO_ACTION_LOCATIONS = 10

/**
 * The call to action of a host's clinic: its name, its locations (the first ten, with their
 * own telephone where it differs) and the clinic's telephone as a `tel:` link, in an `<address>`.
 */
export function hostCallToAction(clinic: Clinic): ElementContent[] {
  const more = clinic.locations.length - CALL_TO_ACTION_LOCATIONS
  return [
    h('address', [
      h('p', h('strong', clinic.name)),
      h('ul', [
        ...clinic.locations
          .slice(0, CALL_TO_ACTION_LOCATIONS)
          .map((location) =>
            h(
              'li',
              location.telephone.e164 === clinic.telephone.e164
                ? [describeLocation(location)]
                : [`${describeLocation(location)} (`, telephoneLink(location.telephone), ')'],
            ),
          ),
        ...(more > 0 ? [h('li', `and ${more} more ${more === 1 ? 'location' : 'locations'}`)] : []),
      ]),
      h('p', ['Call us at ', telephoneLink(clinic.telephone), ' to schedule an appointment.']),
    ]),
  ]
}
