import type { ChapterId, SourceId } from './types';

/**
 * The deployment timeline: each operation’s dates and its contingent’s strength as the report
 * gives it. Only figures the report states are here; each carries the report’s own words
 * (`evidence`, checked word for word against the report in timeline.test.ts) and its end notes.
 * Dates are ISO strings at the precision the report gives: `1999-09` (a month) or `2008-01-15`.
 */

/** A strength the report states, from a date; it holds until the next one, or until `to`. */
export interface Strength {
	/** Personnel. */
	value: number;
	from: string;
	/** Where the report itself limits the statement (“From September 1999 to March 2008”). */
	to?: string;
	/** The report’s words that give the figure and its date; each must appear in the report. */
	evidence: string[];
	cite: SourceId[];
}

export interface Operation {
	id: 'kfor' | 'isaf' | 'rsm' | 'iraq' | 'unmiss';
	/** Row label: “Kosovo (KFOR)”. */
	name: string;
	/** The chapter that tells it: bars link there. */
	chapter: ChapterId;
	start: string;
	/** Undefined while the operation continues. */
	end?: string;
	/** The report’s words for the operation’s dates, and their end notes. */
	dates: { evidence: string[]; cite: SourceId[] };
	strengths: Strength[];
	/** Notes on the sources (notes.ts) about this operation’s dates or figures. */
	notes?: string[];
}

/** A figure for several operations at once: the 2003–2008 overlap. */
export interface Overlap {
	from: string;
	to: string;
	value: number;
	label: string;
	evidence: string[];
	cite: SourceId[];
	notes: string[];
}

export interface Timeline {
	/** The chart runs from the start of this year… */
	fromYear: number;
	/** …to the end of this one: “today”, as the report has it (“as of 2026”). */
	asOf: { year: number; evidence: string[]; cite: SourceId[] };
	operations: Operation[];
	overlap: Overlap;
	/** How to read the chart, under it: what a bar means and where the report is unclear. */
	reading: string[];
}

export const timeline: Timeline = {
	fromYear: 1999,
	asOf: { year: 2026, evidence: ['At present (as of 2026), the mission of Azerbaijani officers in South Sudan continues'], cite: ['report-ch2-south-sudan'] },
	operations: [
		{
			id: 'kfor',
			name: 'Kosovo (KFOR)',
			chapter: 'kosovo',
			start: '1999-09',
			end: '2008-04-15',
			dates: {
				evidence: ['The Azerbaijani Army’s peacekeeping platoon returned to the country on April 15, 2008.'],
				cite: ['fn75', 'report-ch3-kosovo']
			},
			strengths: [
				{
					value: 34,
					from: '1999-09',
					to: '2008-03',
					evidence: ['From September 1999 to March 2008, a peacekeeping contingent of one platoon of 34 personnel'],
					cite: ['fn75']
				}
			],
			notes: ['kosovo-dates', 'kosovo-rotations-total']
		},
		{
			id: 'isaf',
			name: 'Afghanistan (ISAF)',
			chapter: 'isaf',
			start: '2002-11',
			end: '2014-12',
			dates: {
				evidence: ['The transition process from the ISAF operation that began in 2011 was completed in December 2014.'],
				cite: ['report-ch3-isaf', 'report-ch3-rsm']
			},
			strengths: [
				{
					value: 22,
					from: '2002-11',
					evidence: ['as part of ISAF in November 2002 with 22 personnel'],
					cite: ['report-ch3-isaf', 'fn93']
				},
				{
					value: 45,
					from: '2008-01-15',
					evidence: ['on January 15, 2008, Azerbaijan’s peacekeeping contingent in Afghanistan was increased to 45 personnel'],
					cite: ['fn94']
				},
				{
					value: 90,
					from: '2009-02-19',
					// A page break with footnotes splits this sentence in the report.
					evidence: ['from February 19, 2009, its numbers', 'doubled to 90 personnel'],
					cite: ['fn95']
				},
				{
					value: 94,
					from: '2010-10-05',
					evidence: ['On October 5, 2010', 'thus increasing the size of the peacekeeping contingent to 94 personnel'],
					cite: ['fn96']
				}
			],
			notes: ['isaf-third-platoon-2007']
		},
		{
			id: 'iraq',
			name: 'Iraq (coalition)',
			chapter: 'iraq',
			start: '2003-08-15',
			end: '2008-12-07',
			dates: { evidence: ['from August 15, 2003, to December 7, 2008'], cite: ['fn155', 'fn156'] },
			strengths: [
				{
					value: 151,
					from: '2003-08-15',
					evidence: ['consisting of one unit with 151 personnel', 'from August 15, 2003, to December 7, 2008'],
					cite: ['fn155']
				}
			],
			notes: ['iraq-return-date']
		},
		{
			id: 'rsm',
			name: 'Afghanistan (Resolute Support)',
			chapter: 'resolute-support',
			start: '2015-01-01',
			end: '2021-08-27',
			dates: {
				evidence: ['the peacekeeping forces of the Azerbaijani Army returned to their home country on August 27, 2021'],
				cite: ['report-ch3-rsm']
			},
			strengths: [
				{
					value: 94,
					from: '2015-01-01',
					evidence: ['the Azerbaijani peacekeeping contingent of 94 personnel began service in the Resolute Support Mission on January 1, 2015'],
					cite: ['fn116']
				},
				{
					value: 120,
					from: '2018-01-09',
					// A page break splits the date from the rest of the sentence.
					evidence: ['from January 9,', '2018, Azerbaijan increased its peacekeeping contingent in the country by 30 percent', 'raised the total number to 120'],
					cite: ['fn118', 'fn119']
				}
			],
			notes: ['rsm-increase-2018', 'afghanistan-return-date', 'last-to-leave-afghanistan']
		},
		{
			id: 'unmiss',
			name: 'South Sudan (UNMISS)',
			chapter: 'unmiss',
			start: '2019-01',
			dates: { evidence: ['In January 2019, two Azerbaijani Army officers arrived in Juba'], cite: ['report-ch2-south-sudan'] },
			strengths: [
				{
					value: 2,
					from: '2019-01',
					evidence: ['two servicemen of the Azerbaijani Army have been participating in the United Nations peacekeeping mission in the Republic of South Sudan', 'since January 2019'],
					cite: ['report-ch3-unmiss']
				}
			]
		}
	],
	overlap: {
		from: '2003-08-15',
		to: '2008-04-15',
		value: 279,
		label: 'Three operations at once: 279 servicemen, the report says for 2003–2008',
		evidence: ['In 2003-2008, the Azerbaijani Army simultaneously took part in three peacekeeping operations', 'consisting of 279 servicemen, simultaneously to these three operations'],
		cite: ['report-ch3-conclusion'],
		notes: ['servicemen-2003-2008']
	},
	reading: [
		'Each bar’s thickness is the contingent’s strength as the report gives it, drawn from the date the report gives until the next change it reports. Hatched stretches are times the operation went on but the report states no strength, such as the platoon’s last weeks in Kosovo.',
		'A bar is the strength in post at one time, not everyone who served: personnel rotated every six months in Kosovo, Afghanistan and Iraq, and the report counts 362 servicemen in Kosovo and more than 1,000 in Iraq in all.',
		'The report’s 279 for 2003–2008 is its own figure: the strengths it gives for those years add up to 207 (230 from January 2008), and it does not say how 279 is reached. The report also gives two return dates from Afghanistan (26 and 27 August 2021) and from Iraq (11 November and 7 December 2008); the chart uses the dates explained in the notes on the sources.'
	]
};
