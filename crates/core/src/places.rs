//! Knowledge of countries, US states, major cities and demonyms.
//!
//! The labels step uses it to refine a model's coarse labels (a `LOC` that
//! names a country becomes `GPE`; a `MISC` that is a demonym becomes `NORP`
//! linked to its country), and the keys step uses its aliases so that "US",
//! "U.S." and "United States" share one canonical name.
//!
//! The table is plain text, one place per line:
//! `kind;Canonical name;alias, alias;demonym, demonym`.

use std::collections::HashMap;
use std::sync::OnceLock;

/// What kind of political place a name refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    /// A sovereign country (or a widely treated-as-country territory).
    Country,
    /// A first-level subdivision (US states and territories).
    State,
    /// A city.
    City,
    /// A supranational union or bloc with a government (EU).
    Union,
}

/// A place known to the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The canonical name, e.g. `United States`.
    pub canonical: &'static str,
    /// Country, state or city.
    pub kind: PlaceKind,
}

const TABLE: &str = "\
C;Afghanistan;;Afghan
C;Albania;;Albanian
C;Algeria;;Algerian
C;Andorra;;Andorran
C;Angola;;Angolan
C;Antigua and Barbuda;;Antiguan
C;Argentina;;Argentine, Argentinian
C;Armenia;;Armenian
C;Australia;;Australian
C;Austria;;Austrian
C;Azerbaijan;;Azerbaijani
C;Bahamas;The Bahamas;Bahamian
C;Bahrain;;Bahraini
C;Bangladesh;;Bangladeshi
C;Barbados;;Barbadian
C;Belarus;;Belarusian
C;Belgium;;Belgian
C;Belize;;Belizean
C;Benin;;Beninese
C;Bhutan;;Bhutanese
C;Bolivia;;Bolivian
C;Bosnia and Herzegovina;Bosnia;Bosnian
C;Botswana;;Botswanan
C;Brazil;;Brazilian
C;Brunei;;Bruneian
C;Bulgaria;;Bulgarian
C;Burkina Faso;;Burkinabe
C;Burundi;;Burundian
C;Cambodia;;Cambodian
C;Cameroon;;Cameroonian
C;Canada;;Canadian
C;Cape Verde;Cabo Verde;Cape Verdean
C;Central African Republic;CAR;
C;Chad;;Chadian
C;Chile;;Chilean
C;China;People's Republic of China, PRC;Chinese
C;Colombia;;Colombian
C;Comoros;;Comoran
C;Costa Rica;;Costa Rican
C;Croatia;;Croatian
C;Cuba;;Cuban
C;Cyprus;;Cypriot
C;Czech Republic;Czechia;Czech
C;Democratic Republic of the Congo;DRC, DR Congo, Congo-Kinshasa;Congolese
C;Denmark;;Danish, Dane
C;Djibouti;;Djiboutian
C;Dominica;;
C;Dominican Republic;;Dominican
C;Ecuador;;Ecuadorian, Ecuadorean
C;Egypt;;Egyptian
C;El Salvador;;Salvadoran, Salvadorean
C;Equatorial Guinea;;Equatorial Guinean
C;Eritrea;;Eritrean
C;Estonia;;Estonian
C;Eswatini;Swaziland;Swazi
C;Ethiopia;;Ethiopian
C;Fiji;;Fijian
C;Finland;;Finnish, Finn
C;France;;French
C;Gabon;;Gabonese
C;Gambia;The Gambia;Gambian
C;Georgia;;Georgian
C;Germany;;German
C;Ghana;;Ghanaian
C;Greece;;Greek
C;Grenada;;Grenadian
C;Guatemala;;Guatemalan
C;Guinea;;Guinean
C;Guinea-Bissau;;
C;Guyana;;Guyanese
C;Haiti;;Haitian
C;Honduras;;Honduran
C;Hungary;;Hungarian
C;Iceland;;Icelandic, Icelander
C;India;;Indian
C;Indonesia;;Indonesian
C;Iran;Islamic Republic of Iran;Iranian
C;Iraq;;Iraqi
C;Ireland;Republic of Ireland;Irish
C;Israel;;Israeli
C;Italy;;Italian
C;Ivory Coast;Côte d'Ivoire, Cote d'Ivoire;Ivorian
C;Jamaica;;Jamaican
C;Japan;;Japanese
C;Jordan;;Jordanian
C;Kazakhstan;;Kazakh, Kazakhstani
C;Kenya;;Kenyan
C;Kiribati;;
C;Kosovo;;Kosovar
C;Kuwait;;Kuwaiti
C;Kyrgyzstan;;Kyrgyz
C;Laos;;Laotian, Lao
C;Latvia;;Latvian
C;Lebanon;;Lebanese
C;Lesotho;;Basotho
C;Liberia;;Liberian
C;Libya;;Libyan
C;Liechtenstein;;
C;Lithuania;;Lithuanian
C;Luxembourg;;Luxembourgish
C;Madagascar;;Malagasy
C;Malawi;;Malawian
C;Malaysia;;Malaysian
C;Maldives;;Maldivian
C;Mali;;Malian
C;Malta;;Maltese
C;Marshall Islands;;Marshallese
C;Mauritania;;Mauritanian
C;Mauritius;;Mauritian
C;Mexico;;Mexican
C;Micronesia;;Micronesian
C;Moldova;;Moldovan
C;Monaco;;Monegasque
C;Mongolia;;Mongolian
C;Montenegro;;Montenegrin
C;Morocco;;Moroccan
C;Mozambique;;Mozambican
C;Myanmar;Burma;Burmese
C;Namibia;;Namibian
C;Nauru;;Nauruan
C;Nepal;;Nepali, Nepalese
C;Netherlands;The Netherlands, Holland;Dutch
C;New Zealand;;New Zealander
C;Nicaragua;;Nicaraguan
C;Niger;;Nigerien
C;Nigeria;;Nigerian
C;North Korea;Democratic People's Republic of Korea, DPRK;North Korean
C;North Macedonia;Macedonia;Macedonian
C;Norway;;Norwegian
C;Oman;;Omani
C;Pakistan;;Pakistani
C;Palau;;Palauan
C;Palestine;State of Palestine;Palestinian
C;Panama;;Panamanian
C;Papua New Guinea;;Papua New Guinean
C;Paraguay;;Paraguayan
C;Peru;;Peruvian
C;Philippines;The Philippines;Filipino, Philippine
C;Poland;;Polish, Pole
C;Portugal;;Portuguese
C;Qatar;;Qatari
C;Republic of the Congo;Congo-Brazzaville;
C;Romania;;Romanian
C;Russia;Russian Federation;Russian
C;Rwanda;;Rwandan
C;Saint Lucia;;Saint Lucian
C;Samoa;;Samoan
C;San Marino;;Sammarinese
C;Saudi Arabia;;Saudi, Saudi Arabian
C;Senegal;;Senegalese
C;Serbia;;Serbian, Serb
C;Seychelles;;Seychellois
C;Sierra Leone;;Sierra Leonean
C;Singapore;;Singaporean
C;Slovakia;;Slovak
C;Slovenia;;Slovenian, Slovene
C;Solomon Islands;;
C;Somalia;;Somali
C;South Africa;;South African
C;South Korea;Republic of Korea, ROK;South Korean
C;South Sudan;;South Sudanese
C;Spain;;Spanish, Spaniard
C;Sri Lanka;;Sri Lankan
C;Sudan;;Sudanese
C;Suriname;;Surinamese
C;Sweden;;Swedish, Swede
C;Switzerland;;Swiss
C;Syria;;Syrian
C;Taiwan;;Taiwanese
C;Tajikistan;;Tajik
C;Tanzania;;Tanzanian
C;Thailand;;Thai
C;Timor-Leste;East Timor;Timorese
C;Togo;;Togolese
C;Tonga;;Tongan
C;Trinidad and Tobago;;Trinidadian
C;Tunisia;;Tunisian
C;Turkey;Türkiye, Turkiye;Turkish, Turk
C;Turkmenistan;;Turkmen
C;Tuvalu;;Tuvaluan
C;Uganda;;Ugandan
C;Ukraine;;Ukrainian
C;United Arab Emirates;UAE, U.A.E.;Emirati
C;United Kingdom;UK, U.K., Britain, Great Britain;British, Briton
C;United States;US, U.S., USA, U.S.A., United States of America;American
C;Uruguay;;Uruguayan
C;Uzbekistan;;Uzbek
C;Vanuatu;;
C;Vatican City;Holy See, Vatican;
C;Venezuela;;Venezuelan
C;Vietnam;Viet Nam;Vietnamese
C;Yemen;;Yemeni
C;Zambia;;Zambian
C;Zimbabwe;;Zimbabwean
C;England;;English
C;Scotland;;Scottish, Scot
C;Wales;;Welsh
C;Northern Ireland;;Northern Irish
C;Puerto Rico;;Puerto Rican
C;Hong Kong;;Hongkonger
C;Greenland;;Greenlandic
U;European Union;EU, E.U.;European
S;Alabama;;Alabamian
S;Alaska;;Alaskan
S;Arizona;;Arizonan
S;Arkansas;;
S;California;;Californian
S;Colorado;;Coloradan
S;Connecticut;;
S;Delaware;;
S;Florida;;Floridian
S;Hawaii;;Hawaiian
S;Idaho;;
S;Illinois;;
S;Indiana;;
S;Iowa;;Iowan
S;Kansas;;Kansan
S;Kentucky;;Kentuckian
S;Louisiana;;
S;Maine;;
S;Maryland;;
S;Massachusetts;;
S;Michigan;;
S;Minnesota;;Minnesotan
S;Mississippi;;
S;Missouri;;
S;Montana;;
S;Nebraska;;
S;Nevada;;Nevadan
S;New Hampshire;;
S;New Jersey;;
S;New Mexico;;
S;New York State;;
S;North Carolina;;
S;North Dakota;;
S;Ohio;;Ohioan
S;Oklahoma;;Oklahoman
S;Oregon;;Oregonian
S;Pennsylvania;;Pennsylvanian
S;Rhode Island;;
S;South Carolina;;
S;South Dakota;;
S;Tennessee;;Tennessean
S;Texas;;Texan
S;Utah;;Utahn
S;Vermont;;
S;Virginia;;Virginian
S;Washington State;;
S;West Virginia;;
S;Wisconsin;;
S;Wyoming;;
T;Washington, D.C.;Washington D.C., Washington DC, District of Columbia;
T;New York City;New York, NYC;New Yorker
T;Los Angeles;;
T;Chicago;;
T;Houston;;
T;San Francisco;;
T;Miami;;
T;Boston;;
T;London;;Londoner
T;Paris;;Parisian
T;Berlin;;
T;Madrid;;
T;Rome;;
T;Moscow;;
T;Beijing;;
T;Shanghai;;
T;Tokyo;;
T;Seoul;;
T;New Delhi;;
T;Mumbai;;
T;Kabul;;
T;Herat;;
T;Baghdad;;
T;Tehran;;
T;Jerusalem;;
T;Tel Aviv;;
T;Cairo;;
T;Istanbul;;
T;Ankara;;
T;Kyiv;Kiev;
T;Brussels;;
T;Geneva;;
T;Vienna;;
T;Amsterdam;;
T;Stockholm;;
T;Oslo;;
T;Warsaw;;
T;Athens;;
T;Lisbon;;
T;Dublin;;
T;Ottawa;;
T;Toronto;;
T;Mexico City;;
T;San Salvador;;
T;Guatemala City;;
T;Tegucigalpa;;
T;Managua;;
T;Havana;;
T;Caracas;;
T;Bogotá;Bogota;
T;Lima;;
T;Quito;;
T;Santiago;;
T;Buenos Aires;;
T;Brasília;Brasilia;
T;São Paulo;Sao Paulo;
T;Rio de Janeiro;;
T;Nairobi;;
T;Lagos;;
T;Johannesburg;;
T;Kigali;;
T;Sydney;;
T;Canberra;;
T;Manila;;
T;Jakarta;;
T;Bangkok;;
T;Hanoi;;
T;Singapore City;;
";

