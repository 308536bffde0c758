/** The long-form review, shaped like the article whose works cited it reuses (SEED_WORKS_CITED): sections, lead-in lists, four summary cards, full works cited. */
import { SEED_WORKS_CITED } from '../citations'
import { IMAGES } from '../images'
import { callout, heading, leadInList, bulletList, paragraph } from '../portable-text'
import type { PostSpec } from '../post-spec'

export const vitaminD3AndK2BetterTogether: PostSpec = {
  slug: 'vitamin-d3-and-k2-better-together',
  title: 'Vitamin D3 and K2: How Two Nutrients Work Together on Calcium',
  subtitle: 'Why the two are so often paired, what the evidence does and does not show, and who should ask a doctor first.',
  excerpt:
    'Vitamin D3 helps you absorb calcium; vitamin K2 switches on the proteins that help decide where it goes. What the research says about taking them together, who might consider it, and why anyone on warfarin should talk to their doctor first.',
  publishedAt: '2025-07-08T08:00:00.000Z',
  author: 'maya-lindqvist',
  categories: ['review', 'vitamins', 'bone-health', 'heart-health'],
  tags: ['vitamin d', 'vitamin k2', 'calcium', 'osteoporosis', 'warfarin'],
  mainImage: {
    asset: IMAGES.d3k2Hero,
    alt: 'Abstract illustration: an amber circle and an orange circle overlap, with small dark dots flowing between them like particles of calcium',
    caption: 'Vitamin D3 and K2 each handle one part of the body’s calcium traffic. Illustration: Cited.',
  },
  highlights: [
    {
      heading: 'How the partnership works',
      text: [
        'Vitamin D3 raises the amount of calcium your gut absorbs. Vitamin K2 activates proteins that help steer that calcium into bone and away from artery walls.',
        'Taken together, the idea is that absorbed calcium ends up where it is useful rather than where it can do harm.',
      ].join('\n'),
    },
    {
      heading: 'What studies suggest',
      text: [
        'Research on the combination has looked mainly at:',
        '- Bone health – modest gains in bone mineral density in several trials',
        '- Blood vessels – early and mixed results on artery calcification',
        '- Calcium handling – activation of osteocalcin and matrix Gla protein',
        'Most trials were small, and many enrolled postmenopausal women or older men.',
      ].join('\n'),
    },
    {
      heading: 'Each vitamin’s role',
      text: [
        '- Vitamin D3 – helps absorb calcium from food into the bloodstream',
        '- Vitamin K2 – switches on osteocalcin and matrix Gla protein, which guide calcium into bone and help keep it out of soft tissue',
        'Together they cover both halves of the job: getting calcium in and putting it in the right place.',
      ].join('\n'),
    },
    {
      heading: 'Who may want to ask about it',
      text: [
        'People who most often discuss this combination with a clinician include:',
        '- Postmenopausal women concerned about bone loss',
        '- Adults looking after long-term bone strength',
        '- People interested in heart and artery health',
        '- Anyone with little sun exposure or a known low vitamin D level',
        'If you take warfarin, talk to your doctor before using any product that contains vitamin K.',
      ].join('\n'),
    },
  ],
  body: [
    paragraph(
      'Vitamin D has long been linked with healthy bones. Over the past decade, researchers have paid growing attention to a second nutrient that seems to shape what vitamin D can achieve: vitamin K2, a family of compounds also known as menaquinones. [Reviews of the two vitamins](cite:pmc-d-k-synergy-review) describe them as working in sequence, with vitamin D bringing calcium into the body and vitamin K helping to direct it.',
    ),
    paragraph(
      'This article looks at how the pairing is thought to work, what human studies have found so far, who might want to discuss it with a clinician, and the safety points that matter most — above all, the interaction between vitamin K and the blood thinner warfarin.',
    ),

    heading(2, 'How vitamin D3 and K2 work together'),
    paragraph(
      'Vitamin D3 (cholecalciferol) is the form of vitamin D your skin makes in sunlight. Its best-known job is to [increase how much calcium the gut absorbs from food](cite:ods-vitamin-d) and to [help keep blood calcium within a normal range](cite:pmc-calcium-vitamin-d). Absorbing calcium is only half the story, though: the body also has to put it in the right place.',
    ),
    paragraph(
      'That is where vitamin K comes in. Vitamin K is needed to *activate* a group of proteins — known as vitamin K–dependent or Gla proteins — through a chemical step called carboxylation. [Two of them matter most here](cite:pmc-k-dependent-proteins):',
    ),
    ...leadInList([
      [
        'Osteocalcin:',
        'made by bone-building cells. Once activated, it [binds calcium and helps build it into the bone matrix](cite:pmc-k2-calcium-use).',
      ],
      [
        'Matrix Gla protein (MGP):',
        'found in the walls of blood vessels, where the activated form [helps stop calcium from being deposited in arteries and other soft tissues](cite:pmc-mgp-vascular,tandf-matrix-gla-protein).',
      ],
    ]),
    paragraph(
      'Vitamin D increases how much of these proteins the body makes, while vitamin K switches them on. Researchers have therefore suggested that [a shortfall in vitamin K could limit the benefit of vitamin D](cite:pmc-vitamin-k-d-bone-review), although this idea rests largely on laboratory and mechanistic work. One [study using 3D models of human bone tissue](cite:pmc-k2-bone-spheroids) found that adding K2 changed how vitamin D affected the tissue’s mechanical properties — a useful clue, but not proof of what happens in people.',
    ),
    heading(3, 'MK-4 and MK-7'),
    paragraph(
      'Vitamin K2 comes in several forms. The two discussed most are MK-4, found in animal foods, and MK-7, which is plentiful in fermented foods such as natto and [stays in the bloodstream longer](cite:healthline-vitamin-k2). [Supplement makers often stress this difference](cite:algaecal-mk4-mk7), but head-to-head evidence on which form is better for bones or arteries is limited.',
    ),

    heading(2, 'What the research suggests'),
    paragraph(
      'Most of the human evidence concerns bones and blood vessels. Results are encouraging in places, but studies differ in dose, in the form of vitamin K used and in who took part.',
    ),
    ...leadInList([
      [
        'Bone density:',
        'A [2020 meta-analysis of randomised trials](cite:pubmed-k-d-bone-meta-analysis) reported that combining vitamin K with vitamin D was associated with a modest increase in total bone mineral density compared with control groups. [A 2024 review focused on postmenopausal women](cite:mdpi-d-k-postmenopausal) reached a broadly positive but cautious conclusion, noting that many of the trials were small.',
      ],
      [
        'Arteries and the heart:',
        'In a two-year trial of older men with calcification of the aortic valve, [K2 plus vitamin D did not significantly slow its progression](cite:pubmed-k2-d-aortic-valve). A report [published in JACC: Advances](cite:jacc-k2-d-coronary) looked at the coronary arteries of older men and found that [any benefit appeared mainly in those who started with high calcification scores](cite:pmc-k2-d-coronary) — a signal that [a dedicated trial in people with severe coronary calcification](cite:bmjopen-k2-d3-protocol) has been designed to test.',
      ],
      [
        'Calcium in the right place:',
        '[Reviews of vitamin K2 and cardiovascular health](cite:pmc-k2-cardiovascular) describe the MGP mechanism as plausible and worth studying, while stressing that [large trials measuring heart outcomes are still missing](cite:pmc-mgp-vascular).',
      ],
    ]),
    paragraph(
      'In short: the mechanism is well described, the bone evidence is modestly positive and the heart evidence is early. Claims that the pair “prevents” heart disease go further than the studies do.',
    ),

    heading(2, 'Who might consider it'),
    paragraph('No one needs a supplement because it is popular. The combination is most often discussed for:'),
    ...bulletList([
      'Postmenopausal women concerned about bone loss — the group [most studied in the bone trials](cite:frontiers-k2-postmenopausal).',
      'People who get little sun or have been told their vitamin D is low; [the NHS suggests](cite:nhs-vitamin-d) that adults in the UK consider a daily vitamin D supplement during autumn and winter.',
      'Adults with conditions that reduce the absorption of fat-soluble vitamins, since [some digestive diseases can lead to vitamin D deficiency](cite:medlineplus-vitamin-d-deficiency); they should be guided by their care team.',
    ]),
    paragraph(
      '[The signs of vitamin D deficiency can be vague](cite:cleveland-vitamin-d-deficiency), so a blood test arranged by a clinician is a better guide than guesswork.',
    ),

    heading(2, 'Safety and considerations'),
    paragraph(
      'At usual doses, both vitamins are considered safe for most adults. For vitamin D, the [tolerable upper intake level for adults is 4,000 IU (100 micrograms) a day](cite:ods-vitamin-d); [taking far more than that for long periods can push blood calcium to harmful levels](cite:mayo-vitamin-d-toxicity), causing nausea, weakness and kidney problems. No upper limit has been set for vitamin K, which is [generally regarded as having a low potential for harm](cite:cleveland-vitamin-k2).',
    ),
    paragraph(
      'Vitamin D can also interact with some medicines, including [certain diuretics and steroid tablets](cite:health-vitamin-d-medications,goodrx-vitamin-d-interactions), so it is worth showing any product to a pharmacist.',
    ),
    callout(
      'warning',
      '**Taking warfarin or another anticoagulant?** Vitamin K works against warfarin, so starting, stopping or changing a supplement that contains vitamin K2 can change how well your blood-thinning treatment works.',
      'Do not start a product containing vitamin K without first speaking to the doctor or anticoagulation clinic that manages your treatment.',
    ),
    paragraph(
      'The reason is straightforward: [warfarin is a vitamin K antagonist](cite:drugbank-warfarin). It works by [blocking the recycling of the vitamin K that clotting factors depend on](cite:statpearls-warfarin-interactions), so extra vitamin K can [weaken its effect](cite:drugs-com-k2-warfarin). Guidance on warfarin therapy [describes how changes in dietary vitamin K can shift a patient’s response](cite:aha-warfarin-guide), and one [study used low-dose vitamin K under close supervision to stabilise treatment](cite:ash-vitamin-k-warfarin-stability) — which shows how carefully this needs to be managed.',
    ),

    heading(2, 'The takeaway'),
    paragraph(
      'Vitamin D3 and K2 do complementary jobs in handling calcium, and the case for pairing them rests on [well-described biology](cite:pmc-d-k-synergy-review) and a modest but growing body of trials. The evidence is strongest for bone density and still preliminary for the heart.',
    ),
    paragraph(
      'If you are thinking about the combination, a pharmacist or doctor can help you check your [vitamin D status](cite:ods-vitamin-d), choose a sensible dose and rule out interactions — particularly with anticoagulants.',
    ),
  ],
  worksCited: SEED_WORKS_CITED.map(([shortName]) => shortName),
  disclaimer: 'disclaimer-ai-assisted',
  seo: {
    title: 'Vitamin D3 and K2 Together: What the Evidence Shows',
    description:
      'How vitamin D3 and K2 divide the work of handling calcium, what trials show for bones and arteries, and the warfarin interaction to know about.',
    image: {
      asset: IMAGES.d3k2Social,
      alt: 'Abstract illustration of two overlapping teal circles with small dots flowing between them',
    },
  },
}
