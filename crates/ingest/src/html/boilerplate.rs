//! Blocks of a page's main content that are page furniture, not article
//! text: "Advertisement", "Continue reading", "Image 3 of 12", share
//! prompts, newsletter sign-ups, photo credits, update stamps, bylines and a
//! bare URL. Each is
//! told by the whole block (short, and nothing else in it), so a sentence
//! that merely mentions such words is kept.

/// Blocks with more words than this are never furniture.
const MAX_WORDS: usize = 16;

/// A newsletter box may say a little more.
const MAX_NEWSLETTER_WORDS: usize = 30;

/// What a newsletter sign-up says (lower-cased): one of these with
/// "newsletter" or "inbox".
const SIGN_UP: &[&str] = &["sign up", "subscribe", "get our", "delivered to", "join "];

/// What a paywall prompt says about subscribing (lower-cased): one of these
/// with one of [`PAYWALL_READ`].
const PAYWALL_SUBSCRIBE: &[&str] = &["subscribe", "subscriber", "subscription", "abonn", "suscri"];

/// What a paywall prompt says about the story it hides (lower-cased).
const PAYWALL_READ: &[&str] = &[
    "full story",
    "full article",
    "this story",
    "this article",
    "rest of this",
    "continue reading",
    "keep reading",
    "already a subscriber",
    "unlock this",
    "unlimited access",
    "ganzen artikel",
    "gesamten artikel",
    "weiterlesen",
    "la suite",
    "article complet",
    "artículo completo",
    "seguir leyendo",
];

/// How a prompt to follow the site on a social network starts (lower-cased).
const FOLLOW_STARTS: &[&str] = &[
    "follow ",
    "join ",
    "like us",
    "find us on",
    "connect with us",
    "folge ",
    "folgen sie",
    "suivez",
    "retrouvez-nous",
    "síguenos",
    "siguenos",
    "seguici",
    "siga-nos",
    "obserwuj",
];

/// Social networks a follow prompt names (lower-cased).
const FOLLOW_NETWORKS: &[&str] = &[
    "facebook",
    "twitter",
    "instagram",
    "tiktok",
    "youtube",
    "linkedin",
    "telegram",
    "whatsapp",
    "pinterest",
    "threads",
    "bluesky",
    "mastodon",
];

/// What a copyright or reprint notice says (lower-cased).
const RIGHTS: &[&str] = &[
    "all rights reserved",
    "copyrighted property",
    "written permission",
    "may not be reproduced",
    "may not be published, broadcast",
    "without permission is prohibited",
    "alle rechte vorbehalten",
    "nachdruck nur mit",
    "tous droits réservés",
    "todos los derechos reservados",
    "tutti i diritti riservati",
    "wszelkie prawa zastrzeżone",
    "materiał chroniony prawem",
    "licensed under a creative commons",
    "under a creative commons license",
    "unter der lizenz cc-",
    "unter einer creative commons",
];

