import type { Source } from './types';

/**
 * End notes. `fn<N>` is the report’s footnote N (its text as the report gives it; “Ibid.” is resolved
 * to the footnote it repeats). `report-…` entries cite report passages that have no footnote.
 */
export const sources: Source[] = [
	{ id: 'report', section: 'Whole report', citation: 'Ministry of Defense of the Republic of Azerbaijan and Center of Analysis of International Relations, “Report on Peacekeeping Operations of the Azerbaijani Army”, prepared jointly by the two institutions. Authors: Dr. Gulshan Pashayeva, Dr. Matin Mammadli, Colonel Abdulla Abdullayev, Colonel Elnur Gojayev; English translation by Arzu Mammadova.' },
	{ id: 'report-foreword', section: 'Foreword, by Colonel General Zakir Hasanov, Minister of Defense of the Republic of Azerbaijan' },
	{ id: 'report-ch1-conclusion', section: 'Chapter 1, Peacekeeping Operations: Theoretical Framework, Conclusion' },
	{ id: 'report-ch2-intro', section: 'Chapter 2, Political Aspects of the Peacekeeping Operations of the Azerbaijani Army, introduction' },
	{ id: 'report-ch2-capability', section: 'Chapter 2, Adaptation of the Army to International Standards and Enhancement of Combat Capability' },
	{ id: 'report-ch2-missions', section: 'Chapter 2, Expansion of the Azerbaijani Army’s Military Relations (the five international missions)' },
	{ id: 'report-ch2-kosovo', section: 'Chapter 2, 1. Kosovo: The First Peacekeeping Mission and Core Principles' },
	{ id: 'report-ch2-iraq', section: 'Chapter 2, 3. Iraq: Partnership in a Global Coalition and Strategic Significance' },
	{ id: 'report-ch2-south-sudan', section: 'Chapter 2, 4. South Sudan: A New Mission Under the UN Flag' },
	{ id: 'report-ch3-establishment', section: 'Chapter 3, Establishment of the Peacekeeping Forces of the Azerbaijani Army' },
	{ id: 'report-ch3-legal', section: 'Chapter 3, Legal Basis for the Participation of the Republic of Azerbaijan in Peacekeeping Operations' },
	{ id: 'report-ch3-training', section: 'Chapter 3, Training of Peacekeeping Forces' },
	{ id: 'report-ch3-kosovo', section: 'Chapter 3, Participation in Peacekeeping Operations, 1. Kosovo Force (KFOR) Operation' },
	{ id: 'report-ch3-isaf', section: 'Chapter 3, Participation in Peacekeeping Operations, 2. International Security Assistance Force (ISAF) Operation' },
	{ id: 'report-ch3-rsm', section: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission' },
	{ id: 'report-ch3-iraq', section: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces' },
	{ id: 'report-ch3-unmiss', section: 'Chapter 3, Participation in Peacekeeping Operations, 5. The United Nations Peacekeeping Mission in the Republic of South Sudan (UNMISS)' },
	{ id: 'report-ch3-conclusion', section: 'Chapter 3, Military Aspects of the Peacekeeping Operations of the Azerbaijani Army, Conclusion' },
	{
		id: 'fn27',
		footnote: 27,
		section: 'Chapter 1, Peacekeeping Operations Conducted by International Regional Organizations and States',
		citation: 'Zachary Laub and Lindsay Maizland, “1999–2021: The U.S. War in Afghanistan”, Council on Foreign Relations',
		url: 'https://www.cfr.org/timelines/us-war-afghanistan'
	},
	{
		id: 'fn58',
		footnote: 58,
		section: 'Chapter 2, 3. Iraq: Partnership in a Global Coalition and Strategic Significance',
		citation: 'Ədalət Verdiyev, “Ən qaynar nöqtələrdə: Azərbaycan sülhməramlı qüvvələri”, Ordu.az, 16 dekabr 2017',
		url: 'https://ordu.az/az/news/124180/en-qaynar-noqtelerde--azerbaycan-sulhmeramli-quvveleri-%E2%80%93-herbi-ekspert'
	},
	{
		id: 'fn60',
		footnote: 60,
		section: 'Chapter 2, 4. South Sudan: A New Mission Under the UN Flag',
		citation: 'Report.az, “Azərbaycan sülhməramlısı Cənubi Sudanda fəaliyyətinə görə təltif edilib”, 1 may 2025',
		url: 'https://report.az/herbi-xeberler/azerbaycan-sulhmeramlisi-cenubi-sudanda-fealiyyetine-gore-teltif-edilib/'
	},
	{
		id: 'fn64',
		footnote: 64,
		section: 'Chapter 3, Establishment of the Peacekeeping Forces of the Azerbaijani Army',
		citation: 'NATO, “Partnership for Peace: Framework Document”, Official Texts, 11 January 1994',
		url: 'https://www.nato.int/en/about-us/official-texts-and-resources/official-texts/1994/01/11/partnership-for-peace-framework-document'
	},
	{
		id: 'fn68',
		footnote: 68,
		section: 'Chapter 3, Legal Basis for the Participation of the Republic of Azerbaijan in Peacekeeping Operations',
		citation: 'E-qanun.az, “Azərbaycan Respublikasının sülhməramlı əməliyyatlarda iştirakı haqqında Azərbaycan Respublikasının Qanunu”, № 1000-IIIQ, 11 may 2010',
		url: 'https://e-qanun.az/framework/19857'
	},
	{
		id: 'fn71',
		footnote: 71,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 1. Kosovo Force (KFOR) Operation',
		citation: 'Forcesnews, “The NATO task force that’s been keeping the peace in Kosovo for 25 years”, 12 June 2004',
		url: 'https://www.forcesnews.com/services/army/kfor-nato-task-force-thats-been-keeping-peace-kosovo-25-years'
	},
	{
		id: 'fn74',
		footnote: 74,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 1. Kosovo Force (KFOR) Operation',
		citation: 'E-qanun.az, “Azərbaycan Respublikası Silahlı Qüvvələri təqımının Türkiyə Cümhuriyyəti Silahlı Qüvvələri taborunun tərkibində və NATO strukturlarının ümumi komandanlığı altında Yuqoslaviyanın Kosovo regionunda yerləşdirilməsinə və müvafiq əməliyyatlarda iştirak etməsinə razılıq verilməsi haqqında Azərbaycan Respublikası Milli Məclisinin Qərarı”, № 697-IQR, 2 iyul 1999',
		url: 'https://e-qanun.az/framework/14899'
	},
	{
		id: 'fn75',
		footnote: 75,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 1. Kosovo Force (KFOR) Operation',
		citation: 'Mod.gov.az, “Beynəlxalq sülhməramlı əməliyyatlarda iştirak”',
		url: 'https://mod.gov.az/az/mdb-cer-civesinde-emekdasliq-027/'
	},
	{
		id: 'fn76',
		footnote: 76,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 1. Kosovo Force (KFOR) Operation',
		citation: 'Mod.gov.az, “Müdafiə Nazirliyinin məlumatı”, 28 iyul 1999',
		url: 'https://mod.gov.az/az/news/mudafie-nazirliyinin-melumati-44722.html'
	},
	{
		id: 'fn78',
		footnote: 78,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 1. Kosovo Force (KFOR) Operation',
		citation: 'Mod.gov.az, “Beynəlxalq sülhməramlı əməliyyatlarda iştirak”',
		url: 'https://mod.gov.az/az/mdb-cer-civesinde-emekdasliq-027/'
	},
	{
		id: 'fn79',
		footnote: 79,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 1. Kosovo Force (KFOR) Operation',
		citation: 'E-qanun.az, “Azərbaycan Respublikası Silahlı Qüvvələri təqımının keçmiş Yuqoslaviyanın Kosovo regionundan geri çağırılması haqqında Azərbaycan Respublikası Milli Məclisinin Qərarı”, № 553-IIIQR, 4 mart 2008',
		url: 'https://e-qanun.az/framework/14899'
	},
	{
		id: 'fn80',
		footnote: 80,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 1. Kosovo Force (KFOR) Operation',
		citation: 'KFOR Chronicle, “Azerbaijan Contingent in KFOR”, Edition 5, May 31, 2006'
	},
	{
		id: 'fn81',
		footnote: 81,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 1. Kosovo Force (KFOR) Operation',
		citation: 'Azərbaycan Qəzeti, “Azərbaycan sülhməramlılarının döyüş hazırlığı NATO standartlarına tam uyğundur”, 30 may 2009'
	},
	{
		id: 'fn82',
		footnote: 82,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 1. Kosovo Force (KFOR) Operation',
		citation: 'Ibid. (= footnote 81): Azərbaycan Qəzeti, “Azərbaycan sülhməramlılarının döyüş hazırlığı NATO standartlarına tam uyğundur”, 30 may 2009'
	},
	{
		id: 'fn85',
		footnote: 85,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 1. Kosovo Force (KFOR) Operation',
		citation: 'Mod.gov.az, “Müdafiə Nazirliyinin məlumatı”, 17 oktyabr 2002',
		url: 'https://mod.gov.az/az/news/mudafiye-nazirliyinin-melumati-44289.html'
	},
	{
		id: 'fn87',
		footnote: 87,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 1. Kosovo Force (KFOR) Operation',
		citation: 'Alman Silahlı Qüvvələrinin Balkanlardakı qəzeti. N465, 2008 (Feldzeitung der Bundeswehr für den Balkan)'
	},
	{
		id: 'fn93',
		footnote: 93,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 2. International Security Assistance Force (ISAF) Operation',
		citation: 'E-qanun.az, “Azərbaycan Ordusunun sülhməramlı kontingentinin Türkiyə Respublikası Silahlı Qüvvələrinin və NATO strukturlarının ümumi komandanlığı altında Əfqanıstanda yerləşdirilməsinə və müvafiq əməliyyatlarda iştirak etməsinə razılıq verilməsi haqqında Azərbaycan Respublikası Milli Məclisinin Qərarı”, № 378-IIQR, 15 noyabr 2002',
		url: 'https://e-qanun.az/framework/11351'
	},
	{
		id: 'fn94',
		footnote: 94,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 2. International Security Assistance Force (ISAF) Operation',
		citation: 'E-qanun.az, “Azərbaycan Ordusunun sülhməramlı kontingentinin Türkiyə Respublikası Silahlı Qüvvələrinin və NATO strukturlarının ümumi komandanlığı altında Əfqanıstanda yerləşdirilməsinə və müvafiq əməliyyatlarda iştirak etməsinə razılıq verilməsi haqqında Azərbaycan Respublikası Milli Məclisinin 2002-ci il 15 noyabr tarixli 378-IIQR nömrəli Qərarına əlavə edilməsi barədə Azərbaycan Respublikasının Qanunu”, № 451-IIIQD, 19 oktyabr 2007',
		url: 'https://e-qanun.az/framework/11351'
	},
	{
		id: 'fn95',
		footnote: 95,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 2. International Security Assistance Force (ISAF) Operation',
		citation: 'E-qanun.az, “Azərbaycan Respublikası Silahlı Qüvvələri təqımının Türkiyə Cümhuriyyəti Silahlı Qüvvələrinin taborunun tərkibində və NATO strukturlarının ümumi komandanlığı altında Əfqanıstanda yerləşdirilməsinə və müvafiq əməliyyatlarda iştirak etməsinə razılıq verilməsi haqqında Azərbaycan Respublikası Milli Məclisinin Qərarına dəyişiklik edilməsi barədə Azərbaycan Respublikası Milli Məclisinin Qərarı”, № 673-IIIQR, 2 oktyabr 2008',
		url: 'https://e-qanun.az/framework/16428'
	},
	{
		id: 'fn96',
		footnote: 96,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 2. International Security Assistance Force (ISAF) Operation',
		citation: 'Mod.gov.az, “Beynəlxalq sülhməramlı əməliyyatlarda iştirak”',
		url: 'https://mod.gov.az/az/mdb-cer-civesinde-emekdasliq-027/'
	},
	{
		id: 'fn98',
		footnote: 98,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 2. International Security Assistance Force (ISAF) Operation',
		citation: 'Müdafiə Nazirliyinin Beynəlxalq Hərbi Əməkdaşlıq İdarəsi, “Raport”, 09 oktyabr 2025-ci il, 55 (2025-ci il) nömrəli iş, səh. 103-119'
	},
	{
		id: 'fn99',
		footnote: 99,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 2. International Security Assistance Force (ISAF) Operation',
		citation: 'Ibid. (= footnote 98): Müdafiə Nazirliyinin Beynəlxalq Hərbi Əməkdaşlıq İdarəsi, “Raport”, 09 oktyabr 2025-ci il, 55 (2025-ci il) nömrəli iş, səh. 103-119'
	},
	{
		id: 'fn100',
		footnote: 100,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 2. International Security Assistance Force (ISAF) Operation',
		citation: 'Ibid. (= footnote 98): Müdafiə Nazirliyinin Beynəlxalq Hərbi Əməkdaşlıq İdarəsi, “Raport”, 09 oktyabr 2025-ci il, 55 (2025-ci il) nömrəli iş, səh. 103-119'
	},
	{
		id: 'fn101',
		footnote: 101,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 2. International Security Assistance Force (ISAF) Operation',
		citation: 'Mod.gov.az, “Müdafiə Nazirliyinin məlumatı”, 18 iyul 2008',
		url: 'https://mod.gov.az/az/news/mudafie-nazirliyinin-melumati-43117.html'
	},
	{
		id: 'fn116',
		footnote: 116,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission',
		citation: 'Mod.gov.az, “Beynəlxalq sülhməramlı əməliyyatlarda iştirak”',
		url: 'https://mod.gov.az/az/beynelxalq-sulhmeramli-emeliyyatlarda-istirak-027/'
	},
	{
		id: 'fn117',
		footnote: 117,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission',
		citation: 'E-qanun.az, “Azərbaycan Respublikası Hökuməti ilə Türkiyə Respublikası Hökuməti arasında Əfqanıstanda ‘Qətiyyətli Dəstək’ missiyası çərçivəsində Türk Silahlı Qüvvələrinin bölmələrinin tərkibində fəaliyyət göstərəcək Azərbaycan böliyü ilə bağlı 2015-ci il aprelin 18-də Bakı şəhərində imzalanmış Protokolun təsdiq edilməsi haqqında Azərbaycan Respublikası Prezidentinin Fərmanı”, № 530, 22 may 2015',
		url: 'https://e-qanun.az/framework/30047'
	},
	{
		id: 'fn118',
		footnote: 118,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission',
		citation: 'Mod.gov.az, “Azərbaycan Respublikasının müdafiə naziri general-polkovnik Zakir Həsənov: Azərbaycan ilə NATO arasında 25 illik dayanıqlı tərəfdaşlıq mövcuddur», 3 may 2019',
		url: 'https://mod.gov.az/az/news/azerbaycan-respublikasinin-mudafie-naziri-general-polkovnik-zakir-hesenov-azerbaycan-ile-nato-arasinda-25-illik-day-26704.html'
	},
	{
		id: 'fn119',
		footnote: 119,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission',
		citation: 'Mod.gov.az, “Beynəlxalq sülhməramlı əməliyyatlarda iştirak”',
		url: 'https://mod.gov.az/az/mdb-cer-civesinde-emekdasliq-027/'
	},
	{
		id: 'fn120',
		footnote: 120,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission',
		citation: 'Azertag.az, “Azərbaycan beynəlxalq sülhməramlı əməliyyatlara mühüm töhfə verir”, 17 noyabr 2017',
		url: 'https://azertag.az/xeber/azerbaycan-beynəlxalq-sulhmeramli-emeliyyatlara-muhum-tohfe-verir-1112650'
	},
	{
		id: 'fn121',
		footnote: 121,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission',
		citation: 'BBC, “Spanish embassy attack in Kabul: Special forces at scene,” 11 December 2015',
		url: 'https://www.bbc.com/news/av/world-asia-35075184'
	},
	{
		id: 'fn122',
		footnote: 122,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission',
		citation: 'Mod.gov.az, “Əfqanıstandakı sülhməramlılarımızın iki zabiti müdafiə nazirinin əmrinə əsasən mükafatlandırılıb”, 7 yanvar 2016',
		url: 'https://mod.gov.az/az/news/efqanıstandakı-sulhmeramlılarımız-iki-zabiti-mudafie-nazirinin-emrine-esasen-mukafatlandirilib-12622.html'
	},
	{
		id: 'fn123',
		footnote: 123,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission',
		citation: 'The Telegraph, “Kabul hotel attack death toll almost doubles”, January 25 2018',
		url: 'https://www.telegraph.co.uk/news/2018/01/25/kabul-hotel-attack-death-toll-almost-doubles/'
	},
	{
		id: 'fn124',
		footnote: 124,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission',
		citation: 'Müdafiə Nazirliyinin Beynəlxalq Hərbi Əməkdaşlıq İdarəsi, “Raport”, 09 oktyabr 2025-ci il, 55 (2025-ci il) nömrəli iş, səh. 103-119'
	},
	{
		id: 'fn126',
		footnote: 126,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission',
		citation: 'Govinfo.gov, “Comprehensive Peace Agreement: Agreement for Bringing Peace to Afghanistan Between the Islamic Emirate of Afghanistan Which Is Not Recognized by the United States as a State and Is Known as the Taliban and the United States of America”, 29 February 2020',
		url: 'https://www.govinfo.gov/app/details/GOVPUB-S-PURL-gpo132866'
	},
	{
		id: 'fn127',
		footnote: 127,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission',
		citation: 'NATO, “NATO and Afghanistan”, Official Website',
		url: 'https://www.nato.int/cps/en/natohq/topics_8189.htm'
	},
	{
		id: 'fn128',
		footnote: 128,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission',
		citation: 'Ibid. (= footnote 127): NATO, “NATO and Afghanistan”, Official Website',
		url: 'https://www.nato.int/cps/en/natohq/topics_8189.htm'
	},
	{
		id: 'fn129',
		footnote: 129,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission',
		citation: 'News.milli.az, “Azərbaycanın beynəlxalq sülhə və təhlükəsizliyə növbəti töhfəsi”, 27 avqust 2021',
		url: 'https://news.milli.az/politics/975418.html'
	},
	{
		id: 'fn130',
		footnote: 130,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission',
		citation: 'News.milli.az, “Əfqanıstanda Türkiyə hərbiçiləri ilə birlikdə son günə qədər təhlükəsizliyi təmin etdik – Sülhməramlı”, 27 avqust 2021',
		url: 'https://news.milli.az/politics/975411.html'
	},
	{
		id: 'fn131',
		footnote: 131,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission',
		citation: 'NATO, “NATO and Afghanistan”, 31 August 2022',
		url: 'https://www.nato.int/cps/en/natohq/topics_8189.htm'
	},
	{
		id: 'fn142',
		footnote: 142,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission',
		citation: 'Ədalət Verdiyev, “Ən qaynar nöqtələrdə: Azərbaycan sülhməramlı qüvvələri”, Ordu.az, 16 dekabr 2017',
		url: 'https://ordu.az/az/news/124180/en-qaynar-noqtelerde--azerbaycan-sulhmeramli-quvveleri-%E2%80%93-herbi-ekspert'
	},
	{
		id: 'fn146',
		footnote: 146,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission',
		citation: 'President.az, “İlham Əliyev ABŞ Senatının Xarici Əlaqələr Komitəsinin üzvünü qəbul edib”, 29 may 2025',
		url: 'https://president.az/az/articles/view/69012'
	},
	{
		id: 'fn147',
		footnote: 147,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission',
		citation: 'Mission of the Republic of Azerbaijan to NATO, “Partnership Staff Post”',
		url: 'https://nato-pfp.mfa.gov.az/en/category/partnership-staff-post'
	},
	{
		id: 'fn148',
		footnote: 148,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission',
		citation: 'Mod.gov.az, “Tabor komandirinin layiq görüldüyü ‘NATO-nun Layaqətli Xidmət Medalı’ şəhidin ailəsinə təqdim edilib”, 20 fevral 2021',
		url: 'https://mod.gov.az/az/news/tabor-komandirinin-layiq-gorulduyu-nato-nun-leyaqetli-xidmet-medali-sehidin-ailesine-teqdim-edilib-video-34950.html'
	},
	{
		id: 'fn149',
		footnote: 149,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 3. NATO’s Non-Combat Resolute Support Mission',
		citation: 'Müdafiə Nazirliyinin Beynəlxalq Hərbi Əməkdaşlıq İdarəsi, “NATO-nun Brüsseldəki Qərargah-mənzilinin Hərbi Komitəsi yanında Azərbaycan Respublikası Silahlı Qüvvələrinin nümayəndəsi – Azərbaycan Respublikasının NATO-dakı missiyasının hərbi məsələlər üzrə müşavirinin 16 nömrəli 04 aprel 2021-ci il tarixli raportu”, 35/1 (2021-ci il) nömrəli iş, səh. 181–182'
	},
	{
		id: 'fn151',
		footnote: 151,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces',
		citation: 'E-qanun.az, “Azərbaycan Respublikası Silahlı Qüvvələri kontingentinin beynəlxalq koalisiya qüvvələri tərkibində İraqda sülhməramlı əməliyyatlarda iştirak etməsinə razılıq verilməsi haqqında” Azərbaycan Respublikası Milli Məclisinin Qərarı, № 432-IIQR, 7 may 2003',
		url: 'https://e-qanun.az/framework/14811'
	},
	{
		id: 'fn153',
		footnote: 153,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces',
		citation: 'Ibid. (= footnote 152): Qasımlı, Musa, Azərbaycan Respublikasının diplomatiya tarixi/Azərbaycan Respublikasının xarici siyasəti (1991–2003): 2 hissədə, II hissə, Bakı: Mütərcim, 2015.'
	},
	{
		id: 'fn154',
		footnote: 154,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces',
		citation: 'Azərbaycan Respublikası Küveyt Dövlətindəki səfirliyi, “İkitərəfli münasibətlər”',
		url: 'https://kuwait.mfa.gov.az/az/category/ikiterefli-munasibetler-haqqinda'
	},
	{
		id: 'fn155',
		footnote: 155,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces',
		citation: 'Gunnery Sgt. Jason Bortz, “Small country, big mission; Azerbaijanis complete tour in Iraq”, United States Marines Corps, 3 December 2008',
		url: 'https://www.1stmardiv.marines.mil/News/Article/Article/541823/small-country-big-mission-azerbaijanis-complete-tour-in-iraq/'
	},
	{
		id: 'fn156',
		footnote: 156,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces',
		citation: 'E-qanun.az, “Azərbaycan Respublikası Silahlı Qüvvələri kontingentinin İraqdan geri çağırılması haqqında Azərbaycan Respublikası Milli Məclisinin Qərarı”, № 714-IIIQR, 14 noyabr 2008',
		url: 'https://e-qanun.az/framework/15650'
	},
	{
		id: 'fn157',
		footnote: 157,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces',
		citation: 'Azərbaycan qəzeti, “Sülhməramlı missiya”, 31 may 2009'
	},
	{
		id: 'fn158',
		footnote: 158,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces',
		citation: 'Yasameen Hameed, Redvan Ghasemlounia, Thamer Ahmed Mohammed, Abdulwahab Al-Ansi, “Emergency action plan for Haditha dam failure scenario, Al-Anbar, Iraq”, Future Technology, Vol. 4 (2), May 2025, pp. 1-10',
		url: 'https://fupubco.com/futech/article/view/254/159'
	},
	{
		id: 'fn159',
		footnote: 159,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces',
		citation: 'Walter L. Perry, Richard E. Darilek, Laurinda L. Rohn, Jerry M. Sollinger, “Operation Iraqi Freedom: Decisive War, Elusive Peace”, Rand Corporation, 2015, p. 208',
		url: 'https://www.rand.org/content/dam/rand/pubs/research_reports/RR1200/RR1214/RAND_RR1214.pdf'
	},
	{
		id: 'fn162',
		footnote: 162,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces',
		citation: 'Stephen A. Carney, Allied Participation in Operation Iraqi Freedom, CMH Pub 59-3-1, First Printing, Washington, D.C., Center of Military History, United States Army, 2011',
		url: 'https://history.army.mil/portals/143/Images/Publications/catalog/59-3-1.pdf'
	},
	{
		id: 'fn166',
		footnote: 166,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces',
		citation: 'Müdafiə Nazirliyinin Beynəlxalq Hərbi Əməkdaşlıq İdarəsi, “Raport”, 09 oktyabr 2025-ci il, 55 (2025-ci il) nömrəli iş, səh. 103-119'
	},
	{
		id: 'fn167',
		footnote: 167,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces',
		citation: 'Doug Struck, “The coolest posting in a hot war zone”, NBC News, 8 August 2004',
		url: 'https://www.nbcnews.com/id/wbna5637694'
	},
	{
		id: 'fn169',
		footnote: 169,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces',
		citation: 'Müdafiə Nazirliyinin Beynəlxalq Hərbi Əməkdaşlıq İdarəsi, “Raport”, 09 oktyabr 2025-ci il, 55 (2025-ci il) nömrəli iş, səh. 103-119'
	},
	{
		id: 'fn170',
		footnote: 170,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces',
		citation: 'Azərbaycan qəzeti, “Sülhməramlı missiya”, 31 may 2009'
	},
	{
		id: 'fn175',
		footnote: 175,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces',
		citation: 'Xalq qəzeti, № 277 (26042), 12 dekabr 2008'
	},
	{
		id: 'fn178',
		footnote: 178,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces',
		citation: 'Today.az, “Azerbaijani peacekeepers returning from Iraq awarded in Baku”, 24 January 2008',
		url: 'http://www.today.az/news/politics/42597.html'
	},
	{
		id: 'fn179',
		footnote: 179,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 4. Peacekeeping Operation in Iraq as Part of the International Coalition Forces',
		citation: 'Azertag.az, “Azərbaycan - qəhrəman övladlar vətəni”, 10 dekabr 2008',
		url: 'https://azertag.az/xeber/los_anceles_tayms_azerbaycan_qehreman_ovladlar_veteni-426494'
	},
	{
		id: 'fn181',
		footnote: 181,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 5. The United Nations Peacekeeping Mission in the Republic of South Sudan (UNMISS)',
		citation: 'Müdafiə Nazirliyinin Beynəlxalq Hərbi Əməkdaşlıq İdarəsi, “BMT-nin Cənubi Sudan Respublikasındakı missiyasında hərbi müşahidəçinin raportu”, 23.11.2022-ci il tarixli, 9/17 nömrəli iş, səh. 201-202'
	},
	{
		id: 'fn182',
		footnote: 182,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 5. The United Nations Peacekeeping Mission in the Republic of South Sudan (UNMISS)',
		citation: 'Mod.gov.az, “Cənubi Sudanda fəaliyyət göstərən zabitimiz təltif edilib”, 1 may 2025',
		url: 'https://mod.gov.az/az/news/cenubi-sudanda-fealiyyet-gosteren-zabitimiz-teltif-edilib-54595.html'
	},
	{
		id: 'fn183',
		footnote: 183,
		section: 'Chapter 3, Participation in Peacekeeping Operations, 5. The United Nations Peacekeeping Mission in the Republic of South Sudan (UNMISS)',
		citation: 'Azərbaycan Ordusu qəzeti, №70 (2782), 16 sentyabr 2023'
	},
	{
		id: 'fn184',
		footnote: 184,
		section: 'Chapter 3, Conclusion',
		citation: 'E-qanun.az, “Azərbaycan Respublikasının Hərbi doktrinası”, № 1029-IIIQR, 8 iyun 2010',
		url: 'https://e-qanun.az/framework/19722'
	},
	{
		id: 'fn186',
		footnote: 186,
		section: 'Chapter 3, Conclusion',
		citation: 'Fuad Cəfərov. Mahmud Möhbəliyev, “Sülhməramlı missiyamızı layiqincə yerinə yetirdik”, Mod.gov.az, 4 sentyabr 2021',
		url: 'https://mod.gov.az/az/pre/37496.html'
	},
];
