import type { Chapter } from './types';

/**
 * The story, chapter by chapter. Every fact comes from the report (see sources.ts); where the
 * report contradicts itself, notes.ts records the variants and what the story uses.
 */
export const chapters: Chapter[] = [
	{
		id: 'intro',
		kicker: 'Since 1999',
		title: 'Five Missions on Three Continents',
		summary:
			'Since 1999, more than 3,000 servicemen of the Azerbaijani Army have taken part in peacekeeping operations abroad, according to the Minister of Defense. This story follows them to Kosovo, Afghanistan, Iraq and South Sudan, using a report prepared by the Ministry of Defense and the Center of Analysis of International Relations.',
		paragraphs: [
			{
				text: 'Since 1999, soldiers and officers of the Azerbaijani Army have served in peacekeeping operations far from home. In his Foreword to the report, the Minister of Defense, Colonel General Zakir Hasanov, puts their number at more than 3,000. This story follows them on the map. It uses one source: a report prepared jointly by the Ministry of Defense of the Republic of Azerbaijan and the Center of Analysis of International Relations.',
				cite: ['report-foreword', 'report']
			},
			{
				text: 'The report counts five operations. A platoon served with NATO’s Kosovo Force (KFOR) from 1999 to 2008. In Afghanistan, a contingent served with NATO’s International Security Assistance Force (ISAF) from 2002 to 2014 and then with the Resolute Support Mission until 2021. In Iraq, a unit served with the international coalition from 2003 to 2008. Since January 2019, two officers a year have served as military observers with the UN Mission in South Sudan (UNMISS).',
				cite: ['report-ch2-missions', 'report-ch3-conclusion', 'report-foreword']
			},
			{
				text: 'The places lie far apart. As the crow flies, Prizren in Kosovo is {{baku-prizren-km}} from Baku, Kabul’s airport {{baku-hkia-km}}, the Haditha Dam in Iraq {{baku-haditha-dam-km}} and Juba in South Sudan {{baku-juba-km}}. The report speaks of missions on three continents: Europe, Asia and Africa.',
				cite: ['report-ch3-conclusion']
			},
			{
				text: 'The report was prepared in part by the Ministry whose forces it describes, and it often praises them. This story reports what the report says happened. Judgements and praise are attributed to the report or to the people it quotes. Where the report contradicts itself, the notes say so and explain which version the story uses. The report is published in an English translation. Most of the quotations in this story reached the report through Azerbaijani-language newspapers, news sites and Ministry documents; their English is then a translation back, not the speaker’s own words, and each such quotation says so.',
				cite: ['report']
			}
		],
		facts: [
			{ value: '3,000+', label: 'servicemen in peacekeeping operations since 1999, per the Minister of Defense', cite: ['report-foreword'] },
			{ value: '5', label: 'operations', cite: ['report-ch3-conclusion'] },
			{ value: '3', label: 'continents', cite: ['report-ch3-conclusion'] }
		],
		quotes: [
			{
				text: 'From 1999 to the present day, more than 3,000 servicemen of the Azerbaijani Army have participated in peacekeeping operations in various regions of the world.',
				speaker: 'Zakir Hasanov',
				role: 'Colonel General, Minister of Defense of the Republic of Azerbaijan',
				context: 'in his Foreword to the report',
				cite: ['report-foreword']
			}
		],
		places: ['baku', 'dragash', 'kabul', 'haditha-dam', 'juba'],
		caption:
			'Map: Baku and the four theaters of the missions. They are Dragash in Kosovo (Europe), Kabul in Afghanistan (Asia), the Haditha Dam in Iraq (Asia) and Juba in South Sudan (Africa). Kosovo’s boundary is drawn dashed.'
	},
	{
		id: 'founding',
		kicker: '1992–2001',
		title: 'Building a Peacekeeping Force',
		summary:
			'Azerbaijan joined NATO’s Partnership for Peace in 1994 and set up a peacekeeping company in 1997. A peacekeeping battalion followed in 2001.',
		paragraphs: [
			{
				text: 'Azerbaijan restored its independence in 1991 and became a member of the United Nations on 2 March 1992. On 4 May 1994, Heydar Aliyev signed the Framework Document of NATO’s Partnership for Peace (PfP). According to the report, one of its aims was to build the capacity to contribute to operations led by the UN or under the responsibility of the OSCE.',
				cite: ['report-ch2-intro', 'report-ch1-conclusion', 'report-ch3-establishment', 'fn64']
			},
			{
				text: 'In 1997 a lightly armed peacekeeping company was set up, on Heydar Aliyev’s directive according to the Foreword. A peacekeeping battalion followed in 2001. The report stresses the timing: in 1997, it says, 20 percent of Azerbaijan’s territory was occupied by Armenian forces and nearly one million people were refugees or internally displaced.',
				cite: ['report-foreword', 'report-ch2-intro', 'report-ch3-establishment']
			},
			{
				text: 'The new company trained abroad from the start. Its personnel took part in exercises in Norway (1997), Macedonia, Türkiye and Central Asia (1998), Canada (1999) and Kazakhstan (2000), among others. The report says the training followed NATO standards.',
				cite: ['report-ch3-training', 'report-ch3-establishment']
			},
			{
				text: 'Under Azerbaijani law, the personnel sent on peacekeeping operations are volunteers, and sending troops abroad requires a decision of the Milli Majlis, the national parliament. The Milli Majlis approved the first deployment, to Kosovo, on 2 July 1999.',
				cite: ['report-ch3-legal', 'fn68', 'fn74']
			}
		],
		facts: [
			{ value: '1994', label: 'Partnership for Peace Framework Document signed (4 May)', cite: ['report-ch3-establishment'] },
			{ value: '1997', label: 'peacekeeping company established', cite: ['report-ch3-establishment'] },
			{ value: '2001', label: 'peacekeeping battalion established', cite: ['report-ch2-intro'] }
		],
		quotes: [
			{
				text: 'After the collapse of the socialist bloc, NATO’s ‘Partnership for Peace’ program was created, and Azerbaijan was one of the first states to join cooperation with it and to begin carrying out a peacekeeping mission.',
				speaker: 'General Joseph Ralston',
				role: 'NATO’s Supreme Allied Commander Europe and Commander of U.S. Forces in Europe',
				context: 'during a visit to Azerbaijan, October 2002',
				cite: ['fn85'],
				viaAzerbaijani: 'a Ministry of Defense statement on Mod.gov.az, 17 October 2002'
			}
		],
		places: ['baku'],
		// Baku in its region, not its streets.
		maxZoom: 5,
		caption: 'Map: Baku, capital of Azerbaijan, on the Caspian Sea.'
	},
	{
		id: 'kosovo',
		kicker: '1999–2008',
		title: 'Kosovo: A Platoon in Dragash',
		summary:
			'From 1999 to 2008, an Azerbaijani platoon of 34 served with NATO’s Kosovo Force in the town of Dragash, inside a Turkish battalion. It patrolled 18 settlements and stretches of the borders with North Macedonia and Albania, and left in April 2008.',
		paragraphs: [
			{
				text: 'NATO’s Kosovo Force (KFOR) began its operation in June 1999 under UN Security Council Resolution 1244. On 2 July 1999 the Milli Majlis approved sending a platoon as part of a battalion of the Turkish Armed Forces under NATO command. From September 1999 the platoon of 34 (1 officer, 1 warrant officer and 32 soldiers) served in Kosovo. Türkiye provided its logistics and transport.',
				cite: ['fn71', 'fn74', 'fn75', 'report-ch3-kosovo']
			},
			{
				text: 'The platoon belonged to the Turkish Battalion Tactical Task Force in KFOR’s South brigade, which was led by Germany and based in Prizren. It was stationed in the town of Dragash. The report puts Dragash “35 km south of the city of Prizren” without saying how that distance was measured; in a straight line, Dragash is {{prizren-dragash-km}} from Prizren.',
				cite: ['fn76', 'report-ch3-kosovo']
			},
			{
				text: 'The platoon’s area of responsibility covered 18 settlements of Albanian and Gorani communities, 14 km of the Kosovo–North Macedonia border and 7 km of the Kosovo–Albania border. The report gives no outline of the area; the one on the map was drawn to match those two lengths. It lay about 1,100 meters above sea level and was mountainous and cold. The platoon manned posts and checkpoints, patrolled the borders and escorted aid convoys. According to the report, it repeatedly found weapons, drugs and other illegal items and handed them to the authorities.',
				cite: ['report-ch3-kosovo']
			},
			{
				text: 'Personnel rotated every six months. In all, 362 Azerbaijani servicemen served in Kosovo: 10 officers, 7 warrant officers and 345 soldiers. Together with the Turkish troops, the platoon also organized regular medical examinations for local residents. According to the report, its members were awarded NATO operation participation medals and other decorations.',
				cite: ['fn78', 'fn80', 'report-ch3-kosovo']
			},
			{
				text: 'Kosovo declared independence in February 2008. Azerbaijan did not recognize it; the report links this to the country’s opposition to separatism, citing Armenia’s actions in Garabagh. On 4 March 2008 the Milli Majlis decided to withdraw the platoon. It left Kosovo in April and was back home on 15 April 2008.',
				cite: ['report-ch2-kosovo', 'fn79', 'report-ch3-kosovo']
			}
		],
		facts: [
			{ value: '34', label: 'servicemen in the platoon (1 officer, 1 warrant officer, 32 soldiers)', cite: ['fn75'] },
			{ value: '362', label: 'Azerbaijani servicemen who served in Kosovo in all', cite: ['fn78'] },
			{ value: '18', label: 'settlements in the platoon’s area of responsibility', cite: ['report-ch3-kosovo'] }
		],
		quotes: [
			{
				text: 'The city of Dragash, where we were located, and the surrounding area were inhabited by Muslims. Our relations with the local population were also established at a high level.',
				speaker: 'Amirbey Bakhishov',
				role: 'officer of the Azerbaijani Army who served in Kosovo',
				context: 'in a newspaper interview',
				cite: ['fn81'],
				viaAzerbaijani: 'the newspaper Azərbaycan, 30 May 2009'
			},
			{
				text: '… among more than 40,000 peacekeeping servicemen in Kosovo, the Azerbaijani contingent holds a special position.',
				speaker: 'Lord George Robertson',
				role: 'former NATO Secretary General',
				context: 'at a meeting with Azerbaijan’s Minister of Defense in 2017',
				cite: ['fn142'],
				viaAzerbaijani: 'an article on Ordu.az, 16 December 2017'
			}
		],
		places: ['dragash', 'dragash-aor', 'prizren'],
		caption:
			'Map: Dragash in southern Kosovo and the platoon’s area. The platoon’s approximate area of responsibility lies on the borders with North Macedonia and Albania, drawn to match the border lengths the report gives, with Prizren, seat of KFOR’s South brigade, to the north. Kosovo’s boundary is drawn dashed; positions marked approximate are estimates.'
	},
	{
		id: 'isaf',
		kicker: '2002–2014',
		title: 'Afghanistan: Guarding Kabul with ISAF',
		summary:
			'From November 2002 an Azerbaijani contingent served with NATO’s ISAF in Kabul, within a Turkish battalion, growing from 22 to 94 personnel. It guarded part of the Doghan base, the state television tower and an ISAF ammunition depot, and patrolled the settlement of Uthil.',
		paragraphs: [
			{
				text: 'On 15 November 2002 the Milli Majlis agreed to send a contingent to Afghanistan under the overall command of the Turkish Armed Forces and NATO. It began work with ISAF that month: a platoon of 22 (1 officer, 1 warrant officer and 20 soldiers). Personnel rotated every six months. It served within the Turkish battalion, and Türkiye provided its logistics and transport.',
				cite: ['fn93', 'report-ch3-isaf']
			},
			{
				text: 'The contingent grew. It reached 45 on 15 January 2008 and, after a further decision of the Milli Majlis, 90 from 19 February 2009. On 5 October 2010 two military doctors and two engineer-sappers joined, bringing it to 94.',
				cite: ['fn94', 'fn95', 'fn96']
			},
			{
				text: 'The report describes a company within the Turkish Battalion Tactical Task Force of ISAF’s Central Regional Command in Kabul. Its first and second platoons patrolled the settlement of Uthil and guarded the northeastern section of the Doghan base. The third guarded the state television tower, and the fourth the ISAF ammunition depot in the Pul-e-Charkhi district. The company also watched the section of the Kabul–Jalalabad highway in its area and secured the passage of convoys. The report does not date this arrangement of four platoons; until January 2008 it describes the contingent as one platoon of 22.',
				cite: ['report-ch3-isaf']
			},
			{
				text: 'The military doctors treated 30–40 local residents a day, according to the report. The engineer-sappers worked in the Turkish mine-clearance team, detecting and neutralizing mines and unexploded ordnance.',
				cite: ['report-ch3-isaf']
			},
			{
				text: 'The report describes raids, explosive devices and suicide attackers as daily dangers. In 2007, according to the Ministry’s internal report cited by the report, attackers struck the television tower and the Azerbaijani platoon guarding it “repelled the attack and neutralized the terrorists”; the report does not say how many attackers there were or what became of them. In 2013, after a suicide bomber struck a British-held checkpoint near the Doghan base, the first platoon moved against the attackers from the flank, together with the UK troops. A suicide bomber on a motorcycle also attacked a convoy on its way to the depot, without harming anyone. ISAF ended in December 2014.',
				cite: ['fn98', 'fn99', 'fn100', 'report-ch3-isaf']
			},
			{
				text: 'According to the report, the Azerbaijani peacekeepers in ISAF were repeatedly awarded certificates of honor. Major Teyfur Rustamov, force protection commander of the Doghan camp in 2013, later received the NATO Meritorious Service Medal, which the report calls NATO’s most prestigious decoration; Lieutenant General Giorgio Battisti, ISAF’s Chief of Staff, recommended him for it.',
				cite: ['report-ch3-isaf', 'fn147', 'fn149']
			}
		],
		facts: [
			{ value: '22', label: 'personnel in November 2002', cite: ['report-ch3-isaf'] },
			{ value: '45', label: 'personnel from 15 January 2008', cite: ['fn94'] },
			{ value: '90', label: 'personnel from 19 February 2009', cite: ['fn95'] },
			{ value: '94', label: 'personnel from 5 October 2010', cite: ['fn96'] }
		],
		quotes: [
			{
				text: 'Your troops in Afghanistan, regardless of where they are deployed, contribute to security every day, and they have demonstrated great flexibility and heroism in accomplishing every task. They are remarkable representatives of Azerbaijan.',
				speaker: 'General Dan McNeill',
				role: 'U.S. Army, Commander of NATO’s International Security Assistance Force in Afghanistan',
				context: 'in a letter to Azerbaijan’s Minister of Defense, 26 May 2008',
				cite: ['fn101'],
				viaAzerbaijani: 'a Ministry of Defense statement on Mod.gov.az, 18 July 2008'
			}
		],
		places: ['kabul', 'doghan-base', 'uthil', 'kabul-tv-tower', 'pul-e-charkhi-depot', 'kabul-jalalabad-highway'],
		// The company watched only the highway's section near Kabul: the view stays on the city.
		fit: ['kabul', 'doghan-base', 'uthil', 'kabul-tv-tower', 'pul-e-charkhi-depot'],
		caption:
			'Map: Kabul, Afghanistan, and the sites the contingent guarded. It shows the approximate areas of the Doghan base, the settlement of Uthil and the ISAF ammunition depot in the Pul-e-Charkhi district, the state television tower, and the Kabul–Jalalabad highway leading east. The report gives no exact locations for the base, Uthil or the depot, and none for the tower, which this story places on TV Hill; positions marked approximate are estimates.'
	},
	{
		id: 'resolute-support',
		kicker: '2015–2021',
		title: 'Kabul Airport: Resolute Support and the Evacuation',
		summary:
			'From 2015 the Azerbaijani company guarded the northern and eastern sections of Hamid Karzai International Airport in Kabul for NATO’s Resolute Support Mission. In August 2021 it helped evacuate people from the airport; the report says it was among the last to leave Afghanistan.',
		paragraphs: [
			{
				text: 'NATO’s non-combat Resolute Support Mission replaced ISAF on 1 January 2015, and the Azerbaijani contingent of 94 carried on without a break, rotating on the same six-month plan. It moved from the Doghan base to the NATO area at Hamid Karzai International Airport (HKIA) in Kabul. There it took over the guard of the airport’s northern and eastern sections, and their checkpoints, from a Jordanian battalion.',
				cite: ['fn116', 'report-ch3-rsm']
			},
			{
				text: 'A protocol signed in Baku on 18 April 2015 placed the company within the units of the Turkish Armed Forces. From 9 January 2018 the contingent grew by 30 percent to 120: 15 officers, 6 warrant officers and 99 soldiers. It searched people, vehicles and cargo entering through the airport’s northern terminal. More than 5,000 personnel from NATO and non-NATO states were based at the airport, guarded by a force protection battalion whose commander, the report says, came from the Turkish Armed Forces and whose deputy commander came from the Azerbaijani Army.',
				cite: ['fn117', 'fn118', 'fn119', 'fn120', 'report-ch3-rsm']
			},
			{
				text: 'Kabul saw repeated attacks. After the attack on the Spanish Embassy on 11 December 2015, two Azerbaijani military doctors treated seriously wounded people at the airport and, according to the Ministry, saved the life of an Afghan citizen. During the attack on the Intercontinental Hotel on 20 January 2018, the airport gates were reinforced and wounded Afghan servicemen were handed over there to an evacuation team.',
				cite: ['fn121', 'fn122', 'fn123', 'fn124']
			},
			{
				text: 'The end of the mission was decided elsewhere. In February 2020, the report recounts, the United States and the Taliban reached an agreement in Doha under which U.S. and NATO forces would leave Afghanistan within 14 months. On 14 April 2021 NATO defense and foreign ministers decided to withdraw the Resolute Support forces over several months from 1 May, and on 14 June 2021 the allies’ heads of state and government reaffirmed the decision at the Brussels Summit.',
				cite: ['fn126', 'fn127', 'fn128']
			},
			{
				text: 'On 15 August 2021 Taliban fighters took Kabul; the report’s chapter on the mission calls this “a change of power”. A mass evacuation began. According to the report, Azerbaijani peacekeepers ensured the safe evacuation of hundreds of people from HKIA, among them staff of the UN and other international organizations and about 100 French citizens. Citing a second news item, it adds that together with Turkish peacekeepers they evacuated people from the country and gave the evacuees food and water. That month, coalition forces flew more than 120,000 people out of Kabul.',
				cite: ['fn27', 'report-ch3-rsm', 'fn129', 'fn130', 'fn131']
			},
			{
				text: 'The report says the Azerbaijani peacekeepers were among the last to leave Afghanistan (its Foreword says “the last”), and that they took over the duties of other countries’ forces at the airport as those withdrew. They returned home on 27 August 2021.',
				cite: ['report-ch3-conclusion', 'fn146', 'report-ch3-rsm']
			}
		],
		facts: [
			{ value: '94', label: 'personnel at the start of Resolute Support, 1 January 2015', cite: ['fn116'] },
			{ value: '120', label: 'personnel from 9 January 2018', cite: ['fn119'] },
			{ value: '120,000+', label: 'people flown out of Kabul by coalition forces in August 2021', cite: ['fn131'] }
		],
		quotes: [
			{
				text: 'The base’s readiness level was raised to Degree 1. The gates were reinforced. Entry and exit to the base were restricted.',
				speaker: 'First Lieutenant Mahir Mammadov',
				role: 'liaison officer at the operations center of Kabul North Airport',
				context: 'in his report on the attack on the Intercontinental Hotel in Kabul, 20 January 2018',
				cite: ['fn124'],
				viaAzerbaijani: 'the Ministry of Defense’s file of internal reports, 9 October 2025'
			}
		],
		places: ['hkia', 'hkia-northern-section', 'hkia-eastern-section'],
		caption:
			'Map: Hamid Karzai International Airport in Kabul, Afghanistan. It shows the approximate northern and eastern sections guarded by the Azerbaijani company. Positions marked approximate are estimates.'
	},
	{
		id: 'iraq',
		kicker: '2003–2008',
		title: 'Iraq: Guarding the Haditha Dam',
		summary:
			'From August 2003 to December 2008, an Azerbaijani unit of 151 served with the international coalition in Iraq, first in Ramadi and then at the Haditha Dam on the Euphrates. More than 1,000 Azerbaijani soldiers served there over 11 rotations.',
		paragraphs: [
			{
				text: 'The Milli Majlis approved participation in the coalition in Iraq on 7 May 2003. On 3 June 2003 Azerbaijan signed status agreements with Iraq and with Kuwait, because the contingent would travel through Kuwait. A unit of 151 (15 officers, 16 warrant officers and 120 soldiers) served in Iraq from 15 August 2003, with personnel rotating every six months. The United States provided its transport and logistical support.',
				cite: ['fn151', 'fn153', 'fn154', 'fn155', 'report-ch3-iraq', 'report-foreword']
			},
			{
				text: 'The unit first guarded the coalition base in the city of Ramadi. Later, by decision of the U.S. commander in Iraq, it came under the U.S. Marines in Al Anbar province, within the Multi-National Force – West, and guarded the Haditha Dam and its hydroelectric station on the Euphrates. The report gives the dam as 57 meters high and 8,700 meters long and says it supplied 25% of Iraq’s electricity.',
				cite: ['report-ch3-iraq', 'fn158']
			},
			{
				text: 'Teyfur Rustamov, an Azerbaijani officer, said in a 2009 newspaper interview that the unit held the southern part of the facility with twelve posts. It checked the station’s workers and vehicles each day, ran checkpoints and trained Iraqi army and police personnel. Citing a U.S. Army history, the report says this removed the need for U.S. forces to conduct security and stability operations in the Hit–Haditha corridor.',
				cite: ['fn157', 'report-ch3-iraq', 'fn162']
			},
			{
				text: 'Sharing a base with U.S. Marines, the report says, increased the threat to the Azerbaijanis. For a time the base came under mortar fire almost daily, and insurgents tried several times to raid the facility. Civilian workers at the station were found to be passing the coordinates to the attackers and were handed over to the authorities; a U.S. Marine, Major Mark Winn, recalled a map found in a raid that marked where the American and Azerbaijani guards stood. Roadside bombs repeatedly put the Azerbaijanis in danger, and the armor of the light vehicles they used on patrol was strengthened. A suspicious package found at a checkpoint where the Azerbaijanis were searching held a bomb, which a technical fault kept the attackers from setting off by remote control.',
				cite: ['report-ch3-iraq', 'fn167', 'fn169']
			},
			{
				text: 'In 2004, according to the Ministry’s internal report cited by the report, a platoon of the unit fought to retake an Al Anbar police station that terrorists had seized, and handed the weapons and ammunition it found to the authorities. In April 2005, Rustamov said, the unit spotted three people laying mines on the main road to the station; in the report’s rendering of his words, from an Azerbaijani-language newspaper, the group was “neutralized”. The report does not say whether the three were killed or captured.',
				cite: ['fn166', 'fn170']
			},
			{
				text: 'The Los Angeles Times, in an article the report quotes as relayed by the Azerbaijani news agency Azertag, wrote that the Azerbaijanis guarded the dam’s perimeter and kept watch on Lake Qadisiya to the north and the Euphrates to the south. With 11 rotations, more than 1,000 Azerbaijani soldiers served in Iraq. One officer received the U.S. Army Commendation Medal and nine the U.S. Navy and Marine Corps Achievement Medal, according to the report. On 14 November 2008 the Milli Majlis decided to recall the contingent, and it returned home in full on 7 December 2008.',
				cite: ['fn179', 'fn155', 'report-ch3-iraq', 'fn156']
			}
		],
		facts: [
			{ value: '151', label: 'personnel in the unit (15 officers, 16 warrant officers, 120 soldiers)', cite: ['fn155'] },
			{ value: '11', label: 'rotations', cite: ['fn155'] },
			{ value: '1,000+', label: 'Azerbaijani soldiers who served in Iraq', cite: ['fn155'] },
			{ value: '25%', label: 'of Iraq’s electricity supplied by the Haditha station, per the report', cite: ['report-ch3-iraq'] }
		],
		quotes: [
			{
				text: 'I particularly appreciate the protection of the Haditha Dam in Al Anbar province by those forces.',
				speaker: 'George Bush',
				role: 'President of the United States',
				context: 'in a letter to President Ilham Aliyev on the end of the mission, 9 December 2008',
				cite: ['fn175'],
				viaAzerbaijani: 'the newspaper Xalq qəzeti, 12 December 2008'
			}
		],
		places: ['ramadi', 'haditha-dam', 'lake-qadisiya', 'hit-haditha-corridor'],
		caption:
			'Map: the Haditha Dam on the Euphrates, Al Anbar province, Iraq. It shows Lake Qadisiya to the north, Ramadi to the southeast and the Hit–Haditha corridor. Positions marked approximate are estimates.'
	},
	{
		id: 'unmiss',
		kicker: 'Since 2019',
		title: 'South Sudan: Observers for the UN',
		summary:
			'Since January 2019, two Azerbaijani officers a year have served as unarmed military observers with the UN Mission in South Sudan. They have worked in the sectors of Juba, Torit, Malakal, Kuajok, Bor and Bentiu.',
		paragraphs: [
			{
				text: 'The UN Mission in South Sudan (UNMISS) was set up in 2011, when South Sudan became independent. Under Decision No. 368 of the Milli Majlis of 30 November 2018, two Azerbaijani servicemen have served with it each year as military observers since January 2019. The report notes that this is the country’s first peacekeeping operation in Africa under a UN mandate.',
				cite: ['report-ch3-unmiss', 'report-ch2-south-sudan']
			},
			{
				text: 'The first two officers arrived in Juba, the capital, in January 2019 and began work at the mission’s headquarters. Azerbaijani observers have since served in the UNMISS sectors of Juba, Torit, Malakal, Kuajok, Bor and Bentiu; the report lists the sectors but does not say who served in which, or when. They work unarmed: they patrol, monitor the ceasefire, talk with armed groups and community leaders, and report to the UN.',
				cite: ['report-ch2-south-sudan', 'report-ch3-unmiss']
			},
			{
				text: 'The report lists the risks: armed clashes, blocked access, poor roads, floods and supply problems. During a ferry patrol from 2 to 20 November 2022, Major Ilkin Khalilov reported, armed groups threatened his team and demanded food and fuel; after negotiations, they got none. In August that year, such groups had seized 1,700 liters of fuel and 5 tons of food from another UNMISS patrol.',
				cite: ['report-ch3-unmiss', 'fn181']
			},
			{
				text: 'In 2023, the report says, the Azerbaijani Army deployed a woman to a peacekeeping operation for the first time; in the same passage it names Major Latifa Rustamova, who received a UN medal and a letter of commendation for her service in South Sudan. In 2025 Major Mehman Garagozov received a medal and a certificate of honor from the UNMISS Force Commander, Lieutenant General Mohan Subramanian, for evacuating members of a long-range patrol from a conflict zone.',
				cite: ['fn183', 'fn182', 'fn60']
			}
		],
		facts: [
			{ value: '2', label: 'military observers a year, on annual rotation', cite: ['report-ch3-unmiss'] },
			{ value: '6', label: 'UNMISS sectors where Azerbaijani observers have served', cite: ['report-ch3-unmiss'] }
		],
		places: ['juba', 'torit', 'malakal', 'kuajok', 'bor', 'bentiu'],
		caption:
			'Map: South Sudan and the UNMISS sectors where Azerbaijani observers have served. They are Juba, the capital, in the south, Torit to its east, Bor to its north, Kuajok in the northwest, and Bentiu and Malakal in the north.'
	},
	{
		id: 'legacy',
		kicker: '1999 to today',
		title: 'The Missions Side by Side',
		summary:
			'From 2003 to 2008 the Azerbaijani Army served in three operations at once, with 279 servicemen, according to the report. Of its five operations, three were conducted with Türkiye, one with the United States and one with the United Nations, on three continents.',
		paragraphs: [
			{
				text: 'Set side by side, the missions overlap. From 2003 to 2008 the army took part in three operations at once, in Kosovo, Iraq and Afghanistan, on two continents. The report puts the force it kept deployed and rotating in those years at 279 servicemen; it does not break that figure down.',
				cite: ['report-ch3-conclusion']
			},
			{
				text: 'Afghanistan was the longest commitment: ISAF and then Resolute Support, from November 2002 to August 2021. Kosovo lasted from September 1999 to April 2008, Iraq from August 2003 to December 2008. The report rounds these to about 10 years in Kosovo, 13 in ISAF and 6 in Iraq; the dates give shorter spans. The South Sudan mission continues.',
				cite: ['report-ch3-conclusion', 'report-ch3-isaf', 'report-ch3-rsm', 'fn75', 'fn155', 'report-ch2-south-sudan']
			},
			{
				text: 'Of the five operations, the report says, three were conducted jointly with Türkiye, one with the United States and one with the United Nations. Türkiye provided transport and logistics in Kosovo and Afghanistan, and the United States in Iraq.',
				cite: ['report-ch3-conclusion', 'report-foreword']
			},
			{
				text: 'The report records no Azerbaijani peacekeeper killed on any of the five missions, and names none wounded. It does describe the dangers: mortar fire, roadside bombs and attempted raids in Iraq, attacks and suicide bombings in Kabul, armed groups threatening unarmed observers in South Sudan. The only death of an Azerbaijani serviceman it records came later and elsewhere: Major Rahim Huseynov, who served at Kabul airport in 2020, was killed in the 44-day war.',
				cite: ['report-ch3-iraq', 'report-ch3-isaf', 'report-ch3-rsm', 'report-ch3-unmiss', 'fn181', 'fn147']
			},
			{
				text: 'The report draws its own conclusions. It says the missions earned Azerbaijan recognition as a “responsible and reliable partner”, deepened its ties with NATO and Türkiye, and gave its army experience that served it in the 44-day war of 2020. Citing the Military Doctrine, it also notes that this activity made the country more likely to become a target of terrorist organizations.',
				cite: ['report-ch3-conclusion', 'report-ch2-capability', 'fn184']
			},
			{
				text: 'Looking ahead, the Minister of Defense writes that possibilities for the army to take part in further UN and NATO operations are being explored.',
				cite: ['report-foreword']
			}
		],
		facts: [
			{ value: '279', label: 'servicemen deployed at once in three operations, 2003–2008, per the report', cite: ['report-ch3-conclusion'] },
			{ value: '5', label: 'operations: three with Türkiye, one with the United States, one with the UN', cite: ['report-ch3-conclusion'] },
			{ value: '3', label: 'continents', cite: ['report-ch3-conclusion'] }
		],
		quotes: [
			{
				text: 'While some countries participating in peacekeeping missions have armies that have never experienced real combat conditions, we participated in these missions as a state that was itself involved in a military conflict.',
				speaker: 'First Lieutenant Seymur Yusifli',
				role: 'officer who served in NATO’s Resolute Support Mission in Afghanistan',
				context: 'quoted in an article on the Ministry of Defense website',
				cite: ['fn186'],
				viaAzerbaijani: 'Mod.gov.az, 4 September 2021'
			}
		],
		places: ['baku', 'dragash', 'kabul', 'haditha-dam', 'juba'],
		caption:
			'Map: Baku and the four theaters side by side. They are Dragash in Kosovo, Kabul in Afghanistan, the Haditha Dam in Iraq and Juba in South Sudan, across Europe, Asia and Africa. Kosovo’s boundary is drawn dashed.'
	}
];