/// Whole blocks that are furniture, lower-cased.
const EXACT: &[&str] = &[
    "advertisement",
    "advertisements",
    "ad",
    "sponsored",
    "sponsored content",
    "story continues below advertisement",
    "article continues below advertisement",
    "continue reading",
    "continue reading below",
    "continue reading the main story",
    "read more",
    "show more",
    "load more",
    "skip advertisement",
    "scroll to continue",
    "advertisement - continue reading below",
    "leave a comment",
    "leave a reply",
    "be the first to comment",
    "comments are closed",
    "comments are closed for this post",
    "posted by",
    "posted on",
    // Controls and calls to action.
    "search this site",
    "loading",
    "loading paragraph",
    "loading comments",
    "wird geladen",
    "chargement",
    "chargement en cours",
    "cargando",
    "add as a preferred source on google",
    "add us as a preferred source on google",
    "book a demo",
    "request a demo",
    "subscribe here",
    "subscribe now",
    "get started",
    "sign in",
    "log in",
    "learn more",
    "back to top",
    "skip to main content",
    "skip to content",
    "print this page",
    "show caption",
    "play video",
    "no posts",
    "no posts found",
    "article continues below",
    "story continues below",
    "pin this for later",
    "pin for later",
    "pin it for later",
    "jump to the list",
    "no comments",
    "no comments yet",
    "0 comments",
    "aucun commentaire",
    "sin comentarios",
    "brak komentarzy",
    // Labels over a press release's contact and sources.
    "kontakt",
    "pressekontakt",
    "medienkontakt",
    "media contact",
    "press contact",
    "zusatzinformationen",
    "weitere informationen",
    "quellenangaben",
    "originalartikel",
    "erschienen in",
    "previous article",
    "next article",
    "previous post",
    "next post",
    // The same furniture in the other languages most pages are written in.
    "anzeige",
    "werbung",
    "weiterlesen",
    "mehr lesen",
    "mehr erfahren",
    "mehr anzeigen",
    "lade weitere inhalte",
    "weitere inhalte laden",
    "nach oben",
    "zum seitenanfang",
    "publicidad",
    "anuncio",
    "leer más",
    "seguir leyendo",
    "ver más",
    "cargar más",
    "volver arriba",
    "valora esta noticia",
    "publicité",
    "lire la suite",
    "en savoir plus",
    "voir plus",
    "retour en haut",
    "pubblicità",
    "continua a leggere",
    "leggi di più",
    "torna su",
    "publicidade",
    "leia mais",
    "saiba mais",
    "continue lendo",
    "voltar ao topo",
    "reklama",
    "czytaj więcej",
    "czytaj dalej",
    "dowiedz się więcej",
    "drukuj",
    "kommentare schreiben",
    "kommentar schreiben",
    "diesen artikel teilen",
    "artikel teilen",
    "möchten sie den artikel teilen?",
    "rezept drucken",
    "externer inhalt",
    "zurück",
    "zurück zur übersicht",
    "zurück zur listenansicht",
    "merken",
    "drucken",
    // The heading of a table of contents.
    "table of contents",
    "contents",
    "in this article",
    "on this page",
    "jump to",
    "jump to a section",
    "inhalt",
    "inhaltsverzeichnis",
    "sommaire",
];

/// Headings over links to other stories or a box about the author (lower-
/// cased, in the languages most pages are written in): furniture, and so is
/// the section they head ([`heads_teasers`]).
const TEASER_HEADINGS: &[&str] = &[
    "related",
    "related stories",
    "related articles",
    "related posts",
    "recommended",
    "recommended stories",
    "you may also like",
    "you might also like",
    "you might like",
    "you may be interested in",
    "you may also be interested in",
    "more stories",
    "read next",
    "up next",
    "what others are reading",
    "neueste artikel",
    "neueste beiträge",
    "meist-diskutiert",
    "meistdiskutiert",
    "popular posts",
    "recent posts",
    "latest posts",
    "about the author",
    "über den autor",
    "mehr zum thema",
    "auch interessant",
    "das könnte sie auch interessieren",
    "das könnte dich auch interessieren",
    "zum weiterlesen",
    "weiterführende links",
    "siehe auch",
    "lesen sie auch",
    "ähnliche themen",
    "ähnliche artikel",
    "meistgelesene artikel",
    "empfohlene beiträge",
    "schon gelesen?",
    "dans la même rubrique",
    "à lire aussi",
    "lire aussi",
    "voir aussi",
    "ver también",
    "lea también",
    "te puede interesar",
    "le puede interesar",
    "leia também",
    "veja também",
    "sie könnten auch an folgenden artikeln interessiert sein",
    "das thema könnte dich auch interessieren",
    "das könnte dich interessieren",
    "das könnte sie interessieren",
    "weitere beiträge zum thema",
    "weitere artikel zum thema",
    "lesen sie auch die folgenden beiträge",
    "meistdiskutierte artikel",
    "meistgelesen",
    "mehr themen",
    "audios et vidéos sur le sujet",
    "sur le même sujet",
    "à lire également",
    "noticias relacionadas",
    "artículos relacionados",
    "articoli correlati",
    "leggi anche",
    "czytaj też",
    "czytaj także",
    "zobacz też",
];

/// How a teaser for another story starts (lower-cased): "Related: Title",
/// "[Read more: Title]", "Read the full review".
const TEASER_STARTS: &[&str] = &[
    "related:",
    "related stories:",
    "related article:",
    "see also:",
    "read more:",
    "read also:",
    "also read:",
    "read next:",
    "more:",
    "recommended:",
    "read the full ",
    "view all posts by",
    "view all articles by",
    "see all posts by",
    "see all articles by",
    "more posts by",
    "more articles by",
    "all posts by",
    "alle beiträge von",
    "alle artikel von",
    "tous les articles de",
    "ver todos los artículos de",
    "lesen sie auch:",
    "lesen sie hier:",
    "à lire aussi »",
    "lire aussi »",
    "czytaj też:",
    "czytaj także:",
    "zobacz też:",
    "dowiedz się więcej:",
    "auch lesen:",
    "mehr zum thema:",
    "siehe auch:",
    "lire aussi :",
    "lire aussi:",
    "à lire aussi:",
    "voir aussi:",
    "lea también:",
    "lea más:",
    "lea:",
    "vea también:",
    "le puede interesar:",
    "te puede interesar:",
    "mira:",
    "mire:",
    "leia também:",
    "veja também:",
];

