// Word lists the benchmark dataset generator composes posts from. Written for this project; the
// aim is text with the length, shape and variety of real health articles, not medical advice.

export interface Topic {
  slug: string
  title: string
  description: string
  /** Things a post on this topic is about ("vitamin D", "omega-3 fats"). */
  subjects: string[]
  /** What a study on this topic measures ("bone mineral density"). */
  outcomes: string[]
}

export const contentCategories = [
  { slug: 'news', title: 'News', description: 'Short reports on new studies, guidance and reviews.' },
  { slug: 'video', title: 'Video', description: 'Explainers with a video and a written summary.' },
  { slug: 'review', title: 'Review', description: 'Long reads that weigh the evidence on one question.' },
] as const

export const topics: Topic[] = [
  {
    slug: 'vitamins',
    title: 'Vitamins',
    description: 'What vitamins do in the body and how much of each the evidence supports.',
    subjects: ['vitamin D', 'vitamin K2', 'vitamin B12', 'folate', 'vitamin C', 'vitamin A', 'vitamin E'],
    outcomes: ['blood levels', 'deficiency rates', 'absorption', 'immune markers', 'fatigue scores'],
  },
  {
    slug: 'bone-health',
    title: 'Bone health',
    description: 'Bone density, fractures and the habits that protect the skeleton.',
    subjects: ['calcium', 'vitamin D3 with K2', 'resistance training', 'protein intake', 'magnesium'],
    outcomes: ['bone mineral density', 'fracture risk', 'osteocalcin activity', 'hip bone loss'],
  },
  {
    slug: 'heart-health',
    title: 'Heart health',
    description: 'Blood pressure, cholesterol, arteries and what shifts the risk.',
    subjects: ['omega-3 fats', 'dietary fibre', 'sodium', 'potassium', 'plant sterols', 'walking'],
    outcomes: ['blood pressure', 'LDL cholesterol', 'arterial stiffness', 'coronary calcification'],
  },
  {
    slug: 'nutrition',
    title: 'Nutrition',
    description: 'Everyday eating, food groups and how diets are studied.',
    subjects: ['whole grains', 'legumes', 'ultra-processed foods', 'fermented foods', 'breakfast timing'],
    outcomes: ['weight change', 'blood sugar control', 'satiety', 'gut microbiome diversity'],
  },
  {
    slug: 'supplements',
    title: 'Supplements',
    description: 'Pills, powders and what the label does not tell you.',
    subjects: ['creatine', 'iron tablets', 'probiotics', 'melatonin', 'zinc lozenges', 'fish oil capsules'],
    outcomes: ['muscle strength', 'ferritin levels', 'sleep onset', 'cold duration', 'side effects'],
  },
  {
    slug: 'sleep',
    title: 'Sleep',
    description: 'How much sleep adults need and what helps or harms it.',
    subjects: ['screen time before bed', 'caffeine', 'a regular wake time', 'daytime naps'],
    outcomes: ['sleep quality', 'time to fall asleep', 'daytime alertness', 'night waking'],
  },
  {
    slug: 'gut-health',
    title: 'Gut health',
    description: 'Digestion, the microbiome and the foods that feed it.',
    subjects: ['inulin', 'kefir', 'high-fibre diets', 'antibiotic courses', 'polyphenols'],
    outcomes: ['stool frequency', 'bloating', 'short-chain fatty acids', 'microbial diversity'],
  },
  {
    slug: 'immunity',
    title: 'Immunity',
    description: 'How the immune system responds and which claims hold up.',
    subjects: ['vitamin C', 'zinc', 'regular exercise', 'sleep duration', 'vaccination timing'],
    outcomes: ['infection rates', 'antibody response', 'recovery time', 'inflammation markers'],
  },
]

export const populations = [
  'postmenopausal women',
  'adults over 65',
  'people with low sun exposure',
  'vegetarians and vegans',
  'endurance athletes',
  'pregnant women',
  'office workers',
  'people taking blood thinners',
  'teenagers',
  'shift workers',
]

