//! Speakers: what kind of entity a mention names, and one canonical speaker
//! per entity in an article.
//!
//! Mentions are classified from their words: pronouns, anonymous sourcing
//! (`sources`, `officials`, `a person familiar with`), groups (`both sides`,
//! `critics`), organizations (`the State Department`, `Reuters`) and named
//! persons. Titles are dropped from names (`Secretary Blinken` is `Blinken`),
//! and a name whose words end another speaker's name merges with it, the
//! longest form becoming canonical (`Antony Blinken`).

use crate::words::{lower_in, word_sets};
use rustc_hash::{FxHashMap, FxHashSet};

use whosaid_core::{Resolution, Span, Speaker, SpeakerKind};

use crate::cues::cue_lemma;
use crate::first_names::first_name_is_female;
use crate::tokens::is_alphanumeric;

/// What a speaker mention is, before it is linked to an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MentionClass {
    /// `he`, `she`, `they`: resolved to an earlier speaker.
    Pronoun,
    /// `the spokesman`, `the senator`: resolved to an earlier person.
    Description,
    /// A name or noun phrase standing on its own.
    Named(SpeakerKind),
    /// A common noun phrase for a person not named (`a federal judge`,
    /// `his wife`): a speaker of its own, named by the phrase, whom later
    /// pronouns do not stand for.
    Common(SpeakerKind),
}

/// Personal pronouns that can stand for a speaker.
pub(crate) static PRONOUNS: std::sync::LazyLock<crate::words::WordSet> =
    std::sync::LazyLock::new(|| {
        crate::words::WordSet::new(&["he", "she", "they", "we", "i", "it", "you"])
    });

/// Possessives naming a speaker (`his attacks on Roe`).
pub(crate) const POSSESSIVE_PRONOUNS: &[&str] = &["his", "her", "their"];

/// Whether `word` heads a noun phrase naming an organization, a group, a
/// role or an anonymous source (`campaign`, `supporters`, `officials`).
pub(crate) fn is_speaker_head(word: &str) -> bool {
    ORGANIZATION_WORDS.contains(word)
        || GROUP_WORDS.contains(word)
        || ANONYMOUS_WORDS.contains(word)
        || ROLE_WORDS.contains(word)
}

/// Whether `word` is a singular noun of a person (`voter`, `resident`,
/// `lawmaker`), which a phrase placing them may follow (`a voter in
/// Ohio`).
pub(crate) fn is_person_noun(word: &str) -> bool {
    ROLE_WORDS.contains(word) || PERSON_WORDS.contains(word)
}

/// Whether `word` heads a mention of a speaker or names a person
/// (`spokesman`, `voter`), singular: the noun a participle after it may
/// report for (`a voter supporting Ruiz`).
pub(crate) fn is_speaker_or_person_noun(word: &str) -> bool {
    is_speaker_head(word) || PERSON_WORDS.contains(word)
}

/// Whether `word` is a plural naming people (`voters`, `officials`,
/// `men`), which a phrase placing them may follow (`voters under 35`).
pub(crate) fn is_plural_of_people(word: &str) -> bool {
    (word.ends_with('s')
        && !word.ends_with("ss")
        && (is_speaker_head(word) || PEOPLE_WORDS.contains(word)))
        || ["men", "women", "people"]
            .iter()
            .any(|p| word.eq_ignore_ascii_case(p))
}

/// Most words after the preposition placing a group of speakers (`voters
/// across the Midwest`).
pub(crate) const MAX_PLACE_WORDS: usize = 3;

/// Prepositions placing a group of speakers (`officials in Washington`,
/// `voters under 35`, `Democrats across the country`).
pub(crate) const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "from",
    "across",
    "under",
    "over",
    "on",
    "among",
    "within",
    "throughout",
];

/// Lower-case words inside a person's name (`Ana de la Cruz`, `Jo Park
/// of Ohio`).
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "del", "della", "der", "den", "van", "von", "la", "le", "du", "di", "bin", "al",
    "y", "of",
];

/// Words bounding a quantity after them (`about 60 percent`, `nearly
/// half`).
pub(crate) const QUANTITY_BOUNDS: &[&str] = &[
    "about",
    "nearly",
    "almost",
    "roughly",
    "around",
    "approximately",
    "only",
    "just",
];

/// How many recent speakers a new name is compared with for merging
/// (`Blinken` with `Antony Blinken`); exact repeats always merge.
const MERGE_WINDOW: usize = 256;

/// How many persons, latest first, a pronoun or a description looks back
/// through for its person (`she` past `Mr. Park` to `Mrs. Roe`).
const PRONOUN_WINDOW: usize = 4;

word_sets! {
    /// Suffixes closing a person's name, no part of its key (`Joseph R.
    /// Biden Jr.`).
    PERSON_NAME_SUFFIXES = ["jr", "sr", "ii", "iii"];
}

/// Whether `word` is a suffix closing a person's name (`Jr.`, `III`), in
/// any case, its period optional.
pub(crate) fn is_person_name_suffix(word: &str) -> bool {
    PERSON_NAME_SUFFIXES.contains(word)
}

word_sets! {
    /// Titles and role nouns naming a man (`Mr. Park`, `the spokesman`).
    MALE_WORDS = [
    "mr", "sir", "spokesman", "congressman", "chairman", "businessman", "councilman",
    "assemblyman", "husband", "father", "son", "brother", "uncle", "king",
    "prince", "himself", "grandfather", "nephew", "boyfriend", "anchorman",
];
    /// Titles and role nouns naming a woman (`Ms. Roe`, `the
    /// spokeswoman`).
    FEMALE_WORDS = [
    "mrs", "ms", "miss", "madam", "spokeswoman", "congresswoman", "chairwoman",
    "businesswoman", "councilwoman", "assemblywoman", "wife", "mother", "daughter", "sister",
    "aunt", "queen", "princess", "herself", "grandmother", "niece", "girlfriend", "anchorwoman",
    "lady",
];
}

/// A person's gender as the text shows it, by a title or role noun in a
/// mention (`Mrs. Roe`, `the spokesman`) or by a first name that nearly
/// always names one gender (`Mary Roe`). (Not by the pronouns that refer
/// to the person: one misread would mislead every one after it.)
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Gender {
    #[default]
    Unknown,
    Male,
    Female,
}

impl Gender {
    /// The gender the words of a mention show, if any.
    fn of_words(words: &[&str]) -> Gender {
        let shows = |set: &crate::words::WordSet| {
            words
                .iter()
                .any(|w| set.contains(w.trim_end_matches(['’', '\''])))
        };
        match (shows(&MALE_WORDS), shows(&FEMALE_WORDS)) {
            (true, false) => Gender::Male,
            (false, true) => Gender::Female,
            _ => Gender::Unknown,
        }
    }

    /// The gender of a person's name by its first name, when it has a
    /// surname too (`Mary Roe`; not `Roe` alone).
    fn of_name(name: &str) -> Gender {
        let mut words = name.split_whitespace();
        match (words.next(), words.next()) {
            (Some(first), Some(_)) => Gender::of_first_name(first),
            _ => Gender::Unknown,
        }
    }

    /// The gender of first name `first`, when it nearly always names one.
    fn of_first_name(first: &str) -> Gender {
        match first_name_is_female(first) {
            Some(true) => Gender::Female,
            Some(false) => Gender::Male,
            None => Gender::Unknown,
        }
    }

    /// The gender a person's mention shows, by its words (`Mrs. Roe`) or
    /// else by its name's first name (`Mary Roe`).
    fn of_mention(words: &[&str], name: &[&str]) -> Gender {
        match (Gender::of_words(words), name) {
            (Gender::Unknown, [first, _, ..]) => Gender::of_first_name(first),
            (shown, _) => shown,
        }
    }

    /// Whether a person of gender `self` may be one of gender `other`:
    /// neither known to differ.
    fn agrees(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }

    /// The gender of a personal pronoun (`he`, `her`); unknown for `I`.
    fn of_pronoun(pronoun: &str) -> Gender {
        let is = |list: &[&str]| list.iter().any(|p| pronoun.eq_ignore_ascii_case(p));
        if is(&["he", "his", "him"]) {
            Gender::Male
        } else if is(&["she", "her", "hers"]) {
            Gender::Female
        } else {
            Gender::Unknown
        }
    }
}

word_sets! {
    /// Words dropped from the front of a person's name (titles, and the
    /// `Here’s` presenting one: `Here’s Park in 1992: “…”`).
    TITLE_WORDS = [
    "adm",
    "ambassador",
    "assemblyman",
    "assemblywoman",
    "atty",
    "attorney",
    "candidate",
    "capt",
    "captain",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "coach",
    "col",
    "commissioner",
    "congressman",
    "congresswoman",
    "councilman",
    "councilwoman",
    "deputy",
    "democrat",
    "democratic",
    "det",
    "detective",
    "director",
    "dr",
    "executive",
    "first",
    "foreign",
    "former",
    "gen",
    "general",
    "gov",
    "governor",
    "judge",
    "justice",
    "lady",
    "leader",
    "lt",
    "majority",
    "minister",
    "minority",
    "mr",
    "mrs",
    "ms",
    "mayor",
    "manager",
    "officer",
    "pope",
    "premier",
    "presidential",
    "president",
    "press",
    "prime",
    "prof",
    "professor",
    "prosecutor",
    "rabbi",
    "rep",
    "representative",
    "republican",
    "rev",
    "secretary",
    "sen",
    "senator",
    "sgt",
    "sheriff",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "state",
    "the",
    "u.s",
    "us",
    "vice",
    "white",
    "house",
    "gop",
    "pastor",
    "host",
    "founder",
    "ceo",
    "chair",
    "minister’s",
    "treasury",
    "defense",
    "homeland",
    "security",
    "labor",
    "health",
    "commerce",
    "energy",
    "agriculture",
    "education",
    "transportation",
    "interior",
    "here’s",
    "here's",
    "columnist",
    "commentator",
    "pollster",
    "strategist",
    "editor",
    "correspondent",
    "recorder",
    "whip",
    "counsel",
    "icon",
    "widow",
    "challenger",
    "reporter",
    "analyst",
    "economist",
    "historian",
    "activist",
    "lawyer",
    "author",
    "journalist",
    "anchor",
    "moderator",
    "adviser",
    "advisor",
    "consultant",
];
}

word_sets! {
    /// Capitalised words that open sentences, not names.
    NOT_NAMES = [
    "a", "an", "and", "as", "at", "but", "if", "in", "of", "on", "or", "so", "the", "then", "when",
    "while", "after", "before", "both", "since", "with", "for", "from", "by", "despite", "amid",
    "unlike", "without", "although", "though", "because", "until", "unless", "during", "like",
    "to", "under", "over", "into", "against", "among", "even", "only", "also", "not", "neither",
    "nor", "either", "why", "how", "what", "where", "who", "whom", "whose", "which", "did",
    "does", "do", "is", "are", "was", "were", "can", "could", "should", "would", "has", "have",
    "had", "several", "many", "some", "most", "few", "all", "each", "every", "other", "another",
    "that", "this", "these", "those", "any", "such", "whether", "everything", "everyone",
    "everybody", "nothing", "nobody", "none", "no", "anything", "anyone", "anybody",
    "something", "someone", "somebody",
];
}