/// A disclaimer may say more than other furniture.
const MAX_DISCLAIMER_WORDS: usize = 60;

/// What an affiliate or advertiser disclaimer says (lower-cased): the site
/// speaking of its own links, not a sentence about affiliate marketing.
const DISCLAIMER: &[&str] = &[
    "may earn a commission",
    "may earn us a commission",
    "may earn a small commission",
    "we earn a commission",
    "we may earn",
    "earn us a commission",
    "i earn a commission",
    "earn from qualifying purchases",
    "may contain affiliate links",
    "contains affiliate links",
    "uses affiliate links",
    "are affiliate links",
    "has a disclosure policy",
    "advertiser disclosure",
    "may receive compensation",
    "may receive financial compensation",
    // The site speaking of its writers' views.
    "do not necessarily reflect",
    "does not necessarily reflect",
    "do not necessarily represent",
    "not necessarily those of",
    "is not responsible for the opinions",
    "gibt die meinung des autors wieder",
    "nicht notwendigerweise die der redaktion",
    "nicht unbedingt die meinung der redaktion",
    "ne reflètent pas nécessairement",
    "no reflejan necesariamente",
];

/// Words of a share bar.
const SHARE_WORDS: &[&str] = &[
    "share",
    "shares",
    "this",
    "article",
    "story",
    "post",
    "page",
    "on",
    "via",
    "the",
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "email",
    "e-mail",
    "print",
    "pinterest",
    "reddit",
    "copy",
    "link",
    "tweet",
    "messenger",
    "telegram",
    "flipboard",
    "bluesky",
    "threads",
    "mail",
    "comments",
    "comment",
    "save",
    "gift",
    "or",
    "social",
    "media",
    "with",
    "friends",
    "friend",
    "a",
    "to",
];

/// Social networks: two of them in a short block make it a share bar.
const NETWORKS: &[&str] = &[
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "pinterest",
    "reddit",
    "email",
    "telegram",
    "flipboard",
    "bluesky",
];

/// How a photo credit or caption credit starts (lower-cased).
const CREDIT_STARTS: &[&str] = &[
    "photo:",
    "photo by",
    "photos:",
    "photograph:",
    "photograph by",
    "image:",
    "image credit",
    "image source:",
    "credit:",
    "photo credit",
    "(photo",
    "(ap photo",
    "(reuters",
    "file photo",
    "source: getty",
    // German, French, Spanish, Italian, Polish
    "foto:",
    "fotos:",
    "bild:",
    "beitragsbild:",
    "titelbild:",
    "bildquelle:",
    "crédit photo",
    "crédits photos",
    "photo :",
    "créditos:",
    "fotografía:",
    "zdjęcie:",
    "fot.",
];

/// How a photo credit ends (lower-cased).
const CREDIT_ENDS: &[&str] = &[
    "getty images",
    "/ap",
    "/reuters",
    "/afp",
    "shutterstock",
    "/ap photo",
    "via getty images",
    "/getty",
    "/epa",
];

/// How a post's category or tag line starts (lower-cased).
const TAXONOMY_STARTS: &[&str] = &[
    "category:",
    "category :",
    "categories:",
    "tags:",
    "tags :",
    "tagged:",
    "tagged with:",
    "filed under:",
    "filed under ",
    "kategorie:",
    "kategorien:",
    "schlagwörter:",
    "schlagworte:",
    "catégorie :",
    "catégories :",
    "catégorie:",
    "étiquettes :",
    "categoría:",
    "categorías:",
    "etiquetas:",
    "categoria:",
    "tag:",
    "kategoria:",
    "tagi:",
];

/// How the widgets under a post start (lower-cased): rating prompts, the
/// blog engine's like and permalink lines.
const WIDGET_STARTS: &[&str] = &[
    "was this article helpful",
    "was this helpful",
    "was this page helpful",
    "did you find this article helpful",
    "rate this article",
    "war der artikel nützlich",
    "war dieser artikel hilfreich",
    "war dieser beitrag hilfreich",
    "hier können sie den artikel bewerten",
    "artikel bewerten",
    "(noch keine bewertungen)",
    "noch keine bewertungen",
    "cet article vous a-t-il été utile",
    "¿te ha resultado útil",
    "%d bloggers like this",
    "%d bloggern gefällt das",
    "this entry was posted in",
    "keine kommentare",
    "you are not logged in",
    "sie sind aktuell nicht eingeloggt",
    "sie sind nicht eingeloggt",
];

