/** The template of one's own areas, as the build writes it to public/data/ and the page offers it. */
export const TEMPLATE_FILE = 'areas-template.csv';