word_sets! {
    /// Adverbs that may open a sentence before its subject but never
    /// start a name (`Perhaps Russia`, `Already Park`, `so far Canova`).
    OPENING_ADVERBS = [
    "perhaps", "maybe", "already", "still", "now", "meanwhile", "instead", "indeed", "yet",
    "also", "then", "again", "just", "even", "only", "far", "today", "yesterday", "tonight",
    "finally", "later", "earlier", "afterward", "afterwards",
];
}

/// Numbers that name the people just mentioned after `the` (`the two`).
const PEOPLE_COUNTS: &[&str] = &["two", "three", "four", "five"];

/// Whether `word` is an adverb that may open a sentence before its
/// subject but never starts a name (`Perhaps`, `Already`).
pub(crate) fn is_opening_adverb(word: &str) -> bool {
    OPENING_ADVERBS.contains(word)
}

word_sets! {
    /// Countries, states and capitals, which speak as their governments
    /// (`China said`, `Texas sued`, `Beijing denied`).
    PLACES = [
    "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia", "austria",
    "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil",
    "britain", "great britain", "bulgaria", "burma", "cambodia", "cameroon", "canada", "chad",
    "chile", "china", "colombia", "congo", "costa rica", "croatia", "cuba", "cyprus",
    "czech republic", "denmark", "ecuador", "egypt", "el salvador", "eritrea", "estonia",
    "ethiopia", "finland", "france", "georgia", "germany", "ghana", "greece", "guatemala",
    "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland",
    "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kosovo", "kuwait",
    "latvia", "lebanon", "libya", "lithuania", "luxembourg", "malaysia", "mali", "mexico",
    "moldova", "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "nepal",
    "netherlands", "new zealand", "nicaragua", "niger", "nigeria", "north korea", "norway",
    "oman", "pakistan", "panama", "paraguay", "peru", "philippines", "poland", "portugal",
    "qatar", "romania", "russia", "rwanda", "saudi arabia", "senegal", "serbia", "singapore",
    "slovakia", "slovenia", "somalia", "south africa", "south korea", "south sudan", "spain",
    "sri lanka", "sudan", "sweden", "switzerland", "syria", "taiwan", "tanzania", "thailand",
    "tunisia", "turkey", "uganda", "ukraine", "united arab emirates", "united kingdom",
    "united states", "united states of america", "u.s", "us", "u.k", "uk", "america",
    "uruguay", "uzbekistan", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe",
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
    "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
    "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
    "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
    "utah", "vermont", "virginia", "west virginia", "wisconsin", "wyoming", "puerto rico",
    "washington", "beijing", "moscow", "tehran", "kyiv", "kiev", "pyongyang", "seoul", "tokyo",
    "london", "paris", "berlin", "brussels", "jerusalem", "ankara", "damascus", "baghdad",
    "kabul", "islamabad", "new delhi", "ottawa", "havana", "caracas", "riyadh", "cairo",
    "taipei", "hanoi", "manila", "canberra", "westminster", "albany", "sacramento", "austin",
    "tallahassee", "springfield", "annapolis", "richmond", "harrisburg", "lansing",
];
}

word_sets! {
    /// Head words that make a noun phrase an organization.
    ORGANIZATION_WORDS = [
    "administration",
    "press",
    "airline",
    "agency",
    "association",
    "authority",
    "bank",
    "board",
    "bureau",
    "campaign",
    "center",
    "centre",
    "commission",
    "committee",
    "company",
    "corp",
    "corporation",
    "council",
    "court",
    "department",
    "embassy",
    "foundation",
    "government",
    "group",
    "inc",
    "institute",
    "league",
    "ministry",
    "network",
    "newspaper",
    "news",
    "daily",
    "tabloid",
    "broadcaster",
    "office",
    "organization",
    "party",
    "police",
    "post",
    "times",
    "union",
    "university",
    "journal",
    "house",
    "pentagon",
    "kremlin",
    "treasury",
    "elysee",
    "vatican",
    "reuters",
    "ap",
    "cnn",
    "nbc",
    "cbs",
    "abc",
    "fox",
    "msnbc",
    "statement",
    "report",
    "study",
    "survey",
    "poll",
    "team",
    "firm",
    "fund",
    "service",
    "army",
    "navy",
    "military",
    "senate",
    "congress",
    "parliament",
    "spokesman’s",
    "pac",
    "pacs",
    "coalition",
    "alliance",
    "federation",
    "chamber",
    "magazine",
    "publication",
    "outlet",
    "website",
    "panel",
    "legislature",
    "assembly",
    "cabinet",
    "studios",
    "school",
    "college",
    "church",
    "watch",
    "review",
    "caucus",
    "radio",
    "partners",
    "institution",
    "society",
    "project",
    "initiative",
    "forum",
    "club",
    "media",
    "television",
    "tribune",
    "herald",
    "gazette",
    "examiner",
    "telegraph",
    "inquirer",
    "globe",
    "chronicle",
    "monitor",
    "dispatch",
    "courier",
    "bulletin",
];
}

word_sets! {
    /// Head words of anonymous sources, when no name is given.
    ANONYMOUS_WORDS = [
    "aide",
    "aides",
    "insider",
    "insiders",
    "official",
    "officials",
    "source",
    "sources",
    "person",
    "people",
    "someone",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "diplomat",
    "diplomats",
    "member",
    "members",
    "staffer",
    "staffers",
];
}

word_sets! {
    /// Plural or collective heads that make a group.
    GROUP_WORDS = [
    "sides",
    "analysts",
    "experts",
    "critics",
    "residents",
    "protesters",
    "lawmakers",
    "leaders",
    "democrats",
    "republicans",
    "advocates",
    "activists",
    "economists",
    "investigators",
    "prosecutors",
    "police",
    "witnesses",
    "supporters",
    "opponents",
    "voters",
    "scientists",
    "researchers",
    "doctors",
    "both",
    "countries",
    "nations",
    "governments",
    "parties",
    "allies",
    "groups",
    "organizers",
    "authorities",
    "families",
    "students",
    "workers",
    "teachers",
    "parents",
    "others",
    "all",
    "each",
    "many",
    "some",
    "those",
    "candidates",
    "rivals",
    "senators",
    "delegates",
    "superdelegates",
    "electors",
    "conservatives",
    "liberals",
    "progressives",
    "unions",
    "citizens",
    "americans",
    "veterans",
    "donors",
    "executives",
    "lawyers",
    "observers",
    "members",
    "strategists",
    "pollsters",
    "commentators",
    "insiders",
    "historians",
    "diplomats",
    "legislators",
    "evangelicals",
    "independents",
    "moderates",
    "regulators",
    "officers",
    "judges",
    "justices",
    "farmers",
    "immigrants",
    "pastors",
    "hackers",
    "outlets",
    "companies",
    "corporations",
    "agencies",
    "networks",
    "newspapers",
    "campaigns",
    "banks",
    "firms",
    "committees",
    "organizations",
    "websites",
    "publications",
    "magazines",
    "broadcasters",
    "associations",
    "courts",
    "universities",
    "coalitions",
];
}

word_sets! {
    /// Plural nouns of people that make a mention a group when they head
    /// it (`his advisers`, `the crowd`), kinds only: unlike
    /// [`GROUP_WORDS`], they do not make a noun phrase a subject.
    PEOPLE_WORDS = [
    "reporters", "journalists", "developers", "businesses", "employees", "crowd", "audience",
    "fans", "protestors", "demonstrators", "users", "readers", "viewers", "respondents",
    "attendees", "participants", "volunteers", "staffers", "aides", "advisers", "advisors",
    "attorneys", "consultants", "friends", "relatives", "neighbors", "colleagues", "followers",
    "backers", "admirers", "skeptics", "customers", "owners", "couples", "clergy", "crowds",
    "audiences", "men", "women", "investors", "traders", "buyers", "sellers", "shoppers",
    "drivers", "patients", "refugees", "taxpayers", "consumers",
];

    /// Singular nouns of a person that make a mention a person when they
    /// head it after no `the` (`a friend`, `his wife`, `an actor`), kinds
    /// only.
    PERSON_WORDS = [
    "friend", "wife", "husband", "mother", "father", "son", "daughter", "brother", "sister",
    "reporter", "journalist", "voter", "resident", "actor", "actress", "narrator", "host",
    "anchor", "author", "writer", "columnist", "owner", "employee", "worker", "student",
    "teacher", "doctor", "officer", "veteran", "supporter", "critic", "aide", "volunteer",
    "neighbor", "colleague", "boss", "girlfriend", "boyfriend", "grandmother", "grandfather",
    "uncle", "aunt", "cousin", "widow", "founder", "ceo", "person", "guy", "lady", "girl", "boy",
    "man", "woman", "pastor", "priest", "rabbi", "imam", "bishop", "nurse", "farmer", "activist",
    "organizer", "protester", "donor", "delegate", "superdelegate", "lobbyist", "consultant", "attorney", "lawyer",
    "physician", "soldier", "retiree", "parent", "mom", "dad",
];
}

word_sets! {
    /// Nouns describing a person before their name, no part of it when a
    /// sentence's capital opens them (`Billionaire Mark Cuban`).
    DESCRIPTIVE_NOUNS = [
    "rival", "comedian", "comic", "billionaire", "millionaire", "businessman", "businesswoman",
    "entrepreneur", "mogul", "tycoon", "activist", "singer", "rapper", "musician", "actor",
    "actress", "author", "novelist", "filmmaker", "pollster", "strategist", "economist",
    "historian", "analyst", "commentator", "columnist", "journalist", "reporter", "challenger",
    "opponent", "incumbent", "hopeful", "contender", "candidate", "nominee", "socialist",
    "conservative", "liberal", "progressive", "libertarian", "celebrity", "philanthropist",
    "investor", "televangelist", "evangelist", "frontrunner", "front-runner", "newcomer",
];
}