/// What the comment form's notices say (lower-cased): a spam filter's
/// notice, "log in to comment".
const COMMENT_NOTICES: &[&str] = &[
    "uses akismet to reduce spam",
    "verwendet akismet, um spam",
    "utilise akismet pour réduire",
    "bookmark the permalink",
];

/// What a log-in notice of a comment form says: one of these (lower-cased)
/// with a word for commenting ([`COMMENT_WORDS`]).
const LOGGED_IN: &[&str] = &[
    "must be logged in",
    "need to be logged in",
    "log in to comment",
    "log in to post",
    "login to post",
    "eingeloggt sein",
    "angemeldet sein",
    "connecté pour",
    "conectado para",
];

/// Words for commenting (lower-cased prefixes).
const COMMENT_WORDS: &[&str] = &["comment", "kommentar", "komment", "commentaire", "comentar"];

/// True when a block is a widget under the post or a notice of its comment
/// form: "Was this article helpful?", "This entry was posted in News.
/// Bookmark the permalink.", "You must be logged in to post a comment".
fn is_post_widget(lower: &str) -> bool {
    WIDGET_STARTS.iter().any(|w| lower.starts_with(w))
        || COMMENT_NOTICES.iter().any(|n| lower.contains(n))
        || (LOGGED_IN.iter().any(|l| lower.contains(l))
            && COMMENT_WORDS.iter().any(|c| lower.contains(c)))
}

/// The longest name after a closing "©" of a credited caption.
const MAX_CREDIT_NAME_WORDS: usize = 6;

/// "The skier at the finish. © AFP / Jane Doe": a short block that ends in
/// a "©" and a name (a block of links with a credit in it is a list).
fn ends_in_copyright_credit(lower: &str) -> bool {
    !lower.contains("://")
        && lower.rsplit_once('©').is_some_and(|(_, name)| {
            let words = name.split_whitespace().count();
            (1..=MAX_CREDIT_NAME_WORDS).contains(&words)
        })
}

/// Labels a figure's caption starts with (lower-cased), before its number.
const CAPTION_LABELS: &[&str] = &["figure", "fig.", "abbildung", "abb.", "grafik", "schaubild"];

/// "Figure 3: The harbour in 1900", "Abbildung: Vergleich der Jahre", "Fig.
/// 2. Results": a label, maybe a number, then a colon or full stop.
fn is_caption(lower: &str) -> bool {
    let Some(rest) = CAPTION_LABELS.iter().find_map(|l| lower.strip_prefix(l)) else {
        return false;
    };
    let rest = rest.trim_start();
    let number = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    let numbered = number.len() < rest.len();
    number.starts_with(':') || (numbered && number.starts_with(". "))
}

/// True for a template's placeholder text ("Lorem ipsum dolor sit amet…"),
/// left in a page block that was never filled in, of any length.
fn is_placeholder(block: &str) -> bool {
    let start: String = block.trim_start().chars().take(11).collect();
    start.eq_ignore_ascii_case("lorem ipsum")
}

/// Arrows and brackets that open a control's label ("↑ Back to top",
/// "< Previous post").
const LEADING_ARROWS: &[char] = &['<', '«', '‹', '←', '↑', '^'];

/// True when a block of main content is page furniture.
pub(super) fn is_boilerplate(block: &str) -> bool {
    if is_placeholder(block) {
        return true;
    }
    let words: Vec<&str> = block.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_DISCLAIMER_WORDS {
        return false;
    }
    let lower = block.to_lowercase();
    if DISCLAIMER.iter().any(|d| lower.contains(d)) {
        return true;
    }
    if words.len() > MAX_NEWSLETTER_WORDS {
        return false;
    }
    if is_newsletter(&lower)
        || is_paywall(&lower)
        || is_follow_prompt(&lower)
        || is_feedback_prompt(&lower)
        || is_post_widget(&lower)
        || is_caption(&lower)
        || ends_in_copyright_credit(&lower)
        || RIGHTS.iter().any(|r| lower.contains(r))
    {
        return true;
    }
    if words.len() > MAX_WORDS {
        return false;
    }
    let bare = lower
        .trim_end_matches(['.', ':', '…', '>', '›', '»', '!'])
        .trim_start_matches(LEADING_ARROWS)
        .trim();
    EXACT.contains(&bare)
        || TEASER_HEADINGS.contains(&bare)
        || is_teaser_heading(bare)
        || is_teaser(&lower)
        || is_counter(&lower)
        || is_reading_time(&lower)
        || is_share_bar(&lower)
        || is_credit(&lower)
        || is_stamp(&lower, words.len())
        || TAXONOMY_STARTS.iter().any(|t| lower.starts_with(t))
        || is_byline(&words)
        || is_url(&words)
}

