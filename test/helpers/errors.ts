import {expect} from 'vitest'
import {SciaticaContentError} from '../../src/index.js'

/** The error that `run` throws (it must throw a SciaticaContentError). */
export function errorOf(run: () => unknown): SciaticaContentError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(SciaticaContentError)
    return error as SciaticaContentError
  }
  throw new Error('Expected an error')
}
