/** Pages over this many rows draw through the virtualizer; smaller ones render every row. */
export const VIRTUAL_FROM = 100;

/** The virtualizer's code: fetched as early as a big page is known, drawn with by the table. */
export const loadVirtualJobRows = () => import('./virtual-job-rows.tsx');