/// True when a heading heads links to other stories or a box about the
/// author ([`TEASER_HEADINGS`]): "Related posts", "You might also like:".
pub(super) fn heads_teasers(heading: &str) -> bool {
    let lower = heading.trim().to_lowercase();
    let bare = lower
        .trim_end_matches(['.', ':', '…', '>', '›', '»', '!'])
        .trim_start_matches(LEADING_ARROWS)
        .trim();
    TEASER_HEADINGS.contains(&bare) || is_teaser_heading(bare)
}

/// The longest teaser heading [`is_teaser_heading`] tells by its words.
const MAX_TEASER_HEADING_WORDS: usize = 8;

/// What follows "Weitere" in a German heading over teasers (lower-cased
/// prefixes): "Weitere Beiträge aus der Kolumne", "Weitere Tourentipps".
const WEITERE_WHAT: &[&str] = &[
    "beitr",
    "artikel",
    "news",
    "nachrichten",
    "themen",
    "tipps",
    "tourentipps",
    "geschichten",
];

/// The longest "More from …" or "Other posts …" heading.
const MAX_MORE_WORDS: usize = 5;

/// What follows "more" in a heading over teasers: "More guides", "More
/// from the Harbour Post" (lower-cased).
const MORE_WHAT: &[&str] = &[
    "from",
    "guides",
    "stories",
    "articles",
    "posts",
    "reviews",
    "news",
    "videos",
    "recipes",
    "reading",
    "resources",
];

/// What follows "related" in a heading over teasers (lower-cased
/// prefixes): "Related articles that may interest you", "Related reading".
const RELATED_WHAT: &[&str] = &[
    "article", "post", "stor", "read", "guide", "content", "link",
];

/// A heading over teasers told by its words rather than the whole of it
/// ([`TEASER_HEADINGS`]): "More from the Harbour Post", "More guides",
/// "Related articles that may interest you", "You may also enjoy these
/// posts", "Explore more recipes". `bare` is lower-cased, without closing
/// punctuation.
fn is_teaser_heading(bare: &str) -> bool {
    let words: Vec<&str> = bare.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_TEASER_HEADING_WORDS {
        return false;
    }
    let other = words.len() <= MAX_MORE_WORDS
        && matches!(words.as_slice(), ["other", what, ..] if MORE_WHAT.contains(what));
    let more = words.len() <= MAX_MORE_WORDS
        && matches!(words.as_slice(), ["more", what, ..] if MORE_WHAT.contains(what));
    let related = words
        .windows(2)
        .any(|w| w[0] == "related" && RELATED_WHAT.iter().any(|r| w[1].starts_with(r)));
    let suggested = (bare.contains("you may also") || bare.contains("you might also"))
        && ["like", "enjoy", "interest"]
            .iter()
            .any(|w| bare.contains(w));
    let short = words.len() <= MAX_MORE_WORDS;
    let also = short && words[0] == "also" && words.len() > 1;
    let mehr = short
        && matches!(
            words.as_slice(),
            ["mehr", "aus" | "zu" | "zum" | "von" | "vom", ..]
        );
    let weitere = short
        && words[0] == "weitere"
        && words[1..]
            .iter()
            .any(|w| WEITERE_WHAT.iter().any(|x| w.starts_with(x)));
    more || other
        || related
        || suggested
        || also
        || mehr
        || weitere
        || bare.starts_with("explore more")
}

/// "Sign up for our daily newsletter", "Get our stories delivered to your
/// inbox", "Subscribe to get new posts sent to your email".
fn is_newsletter(lower: &str) -> bool {
    ["newsletter", "inbox", "your email", "by email", "via email"]
        .iter()
        .any(|w| lower.contains(w))
        && SIGN_UP.iter().any(|s| lower.contains(s))
}

