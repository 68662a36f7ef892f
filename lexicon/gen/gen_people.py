#!/usr/bin/env python3
"""Generates lexicon/en/people.txt and lexicon/es/people.txt (dyad format, kind=actors).

The data below was written by hand for dyad from public knowledge (offices and the dates they
began and ended); no other project's dictionary was copied. It is under dyad's license.

Run from the repository root:
    python3 lexicon/gen/gen_people.py
Output is deterministic.

Each person is `P(en_name, en_variants, es_name, es_variants, codes, offices, note)`:
  * names are written naturally; the generator writes them as dyad's tokenizer splits them:
    a hyphen after a word of two or more letters is a token (`Kim Jong - un`, `al - Sisi`),
    Spanish `al`/`del` are `a el`/`de el` (`Ahmed a el Sharaa`); English names also get a copy
    without diacritics (`Erdogan` for `Erdoğan`). Spanish gets the Spanish forms and, after
    them, the English ones (Spanish news also writes `Zelensky`, `Netanyahu`);
  * codes follow the convention of docs/lexicon-format.md: a dated code for each office held,
    and one undated code for every other date. For someone in office when this was written
    (mid-2025), the undated code is the current office and the time before it is a dated
    `XXXELI ..DATE`, so that a document without a date codes the current office-holder as in
    office; for someone out of office the undated code is `XXXELI` (elite: a former leader);
  * offices (`office:`) are for coverage counts only: HS head of state, HG head of government,
    FM foreign minister, DM defence minister, OL leader of an international organization,
    AL leader of a non-state armed group.
Offices open at the end (`FROM..` or the undated current code) were current in mid-2025;
later changes must be added by hand. Where only the year or month of a date is known here, the
range uses that boundary and the note says so.
"""

import re
import unicodedata
from pathlib import Path

HS, HG, FM, DM, OL, AL = (
    "head of state",
    "head of government",
    "foreign minister",
    "defence minister",
    "organization leader",
    "armed group leader",
)


class P:
    def __init__(self, en, en_var, es, es_var, codes, offices, note=""):
        self.en, self.en_var, self.es, self.es_var = en, en_var, es, es_var
        self.codes, self.offices, self.note = codes, offices, note


