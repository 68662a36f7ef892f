//! The GDELT 2.0 event export: 61 tab-separated columns, no header, one event a line.
//!
//! What dyad fills, and how:
//! - `GLOBALEVENTID`: 1, 2, ... in export order (dyad has no global event ids that survive
//!   re-coding, so ids are only unique within one file).
//! - Dates from the event's date (`SQLDATE` only when the day is known; `MonthYear` and `Year` as
//!   far as the date goes); `FractionDate` = year + day-of-year/365, four decimals, as GDELT.
//! - Actor fields: GDELT's actor fields use CAMEO codes, and so does dyad, so `Actor1Code`,
//!   `Actor1CountryCode` (CAMEO country = ISO alpha-3) and `Actor1Type1Code`–`Type3Code` (dyad's
//!   sector segments, in order) are copied; names are upper-cased as GDELT prints them. Known
//!   group, ethnic and religion codes are left empty: dyad does not split them out.
//! - `IsRootEvent` is 1 for events in the headline or first sentence (GDELT: "in the lead").
//! - `EventCode`, `EventBaseCode` (first three digits), `EventRootCode`, `QuadClass`,
//!   `GoldsteinScale` from the record; `NumMentions`, `NumSources`, `NumArticles` are 1 (one
//!   sentence of one document); `AvgTone` is empty (dyad computes no tone).
//! - `Actor1Geo_*` and `Actor2Geo_*` are empty: dyad places events, not actors.
//! - `ActionGeo_*` from the event's location. GDELT's geographic country codes are FIPS 10-4,
//!   not the ISO alpha-3 codes dyad keeps, so the country is translated with [`fips`] (empty
//!   when the table has no entry); `ActionGeo_Type` is 4 (world city) with coordinates and 1
//!   (country) with only a country; `ActionGeo_FeatureID` is the GeoNames id (GDELT uses GNS/GNIS
//!   ids: same role, another gazetteer). ADM1/ADM2 codes are empty.
//! - `DATEADDED` is the export time (UTC, `YYYYMMDDHHMMSS`); `SOURCEURL` the document's URL.

use std::io::Write;

use super::Row;
use crate::Result;

/// GDELT 2.0 event columns in file order (GDELT Event Codebook V2.0, 2015).
pub const GDELT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// Writes one event as a GDELT line.
pub(crate) fn write_row(out: &mut impl Write, id: u64, row: &Row, added: &str) -> Result<()> {
    let e = &row.record;
    let mut f: Vec<String> = Vec::with_capacity(61);
    f.push(id.to_string());
    let date = e.date.as_deref().unwrap_or("");
    let (y, m, d) = (date.get(0..4), date.get(5..7), date.get(8..10));
    f.push(match (y, m, d) {
        (Some(y), Some(m), Some(d)) => format!("{y}{m}{d}"),
        _ => String::new(),
    });
    f.push(match (y, m) {
        (Some(y), Some(m)) => format!("{y}{m}"),
        _ => String::new(),
    });
    f.push(y.unwrap_or("").to_string());
    f.push(fraction_date(y, m, d));
    for a in [Some(&e.source), e.target.as_ref()] {
        match a {
            Some(a) => {
                f.push(a.code.clone());
                f.push(a.name.as_deref().unwrap_or("").to_uppercase());
                f.push(a.country.clone().unwrap_or_default());
                f.extend(std::iter::repeat_n(String::new(), 4));
                for i in 0..3 {
                    f.push(a.sectors.get(i).cloned().unwrap_or_default());
                }
            }
            None => f.extend(std::iter::repeat_n(String::new(), 10)),
        }
    }
    f.push(if e.sentence_index <= 1 { "1" } else { "0" }.into());
    f.push(e.cameo.clone());
    f.push(e.cameo.get(0..3).unwrap_or(&e.cameo).to_string());
    f.push(e.cameo_root.clone().unwrap_or_default());
    f.push(e.quad_class.map(|q| q.to_string()).unwrap_or_default());
    f.push(
        e.goldstein
            .map(|g| super::flat::f32_to_f64(g).to_string())
            .unwrap_or_default(),
    );
    f.extend(["1", "1", "1", ""].map(String::from));
    f.extend(std::iter::repeat_n(String::new(), 16));
    match &e.location {
        Some(l) => {
            let ty = match (l.lat.is_some() && l.lon.is_some(), &l.country) {
                (true, _) => "4",
                (false, Some(_)) => "1",
                (false, None) => "",
            };
            f.push(ty.into());
            f.push(l.name.clone());
            f.push(
                l.country
                    .as_deref()
                    .and_then(fips)
                    .unwrap_or("")
                    .to_string(),
            );
            f.push(String::new());
            f.push(String::new());
            f.push(l.lat.map(|v| v.to_string()).unwrap_or_default());
            f.push(l.lon.map(|v| v.to_string()).unwrap_or_default());
            f.push(l.geonames_id.map(|v| v.to_string()).unwrap_or_default());
        }
        None => f.extend(std::iter::repeat_n(String::new(), 8)),
    }
    f.push(added.to_string());
    f.push(row.url.clone().unwrap_or_default());
    debug_assert_eq!(f.len(), GDELT_COLUMNS.len());
    for (i, v) in f.iter().enumerate() {
        if i > 0 {
            out.write_all(b"\t")?;
        }
        // A tab or newline inside a value would shift every later column.
        if v.contains(['\t', '\n', '\r']) {
            out.write_all(v.replace(['\t', '\n', '\r'], " ").as_bytes())?;
        } else {
            out.write_all(v.as_bytes())?;
        }
    }
    out.write_all(b"\n")?;
    Ok(())
}

