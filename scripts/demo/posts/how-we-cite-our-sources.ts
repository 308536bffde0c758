/** A News post about the site itself: deliberately no image and no citations. */
import { blockquote, heading, leadInList, paragraph } from '../portable-text'
import type { PostSpec } from '../post-spec'

export const howWeCiteOurSources: PostSpec = {
  slug: 'how-we-cite-our-sources',
  title: 'How We Cite: Our Editorial Standards',
  excerpt:
    'Every article on Cited is built around its sources. How we choose them, how numbered citations work on the page, and what we do when guidance changes.',
  publishedAt: '2025-01-20T08:00:00.000Z',
  author: 'priya-raman',
  categories: ['news'],
  tags: ['editorial standards', 'citations'],
  body: [
    paragraph(
      'Every article on Cited is built around its sources. This note explains how we choose them, how they appear on the page and what we do when they change.',
    ),
    heading(2, 'What counts as a source'),
    ...leadInList([
      ['Primary research:', 'peer-reviewed trials, systematic reviews and meta-analyses, linked through PubMed or the journal itself.'],
      ['Public-health agencies:', 'fact sheets from national health services and government nutrition offices.'],
      ['Clinical references:', 'health libraries run by hospitals and medical schools.'],
    ]),
    paragraph(
      'Commercial pages, such as supplement retailers, sometimes appear in a works-cited list when an article discusses what is being claimed in the market. We never rely on them alone for a health claim.',
    ),
    heading(2, 'How citations appear'),
    paragraph(
      'A small numbered marker follows each claim. It links to the matching entry in the *Works cited* list at the end of the article, which records the title, the publisher, the date we accessed the page and a link. Each entry links back to the places it was cited.',
    ),
    heading(2, 'Who reviews our articles'),
    paragraph(
      'Before a health article is published, a doctor or registered dietitian who did not write it checks it for accuracy. Their name and credentials appear under the headline, with the date of the review. Each article is reviewed again at least once a year; the date of the next review is shown at the end of the article, and if that date passes before the review is done, the page says so.',
    ),
    heading(2, 'Corrections and updates'),
    paragraph(
      'When guidance changes, we update the article, re-check its links and say what changed under *Updates and corrections* at the end of the page, with the date. Errors of fact are labelled as corrections. If you spot an error, please email [corrections@example.org](mailto:corrections@example.org).',
    ),
    blockquote('*A claim without a source is an opinion. We keep opinions clearly labelled, and rare.*'),
  ],
}