/// "Subscribe now for the full story", "Already a subscriber? Log in to
/// read this article".
fn is_paywall(lower: &str) -> bool {
    PAYWALL_SUBSCRIBE.iter().any(|s| lower.contains(s))
        && PAYWALL_READ.iter().any(|r| lower.contains(r))
}

/// How a prompt to share, rate or comment on the post starts (lower-cased).
const FEEDBACK_STARTS: &[&str] = &[
    "if you like",
    "if you enjoy",
    "if you found this",
    "did you make",
    "did you try",
    "have you tried this",
    "made this recipe",
    "tried this recipe",
];

/// What such a prompt asks for (lower-cased).
const FEEDBACK_ASKS: &[&str] = &["share", "rating", "rate ", "subscrib", "comment", "tag "];

/// "If you liked this post, please share it", "Did you make this recipe?
/// Leave a star rating below", "Rate this recipe".
fn is_feedback_prompt(lower: &str) -> bool {
    let starts = FEEDBACK_STARTS.iter().any(|s| lower.starts_with(s))
        && FEEDBACK_ASKS.iter().any(|a| lower.contains(a));
    starts || lower.contains("leave a star rating") || lower.starts_with("rate this recipe")
}

/// "Follow us on Twitter and Instagram", "Join our Facebook group".
fn is_follow_prompt(lower: &str) -> bool {
    FOLLOW_STARTS.iter().any(|s| lower.starts_with(s))
        && FOLLOW_NETWORKS.iter().any(|n| lower.contains(n))
}

/// "Related: Title of another story", "[Read more: …]".
fn is_teaser(lower: &str) -> bool {
    let lower = lower.trim_start_matches(['[', '(', '»', '›', '>', ' ']);
    TEASER_STARTS.iter().any(|s| lower.starts_with(s))
}

/// "Image 3 of 12", "Photo 1/5", "3 of 12".
fn is_counter(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let numbers = match words.as_slice() {
        [kind, n, "of", m] if is_picture(kind) => [*n, *m],
        [n, "of", m] => [*n, *m],
        [kind, n_m] if is_picture(kind) => match n_m.split_once('/') {
            Some((n, m)) => [n, m],
            None => return false,
        },
        _ => return false,
    };
    numbers
        .iter()
        .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// "5 min read", "12 minute read".
fn is_reading_time(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    matches!(words.as_slice(), [n, "min" | "mins" | "minute" | "minutes", "read"]
        if n.chars().all(|c| c.is_ascii_digit()))
}

fn is_picture(word: &str) -> bool {
    matches!(
        word,
        "image" | "photo" | "picture" | "slide" | "gallery" | "video" | "page"
    )
}

/// A block made of share-bar words that names sharing or two networks.
fn is_share_bar(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || "|/·•,:".contains(c))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || !words.iter().all(|w| SHARE_WORDS.contains(w)) {
        return false;
    }
    let networks = words.iter().filter(|w| NETWORKS.contains(w)).count();
    words.iter().any(|w| w.starts_with("share")) || networks >= 2
}

/// "Photo: Jane Doe/AP", "(AP Photo/Evan Vucci)", "… via Getty Images".
fn is_credit(lower: &str) -> bool {
    let trimmed = lower.trim_end_matches([')', '.', ' ']);
    CREDIT_STARTS.iter().any(|s| lower.starts_with(s))
        || CREDIT_ENDS.iter().any(|e| trimmed.ends_with(e))
}

/// "Updated 10:36 AM EDT, Tue June 12, 2012", "Published: 3 hours ago".
fn is_stamp(lower: &str, words: usize) -> bool {
    words <= 10
        && crate::dateline::date_label(lower).is_some()
        && lower.chars().any(|c| c.is_ascii_digit())
}

/// Words that may come before the "by" of a credit line: "Written by",
/// "Reviewed by", "Fact checked by" (lower-cased).
const CREDIT_VERBS: &[&str] = &[
    "written",
    "edited",
    "reviewed",
    "medically",
    "fact",
    "checked",
    "fact-checked",
    "illustrated",
    "compiled",
];

/// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Written by Jane
/// Doe", "Reviewed by: Dr. John Roe".
fn is_byline(words: &[&str]) -> bool {
    let verbs = words
        .iter()
        .take_while(|w| CREDIT_VERBS.contains(&w.to_lowercase().as_str()))
        .count();
    let words = &words[verbs.min(words.len())..];
    if words.len() > 10 || words.len() < 2 {
        return false;
    }
    let by = words[0].trim_end_matches(':');
    if !by.eq_ignore_ascii_case("by") {
        return false;
    }
    let joiners = ["and", "&", "in", "for", "with", "|", "-", "—", "–"];
    words[1..].iter().all(|w| {
        joiners.contains(w)
            || w.chars().next().is_some_and(char::is_uppercase)
            || w.chars().all(|c| !c.is_alphabetic())
    }) && !words.last().is_some_and(|w| w.ends_with(['?', '!']))
}

