/** Forms of provision of a measure as EGISSO distinguishes them (money, in kind, a service). */
export const EGISSO_FORMS = ['MONEY', 'IN_KIND', 'SERVICE'] as const;
export type EgissoForm = (typeof EGISSO_FORMS)[number];
