//! The word lists the claim rules read, English and Spanish.
//!
//! Every list holds lower-case words, looked up by a linear scan of a
//! static slice.

pub use factsift_core::text::{OBJECT_TAKING_SPEECH_VERBS, SPEECH_VERBS};

/// Words that open a noun-phrase object after a verb: articles,
/// possessives, quantifiers and number words ("added a goal", "added two
/// more", "noted the date").
#[rustfmt::skip]
pub const OBJECT_OPENERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "another", "more",
    "several", "some", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred",
    "hundreds", "thousand", "thousands", "dozen", "dozens", "half",
];

/// Words that show a finite clause follows a verb of saying ("added two
/// men had been arrested", "noted the date was wrong").
#[rustfmt::skip]
pub const FINITE_MARKERS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
    "must", "may", "might", "did", "does", "do", "won't", "wasn't", "weren't", "isn't", "aren't",
    "hasn't", "haven't", "hadn't", "didn't", "doesn't",
];

/// Words that end the object of a verb and open another clause or a
/// relative ("added a goal and Lee had two", "noted a rule that …").
#[rustfmt::skip]
pub const CLAUSE_BREAKS: &[&str] = &[
    "and", "but", "while", "as", "before", "after", "when", "which", "who", "that", "whose",
    "where", "because", "although", "though",
];

/// Pronouns that open a relative clause set off by commas after a
/// speaker ("the source, who asked not to be named, said").
#[rustfmt::skip]
pub const RELATIVE_PRONOUNS: &[&str] = &["who", "whose", "whom", "which"];

/// Prepositions that join a title to the body it serves in an
/// appositive ("spokeswoman for the county", "Chief Officer at X").
#[rustfmt::skip]
pub const TITLE_PREPOSITIONS: &[&str] = &["at", "of", "for", "with", "from", "in", "de", "del"];

/// Auxiliaries that may stand between a speaker and a verb of saying
/// ("has reported", "had warned", "ha dicho").
#[rustfmt::skip]
pub const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "will", "would", "did", "does", "do", "also", "then", "later",
    "previously", "recently", "repeatedly", "publicly", "not", "never", "ha", "han", "había",
    "habían", "también", "no",
];

/// Common nouns that may act as a source without a name ("officials said",
/// "police told reporters", "fuentes dijeron").
#[rustfmt::skip]
pub const SOURCE_NOUNS: &[&str] = &[
    "officials", "official", "experts", "expert", "analysts", "analyst", "sources", "source",
    "police", "authorities", "critics", "researchers", "scientists", "witnesses", "residents",
    "spokesman", "spokeswoman", "spokesperson", "government", "ministry", "department", "report",
    "study", "survey", "poll", "data", "statistics", "figures", "prosecutors", "lawyers",
    "investigators", "observers", "advocates", "activists", "economists", "administration",
    "agency", "court", "judge", "minister", "president", "governor", "mayor", "funcionarios",
    "expertos", "analistas", "fuentes", "policía", "autoridades", "críticos", "investigadores",
    "testigos", "vecinos", "gobierno", "ministerio", "informe", "estudio", "encuesta", "datos",
    "fiscalía", "portavoz", "vocero", "ministro", "presidente",
];

/// Pronouns that may be the subject of a verb of saying.
#[rustfmt::skip]
pub const SUBJECT_PRONOUNS: &[&str] = &[
    "he", "she", "they", "we", "i", "it", "él", "ella", "ellos", "ellas",
];

/// One-word hedges: the claim is reported, inferred or possible, not
/// asserted as fact.
#[rustfmt::skip]
pub const HEDGE_WORDS: &[&str] = &[
    "allegedly", "alleged", "reportedly", "apparently", "apparent", "appears", "appear",
    "appeared", "seems", "seem", "seemed", "may", "might", "could", "possibly", "perhaps",
    "probably", "likely", "unlikely", "presumably", "supposedly", "purportedly", "suspected",
    "unconfirmed", "unverified", "suggests", "suggest", "suggested", "arguably", "maybe",
    "presuntamente", "supuestamente", "aparentemente", "podría", "podrían", "quizás", "quizá",
    "probablemente", "posiblemente", "presunto", "presunta", "presuntos", "presuntas", "supuesto",
    "supuesta", "supuestos", "supuestas", "parece", "parecen", "habría", "habrían",
];

/// Hedging phrases of several words, matched on lower-case words.
pub const HEDGE_PHRASES: &[&[&str]] = &[
    &["is", "said", "to"],
    &["are", "said", "to"],
    &["was", "said", "to"],
    &["were", "said", "to"],
    &["is", "believed", "to"],
    &["are", "believed", "to"],
    &["is", "thought", "to"],
    &["are", "thought", "to"],
    &["sources", "say"],
    &["sources", "said"],
    &["it", "is", "unclear"],
    &["al", "parecer"],
    &["tal", "vez"],
    &["se", "cree"],
    &["según", "fuentes"],
];

/// Words that mark the future or a modal statement ("will", "would",
/// "expected"); "may", "might" and "could" are hedges and also count.
#[rustfmt::skip]
pub const FUTURE_WORDS: &[&str] = &[
    "will", "won't", "shall", "would", "may", "might", "could", "expected", "expects", "forecast",
    "forecasts", "projected", "predicts", "predicted", "upcoming", "next", "soon", "podría",
    "podrían", "habrá", "próximo", "próxima", "futuro", "futura",
];