word_sets! {
    /// Role nouns that, after `the`, describe a person already named.
    ROLE_WORDS = [
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "senator",
    "president",
    "governor",
    "candidate",
    "minister",
    "secretary",
    "mayor",
    "congressman",
    "congresswoman",
    "official",
    "leader",
    "diplomat",
    "ambassador",
    "chairman",
    "chairwoman",
    "judge",
    "lawmaker",
    "director",
    "businessman",
    "billionaire",
    "democrat",
    "republican",
    "nominee",
    "frontrunner",
    "front-runner",
    "prosecutor",
    "sheriff",
    "chief",
    "executive",
    "woman",
    "man",
    "pope",
    "premier",
    "envoy",
    "king",
    "queen",
    "prince",
    "general",
    "commander",
    "manager",
    "adviser",
    "advisor",
    "lawyer",
    "attorney",
    "strategist",
    "analyst",
    "economist",
    "professor",
    "historian",
    "pollster",
    "consultant",
    "activist",
    "expert",
    "commentator",
    "editor",
    "counsel",
];
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `words`, past a leading `the`, name a country, a state or a
/// capital, every word capitalised (`the United States`, `Texas`; not
/// `George Washington`).
pub(crate) fn is_place(words: &[&str]) -> bool {
    let words = match words {
        [the, rest @ ..] if the.eq_ignore_ascii_case("the") => rest,
        _ => words,
    };
    if words.is_empty() || words.len() > 4 {
        return false;
    }
    let capitalised = |w: &&str| is_capitalised(w) || w.eq_ignore_ascii_case("of");
    if !words.iter().all(capitalised) {
        return false;
    }
    // (Joined on the stack: most mentions are names tried here.)
    let mut joined = [0u8; 32];
    let mut len = 0;
    for (i, word) in words.iter().enumerate() {
        let space = usize::from(i > 0);
        if len + space + word.len() > joined.len() {
            return false;
        }
        if space == 1 {
            joined[len] = b' ';
        }
        joined[len + space..len + space + word.len()].copy_from_slice(word.as_bytes());
        len += space + word.len();
    }
    std::str::from_utf8(&joined[..len]).is_ok_and(|phrase| PLACES.contains(phrase))
}

/// Classifies the words of a speaker mention.
pub(crate) fn classify(words: &[&str]) -> MentionClass {
    match words {
        [] => return MentionClass::Named(SpeakerKind::Unknown),
        [one]
            if PRONOUNS.contains(one)
                || POSSESSIVE_PRONOUNS
                    .iter()
                    .any(|p| one.eq_ignore_ascii_case(p)) =>
        {
            return MentionClass::Pronoun;
        }
        [the, role] if the.eq_ignore_ascii_case("the") && ROLE_WORDS.contains(role) => {
            return MentionClass::Description;
        }
        _ => {}
    }
    // `officials in Washington`, `voters under 35`: speakers where they
    // are; the phrase's head comes before the preposition (and before a
    // participle placing them: `voters living in Ohio`).
    let people = |word: &str| {
        GROUP_WORDS.contains(word)
            || PEOPLE_WORDS.contains(word)
            || ANONYMOUS_WORDS.contains(word)
            || is_person_noun(word)
    };
    let head = words
        .iter()
        .position(|w| PLACE_PREPOSITIONS.contains(w))
        .and_then(|p| match p {
            _ if p > 0 && people(words[p - 1]) => Some(p - 1),
            _ if p > 1 && words[p - 1].ends_with("ing") && people(words[p - 2]) => Some(p - 2),
            _ => None,
        })
        .map_or(words[words.len() - 1], |h| words[h]);
    // `members of the Black Caucus`, `lawyers with the Project`, `the
    // chairman of Freedom Partners`: people of an organization, the
    // phrase's head before the preposition (but `secretary of state Jo
    // Park` is a title before a name).
    let titled_name = || {
        let name_from = words
            .iter()
            .rposition(|w| !is_capitalised(w))
            .map_or(0, |k| k + 1);
        name_from < words.len()
            && name_from > 0
            && !["of", "the", "at", "with", "for", "from", "a", "an"]
                .contains(&words[name_from - 1])
    };
    let head = words
        .iter()
        .position(|w| ["of", "with", "at"].contains(w))
        .filter(|&p| {
            p > 0
                && !is_capitalised(words[p - 1])
                && (PEOPLE_WORDS.contains(words[p - 1])
                    || GROUP_WORDS.contains(words[p - 1])
                    || ROLE_WORDS.contains(words[p - 1])
                    || is_person_noun(words[p - 1]))
                && !titled_name()
        })
        .map_or(head, |p| words[p - 1]);
    // `the order released Friday`, `a group funded by donors`: the head
    // comes before a participle.
    let head = match words {
        [determiner, ..]
            if ["the", "a", "an"]
                .iter()
                .any(|d| determiner.eq_ignore_ascii_case(d)) =>
        {
            words
                .iter()
                .enumerate()
                .skip(2)
                .find(|(p, w)| {
                    let noun = words[p - 1];
                    w.ends_with("ed")
                        && !is_capitalised(w)
                        && !noun.ends_with("ly")
                        && !is_capitalised(noun)
                        && !["and", "or", "of", "in", "for", "by", "with", "to"].contains(&noun)
                })
                .map_or(head, |(p, _)| words[p - 1])
        }
        _ => head,
    };
    let has = |w: &str| words.iter().any(|l| l.eq_ignore_ascii_case(w));
    let close_to = words
        .windows(2)
        .any(|pair| pair[0].eq_ignore_ascii_case("close") && pair[1] == "to");
    let informed = ["briefed", "involved", "privy", "knowledgeable"]
        .iter()
        .any(|w| has(w));
    if has("familiar") || informed || has("anonymity") || has("condition") || close_to {
        return MentionClass::Named(SpeakerKind::Anonymous);
    }
    // Capitalised words after the first (sentence-initial capitals say little).
    let names = words
        .iter()
        .enumerate()
        .filter(|&(i, w)| is_capitalised(w) && (i > 0 || !GROUP_WORDS.contains(w)))
        .count();
    let determined = words.first().is_some_and(|w| {
        ["the", "a", "an", "its", "their", "his", "her", "our"]
            .iter()
            .any(|d| w.eq_ignore_ascii_case(d))
    });
    let of_at = words.iter().position(|w| *w == "of");
    // `Jo Roe of Bloomberg News`: a person's name placed by what follows
    // `of`.
    let name_of = of_at.is_some_and(|p| {
        p >= 2
            && words[..p]
                .iter()
                .all(|w| is_capitalised(w) && !ORGANIZATION_WORDS.contains(w))
            && !is_place(&words[..p])
            // (Not `the Security Act of 2009`.)
            && words.get(p + 1).is_some_and(|w| is_capitalised(w))
    });
    if name_of {
        return MentionClass::Named(SpeakerKind::Person);
    }
    // `University of Virginia`, `Department of State`: an organization
    // named before `of`.
    let organization_of = of_at.is_some_and(|p| {
        p > 0 && is_capitalised(words[p - 1]) && ORGANIZATION_WORDS.contains(words[p - 1])
    });
    if organization_of || (ORGANIZATION_WORDS.contains(head) && (names > 0 || determined)) {
        return MentionClass::Named(SpeakerKind::Organization);
    }
    // `Jo Park and Ann Roe`, `Park and his aides`: several speakers at once.
    let joined = words.windows(3).any(|w| {
        matches!(w[1], "and" | "nor")
            && is_capitalised(w[0])
            && (is_capitalised(w[2]) || ["his", "her", "their", "other"].contains(&w[2]))
    });
    // `many of them`, `two-thirds of us`: a part of a group, unless one.
    let part_of_us = matches!(words, [quantity, .., "of", "them" | "us"]
        if !["one", "1"].iter().any(|one| quantity.eq_ignore_ascii_case(one)));
    // (`the two`, `the three`: the people just named, together.)
    let the_number = matches!(words, [the, number] if the.eq_ignore_ascii_case("the")
        && PEOPLE_COUNTS.contains(number));
    if GROUP_WORDS.contains(head)
        || part_of_us
        || the_number
        || (words.len() == 2 && words[0].eq_ignore_ascii_case("both"))
        || (joined && !words.iter().any(|w| ORGANIZATION_WORDS.contains(w)))
    {
        return MentionClass::Named(SpeakerKind::Group);
    }
    if ANONYMOUS_WORDS.contains(head) {
        return MentionClass::Named(SpeakerKind::Anonymous);
    }
    if PEOPLE_WORDS.contains(head) {
        return MentionClass::Named(SpeakerKind::Group);
    }
    // `a senator from Ohio`, `the mayor of Albany`: a role of a place names
    // no one by the place; with `the`, it describes someone named before
    // and is left for them, like `the Kentucky Republican` below.
    let of_place = words
        .iter()
        .position(|w| ["of", "from"].contains(w))
        .is_some_and(|p| {
            p >= 2
                && p + 1 < words.len()
                && words[1..p].iter().all(|w| !is_capitalised(w))
                && (ROLE_WORDS.contains(words[p - 1]) || PERSON_WORDS.contains(words[p - 1]))
                && words[p + 1..].iter().all(|w| is_capitalised(w))
        });
    let first = words.first().copied().unwrap_or_default();
    let definite = first.eq_ignore_ascii_case("the");
    // `a spokeswoman for Jo Park`, `an aide to Park`: a person of their
    // own, who speaks for the one named.
    let serving = words
        .iter()
        .position(|w| ["for", "to"].contains(w))
        .is_some_and(|p| {
            p >= 2
                && ["a", "an", "the", "one", "another"]
                    .iter()
                    .any(|d| first.eq_ignore_ascii_case(d))
                && words[1..p].iter().all(|w| !is_capitalised(w))
                && (ROLE_WORDS.contains(words[p - 1]) || PERSON_WORDS.contains(words[p - 1]))
        });
    if serving {
        return MentionClass::Common(SpeakerKind::Person);
    }
    if of_place && definite {
        return MentionClass::Named(SpeakerKind::Unknown);
    }
    // `the Florida senator`, `the presumptive Republican nominee`: a
    // description of someone named before.
    let described = definite
        && words.len() >= 3
        && (ROLE_WORDS.contains(head) || PERSON_WORDS.contains(head))
        && words[1..words.len() - 1]
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'));
    if described {
        return MentionClass::Description;
    }
    if of_place && ["a", "an"].iter().any(|d| first.eq_ignore_ascii_case(d)) {
        return MentionClass::Common(SpeakerKind::Person);
    }
    // (`a federal judge`, `his wife`; not `the Kentucky Republican`, which
    // describes someone named before and is left for them, nor `Mr. King`,
    // a name.)
    if (ROLE_WORDS.contains(head) || PERSON_WORDS.contains(head))
        && !definite
        && !is_capitalised(head)
    {
        return MentionClass::Common(SpeakerKind::Person);
    }
    if is_place(words) {
        return MentionClass::Named(SpeakerKind::Organization);
    }
    if is_capitalised(head) && !TITLE_WORDS.contains(head) {
        let acronym = head.len() >= 2 && head.chars().all(|c| !c.is_lowercase());
        if acronym && (words.len() == 1 || (words.len() == 2 && definite)) {
            // `NATO`, `AP`, `the FBI`: acronyms name organizations.
            return MentionClass::Named(SpeakerKind::Organization);
        }
        return MentionClass::Named(SpeakerKind::Person);
    }
    MentionClass::Named(SpeakerKind::Unknown)
}

/// A person a pronoun or a description can stand for: a speaker, or a
/// person only named so far (an index into `named_persons`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Referent {
    Speaker(usize),
    Named(usize),
}

