/**
 * The analyses of the stored data, each a view of the progress book: progress against targets (the book and its
 * views, the agency scorecard), values in every area (maps, area comparison), gaps between groups, interlinkages.
 * The book is read once per data version ({@link progressBookFor}); nothing here is stored.
 */
export * from './applied-target.ts';
export * from './progress-book.ts';
export * from './progress-data.ts';
export * from './book-for.ts';
export * from './scorecard-book.ts';
export * from './area-values.ts';
export * from './gap-book.ts';
export * from './links-book.ts';