PEOPLE = [
    # ----------------------------------------------------------------------------------- USA
    P("Donald Trump", "Trump | Donald J. Trump", None, "",
      ["USAGOV 2017-01-20..2021-01-20", "USAELI 2021-01-21..2025-01-19", "USAELI ..2017-01-19", "USAGOV"],
      [HS, HG]),
    P("Joe Biden", "Biden | Joseph Biden | Joseph R. Biden", None, "",
      ["USAGOV 2009-01-20..2017-01-20", "USAGOV 2021-01-20..2025-01-20", "USAELI"], [HS, HG],
      "vice president 2009-2017, president 2021-2025"),
    P("Barack Obama", "Obama | Barack Hussein Obama", None, "",
      ["USAGOV 2009-01-20..2017-01-20", "USAELI"], [HS, HG]),
    P("George W. Bush", "George Bush | George Walker Bush | President Bush", None, "",
      ["USAGOV 2001-01-20..2009-01-20", "USAELI"], [HS, HG],
      "`Bush` alone is left out (the common noun; matching ignores case)"),
    P("Bill Clinton", "William Clinton | William Jefferson Clinton", None, "",
      ["USAGOV 1993-01-20..2001-01-20", "USAELI"], [HS, HG]),
    P("Kamala Harris", "", None, "",
      ["USAGOV 2021-01-20..2025-01-20", "USAELI"], [], "vice president"),
    P("JD Vance", "J.D. Vance | James David Vance | Vance", None, "",
      ["USALEG 2023-01-03..2025-01-10", "USAELI ..2023-01-02", "USAGOV"], [],
      "senator 2023-2025, vice president from 2025-01-20"),
    P("Marco Rubio", "Rubio", None, "",
      ["USALEG 2011-01-03..2025-01-20", "USAELI ..2011-01-02", "USAGOV"], [FM],
      "senator 2011-2025, secretary of state from 2025-01-21"),
    P("Antony Blinken", "Blinken | Tony Blinken", None, "",
      ["USAGOV 2021-01-26..2025-01-20", "USAELI"], [FM]),
    P("Mike Pompeo", "Pompeo | Michael Pompeo", None, "",
      ["USAGOV 2017-01-23..2021-01-20", "USAELI"], [FM], "CIA director 2017-2018, secretary of state 2018-2021"),
    P("Rex Tillerson", "Tillerson", None, "", ["USAGOV 2017-02-01..2018-03-31", "USAELI"], [FM]),
    P("John Kerry", "", None, "",
      ["USAGOV 2013-02-01..2017-01-20", "USAGOV 2021-01-20..2024-03", "USALEG 1985-01-03..2013-02-01", "USAELI"], [FM],
      "secretary of state 2013-2017; climate envoy 2021 to March 2024 (month)"),
    P("Hillary Clinton", "Hillary Rodham Clinton | Hillary", None, "",
      ["USAGOV 2009-01-21..2013-02-01", "USALEG 2001-01-03..2009-01-21", "USAELI"], [FM]),
    P("Condoleezza Rice", "Condoleeza Rice", None, "",
      ["USAGOV 2001-01-20..2009-01-20", "USAELI"], [FM], "national security adviser 2001-2005, secretary of state 2005-2009"),
    P("Colin Powell", "", None, "", ["USAGOV 2001-01-20..2005-01-26", "USAELI"], [FM]),
    P("Pete Hegseth", "Hegseth", None, "", ["USAELI ..2025-01-24", "USAGOV"], [DM]),
    P("Lloyd Austin", "", None, "", ["USAGOV 2021-01-22..2025-01-20", "USAMIL ..2016", "USAELI"], [DM]),
    P("Jim Mattis", "James Mattis | Mattis", None, "", ["USAGOV 2017-01-20..2019-01-01", "USAMIL ..2013", "USAELI"], [DM]),
    P("Robert Gates", "", None, "", ["USAGOV 2006-12-18..2011-07-01", "USAELI"], [DM]),
    P("Donald Rumsfeld", "Rumsfeld", None, "", ["USAGOV 2001-01-20..2006-12-18", "USAELI"], [DM]),

    # -------------------------------------------------------------------------------- Russia
    P("Vladimir Putin", "Putin | Vladimir Vladimirovich Putin", "Vladímir Putin", "Vladimir Putin",
      ["RUSELI ..1999-08-15", "RUSGOV"], [HS, HG],
      "prime minister from 1999-08-16, president 2000-2008 (acting from 1999-12-31), prime minister 2008-2012, president since 2012"),
    P("Dmitry Medvedev", "Medvedev | Dmitri Medvedev", "Dmitri Medvédev", "Medvédev | Dmitri Medvedev",
      ["RUSELI ..2005-11-13", "RUSGOV"], [HS, HG],
      "first deputy prime minister from 2005-11-14, president 2008-2012, prime minister 2012-2020, deputy chairman of the Security Council since 2020"),
    P("Mikhail Mishustin", "Mishustin", "Mijaíl Mishustin", "Mishustin", ["RUSELI ..2020-01-15", "RUSGOV"], [HG]),
    P("Sergei Lavrov", "Lavrov | Sergey Lavrov", "Serguéi Lavrov", "Lavrov",
      ["RUSELI ..2004-03-08", "RUSGOV"], [FM], "foreign minister since 2004-03-09"),
    P("Sergei Shoigu", "Shoigu | Sergey Shoigu", "Serguéi Shoigú", "Shoigú | Shoigu",
      ["RUSELI ..1993", "RUSGOV"], [DM],
      "emergencies minister from 1994 (year), defence minister 2012-11-06..2024-05-12, Security Council secretary since"),
    P("Andrei Belousov", "Belousov | Andrey Belousov", "Andréi Beloúsov", "Beloúsov | Belousov",
      ["RUSELI ..2012", "RUSGOV"], [DM], "minister from 2012 (year), defence minister since 2024-05-14"),
    P("Yevgeny Prigozhin", "Prigozhin | Yevgeniy Prigozhin", "Yevgueni Prigozhin", "Prigozhin",
      ["RUSPRM"], [AL], "Wagner Group founder; died 2023-08-23"),

    # ------------------------------------------------------------------------------- Ukraine
    P("Volodymyr Zelensky", "Zelensky | Zelenskyy | Zelenskiy | Volodymyr Zelenskyy | Volodymyr Zelenskiy",
      "Volodímir Zelenski", "Zelenski | Volodimir Zelenski",
      ["UKRELI ..2019-05-19", "UKRGOV"], [HS]),
    P("Petro Poroshenko", "Poroshenko", None, "", ["UKRGOV 2014-06-07..2019-05-20", "UKRELI"], [HS]),
    P("Viktor Yanukovych", "Yanukovych", "Víktor Yanukóvich", "Yanukóvich | Yanukovich",
      ["UKRGOV 2010-02-25..2014-02-22", "UKRELI"], [HS], "removed by parliament 2014-02-22"),
    P("Denys Shmyhal", "Shmyhal", "Denís Shmigal", "Shmigal",
      ["UKRELI ..2020-03-03", "UKRGOV"], [HG, DM], "prime minister 2020-03-04..2025-07-17, then defence minister"),
    P("Yulia Svyrydenko", "Svyrydenko", "Yulia Sviridenko", "Sviridenko",
      ["UKRELI ..2021-10", "UKRGOV"], [HG],
      "economy minister and first deputy prime minister from November 2021 (month), prime minister since 2025-07-17"),
    P("Dmytro Kuleba", "Kuleba", "Dmitro Kuleba", "", ["UKRGOV 2019-08-29..2024-09-05", "UKRELI"], [FM]),
    P("Andrii Sybiha", "Sybiha | Andriy Sybiha", "Andrí Sibiga", "Sibiga",
      ["UKRELI ..2024-04-10", "UKRGOV"], [FM], "first deputy foreign minister from April 2024 (month), foreign minister since 2024-09-05"),
    P("Rustem Umerov", "Umerov", None, "", ["UKRELI ..2022-09", "UKRGOV"], [DM],
      "defence minister 2023-09-06..2025-07-17, then security council secretary"),
    P("Oleksii Reznikov", "Reznikov | Oleksiy Reznikov", "Oleksí Réznikov", "Réznikov",
      ["UKRGOV 2020-03-04..2023-09-04", "UKRELI"], [DM]),
    P("Valerii Zaluzhnyi", "Zaluzhnyi | Valery Zaluzhny", "Valeri Zaluzhni", "Zaluzhni",
      ["UKRMIL 2021-07-27..2024-02-08", "UKRELI"], [],
      "army commander-in-chief 2021-2024, then ambassador to the UK"),

    # ------------------------------------------------------------------------ Israel, Palestine
    P("Benjamin Netanyahu", "Netanyahu | Bibi Netanyahu", "Benjamín Netanyahu", "",
      ["ISRGOV 1996-06-18..1999-07-06", "ISRGOV 2002-11..2005-08", "ISRGOV 2009-03-31..2021-06-13",
       "ISROPP 2021-06-14..2022-12-28", "ISRELI ..2022-12-28", "ISRGOV"], [HG],
      "prime minister 1996-1999, 2009-2021 and since 2022-12-29; foreign then finance minister from November 2002 to August 2005 (months)"),
    P("Naftali Bennett", "", None, "", ["ISRGOV 2021-06-13..2022-06-30", "ISRELI"], [HG]),
    P("Yair Lapid", "Lapid", None, "", ["ISRGOV 2021-06-13..2022-12-29", "ISROPP 2022-12-30..", "ISRELI"], [HG, FM]),
    P("Isaac Herzog", "", None, "", ["ISRELI ..2021-07-06", "ISRGOV"], [HS]),
    P("Reuven Rivlin", "Rivlin", None, "", ["ISRGOV 2014-07-24..2021-07-07", "ISRELI"], [HS]),
    P("Israel Katz", "", None, "", ["ISRELI ..2022-12-28", "ISRGOV"], [FM, DM],
      "minister since 2022-12-29, foreign minister from January 2024 (month), defence minister since 2024-11-05"),
    P("Gideon Sa'ar", "Gideon Saar", "Gideón Saar", "Gideon Saar", ["ISRELI ..2024-09", "ISRGOV"], [FM],
      "minister from the end of September 2024 (month), foreign minister since 2024-11-05"),
    P("Yoav Gallant", "", "Yoav Galant", "", ["ISRGOV 2022-12-29..2024-11-05", "ISRELI"], [DM]),
    P("Mahmoud Abbas", "Abbas | Abu Mazen", "Mahmud Abás", "Abás | Abu Mazen",
      ["PSEELI ..2005-01-14", "PSEGOV"], [HS], "president of the Palestinian Authority since 2005-01-15"),
    P("Mohammad Mustafa", "", "Mohamed Mustafa", "Mohamed Mustafa", ["PSEELI ..2024-03-30", "PSEGOV"], [HG]),
    P("Mohammad Shtayyeh", "Shtayyeh", "Mohamed Shtayé", "Shtayé", ["PSEGOV 2019-04-13..2024-03-31", "PSEELI"], [HG]),
    P("Ismail Haniyeh", "Haniyeh", "Ismail Haniye", "Haniye | Haniyeh", ["PSEREBHMS"], [AL],
      "Hamas political bureau chief 2017-2024; killed 2024-07-31"),
    P("Yahya Sinwar", "Sinwar", "Yahya Sinwar", "", ["PSEREBHMS"], [AL], "Hamas leader; killed 2024-10-16"),
    P("Khaled Meshaal", "Khaled Mashal | Khaled Mashaal | Meshaal | Mashal", "Jaled Meshal", "Meshal | Jaled Mashal", ["PSEREBHMS"], [AL]),
    P("Khalil al-Hayya", "al-Hayya", "Jalil al Haya", "al Haya", ["PSEREBHMS"], [AL]),
    P("Mohammed Deif", "Deif", "Mohamed Deif", "Deif", ["PSEREBHMS"], [AL], "Qassam Brigades commander; killed July 2024"),

    # ------------------------------------------------------------------- Iran, Arab states
    P("Ali Khamenei", "Khamenei | Ayatollah Khamenei | Ayatollah Ali Khamenei", "Alí Jamenei", "Jamenei | Jameneí | ayatolá Jamenei | ayatolá Alí Jamenei",
      ["IRNELI ..1981-10-12", "IRNGOV"], [HS], "president 1981-1989, supreme leader since 1989-06-04"),
    P("Masoud Pezeshkian", "Pezeshkian", "Masud Pezeshkian", "Pezeshkian | Pezeshkián", ["IRNELI ..2024-07-27", "IRNGOV"], [HG],
      "president (head of government under the supreme leader) since 2024-07-28"),
    P("Ebrahim Raisi", "Raisi | Ebrahim Raeisi", "Ebrahim Raisí", "Raisí", ["IRNGOV 2021-08-03..2024-05-19", "IRNJUD 2019-03-07..2021-07-01", "IRNELI"], [HG],
      "died 2024-05-19"),
    P("Hassan Rouhani", "Rouhani", "Hasán Rohaní", "Rohaní", ["IRNGOV 2013-08-03..2021-08-03", "IRNELI"], [HG]),
    P("Mahmoud Ahmadinejad", "Ahmadinejad", "Mahmud Ahmadineyad", "Ahmadineyad", ["IRNGOV 2005-08-03..2013-08-03", "IRNELI"], [HG]),
    P("Abbas Araghchi", "Araghchi | Araqchi", "Abás Araqchí", "Araqchí | Araghchi", ["IRNELI ..2024-08-20", "IRNGOV"], [FM]),
    P("Hossein Amir-Abdollahian", "Amir-Abdollahian", "Hosein Amir Abdolahian", "Abdolahian", ["IRNGOV 2021-08-25..2024-05-19", "IRNELI"], [FM],
      "died 2024-05-19"),
    P("Mohammad Javad Zarif", "Javad Zarif | Zarif", "Mohamad Yavad Zarif", "Yavad Zarif | Zarif", ["IRNGOV 2013-08-15..2021-08-25", "IRNELI"], [FM]),
    P("Bashar al-Assad", "Assad | Bashar Assad | al-Assad", "Bashar al Asad", "Asad | Bachar al Asad | al Asad",
      ["SYRGOV 2000-07-17..2024-12-08", "SYRELI"], [HS], "fled to Russia 2024-12-08"),
    P("Ahmed al-Sharaa", "al-Sharaa | Sharaa | Abu Mohammed al-Jolani | Abu Mohammad al-Julani | al-Jolani | al-Julani | Jolani | Julani",
      "Ahmed al Sharaa", "al Sharaa | Ahmed al Shara | al Shara | Abu Mohamed al Jolani | al Jolani | Abu Mohamed al Julani | al Julani",
      ["SYRREB ..2024-12-07", "SYRGOV"], [HS, AL],
      "HTS leader; de facto leader from 2024-12-08, president since 2025-01-29"),
    P("Asaad al-Shaibani", "al-Shaibani | Shaibani", "Asad al Shaibani", "al Shaibani", ["SYRREB ..2024-12-07", "SYRGOV"], [FM],
      "foreign minister since December 2024 (month)"),
    P("Faisal Mekdad", "Mekdad | Faisal Miqdad", "Faisal Mekdad", "", ["SYRGOV 2020-11-22..2024-12-08", "SYRELI"], [FM]),
    P("Hassan Nasrallah", "Nasrallah", "Hasán Nasrala", "Nasrala | Nasralá | Nasrallah", ["LBNREB"], [AL],
      "Hezbollah secretary-general 1992-2024; killed 2024-09-27"),
    P("Naim Qassem", "Naim Qassim", "Naim Qasem", "Naim Qassem", ["LBNREB"], [AL],
      "Hezbollah secretary-general since 2024-10-29; `Qassem` alone is left out (Qassem Soleimani)"),
    P("Joseph Aoun", "", "Joseph Aoun", "", ["LBNMIL 2017-03-08..2025-01-08", "LBNELI ..2017-03-07", "LBNGOV"], [HS],
      "army commander 2017-2025, president since 2025-01-09"),
    P("Nawaf Salam", "", None, "", ["LBNELI ..2025-01-12", "LBNGOV"], [HG], "prime minister designate from 2025-01-13; government formed 2025-02-08"),
    P("Najib Mikati", "Mikati", "Nayib Mikati", "Mikati", ["LBNGOV 2021-09-10..2025-02-08", "LBNELI"], [HG]),
    P("Michel Aoun", "", None, "", ["LBNGOV 2016-10-31..2022-10-30", "LBNELI"], [HS]),
    P("Abdul-Malik al-Houthi", "Abdulmalik al-Houthi | Abdel-Malek al-Houthi", "Abdelmalik al Huti", "Abdulmalik al Huti", ["YEMREB"], [AL],
      "Houthi (Ansar Allah) leader"),
    P("Rashad al-Alimi", "al-Alimi", "Rashad al Alimi", "al Alimi", ["YEMELI ..2022-04-06", "YEMGOV"], [HS],
      "chairman of the Presidential Leadership Council since 2022-04-07"),
    P("Abd Rabbuh Mansur Hadi", "Abdrabbuh Mansur Hadi | Mansour Hadi", "Abd Rabbuh Mansur Hadi", "Abdo Rabu Mansur Hadi",
      ["YEMGOV 2012-02-25..2022-04-07", "YEMELI"], [HS]),
    P("King Salman", "Salman bin Abdulaziz | King Salman bin Abdulaziz", "rey Salmán", "Salmán bin Abdulaziz",
      ["SAUELI ..2011-11-04", "SAUGOV"], [HS], "defence minister from November 2011 (month), king since 2015-01-23"),
    P("Mohammed bin Salman", "Mohammad bin Salman | MBS | Crown Prince Mohammed bin Salman", "Mohamed bin Salmán", "Bin Salmán | Mohamed bin Salman",
      ["SAUELI ..2015-01-22", "SAUGOV"], [HG, DM], "defence minister 2015-2022, crown prince since 2017-06-21, prime minister since 2022-09-27"),
    P("Faisal bin Farhan", "Prince Faisal bin Farhan", "Faisal bin Farhan", "", ["SAUELI ..2019-10-22", "SAUGOV"], [FM]),
    P("Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi | el-Sisi | al-Sisi | Sisi | Sissi | Abdel Fattah el-Sissi",
      "Abdelfatah al Sisi", "al Sisi | Abdel Fatah al Sisi",
      ["EGYMIL ..2012-08-11", "EGYGOV"], [HS, DM], "defence minister from 2012-08-12, president since 2014-06-08"),
    P("Mostafa Madbouly", "Madbouly | Moustafa Madbouly", "Mustafa Madbuli", "Madbuli", ["EGYELI ..2018-06-06", "EGYGOV"], [HG]),
    P("Badr Abdelatty", "Abdelatty | Badr Abdel Ati", "Badr Abdelati", "Abdelati", ["EGYELI ..2024-07-02", "EGYGOV"], [FM]),
    P("Sameh Shoukry", "Shoukry", "Sameh Shukri", "Shukri", ["EGYGOV 2014-06-17..2024-07-03", "EGYELI"], [FM]),
    P("Hosni Mubarak", "Mubarak", "Hosni Mubarak", "", ["EGYGOV 1981-10-14..2011-02-11", "EGYELI"], [HS]),
    P("Mohamed Morsi", "Morsi | Mohammed Morsi", "Mohamed Mursi", "Mursi | Morsi", ["EGYGOV 2012-06-30..2013-07-03", "EGYELI"], [HS]),
    P("Mohammed Shia al-Sudani", "al-Sudani", "Mohamed Shia al Sudani", "al Sudani", ["IRQELI ..2022-10-26", "IRQGOV"], [HG]),
    P("King Abdullah II", "Abdullah II | King Abdullah II of Jordan", "rey Abdalá II", "Abdalá II", ["JORELI ..1999-02-06", "JORGOV"], [HS]),
    P("Tamim bin Hamad Al Thani", "Sheikh Tamim bin Hamad Al Thani | Emir Tamim", "Tamim bin Hamad al Thani", "emir Tamim", ["QATELI ..2013-06-24", "QATGOV"], [HS]),
    P("Mohamed bin Zayed", "Mohammed bin Zayed | Mohamed bin Zayed Al Nahyan | MBZ", "Mohamed bin Zayed", "Mohamed bin Zayed al Nahyan", ["AREELI ..2022-05-13", "AREGOV"], [HS]),

    # ----------------------------------------------------------------- Turkey, Africa
    P("Recep Tayyip Erdoğan", "Erdoğan | Tayyip Erdoğan", "Recep Tayyip Erdogan", "Erdogan",
      ["TURELI ..2003-03-13", "TURGOV"], [HS, HG], "prime minister 2003-2014, president since 2014-08-28"),
    P("Hakan Fidan", "Fidan", None, "", ["TURSPY 2010-05..2023-06-03", "TURELI ..2010-04", "TURGOV"], [FM],
      "intelligence (MIT) chief from May 2010 (month), foreign minister since 2023-06-04"),
    P("Mevlüt Çavuşoğlu", "Çavuşoğlu", "Mevlut Cavusoglu", "Cavusoglu", ["TURGOV 2014-08-29..2023-06-04", "TURELI"], [FM],
      "foreign minister 2014-2023 except August-November 2015"),
    P("Abdullah Öcalan", "Öcalan", None, "", ["TURREB"], [AL], "PKK founder, imprisoned since 1999"),
    P("Abdel Fattah al-Burhan", "al-Burhan | Burhan | Abdel Fattah Burhan", "Abdelfatah al Burhan", "al Burhan",
      ["SDNMIL ..2019-04-11", "SDNGOV"], [HS], "head of the military council from 2019-04-12, chairman of the Sovereignty Council since 2019-08-21"),
    P("Mohamed Hamdan Dagalo", "Hemedti | Hemeti | Dagalo | Mohamed Hamdan Daglo", "Mohamed Hamdan Dagalo", "Hemedti | Dagalo",
      ["SDNGOV 2019-04-12..2023-04-14", "SDNREB 2023-04-15..", "SDNPRM"], [AL],
      "RSF commander; deputy head of the military and sovereignty councils until the war began (2023-04-15)"),
    P("Omar al-Bashir", "al-Bashir | Omar Bashir", "Omar al Bashir", "al Bashir", ["SDNGOV 1989-06-30..2019-04-11", "SDNELI"], [HS]),
    P("Abiy Ahmed", "Abiy | Abiy Ahmed Ali", None, "", ["ETHELI ..2018-04-01", "ETHGOV"], [HG]),
    P("Taye Atske Selassie", "Taye Atske - Selassie", None, "", ["ETHELI ..2024-02", "ETHGOV"], [HS, FM],
      "foreign minister from February 2024 (month), president since 2024-10-07"),
    P("Sahle-Work Zewde", "Sahle-Work", None, "", ["ETHGOV 2018-10-25..2024-10-07", "ETHELI"], [HS]),
    P("Isaias Afwerki", "Afwerki | Isaias", "Isaías Afwerki", "Afwerki", ["ERIELI ..1993-05-23", "ERIGOV"], [HS, HG]),
    P("Osman Saleh", "Osman Saleh Mohammed", None, "", ["ERIELI ..2006", "ERIGOV"], [FM], "foreign minister since 2007 (year)"),
    P("Hassan Sheikh Mohamud", "", "Hasán Sheij Mohamud", "", ["SOMGOV 2012-09-16..2017-02-16", "SOMELI ..2022-05-22", "SOMGOV"], [HS]),
    P("Mohamed Abdullahi Farmaajo", "Farmaajo | Mohamed Abdullahi Mohamed", "Mohamed Abdullahi Farmajo", "Farmajo", ["SOMGOV 2017-02-16..2022-05-23", "SOMELI"], [HS]),
    P("Hamza Abdi Barre", "", None, "", ["SOMELI ..2022-06-24", "SOMGOV"], [HG]),
    P("William Ruto", "Ruto", None, "", ["KENELI ..2013-04-08", "KENGOV"], [HS, HG], "deputy president 2013-2022, president since 2022-09-13"),
    P("Uhuru Kenyatta", "", None, "", ["KENGOV 2013-04-09..2022-09-13", "KENELI"], [HS, HG]),
    P("Musalia Mudavadi", "Mudavadi", None, "", ["KENELI ..2022-10-26", "KENGOV"], [FM],
      "prime cabinet secretary since 2022-10-27, also foreign affairs from October 2023 (month)"),
    P("Félix Tshisekedi", "Tshisekedi | Felix Tshisekedi", None, "", ["CODELI ..2019-01-23", "CODGOV"], [HS]),
    P("Joseph Kabila", "", None, "", ["CODGOV 2001-01-26..2019-01-24", "CODELI"], [HS]),
    P("Judith Suminwa", "Suminwa | Judith Suminwa Tuluka", None, "", ["CODELI ..2024-03-31", "CODGOV"], [HG]),
    P("Corneille Nangaa", "Nangaa", None, "", ["CODREB"], [AL], "leader of the Congo River Alliance (AFC), with M23"),
    P("Bola Tinubu", "Tinubu | Bola Ahmed Tinubu", None, "", ["NGAELI ..2023-05-28", "NGAGOV"], [HS, HG]),
    P("Muhammadu Buhari", "Buhari", None, "", ["NGAGOV 2015-05-29..2023-05-29", "NGAGOV 1983-12-31..1985-08-27", "NGAELI"], [HS, HG]),
    P("Yusuf Tuggar", "Tuggar", None, "", ["NGAELI ..2023-08-20", "NGAGOV"], [FM]),
    P("Cyril Ramaphosa", "Ramaphosa", None, "", ["ZAFELI ..2014-05-25", "ZAFGOV"], [HS, HG], "deputy president 2014-2018, president since 2018-02-15"),
    P("Jacob Zuma", "Zuma", None, "", ["ZAFGOV 2009-05-09..2018-02-14", "ZAFELI"], [HS, HG]),
    P("Ronald Lamola", "Lamola", None, "", ["ZAFELI ..2019-05-29", "ZAFGOV"], [FM], "justice minister 2019-2024, international relations since July 2024"),
    P("Hibatullah Akhundzada", "Akhundzada | Haibatullah Akhundzada | Hibatullah Akhunzada", "Hibatulá Ajundzada", "Ajundzada | Akhundzada",
      ["AFGREB ..2021-08-14", "AFGGOV"], [HS, AL], "Taliban supreme leader since 2016-05-25; the Taliban govern since 2021-08-15"),
    P("Amir Khan Muttaqi", "Muttaqi", "Amir Jan Muttaqi", "Muttaqi", ["AFGREB ..2021-08-14", "AFGGOV"], [FM]),
    P("Ashraf Ghani", "", "Ashraf Ghani", "", ["AFGGOV 2014-09-29..2021-08-15", "AFGELI"], [HS, HG]),
    P("Hamid Karzai", "Karzai", None, "", ["AFGGOV 2001-12-22..2014-09-29", "AFGELI"], [HS, HG]),

    # ----------------------------------------------------------------------- the Americas
    P("Claudia Sheinbaum", "Sheinbaum", None, "", ["MEXELI ..2024-09-30", "MEXGOV"], [HS, HG]),
    P("Andrés Manuel López Obrador", "López Obrador | AMLO", None, "", ["MEXGOV 2018-12-01..2024-09-30", "MEXELI"], [HS, HG]),
    P("Enrique Peña Nieto", "Peña Nieto", None, "", ["MEXGOV 2012-12-01..2018-11-30", "MEXELI"], [HS, HG]),
    P("Felipe Calderón", "", None, "", ["MEXGOV 2006-12-01..2012-11-30", "MEXELI"], [HS, HG]),
    P("Marcelo Ebrard", "Ebrard", None, "", ["MEXGOV 2018-12-01..2023-06-12", "MEXELI ..2018-11-30", "MEXELI 2023-06-13..2024-09-30", "MEXGOV"], [FM],
      "foreign minister 2018-2023, economy minister since 2024-10-01"),
    P("Juan Ramón de la Fuente", "", None, "", ["MEXELI ..2024-09-30", "MEXGOV"], [FM]),
    P("Alicia Bárcena", "", None, "", ["MEXELI ..2023-07-02", "MEXGOV"], [FM],
      "foreign minister 2023-07-03..2024-09-30, environment minister since 2024-10-01"),
    P("Luiz Inácio Lula da Silva", "Lula | Lula da Silva | Luiz Inacio Lula da Silva", None, "",
      ["BRAGOV 2003-01-01..2010-12-31", "BRAELI ..2002-12-31", "BRAELI 2011-01-01..2022-12-31", "BRAGOV"], [HS, HG]),
    P("Jair Bolsonaro", "Bolsonaro", None, "", ["BRAGOV 2019-01-01..2022-12-31", "BRAELI"], [HS, HG]),
    P("Dilma Rousseff", "Rousseff | Dilma", None, "", ["BRAGOV 2011-01-01..2016-08-31", "BRAELI"], [HS, HG], "impeached; removed 2016-08-31"),
    P("Michel Temer", "", None, "", ["BRAGOV 2011-01-01..2018-12-31", "BRAELI"], [HS, HG], "vice president 2011-2016, president 2016-2018"),
    P("Mauro Vieira", "", None, "", ["BRAGOV 2015-01-01..2016-05-12", "BRAELI ..2022-12-31", "BRAGOV"], [FM],
      "foreign minister 2015-2016 and since 2023-01-01"),
    P("Javier Milei", "Milei", None, "", ["ARGLEG 2021-12-10..2023-12-09", "ARGELI ..2021-12-09", "ARGGOV"], [HS, HG]),
    P("Alberto Fernández", "", None, "", ["ARGGOV 2019-12-10..2023-12-10", "ARGELI"], [HS, HG]),
    P("Mauricio Macri", "Macri", None, "", ["ARGGOV 2015-12-10..2019-12-10", "ARGELI"], [HS, HG]),
    P("Cristina Fernández de Kirchner", "Cristina Kirchner | Cristina Fernández | CFK", None, "",
      ["ARGGOV 2007-12-10..2015-12-10", "ARGGOV 2019-12-10..2023-12-10", "ARGELI"], [HS, HG], "president 2007-2015, vice president 2019-2023"),
    P("Diana Mondino", "Mondino", None, "", ["ARGGOV 2023-12-10..2024-10-30", "ARGELI"], [FM]),
    P("Gabriel Boric", "Boric", None, "", ["CHLGOV 2022-03-11..2026-03-11", "CHLELI"], [HS, HG], "term ends 2026-03-11"),
    P("Sebastián Piñera", "Piñera", None, "", ["CHLGOV 2010-03-11..2014-03-11", "CHLGOV 2018-03-11..2022-03-11", "CHLELI"], [HS, HG], "died 2024-02-06"),
    P("Michelle Bachelet", "Bachelet", None, "",
      ["CHLGOV 2006-03-11..2010-03-11", "CHLGOV 2014-03-11..2018-03-11", "IGOUNOHRIHCH 2018-09-01..2022-08-31", "CHLELI"], [HS, HG, OL],
      "UN High Commissioner for Human Rights 2018-2022"),
    P("Alberto van Klaveren", "van Klaveren", None, "", ["CHLGOV 2023-03-10..2026-03-11", "CHLELI"], [FM],
      "foreign minister from 2023-03-10 under Boric, whose term ended 2026-03-11"),
    P("Dina Boluarte", "Boluarte", None, "", ["PERGOV 2021-07-28..2026-07-28", "PERELI"], [HS, HG],
      "vice president from 2021-07-28, president from 2022-12-07; the end is the term's constitutional end: check whether she left earlier"),
    P("Pedro Castillo", "", None, "", ["PERGOV 2021-07-28..2022-12-07", "PERELI"], [HS, HG]),
    P("Daniel Noboa", "Noboa", None, "", ["ECUELI ..2023-11-22", "ECUGOV"], [HS, HG]),
    P("Guillermo Lasso", "", None, "", ["ECUGOV 2021-05-24..2023-11-23", "ECUELI"], [HS, HG]),
    P("Rafael Correa", "", None, "", ["ECUGOV 2007-01-15..2017-05-24", "ECUELI"], [HS, HG]),
    P("Luis Arce", "", None, "", ["BOLGOV 2020-11-08..2025-11-08", "BOLELI"], [HS, HG],
      "economy minister under Morales; president from 2020-11-08 to the end of the term (2025-11-08)"),
    P("Evo Morales", "", None, "", ["BOLGOV 2006-01-22..2019-11-10", "BOLELI"], [HS, HG]),
    P("Gustavo Petro", "Petro", None, "", ["COLGOV 2022-08-07..2026-08-07", "COLELI"], [HS, HG], "term ends 2026-08-07"),
    P("Iván Duque", "Ivan Duque", None, "", ["COLGOV 2018-08-07..2022-08-07", "COLELI"], [HS, HG]),
    P("Juan Manuel Santos", "", None, "", ["COLGOV 2010-08-07..2018-08-07", "COLELI"], [HS, HG]),
    P("Álvaro Uribe", "Alvaro Uribe | Álvaro Uribe Vélez", None, "", ["COLGOV 2002-08-07..2010-08-07", "COLELI"], [HS, HG]),
    P("Rodrigo Londoño", "Timochenko | Timoleón Jiménez", None, "", ["COLREB ..2017-08-31", "COLPTY"], [AL], "FARC commander, then leader of its party"),
    P("Nicolás Maduro", "Maduro | Nicolas Maduro", None, "", ["VENELI ..2006-08-08", "VENGOV"], [HS, HG, FM],
      "foreign minister 2006-2013, vice president 2012-2013, president since 2013-03-05"),
    P("Hugo Chávez", "Chávez | Hugo Chavez | Chavez", None, "", ["VENGOV 1999-02-02..2013-03-05", "VENELI"], [HS, HG]),
    P("Delcy Rodríguez", "Delcy Rodriguez", None, "", ["VENELI ..2014-12-25", "VENGOV"], [FM], "foreign minister 2014-2017, vice president since 2018-06-14"),
    P("María Corina Machado", "Maria Corina Machado | Corina Machado", None, "", ["VENOPP"], [], "opposition leader"),
    P("Edmundo González Urrutia", "Edmundo González | Edmundo Gonzalez", None, "", ["VENOPP"], [], "opposition candidate in 2024"),
    P("Juan Guaidó", "Guaidó | Guaido", None, "", ["VENOPP"], [], "claimed the interim presidency 2019-2023"),
    P("Miguel Díaz-Canel", "Díaz-Canel | Miguel Díaz-Canel Bermúdez", None, "", ["CUBELI ..2013-02-23", "CUBGOV"], [HS],
      "first vice president 2013-2018, president since 2018-04-19"),
    P("Raúl Castro", "Raul Castro", None, "", ["CUBGOV 2006-07-31..2018-04-19", "CUBELI"], [HS, HG],
      "acting president from 2006-07-31, president 2008-02-24..2018-04-19"),
    P("Fidel Castro", "", None, "", ["CUBGOV 1959-02-16..2008-02-24", "CUBELI"], [HS, HG], "died 2016-11-25"),
    P("Bruno Rodríguez Parrilla", "Bruno Rodríguez | Bruno Rodriguez", None, "", ["CUBELI ..2009-03-01", "CUBGOV"], [FM]),
    P("Manuel Marrero Cruz", "Manuel Marrero", None, "", ["CUBELI ..2019-12-20", "CUBGOV"], [HG]),
    P("Daniel Ortega", "", None, "", ["NICGOV 1985-01-10..1990-04-25", "NICELI ..2007-01-09", "NICGOV"], [HS, HG]),
    P("Rosario Murillo", "", None, "", ["NICELI ..2017-01-09", "NICGOV"], [HS], "vice president from 2017-01-10, co-president from 2025"),
    P("Nayib Bukele", "Bukele", None, "", ["SLVELI ..2019-05-31", "SLVGOV"], [HS, HG]),
    P("Bernardo Arévalo", "Bernardo Arevalo", None, "", ["GTMELI ..2024-01-14", "GTMGOV"], [HS, HG]),
    P("Alejandro Giammattei", "Giammattei", None, "", ["GTMGOV 2020-01-14..2024-01-14", "GTMELI"], [HS, HG]),
    P("Xiomara Castro", "", None, "", ["HNDGOV 2022-01-27..2026-01-27", "HNDELI"], [HS, HG], "term ends 2026-01-27"),
    P("Juan Orlando Hernández", "Juan Orlando Hernandez", None, "", ["HNDGOV 2014-01-27..2022-01-27", "HNDELI"], [HS, HG]),
    P("Mark Carney", "Carney", None, "", ["CANELI ..2025-03-13", "CANGOV"], [HG], "Bank of Canada 2008-2013, Bank of England 2013-2020"),
    P("Justin Trudeau", "Trudeau", None, "", ["CANGOV 2015-11-04..2025-03-14", "CANELI"], [HG]),
    P("Mélanie Joly", "Melanie Joly", None, "", ["CANELI ..2015-11-03", "CANGOV"], [FM], "foreign minister 2021-10-26..2025-05-13, then industry"),
    P("Anita Anand", "", None, "", ["CANELI ..2019-11-19", "CANGOV"], [FM, DM], "defence minister 2021-2023, foreign minister since 2025-05-13"),

    # ------------------------------------------------------------------------------- Europe
    P("Emmanuel Macron", "Macron", None, "", ["FRAELI ..2014-08-25", "FRAELI 2016-08-31..2017-05-13", "FRAGOV"], [HS], "economy minister 2014-2016, president since 2017-05-14"),
    P("François Hollande", "Hollande | Francois Hollande", None, "", ["FRAGOV 2012-05-15..2017-05-14", "FRAELI"], [HS]),
    P("Nicolas Sarkozy", "Sarkozy", None, "", ["FRAGOV 2007-05-16..2012-05-15", "FRAELI"], [HS]),
    P("Sébastien Lecornu", "Lecornu | Sebastien Lecornu", None, "", ["FRAELI ..2016", "FRAGOV"], [HG, DM],
      "junior minister from 2017 (year), defence minister 2022-05-20..2025-09-09, prime minister since 2025-09-09"),
    P("François Bayrou", "Bayrou | Francois Bayrou", None, "", ["FRAGOV 2024-12-13..2025-09-09", "FRAELI"], [HG]),
    P("Michel Barnier", "Barnier", None, "", ["FRAGOV 2024-09-05..2024-12-13", "IGOEUREEC 2016-10-01..2021-03-31", "FRAELI"], [HG],
      "EU Brexit negotiator 2016-2021"),
    P("Gabriel Attal", "Attal", None, "", ["FRAGOV 2024-01-09..2024-09-05", "FRAELI"], [HG]),
    P("Élisabeth Borne", "Elisabeth Borne", None, "", ["FRAGOV 2022-05-16..2024-01-09", "FRAELI"], [HG]),
    P("Jean-Noël Barrot", "Jean-Noel Barrot", None, "", ["FRAELI ..2022-06", "FRAGOV"], [FM],
      "minister from July 2022 (month), foreign minister since 2024-09-21"),
    P("Catherine Colonna", "", None, "", ["FRAGOV 2022-05-20..2024-01-11", "FRAELI"], [FM]),
    P("Jean-Yves Le Drian", "Le Drian", None, "", ["FRAGOV 2012-05-16..2022-05-20", "FRAELI"], [FM, DM], "defence minister 2012-2017, foreign minister 2017-2022"),
    P("Friedrich Merz", "Merz", None, "", ["DEUOPP 2022-01..2025-05-05", "DEUELI ..2021-12", "DEUGOV"], [HG],
      "CDU leader (opposition) from January 2022 (month), chancellor since 2025-05-06"),
    P("Olaf Scholz", "Scholz", None, "", ["DEUGOV 2018-03-14..2025-05-06", "DEUELI"], [HG], "finance minister 2018-2021, chancellor 2021-12-08..2025-05-06"),
    P("Angela Merkel", "Merkel", None, "", ["DEUGOV 2005-11-22..2021-12-08", "DEUELI"], [HG]),
    P("Frank-Walter Steinmeier", "Steinmeier", None, "", ["DEUGOV 2005-11-22..2009-10-28", "DEUELI ..2013-12-16", "DEUGOV"], [HS, FM],
      "foreign minister 2005-2009 and 2013-2017, president since 2017-03-19"),
    P("Annalena Baerbock", "Baerbock", None, "", ["DEUGOV 2021-12-08..2025-05-06", "DEUELI ..2025-09-08", "IGOUNO"], [FM],
      "president of the UN General Assembly from 2025-09-09"),
    P("Johann Wadephul", "Wadephul", None, "", ["DEUELI ..2025-05-05", "DEUGOV"], [FM]),
    P("Boris Pistorius", "Pistorius", None, "", ["DEUELI ..2023-01-18", "DEUGOV"], [DM]),
    P("Keir Starmer", "Starmer", None, "", ["GBROPP 2020-04-04..2024-07-04", "GBRELI ..2020-04-03", "GBRGOV"], [HG]),
    P("Rishi Sunak", "Sunak", None, "", ["GBRGOV 2019-07-24..2024-07-05", "GBRELI"], [HG], "chancellor of the exchequer 2020-2022, prime minister 2022-10-25..2024-07-05"),
    P("Liz Truss", "", None, "", ["GBRGOV 2014-07-15..2022-10-25", "GBRELI"], [HG, FM], "foreign secretary 2021-2022, prime minister 2022-09-06..2022-10-25"),
    P("Boris Johnson", "", None, "", ["GBRGOV 2016-07-13..2018-07-09", "GBRGOV 2019-07-24..2022-09-06", "GBRELI"], [HG, FM],
      "foreign secretary 2016-2018, prime minister 2019-2022"),
    P("Theresa May", "", None, "", ["GBRGOV 2010-05-12..2019-07-24", "GBRELI"], [HG], "home secretary 2010-2016, prime minister 2016-2019"),
    P("David Cameron", "", None, "", ["GBRGOV 2010-05-11..2016-07-13", "GBRGOV 2023-11-13..2024-07-05", "GBRELI"], [HG, FM]),
    P("Tony Blair", "", None, "", ["GBRGOV 1997-05-02..2007-06-27", "GBRELI"], [HG]),
    P("Gordon Brown", "", None, "", ["GBRGOV 1997-05-02..2010-05-11", "GBRELI"], [HG]),
    P("David Lammy", "Lammy", None, "", ["GBRELI ..2024-07-04", "GBRGOV"], [FM], "foreign secretary 2024-07-05..2025-09-05, then deputy prime minister"),
    P("Yvette Cooper", "", None, "", ["GBRELI ..2024-07-04", "GBRGOV"], [FM], "home secretary 2024-2025, foreign secretary since 2025-09-05"),
    P("John Healey", "", None, "", ["GBRELI ..2024-07-04", "GBRGOV"], [DM]),
    P("King Charles III", "King Charles | Charles III", "rey Carlos III", "Carlos III de Inglaterra | Carlos III del Reino Unido", ["GBRELI ..2022-09-07", "GBRGOV"], [HS]),
    P("Queen Elizabeth II", "Elizabeth II | Queen Elizabeth", "reina Isabel II", "Isabel II de Inglaterra | Isabel II del Reino Unido", ["GBRGOV 1952-02-06..2022-09-08", "GBRELI"], [HS]),
    P("Giorgia Meloni", "Meloni", None, "", ["ITAELI ..2022-10-21", "ITAGOV"], [HG]),
    P("Mario Draghi", "Draghi", None, "", ["ITAGOV 2021-02-13..2022-10-22", "IGOEUREEC 2011-11-01..2019-10-31", "ITAELI"], [HG, OL],
      "president of the European Central Bank 2011-2019"),
    P("Sergio Mattarella", "Mattarella", None, "", ["ITAELI ..2015-02-02", "ITAGOV"], [HS]),
    P("Antonio Tajani", "Tajani", None, "", ["ITAELI ..2022-10-21", "ITAGOV"], [FM]),
    P("Guido Crosetto", "Crosetto", None, "", ["ITAELI ..2022-10-21", "ITAGOV"], [DM]),
    P("Pedro Sánchez", "Pedro Sanchez", None, "", ["ESPELI ..2018-06-01", "ESPGOV"], [HG]),
    P("Mariano Rajoy", "Rajoy", None, "", ["ESPGOV 2011-12-21..2018-06-02", "ESPELI"], [HG]),
    P("King Felipe VI", "Felipe VI", "rey Felipe VI", "Felipe VI", ["ESPELI ..2014-06-18", "ESPGOV"], [HS]),
    P("José Manuel Albares", "Albares | Jose Manuel Albares", None, "", ["ESPELI ..2021-07-11", "ESPGOV"], [FM]),
    P("Margarita Robles", "", None, "", ["ESPELI ..2018-06-06", "ESPGOV"], [DM]),
    P("Donald Tusk", "Tusk", None, "", ["POLGOV 2007-11-16..2014-09-22", "IGOEUREEC 2014-12-01..2019-11-30", "POLELI ..2023-12-12", "POLGOV"], [HG, OL],
      "prime minister 2007-2014 and since 2023-12-13; president of the European Council 2014-2019"),
    P("Andrzej Duda", "Duda", None, "", ["POLGOV 2015-08-06..2025-08-06", "POLELI"], [HS]),
    P("Karol Nawrocki", "Nawrocki", None, "", ["POLELI ..2025-08-05", "POLGOV"], [HS]),
    P("Mateusz Morawiecki", "Morawiecki", None, "", ["POLGOV 2017-12-11..2023-12-13", "POLELI"], [HG]),
    P("Radosław Sikorski", "Sikorski | Radoslaw Sikorski", None, "", ["POLGOV 2007-11-16..2014-09-22", "POLELI ..2023-12-12", "POLGOV"], [FM]),
    P("Władysław Kosiniak-Kamysz", "Kosiniak-Kamysz | Wladyslaw Kosiniak-Kamysz", None, "", ["POLELI ..2023-12-12", "POLGOV"], [DM]),
    P("Viktor Orbán", "Orbán | Viktor Orban | Orban", None, "", ["HUNGOV 1998-07-06..2002-05-27", "HUNELI ..2010-05-28", "HUNGOV"], [HG]),
    P("Péter Szijjártó", "Szijjártó | Peter Szijjarto | Szijjarto", None, "", ["HUNELI ..2014-09-22", "HUNGOV"], [FM]),
    P("Tamás Sulyok", "Sulyok | Tamas Sulyok", None, "", ["HUNELI ..2024-03-04", "HUNGOV"], [HS]),

    # ------------------------------------------------------------------------ Asia, Oceania
    P("Xi Jinping", "Xi", None, "", ["CHNELI ..2008-03-14", "CHNGOV"], [HS], "vice president 2008-2013, president since 2013-03-14"),
    P("Li Qiang", "", None, "", ["CHNELI ..2023-03-10", "CHNGOV"], [HG]),
    P("Li Keqiang", "", None, "", ["CHNGOV 2008-03-17..2023-03-11", "CHNELI"], [HG], "vice premier 2008-2013, premier 2013-2023; died 2023-10-27"),
    P("Hu Jintao", "", None, "", ["CHNGOV 1998-03-15..2013-03-14", "CHNELI"], [HS], "vice president 1998-2003, president 2003-2013"),
    P("Wang Yi", "", None, "", ["CHNELI ..2013-03-15", "CHNGOV"], [FM], "foreign minister 2013-2022 and since 2023-07-25, director of the party's foreign affairs office between"),
    P("Qin Gang", "", None, "", ["CHNGOV 2022-12-30..2023-07-25", "CHNELI"], [FM]),
    P("Dong Jun", "", None, "", ["CHNMIL ..2023-12-28", "CHNGOV"], [DM]),
    P("Lai Ching-te", "William Lai", None, "", ["TWNGOV 2017-09..2019-01", "TWNELI ..2020-05-19", "TWNGOV"], [HS, HG],
      "premier from September 2017 to January 2019 (months), vice president 2020-2024, president since 2024-05-20"),
    P("Tsai Ing-wen", "Tsai", None, "", ["TWNGOV 2016-05-20..2024-05-20", "TWNELI"], [HS]),
    P("Lin Chia-lung", "", None, "", ["TWNELI ..2024-05-19", "TWNGOV"], [FM]),
    P("Kim Jong Un", "Kim Jong-un | Kim Jong-Un", "Kim Jong-un", "", ["PRKELI ..2011-12-16", "PRKGOV"], [HS]),
    P("Kim Jong Il", "Kim Jong-il", "Kim Jong-il", "", ["PRKGOV 1994-07-08..2011-12-17", "PRKELI"], [HS]),
    P("Choe Son Hui", "Choe Son-hui", None, "", ["PRKELI ..2022-05", "PRKGOV"], [FM], "foreign minister since June 2022 (month)"),
    P("Lee Jae-myung", "Lee Jae Myung", None, "", ["KOROPP 2022-08-28..2025-06-03", "KORELI ..2022-08-27", "KORGOV"], [HS], "president since 2025-06-04"),
    P("Yoon Suk Yeol", "Yoon Suk-yeol", None, "", ["KORGOV 2022-05-10..2025-04-04", "KORELI"], [HS],
      "powers suspended 2024-12-14, removed from office 2025-04-04"),
    P("Moon Jae-in", "Moon Jae In", None, "", ["KORGOV 2017-05-10..2022-05-10", "KORELI"], [HS]),
    P("Han Duck-soo", "Han Duck Soo", None, "", ["KORGOV 2022-05-21..2025-05-01", "KORELI"], [HG]),
    P("Shigeru Ishiba", "Ishiba", None, "", ["JPNGOV 2024-10-01..2025", "JPNELI"], [HG],
      "prime minister from 2024-10-01; left office in 2025 (year: the exact date is not checked here)"),
    P("Fumio Kishida", "Kishida", None, "", ["JPNGOV 2012-12-26..2017-08-03", "JPNGOV 2021-10-04..2024-10-01", "JPNELI"], [HG, FM]),
    P("Yoshihide Suga", "", None, "", ["JPNGOV 2012-12-26..2021-10-04", "JPNELI"], [HG], "chief cabinet secretary 2012-2020, prime minister 2020-2021"),
    P("Shinzo Abe", "", None, "", ["JPNGOV 2006-09-26..2007-09-26", "JPNGOV 2012-12-26..2020-09-16", "JPNELI"], [HG], "killed 2022-07-08"),
    P("Emperor Naruhito", "Naruhito", "emperador Naruhito", "Naruhito", ["JPNELI ..2019-04-30", "JPNGOV"], [HS]),
    P("Yoko Kamikawa", "Kamikawa", None, "", ["JPNGOV 2023-09-13..2024-10-01", "JPNELI"], [FM]),
    P("Min Aung Hlaing", "", None, "", ["MMRMIL ..2021-01-31", "MMRGOV"], [HS, HG], "armed forces commander since 2011; took power 2021-02-01"),
    P("Aung San Suu Kyi", "Suu Kyi", None, "", ["MMRGOV 2016-03-30..2021-02-01", "MMROPP"], [HG], "state counsellor 2016-2021; detained since the coup"),
    P("Ferdinand Marcos Jr.", "Ferdinand Marcos Jr | Bongbong Marcos | Marcos Jr.", None, "", ["PHLELI ..2022-06-29", "PHLGOV"], [HS, HG]),
    P("Rodrigo Duterte", "", None, "", ["PHLGOV 2016-06-30..2022-06-30", "PHLELI"], [HS, HG]),
    P("Prabowo Subianto", "Prabowo", None, "", ["IDNELI ..2019-10-22", "IDNGOV"], [HS, HG, DM], "defence minister 2019-2024, president since 2024-10-20"),
    P("Joko Widodo", "Jokowi", None, "", ["IDNGOV 2014-10-20..2024-10-20", "IDNELI"], [HS, HG]),
    P("Retno Marsudi", "", None, "", ["IDNGOV 2014-10-27..2024-10-20", "IDNELI"], [FM]),
    P("Sugiono", "", None, "", ["IDNELI ..2024-10-20", "IDNGOV"], [FM]),
    P("Narendra Modi", "Modi", None, "", ["INDELI ..2014-05-25", "INDGOV"], [HG]),
    P("Droupadi Murmu", "", None, "", ["INDELI ..2022-07-24", "INDGOV"], [HS]),
    P("Manmohan Singh", "", None, "", ["INDGOV 2004-05-22..2014-05-26", "INDELI"], [HG], "died 2024-12-26"),
    P("Subrahmanyam Jaishankar", "S. Jaishankar | Jaishankar", None, "", ["INDELI ..2019-05-29", "INDGOV"], [FM]),
    P("Rajnath Singh", "", None, "", ["INDELI ..2014-05-25", "INDGOV"], [DM], "home minister 2014-2019, defence minister since 2019-05-31"),
    P("Shehbaz Sharif", "Shahbaz Sharif", None, "", ["PAKGOV 2022-04-11..2023-08-14", "PAKELI ..2024-03-03", "PAKGOV"], [HG]),
    P("Nawaz Sharif", "", None, "", ["PAKGOV 2013-06-05..2017-07-28", "PAKELI"], [HG]),
    P("Imran Khan", "", None, "", ["PAKGOV 2018-08-18..2022-04-10", "PAKOPP"], [HG], "in opposition, and imprisoned, since"),
    P("Asif Ali Zardari", "Zardari", None, "", ["PAKGOV 2008-09-09..2013-09-09", "PAKELI ..2024-03-09", "PAKGOV"], [HS]),
    P("Ishaq Dar", "", None, "", ["PAKELI ..2024-03-10", "PAKGOV"], [FM]),
    P("Asim Munir", "", None, "", ["PAKMIL"], [], "army chief since 2022-11-29"),
    P("Anthony Albanese", "Albanese", None, "", ["AUSELI ..2022-05-22", "AUSGOV"], [HG]),
    P("Scott Morrison", "", None, "", ["AUSGOV 2018-08-24..2022-05-23", "AUSELI"], [HG]),
    P("Penny Wong", "", None, "", ["AUSELI ..2022-05-22", "AUSGOV"], [FM]),
    P("Richard Marles", "Marles", None, "", ["AUSELI ..2022-05-22", "AUSGOV"], [DM]),

    # ------------------------------------------------------------ international organizations
    P("António Guterres", "Guterres | Antonio Guterres", None, "",
      ["PRTGOV 1995-10-28..2002-04-06", "IGOUNOREFHCR 2005-06-15..2015-12-31", "PRTELI ..2016-12-31", "IGOUNO"], [OL, HG],
      "UN secretary-general since 2017-01-01 (the term ends 2026-12-31); UNHCR 2005-2015; Portugal's prime minister 1995-2002"),
    P("Ban Ki-moon", "Ban Ki Moon", None, "", ["KORGOV 2004-01-17..2006-11-09", "IGOUNO 2007-01-01..2016-12-31", "KORELI"], [OL, FM]),
    P("Kofi Annan", "", None, "", ["IGOUNO 1997-01-01..2006-12-31", "GHAELI"], [OL], "died 2018-08-18"),
    P("Tedros Adhanom Ghebreyesus", "Tedros Adhanom | Tedros", None, "",
      ["ETHGOV 2005-10..2016-10-31", "ETHELI ..2005-09", "IGOUNOHLHWHO"], [OL, FM],
      "Ethiopian health minister from October 2005 (month) and foreign minister 2012-2016; WHO director-general since 2017-07-01"),
    P("Rafael Grossi", "Grossi | Rafael Mariano Grossi", None, "", ["ARGELI ..2019-12-02", "IGOUNOIAE"], [OL]),
    P("Volker Türk", "Volker Turk", None, "", ["IGOUNO ..2022-10-16", "IGOUNOHRIHCH"], [OL]),
    P("Filippo Grandi", "", None, "", ["IGOUNOREFHCR 2016-01-01..2025-12-31", "ITAELI"], [OL]),
    P("Kristalina Georgieva", "Georgieva", None, "", ["IGOUNODEVWBK 2017-01-02..2019-09-30", "IGOEUREEC 2010-02..2016-12-31", "IGOUNODEVWBK ..2010-01", "IGOBUSIMF"], [OL],
      "World Bank official until 2010, EU commissioner from February 2010 (month) to 2016, World Bank chief executive 2017-2019, IMF managing director since 2019-10-01"),
    P("Ajay Banga", "", None, "", ["MNCUSA ..2023-06-01", "IGOUNODEVWBK"], [OL]),
    P("Karim Khan", "Karim Ahmad Khan", "Karim Khan", "", ["GBRELI ..2021-06-15", "IGOJUDICC"], [OL], "ICC prosecutor since 2021-06-16"),
    P("Mark Rutte", "Rutte", None, "", ["NLDGOV 2010-10-14..2024-07-02", "NLDELI ..2010-10-13", "IGOWSTNAT"], [OL, HG],
      "Dutch prime minister 2010-2024, NATO secretary-general since 2024-10-01"),
    P("Jens Stoltenberg", "Stoltenberg", None, "", ["IGOWSTNAT 2014-10-01..2024-10-01", "NORELI 2024-10-02..2025-02-03", "NORELI 2013-10-17..2014-09-30", "NORGOV"], [OL, HG],
      "Norway's prime minister 2005-2013, NATO secretary-general 2014-2024, Norway's finance minister since 2025-02-04"),
    P("Ursula von der Leyen", "von der Leyen", None, "", ["DEUGOV 2005-11-22..2019-07-17", "DEUELI ..2005-11-21", "IGOEUREEC"], [OL, DM],
      "German defence minister 2013-2019, president of the European Commission since 2019-12-01"),
    P("Jean-Claude Juncker", "Juncker", None, "", ["IGOEUREEC 2014-11-01..2019-11-30", "LUXGOV 1995-01-20..2013-12-04", "LUXELI"], [OL, HG]),
    P("António Costa", "Antonio Costa", None, "", ["PRTGOV 2015-11-26..2024-04-02", "PRTELI ..2015-11-25", "IGOEUREEC"], [OL, HG],
      "Portugal's prime minister 2015-2024, president of the European Council since 2024-12-01"),
    P("Charles Michel", "", None, "", ["IGOEUREEC 2019-12-01..2024-11-30", "BELGOV 2014-10-11..2019-10-27", "BELELI"], [OL, HG]),
    P("Kaja Kallas", "Kallas", None, "", ["ESTGOV 2021-01-26..2024-07-23", "ESTELI ..2021-01-25", "IGOEUREEC"], [OL, HG],
      "Estonia's prime minister 2021-2024, EU foreign policy chief since 2024-12-01"),
    P("Josep Borrell", "Borrell", None, "", ["IGOEUREEC 2019-12-01..2024-11-30", "ESPGOV 2018-06-07..2019-11-29", "ESPELI"], [OL, FM]),
    P("Roberta Metsola", "Metsola", None, "", ["MLTELI ..2013", "IGOEUREEC"], [OL], "MEP since 2013, president of the European Parliament since 2022-01-18"),
    P("Christine Lagarde", "Lagarde", None, "", ["IGOBUSIMF 2011-07-05..2019-09-12", "FRAGOV 2005-06..2011-06-29", "FRAELI ..2005-05", "IGOEUREEC"], [OL],
      "French minister from June 2005 (month), IMF managing director 2011-2019, president of the European Central Bank since 2019-11-01"),
    P("Mahmoud Ali Youssouf", "Mahmoud Youssouf", "Mahmud Ali Yusuf", "Mahmoud Ali Youssouf", ["DJIGOV 2005..2025-02-14", "DJIELI ..2004", "IGOAFRAFU"], [OL, FM],
      "Djibouti's foreign minister from 2005 (year) to 2025; elected African Union Commission chair 2025-02-15"),
    P("Moussa Faki Mahamat", "Moussa Faki", None, "", ["IGOAFRAFU 2017-03-14..2025-02-15", "TCDGOV 2003..2017-03-13", "TCDELI"], [OL, HG, FM],
      "Chad's prime minister 2003-2005 and foreign minister 2008-2017 (years), AU Commission chair 2017-2025"),
    P("Albert Ramdin", "Ramdin", None, "", ["SURGOV 2020-07..2025-05", "SURELI ..2020-06", "IGOOAS"], [OL, FM],
      "Suriname's foreign minister from July 2020 (month), OAS secretary-general from May 2025 (month)"),
    P("Luis Almagro", "", None, "", ["IGOOAS 2015-05-26..2025-05", "URYGOV 2010-03-01..2015-03-01", "URYELI"], [OL, FM],
      "OAS secretary-general until May 2025 (month)"),

    # ------------------------------------------------------------------- jihadist leaders
    P("Osama bin Laden", "bin Laden | Usama bin Laden", "Osama bin Laden", "Bin Laden", ["IMGMUSALQ"], [AL], "killed 2011-05-02"),
    P("Ayman al-Zawahiri", "al-Zawahiri | Zawahiri", "Ayman al Zawahiri", "al Zawahiri", ["IMGMUSALQ"], [AL], "al-Qaeda leader 2011-2022; killed 2022-07-31"),
    P("Abu Bakr al-Baghdadi", "al-Baghdadi | Baghdadi", "Abu Bakr al Bagdadi", "al Bagdadi | al Baghdadi", ["IMGMUSISI"], [AL], "killed 2019-10-27"),
    P("Abubakar Shekau", "Shekau", None, "", ["NGAREB"], [AL], "Boko Haram leader; died 2021"),
]