export const studyKinds = [
  'a meta-analysis of randomised trials',
  'a two-year randomised controlled trial',
  'a large cohort study',
  'a narrative review',
  'a small pilot study',
  'a systematic review',
  'a national health survey',
  'a crossover trial',
]

export const sectionHeadings = [
  'What the research says',
  'How it works in the body',
  'Who might benefit',
  'How much is enough',
  'Safety and interactions',
  'Food sources first',
  'What the studies cannot tell us',
  'Putting it into practice',
  'Common questions',
  'The takeaway',
]

/** Sentence templates: {subject}, {outcome}, {population}, {study}, {number}. */
export const sentenceTemplates = [
  'Researchers have looked at how {subject} relates to {outcome}, and the picture is more nuanced than headlines suggest.',
  'In {study}, {population} who took part saw a modest change in {outcome} over the follow-up period.',
  'The effect size was small, and the authors caution that {outcome} is only one part of long-term health.',
  'Most of the participants were {population}, so the findings may not carry over to everyone.',
  'A practical reading of the evidence is that {subject} can help when intake is low, but more is not automatically better.',
  'Guidance from public health bodies has stayed broadly the same for years, with small updates as new data arrive.',
  'When the trial ended, about {number} percent of the group still reported a benefit they could notice.',
  'It is worth asking whether a study measured {outcome} directly or relied on a marker that only tracks it.',
  'Several reviews point out that studies of {subject} often differ in dose, duration and who was enrolled.',
  'For {population}, a conversation with a clinician is a better starting point than a new supplement.',
  'Food sources tend to come with other nutrients, which makes single-ingredient comparisons harder to read.',
  'The authors reported no serious side effects, although mild complaints were common in both groups.',
  'Because changes in {outcome} build up slowly, short trials can miss effects that appear only after many months.',
  'Observational data linked {subject} with better {outcome}, but that link does not prove cause.',
  'One reason for the mixed results may be that people who start with low levels gain the most.',
  'Readers sometimes ask whether timing matters; the available trials did not test that question directly.',
  'Taken together, the findings support a cautious yes rather than a confident recommendation.',
  'Independent replication is still missing, and the funding source of the largest study is worth noting.',
  'Blood tests can show where someone stands, which is more useful than guessing from symptoms alone.',
  'The dose used in the trial was about {number} times the usual daily amount, well above typical diets.',
]

export const bulletLeads: Array<[string, string]> = [
  ['Start with food', 'most people reach the recommended intake from a varied diet before any tablet is needed.'],
  ['Check your levels', 'a simple blood test shows whether a gap exists and how large it is.'],
  ['Mind the dose', 'higher amounts raise the chance of side effects without adding benefit for most adults.'],
  ['Watch for interactions', 'some medicines change how nutrients are absorbed or used, and the reverse is true too.'],
  ['Give it time', 'changes in slow-moving markers usually take months rather than weeks to show.'],
  ['Read the label', 'the active form and the amount per serving vary widely between products.'],
  ['Keep moving', 'regular activity supports the same systems that many supplements are marketed for.'],
  ['Sleep counts', 'short or broken sleep undoes part of what diet changes can achieve.'],
  ['Ask a professional', 'a pharmacist or doctor can weigh your history against what the studies found.'],
  ['Be sceptical of big claims', 'effects described as dramatic rarely survive larger, longer trials.'],
]

export const calloutTexts: Array<['info' | 'tip' | 'warning', string]> = [
  ['warning', 'If you take a blood thinner such as warfarin, talk to your doctor before changing your vitamin K intake.'],
  ['tip', 'Pairing a fat-containing meal with fat-soluble vitamins helps the body absorb them.'],
  ['info', 'Recommended amounts differ between countries; the figures here follow the sources cited below.'],
  ['warning', 'Pregnancy changes many nutrient needs. Check with a midwife or doctor before starting anything new.'],
  ['tip', 'A food diary kept for one week often shows gaps more clearly than any online quiz.'],
]