/// A person named as the subject of a sentence with no quote of theirs
/// (`Mayor Jo Park spoke Monday.`): a speaker once referred to.
#[derive(Debug)]
struct NamedPerson {
    /// The mention's words as written (`Mayor`, `Jo`, `Park`).
    words: Vec<String>,
    /// Name key of the person's name (see [`name_key`]).
    key: String,
    gender: Gender,
    descriptors: FxHashSet<String>,
}

/// The speakers of one article, built up mention by mention: pronouns and
/// descriptions resolved to the latest compatible speaker, name variants
/// merged, kinds assigned.
///
/// ```
/// use whosaid_core::{Resolution, Span, SpeakerKind};
/// use whosaid_nlp::SpeakerRegistry;
///
/// let text = "Secretary of State Antony Blinken arrived.";
/// let mut registry = SpeakerRegistry::new();
/// let at = Span::new(0, 0);
/// let (blinken, _) = registry.link(at, &["Secretary", "Blinken"]).unwrap();
/// let (he, how) = registry.link(at, &["he"]).unwrap();
/// let (sources, _) = registry.link(at, &["sources"]).unwrap();
/// assert_eq!((he, how), (blinken, Resolution::Pronoun));
/// let speakers = registry.into_speakers(text);
/// assert_eq!(speakers[blinken].name, "Antony Blinken");
/// assert_eq!(speakers[sources].kind, SpeakerKind::Anonymous);
/// ```
#[derive(Debug, Default)]
pub struct SpeakerRegistry {
    speakers: Vec<Speaker>,
    /// Name key of each speaker (see [`name_key`]), for merging variants.
    name_keys: Vec<String>,
    /// Speaker id by kind and exact name key.
    by_key: FxHashMap<SpeakerKind, FxHashMap<String, usize>>,
    /// The persons mentioned last, latest last (at most
    /// [`PRONOUN_WINDOW`]), for `he` and `she`.
    recent_persons: Vec<Referent>,
    /// Persons named outside any speech tag and not (yet) quoted, for the
    /// pronouns and descriptions after (see [`SpeakerRegistry::note_person`]).
    named_persons: Vec<NamedPerson>,
    /// Index into `named_persons` by name key.
    named_by_key: FxHashMap<String, usize>,
    /// The gender shown for each speaker.
    genders: Vec<Gender>,
    /// The capitalised words of each speaker's mentions (`Florida`, `Sen.`
    /// for `Florida Sen. Marco Rubio`), for the descriptions after.
    descriptors: Vec<FxHashSet<String>>,
    /// The person quoted last, for `I`.
    last_quoted_person: Option<usize>,
    /// The latest organization, group or anonymous source, for `they`.
    last_collective: Option<usize>,
    /// The latest organization, for `it`.
    last_organization: Option<usize>,
    last_any: Option<usize>,
    /// The latest speaker named by a noun showing a gender (`a
    /// spokeswoman`), for `he` or `she` when no person of that gender is
    /// known.
    last_unnamed_male: Option<usize>,
    last_unnamed_female: Option<usize>,
}

impl SpeakerRegistry {
    /// An empty registry, for one article.
    pub fn new() -> SpeakerRegistry {
        SpeakerRegistry::default()
    }

    /// Links a mention, at `mention` in the text and made of `words`, to a
    /// speaker, making one if needed, and returns the speaker id and how
    /// it was resolved; `None` for a pronoun or description with nobody to
    /// refer to.
    pub fn link(&mut self, mention: Span, words: &[&str]) -> Option<(usize, Resolution)> {
        // (`One of them` after `two people familiar with the talks`: one
        // of an anonymous source is anonymous too.)
        if let [one, "of", "them"] = words
            && one.eq_ignore_ascii_case("one")
            && self
                .last_collective
                .is_some_and(|id| self.speakers[id].kind == SpeakerKind::Anonymous)
        {
            let id = self.by_phrase(words, SpeakerKind::Anonymous);
            self.speakers[id].mentions.push(mention);
            self.last_any = Some(id);
            return Some((id, Resolution::Explicit));
        }
        let class = classify(words);
        let (id, resolution) = match class {
            MentionClass::Pronoun => {
                let pronoun = words[0];
                let personal = ["he", "she", "i", "his", "her"]
                    .iter()
                    .any(|p| pronoun.eq_ignore_ascii_case(p));
                let collective = ["they", "them", "their"]
                    .iter()
                    .any(|p| pronoun.eq_ignore_ascii_case(p));
                let id = if pronoun.eq_ignore_ascii_case("i") {
                    // (`I` is the person quoted last, never one only named.)
                    self.last_quoted_person?
                } else if personal {
                    let gender = Gender::of_pronoun(pronoun);
                    match self.person_of_gender(gender) {
                        Some(referent) => self.speaker_of(referent),
                        // (`a spokeswoman said … She added`: with no woman
                        // named, the spokeswoman.)
                        None => match gender {
                            Gender::Male => self.last_unnamed_male?,
                            Gender::Female => self.last_unnamed_female?,
                            Gender::Unknown => return None,
                        },
                    }
                } else if ["it", "its"]
                    .iter()
                    .any(|p| pronoun.eq_ignore_ascii_case(p))
                {
                    // (A group of people is `they`, never `it`.)
                    self.last_organization?
                } else if collective {
                    self.last_collective?
                } else {
                    self.last_any?
                };
                (id, Resolution::Pronoun)
            }
            // (`the spokeswoman`: the woman named last.)
            MentionClass::Description => {
                let referent = self.person_described(words)?;
                (self.speaker_of(referent), Resolution::Description)
            }
            // (`Israel` after `Steve Israel`: the person, not the country;
            // `PENCE:` in a transcript after `Mike Pence`: the person, not
            // an acronym.)
            MentionClass::Named(SpeakerKind::Organization)
                if (is_place(words) && self.person_ending_with(words, 1))
                    || (is_capitals(words) && self.person_ending_with(words, 2)) =>
            {
                (self.named(words, SpeakerKind::Person), Resolution::Explicit)
            }
            MentionClass::Named(kind) => (self.named(words, kind), Resolution::Explicit),
            MentionClass::Common(kind) => (self.by_phrase(words, kind), Resolution::Explicit),
        };
        self.speakers[id].mentions.push(mention);
        if self.speakers[id].kind != SpeakerKind::Person || matches!(class, MentionClass::Common(_))
        {
            self.note_unnamed(id, words);
        }
        // (A person named by a common noun is no referent for pronouns.)
        match self.speakers[id].kind {
            _ if matches!(class, MentionClass::Common(_)) => {}
            SpeakerKind::Person => {
                if self.genders[id] == Gender::Unknown {
                    self.genders[id] = match Gender::of_words(words) {
                        Gender::Unknown => Gender::of_name(&self.speakers[id].name),
                        shown => shown,
                    };
                }
                self.mark_recent(Referent::Speaker(id));
                self.last_quoted_person = Some(id);
            }
            SpeakerKind::Organization => {
                self.last_collective = Some(id);
                self.last_organization = Some(id);
            }
            SpeakerKind::Group | SpeakerKind::Anonymous => self.last_collective = Some(id),
            SpeakerKind::Unknown => {}
        }
        self.last_any = Some(id);
        Some((id, resolution))
    }

    /// Makes speaker `id`, if a person, the person mentioned last again.
    pub(crate) fn mark_speaker_recent(&mut self, id: usize) {
        if self.speakers[id].kind == SpeakerKind::Person
            && self.recent_persons.contains(&Referent::Speaker(id))
        {
            self.mark_recent(Referent::Speaker(id));
        }
    }

    /// Makes `referent` the person mentioned last, dropping the oldest
    /// beyond [`PRONOUN_WINDOW`]; a speaker replaces any named person with
    /// its name (`Park`, quoted after `Jo Park spoke Monday.`).
    fn mark_recent(&mut self, referent: Referent) {
        let (name_keys, named_persons) = (&self.name_keys, &self.named_persons);
        self.recent_persons
            .retain(|&other| match (referent, other) {
                (Referent::Speaker(id), Referent::Named(n)) => {
                    !one_name_ends_other(&name_keys[id], &named_persons[n].key)
                }
                _ => other != referent,
            });
        if self.recent_persons.len() == PRONOUN_WINDOW {
            self.recent_persons.remove(0);
        }
        self.recent_persons.push(referent);
    }

    /// The speaker that `referent` is, made from a named person referred
    /// to for the first time.
    fn speaker_of(&mut self, referent: Referent) -> usize {
        let n = match referent {
            Referent::Speaker(id) => return id,
            Referent::Named(n) => n,
        };
        let person = &self.named_persons[n];
        let (owned, gender, descriptors) = (
            person.words.clone(),
            person.gender,
            person.descriptors.clone(),
        );
        let words: Vec<&str> = owned.iter().map(String::as_str).collect();
        let name = person_name(&words);
        let key = name_key(&name);
        let id = self.person_named(&name, key, gender);
        if self.genders[id] == Gender::Unknown {
            self.genders[id] = gender;
        }
        self.descriptors[id].extend(descriptors);
        id
    }

    fn gender_of(&self, referent: Referent) -> Gender {
        match referent {
            Referent::Speaker(id) => self.genders[id],
            Referent::Named(n) => self.named_persons[n].gender,
        }
    }

    fn descriptors_of(&self, referent: Referent) -> &FxHashSet<String> {
        match referent {
            Referent::Speaker(id) => &self.descriptors[id],
            Referent::Named(n) => &self.named_persons[n].descriptors,
        }
    }

    /// The person mentioned last whose gender is not known to differ from
    /// `gender`.
    fn person_of_gender(&self, gender: Gender) -> Option<Referent> {
        self.latest_person(gender, |_| true)
    }

    /// The latest of the recent persons for which `matches` holds and
    /// whose gender is not known to differ from `gender`.
    fn latest_person(
        &self,
        gender: Gender,
        matches: impl Fn(Referent) -> bool,
    ) -> Option<Referent> {
        self.recent_persons.iter().rev().copied().find(|&referent| {
            let shown = self.gender_of(referent);
            (gender == Gender::Unknown || shown == Gender::Unknown || shown == gender)
                && matches(referent)
        })
    }

