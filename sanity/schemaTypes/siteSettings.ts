import { CheckmarkCircleIcon } from '@sanity/icons/CheckmarkCircle'
import { CogIcon } from '@sanity/icons/Cog'
import { DocumentsIcon } from '@sanity/icons/Documents'
import { defineField, defineType } from 'sanity'
import { DEFAULT_REVIEW_INTERVAL_MONTHS, reviewIntervalMonths } from '../../lib/review'
import { DEFAULT_REFERENCE_STYLE, REFERENCE_STYLES } from '../../lib/references/model'

/** Site-wide settings: a single document with the id `siteSettings`. */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  groups: [
    { name: 'site', title: 'Site', icon: CogIcon, default: true },
    { name: 'review', title: 'Review and corrections', icon: CheckmarkCircleIcon },
    { name: 'sources', title: 'Sources', icon: DocumentsIcon },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Site title',
      type: 'string',
      group: 'site',
      description: 'The site’s name, shown in the header, browser tab and feed.',
      validation: (rule) => rule.required().error('Give the site a title'),
    }),
    defineField({
      name: 'description',
      title: 'Site description',
      type: 'text',
      rows: 3,
      group: 'site',
      description: 'One or two sentences about the site, used by search engines and the feed.',
      validation: (rule) => [
        rule.required().error('Describe the site in a sentence or two'),
        rule.max(160).warning('Search engines cut descriptions after about 160 characters'),
      ],
    }),
    defineField({
      name: 'isDemo',
      title: 'Demo content',
      type: 'boolean',
      group: 'site',
      description:
        'On: every page carries a banner saying the articles, people and credentials are a fictional demo. The bundled demo has it on; turn it off only once the demo’s people and posts are replaced with your own.',
      initialValue: false,
    }),
    defineField({
      name: 'defaultDisclaimer',
      title: 'Default disclaimer',
      type: 'reference',
      to: [{ type: 'disclaimer' }],
      group: 'site',
      description: 'Shown on every post that does not pick its own disclaimer. Required.',
      // Health content always carries a notice, so a site default is required.
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'isMedicalSite',
      title: 'Health site',
      type: 'boolean',
      group: 'review',
      description:
        'On: posts are health content. Reviews read "Medically reviewed by", and search engines are told each post is a medical web page. Off: "Reviewed by" and plain web pages.',
      initialValue: true,
    }),
    defineField({
      name: 'requireReviewer',
      title: 'Every post needs a reviewer',
      type: 'boolean',
      group: 'review',
      description: 'On: a post cannot be published until someone other than the writer is named as its reviewer.',
      initialValue: true,
    }),
    defineField({
      name: 'allowSelfReview',
      title: 'Writers may review their own posts',
      type: 'boolean',
      group: 'review',
      description: 'Off (recommended): the reviewer of a post must be someone other than its author.',
      initialValue: false,
    }),
    defineField({
      name: 'reviewIntervalMonths',
      title: 'Review every (months)',
      type: 'number',
      group: 'review',
      description: `How long a review stays current. "Mark reviewed today" sets the next review this many months ahead; posts without their own next-review date fall due this long after their last review. Empty: ${DEFAULT_REVIEW_INTERVAL_MONTHS} months.`,
      validation: (rule) =>
        rule.custom((value: number | undefined) =>
          value === undefined || value === reviewIntervalMonths(value)
            ? true
            : 'Use a whole number of months between 1 and 60 (12 is common for health content)',
        ),
    }),
    defineField({
      name: 'editorialPolicy',
      title: 'Editorial policy page',
      type: 'reference',
      to: [{ type: 'page' }],
      group: 'review',
      description: 'Optional: the page explaining how articles are written and reviewed. Linked from every post’s “How we reviewed this”.',
    }),
    defineField({
      name: 'correctionsPolicy',
      title: 'Corrections policy page',
      type: 'reference',
      to: [{ type: 'page' }],
      group: 'review',
      description:
        'Optional: the page explaining how readers report errors and how corrections are made. Linked from every "Updates and corrections" section.',
    }),
    defineField({
      name: 'referenceStyle',
      title: 'Reference style',
      type: 'string',
      group: 'sources',
      description: 'How works-cited entries are written out on every post. AMA is the style of US medical publishing.',
      options: { list: REFERENCE_STYLES.map(({ value, title }) => ({ value, title })), layout: 'radio' },
      initialValue: DEFAULT_REFERENCE_STYLE,
    }),
    defineField({
      name: 'warnOnCommercialSources',
      title: 'Warn when a post cites commercial sites',
      type: 'boolean',
      group: 'sources',
      description:
        'On: the post form warns about sources on commercial sites (product sellers, ad-funded health media), so editors can look for a primary source instead.',
      initialValue: false,
    }),
  ],
  preview: { prepare: () => ({ title: 'Site settings', media: CogIcon }) },
})
