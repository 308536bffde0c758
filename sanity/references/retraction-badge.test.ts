import { expect, test } from 'vitest'
import { retractionBadge } from './retraction-badge'

test('red for a retraction, on the citation and on every citing post', () => {
  expect(retractionBadge(['retracted'], 'citation')).toMatchObject({ label: 'Retracted', color: 'danger' })
  expect(retractionBadge(['corrected', 'retracted', 'retracted'], 'post')).toMatchObject({
    label: 'Cites 2 retracted sources',
    color: 'danger',
  })
})

test('a concern or a correction is shown as such; nothing, no badge', () => {
  expect(retractionBadge(['expression-of-concern'], 'post')).toMatchObject({ color: 'warning' })
  expect(retractionBadge(['corrected'], 'citation')).toMatchObject({ label: 'Corrected' })
  expect(retractionBadge(['corrected'], 'post')).toBeNull()
  expect(retractionBadge([], 'citation')).toBeNull()
})