    /// Records a person named as the subject of a sentence that quotes
    /// nobody (`Mayor Jo Park spoke Monday.`), mention `words`, as the
    /// person mentioned last: the pronouns and descriptions after (`She
    /// said …`, `The mayor said …`) may stand for them. Such a person
    /// becomes a speaker once referred to so.
    pub(crate) fn note_person(&mut self, words: &[&str]) {
        // (Not `But Park`, nor `Trump Slams`.)
        let name_words = words
            .iter()
            .all(|w| TITLE_WORDS.contains(w) || NAME_PARTICLES.contains(w) || is_name_word(w));
        if !name_words || classify(words) != MentionClass::Named(SpeakerKind::Person) {
            return;
        }
        let name = person_name(words);
        let key = name_key(&name);
        let gender = Gender::of_mention(words, &name);
        if let Some(id) = self.known_person(&key, gender) {
            // (`Sen. Park`: a title shows more of the person.)
            if words.len() > name.len() {
                self.show_mention(id, &words.join(" "), false);
            }
            self.mark_recent(Referent::Speaker(id));
            return;
        }
        // (A new person by a title or a first name: `Mr. Park`, `Jo Park`;
        // not `There`, nor `The Boeing`.)
        let titled = words.len() > name.len()
            && words
                .iter()
                .any(|w| TITLE_WORDS.contains(w) && (w.ends_with('.') || ROLE_WORDS.contains(w)));
        let first_named = name.len() >= 2 && first_name_is_female(name[0]).is_some();
        if !titled && !first_named {
            return;
        }
        let person = NamedPerson {
            words: words.iter().map(|w| w.to_string()).collect(),
            descriptors: descriptors_in(words).map(str::to_string).collect(),
            key,
            gender,
        };
        let n = match self.named_by_key.get(&person.key) {
            Some(&n) => n,
            None => {
                let n = self.named_persons.len();
                self.named_by_key.insert(person.key.clone(), n);
                self.named_persons.push(person);
                n
            }
        };
        self.mark_recent(Referent::Named(n));
    }

    /// Records what a mention of person `id`, as written, shows: its
    /// gender (`Mrs. Roe`), unless one is known, and its descriptors
    /// (`Florida Sen. Marco Rubio`), roles only if `described` is false (a
    /// description, `the candidate`, was matched to the person by its
    /// role).
    pub(crate) fn show_mention(&mut self, id: usize, mention: &str, described: bool) {
        if self.speakers[id].kind != SpeakerKind::Person {
            return;
        }
        let words: Vec<&str> = mention.split_whitespace().collect();
        if self.genders[id] == Gender::Unknown {
            self.genders[id] = Gender::of_words(&words);
        }
        for word in descriptors_in(&words).filter(|w| !described || is_capitalised(w)) {
            if !self.descriptors[id].contains(word) {
                self.descriptors[id].insert(word.to_string());
            }
        }
    }

    /// The person a description with a role stands for: for the role alone
    /// (`the senator`), the latest shown in it (`Sen. Jo Park`), else the
    /// latest of its gender; for a role with capitalised words (`the
    /// Florida senator`), the latest whose mentions hold them (`Florida
    /// Sen. Marco Rubio`); for other words (`the former president`), the
    /// latest shown in the role, if any.
    fn person_described(&self, words: &[&str]) -> Option<Referent> {
        let gender = Gender::of_words(words);
        let inner = words
            .get(1..words.len().saturating_sub(1))
            .unwrap_or_default();
        let names: Vec<&str> = inner
            .iter()
            .copied()
            .filter(|w| is_capitalised(w))
            .collect();
        // (`the governor`: the latest person shown in that role, else the
        // latest of its gender; `the former governor`: only one shown in
        // the role.)
        if names.is_empty() {
            let role = words[words.len() - 1];
            let in_role = self.latest_person(gender, |referent| {
                shows_role(self.descriptors_of(referent), role)
            });
            return match inner.is_empty() {
                true => in_role.or_else(|| self.person_of_gender(gender)),
                false => in_role,
            };
        }
        self.latest_person(gender, |referent| {
            let descriptors = self.descriptors_of(referent);
            names.iter().all(|name| descriptors.contains(*name))
        })
    }

    /// Links an unresolvable pronoun to a speaker of its own so that the
    /// quote still names who said it as written.
    pub(crate) fn link_unresolved(&mut self, mention: Span, words: &[&str]) -> usize {
        let name = canonical_phrase(words);
        let id = self.push(name, SpeakerKind::Unknown, String::new());
        self.speakers[id].mentions.push(mention);
        id
    }

    /// Notes speaker `id`, named by `words` with no name of a person, as
    /// the latest of the gender its words show (`a spokeswoman`), if any.
    fn note_unnamed(&mut self, id: usize, words: &[&str]) {
        match Gender::of_words(words) {
            Gender::Male => self.last_unnamed_male = Some(id),
            Gender::Female => self.last_unnamed_female = Some(id),
            Gender::Unknown => {}
        }
    }

    /// Links a work named by its title (`according to “Man of the
    /// World”`) to a speaker of unknown kind named by it.
    pub(crate) fn link_work(&mut self, mention: Span, words: &[&str]) -> usize {
        // (The title as written, its article kept: `A County History`.)
        let name = words.join(" ");
        let key = name.to_lowercase();
        let id = match self.exact(SpeakerKind::Unknown, &key) {
            Some(id) => id,
            None => self.push(name, SpeakerKind::Unknown, key),
        };
        self.speakers[id].mentions.push(mention);
        id
    }

    /// Links a mention of a source granted anonymity (`an official who
    /// spoke on condition of anonymity`) to an anonymous speaker named by
    /// its words, never to a person named before.
    pub(crate) fn link_anonymous(&mut self, mention: Span, words: &[&str]) -> usize {
        let id = self.by_phrase(words, SpeakerKind::Anonymous);
        self.speakers[id].mentions.push(mention);
        self.note_unnamed(id, words);
        self.last_collective = Some(id);
        self.last_any = Some(id);
        id
    }

    /// Whether a person among the last [`MERGE_WINDOW`] speakers has a
    /// name of `fewest_words` words or more ending with `words` (`Steve
    /// Israel` for `Israel`, a surname that is also a place; `Mike Pence`
    /// for `PENCE`).
    fn person_ending_with(&self, words: &[&str], fewest_words: usize) -> bool {
        let key = name_key(words);
        let floor = self.speakers.len().saturating_sub(MERGE_WINDOW);
        (floor..self.speakers.len()).any(|id| {
            let other = &self.name_keys[id];
            self.speakers[id].kind == SpeakerKind::Person
                && word_count(other) >= fewest_words
                && ends_with_words(other, &key)
        })
    }

    /// The speaker among the last [`MERGE_WINDOW`] for which `matches`
    /// holds that was mentioned last (`Mr. Cruz` after `Rafael Cruz`, even
    /// when `Ted Cruz` was named first).
    fn last_mentioned(&self, matches: impl Fn(usize) -> bool) -> Option<usize> {
        let floor = self.speakers.len().saturating_sub(MERGE_WINDOW);
        (floor..self.speakers.len())
            .filter(|&id| matches(id))
            .max_by_key(|&id| self.speakers[id].mentions.last().map(|m| m.start))
    }

    /// The speaker of `kind` named by the whole phrase (`State
    /// Department`, `federal judge`), made if new.
    fn by_phrase(&mut self, words: &[&str], kind: SpeakerKind) -> usize {
        let name = canonical_phrase(words);
        let key = name.to_lowercase();
        if let Some(id) = self.exact(kind, &key) {
            return id;
        }
        // `the campaign` after `the Clinton campaign`: the speaker of this
        // kind mentioned last whose name ends with the noun.
        if let [the, _] = words
            && the.eq_ignore_ascii_case("the")
            && kind != SpeakerKind::Person
        {
            let named_so = self.last_mentioned(|id| {
                let other = &self.name_keys[id];
                // (Not `authors of the report` for `the report`.)
                self.speakers[id].kind == kind
                    && ends_with_words(other, &key)
                    && !other.split(' ').any(|w| w == "of")
            });
            if let Some(id) = named_so {
                return id;
            }
        }
        self.push(name, kind, key)
    }

    /// The speaker named by `words`: for a person, the one of the recent
    /// persons whose name ends with the name's words or whose words it
    /// ends with (`Roe` after `John Roe spoke Monday.`, though `Ann Roe`
    /// was quoted before), else as [`SpeakerRegistry::person_named`].
    fn named(&mut self, words: &[&str], kind: SpeakerKind) -> usize {
        if kind != SpeakerKind::Person {
            return self.by_phrase(words, kind);
        }
        let name = person_name(words);
        let key = name_key(&name);
        let gender = Gender::of_mention(words, &name);
        let recent = self.recent_persons.iter().rev().find(|&&referent| {
            let other = match referent {
                Referent::Speaker(id) => &self.name_keys[id],
                Referent::Named(n) => &self.named_persons[n].key,
            };
            one_name_ends_other(other, &key) && gender.agrees(self.gender_of(referent))
        });
        match recent {
            Some(&Referent::Named(n)) => self.speaker_of(Referent::Named(n)),
            _ => self.person_named(&name, key, gender),
        }
    }

    /// The person speaker of name words `name` (name key `key`, showing
    /// `gender`): the one of that name or else the person mentioned last
    /// whose name ends with the name's words or whose words it ends with
    /// (see [`SpeakerRegistry::known_person`]), made if none.
    fn person_named(&mut self, name: &[&str], key: String, gender: Gender) -> usize {
        let kind = SpeakerKind::Person;
        match self.known_person(&key, gender) {
            Some(id) => {
                if word_count(&key) > word_count(&self.name_keys[id]) {
                    self.speakers[id].name = name.join(" ");
                    self.by_key.entry(kind).or_default().insert(key.clone(), id);
                    self.name_keys[id] = key;
                }
                id
            }
            None => self.push(name.join(" "), kind, key),
        }
    }

    /// The person speaker with the name of `key`, or else the person
    /// mentioned last whose name ends with these words or whose words
    /// these end with (a name, not a description such as `spokesman for
    /// Mr. Park`), of a gender not known to differ from `gender`.
    fn known_person(&self, key: &str, gender: Gender) -> Option<usize> {
        self.exact(SpeakerKind::Person, key)
            .filter(|&id| gender.agrees(self.genders[id]))
            .or_else(|| {
                self.last_mentioned(|id| {
                    let speaker = &self.speakers[id];
                    speaker.kind == SpeakerKind::Person
                        && speaker.name.starts_with(char::is_uppercase)
                        && gender.agrees(self.genders[id])
                        && one_name_ends_other(&self.name_keys[id], key)
                })
            })
    }

    fn push(&mut self, name: String, kind: SpeakerKind, key: String) -> usize {
        let id = self.speakers.len();
        self.speakers.push(Speaker {
            id,
            name,
            kind,
            mentions: Vec::new(),
        });
        self.by_key
            .entry(kind)
            .or_default()
            .entry(key.clone())
            .or_insert(id);
        self.name_keys.push(key);
        self.genders.push(Gender::Unknown);
        self.descriptors.push(FxHashSet::default());
        id
    }

