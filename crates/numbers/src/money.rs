//! Currency signs, codes and names, mapped to ISO 4217 codes.

use factsift_core::text::currency_of_sign;

/// A currency found next to a numeral: its ISO 4217 code and the factor
/// from the written unit to the code's main unit (0.01 for cents).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Currency {
    /// ISO 4217 code (`USD`), `BTC` for bitcoin, or `kr` for a crown whose
    /// country is not yet known.
    pub code: &'static str,
    /// Multiplier to the main unit (cents: 0.01).
    pub factor: f64,
    /// The unit as written: the code, or a sub-unit (`cent`, `penny`).
    pub name: &'static str,
}

const fn cur(code: &'static str) -> Currency {
    Currency {
        code,
        factor: 1.0,
        name: code,
    }
}

/// A sub-unit of currency `code` worth `factor` of it, named `name`.
const fn sub(code: &'static str, factor: f64, name: &'static str) -> Currency {
    Currency { code, factor, name }
}

/// Currency written before an amount: signs and codes (`$`, `US$`, `€`,
/// `USD`, `C$`, `HK$`). `s` is the lower-cased text with spaces and dots
/// removed.
pub fn prefix(s: &str) -> Option<Currency> {
    Some(match s {
        "$" | "us$" | "usd$" | "u.s$" => cur("USD"),
        "c$" | "cad$" | "can$" => cur("CAD"),
        "a$" | "aud$" | "au$" => cur("AUD"),
        "nz$" | "nzd$" => cur("NZD"),
        "hk$" | "hkd$" => cur("HKD"),
        "mex$" | "mx$" | "mxn$" => cur("MXN"),
        "r$" | "brl$" => cur("BRL"),
        "s$" | "sgd$" => cur("SGD"),
        "nt$" | "twd$" => cur("TWD"),
        "$us" => cur("USD"),
        _ => return symbol(s).or_else(|| code(s)),
    })
}

/// One-character currency signs (see [`currency_of_sign`]), and Tamil
/// "ரூ" (rupee).
pub fn symbol(s: &str) -> Option<Currency> {
    if s == "ரூ" {
        return Some(cur("LKR"));
    }
    let mut chars = s.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    currency_of_sign(c).map(cur)
}

/// ISO codes (and a few common non-ISO ones) in lower case.
pub fn code(s: &str) -> Option<Currency> {
    Some(match s {
        "usd" => cur("USD"),
        "eur" => cur("EUR"),
        "gbp" => cur("GBP"),
        "jpy" => cur("JPY"),
        "cny" | "rmb" => cur("CNY"),
        "cad" => cur("CAD"),
        "aud" => cur("AUD"),
        "chf" => cur("CHF"),
        "mxn" => cur("MXN"),
        "brl" => cur("BRL"),
        "inr" => cur("INR"),
        "rub" => cur("RUB"),
        "krw" => cur("KRW"),
        "hkd" => cur("HKD"),
        "nzd" => cur("NZD"),
        "sek" => cur("SEK"),
        "nok" => cur("NOK"),
        "dkk" => cur("DKK"),
        "ars" => cur("ARS"),
        "cop" => cur("COP"),
        "clp" => cur("CLP"),
        "pen" => cur("PEN"),
        "zar" => cur("ZAR"),
        "try" => cur("TRY"),
        "sgd" => cur("SGD"),
        "btc" => cur("BTC"),
        _ => return None,
    })
}