struct Knowledge {
    places: HashMap<String, Place>,
    demonyms: HashMap<String, &'static str>,
}

fn knowledge() -> &'static Knowledge {
    static KNOWLEDGE: OnceLock<Knowledge> = OnceLock::new();
    KNOWLEDGE.get_or_init(|| {
        let mut places = HashMap::new();
        let mut demonyms = HashMap::new();
        for line in TABLE.lines() {
            let mut fields = line.split(';');
            let (Some(kind), Some(canonical)) = (fields.next(), fields.next()) else {
                continue;
            };
            let kind = match kind {
                "C" => PlaceKind::Country,
                "S" => PlaceKind::State,
                "U" => PlaceKind::Union,
                _ => PlaceKind::City,
            };
            let aliases = fields.next().unwrap_or("");
            let names = std::iter::once(canonical).chain(list(aliases));
            for name in names {
                places
                    .entry(normalize(name))
                    .or_insert(Place { canonical, kind });
            }
            for demonym in list(fields.next().unwrap_or("")) {
                for form in demonym_forms(demonym) {
                    demonyms.entry(normalize(&form)).or_insert(canonical);
                }
            }
        }
        Knowledge { places, demonyms }
    })
}

fn list(field: &'static str) -> impl Iterator<Item = &'static str> {
    field.split(',').map(str::trim).filter(|s| !s.is_empty())
}

/// A demonym and its plural ("Salvadoran", "Salvadorans"); words ending in
/// a sibilant ("Swiss", "Chinese", "British") have no separate plural.
fn demonym_forms(demonym: &str) -> Vec<String> {
    let no_plural = ["s", "sh", "ch", "ese", "i", "x"]
        .iter()
        .any(|end| demonym.ends_with(end));
    let mut forms = vec![demonym.to_string()];
    if !no_plural {
        forms.push(format!("{demonym}s"));
    }
    if let Some(stem) = demonym.strip_suffix("man") {
        forms.push(format!("{stem}men"));
    }
    forms
}

/// The lookup form of a name: lower case, without a leading "the", without
/// dots (so "U.S." and "US" meet) and with single spaces.
pub fn normalize(name: &str) -> String {
    let lower = name.trim().to_lowercase().replace(['.', '’'], "");
    let lower = lower.replace('\'', "");
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = match words.first() {
        Some(&"the") if words.len() > 1 => &words[1..],
        _ => &words[..],
    };
    words.join(" ")
}

/// The place a name refers to, if the table knows it.
pub fn place(name: &str) -> Option<&'static Place> {
    knowledge().places.get(&normalize(name))
}

