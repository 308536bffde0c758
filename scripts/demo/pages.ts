/** The demo's standing pages (our own words): served at /<slug> and linked from every footer. */
import { heading, leadInList, paragraph } from './portable-text'
import type { TextBlock } from './portable-text'

export type PageSpec = { slug: string; title: string; description: string; body: TextBlock[] }

export const pageId = (slug: string) => `page-${slug}`

export const PAGES: PageSpec[] = [
  {
    slug: 'about',
    title: 'About Cited',
    description: 'Who we are, who pays for the site and why every health claim here links to its source.',
    body: [
      paragraph(
        'Cited publishes plain-language articles on vitamins, nutrition and supplements. We write for people who want to understand a health question well enough to talk it through with their own doctor or pharmacist.',
      ),
      heading(2, 'What makes us different'),
      paragraph(
        'Every claim about health carries a numbered marker that leads to the study, guideline or fact sheet it comes from. You should never have to take our word for anything.',
      ),
      heading(2, 'Who pays for the site'),
      paragraph(
        'We carry no advertising and sell no supplements. Nobody who makes or sells a product we write about can pay to appear in an article or to change one.',
      ),
      heading(2, 'Who we are'),
      paragraph(
        'Our writers, editors and clinical reviewers each have a page listing what they wrote and reviewed: see [Authors and reviewers](/authors).',
      ),
    ],
  },
  {
    slug: 'editorial-policy',
    title: 'Editorial policy',
    description: 'How we choose sources, how citations work on the page, and how clinicians review every health article.',
    body: [
      paragraph('This page explains how an article on Cited is researched, written, reviewed and kept up to date.'),
      heading(2, 'Sources we rely on'),
      ...leadInList([
        ['Research:', 'systematic reviews, meta-analyses and randomised trials, reached through PubMed or the journal.'],
        ['Public-health bodies:', 'fact sheets and guidance from national health services and government nutrition offices.'],
        ['Clinical references:', 'health libraries maintained by hospitals and medical schools.'],
      ]),
      paragraph(
        'A shop or manufacturer page can be cited when an article describes what is being claimed for a product, but it is never the only support for a health claim.',
      ),
      heading(2, 'How citations appear'),
      paragraph(
        'A small number follows each claim and leads to its entry under *Works cited* at the end of the article: authors, title, publisher, date and a link, with a way back to the sentence that cited it.',
      ),
      heading(2, 'How we review articles'),
      paragraph(
        'Before a health article is published, a doctor or registered dietitian who did not write it checks each claim against its source. Their name, credentials and the date of the review appear at the top of the article.',
      ),
      paragraph(
        'Articles are reviewed again at least every twelve months. The date of the next review is shown beside the last one, and when it has passed the article says so at the top until it has been checked again.',
      ),
    ],
  },
  {
    slug: 'corrections-policy',
    title: 'Corrections policy',
    description: 'How to report a mistake, and how we correct and update articles in the open.',
    body: [
      paragraph('We would rather hear about a mistake than leave it in place. This page explains what happens when you report one.'),
      heading(2, 'Reporting an error'),
      paragraph(
        'Email [corrections@example.org](mailto:corrections@example.org) with the address of the article and what you believe is wrong. An editor replies within five working days.',
      ),
      heading(2, 'How we correct'),
      paragraph(
        'An error of fact is fixed in the text and listed under *Updates and corrections* at the end of the article with the date and what changed. New evidence that changes advice is recorded there as an update. We do not quietly rewrite what an article said.',
      ),
    ],
  },
  {
    slug: 'contact',
    title: 'Contact',
    description: 'How to reach the editors of Cited.',
    body: [
      paragraph('We read everything readers send us, though we cannot give personal medical advice.'),
      ...leadInList([
        ['Editorial questions:', '[editors@example.org](mailto:editors@example.org)'],
        ['Corrections:', '[corrections@example.org](mailto:corrections@example.org) (see our [corrections policy](/corrections-policy))'],
      ]),
    ],
  },
]
