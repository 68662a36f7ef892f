//! Tables of CAMEO actor-code segments, written as data.
//!
//! Sources: ISO 3166-1 alpha-3 (current countries and territories); the CAMEO manual's
//! actor chapter (Schrodt et al., CAMEO 1.1b3, 2012) for historical state codes, region codes
//! and role/sector codes; the PLOVER manual (2021) for the non-state primary codes. Every table
//! is sorted so lookups are binary searches, and a test checks the order.

/// ISO 3166-1 alpha-3 codes (249), used by CAMEO as primary country codes.
#[rustfmt::skip]
pub(crate) static ISO_COUNTRIES: &[&str] = &[
    "ABW", "AFG", "AGO", "AIA", "ALA", "ALB", "AND", "ARE", "ARG", "ARM", "ASM", "ATA", "ATF",
    "ATG", "AUS", "AUT", "AZE", "BDI", "BEL", "BEN", "BES", "BFA", "BGD", "BGR", "BHR", "BHS",
    "BIH", "BLM", "BLR", "BLZ", "BMU", "BOL", "BRA", "BRB", "BRN", "BTN", "BVT", "BWA", "CAF",
    "CAN", "CCK", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG", "COK", "COL", "COM", "CPV",
    "CRI", "CUB", "CUW", "CXR", "CYM", "CYP", "CZE", "DEU", "DJI", "DMA", "DNK", "DOM", "DZA",
    "ECU", "EGY", "ERI", "ESH", "ESP", "EST", "ETH", "FIN", "FJI", "FLK", "FRA", "FRO", "FSM",
    "GAB", "GBR", "GEO", "GGY", "GHA", "GIB", "GIN", "GLP", "GMB", "GNB", "GNQ", "GRC", "GRD",
    "GRL", "GTM", "GUF", "GUM", "GUY", "HKG", "HMD", "HND", "HRV", "HTI", "HUN", "IDN", "IMN",
    "IND", "IOT", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA", "JAM", "JEY", "JOR", "JPN", "KAZ",
    "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT", "LAO", "LBN", "LBR", "LBY", "LCA", "LIE",
    "LKA", "LSO", "LTU", "LUX", "LVA", "MAC", "MAF", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX",
    "MHL", "MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MNP", "MOZ", "MRT", "MSR", "MTQ", "MUS",
    "MWI", "MYS", "MYT", "NAM", "NCL", "NER", "NFK", "NGA", "NIC", "NIU", "NLD", "NOR", "NPL",
    "NRU", "NZL", "OMN", "PAK", "PAN", "PCN", "PER", "PHL", "PLW", "PNG", "POL", "PRI", "PRK",
    "PRT", "PRY", "PSE", "PYF", "QAT", "REU", "ROU", "RUS", "RWA", "SAU", "SDN", "SEN", "SGP",
    "SGS", "SHN", "SJM", "SLB", "SLE", "SLV", "SMR", "SOM", "SPM", "SRB", "SSD", "STP", "SUR",
    "SVK", "SVN", "SWE", "SWZ", "SXM", "SYC", "SYR", "TCA", "TCD", "TGO", "THA", "TJK", "TKL",
    "TKM", "TLS", "TON", "TTO", "TUN", "TUR", "TUV", "TWN", "TZA", "UGA", "UKR", "UMI", "URY",
    "USA", "UZB", "VAT", "VCT", "VEN", "VGB", "VIR", "VNM", "VUT", "WLF", "WSM", "YEM", "ZAF",
    "ZMB", "ZWE",
];

/// Primary state codes CAMEO uses besides ISO 3166-1: states that no longer exist and the
/// codes CAMEO kept where ISO differs (USR for the USSR, KSV for Kosovo, TMP for East Timor
/// before 2002).
#[rustfmt::skip]
pub(crate) static CAMEO_STATES: &[&str] = &[
    "ANT", "BUR", "CSK", "DDR", "KSV", "RHO", "SCG", "SUN", "TMP", "USR", "VDR", "YMD", "YUG", "ZAR",
];

/// CAMEO region codes: a primary code for actors known only by region ("Arab states",
/// "the West"). WEU (Western Europe) is not in the CAMEO manual but the Phoenix dictionaries use it.
#[rustfmt::skip]
pub(crate) static REGIONS: &[(&str, &str)] = &[
    ("AFR", "Africa"), ("ASA", "Asia"), ("BLK", "Balkans"), ("CAS", "Central Asia"),
    ("CAU", "Caucasus"), ("CEU", "Central Europe"), ("CFR", "Central Africa"),
    ("CRB", "Caribbean"), ("EAF", "Eastern Africa"), ("EEU", "Eastern Europe"),
    ("EIN", "East Indies"), ("EUR", "Europe"), ("LAM", "Latin America"),
    ("MDT", "Mediterranean"), ("MEA", "Middle East"), ("NAF", "North Africa"),
    ("NMR", "North America"), ("PGS", "Persian Gulf"), ("SAF", "Southern Africa"),
    ("SAM", "South America"), ("SAS", "South Asia"), ("SCN", "Scandinavia"),
    ("SEA", "Southeast Asia"), ("WAF", "West Africa"), ("WEU", "Western Europe"),
    ("WST", "the West"),
];

/// Non-state primary codes: the actor is not a state, and any country follows as the next
/// segment (`NGOUSA`, `MNCGBR`) while organization codes follow an IGO (`IGOUNO`).
#[rustfmt::skip]
pub(crate) static NON_STATE: &[(&str, &str)] = &[
    ("IGO", "intergovernmental organization"), ("IMG", "international militarized group"),
    ("ISM", "international social movement"), ("MNC", "multinational corporation"),
    ("NGM", "non-governmental movement"), ("NGO", "non-governmental organization"),
    ("UIS", "unidentified state actor"),
];

/// Role and sector codes (CAMEO "agents"; PLOVER "sectors"): the segments that say what part
/// of a country or organization acts.
#[rustfmt::skip]
pub(crate) static SECTORS: &[(&str, &str)] = &[
    ("AGR", "agriculture"), ("BUS", "business"), ("COP", "police"), ("CRM", "criminal"),
    ("CVL", "civilians"), ("DEV", "development"), ("EDU", "education"), ("ELI", "elites"),
    ("ENV", "environment"), ("GOV", "government"), ("HLH", "health"), ("HRI", "human rights"),
    ("IGO", "intergovernmental organization"), ("IMG", "international militarized group"),
    ("INS", "insurgents"), ("JUD", "judiciary"), ("LAB", "labor"), ("LEG", "legislature"),
    ("MED", "media"), ("MIL", "military"), ("MNC", "multinational corporation"),
    ("MOD", "moderate"), ("NGM", "non-governmental movement"),
    ("NGO", "non-governmental organization"), ("OPP", "opposition"),
    ("PRM", "paramilitary"), ("PTY", "political party"), ("RAD", "radical"), ("REB", "rebels"),
    ("REF", "refugees"), ("REL", "religious"), ("SEP", "separatists"), ("SET", "settlers"),
    ("SPY", "intelligence"), ("UAF", "unidentified armed forces"), ("UNR", "unrecognized"),
];
