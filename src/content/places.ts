import type { PlaceStory } from './types';

/**
 * What the story says about each place, from the report. How each position is known comes from
 * the geo data, not from here.
 */
export const placeStories: PlaceStory[] = [
	{
		id: 'baku',
		summary:
			'Capital of Azerbaijan, where agreements for the Kosovo and Resolute Support deployments were signed.',
		paragraphs: [
			{
				text: 'The agreement with Türkiye on the Azerbaijani platoon in Kosovo was signed in Baku on 28 July 1999. A protocol on the Azerbaijani unit in Afghanistan within the Turkish Armed Forces was signed in Baku on 18 April 2015.',
				cite: ['fn76', 'fn117']
			},
			{
				text: 'The contingents returned to Azerbaijan from Kosovo on 15 April 2008, from Iraq on 7 December 2008 and from Afghanistan on 27 August 2021. In January 2008, the U.S. Ambassador Ann Derse met peacekeepers back from Iraq in Baku. As the crow flies, Baku is {{baku-prizren-km}} from Prizren, {{baku-hkia-km}} from Kabul’s airport, {{baku-haditha-dam-km}} from the Haditha Dam and {{baku-juba-km}} from Juba.',
				cite: ['report-ch3-kosovo', 'fn156', 'report-ch3-rsm', 'fn178']
			}
		]
	},
	{
		id: 'dragash',
		summary:
			'Town in southern Kosovo where the Azerbaijani platoon was stationed within the Turkish battalion from 1999 to 2008.',
		dates: '1999 – April 2008',
		paragraphs: [
			{
				text: 'The report places the town “35 km south of the city of Prizren, near the borders with North Macedonia and Albania”, without saying how the distance was measured; in a straight line the town is {{prizren-dragash-km}} from Prizren. The platoon served in the Dragash district as part of the Turkish Battalion Tactical Task Force.',
				cite: ['fn76', 'report-ch3-kosovo']
			},
			{
				text: 'Amirbey Bakhishov, an Azerbaijani officer who served there, said the town and the surrounding area were inhabited by Muslims. The report lists events that, it says, showed good relations with local people, among them the unveiling of a bust of Heydar Aliyev in Dragash on 10 May 2006.',
				cite: ['fn81', 'fn82']
			}
		],
		facts: [{ value: '34', label: 'servicemen in the platoon', cite: ['fn75'] }]
	},
	{
		id: 'dragash-aor',
		summary:
			'The Azerbaijani platoon’s area of responsibility in the Dragash district: 18 settlements and stretches of Kosovo’s borders with North Macedonia and Albania.',
		dates: '1999 – April 2008',
		paragraphs: [
			{
				text: 'According to the report, the area included 18 settlements inhabited by Albanian and Gorani communities, 14 km of the Kosovo–North Macedonia border and 7 km of the Kosovo–Albania border. It lay about 1,100 meters above sea level and was mountainous and cold. The report describes the area but gives no outline of it. The outline on this map was drawn to match the report: it is the part of Dragash municipality, by the meeting point of the three borders, chosen so that its stretches of the two borders come to about 14 km and 7 km. Those lengths are the report’s; the outline was fitted to them, so it does not confirm them.',
				cite: ['report-ch3-kosovo']
			},
			{
				text: 'The platoon carried out post and patrol duties at eighteen locations, border patrols and searches at fixed and mobile checkpoints. It took part in the disarmament of the Kosovo Liberation Army, kept civilians out of mined areas, and ran joint “Module-150” search and patrol operations with contingents from the United States, Germany, Austria, Türkiye and Greece.',
				cite: ['report-ch3-kosovo']
			}
		],
		facts: [
			{ value: '18', label: 'settlements', cite: ['report-ch3-kosovo'] },
			{ value: '14 km', label: 'of the Kosovo–North Macedonia border', cite: ['report-ch3-kosovo'] },
			{ value: '7 km', label: 'of the Kosovo–Albania border', cite: ['report-ch3-kosovo'] }
		]
	},
	{
		id: 'prizren',
		summary: 'City in southern Kosovo, base of KFOR’s South multinational brigade, led by Germany, under which the Azerbaijani platoon served.',
		paragraphs: [
			{
				text: 'KFOR had five multinational brigades. The South brigade was led by Germany and based in Prizren; the Turkish battalion with the Azerbaijani platoon belonged to it. The report puts Dragash 35 km south of Prizren without saying how it measured that; the straight line is {{prizren-dragash-km}}.',
				cite: ['report-ch3-kosovo', 'fn76']
			},
			{
				text: 'At the platoon’s farewell ceremony, Colonel Georg Macker, representing KFOR Multinational Task Force South, praised the Azerbaijani servicemen’s professionalism, discipline and dedication, according to the report.',
				cite: ['fn87']
			}
		]
	},
	{
		id: 'kabul',
		summary: 'Capital of Afghanistan, where the Azerbaijani contingent served from 2002 to 2021, first with ISAF and then at the airport with Resolute Support.',
		dates: 'November 2002 – August 2021',
		paragraphs: [
			{
				text: 'Under UN Security Council Resolution 1386, nearly 5,000 ISAF troops were to be deployed in and around Kabul. The Azerbaijani company served in the Turkish Battalion Tactical Task Force under ISAF’s Central Regional Command, based in Kabul, and guarded sites in the city.',
				cite: ['report-ch3-isaf']
			},
			{
				text: 'The city saw repeated attacks, among them the attack on the Spanish Embassy on 11 December 2015 and on the Intercontinental Hotel on 20 January 2018, when wounded people were brought to the airport. Taliban fighters took Kabul on 15 August 2021.',
				cite: ['fn121', 'fn123', 'fn27']
			}
		]
	},
	{
		id: 'hkia',
		summary:
			'Kabul’s international airport, where the Azerbaijani company guarded the NATO area from 2015 until the evacuation of August 2021.',
		dates: 'January 2015 – August 2021',
		paragraphs: [
			{
				text: 'The airport was divided into a military part and a civilian part. More than 5,000 personnel from NATO and non-NATO states were stationed there. The force protection battalion that guarded it was made up of Azerbaijani, Turkish, Albanian, Portuguese and Polish peacekeepers, with a Turkish commander and an Azerbaijani deputy.',
				cite: ['report-ch3-rsm', 'fn120']
			},
			{
				text: 'Major Rahim Huseynov served at the airport from 21 January to 12 August 2020. The report gives his post as Deputy Commander and Commander of the North Kabul International Airport Force Protection Group battalion, although it says elsewhere that the battalion’s commander came from the Turkish Armed Forces and its deputy from the Azerbaijani Army. He received the NATO Meritorious Service Medal and was later killed in the 44-day war. In August 2021, the report says, Azerbaijani peacekeepers ensured the safe evacuation of hundreds of people from the airport; citing a second news item, it says they evacuated people together with Turkish peacekeepers. The report also uses the names Kabul International Airport and North Kabul International Airport (NKIA), and in places misspells HKIA as “HKAI”.',
				cite: ['report-ch3-rsm', 'fn147', 'fn148', 'fn129', 'fn130']
			}
		],
		facts: [
			{ value: '5,000+', label: 'personnel stationed at the airport', cite: ['fn120'] },
			{ value: '120', label: 'Azerbaijani personnel from 9 January 2018', cite: ['fn119'] }
		]
	},
	{
		id: 'hkia-northern-section',
		summary:
			'The airport’s northern section, one of two sectors the Azerbaijani company took over from a Jordanian battalion in 2015, including the northern terminal where it searched those entering.',
		dates: 'January 2015 – August 2021',
		paragraphs: [
			{
				text: 'After brief preparatory training, the contingent of 94 took over the guard of the northern and eastern sections of the airport, and their checkpoints, from the Jordanian peacekeeping battalion. It searched personnel, vehicles and cargo entering through the northern terminal. The report names the sections but does not describe their limits.',
				cite: ['report-ch3-rsm']
			}
		]
	},
	{
		id: 'hkia-eastern-section',
		summary: 'The airport’s eastern section, the second sector the Azerbaijani company took over from a Jordanian battalion in 2015.',
		dates: 'From January 2015',
		paragraphs: [
			{
				text: 'The Azerbaijani company guarded the eastern section together with the northern one, with their checkpoints. Its duties included inspecting vehicles, people and cargo entering the airport and searching for any attackers who got into the base. The report names the section but does not describe its limits.',
				cite: ['report-ch3-rsm']
			}
		]
	},
	{
		id: 'doghan-base',
		summary:
			'Base in Kabul whose northeastern section the Azerbaijani company guarded under ISAF, and from which it moved to the airport in 2015.',
		dates: 'Until January 2015',
		paragraphs: [
			{
				text: 'The first and second platoons guarded the northeastern section of the base. In 2013, after a suicide bomber struck a checkpoint held by British troops near the base and other attackers tried to storm it, the first platoon engaged them from the flank together with the UK troops, according to the Ministry’s internal report cited by the report.',
				cite: ['report-ch3-isaf', 'fn99']
			},
			{
				text: 'Major Teyfur Rustamov served as force protection commander of the camp in 2013. The report places the base in Kabul but gives no location, and spells its name four ways: Doghan, Dohan, Dohyan and Daghan. On the map the base and the settlement of Uthil share one circle, centred on the city: the report places both in Kabul and gives a position for neither, so nothing allows them to be drawn apart.',
				cite: ['fn149', 'report-ch3-isaf', 'report-foreword', 'report-ch3-rsm']
			}
		]
	},
	{
		id: 'uthil',
		summary: 'Settlement in Kabul where the first and second platoons of the Azerbaijani company carried out post and patrol duties under ISAF.',
		paragraphs: [
			{
				text: 'The company worked with international and non-governmental organizations operating in Uthil and, the report says, built good relations with local people. The report places Uthil in Kabul city but gives no further location, and no dates for the company’s work there. On the map Uthil and the Doghan base share one circle, centred on the city, because the report gives a position for neither.',
				cite: ['report-ch3-isaf', 'report-foreword']
			}
		]
	},
	{
		id: 'kabul-tv-tower',
		summary: 'The state television tower of Afghanistan, guarded by a platoon of the Azerbaijani company and attacked in 2007.',
		paragraphs: [
			{
				text: 'The report lists the tower, with the ammunition depot, as strategically important infrastructure that the company protected. In 2007 attackers struck the tower; according to the Ministry’s internal report cited by the report, the platoon guarding it, which the report calls the third platoon, “repelled the attack and neutralized the terrorists”. Elsewhere the report describes the contingent as a single platoon of 22 until January 2008. The report does not say where the tower stands: placing it on TV Hill (Koh-e Asamai) in central Kabul, where the city’s television masts stand, is this story’s identification, not the report’s.',
				cite: ['report-ch3-isaf', 'fn98', 'fn94']
			}
		]
	},
	{
		id: 'pul-e-charkhi-depot',
		summary: 'ISAF ammunition depot in the Pul-e-Charkhi district of Kabul, guarded by the fourth platoon of the Azerbaijani company.',
		paragraphs: [
			{
				text: 'Guard personnel were rotated to the depot by convoy from the Doghan base. On one such trip a suicide bomber on a motorcycle set off explosives, but the blast did not damage the vehicles or harm anyone, according to the Ministry’s internal report cited by the report.',
				cite: ['report-ch3-isaf', 'fn100']
			},
			{
				text: 'In 2013, Major Teyfur Rustamov was responsible for the security of the depot, according to his NATO medal recommendation. The report names the district, spelled Pol-e-Charkhi, Pol-e Charkhi, Pul-e Charkhi and Pul-e-Charkhi, but not the depot’s location within it.',
				cite: ['fn149', 'report-ch3-isaf', 'report-foreword']
			}
		]
	},
	{
		id: 'kabul-jalalabad-highway',
		summary:
			'Highway east from Kabul; the Azerbaijani company monitored the section running through its area of responsibility and secured the passage of convoys.',
		paragraphs: [
			{
				text: 'The report lists continuous monitoring of the section of the Kabul–Jalalabad highway passing through the company’s area of responsibility among its main contributions to ISAF. It does not say which section that was. In a straight line, Jalalabad is {{kabul-jalalabad-km}} east of Kabul.',
				cite: ['report-ch3-isaf']
			}
		]
	},
	{
		id: 'ramadi',
		summary: 'City in Al Anbar province where the Azerbaijani unit first guarded the coalition forces’ base in Iraq.',
		paragraphs: [
			{
				text: 'The unit began by organizing the protection of the coalition base in Ramadi. Later, by decision of the commander of U.S. forces in Iraq, it was placed under the U.S. Marines and moved to guard the Haditha Dam. The unit served in Iraq from 15 August 2003, but the report dates neither its time in Ramadi nor the move.',
				cite: ['report-ch3-iraq']
			}
		]
	},
	{
		id: 'haditha-dam',
		summary:
			'Dam and hydroelectric station on the Euphrates in Al Anbar province, guarded by the Azerbaijani unit alongside U.S. Marines until December 2008.',
		dates: 'Until December 2008',
		paragraphs: [
			{
				text: 'The report gives the dam as 57 meters high and 8,700 meters long, the largest installation on the Euphrates, and says it supplied 25% of Iraq’s electricity. In one passage the report places the station “in Baghdad”; elsewhere it places the dam in Al Anbar province. In a straight line the dam is {{haditha-dam-town-km}} from the town of Haditha.',
				cite: ['fn158', 'report-ch3-iraq', 'report-foreword']
			},
			{
				text: 'The Azerbaijanis held the southern part of the facility with twelve posts and checked the station’s workers each day. The Los Angeles Times, in an article the report quotes as relayed by the Azerbaijani news agency Azertag, wrote that they protected the 630 Iraqi employees as they arrived at work. A U.S. Marine, Major Mark Winn, recalled a map of the reservoir found in a raid, marking the positions of American and Azerbaijani guards.',
				cite: ['fn157', 'report-ch3-iraq', 'fn179', 'fn167']
			},
			{
				text: 'In December 2008 a farewell ceremony near the dam marked the end of the mission, attended by U.S. Marine Corps commanders and Iraqi officials, according to the report.',
				cite: ['report-ch2-iraq', 'fn58']
			}
		],
		facts: [
			{ value: '57 m', label: 'high, per the report', cite: ['fn158'] },
			{ value: '8,700 m', label: 'long, per the report', cite: ['fn158'] },
			{ value: '25%', label: 'of Iraq’s electricity, per the report', cite: ['report-ch3-iraq'] }
		]
	},
	{
		id: 'lake-qadisiya',
		summary: 'The reservoir behind the Haditha Dam, which, according to a Los Angeles Times article quoted in the report, Azerbaijani soldiers kept watch over.',
		paragraphs: [
			{
				text: 'The Los Angeles Times, in an article the report quotes as relayed by the Azerbaijani news agency Azertag, described the Azerbaijani soldiers at the dam keeping watch on Lake Qadisiya to the north and the Euphrates to the south. The report says coalition commanders feared insurgents might blow up the Haditha reservoir, and that the resulting flood would have made coalition movement impossible.',
				cite: ['fn179', 'fn159']
			}
		]
	},
	{
		id: 'hit-haditha-corridor',
		summary:
			'Stretch of Al Anbar province where, the report says, the Azerbaijani guard of the Haditha Dam removed the need for U.S. security and stability operations.',
		paragraphs: [
			{
				text: 'Citing a U.S. Army history of allied participation in Iraq, the report says that by securing the dam, Azerbaijani soldiers removed the need for U.S. forces to conduct security and stability operations in the Hit–Haditha corridor and other parts of Al Anbar province. Roads and railways ran alongside the Haditha facility, and the unit monitored supply routes of coalition forces in western Iraq.',
				cite: ['fn162', 'report-ch3-iraq']
			}
		]
	},
	{
		id: 'juba',
		summary:
			'Capital of South Sudan, where the first two Azerbaijani observers arrived in January 2019 to begin work at UNMISS headquarters.',
		dates: 'Since January 2019',
		paragraphs: [
			{
				text: 'Two Azerbaijani Army officers arrived in Juba in January 2019 and began service at the headquarters of the UN Mission in South Sudan. Juba is also one of the UNMISS sectors where Azerbaijani military observers have served.',
				cite: ['report-ch2-south-sudan', 'report-ch3-unmiss']
			}
		],
		facts: [{ value: '2', label: 'Azerbaijani military observers a year', cite: ['report-ch3-unmiss'] }]
	},
	{
		id: 'torit',
		summary: 'UNMISS sector in South Sudan where Azerbaijani military observers have served.',
		paragraphs: [
			{
				text: 'The report lists Torit among the six UNMISS sectors where Azerbaijani military observers have served since the mission began in January 2019. It does not say which observers served in Torit, when, or for how long; with two observers a year, on annual rotation, they cannot have served in all six sectors at once. The observers work unarmed, patrolling and reporting on the security situation.',
				cite: ['report-ch3-unmiss']
			}
		]
	},
	{
		id: 'malakal',
		summary: 'UNMISS sector in South Sudan where Azerbaijani military observers have served.',
		paragraphs: [
			{
				text: 'The report lists Malakal among the six UNMISS sectors where Azerbaijani military observers have served since the mission began in January 2019. It does not say which observers served in Malakal, when, or for how long; with two observers a year, on annual rotation, they cannot have served in all six sectors at once. Among the observers’ tasks are monitoring the ceasefire and talking with local armed groups and community leaders to reduce tensions.',
				cite: ['report-ch3-unmiss']
			}
		]
	},
	{
		id: 'kuajok',
		summary: 'UNMISS sector in South Sudan where Azerbaijani military observers have served.',
		paragraphs: [
			{
				text: 'The report lists Kuajok among the six UNMISS sectors where Azerbaijani military observers have served since the mission began in January 2019. It does not say which observers served in Kuajok, when, or for how long; with two observers a year, on annual rotation, they cannot have served in all six sectors at once. The report notes that poor roads and flooding can make timely patrols difficult.',
				cite: ['report-ch3-unmiss']
			}
		]
	},
	{
		id: 'bor',
		summary: 'UNMISS sector in South Sudan where Azerbaijani military observers have served.',
		paragraphs: [
			{
				text: 'The report lists Bor among the six UNMISS sectors where Azerbaijani military observers have served since the mission began in January 2019. It does not say which observers served in Bor, when, or for how long; with two observers a year, on annual rotation, they cannot have served in all six sectors at once. The observers collect information on human rights violations and report to the United Nations.',
				cite: ['report-ch3-unmiss']
			}
		]
	},
	{
		id: 'bentiu',
		summary: 'UNMISS sector in South Sudan where Azerbaijani military observers have served.',
		paragraphs: [
			{
				text: 'The report lists Bentiu among the six UNMISS sectors where Azerbaijani military observers have served since the mission began in January 2019. It does not say which observers served in Bentiu, when, or for how long; with two observers a year, on annual rotation, they cannot have served in all six sectors at once. The report notes that local authorities or armed groups sometimes bar observers from certain areas.',
				cite: ['report-ch3-unmiss']
			}
		]
	}
];