    /// The speaker of this kind with exactly these name words.
    fn exact(&self, kind: SpeakerKind, key: &str) -> Option<usize> {
        self.by_key.get(&kind)?.get(key).copied()
    }

    /// The speakers, indexed by id; a person known only by one name is
    /// given the fullest form the article `text` uses elsewhere (`Blinken` becomes `Antony Blinken`
    /// when the article names him so, even outside any speech tag).
    pub fn into_speakers(mut self, text: &str) -> Vec<Speaker> {
        let mut persons_by_key: FxHashMap<&str, usize> = FxHashMap::default();
        for (speaker, key) in self.speakers.iter().zip(&self.name_keys) {
            if speaker.kind == SpeakerKind::Person {
                *persons_by_key.entry(key.as_str()).or_default() += 1;
            }
        }
        // (`Mr. Khan` and `Ms. Khan`: a name two persons share takes a
        // first name of its person's gender only.)
        let mut single: FxHashMap<&str, Vec<NameToFill>> = FxHashMap::default();
        for (speaker, key) in self.speakers.iter().zip(&self.name_keys) {
            if speaker.kind == SpeakerKind::Person && word_count(key) == 1 {
                single
                    .entry(speaker.name.as_str())
                    .or_default()
                    .push(NameToFill {
                        id: speaker.id,
                        gender: self.genders[speaker.id],
                        shared: persons_by_key[key.as_str()] > 1,
                    });
            }
        }
        let fullest = fullest_names(text, &single);
        let fills: Vec<NameToFill> = single.into_values().flatten().collect();
        for fill in fills {
            let id = fill.id;
            match fullest.get(&id) {
                Some(name) => self.speakers[id].name = name.clone(),
                // (Else the title that tells them apart, as written.)
                None if fill.shared && fill.gender != Gender::Unknown => {
                    let mut titles: Vec<&String> = self.descriptors[id]
                        .iter()
                        .filter(|w| w.ends_with('.') && Gender::of_words(&[w]) == fill.gender)
                        .collect();
                    titles.sort();
                    let title = match (titles.first(), fill.gender) {
                        (Some(title), _) => title.as_str(),
                        (None, Gender::Male) => "Mr.",
                        (None, _) => "Ms.",
                    };
                    self.speakers[id].name = format!("{title} {}", self.speakers[id].name);
                }
                None => {}
            }
        }
        self.speakers
    }
}

/// The words of a person's name mention that a description can match:
/// its capitalised words (`Florida`, `Sen.` in `Florida Sen. Marco
/// Rubio`) and its roles in lower case, unless former (`businessman` in
/// `businessman Jo Park`; not `governor` in `Jo Park, a former governor`).
fn descriptors_in<'w>(words: &[&'w str]) -> impl Iterator<Item = &'w str> {
    let former = words
        .iter()
        .position(|w| w.eq_ignore_ascii_case("former"))
        .unwrap_or(words.len());
    words
        .iter()
        .enumerate()
        .map(|(k, w)| (k, w.trim_end_matches([',', '’', '\''])))
        .filter(move |&(k, w)| is_capitalised(w) || (k < former && ROLE_WORDS.contains(w)))
        .map(|(_, w)| w)
}

/// Titles written before a name and the role each shows (`Sen. Park` is a
/// senator).
const TITLE_ROLES: &[(&str, &str)] = &[
    ("Sen.", "senator"),
    ("Gov.", "governor"),
    ("Rep.", "congressman"),
    ("Rep.", "congresswoman"),
    ("Pres.", "president"),
    ("Sec.", "secretary"),
];

/// Whether `descriptors` of a person show them in `role` (`senator` for
/// `Senator` or `Sen.`).
fn shows_role(descriptors: &FxHashSet<String>, role: &str) -> bool {
    descriptors.iter().any(|descriptor| {
        descriptor.eq_ignore_ascii_case(role)
            || TITLE_ROLES
                .iter()
                .any(|(title, shown)| descriptor == title && role.eq_ignore_ascii_case(shown))
    })
}

/// The name words of a person's mention, titles and roles before it and
/// a place after it left out (`Trump running mate Mike Pence` is `Mike
/// Pence`; `Ted Cruz of Texas` is `Ted Cruz`).
fn person_name<'w>(words: &[&'w str]) -> Vec<&'w str> {
    // `Trump running mate Mike Pence`, `British Prime Minister Theresa
    // May`: the name follows the last word in lower case (but `Ana de
    // la Cruz`, `Ruiz of Ohio`) and the last title.
    // (`Fox News’s Ed Henry`: the name of two words or more after a
    // possessive, too; not `Trump’s Son`.)
    let name_start = words
        .iter()
        .enumerate()
        .rposition(|(i, w)| {
            let possessive = is_any_possessive(w);
            TITLE_WORDS.contains(w)
                || (!is_capitalised(w) && !NAME_PARTICLES.contains(w))
                || (possessive && i + 2 < words.len())
                || is_descriptive_compound(w)
        })
        .map_or(0, |i| i + 1);
    // (`Chief Of Staff Rahm Emanuel`: what the title is of belongs to
    // it.)
    let of_title = words
        .get(name_start)
        .is_some_and(|of| of.eq_ignore_ascii_case("of"))
        && words
            .get(name_start + 1)
            .is_some_and(|w| ["staff", "state"].iter().any(|t| w.eq_ignore_ascii_case(t)))
        && name_start + 3 < words.len();
    let name_start = if of_title { name_start + 2 } else { name_start };
    let words = if name_start < words.len() {
        &words[name_start..]
    } else {
        words
    };
    let name: Vec<&str> = words
        .iter()
        .copied()
        .skip_while(|w| TITLE_WORDS.contains(w) || !is_capitalised(w))
        .collect();
    // (`Billionaire Mark Cuban`, `Rival Hillary Clinton`: a noun
    // describing the person, capitalised to open a sentence.)
    let name = match &name[..] {
        [noun, rest @ ..] if rest.len() >= 2 && DESCRIPTIVE_NOUNS.contains(noun) => rest.to_vec(),
        _ => name,
    };
    let mut name = if name.is_empty() {
        words.to_vec()
    } else {
        name
    };
    // `Ted Cruz of Texas`: the person, without the place (but not
    // `University of Virginia`, nor `Armenian Patriarchate of …`).
    if let Some(of) = name.iter().position(|w| *w == "of")
        && (2..=3).contains(&of)
        && name[..of].iter().all(|w| is_name_word(w))
        && is_place(&name[of + 1..])
    {
        name.truncate(of);
    }
    name
}

/// A person speaker known by one name, for [`fullest_names`] to fill in.
#[derive(Clone, Copy, Debug)]
struct NameToFill {
    id: usize,
    gender: Gender,
    /// Whether another person speaker has the same name (`Mr. Khan` and
    /// `Ms. Khan`).
    shared: bool,
}

/// For each one-word name in `names`, the longest `First [Middle] Name` in
/// `text` ending with it whose first name does not show another gender
/// than the speaker's (shows the speaker's, for a name two persons share),
/// titles left out; one pass over the text.
/// Words are separated by white space; a line break ends a name.
fn fullest_names(text: &str, names: &FxHashMap<&str, Vec<NameToFill>>) -> FxHashMap<usize, String> {
    let mut best: FxHashMap<usize, &str> = FxHashMap::default();
    if names.is_empty() {
        return FxHashMap::default();
    }
    let bytes = text.as_bytes();
    let mut headlines = HeadlineLines::default();
    let mut i = 0;
    while i < bytes.len() {
        // Only words starting with a capital (an upper-case ASCII letter,
        // or any non-ASCII letter, checked below) can be names.
        let b = bytes[i];
        if !(b.is_ascii_uppercase() || b >= 0xC0) || (i > 0 && !is_separator(bytes[i - 1])) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && !is_separator(bytes[i]) {
            i += 1;
        }
        let word = &text[start..i];
        if !is_capitalised(word) {
            continue;
        }
        let bare = word.trim_end_matches(|c: char| !is_alphanumeric(c));
        let bare = without_possessive(bare);
        if let Some(fills) = names.get(bare)
            && let Some(first) = name_start(text, start)
            && !headlines.is_headline(text, start)
        {
            let candidate = &text[first..start + bare.len()];
            // (Not `New Hampshire Sanders` of `a New Hampshire Sanders
            // veteran`; but `Chad Sweet`.)
            let before: Vec<&str> = text[first..start].split_whitespace().collect();
            if is_place(&before) && first_name_is_female(before[0]).is_none() {
                continue;
            }
            // (Not `Hillary Clinton` for `Mr. Clinton`.)
            let shown = Gender::of_name(candidate);
            for fill in fills {
                let fits = if fill.shared {
                    shown != Gender::Unknown && shown == fill.gender
                } else {
                    fill.gender.agrees(shown)
                };
                if fits && best.get(&fill.id).is_none_or(|b| candidate.len() > b.len()) {
                    best.insert(fill.id, candidate);
                }
            }
        }
    }
    best.into_iter()
        .map(|(id, name)| (id, name.to_string()))
        .collect()
}

/// Whether `word` ends in a possessive `’s` or `'s` (`Park’s`).
pub(crate) fn is_possessive(word: &str) -> bool {
    without_possessive(word).len() < word.len()
}

/// Whether `word` is possessive, singular or plural (`Park’s`, `News’`).
fn is_any_possessive(word: &str) -> bool {
    is_possessive(word) || word.ends_with("s’") || word.ends_with("s'")
}

/// `word` without a possessive `’s` or `'s` (`Park’s` is `Park`).
pub(crate) fn without_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word)
}

/// Whether byte `b` separates words; every separator but a space also
/// ends a name.
fn is_separator(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\r' | b'\t')
}

/// The start of the name words, up to three, right before the word at
/// `start` on its line (`Antony J.` before `Blinken`); `None` without any.
fn name_start(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut first = None;
    let mut end = start;
    for _ in 0..3 {
        let mut k = end;
        while k > 0 && bytes[k - 1] == b' ' {
            k -= 1;
        }
        if k == end || k == 0 || is_separator(bytes[k - 1]) {
            break;
        }
        let word_end = k;
        while k > 0 && !is_separator(bytes[k - 1]) {
            k -= 1;
        }
        if !is_name_word(&text[k..word_end]) {
            break;
        }
        first = Some(k);
        end = k;
    }
    first
}

/// The words of a person's name, lower case, separated by one space,
/// without suffixes and periods: `Joseph R. Biden Jr.` gives `joseph r biden`.
fn name_key(name: &[&str]) -> String {
    let mut key = String::new();
    for word in name {
        let word = word.trim_end_matches([',', '.']);
        if PERSON_NAME_SUFFIXES.contains(word) {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.chars().flat_map(char::to_lowercase));
    }
    key
}