LANGS = ("en", "es")


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def tokenize(name, lang):
    """Writes a name as dyad's tokenizer and multiword-token splitter split it."""
    out = []
    for w in name.split():
        # A hyphen after a part of two or more letters is its own token.
        parts = w.split("-")
        pieces = [parts[0]]
        for p in parts[1:]:
            if len(pieces[-1]) >= 2 and not pieces[-1].endswith("-"):
                pieces += ["-", p]
            else:
                pieces[-1] += "-" + p
        for p in pieces:
            if lang == "es" and p.lower() == "al":
                out += ["a", "el"]
            elif lang == "es" and p.lower() == "del":
                out += ["de", "el"]
            else:
                out.append(p)
    return " ".join(out)


def names(p, lang):
    raw = [p.en] + [v.strip() for v in p.en_var.split("|") if v.strip()]
    if lang == "es":
        es = ([p.es] if p.es else []) + [v.strip() for v in p.es_var.split("|") if v.strip()]
        raw = es + raw
    else:
        raw = raw + [strip_accents(n) for n in raw]
    out = []
    for n in raw:
        t = tokenize(n, lang)
        if t not in out:
            out.append(t)
    return out


HEADERS = {
    "en": """# People (en): heads of state and government, foreign and defence ministers, leaders of
# international organizations and of armed groups, with dated codes.
#
# generated: do not edit; edit lexicon/gen/gen_people.py and rerun
#   python3 lexicon/gen/gen_people.py
#
# Source: public knowledge (offices and their dates), written for dyad, under dyad's license;
# no other project's dictionary was copied.
#
# Codes: a dated code per office (`USAGOV 2021-01-20..2025-01-20`), and an undated code for any
# other date: the current office for someone in office when this was written (mid-2025), with
# the years before as a dated `XXXELI ..DATE`; `XXXELI` (elite) for someone out of office.
# Offices open at the end were current in mid-2025: later changes must be added by hand.
# Where a note gives only a year or a month, that is the boundary the range uses.
# `office:` says which groups a person belongs to (`dyad lexicon stats`); coding ignores it.
# Names are written as dyad's tokenizer splits them (`Kim Jong - un`, `al - Sisi`); a surname
# alone is listed only where it is unambiguous enough in news.
""",
    "es": """# Personas (es): jefes de Estado y de Gobierno, ministros de Exteriores y de Defensa, líderes
# de organizaciones internacionales y de grupos armados, con códigos fechados.
#
# generated: do not edit; edit lexicon/gen/gen_people.py and rerun
#   python3 lexicon/gen/gen_people.py
#
# Source: public knowledge (offices and their dates), written for dyad, under dyad's license;
# no other project's dictionary was copied. The people, codes and dates are those of
# lexicon/en/people.txt (see its header); names are in Spanish spelling first (`Vladímir
# Putin`, `Alí Jamenei`), then the English ones, which Spanish news also uses.
# Names are written as dyad's tokenizer and multiword-token splitter split them: `al`/`del`
# are `a el`/`de el` also inside Arabic names (`Bashar a el Asad`); `Kim Jong - un`.
""",
}


def render(lang):
    lines = [HEADERS[lang], f"dyad-lexicon version=1 kind=actors lang={lang}", ""]
    claimed = {}
    for p in PEOPLE:
        ns = names(p, lang)
        for n in ns:
            key = n.upper()
            if key in claimed and claimed[key] != p.en:
                raise SystemExit(f"{lang}: {n!r} claimed by {claimed[key]} and {p.en}")
            claimed[key] = p.en
        if p.note:
            lines.append(f"# {p.note}")
        lines.append(f"person {ns[0]}")
        if len(ns) > 1:
            lines.append("  name: " + " | ".join(ns[1:]))
        for c in p.codes:
            lines.append(f"  code: {c}")
        if p.offices:
            lines.append("  office: " + " | ".join(p.offices))
        lines.append("")
    return "\n".join(lines)


def main():
    root = Path(__file__).resolve().parents[2]
    for lang in LANGS:
        (root / "lexicon" / lang / "people.txt").write_text(render(lang), encoding="utf-8")
    print(f"{len(PEOPLE)} people")


if __name__ == "__main__":
    main()
