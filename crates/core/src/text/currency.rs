//! Currency signs, for every stage that reads amounts of money.

/// The currency signs written with an amount, and the ISO 4217 code each
/// stands for where one sign alone says it ("$" is the US dollar unless a
/// prefix or the text says otherwise).
const CURRENCY_SIGNS: &[(char, &str)] = &[
    ('$', "USD"),
    ('£', "GBP"),
    ('€', "EUR"),
    ('¥', "JPY"),
    ('￥', "JPY"),
    ('元', "CNY"),
    ('₹', "INR"),
    ('₽', "RUB"),
    ('₩', "KRW"),
    ('₿', "BTC"),
    ('₡', "CRC"),
    ('₾', "GEL"),
    ('₭', "LAK"),
    ('₱', "PHP"),
    ('₺', "TRY"),
    ('₴', "UAH"),
    ('₦', "NGN"),
    ('₪', "ILS"),
    ('฿', "THB"),
    ('₫', "VND"),
];

/// The ISO 4217 code of a one-character currency sign (`'€'` → `"EUR"`).
pub fn currency_of_sign(c: char) -> Option<&'static str> {
    CURRENCY_SIGNS
        .iter()
        .find(|(sign, _)| *sign == c)
        .map(|(_, code)| *code)
}

/// True for a currency sign of [`CURRENCY_SIGNS`] (not `¢`, which follows
/// its amount and is a fraction of one).
pub fn is_currency_sign(c: char) -> bool {
    currency_of_sign(c).is_some()
}

/// Most digits after the point of a decimal that text rebuilt from tokens
/// writes with a space after its point ("$27. 5 million", "2. 7GHz"): the
/// segmenter keeps such a sentence whole and the numbers stage reads the
/// two halves as one figure, by this one limit.
pub const MAX_SPACED_DECIMALS: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs_and_their_currencies() {
        assert_eq!(currency_of_sign('€'), Some("EUR"));
        assert_eq!(currency_of_sign('$'), Some("USD"));
        assert!(is_currency_sign('₹'));
        assert!(!is_currency_sign('¢') && !is_currency_sign('%'));
    }
}
