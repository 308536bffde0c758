/** "Vitamin B17" (amygdalin/laetrile): not a vitamin, no proven cancer benefit, risk of cyanide poisoning. */
import { IMAGES } from '../images'
import { bulletList, callout, heading, paragraph } from '../portable-text'
import type { PostSpec } from '../post-spec'

export const vitaminB17: PostSpec = {
  slug: 'vitamin-b17',
  title: 'What You Need To Know About Vitamin B17',
  excerpt:
    '“Vitamin B17” is a marketing name for amygdalin and laetrile. It is not a vitamin, it has not been shown to treat cancer, and it can cause cyanide poisoning. Here is what the evidence says.',
  publishedAt: '2025-05-14T08:00:00.000Z',
  updatedAt: '2026-10-02T09:00:00.000Z',
  author: 'priya-raman',
  categories: ['review', 'supplements'],
  tags: ['amygdalin', 'laetrile', 'cancer', 'supplement safety'],
  mainImage: {
    asset: IMAGES.b17Hero,
    alt: 'Abstract illustration of apricot kernels beside a large warning triangle',
  },
  body: [
    paragraph(
      '“Vitamin B17” is a name you may see on websites and product labels selling apricot kernels or tablets of *amygdalin* or *laetrile*. Despite the name, [it is not recognised as a vitamin](cite:nci-laetrile-patient), and the body has no known need for it.',
    ),
    heading(2, 'What amygdalin and laetrile are'),
    paragraph(
      'Amygdalin is a natural plant compound found in the pits of apricots and other fruits, in raw nuts and in some beans. Laetrile is a partly man-made form of it; [the two names are often used interchangeably](cite:nci-laetrile-patient), although they are not identical products. When amygdalin is broken down, [it releases cyanide](cite:nci-laetrile-hp).',
    ),
    heading(2, 'Does it treat cancer?'),
    paragraph(
      'No reliable evidence shows that it does. Laetrile has been promoted as a cancer treatment for decades, but [it showed little anticancer activity in animal studies and none in human clinical trials](cite:nci-laetrile-hp). A [Cochrane systematic review](cite:cochrane-laetrile) searched for well-designed trials and found none that supported the claims; its authors judged the balance of risks and benefits for cancer treatment to be clearly unfavourable.',
    ),
    paragraph(
      'Laetrile is also [not approved by the US Food and Drug Administration](cite:nci-laetrile-patient) as a treatment for cancer or any other condition.',
    ),
    heading(2, 'The real risk: cyanide poisoning'),
    paragraph('The side effects reported with laetrile [mirror the symptoms of cyanide poisoning](cite:nci-laetrile-hp). They include:'),
    ...bulletList([
      'nausea, vomiting and headache',
      'dizziness and confusion',
      'liver damage, and nerve damage that makes walking difficult',
      'in severe cases, coma and death',
    ]),
    paragraph(
      'The danger is greatest when amygdalin is [taken by mouth](cite:cochrane-laetrile), because bacteria in the gut release cyanide from it. The risk may rise further with [raw almonds, crushed fruit pits or high doses of vitamin C](cite:nci-laetrile-patient).',
    ),
    callout(
      'warning',
      '**If you have cancer,** please do not replace or delay your treatment with laetrile, amygdalin or apricot kernels, and tell your care team if you are already taking them.',
      'Sudden dizziness, confusion or difficulty breathing after taking these products needs emergency care.',
    ),
    heading(2, 'The bottom line'),
    paragraph(
      '“Vitamin B17” is a marketing name, not a nutrient. The real B vitamins are a different group — see our guide to [the B-complex family](/blog/vitamin-b). If you are looking for ways to support cancer treatment, ask your oncology team about approaches that have been tested and shown to help.',
    ),
  ],
}
