import type { SourceNote } from './types';

/**
 * Where the report contradicts itself, with the exact places and wording, and what the story uses.
 * Section names follow sources.ts.
 */
export const sourceNotes: SourceNote[] = [
	{
		id: 'doghan-base-name',
		topic: 'The name of the base in Kabul',
		variants: [
			{ text: '“protected the northeastern part of the Dohan base”', where: 'Foreword' },
			{
				text: '“guarded the northeastern section of the “Doghan” base”; also “near the Doghan base” and “from the Doghan base”',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 2. International Security Assistance Force (ISAF) Operation'
			},
			{
				text: '“transferred from the Dohyan base to the NATO force deployment area at Hamid Karzai International Airport”',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission'
			},
			{
				text: '“Force Protection Commander of the “Daghan” camp in Kabul” (in the account of Lieutenant General Giorgio Battisti’s medal recommendation)',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission'
			}
		],
		used: 'Doghan',
		why: 'It is the form used, three times, in the detailed ISAF section, which describes the base and the events there.'
	},
	{
		id: 'afghanistan-return-date',
		topic: 'When the contingent returned from Afghanistan',
		variants: [
			{
				text: '“the remaining military personnel returned home on August 26, 2021”',
				where: 'Chapter 2, 2. Afghanistan: Long-Term Commitment and Strategic Partnership'
			},
			{
				text: '“the peacekeeping forces of the Azerbaijani Army returned to their home country on August 27, 2021”',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission'
			}
		],
		used: '27 August 2021',
		why: 'It is the date in the detailed account of the mission in Chapter 3. Neither sentence gives a source.'
	},
	{
		id: 'iraq-operation-start',
		topic: 'When the coalition operation in Iraq began',
		variants: [
			{
				text: '“The international coalition forces’ peacekeeping operation in Iraq began on March 20, 2002, on the basis of UNSCR 1441.”',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces'
			},
			{
				text: '“when the United States and its allies intervened in Iraq in March 2003”; Resolution 1441 is dated “8 November 2002” in footnote 31',
				where: 'Chapter 1, Peacekeeping Operations Conducted by International Regional Organizations and States'
			},
			{
				text: '“In 2003 … Coalition forces, led by the United States, launched an intervention in Iraq”',
				where: 'Chapter 2, 3. Iraq: Partnership in a Global Coalition and Strategic Significance'
			}
		],
		used: 'The story does not date the start of the coalition operation. It dates the Azerbaijani part: the Milli Majlis decision of 7 May 2003 and service from 15 August 2003.',
		why: 'The date of 20 March 2002 comes before the resolution it cites (8 November 2002) and before the March 2003 intervention that the report describes elsewhere.'
	},
	{
		id: 'kosovo-agreement',
		topic: 'The agreement with Türkiye on the platoon in Kosovo',
		variants: [
			{
				text: '“Agreement between the Government of Republic of Azerbaijan and the Government of Republic of Turkey on the Activities of the Azerbaijani Platoon … signed in Baku on July 28, 1999” (footnote 76: Ministry of Defense statement of 28 July 1999)',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 1. Kosovo Force (KFOR) Operation'
			},
			{
				text: '“formalized by an agreement signed between Ankara and Baku on October 20, 1999”',
				where: 'Chapter 2, 1. Kosovo: The First Peacekeeping Mission and Core Principles'
			}
		],
		used: 'Signed in Baku on 28 July 1999',
		why: 'This version is footnoted to a Ministry of Defense statement of the same date, and the report says the platoon was serving in Kosovo from September 1999, before 20 October.'
	},
	{
		id: 'iraq-return-date',
		topic: 'When the unit returned from Iraq',
		variants: [
			{
				text: '“served in Iraq … from August 15, 2003, to December 7, 2008” and “on December 7, 2008, the peacekeeping unit returned in full strength from Iraq to Azerbaijan”',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces (footnotes 155 and 156)'
			},
			{
				text: '“On November 11, 2008, the Azerbaijani Army’s peacekeeping unit completed its service and returned to Azerbaijan.”',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces (later in the same section)'
			}
		],
		used: '7 December 2008',
		why: 'The report gives it twice, with sources. The same section dates the Milli Majlis decision to recall the unit to 14 November 2008, after 11 November.'
	},
	{
		id: 'kosovo-dates',
		topic: 'How long the platoon served in Kosovo',
		variants: [
			{
				text: '“From September 1999 to March 2008, a peacekeeping contingent of one platoon of 34 personnel …”',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 1. Kosovo Force (KFOR) Operation (footnote 75)'
			},
			{
				text: '“In April 2008, the platoon was fully redeployed to Azerbaijan” and “The Azerbaijani Army’s peacekeeping platoon returned to the country on April 15, 2008.”',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 1. Kosovo Force (KFOR) Operation'
			},
			{
				text: '“in April 2008, Azerbaijan fully withdrew its platoon from Kosovo”',
				where: 'Chapter 2, 1. Kosovo: The First Peacekeeping Mission and Core Principles'
			}
		],
		used: 'September 1999 – April 2008, back home on 15 April 2008',
		why: 'March 2008 is when the Milli Majlis decided on the withdrawal (4 March 2008); the report says twice that the platoon left in April.'
	},
	{
		id: 'unmiss-medal-date',
		topic: 'When an Azerbaijani observer in South Sudan received a medal',
		variants: [
			{
				text: '“In March 2025, an Azerbaijani peacekeeper was awarded a UN medal for service in South Sudan” (footnote 60: Report.az, 1 May 2025)',
				where: 'Chapter 2, 4. South Sudan: A New Mission Under the UN Flag'
			},
			{
				text: 'Major Mehman Garagozov “was awarded a medal and a certificate of honor by the UNMISS Force Commander, Lieutenant General Mohan Subramanian, in May 2025” (footnote 182: Mod.gov.az, 1 May 2025)',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 5. The United Nations Peacekeeping Mission in the Republic of South Sudan (UNMISS)'
			}
		],
		used: '2025, without a month',
		why: 'Both passages appear to describe the same award; both cite news items of 1 May 2025, so the report does not settle the month.'
	},
	{
		id: 'mission-durations',
		topic: 'How long each mission lasted',
		variants: [
			{
				text: '“approximately 10 years in KFOR, 6 years in Iraq as part of Coalition Forces, 13 years in ISAF, and 7 years in the Resolute Support Mission”',
				where: 'Chapter 3, Conclusion'
			},
			{
				text: 'Dates given elsewhere: Kosovo from September 1999 to April 2008; ISAF from November 2002 to December 2014; Iraq from 15 August 2003 to 7 December 2008; Resolute Support from 1 January 2015 to 27 August 2021',
				where: 'Chapter 3, Participation in Peacekeeping Operations, sections 1–4'
			},
			{
				text: '“through its contribution to maintaining peace in Kosovo for eight years”; the Los Angeles Times, quoted in the report, writes “For more than five years” of the Iraq mission',
				where: 'Chapter 2, 1. Kosovo: The First Peacekeeping Mission and Core Principles; Chapter 3, 4. Iraq (footnote 179)'
			}
		],
		used: 'The dates. The story mentions the conclusion’s rounded figures once, attributed to the report.',
		why: 'By the report’s own dates, Kosovo lasted about eight and a half years, ISAF about twelve, Iraq a little over five and Resolute Support under seven.'
	},
	{
		id: 'haditha-location',
		topic: 'Where the Haditha power station is',
		variants: [
			{
				text: '“guarded the Haditha hydroelectric power station in Baghdad”',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces'
			},
			{
				text: '“the Haditha Dam located in Iraq’s Al-Anbar province”',
				where: 'Foreword'
			},
			{
				text: '“the protection of the Haditha Dam in Al Anbar province” (President Bush’s letter as quoted) and “an element contributing to the economic development of Al Anbar province”',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces'
			},
			{
				text: 'The unit “served first in Ramadi and later near the Al Anbar province” and “was placed under the control of the U.S. Marines located near the province of Al Anbar”, though it also “carried out post and patrol duty in its area of responsibility around Al Anbar”',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces'
			}
		],
		used: 'Al Anbar province',
		why: 'The report places the dam in Al Anbar several times, and Ramadi and Haditha lie in it; “near” the province reads as loose wording. Elsewhere it says the station is one of the main sources supplying Baghdad with electricity.'
	},
	{
		id: 'hkia-abbreviation',
		topic: 'The abbreviation for Hamid Karzai International Airport',
		variants: [
			{ text: '“HKIA – Hamid Karzai International Airport”', where: 'List of Abbreviations' },
			{
				text: '“HKAI was divided into two parts”, “HKAI had significant strategic importance” and “the garrison commander of HKAI”',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission'
			}
		],
		used: 'HKIA',
		why: 'It is the form in the report’s list of abbreviations and in most of the section.'
	},
	{
		id: 'robertson-name',
		topic: 'The first name of former NATO Secretary General Robertson',
		variants: [
			{
				text: '“Former NATO Secretary General John Robertson visited the South Caucasus region in May 2003.”',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces'
			},
			{
				text: '“former NATO Secretary General George Robertson”',
				where: 'Chapter 2, 1. Kosovo: The First Peacekeeping Mission and Core Principles'
			},
			{
				text: '“former NATO Secretary General Lord George Robertson”',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission'
			}
		],
		used: 'George Robertson',
		why: 'The report uses George twice and John once, for the same office.'
	},
	{
		id: 'pul-e-charkhi-spelling',
		topic: 'The spelling of the Kabul district with the ISAF ammunition depot',
		variants: [
			{ text: '“the ISAF forces’ ammunition depot in the Pol-e-Charkhi district”', where: 'Foreword' },
			{
				text: '“the ISAF ammunition depot in the Pol-e Charkhi district” and “the ISAF ammunition depot located in the Pul-e Charkhi district”',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 2. International Security Assistance Force (ISAF) Operation'
			},
			{
				text: '“the Pul-e-Charkhi ammunition depot” (in the account of Lieutenant General Giorgio Battisti’s medal recommendation)',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission'
			}
		],
		used: 'Pul-e-Charkhi',
		why: 'The report uses four spellings of one name; the story uses one of them throughout.'
	},
	{
		id: 'servicemen-2003-2008',
		topic: 'The 279 servicemen deployed at once in 2003–2008',
		variants: [
			{
				text: '“during 2003-2008, the Azerbaijani Army was able to deploy and rotate a force equivalent to two units, consisting of 279 servicemen, simultaneously to these three operations”',
				where: 'Chapter 3, Conclusion'
			},
			{
				text: 'Kosovo platoon: 34 personnel, September 1999 – April 2008 (footnote 75). Iraq unit: 151 personnel, 15 August 2003 – 7 December 2008 (footnote 155). ISAF contingent: 22 personnel from November 2002, 45 from 15 January 2008 (footnote 94); 90 from 19 February 2009 and 94 from 5 October 2010 (footnotes 95, 96), after the Kosovo and Iraq deployments had ended',
				where: 'Chapter 3, Participation in Peacekeeping Operations, sections 1, 2 and 4'
			}
		],
		used: 'The story gives 279 as the report’s figure, attributed, and says the report does not break it down.',
		why: 'The strengths the report gives for 2003–2008 (34 in Kosovo, 151 in Iraq and 22 in Afghanistan) add up to 207, or to 230 from 15 January 2008, when the Afghanistan contingent reached 45. The Kosovo and Iraq strengths with the Afghanistan strength of 94 would make 279, but the report dates that strength to 5 October 2010. The report does not say how 279 is reached; the story quotes the figure as the report’s.'
	},
	{
		id: 'rsm-increase-2018',
		topic: 'How much the contingent in Afghanistan grew in January 2018',
		variants: [
			{
				text: '“Azerbaijan increased its peacekeeping contingent in the country by 30 percent” (footnote 118)',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission'
			},
			{
				text: '“(adding 26 personnel, including 4 staff officer positions); and raised the total number to 120” (footnote 119), after “the Azerbaijani peacekeeping contingent of 94 personnel began service in the Resolute Support Mission on January 1, 2015” (footnote 116)',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission'
			}
		],
		used: '94 personnel from 1 January 2015 and 120 from 9 January 2018, as the report states them',
		why: 'Twenty-six more than 94 make 120, an increase of about 28 percent, which the report rounds to 30. The timeline draws the stated strengths, not the percentage.'
	},
	{
		id: 'isaf-third-platoon-2007',
		topic: 'Which platoon repelled the 2007 attack on the television tower in Kabul',
		variants: [
			{
				text: '“In 2007, terrorists attacked the state television tower of the Islamic Republic of Afghanistan, which was guarded by the third platoon of the Azerbaijani Army’s peacekeeping unit. The Azerbaijani peacekeeping platoon repelled the attack and neutralized the terrorists.” (footnote 98: the Ministry of Defense’s internal report file of 9 October 2025); the company’s four platoons are described without a date',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 2. International Security Assistance Force (ISAF) Operation'
			},
			{
				text: '“The peacekeeping contingent of the Azerbaijani Army, consisting of one platoon, began operations … in November 2002 with 22 personnel” and “on January 15, 2008, Azerbaijan’s peacekeeping contingent in Afghanistan was increased to 45 personnel” (footnote 94); a platoon is “approximately 30-40 personnel” in the report’s own terms',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 2. International Security Assistance Force (ISAF) Operation; Chapter 3, Terms Used in the Report'
			}
		],
		used: 'The platoon guarding the tower, with the report’s “third platoon” attributed to it; the place page says the contingent was one platoon of 22 until January 2008.',
		why: 'The strengths are dated and footnoted to the Milli Majlis decisions and laws; a contingent of 22 is one platoon, so a third platoon in 2007 does not fit them. The account of the attack comes from an internal file compiled in 2025, which may number the platoons as the later company did.'
	},
	{
		id: 'last-to-leave-afghanistan',
		topic: 'Whether the Azerbaijani peacekeepers were the last, or among the last, to leave Afghanistan',
		variants: [
			{ text: '“After the mission ended, Azerbaijani peacekeepers were the last to leave Afghanistan.”', where: 'Foreword' },
			{
				text: 'Senator Steve Daines, as the report relates his words, recalled that the Azerbaijani forces responsible for the security of HKIA “were the last military contingent to leave Afghanistan” (footnote 146: President.az, in Azerbaijani)',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission'
			},
			{
				text: '“After the completion of NATO’s Resolute Support Mission, Azerbaijani peacekeepers were among the last to leave Afghanistan.”',
				where: 'Chapter 3, Military Aspects of the Peacekeeping Operations of the Azerbaijani Army, Conclusion'
			},
			{
				text: '“The Azerbaijani contingent was one of the last NATO partner countries to leave Afghanistan”; also “one of the last to leave Afghanistan was an officer … Major Jasarat Abdullayev” and, in U.S. Vice President Vance’s words as quoted, “some of the last to leave Afghanistan”',
				where: 'Chapter 2, 2. Afghanistan: Long-Term Commitment and Strategic Partnership; Chapter 3, Training of Peacekeeping Forces; the introduction after the Foreword (footnote 1)'
			}
		],
		used: '“Among the last”, attributed to the report, with the Foreword’s “the last” mentioned beside it.',
		why: 'Four passages, including the conclusion of Chapter 3, say “among”, “one of” or “some of” the last; “the last” stands in the Foreword and in the report’s account of a senator’s remarks. The report gives no date for the departure of the other contingents against which to check either.'
	},
	{
		id: 'airport-battalion-command',
		topic: 'Who commanded the force protection battalion at Kabul airport',
		variants: [
			{
				text: '“The battalion commander was appointed from the Turkish Armed Forces, and the deputy battalion commander from the Azerbaijani Army.”',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission'
			},
			{
				text: 'Major Rahim Huseynov “served at HKIA as Deputy Commander and Commander of the North Kabul International Airport (NKIA) Force Protection Group battalion” from 21 January to 12 August 2020; footnote 148 is a Ministry of Defense item headed, in Azerbaijani, as the battalion commander’s medal',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission'
			}
		],
		used: 'A Turkish commander and an Azerbaijani deputy for the battalion; Major Huseynov’s post in the report’s words, “Deputy Commander and Commander”, without saying he commanded the battalion.',
		why: 'The first passage describes how the battalion was organized; the second gives one officer’s title without saying when, or whether only for a time, he was its commander. The story keeps the arrangement and gives the title as the report has it.'
	},
	{
		id: 'spanish-embassy-lives',
		topic: 'How many lives the Azerbaijani doctors saved after the attack on the Spanish Embassy in Kabul',
		variants: [
			{
				text: '“Doctors from the Azerbaijani peacekeeping contingent provided the necessary medical assistance to seriously wounded persons and succeeded in saving their lives.”',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission'
			},
			{
				text: 'The Ministry of Defense statement the report quotes (footnote 122): the doctors “carried out a successful surgical operation and managed to save the life of an Afghan citizen”',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission'
			}
		],
		used: 'The life of an Afghan citizen, attributed to the Ministry.',
		why: 'The Ministry statement is the source the report gives for the episode, and it names one life saved; the report’s own sentence before it has no footnote.'
	},
	{
		id: 'kosovo-rotations-total',
		topic: 'How many servicemen served in Kosovo, against the platoon’s size and rotations',
		variants: [
			{
				text: '“From September 1999 to March 2008, a peacekeeping contingent of one platoon of 34 personnel (1 officer, 1 warrant officer, and 32 soldiers)” (footnote 75)',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 1. Kosovo Force (KFOR) Operation'
			},
			{
				text: '“362 Azerbaijani servicemen participated, including 10 officers, 7 warrant officers, and 345 soldiers. Personnel were rotated every six months.” (footnote 78)',
				where: 'Chapter 3, Participation in Peacekeeping Operations, 1. Kosovo Force (KFOR) Operation'
			}
		],
		used: 'Both, as the report gives them: a platoon of 34, rotated every six months, and 362 servicemen in all.',
		why: 'Some seventeen six-month rotations of a 34-strong platoon would make about 580 postings, with one officer in each; 362 servicemen and 10 officers in all mean that some served more than one tour, or that not everyone rotated each time. The report does not say which.'
	}
];