/// Whether two name keys are variants of one person's name: one ends with
/// the other's words (`jo park` and `park`), or one is the other without
/// its middle initials (`jo park` and `jo k park`; not `george h w bush`
/// and `george w bush`).
fn one_name_ends_other(a: &str, b: &str) -> bool {
    ends_with_words(a, b)
        || ends_with_words(b, a)
        || one_without_initials(a, b)
        || one_without_initials(b, a)
}

/// Whether name key `full` with its middle initials left out is name key
/// `short`, which has none.
fn one_without_initials(full: &str, short: &str) -> bool {
    let is_initial = |w: &str| w.chars().count() == 1;
    full.len() > short.len()
        && full.split(' ').next() == short.split(' ').next()
        && !short.split(' ').any(is_initial)
        && full
            .split(' ')
            .filter(|w| !is_initial(w))
            .eq(short.split(' '))
}

/// Whether name key `key` ends with the words of name key `tail`.
fn ends_with_words(key: &str, tail: &str) -> bool {
    key.len() >= tail.len()
        && key.ends_with(tail)
        && (key.len() == tail.len() || key.as_bytes()[key.len() - tail.len() - 1] == b' ')
}

/// The number of words in a name key.
fn word_count(key: &str) -> usize {
    if key.is_empty() {
        0
    } else {
        key.bytes().filter(|&b| b == b' ').count() + 1
    }
}

/// Tells headline lines apart, remembering the last line checked.
#[derive(Default)]
struct HeadlineLines {
    last: Option<(usize, bool)>,
}

impl HeadlineLines {
    /// Whether the line holding byte `at` is a headline in title case
    /// (`Ted Cruz Hints Trump Will Not Debate`): four words or more, none
    /// of four letters or more in lower case. Its capitalised words are no
    /// names.
    fn is_headline(&mut self, text: &str, at: usize) -> bool {
        let start = text[..at].rfind(['\n', '\r']).map_or(0, |k| k + 1);
        if let Some((line, verdict)) = self.last
            && line == start
        {
            return verdict;
        }
        let end = text[at..].find(['\n', '\r']).map_or(text.len(), |k| at + k);
        let verdict = is_title_case(&text[start..end]);
        self.last = Some((start, verdict));
        verdict
    }
}

/// Whether `line` is in title case, as headlines are (`Ted Cruz Hints
/// Trump Will Not Debate`): four words or more, none of four letters or
/// more in lower case but the prepositions titles leave so (`after`).
pub(crate) fn is_title_case(line: &str) -> bool {
    // Most lines have a long word in lower case early on: look for it
    // first, and count the words only when there is none; four ASCII
    // letters in lower case opening a word settle it without decoding.
    if starts_ascii_lowercase_word(line.as_bytes()) {
        return false;
    }
    // (`Pence Calls for Prosecutor after Report`: prepositions may stay in
    // lower case, whatever their length.)
    !line.split_whitespace().any(|w| {
        w.len() >= 4
            && w.starts_with(|c: char| c.is_lowercase())
            && !TITLE_LOWER_CASE_PREPOSITIONS.contains(&w)
    }) && line.split_whitespace().count() >= 4
}

/// Prepositions of four letters or more that titles may leave in lower
/// case.
const TITLE_LOWER_CASE_PREPOSITIONS: &[&str] = &[
    "after", "with", "from", "into", "over", "amid", "about", "onto", "upon", "than",
];

/// Whether a word of `bytes` opens with four ASCII letters in lower case
/// (not one of [`TITLE_LOWER_CASE_PREPOSITIONS`]).
fn starts_ascii_lowercase_word(bytes: &[u8]) -> bool {
    let mut at_start = true;
    for (i, &b) in bytes.iter().enumerate() {
        if b.is_ascii_whitespace() {
            at_start = true;
            continue;
        }
        if at_start
            && b.is_ascii_lowercase()
            && bytes
                .get(i + 1..i + 4)
                .is_some_and(|rest| rest.iter().all(u8::is_ascii_lowercase))
        {
            let end = bytes[i..]
                .iter()
                .position(u8::is_ascii_whitespace)
                .map_or(bytes.len(), |n| i + n);
            let preposition = TITLE_LOWER_CASE_PREPOSITIONS
                .iter()
                .any(|p| p.as_bytes() == &bytes[i..end]);
            if !preposition {
                return true;
            }
        }
        at_start = false;
    }
    false
}

/// Whether `word` can be part of a person's name: capitalised, not a
/// title, a sentence opener or a verb, and not ending a sentence.
fn is_name_word(word: &str) -> bool {
    let clean = word.trim_end_matches('.');
    // A period ends a sentence unless it follows an initial (`R.`) or an
    // abbreviated suffix (`Jr.`; but `World War II.`).
    let sentence_end = word.ends_with('.')
        && clean.chars().count() > 1
        && !(is_person_name_suffix(clean) && clean.chars().any(char::is_lowercase));
    word.chars().next().is_some_and(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '’' | '\''))
        && !sentence_end
        && !is_descriptive_compound(clean)
        // (`CNN’s Jake Tapper`: a possessive is no part of the name.)
        && !is_any_possessive(clean)
        && !TITLE_WORDS.contains(clean)
        && !ORGANIZATION_WORDS.contains(clean)
        && !NOT_NAMES.contains(clean)
        && !OPENING_ADVERBS.contains(clean)
        && cue_lemma(clean).is_none()
}

/// Whether `words` are one word in capitals (`PENCE`, `NATO`).
fn is_capitals(words: &[&str]) -> bool {
    matches!(words, [word] if word.len() > 1
        && word.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()))
}

/// Whether `word` is a compound describing a person by a place or a
/// backer (`Korean-born`, `Ohio-based`, `Los Angeles-area`), no name.
fn is_descriptive_compound(word: &str) -> bool {
    word.as_bytes().contains(&b'-')
        && word.rsplit_once('-').is_some_and(|(_, tail)| {
            [
                "born", "based", "area", "raised", "bred", "backed", "led", "owned",
            ]
            .iter()
            .any(|t| tail.eq_ignore_ascii_case(t))
        })
}

