/**
 * The agency scorecard: how well each organisation serves the indicators it leads (responsibility role `lead`), as
 * four shares 0…1 and one composite, ranked cycle by cycle (decision record 0006).
 *
 * - **Completeness**: the share of led indicators with data for the period expected at the cycle's reporting moment.
 *   The reporting calendar ({@link DEFAULT_REPORTING_CALENDAR}, setting `reporting_calendar`) makes a period due a
 *   number of months after it ends (annual: 6, so year Y by 30 June Y+1; quarterly: 3; monthly: 2); the moment of
 *   cycle Y is the day annual data for Y−1 is due (30 June Y), or today when that day is still to come.
 * - **Timeliness**: of the approved submissions sent in the cycle's year that deliver new periods, the share sent on
 *   or before the deadline of every period they deliver. Corrections of published values deliver nothing and do not
 *   count. Null without such submissions (never 0: no submission is no evidence of lateness).
 * - **Quality**: 1 − (validation warnings + returns) per submission sent in the cycle's year, clamped to 0…1; a
 *   warning is a value sent with the comment every warning requires. Null without submissions.
 * - **Progress**: the mean Open SDG score (−5…5) of the led indicators that have one, as (score + 5) / 10; for cycle Y
 *   from the observations of years up to Y−1.
 * - **Composite**: the weighted mean {@link SCORECARD_WEIGHTS} (0.35, 0.25, 0.15, 0.25) over the components that are
 *   not null, the weights renormalised over them, so an organisation is never punished for a measure that cannot
 *   be taken. Ranked highest first with standard competition ranking (1, 2, 2, 4); organisations leading no
 *   indicator are left out.
 *
 * Pure: plain data in, plain data out; the store reads and the clock are the caller's.
 */
export * from './reporting-calendar.ts';
export * from './components.ts';
export * from './composite.ts';
export * from './cycle-scorecard.ts';
