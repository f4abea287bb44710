/**
 * Interlinkages between indicators — synergies and trade-offs — after Pradhan et al. 2017, "A Systematic Study of
 * Sustainable Development Goal (SDG) Interactions", Earth's Future 5:1169–1179: Spearman's rank correlation of
 * direction-aligned series over shared years (or across areas in one year), its significance, the class of each
 * pair and the goals × goals summary. Pure: plain data in, plain data out.
 */
export * from './aligned-points.ts';
export * from './classify.ts';
export * from './goal-matrix.ts';
export * from './link-pairs.ts';
export * from './link-series.ts';
export * from './rank-correlation.ts';
