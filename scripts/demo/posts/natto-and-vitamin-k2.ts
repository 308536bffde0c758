/** A nutrition post with a short passage in Japanese (non-Latin text in the body). */
import { IMAGES } from '../images'
import { heading, leadInList, paragraph } from '../portable-text'
import type { PostSpec } from '../post-spec'

export const nattoAndVitaminK2: PostSpec = {
  slug: 'natto-and-vitamin-k2',
  title: 'Natto (納豆): The Fermented Soybean Dish Rich in Vitamin K2',
  excerpt:
    'Sticky, stringy and strongly flavoured, natto is one of the richest food sources of vitamin K2. What it is, why it matters for bones, and why people taking warfarin need to be careful with it.',
  publishedAt: '2026-01-12T08:00:00.000Z',
  updatedAt: '2026-10-14T09:00:00.000Z',
  author: 'daniel-okafor',
  categories: ['nutrition', 'vitamins'],
  tags: ['natto', 'vitamin k2', 'fermented foods', 'japanese food'],
  mainImage: {
    asset: IMAGES.nattoHero,
    alt: 'Abstract illustration of a dark bowl heaped with small orange beans, with pale threads rising from them',
  },
  body: [
    paragraph(
      'Natto is a traditional Japanese food made by fermenting soybeans with the bacterium *Bacillus subtilis* var. *natto*. It is sticky, stringy and strongly flavoured — and [among the richest food sources of vitamin K2](cite:ods-vitamin-k), in the form known as MK-7.',
    ),
    heading(2, 'A short note in Japanese'),
    paragraph(
      '納豆（なっとう）は、大豆を納豆菌で発酵させた日本の伝統的な食品です。ビタミンK2（メナキノン-7）を多く含むことで知られています。',
    ),
    paragraph('ワルファリンを服用している方は、納豆を食べる前に必ず医師に相談してください。'),
    paragraph(
      '*In English:* natto is a traditional Japanese food of soybeans fermented with natto bacteria, known for its high vitamin K2 (menaquinone-7) content. People taking warfarin should talk to their doctor before eating it.',
    ),
    heading(2, 'Why it matters'),
    ...leadInList([
      [
        'For bones:',
        'vitamin K is needed to activate osteocalcin, a protein involved in [building calcium into bone](cite:pmc-k2-calcium-use).',
      ],
      [
        'For people on warfarin:',
        'a food this rich in vitamin K can [reduce the effect of warfarin](cite:ods-vitamin-k), which is why [anyone taking it is advised to keep their vitamin K intake steady](cite:medlineplus-warfarin) and to ask before adding natto.',
      ],
    ]),
    heading(2, 'How to try it'),
    paragraph(
      'Natto is usually eaten with rice, mustard and soy sauce. If the texture is a challenge, start with a small amount mixed into other dishes. Some cheeses and other fermented foods [also contain vitamin K2](cite:ods-vitamin-k), in smaller amounts.',
    ),
  ],
}