/// Currency names written after an amount (lower-cased, accents folded,
/// words joined by single spaces): "dollars", "us dollars", "euros",
/// "pesos", "cents", "dólares estadounidenses".
pub fn name(s: &str) -> Option<Currency> {
    let c = |code: &'static str, factor: f64| Currency {
        code,
        factor,
        name: code,
    };
    Some(match s {
        "dollar"
        | "dollars"
        | "us dollar"
        | "us dollars"
        | "u.s. dollars"
        | "u.s. dollar"
        | "united states dollar"
        | "united states dollars"
        | "american dollars"
        | "usd dollars"
        | "dolar"
        | "dolares"
        | "dolar estadounidense"
        | "dolares estadounidenses"
        | "dolares americanos" => c("USD", 1.0),
        "cent" | "cents" | "centavo" | "centavos" => sub("USD", 0.01, "cent"),
        "dime" | "dimes" => sub("USD", 0.1, "dime"),
        "canadian dollar" | "canadian dollars" | "dolar canadiense" | "dolares canadienses" => {
            c("CAD", 1.0)
        }
        "australian dollar"
        | "australian dollars"
        | "dolar australiano"
        | "dolares australianos" => c("AUD", 1.0),
        "hong kong dollar" | "hong kong dollars" | "dolar de hong kong" => c("HKD", 1.0),
        "new zealand dollar" | "new zealand dollars" | "dolar neozelandes" => c("NZD", 1.0),
        "euro" | "euros" => c("EUR", 1.0),
        "pound" | "pounds" | "pound sterling" | "pounds sterling" | "british pound"
        | "british pounds" | "sterling" | "libra" | "libras" | "libra esterlina"
        | "libras esterlinas" => c("GBP", 1.0),
        "pence" | "penny" | "pennies" | "penique" | "peniques" | "p" => sub("GBP", 0.01, "penny"),
        "yen" | "yenes" | "japanese yen" => c("JPY", 1.0),
        "yuan" | "renminbi" | "chinese yuan" | "yuan chino" | "yuanes" | "kuai" => c("CNY", 1.0),
        "mao" => sub("CNY", 0.1, "mao"),
        "rupee" | "rupees" | "rupia" | "rupias" => c("INR", 1.0),
        "peso" | "pesos" => c("MXN", 1.0),
        "peso mexicano" | "pesos mexicanos" | "mexican peso" | "mexican pesos" => c("MXN", 1.0),
        "peso argentino" | "pesos argentinos" | "argentine pesos" => c("ARS", 1.0),
        "peso colombiano" | "pesos colombianos" | "colombian pesos" => c("COP", 1.0),
        "peso chileno" | "pesos chilenos" | "chilean pesos" => c("CLP", 1.0),
        "franc" | "francs" | "swiss franc" | "swiss francs" | "franco" | "francos"
        | "franco suizo" | "francos suizos" => c("CHF", 1.0),
        "french franc" | "french francs" => c("FRF", 1.0),
        "peseta" | "pesetas" => c("ESP", 1.0),
        "markka" | "finnish markka" | "marco finlandes" | "marcos finlandeses" => c("FIM", 1.0),
        "guilder"
        | "guilders"
        | "dutch guilders"
        | "netherlands guilder"
        | "florin neerlandes"
        | "florines" => c("NLG", 1.0),
        "mark" | "marks" | "deutsche mark" | "deutsche marks" => c("DEM", 1.0),
        "lira" | "turkish lira" | "liras" | "lira turca" => c("TRY", 1.0),
        "ruble" | "rubles" | "rouble" | "roubles" | "rublo" | "rublos" => c("RUB", 1.0),
        "real" | "reais" | "reales" => c("BRL", 1.0),
        "rand" => c("ZAR", 1.0),
        "shekel" | "shekels" => c("ILS", 1.0),
        "bolivar" | "bolivares" => c("VES", 1.0),
        "sol" | "soles" => c("PEN", 1.0),
        "colon" | "colones" => c("CRC", 1.0),
        "quetzal" | "quetzales" => c("GTQ", 1.0),
        "bitcoin" | "bitcoins" => c("BTC", 1.0),
        "satoshi" | "satoshis" => sub("BTC", 1e-8, "satoshi"),
        "sen" => sub("JPY", 0.01, "sen"),
        _ => return None,
    })
}

/// Code with a million prefix used in finance ("MUSD", "MEUR").
pub fn million_code(s: &str) -> Option<Currency> {
    let rest = s.strip_prefix('m')?;
    if rest.len() != 3 {
        return None;
    }
    code(rest)
}

/// Letters written before an amount that name a currency though they are
/// not its ISO code ("RM 500", "Rs 5,000", "Rp 10.000"); `s` is lower-cased.
pub fn letter_prefix(s: &str) -> Option<Currency> {
    Some(match s {
        "rm" => cur("MYR"),
        "rs" => cur("INR"),
        "rp" => cur("IDR"),
        // one of four crowns, told by context (see `krona`)
        "kr" => cur(crate::krona::AMBIGUOUS),
        "ksh" => cur("KES"),
        "zl" | "zł" => cur("PLN"),
        _ => return None,
    })
}

/// Active ISO 4217 codes, sorted.
const ISO_4217: [&str; 154] = [
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
    "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD",
    "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD",
    "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ",
    "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD",
    "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR",
    "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR",
    "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN",
    "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR",
    "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB",
    "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS",
    "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW",
];

/// Codes that are also English words or common abbreviations, read as
/// currencies only beside a sign or in the short list of [`code`].
const WORD_CODES: [&str; 12] = [
    "ALL", "BAM", "BOB", "CUP", "GEL", "MAD", "MOP", "NAD", "PEN", "SOS", "TOP", "TRY",
];

/// An ISO 4217 code written in capitals ("MYR", "PLN"), except codes that
/// are also words ("ALL", "TOP").
pub fn iso_code(raw: &str) -> Option<Currency> {
    if raw.len() != 3 || !raw.bytes().all(|b| b.is_ascii_uppercase()) || WORD_CODES.contains(&raw) {
        return None;
    }
    let at = ISO_4217.binary_search(&raw).ok()?;
    Some(cur(ISO_4217[at]))
}

/// Finds a currency by any of its spellings (used to read gold labels).
pub fn any(s: &str) -> Option<Currency> {
    let l = factsift_core::text::lower(s).into_owned();
    name(&l).or_else(|| prefix(&l)).or_else(|| code(&l))
}
