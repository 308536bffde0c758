/**
 * Works-cited entries for the demo dataset. The first list ("the seed") is the Works Cited
 * section of the article the long D3 + K2 post is modelled on, verbatim and in its order
 * (bibliographic facts only); `title` and `site` are derived from the seed's one-line title by a
 * rule the tests re-check.
 * The second list holds sources cited by the other demo posts.
 */

import type { ReferenceType } from '../../lib/references/model'

export type CitationSpec = {
  /** Becomes the document id `citation-<shortName>`. */
  shortName: string
  title: string
  site: string
  url: string
  accessedAt: string
  /** Only where the source itself says so; otherwise what the address proves (see dataset.ts). */
  type?: ReferenceType
  authors?: Array<{ family: string; given: string } | { literal: string }>
  container?: string
  issued?: string
}

/** One seed entry: `[shortName, title as printed in the seed, url]`. */
type SeedEntry = readonly [shortName: string, seedTitle: string, url: string]

export const SEED_ACCESSED_AT = '2025-06-27'

export const SEED_WORKS_CITED: readonly SeedEntry[] = [
  [
    'pmc-k2-calcium-use',
    'Proper Calcium Use: Vitamin K2 as a Promoter of Bone and ...',
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC4566462/',
  ],
  ['ods-vitamin-d', 'Vitamin D - Health Professional Fact Sheet', 'https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/'],
  [
    'ausnaturalcare-k2-calcium',
    'How Does Vitamin K2 Affect Calcium Absorption? - Australian NaturalCare',
    'https://ausnaturalcare.com.au/blog/how-does-vitamin-k2-affect-calcium-absorption/',
  ],
  [
    'pmc-d-k-synergy-review',
    'The Synergistic Interplay between Vitamins D and K for Bone and Cardiovascular Health: A Narrative Review',
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC5613455/',
  ],
  ['medlineplus-vitamin-d-deficiency', 'Vitamin D Deficiency - MedlinePlus', 'https://medlineplus.gov/vitaminddeficiency.html'],
  [
    'cleveland-vitamin-d-deficiency',
    'Vitamin D Deficiency: Causes, Symptoms & Treatment - Cleveland Clinic',
    'https://my.clevelandclinic.org/health/diseases/15050-vitamin-d-vitamin-d-deficiency',
  ],
  [
    'pmc-k2-bone-spheroids',
    'Vitamin K2 Modulates Vitamin D‐Induced Mechanical Properties of Human 3D Bone Spheroids In Vitro - PubMed Central',
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC7507351/',
  ],
  [
    'pmc-calcium-vitamin-d',
    'Calcium and Vitamin D: Skeletal and Extraskeletal Health - PMC',
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC2669834/',
  ],
  [
    'mdpi-vitamin-d-calcium',
    'Vitamin D and Calcium—An Overview, Review of Metabolism, and the Importance of Co-Supplementation - MDPI',
    'https://www.mdpi.com/2674-0311/3/4/40',
  ],
  ['mayo-vitamin-d', 'Vitamin D - Mayo Clinic', 'https://www.mayoclinic.org/drugs-supplements-vitamin-d/art-20363792'],
  [
    'pmc-vitamin-k-d-bone-review',
    'The Importance of Vitamin K and the Combination of Vitamins K and D for Calcium Metabolism and Bone Health: A Review',
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC11313760/',
  ],
  [
    'cleveland-vitamin-k2',
    'Vitamin K2: What It Is and Its Benefits - Cleveland Clinic Health Essentials',
    'https://health.clevelandclinic.org/vitamin-k2',
  ],
  [
    'melioguide-k2-osteoporosis',
    'Vitamin K2 Dosage for Osteoporosis Treatment and Prevention - Melio-guide',
    'https://melioguide.com/osteoporosis-nutrition/vitamin-k2-for-osteoporosis/',
  ],
  ['rupa-k2-mk4', 'Vitamin K2-MK4 | Rupa Health', 'https://www.rupahealth.com/biomarkers/vitamin-k2-mk4'],
  [
    'tandf-matrix-gla-protein',
    'Matrix Gla protein – Knowledge and References - Taylor & Francis',
    'https://taylorandfrancis.com/knowledge/Medicine_and_healthcare/Physiology/Matrix_Gla_protein/',
  ],
  [
    'algaecal-mk4-mk7',
    'MK4 & MK7 – The Two Forms of Vitamin K2 & The Differences - AlgaeCal',
    'https://blog.algaecal.com/the-two-forms-of-vitamin-k2-and-how-to-get-them/',
  ],
  [
    'devlin-d3-k2-guide',
    'The Complete Guide to Vitamin D3 and K2 ... - Dr. Maille Devlin',
    // The seed also listed this page as a link to one passage of it (see below): one source, kept
    // with the passage link, which lands readers on the words the post relies on.
    'https://www.mailledevlin.com/post/the-complete-guide-to-vitamin-d3-and-k2-benefits-evidence-based-insights#:~:text=Clinical%20studies%20show%20that%20the,those%20taking%20vitamin%20D3%20alone.',
  ],
  [
    'pmc-k-dependent-proteins',
    'Vitamin K-dependent proteins involved in bone and cardiovascular health - PubMed Central',
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC6059683/',
  ],
  [
    'pmc-mgp-vascular',
    'Vitamin K–Dependent Matrix Gla Protein as Multifaceted Protector of Vascular and Tissue Integrity - PMC - PubMed Central',
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC6510326/',
  ],
  [
    'pubmed-d-k-synergy-review',
    'The Synergistic Interplay between Vitamins D and K for Bone and Cardiovascular Health: A Narrative Review - PubMed',
    'https://pubmed.ncbi.nlm.nih.gov/29138634/',
  ],
  ['mediq7-k2-mk7', 'Mechanism of Vitamin K2 MK-7 - MediQ7', 'https://www.mediq7.com/what-is-vitamin-k2/how-vitamin-k2-mk-7-works/'],
  [
    'pmc-k2-cardiovascular',
    'Vitamin K2—a neglected player in cardiovascular health: a narrative review - PMC',
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC8596038/',
  ],
  [
    'oaj-k2-cardiovascular',
    'The Role of Vitamin K2 in Cardiovascular Health - Open Access Journals',
    'https://www.openaccessjournals.com/articles/the-role-of-vitamin-k2-in-cardiovascular-health-18455.html',
  ],
  [
    'pubmed-k-d-bone-meta-analysis',
    'The combination effect of vitamin K and vitamin D on human bone ...',
    'https://pubmed.ncbi.nlm.nih.gov/32219282/',
  ],
  [
    'researchgate-k-d-bone-meta-analysis',
    'The combination effect of vitamin K and vitamin D on human bone quality: a meta-analysis of randomized controlled trials | Request PDF - ResearchGate',
    'https://www.researchgate.net/publication/339792915_The_combination_effect_of_vitamin_K_and_vitamin_D_on_human_bone_quality_a_meta-analysis_of_randomized_controlled_trials',
  ],
  [
    'frontiers-k2-postmenopausal',
    'Efficacy of vitamin K2 in the prevention and treatment of postmenopausal osteoporosis: A systematic review and meta-analysis of randomized controlled trials - Frontiers',
    'https://www.frontiersin.org/journals/public-health/articles/10.3389/fpubh.2022.979649/full',
  ],
  [
    'mdpi-d-k-postmenopausal',
    'Investigating the Effects and Mechanisms of Combined Vitamin D and K Supplementation in Postmenopausal Women: An Up-to-Date Comprehensive Review of Clinical Studies - MDPI',
    'https://www.mdpi.com/2072-6643/16/14/2356',
  ],
  // The seed listed the Devlin guide a second time here, as a link to one passage of it
  // (#:~:text=…): the same page, so the same source (issue 33); it is listed once, above.
  [
    'midi-d3-k2',
    'What Are the Benefits of D3 and K2? Everything You Need to Know About This Calcium Combo - Midi Health',
    'https://www.joinmidi.com/post/benefits-of-d3-and-k2',
  ],
  [
    'jacc-k2-d-coronary',
    'Effects of Vitamin K2 and D Supplementation on Coronary Artery Disease in Men: A RCT',
    'https://www.jacc.org/doi/10.1016/j.jacadv.2023.100643',
  ],
  [
    'pmc-k2-d-coronary',
    'Effects of Vitamin K2 and D Supplementation on Coronary Artery Disease in Men: A RCT',
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC11198368/',
  ],
  [
    'bmjopen-k2-d3-protocol',
    'Effects of vitamins K2 and D3 supplementation in patients with severe coronary artery calcification: a study protocol for a randomised controlled trial | BMJ Open',
    'https://bmjopen.bmj.com/content/13/7/e073233',
  ],
  [
    'pmc-k2-d3-protocol',
    'Effects of vitamins K2 and D3 supplementation in patients with severe coronary artery calcification: a study protocol for a randomised controlled trial - PMC',
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC10351276/',
  ],
  [
    'pubmed-k2-d-aortic-valve',
    'Vitamin K2 and D in Patients With Aortic Valve Calcification: A Randomized Double-Blinded Clinical Trial - PubMed',
    'https://pubmed.ncbi.nlm.nih.gov/35465686/',
  ],
  [
    'pubmed-k2-d-coronary',
    'Effects of Vitamin K2 and D Supplementation on Coronary Artery ...',
    'https://pubmed.ncbi.nlm.nih.gov/38938724/',
  ],
  [
    'pubmed-k2-d3-protocol',
    'Effects of vitamins K2 and D3 supplementation in patients with ...',
    'https://pubmed.ncbi.nlm.nih.gov/37451735/',
  ],
  [
    'mountsinai-vitamin-d',
    'Vitamin D Information | Mount Sinai - New York',
    'https://www.mountsinai.org/health-library/nutrition/vitamin-d',
  ],
  ['nhs-vitamin-d', 'Vitamin D - NHS', 'https://www.nhs.uk/conditions/vitamins-and-minerals/vitamin-d/'],
  [
    'healthline-vitamin-d-overdose',
    'Vitamin D Overdose: How Much is Too Much? - Healthline',
    'https://www.healthline.com/nutrition/how-much-vitamin-d-is-too-much',
  ],
  [
    'mayo-vitamin-d-toxicity',
    'Vitamin D toxicity: What if you get too much? - Mayo Clinic',
    'https://www.mayoclinic.org/healthy-lifestyle/nutrition-and-healthy-eating/expert-answers/vitamin-d-toxicity/faq-20058108',
  ],
  [
    'webmd-vitamin-d',
    'VITAMIN D: Overview, Uses, Side Effects, Precautions, Interactions, Dosing and Reviews',
    'https://www.webmd.com/vitamins/ai/ingredientmono-929/vitamin-d',
  ],
  [
    'healthline-vitamin-d-side-effects',
    'Signs, Symptoms, and Side Effects of Too Much Vitamin D - Healthline',
    'https://www.healthline.com/nutrition/vitamin-d-side-effects',
  ],
  [
    'healthline-vitamin-k2',
    'Everything You Need to Know About the Vitamin K2 - Healthline',
    'https://www.healthline.com/nutrition/vitamin-k2',
  ],
  ['health-vitamin-k2', 'Vitamin K2 (Menaquinone): Benefits, Uses, Side Effects - Health', 'https://www.health.com/vitamin-k2-8640438'],
  [
    'webmd-vitamin-k',
    'Vitamin K: Uses, Deficiency, Dosage, Food Sources, and More - WebMD',
    'https://www.webmd.com/vitamins-and-supplements/supplement-guide-vitamin-k',
  ],
  [
    'statpearls-warfarin-interactions',
    'Warfarin Drug Interactions - StatPearls - NCBI Bookshelf',
    'https://www.ncbi.nlm.nih.gov/books/NBK441964/',
  ],
  ['drugbank-warfarin', 'Warfarin: Uses, Interactions, Mechanism of Action | DrugBank Online', 'https://go.drugbank.com/drugs/DB00682'],
  [
    'drugs-com-k2-warfarin',
    'Vitamin K2 and warfarin Interactions - Drugs.com',
    'https://www.drugs.com/drug-interactions/vitamin-k2-with-warfarin-4087-19568-2311-0.html',
  ],
  // The seed listed this page twice, the second time as its "?professional=1" view (issue 33:
  // entries 48 and 49 are the same page); it is listed once.
  [
    'health-vitamin-d-medications',
    "8 Medications You Shouldn't Combine With Vitamin D - Health",
    'https://www.health.com/medications-to-not-mix-with-vitamin-d-8748410',
  ],
  ['health-vitamin-d-and-k', 'Can You Take Vitamin D and Vitamin K Together? - Health', 'https://www.health.com/vitamin-d-and-k-8427006'],
  [
    'goodrx-vitamin-d-interactions',
    '7 Vitamin D Interactions You Should Know About - GoodRx',
    'https://www.goodrx.com/conditions/vitamin-d-deficiency/interactions',
  ],
  [
    'drugs-com-k2-d3-disease',
    'K2-D3 Disease Interactions - Drugs.com',
    'https://www.drugs.com/disease-interactions/cholecalciferol-menaquinone,k2-d3.html',
  ],
  [
    'aha-warfarin-guide',
    'American Heart Association/American College of Cardiology Foundation Guide to Warfarin Therapy | Circulation',
    'https://www.ahajournals.org/doi/10.1161/01.cir.0000063575.17904.4e',
  ],
  [
    'ash-vitamin-k-warfarin-stability',
    'Vitamin K supplementation can improve stability of anticoagulation for patients with unexplained variability in response to warfarin | Blood - ASH Publications',
    'https://ashpublications.org/blood/article/109/6/2419/23271/Vitamin-K-supplementation-can-improve-stability-of',
  ],
]