fn fraction_date(y: Option<&str>, m: Option<&str>, d: Option<&str>) -> String {
    let Some(year) = y.and_then(|y| y.parse::<u32>().ok()) else {
        return String::new();
    };
    let month = m
        .and_then(|m| m.parse::<u32>().ok())
        .unwrap_or(1)
        .clamp(1, 12);
    let day = d
        .and_then(|d| d.parse::<u32>().ok())
        .unwrap_or(1)
        .clamp(1, 31);
    const BEFORE: [u32; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let doy = BEFORE[(month - 1) as usize] + day;
    let frac = (doy as f64 / 365.0).min(0.9999);
    format!("{:.4}", year as f64 + frac)
}

/// The FIPS 10-4 country code GDELT's geographic fields use, for an ISO 3166 alpha-3 (= CAMEO)
/// country code. Sovereign states and the territories news names most; `None` otherwise (the
/// Palestinian territories have two FIPS codes, West Bank `WE` and Gaza `GZ`, so `PSE` has none).
pub fn fips(iso3: &str) -> Option<&'static str> {
    let i = FIPS.binary_search_by(|(k, _)| k.cmp(&iso3)).ok()?;
    Some(FIPS[i].1)
}

/// ISO alpha-3 → FIPS 10-4, sorted by ISO code (a test checks the order). Includes the older
/// CAMEO codes `ROM`, `ZAR`, `TMP`, and `KSV`/`XKX` for Kosovo.
#[rustfmt::skip]
const FIPS: &[(&str, &str)] = &[
    ("ABW", "AA"), ("AFG", "AF"), ("AGO", "AO"), ("ALB", "AL"), ("AND", "AN"), ("ARE", "AE"),
    ("ARG", "AR"), ("ARM", "AM"), ("ATG", "AC"), ("AUS", "AS"), ("AUT", "AU"), ("AZE", "AJ"),
    ("BDI", "BY"), ("BEL", "BE"), ("BEN", "BN"), ("BFA", "UV"), ("BGD", "BG"), ("BGR", "BU"),
    ("BHR", "BA"), ("BHS", "BF"), ("BIH", "BK"), ("BLR", "BO"), ("BLZ", "BH"), ("BMU", "BD"),
    ("BOL", "BL"), ("BRA", "BR"), ("BRB", "BB"), ("BRN", "BX"), ("BTN", "BT"), ("BWA", "BC"),
    ("CAF", "CT"), ("CAN", "CA"), ("CHE", "SZ"), ("CHL", "CI"), ("CHN", "CH"), ("CIV", "IV"),
    ("CMR", "CM"), ("COD", "CG"), ("COG", "CF"), ("COL", "CO"), ("COM", "CN"), ("CPV", "CV"),
    ("CRI", "CS"), ("CUB", "CU"), ("CYM", "CJ"), ("CYP", "CY"), ("CZE", "EZ"), ("DEU", "GM"),
    ("DJI", "DJ"), ("DMA", "DO"), ("DNK", "DA"), ("DOM", "DR"), ("DZA", "AG"), ("ECU", "EC"),
    ("EGY", "EG"), ("ERI", "ER"), ("ESH", "WI"), ("ESP", "SP"), ("EST", "EN"), ("ETH", "ET"),
    ("FIN", "FI"), ("FJI", "FJ"), ("FRA", "FR"), ("FRO", "FO"), ("FSM", "FM"), ("GAB", "GB"),
    ("GBR", "UK"), ("GEO", "GG"), ("GHA", "GH"), ("GIB", "GI"), ("GIN", "GV"), ("GMB", "GA"),
    ("GNB", "PU"), ("GNQ", "EK"), ("GRC", "GR"), ("GRD", "GJ"), ("GRL", "GL"), ("GTM", "GT"),
    ("GUM", "GQ"), ("GUY", "GY"), ("HKG", "HK"), ("HND", "HO"), ("HRV", "HR"), ("HTI", "HA"),
    ("HUN", "HU"), ("IDN", "ID"), ("IND", "IN"), ("IRL", "EI"), ("IRN", "IR"), ("IRQ", "IZ"),
    ("ISL", "IC"), ("ISR", "IS"), ("ITA", "IT"), ("JAM", "JM"), ("JOR", "JO"), ("JPN", "JA"),
    ("KAZ", "KZ"), ("KEN", "KE"), ("KGZ", "KG"), ("KHM", "CB"), ("KIR", "KR"), ("KNA", "SC"),
    ("KOR", "KS"), ("KSV", "KV"), ("KWT", "KU"), ("LAO", "LA"), ("LBN", "LE"), ("LBR", "LI"),
    ("LBY", "LY"), ("LCA", "ST"), ("LIE", "LS"), ("LKA", "CE"), ("LSO", "LT"), ("LTU", "LH"),
    ("LUX", "LU"), ("LVA", "LG"), ("MAC", "MC"), ("MAR", "MO"), ("MCO", "MN"), ("MDA", "MD"),
    ("MDG", "MA"), ("MDV", "MV"), ("MEX", "MX"), ("MHL", "RM"), ("MKD", "MK"), ("MLI", "ML"),
    ("MLT", "MT"), ("MMR", "BM"), ("MNE", "MJ"), ("MNG", "MG"), ("MOZ", "MZ"), ("MRT", "MR"),
    ("MUS", "MP"), ("MWI", "MI"), ("MYS", "MY"), ("NAM", "WA"), ("NCL", "NC"), ("NER", "NG"),
    ("NGA", "NI"), ("NIC", "NU"), ("NLD", "NL"), ("NOR", "NO"), ("NPL", "NP"), ("NRU", "NR"),
    ("NZL", "NZ"), ("OMN", "MU"), ("PAK", "PK"), ("PAN", "PM"), ("PER", "PE"), ("PHL", "RP"),
    ("PLW", "PS"), ("PNG", "PP"), ("POL", "PL"), ("PRI", "RQ"), ("PRK", "KN"), ("PRT", "PO"),
    ("PRY", "PA"), ("PYF", "FP"), ("QAT", "QA"), ("ROM", "RO"), ("ROU", "RO"), ("RUS", "RS"),
    ("RWA", "RW"), ("SAU", "SA"), ("SDN", "SU"), ("SEN", "SG"), ("SGP", "SN"), ("SLB", "BP"),
    ("SLE", "SL"), ("SLV", "ES"), ("SMR", "SM"), ("SOM", "SO"), ("SRB", "RI"), ("SSD", "OD"),
    ("STP", "TP"), ("SUR", "NS"), ("SVK", "LO"), ("SVN", "SI"), ("SWE", "SW"), ("SWZ", "WZ"),
    ("SYC", "SE"), ("SYR", "SY"), ("TCD", "CD"), ("TGO", "TO"), ("THA", "TH"), ("TJK", "TI"),
    ("TKM", "TX"), ("TLS", "TT"), ("TMP", "TT"), ("TON", "TN"), ("TTO", "TD"), ("TUN", "TS"),
    ("TUR", "TU"), ("TUV", "TV"), ("TWN", "TW"), ("TZA", "TZ"), ("UGA", "UG"), ("UKR", "UP"),
    ("URY", "UY"), ("USA", "US"), ("UZB", "UZ"), ("VAT", "VT"), ("VCT", "VC"), ("VEN", "VE"),
    ("VNM", "VM"), ("VUT", "NH"), ("WSM", "WS"), ("XKX", "KV"), ("YEM", "YM"), ("ZAF", "SF"),
    ("ZAR", "CG"), ("ZMB", "ZA"), ("ZWE", "ZI"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fips_table_is_sorted_and_translates() {
        assert!(
            FIPS.windows(2).all(|w| w[0].0 < w[1].0),
            "FIPS table out of order"
        );
        assert_eq!(fips("GBR"), Some("UK"));
        assert_eq!(fips("DEU"), Some("GM"));
        assert_eq!(fips("ESP"), Some("SP"));
        assert_eq!(fips("PSE"), None);
    }

    #[test]
    fn fraction_dates_follow_gdelt() {
        assert_eq!(
            fraction_date(Some("2024"), Some("01"), Some("03")),
            "2024.0082"
        );
        assert_eq!(
            fraction_date(Some("2024"), Some("12"), Some("31")),
            "2024.9999"
        );
        assert_eq!(fraction_date(None, None, None), "");
    }
}