/// A noun phrase as a name: leading `the`/`a` dropped, a capitalised first
/// word lowered when it is a common word (`Both sides` is `both sides`).
fn canonical_phrase(words: &[&str]) -> String {
    let words = match words {
        [first, rest @ ..] if !rest.is_empty() && lower_in(&["the", "a", "an"], first) => rest,
        _ => words,
    };
    // (`About 60 percent of voters`, `more than half of voters`: the
    // bound is the writer's, the speakers are `60 percent of voters`.)
    let bound = match words {
        [at, least, ..] if lower_in(&["at"], at) && lower_in(&["least", "most"], least) => 2,
        [more, than, ..]
            if lower_in(&["more", "fewer", "less"], more) && lower_in(&["than"], than) =>
        {
            2
        }
        [about, ..] if lower_in(QUANTITY_BOUNDS, about) => 1,
        _ => 0,
    };
    let words = match words.get(bound) {
        Some(quantity)
            if bound > 0
                && (crate::attribution::is_number(quantity)
                    || quantity.starts_with(|c: char| c.is_ascii_digit())
                    || lower_in(&["half"], quantity)
                    || quantity.contains('-')) =>
        {
            &words[bound..]
        }
        _ => words,
    };
    let mut name = words.join(" ");
    if let Some(first) = words.first() {
        // (Party names keep their capital: `Democrats`.)
        let party = ["democrats", "republicans"]
            .iter()
            .any(|p| first.eq_ignore_ascii_case(p));
        let common = (GROUP_WORDS.contains(first) || ANONYMOUS_WORDS.contains(first)) && !party;
        if common && is_capitalised(first) {
            name = name[..first.len()].to_lowercase() + &name[first.len()..];
        }
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_mentions() {
        let cases: &[(&[&str], MentionClass)] = &[
            (&["he"], MentionClass::Pronoun),
            (&["the", "spokesman"], MentionClass::Description),
            (
                &["the", "State", "Department"],
                MentionClass::Named(SpeakerKind::Organization),
            ),
            (&["Reuters"], MentionClass::Named(SpeakerKind::Organization)),
            (&["NATO"], MentionClass::Named(SpeakerKind::Organization)),
            (
                &["the", "FBI"],
                MentionClass::Named(SpeakerKind::Organization),
            ),
            (
                &["Fox", "News"],
                MentionClass::Named(SpeakerKind::Organization),
            ),
            (
                &["Jo", "Roe", "of", "Bloomberg", "News"],
                MentionClass::Named(SpeakerKind::Person),
            ),
            (
                &["University", "of", "Virginia"],
                MentionClass::Named(SpeakerKind::Organization),
            ),
            (
                &["The", "F.B.I."],
                MentionClass::Named(SpeakerKind::Organization),
            ),
            (&["sources"], MentionClass::Named(SpeakerKind::Anonymous)),
            (&["All"], MentionClass::Named(SpeakerKind::Group)),
            (
                &["Many", "of", "them"],
                MentionClass::Named(SpeakerKind::Group),
            ),
            (
                &["one", "of", "us"],
                MentionClass::Named(SpeakerKind::Unknown),
            ),
            (
                &["two", "senior", "officials"],
                MentionClass::Named(SpeakerKind::Anonymous),
            ),
            (
                &["a", "person", "familiar", "with", "the", "talks"],
                MentionClass::Named(SpeakerKind::Anonymous),
            ),
            (
                &["people", "close", "to", "the", "mayor"],
                MentionClass::Named(SpeakerKind::Anonymous),
            ),
            (&["Both", "sides"], MentionClass::Named(SpeakerKind::Group)),
            // The head is before a participle: a report, not a person.
            (
                &["The", "report", "published", "Tuesday"],
                MentionClass::Named(SpeakerKind::Organization),
            ),
            (
                &["the", "order", "released", "Friday"],
                MentionClass::Named(SpeakerKind::Unknown),
            ),
            (
                &["party", "leaders", "and", "elected", "officials"],
                MentionClass::Named(SpeakerKind::Anonymous),
            ),
            (&["critics"], MentionClass::Named(SpeakerKind::Group)),
            (
                &["Park", "and", "his", "aides"],
                MentionClass::Named(SpeakerKind::Group),
            ),
            (
                &["Foreign", "Minister", "Qin", "Gang"],
                MentionClass::Named(SpeakerKind::Person),
            ),
            (&["Wang"], MentionClass::Named(SpeakerKind::Person)),
            // A group where it is: not the place.
            (
                &["Officials", "in", "Washington"],
                MentionClass::Named(SpeakerKind::Anonymous),
            ),
            (
                &["voters", "in", "Iowa"],
                MentionClass::Named(SpeakerKind::Group),
            ),
            // A country, a state or a capital speaks as its government.
            (&["China"], MentionClass::Named(SpeakerKind::Organization)),
            (
                &["the", "United", "States"],
                MentionClass::Named(SpeakerKind::Organization),
            ),
            (&["Beijing"], MentionClass::Named(SpeakerKind::Organization)),
            (
                &["George", "Washington"],
                MentionClass::Named(SpeakerKind::Person),
            ),
            // People named by a common noun: a person of their own, or a
            // group; an organization after a possessive.
            (
                &["a", "federal", "judge"],
                MentionClass::Common(SpeakerKind::Person),
            ),
            (&["his", "wife"], MentionClass::Common(SpeakerKind::Person)),
            (&["Mr.", "King"], MentionClass::Named(SpeakerKind::Person)),
            // A role of a place is no person named by the place.
            (
                &["a", "senator", "from", "Ohio"],
                MentionClass::Common(SpeakerKind::Person),
            ),
            (
                &["The", "mayor", "of", "Albany"],
                MentionClass::Named(SpeakerKind::Unknown),
            ),
            // People of an organization, not the organization; but a
            // title before a name.
            (
                &["a", "lawyer", "with", "the", "Pro", "Bono", "Project"],
                MentionClass::Common(SpeakerKind::Person),
            ),
            (
                &["members", "of", "the", "Black", "Caucus"],
                MentionClass::Named(SpeakerKind::Group),
            ),
            (
                &["former", "secretary", "of", "state", "Jo", "Park"],
                MentionClass::Named(SpeakerKind::Person),
            ),
            (
                &["Human", "Rights", "Watch"],
                MentionClass::Named(SpeakerKind::Organization),
            ),
            // One speaking for a person named is a person of their own.
            (
                &["A", "spokeswoman", "for", "Jo", "Park"],
                MentionClass::Common(SpeakerKind::Person),
            ),
            (
                &["an", "aide", "to", "Park"],
                MentionClass::Common(SpeakerKind::Person),
            ),
            (
                &["his", "advisers"],
                MentionClass::Named(SpeakerKind::Group),
            ),
            (&["the", "crowd"], MentionClass::Named(SpeakerKind::Group)),
            (
                &["her", "campaign"],
                MentionClass::Named(SpeakerKind::Organization),
            ),
            (
                &["the", "Associated", "Press"],
                MentionClass::Named(SpeakerKind::Organization),
            ),
        ];
        for (words, class) in cases {
            assert_eq!(classify(words), *class, "{words:?}");
        }
    }

    #[test]
    fn merges_name_variants_into_the_fullest() {
        let mut registry = SpeakerRegistry::default();
        let span = Span::new(0, 0);
        let (a, _) = registry.link(span, &["Blinken"]).unwrap();
        let (b, _) = registry.link(span, &["Antony", "Blinken"]).unwrap();
        let (c, _) = registry.link(span, &["Secretary", "Blinken"]).unwrap();
        let (d, how) = registry.link(span, &["he"]).unwrap();
        assert!(a == b && b == c && c == d);
        assert_eq!(how, Resolution::Pronoun);
        let (e, _) = registry.link(span, &["Qin", "Gang"]).unwrap();
        assert_ne!(a, e);
        let speakers = registry.into_speakers("");
        assert_eq!(speakers[a].name, "Antony Blinken");
        assert_eq!(speakers[a].mentions.len(), 4);
    }

    #[test]
    fn a_name_with_middle_initials_is_a_variant_of_the_name_without() {
        let mut registry = SpeakerRegistry::default();
        let span = Span::new(0, 0);
        let (a, _) = registry.link(span, &["Loretta", "Lynch"]).unwrap();
        let (b, _) = registry.link(span, &["Loretta", "E.", "Lynch"]).unwrap();
        assert_eq!(a, b);
        // Two names that both have initials are two persons.
        let (c, _) = registry
            .link(span, &["George", "H.", "W.", "Bush"])
            .unwrap();
        let (d, _) = registry.link(span, &["George", "W.", "Bush"]).unwrap();
        assert_ne!(c, d);
        let speakers = registry.into_speakers("");
        assert_eq!(speakers[a].name, "Loretta E. Lynch");
    }

    #[test]
    fn a_pronoun_refers_to_the_last_person_of_its_gender() {
        let mut registry = SpeakerRegistry::default();
        let span = Span::new(0, 0);
        let (roe, _) = registry.link(span, &["Mrs.", "Roe"]).unwrap();
        let (park, _) = registry.link(span, &["Mr.", "Park"]).unwrap();
        assert_eq!(registry.link(span, &["she"]).unwrap().0, roe);
        assert_eq!(registry.link(span, &["he"]).unwrap().0, park);
        // A description of a role with a gender too.
        assert_eq!(registry.link(span, &["the", "spokeswoman"]).unwrap().0, roe);
        // No person of that gender: nobody, not the wrong one.
        let mut registry = SpeakerRegistry::default();
        registry.link(span, &["Mr.", "Park"]).unwrap();
        assert_eq!(registry.link(span, &["she"]), None);
    }

    #[test]
    fn a_person_named_by_a_common_noun_is_no_referent_for_pronouns() {
        let mut registry = SpeakerRegistry::default();
        let span = Span::new(0, 0);
        let (park, _) = registry.link(span, &["Jo", "Park"]).unwrap();
        let (judge, _) = registry.link(span, &["a", "federal", "judge"]).unwrap();
        let (she, how) = registry.link(span, &["she"]).unwrap();
        assert_ne!(park, judge);
        assert_eq!((she, how), (park, Resolution::Pronoun));
        let speakers = registry.into_speakers("");
        assert_eq!(speakers[judge].name, "federal judge");
        assert_eq!(speakers[judge].kind, SpeakerKind::Person);
    }

    #[test]
    fn a_role_of_a_place_is_named_by_the_role() {
        let mut registry = SpeakerRegistry::default();
        let span = Span::new(0, 0);
        let (mayor, _) = registry
            .link(span, &["The", "mayor", "of", "Albany"])
            .unwrap();
        let speakers = registry.into_speakers("");
        assert_eq!(speakers[mayor].name, "mayor of Albany");
    }

    #[test]
    fn it_stands_for_an_organization_and_they_for_a_group_too() {
        let mut registry = SpeakerRegistry::default();
        let span = Span::new(0, 0);
        assert!(registry.link(span, &["aides"]).is_some());
        assert!(registry.link(span, &["it"]).is_none());
        let (they, _) = registry.link(span, &["they"]).unwrap();
        let (coalition, _) = registry
            .link(
                span,
                &["the", "Central", "and", "East", "European", "Coalition"],
            )
            .unwrap();
        let (it, _) = registry.link(span, &["It"]).unwrap();
        assert_eq!(it, coalition);
        let speakers = registry.into_speakers("");
        assert_eq!(speakers[they].name, "aides");
        assert_eq!(speakers[coalition].kind, SpeakerKind::Organization);
    }

    #[test]
    fn a_place_after_a_person_of_that_surname_is_the_person() {
        let mut registry = SpeakerRegistry::default();
        let span = Span::new(0, 0);
        let (country, _) = registry.link(span, &["Israel"]).unwrap();
        let (person, _) = registry.link(span, &["Rep.", "Steve", "Israel"]).unwrap();
        let (again, _) = registry.link(span, &["Israel"]).unwrap();
        let (it, _) = registry.link(span, &["it"]).unwrap();
        assert_ne!(country, person);
        assert_eq!(again, person);
        assert_eq!(it, country);
        let speakers = registry.into_speakers("");
        assert_eq!(speakers[country].kind, SpeakerKind::Organization);
        assert_eq!(speakers[person].kind, SpeakerKind::Person);
    }

    #[test]
    fn an_occupation_before_a_name_is_a_title() {
        let mut registry = SpeakerRegistry::default();
        let span = Span::new(0, 0);
        let (a, _) = registry
            .link(span, &["Columnist", "George", "Will"])
            .unwrap();
        let (b, _) = registry.link(span, &["Will"]).unwrap();
        let (c, _) = registry.link(span, &["pollster", "Ann", "Selzer"]).unwrap();
        // What a title is of belongs to it.
        let (d, _) = registry
            .link(span, &["Chief", "Of", "Staff", "Jo", "Park"])
            .unwrap();
        // A noun describing the person, capitalised to open a sentence;
        // not a name's first word (`Rival` alone before one word).
        let (e, _) = registry
            .link(span, &["Billionaire", "Mark", "Cuban"])
            .unwrap();
        let (f, _) = registry.link(span, &["Rival", "Kessler"]).unwrap();
        assert_eq!(a, b);
        let speakers = registry.into_speakers("");
        assert_eq!(speakers[a].name, "George Will");
        assert_eq!(speakers[c].name, "Ann Selzer");
        assert_eq!(speakers[d].name, "Jo Park");
        assert_eq!(speakers[e].name, "Mark Cuban");
        assert_eq!(speakers[f].name, "Rival Kessler");
    }

    #[test]
    fn fullest_name_found_anywhere_but_in_title_case_headlines() {
        let name_of = |text: &str| {
            let mut registry = SpeakerRegistry::default();
            registry.link(Span::new(0, 0), &["Jones"]).unwrap();
            registry.into_speakers(text).remove(0).name
        };
        // At a line end, after a tab, before a possessive.
        assert_eq!(
            name_of("The mayor is Mary Jones\n“No,” Jones said."),
            "Mary Jones"
        );
        assert_eq!(name_of("Mayor:\tMary Jones’s plan"), "Mary Jones");
        // A title-case headline is not a name: `Rival Jones` is no name.
        let headline = "Senate Candidate Attacks Rival Jones On Taxes\n\n“No,” Jones said.";
        assert_eq!(name_of(headline), "Jones");
        assert_eq!(
            name_of(&format!("{headline} Mary Jones left.")),
            "Mary Jones"
        );
        // A sentence end or a line break ends a name.
        assert_eq!(
            name_of("He met Ellis.\nJones left. Ellis\nJones said"),
            "Jones"
        );
        // A place or a quantifier before the name is no part of it; a
        // first name that is a place's name is.
        assert_eq!(name_of("a New Hampshire Jones veteran"), "Jones");
        assert_eq!(name_of("Several Jones aides left."), "Jones");
        assert_eq!(name_of("Chad Jones left."), "Chad Jones");
    }

    #[test]
    fn canonical_names_of_groups_and_organizations() {
        let mut registry = SpeakerRegistry::default();
        let span = Span::new(0, 0);
        registry.link(span, &["Both", "sides"]);
        registry.link(span, &["the", "State", "Department"]);
        registry.link(span, &["Jo", "Park", "and", "Ann", "Roe"]);
        registry.link(span, &["Democrats"]);
        let names: Vec<String> = registry
            .into_speakers("")
            .into_iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(
            names,
            [
                "both sides",
                "State Department",
                "Jo Park and Ann Roe",
                "Democrats"
            ]
        );
    }
}
