/** The four kinds of entity, in the order the UI lists them. Its own module so the content script can use it without the schema. */
export const KINDS = ['person', 'place', 'organization', 'event'] as const;
export type Kind = (typeof KINDS)[number];