/// Phrases of two words that announce the future ("plans to", "is set
/// to", "va a").
pub const FUTURE_PHRASES: &[[&str; 2]] = &[
    ["plans", "to"],
    ["plan", "to"],
    ["planning", "to"],
    ["intends", "to"],
    ["going", "to"],
    ["set", "to"],
    ["expected", "to"],
    ["likely", "to"],
    ["va", "a"],
    ["van", "a"],
];

/// Words that evaluate rather than describe.
#[rustfmt::skip]
pub const EVALUATIVE_WORDS: &[&str] = &[
    "should", "must", "ought", "need", "needs", "needed", "good", "bad", "better", "worse", "best",
    "worst", "great", "terrible", "horrible", "wonderful", "disaster", "disastrous", "dangerous",
    "ambitious", "pragmatic", "authoritarian", "fraudulent", "punitive", "populist", "illusion",
    "success", "failure", "failed", "crisis", "unfair", "fair", "wrong", "right", "important",
    "crucial", "essential", "clear", "clearly", "obviously", "unacceptable", "shameful",
    "outrageous", "ridiculous", "incredible", "tremendous", "amazing", "beautiful", "strong",
    "weak", "believe", "think", "feel", "opinion", "magically", "comprehensive", "complex",
    "precedent", "strongman", "repressive", "legitimizes", "legitimize", "hardline", "nimble",
    "swift", "appealing", "pragmatism", "debería", "deberían", "peligroso", "peligrosa", "grave",
    "fracaso", "éxito", "injusto", "creo", "pienso", "opinión", "necesario", "necesaria",
    "claramente", "importante",
];

/// Comparative and superlative words (claims of rank and change).
#[rustfmt::skip]
pub const COMPARATIVE_WORDS: &[&str] = &[
    "more", "less", "fewer", "most", "least", "than", "highest", "lowest", "largest", "biggest",
    "smallest", "greatest", "fastest", "slowest", "worst", "best", "record", "ever", "first",
    "only", "double", "doubled", "tripled", "half", "increase", "increased", "decrease",
    "decreased", "rose", "risen", "fell", "fallen", "grew", "grown", "dropped", "declined", "cut",
    "raised", "lost", "gained", "higher", "lower", "larger", "bigger", "smaller", "greater", "más",
    "menos", "mayor", "menor", "récord", "aumentó", "disminuyó", "creció", "cayó", "subió", "bajó",
];

/// Absolute words that make a claim sweeping ("always", "every", "nobody").
#[rustfmt::skip]
pub const ABSOLUTE_WORDS: &[&str] = &[
    "always", "never", "every", "all", "nobody", "everybody", "everyone", "nothing", "everything",
    "none", "siempre", "nunca", "todos", "todas", "nadie", "nada",
];

/// Words of public policy and its outcomes (what fact-checkers check).
#[rustfmt::skip]
pub const POLICY_WORDS: &[&str] = &[
    "tax", "taxes", "jobs", "job", "unemployment", "deficit", "debt", "trade", "economy",
    "economic", "crime", "murder", "murders", "homicide", "homicides", "immigration", "immigrants",
    "migrants", "border", "wall", "law", "laws", "bill", "budget", "spending", "healthcare",
    "health", "insurance", "medicare", "medicaid", "obamacare", "wages", "wage", "income",
    "poverty", "inflation", "prices", "oil", "energy", "coal", "climate", "emissions", "military",
    "troops", "war", "nuclear", "terrorism", "terrorists", "prison", "prisons", "prisoners",
    "jails", "police", "vote", "voted", "votes", "election", "percent", "dollars", "million",
    "billion", "trillion", "deal", "agreement", "treaty", "sanctions", "deportation", "deported",
    "refugees", "visa", "visas", "factories", "companies", "manufacturing", "impuestos", "empleo",
    "deuda", "economía", "delitos", "homicidios", "migrantes", "ley", "presupuesto", "salud",
    "pobreza", "inflación", "cárcel", "cárceles", "presos", "elecciones",
];

/// Conjunctions that may join two clauses asserting separate things when
/// they follow a comma or semicolon ("…, but it hides …").
#[rustfmt::skip]
pub const CLAUSE_CONJUNCTIONS: &[&str] = &[
    "but", "and", "while", "whereas", "yet", "although", "though", "pero", "mientras", "aunque",
    "y", "sino",
];

/// Words that may start the subject of a new clause after a conjunction.
#[rustfmt::skip]
pub const SUBJECT_STARTERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i",
    "you", "his", "her", "their", "its", "our", "my", "there", "some", "many", "most", "el", "la",
    "los", "las", "un", "una", "este", "esta", "estos", "estas", "su", "sus",
];

/// Titles and role words that may stand before or after a name without
/// being part of it.
#[rustfmt::skip]
pub const ROLE_WORDS: &[&str] = &[
    "president", "director", "deputy", "minister", "secretary", "senator", "governor", "mayor",
    "professor", "spokesman", "spokeswoman", "spokesperson", "chief", "head", "leader", "chairman",
    "ceo", "founder", "firm", "company", "group", "agency", "analyst", "expert", "polling",
    "pollster", "researcher", "author", "former", "then", "presidente", "ministro", "ministra",
    "director", "directora", "portavoz", "vocero", "firma", "encuestadora", "ambassador",
    "attorney", "judge", "chancellor", "commissioner", "coach", "editor", "prosecutor", "sheriff",
    "congressman", "congresswoman", "representative", "emeritus", "embajador", "fiscal",
    "officer", "manager", "assistant", "superintendent", "inspector", "commander",
];

/// True when `word` (lower case) is in `list`.
pub fn contains(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}