/// The country (canonical name) of a demonym such as "Salvadoran" or
/// "Afghans", if the table knows it.
pub fn country_of_demonym(word: &str) -> Option<&'static str> {
    knowledge().demonyms.get(&normalize(word)).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_of_the_united_states_meet() {
        for name in ["US", "U.S.", "United States", "the United States", "USA"] {
            let p = place(name).expect(name);
            assert_eq!(p.canonical, "United States", "{name}");
            assert_eq!(p.kind, PlaceKind::Country);
        }
    }

    #[test]
    fn demonyms_link_to_their_country() {
        assert_eq!(country_of_demonym("Salvadoran"), Some("El Salvador"));
        assert_eq!(country_of_demonym("salvadorans"), Some("El Salvador"));
        assert_eq!(country_of_demonym("Afghans"), Some("Afghanistan"));
        assert_eq!(country_of_demonym("Swiss"), Some("Switzerland"));
        assert_eq!(country_of_demonym("Chilean"), Some("Chile"));
        assert_eq!(country_of_demonym("Bukele"), None);
    }

    #[test]
    fn states_and_cities_are_known() {
        assert_eq!(place("Alabama").map(|p| p.kind), Some(PlaceKind::State));
        assert_eq!(
            place("Washington D.C.").map(|p| p.kind),
            Some(PlaceKind::City)
        );
        assert_eq!(place("Terrorism Confinement Center"), None);
    }
}