export const citationSites = [
  { key: 'pmc', site: 'PubMed Central', origin: 'https://pmc.ncbi.nlm.nih.gov', path: (n: number) => `/articles/PMC${4000000 + n}/` },
  { key: 'pubmed', site: 'PubMed', origin: 'https://pubmed.ncbi.nlm.nih.gov', path: (n: number) => `/${30000000 + n * 7}/` },
  {
    key: 'ods',
    site: 'NIH Office of Dietary Supplements',
    origin: 'https://ods.od.nih.gov',
    path: (n: number) => `/factsheets/topic-${n}-HealthProfessional/`,
  },
  {
    key: 'medlineplus',
    site: 'MedlinePlus',
    origin: 'https://medlineplus.gov',
    path: (n: number) => `/ency/article/${String(n).padStart(6, '0')}.htm`,
  },
  { key: 'nhs', site: 'NHS', origin: 'https://www.nhs.uk', path: (n: number) => `/conditions/topic-${n}/` },
  {
    key: 'mayo',
    site: 'Mayo Clinic',
    origin: 'https://www.mayoclinic.org',
    path: (n: number) => `/healthy-lifestyle/nutrition/art-${20040000 + n}`,
  },
  {
    key: 'mdpi',
    site: 'MDPI Nutrients',
    origin: 'https://www.mdpi.com',
    path: (n: number) => `/2072-6643/${10 + (n % 7)}/${n % 24}/${1000 + n}`,
  },
  {
    key: 'frontiers',
    site: 'Frontiers in Nutrition',
    origin: 'https://www.frontiersin.org',
    path: (n: number) => `/articles/10.3389/fnut.2024.${1300000 + n}/full`,
  },
  // Older sites still linked over plain http; citations allow both schemes.
  { key: 'who', site: 'World Health Organization', origin: 'http://www.who.int', path: (n: number) => `/elena/titles/topic-${n}/en/` },
  { key: 'archive', site: 'Nutrition Archive', origin: 'http://nutrition-archive.example.org', path: (n: number) => `/reports/${n}.html` },
]

export const citationTitleTemplates = [
  '{Subject} and {outcome}: a systematic review',
  'Effects of {subject} on {outcome} in {population}',
  '{Subject} - Health Professional Fact Sheet',
  'Association between {subject} and {outcome}: a cohort study',
  '{Subject}: what you need to know',
  'Randomised trial of {subject} for {outcome}',
]

export const personNames = [
  'Amara Okafor',
  'Lena Fischer',
  'Tomás Rivera',
  'Priya Natarajan',
  'Jonah Weiss',
  'Mei Tanaka',
  'Sofia Lindqvist',
  'Daniel Mensah',
  'Hannah Brooks',
  'Ravi Kapoor',
  'Elif Demir',
  'Noah Carter',
  'Chiara Bianchi',
  'Kwame Asante',
  'Ingrid Haugen',
  'Lucas Moreau',
]

export const authorBios = [
  'Writes about nutrition research and how to read a study without a statistics degree.',
  'A former clinical dietitian who now explains supplement evidence for general readers.',
  'Covers heart and bone health, with a soft spot for long follow-up trials.',
  'Science journalist focused on sleep, ageing and the limits of observational data.',
]

export const tags = [
  'evidence',
  'dosage',
  'safety',
  'clinical trial',
  'meta-analysis',
  'deficiency',
  'ageing',
  'women’s health',
  'sport',
  'diet',
  'calcium',
  'absorption',
  'interactions',
  'guidelines',
  'myths',
  'research news',
  'explainer',
  'prevention',
]

export const imageAlts = [
  'An abstract pattern of overlapping circles in warm colours',
  'A diagram-like illustration of layered shapes on a gradient',
  'Soft geometric waves in green and blue tones',
  'Stacked rounded bars rising from left to right',
  'A grid of small squares fading from dark to light',
  'Concentric rings on a pale background',
]