/// A block that is only a URL.
fn is_url(words: &[&str]) -> bool {
    matches!(words, [w] if w.starts_with("http://") || w.starts_with("https://") || w.starts_with("www."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_blocks_are_told() {
        for block in [
            "Advertisement",
            "Continue reading",
            "Image 3 of 12",
            "Photo 1/5",
            "Share this article",
            "Facebook Twitter Email",
            "Share on Facebook",
            "Share on social media",
            "Sign up for our daily newsletter to get the news first.",
            "Get the best stories delivered to your inbox every morning.",
            "Photo: Jane Doe/AP",
            "(AP Photo/Evan Vucci)",
            "The square at dawn. John Roe via Getty Images",
            "Updated 10:36 AM EDT, Tue June 12, 2012",
            "Published: 3 hours ago",
            "By Jane Doe and John Roe, Reuters",
            "https://www.example.com/world/story-123",
            "Related: Students are not benefiting much from tutoring, a study shows",
            "[Read more: A Guide to Small Business Accounting]",
            "See also: Film vs Digital Cameras",
            "Read the full Tesla Model 3 review",
            "RELATED",
            "Advertisement - Continue Reading Below",
            "Products are chosen independently by our editors. Purchases made through our links may earn us a commission.",
            "Editorial Note: this site may contain affiliate links on some articles. If you make a purchase through these links, we will earn a commission at no extra cost to you.",
            "The Daily Fool has a disclosure policy.",
            "5 min read",
            "Leave a comment",
            "Comments are closed for this post.",
            "Share this post",
            "Table of Contents",
            "In this article:",
            "Inhaltsverzeichnis",
            "Mehr zum Thema",
            "Das könnte Sie auch interessieren!",
            "Lea también: El puerto abre una nueva terminal de carga",
            "VEA TAMBIÉN: Cierran la autopista norte por obras",
            "About the Author",
            "Learn more",
            "Back to top",
            "YOU MIGHT ALSO LIKE:",
            "Anzeige:",
            "Lade weitere Inhalte",
            "Leer más",
            "Valora esta noticia",
            "Lire la suite",
            "Dowiedz się więcej",
            "Beitragsbild: Titelseite der Zeitung, Ausriss.",
            "Crédits photos : Bestimage",
            "Publiziert: 03.04.2020, 12:35",
            "Aktualisiert am 17.01.2021.",
            "Kommentare schreiben",
            "Sie könnten auch an folgenden Artikeln interessiert sein",
            "Mehr Themen:",
            "Written by Jane Doe",
            "Reviewed by: Dr. John Roe",
            "Fact checked by Ann Example",
            "More from The Harbour Post:",
            "More guides",
            "Related articles that may interest you",
            "You may also enjoy these stories",
            "Explore more recipes",
            "Previous article",
            "Article continues below",
            "Pin this for later!",
            "Page 2 of 8",
            "Other posts you may enjoy",
            "What others are reading",
            "Subscribe to get new posts sent to your email.",
            "If you liked this post, please share it with a friend!",
            "Did you make this recipe? Please leave a star rating below.",
            "Rate this recipe",
            "Kategorie: News",
            "Was this article helpful?",
            "Add as a preferred source on Google",
            "Book a demo",
            "Search this site",
            "Loading...",
            "Loading paragraph...",
            "Figure 3: The harbour in 1900, seen from the lighthouse.",
            "Abbildung: Vergleich der Schneehöhen 2019 und 2020.",
            "Fig. 2. Ferry landings by month.",
            "The skier at the finish line in Val d'Isère. © AFP / Jane Doe",
            "Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)",
            "No comments yet",
            "Kontakt:",
            "Media contact:",
            "Weitere Informationen:",
            "War der Artikel nützlich? (95 Stimmen: 4,73 von 5)",
            "This entry was posted in News. Bookmark the permalink.",
            "You must be logged in to post a comment.",
            "Du musst eingeloggt sein, um Kommentare zu schreiben!",
            "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
            "Czytaj też: Port otwiera nowy terminal",
            "ALSO IN THE NEWS",
            "Mehr aus der Sendung",
            "Weitere Beiträge aus der Kolumne:",
            "Neueste Artikel",
            "Become a paid subscriber to unlock this piece",
            "Category : Press Releases",
            "Tags: harbour, ferries, budget",
            "Filed under: Local news",
            "View all posts by Ann Example",
            "More articles by John Roe »",
            "Subscribe today to read the full story.",
            "Already a subscriber? Sign in to keep reading.",
            "Jetzt abonnieren und den ganzen Artikel lesen",
            "Follow the Harbour Post on Twitter and Instagram @harbourpost.",
            "Join our Facebook group for daily tips",
            "Síguenos en Instagram",
            "© 2024 The Harbour Post. All rights reserved.",
            "This story is the copyrighted property of the Harbour Post. Written permission must be obtained before it is reprinted.",
            "Alle Rechte vorbehalten.",
            "The views expressed here do not necessarily reflect those of the Harbour Post.",
            "Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.",
            "This text is licensed under a Creative Commons Attribution 4.0 license.",
        ] {
            assert!(is_boilerplate(block), "{block}");
        }
    }

    #[test]
    fn controls_opened_by_an_arrow_are_told() {
        for block in ["↑ Back to Top", "< back to top", "« Previous post"] {
            assert!(is_boilerplate(block), "{block}");
        }
        assert!(!is_boilerplate("↑ 4% since March"));
    }

    #[test]
    fn placeholder_text_is_dropped_at_any_length() {
        let long = format!(
            "Lorem ipsum dolor sit amet, {}",
            "sed do eiusmod tempor ".repeat(40)
        );
        for block in ["Lorem ipsum", "lorem ipsum 2", long.as_str()] {
            assert!(is_boilerplate(block), "{block}");
        }
        for block in [
            "The printers' Lorem ipsum text goes back to a passage by Cicero.",
            "Loremipsum is the name of the bakery on the corner.",
        ] {
            assert!(!is_boilerplate(block), "{block}");
        }
    }

    #[test]
    fn sentences_that_mention_the_words_are_kept() {
        for block in [
            "The advertisement ran for three weeks on national television.",
            "Shares of the company fell 3% on Monday.",
            "By Tuesday the talks had collapsed, officials said.",
            "He updated the plan twice before the vote.",
            "Photo agencies said the ban would cost them millions of dollars a year in lost sales.",
            "3 of the 12 members voted against it.",
            "The contents of the box were never found.",
            "Mira la lista de precios que publicó el ministerio esta semana.",
            "Read more about the budget in our explainer, which covers every line of the deal.",
            "By most measures, the economy grew.",
            "Written by hand, the letters took weeks to arrive.",
            "Reviewed by the board, the plan was approved.",
            "More from the sea than from the land",
            "Related to the case, two firms paid fines.",
            "You may like it or not.",
            "Other stories from the war were never told.",
            "Page 2 of the report lists the names.",
            "If you like spicy food, the market has a dozen stalls to try.",
            "Tags are cheap to print, the shop owner said.",
            "Also, the mayor resigned.",
            "Mehr als 200 Menschen kamen zum Fest.",
            "Weitere zwei Jahre vergingen.",
            "Users who logged in to the forum left no comment on the change.",
            "Kontakt zur Familie hatte er seit 2019 nicht mehr.",
            "No comments were made by the mayor's office.",
            "Figure 3 shows the harbour in 1900.",
            "Figures released on Monday showed a drop.",
            "The © sign was added to the logo in 1998 after a long dispute with a rival firm over the name.",
            "5 minutes read like an hour to him.",
            "Related companies in the group also reported losses for the quarter.",
            "The commission voted to earn back the public's trust, its chair said.",
            "Affiliate programs: streamers earn a commission when viewers buy games via affiliate links.",
            "The newsletter, which he founded in 1998, now has 40,000 readers.",
            "Die Anzeige erschien am Montag in drei Zeitungen.",
            "Ver más de cerca el puerto era imposible aquel día.",
            "Veröffentlicht wurde der Bericht erst nach drei Jahren.",
            "Zurück in Berlin traf er 2019 den Minister.",
            "Subscribers to the channel rose to two million this year.",
            "This story began in 1998, when the mill closed.",
            "Twitter and Instagram users followed the vote closely.",
            "Follow the river north for two miles and the trail ends.",
            "The court said the band's rights to the song were never reserved by contract, and the label appealed the ruling last week in a long filing that ran to forty pages and named six other firms.",
        ] {
            assert!(!is_boilerplate(block), "{block}");
        }
    }
}