/** Readable publisher names for seed entries whose title carries no site suffix. */
const SITE_BY_HOST: Record<string, string> = {
  'pmc.ncbi.nlm.nih.gov': 'PubMed Central',
  'pubmed.ncbi.nlm.nih.gov': 'PubMed',
  'www.mailledevlin.com': 'Dr. Maille Devlin',
  'www.jacc.org': 'JACC',
  'www.webmd.com': 'WebMD',
}

/**
 * Seed titles where "after the last separator" is not the publisher: the ODS title's suffix is
 * the page name; Mount Sinai's suffix is part of the site name; the MGP entry names PMC twice.
 * Each override still satisfies the invariant checked in the tests: title === seed title, or
 * `${title}${separator}${site}` === seed title.
 */
const SPLIT_OVERRIDES: Record<string, { title: string; site: string }> = {
  'ods-vitamin-d': { title: 'Vitamin D - Health Professional Fact Sheet', site: 'NIH Office of Dietary Supplements' },
  'mountsinai-vitamin-d': { title: 'Vitamin D Information', site: 'Mount Sinai - New York' },
  'pmc-mgp-vascular': {
    title: 'Vitamin K–Dependent Matrix Gla Protein as Multifaceted Protector of Vascular and Tissue Integrity',
    site: 'PMC - PubMed Central',
  },
}

