//! Verbs of saying, which the stages read to tell who speaks.

/// Verbs of saying, in the forms that report speech ("said", "warns",
/// "has reported", "afirmó", "dijo"). "alleged" is left out on purpose: it
/// is far more often the hedging adjective.
#[rustfmt::skip]
pub const SPEECH_VERBS: &[&str] = &[
    // English
    "say", "says", "said", "tell", "tells", "told", "state", "states", "stated", "add", "adds",
    "added", "note", "notes", "noted", "warn", "warns", "warned", "report", "reports", "reported",
    "argue", "argues", "argued", "claim", "claims", "claimed", "explain", "explains", "explained",
    "write", "writes", "wrote", "insist", "insists", "insisted", "announce", "announces",
    "announced", "declare", "declares", "declared", "confirm", "confirms", "confirmed",
    "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted", "assert",
    "asserts", "asserted", "testify", "testifies", "testified", "contend", "contends", "contended",
    "maintain", "maintains", "maintained", "stress", "stresses", "stressed", "emphasize",
    "emphasizes", "emphasized", "predict", "predicts", "predicted", "estimate", "estimates",
    "estimated", "believe", "believes", "believed", "suggest", "suggests", "suggested", "observe",
    "observes", "observed", "recall", "recalls", "recalled", "concede", "concedes", "conceded",
    "reply", "replies", "replied", "tweet", "tweets", "tweeted",
    // Spanish
    "dijo", "dice", "dicen", "dijeron", "afirmó", "afirma", "afirman", "afirmaron", "aseguró",
    "asegura", "aseguran", "aseguraron", "declaró", "declara", "declararon", "señaló", "señala",
    "señalaron", "indicó", "indica", "indicaron", "explicó", "explica", "explicaron", "advirtió",
    "advierte", "advirtieron", "sostuvo", "sostiene", "agregó", "añadió", "informó", "informa",
    "informaron", "denunció", "denuncia", "reconoció", "manifestó", "expresó", "comentó", "apuntó",
    "subrayó", "destacó", "admitió", "estimó", "calculó", "reportó", "alertó",
];

/// Verbs of saying that are as often ordinary verbs taking an object
/// ("added 101 yards", "added a goal", "noted the date"); they report
/// speech only when a clause, a colon or a quotation goes with them.
#[rustfmt::skip]
pub const OBJECT_TAKING_SPEECH_VERBS: &[&str] = &[
    "add", "adds", "added", "note", "notes", "noted",
];

/// True for a lower-cased verb of saying that reports speech whatever
/// follows it ("said", "told", "warned"), not one that as often takes an
/// object ("added 101 yards", see [`OBJECT_TAKING_SPEECH_VERBS`]).
pub fn reports_speech(w: &str) -> bool {
    SPEECH_VERBS.contains(&w) && !OBJECT_TAKING_SPEECH_VERBS.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_of_saying_are_told_from_verbs_taking_an_object() {
        assert!(reports_speech("said"));
        assert!(reports_speech("dijo"));
        assert!(!reports_speech("added"));
        assert!(!reports_speech("scored"));
    }
}