export const SEED_TITLE_SEPARATORS = [' - ', ' | '] as const

/** Splits a seed title at its last " - " or " | " into title and site; else names the site by host. */
export function splitSeedTitle(seedTitle: string, url: string): { title: string; site: string } {
  const cut = Math.max(...SEED_TITLE_SEPARATORS.map((sep) => seedTitle.lastIndexOf(sep)))
  if (cut > 0) return { title: seedTitle.slice(0, cut), site: seedTitle.slice(cut + 3) }
  const host = new URL(url).host
  const site = SITE_BY_HOST[host]
  if (!site) throw new Error(`no readable site name for ${host} (seed entry "${seedTitle}")`)
  return { title: seedTitle, site }
}

export const seedCitations: CitationSpec[] = SEED_WORKS_CITED.map(([shortName, seedTitle, url]) => ({
  shortName,
  ...(SPLIT_OVERRIDES[shortName] ?? splitSeedTitle(seedTitle, url)),
  url,
  accessedAt: SEED_ACCESSED_AT,
}))

const ODS = 'NIH Office of Dietary Supplements'

/** Sources for the other demo posts: long-standing public pages from health agencies. */
export const otherCitations: CitationSpec[] = [
  {
    shortName: 'nci-laetrile-patient',
    title: 'Laetrile/Amygdalin (PDQ®)–Patient Version',
    site: 'National Cancer Institute',
    url: 'https://www.cancer.gov/about-cancer/treatment/cam/patient/laetrile-pdq',
    accessedAt: '2026-10-01',
  },
  {
    shortName: 'nci-laetrile-hp',
    title: 'Laetrile/Amygdalin (PDQ®)–Health Professional Version',
    site: 'National Cancer Institute',
    url: 'https://www.cancer.gov/about-cancer/treatment/cam/hp/laetrile-pdq',
    accessedAt: '2026-10-01',
  },
  {
    shortName: 'cochrane-laetrile',
    title: 'Laetrile treatment for cancer',
    site: 'Cochrane Database of Systematic Reviews',
    url: 'https://doi.org/10.1002/14651858.CD005476.pub4',
    accessedAt: '2026-10-01',
    type: 'article-journal',
    authors: [
      { family: 'Milazzo', given: 'Stefania' },
      { family: 'Horneber', given: 'Markus' },
    ],
    container: 'Cochrane Database of Systematic Reviews',
    issued: '2015-04-28',
  },
  {
    shortName: 'ods-vitamin-b12',
    title: 'Vitamin B12 - Health Professional Fact Sheet',
    site: ODS,
    url: 'https://ods.od.nih.gov/factsheets/VitaminB12-HealthProfessional/',
    accessedAt: '2026-10-02',
  },
  {
    shortName: 'ods-folate',
    title: 'Folate - Health Professional Fact Sheet',
    site: ODS,
    url: 'https://ods.od.nih.gov/factsheets/Folate-HealthProfessional/',
    accessedAt: '2026-10-02',
  },
  {
    shortName: 'ods-vitamin-b6',
    title: 'Vitamin B6 - Health Professional Fact Sheet',
    site: ODS,
    url: 'https://ods.od.nih.gov/factsheets/VitaminB6-HealthProfessional/',
    accessedAt: '2026-10-02',
  },
  {
    shortName: 'nhs-vitamin-b',
    title: 'B vitamins and folic acid',
    site: 'NHS',
    url: 'https://www.nhs.uk/conditions/vitamins-and-minerals/vitamin-b/',
    accessedAt: '2026-10-02',
  },
  {
    shortName: 'ods-vitamin-k',
    title: 'Vitamin K - Health Professional Fact Sheet',
    site: ODS,
    url: 'https://ods.od.nih.gov/factsheets/VitaminK-HealthProfessional/',
    accessedAt: '2026-10-05',
  },
  {
    shortName: 'medlineplus-warfarin',
    title: 'Warfarin',
    site: 'MedlinePlus',
    url: 'https://medlineplus.gov/druginfo/meds/a682277.html',
    accessedAt: '2026-10-05',
  },
  {
    shortName: 'ods-calcium',
    title: 'Calcium - Health Professional Fact Sheet',
    site: ODS,
    url: 'https://ods.od.nih.gov/factsheets/Calcium-HealthProfessional/',
    accessedAt: '2026-10-06',
  },
  {
    shortName: 'nhs-calcium',
    title: 'Calcium',
    site: 'NHS',
    url: 'https://www.nhs.uk/conditions/vitamins-and-minerals/calcium/',
    accessedAt: '2026-10-06',
  },
  {
    shortName: 'ods-omega-3',
    title: 'Omega-3 Fatty Acids - Health Professional Fact Sheet',
    site: ODS,
    url: 'https://ods.od.nih.gov/factsheets/Omega3FattyAcids-HealthProfessional/',
    accessedAt: '2026-10-07',
  },
  {
    shortName: 'ods-magnesium',
    title: 'Magnesium - Health Professional Fact Sheet',
    site: ODS,
    url: 'https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/',
    accessedAt: '2026-10-07',
  },
  {
    shortName: 'ods-supplements-wyntk',
    title: 'Dietary Supplements: What You Need to Know',
    site: ODS,
    url: 'https://ods.od.nih.gov/factsheets/WYNTK-Consumer/',
    accessedAt: '2026-10-08',
  },
  {
    shortName: 'fda-dietary-supplements',
    title: 'Dietary Supplements',
    site: 'U.S. Food and Drug Administration',
    url: 'https://www.fda.gov/food/dietary-supplements',
    accessedAt: '2026-10-08',
  },
  {
    shortName: 'medlineplus-vitamin-d-test',
    title: 'Vitamin D Test',
    site: 'MedlinePlus',
    url: 'https://medlineplus.gov/lab-tests/vitamin-d-test/',
    accessedAt: '2026-10-09',
  },
  { shortName: 'nhs-eat-well', title: 'Eat well', site: 'NHS', url: 'https://www.nhs.uk/live-well/eat-well/', accessedAt: '2026-10-09' },
]

export const allCitations: CitationSpec[] = [...seedCitations, ...otherCitations]
