//! Reporting cues: the verbs and expressions that introduce what someone said.
//!
//! The lexicon lists each verb with all its forms; [`cue_lemma`] maps a word
//! to its dictionary form. Verbs of speech are kept apart from verbs of
//! thinking and wanting ([`CueKind`]), so that a belief is never reported as
//! something said.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use whosaid_core::CueKind;

use crate::words::Shapes;

/// One verb a line: the lemma first, then its other forms. A form read more
/// often as a noun is left out (`disputes`: `many disputes that …`).
const SPEECH_VERBS: &str = "
say says said saying
tell tells told telling
add adds added adding
note notes noted noting
explain explains explained explaining
warn warns warned warning
insist insists insisted insisting
write writes wrote writing written
tweet tweets tweeted tweeting
email emails emailed emailing e-mail e-mails e-mailed e-mailing
state states stated stating
claim claims claimed claiming
argue argues argued arguing
announce announces announced announcing
acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting
assert asserts asserted asserting
declare declares declared declaring
proclaim proclaims proclaimed proclaiming
elaborate elaborates elaborated elaborating
decry decries decried decrying
bemoan bemoans bemoaned bemoaning
charge charges charged charging
deadpan deadpans deadpanned deadpanning
beg begs begged begging
summarize summarizes summarized summarizing
seethe seethes seethed seething
characterize characterizes characterized characterizing characterise characterises characterised characterising
portray portrays portrayed portraying
depict depicts depicted depicting
identify identifies identified identifying
cast casts casting
paint paints painted painting
present presents presented presenting
introduce introduces introduced introducing
frame frames framed framing
posture postures postured posturing
liken likens likened likening
compare compares compared
chide chides chided chiding
grouse grouses groused grousing
deride derides derided deriding
ridicule ridicules ridiculed ridiculing
scold scolds scolded scolding
berate berates berated berating
rebuke rebukes rebuked rebuking
reprimand reprimands reprimanded reprimanding
admonish admonishes admonished admonishing
castigate castigates castigated castigating
chastise chastises chastised chastising
lambaste lambastes lambasted lambasting
excoriate excoriates excoriated excoriating
disparage disparages disparaged disparaging
belittle belittles belittled belittling
laud lauds lauded lauding
extol extols extolled extolling
applaud applauds applauded applauding
commend commends commended commending
opine opines opined opining
reference references referenced referencing
rail rails railed railing
brag brags bragged bragging
assail assails assailed assailing
confess confesses confessed confessing
recall recalls recalled recalling
reply replies replied replying
respond responds responded responding
remark remarks remarked remarking
report reports reported reporting
suggest suggests suggested suggesting
confirm confirms confirmed confirming
deny denies denied denying
dispute disputed disputing
stress stresses stressed stressing
emphasize emphasizes emphasized emphasizing
emphasise emphasises emphasised emphasising
ask asks asked asking
urge urges urged urging
press presses pressed pressing
predict predicts predicted predicting
promise promises promised promising
complain complains complained complaining
contend contends contended contending
maintain maintains maintained maintaining
observe observes observed observing
comment comments commented commenting
conclude concludes concluded concluding
describe describes described describing
joke jokes joked joking
quip quips quipped quipping
shout shouts shouted shouting
yell yells yelled yelling
testify testifies testified testifying
vow vows vowed vowing
pledge pledges pledged pledging
concede concedes conceded conceding
counter counters countered countering
retort retorts retorted retorting
mention mentions mentioned mentioning
reiterate reiterates reiterated reiterating
recount recounts recounted recounting
caution cautions cautioned cautioning
allege alleges alleged alleging
boast boasts boasted boasting
threaten threatens threatened threatening
demand demands demanded demanding
disclose discloses disclosed disclosing
reveal reveals revealed revealing
propose proposes proposed proposing
recommend recommends recommended recommending
advise advises advised advising
assure assures assured assuring
encourage encourages encouraged encouraging
thank thanks thanked thanking
invoke invokes invoked invoking
welcome welcomes welcomed welcoming
request requests requested requesting
order orders ordered ordering
voice voices voiced voicing
clarify clarifies clarified clarifying
outline outlines outlined outlining
articulate articulates articulated articulating
imply implies implied implying
hint hints hinted hinting
apologize apologizes apologized apologizing apologise apologises apologised apologising
balk balks balked balking
reassure reassures reassured reassuring
remind reminds reminded reminding
confide confides confided confiding
intimate intimates intimated intimating
posit posits posited positing
surmise surmises surmised surmising
theorize theorizes theorized theorizing theorise theorises theorised theorising
concur concurs concurred concurring
notify notifies notified notifying
lament laments lamented lamenting
answer answers answered answering
repeat repeats repeated repeating
wonder wonders wondered wondering
whisper whispers whispered whispering
muse muses mused musing
post posts posted posting
react reacts reacted reacting
blurt blurts blurted blurting
call calls called calling
dub dubs dubbed dubbing
label labels labeled labelled labeling labelling
continue continues continued continuing
chant chants chanted chanting
exclaim exclaims exclaimed exclaiming
sing sings sang singing sung
scoff scoffs scoffed scoffing
snap snaps snapped snapping
interject interjects interjected interjecting
plead pleads pleaded pled pleading
read reads reading
term terms termed terming
brand brands branded branding
mock mocks mocked mocking
laugh laughs laughed laughing
quote quotes quoted quoting
cry cries cried crying
scream screams screamed screaming
show shows showed showing shown
find finds found finding
indicate indicates indicated indicating
speculate speculates speculated speculating
decline declines declined declining
refuse refuses refused refusing
refer refers referred referring
accuse accuses accused accusing
criticize criticizes criticized criticizing
criticise criticises criticised criticising
praise praises praised praising
blame blames blamed blaming
condemn condemns condemned condemning
defend defends defended defending
cite cites cited citing
slam slams slammed slamming
blast blasts blasted blasting
rip rips ripped ripping
knock knocks knocked knocking
trash trashes trashed trashing
taunt taunts taunted taunting
needle needles needled needling
hail hails hailed hailing
dismiss dismisses dismissed dismissing
fume fumes fumed fuming
bark barks barked barking
gush gushes gushed gushing
rave raves raved raving
tout touts touted touting
sneer sneers sneered sneering
grumble grumbles grumbled grumbling
gripe gripes griped griping
marvel marvels marveled marvelled marveling marvelling
murmur murmurs murmured murmuring
mutter mutters muttered muttering
rant rants ranted ranting
chuckle chuckles chuckled chuckling
sigh sighs sighed sighing
beam beams beamed beaming
groan groans groaned groaning
agree agrees agreed agreeing
disagree disagrees disagreed disagreeing
offer offers offered offering
endorse endorses endorsed endorsing
reject rejects rejected rejecting
block blocked blocking
veto vetoes vetoed vetoing
denounce denounces denounced denouncing
discuss discusses discussed discussing
express expresses expressed expressing
oppose opposes opposed opposing
attack attacks attacked attacking
question questions questioned questioning
echo echoes echoed echoing
highlight highlights highlighted highlighting
underscore underscores underscored underscoring
affirm affirms affirmed affirming
reaffirm reaffirms reaffirmed reaffirming
trumpet trumpets trumpeted trumpeting
snipe snipes sniped sniping
name named naming
rebut rebuts rebutted rebutting
refute refutes refuted refuting
celebrate celebrates celebrated celebrating
signal signals signaled signalled signaling signalling
challenge challenges challenged challenging
list lists listed listing
negotiate negotiates negotiated negotiating
approve approves approved approving
persuade persuades persuaded persuading
convince convinces convincing
authorize authorizes authorized authorizing authorise authorises authorised authorising
disavow disavows disavowed disavowing
congratulate congratulates congratulated congratulating
tease teases teased teasing
eviscerate eviscerates eviscerated eviscerating
recant recants recanted recanting
implore implores implored imploring
instruct instructs instructed instructing
exhort exhorts exhorted exhorting
entreat entreats entreated entreating
inform informs informed informing
allude alludes alluded alluding
recite recites recited reciting
unveil unveils unveiled unveiling
publish publishes published publishing
downplay downplays downplayed downplaying
";

/// Verbs of thinking, believing, wanting and planning: attributions of a
/// state of mind, not speech.
const BELIEF_VERBS: &str = "
think thinks thought thinking
believe believes believed believing
feel feels felt feeling
expect expects expected expecting
hope hopes hoped hoping
fear fears feared fearing
want wants wanted wanting
worry worries worried worrying
plan plans planned planning
intend intends intended intending
wish wishes wished wishing
doubt doubts doubted doubting
suspect suspects suspected suspecting
support supports supported supporting
back backs backed backing
vote votes voted voting
know knows knew knowing known
learn learns learned learnt learning
realize realizes realized realizing realise realises realised realising
notice notices noticed noticing
discover discovers discovered discovering
demonstrate demonstrates demonstrated demonstrating
see sees saw seeing seen
seek seeks sought seeking
decide decides decided deciding
consider considers considered considering
estimate estimates estimated estimating
calculate calculates calculated calculating
view views viewed viewing
regard regards regarded
remember remembers remembered remembering
prefer prefers preferred preferring
favor favors favored favoring favour favours favoured favouring
imagine imagines imagined imagining
ignore ignores ignored ignoring
deem deems deemed deeming
recognize recognizes recognized recognizing recognise recognises recognised recognising
foresee foresees foresaw foreseeing foreseen
envision envisions envisioned envisioning
mull mulls mulled mulling
admire admires admired admiring
anticipate anticipates anticipated anticipating
contemplate contemplates contemplated contemplating
ponder ponders pondered pondering
regret regrets regretted regretting
embrace embraces embraced embracing
focus focuses focused focusing
look looks looked looking
lean leans leaned leaning
aim aims aimed aiming
fret frets fretted fretting
agonize agonizes agonized agonizing
bristle bristles bristled bristling
chafe chafes chafed chafing
confident
convinced
hopeful
optimistic
certain
sure
unsure
uncertain
adamant
skeptical
doubtful
positive
concerned
critical
supportive
eager
reluctant
angry
furious
livid
incensed
outraged
upset
unhappy
happy
pleased
delighted
thrilled
satisfied
dissatisfied
disappointed
frustrated
annoyed
irritated
disgusted
appalled
dismayed
alarmed
troubled
disturbed
embarrassed
ashamed
proud
nervous
anxious
apprehensive
afraid
fearful
wary
leery
suspicious
distrustful
mistrustful
resentful
hostile
sympathetic
fond
enamored
enthusiastic
excited
comfortable
uncomfortable
impressed
unimpressed
ambivalent
dismissive
aware
unaware
mindful
conscious
cognizant
vocal
outspoken
candid
cagey
coy
mum
evasive
split
divided
interested
uninterested
angered
infuriated
enraged
offended
bothered
shocked
stunned
surprised
horrified
heartened
energized
glad
relieved
grateful
thankful
";

/// Verbs of speech whose base and present forms are mostly nouns (`tax
/// credits`): the lemma, then the forms that are cues.
const SPEECH_VERBS_BY_PAST: &str = "
credit credited crediting
rule ruled
project projected
determine determined determining determines
hammer hammered hammering
bash bashed bashing
protest protested protesting
champion championed championing
coin coined
compliment complimented complimenting
grill grilled grilling
insult insulted insulting
retweet retweeted retweeting
forecast forecast forecasts forecasted forecasting
debate debated debating
lobby lobbied lobbying
telegraph telegraphed telegraphing
release released releasing
issue issued issuing
document documented documenting
attribute attributed attributing
file filed
advocate advocated advocating
thunder thundered
huff huffed
reason reasoned
";

/// Verbs of speech made of a verb and a particle: the lemma, then the
/// verb's forms, then the particle. The verbs alone are not cues (`shot`,
/// `pointed`).
const PHRASAL_SPEECH_VERBS: &[(&str, &[&str], &str)] = &[
    (
        "shoot back",
        &["shoot", "shoots", "shot", "shooting"],
        "back",
    ),
    ("fire back", &["fire", "fires", "fired", "firing"], "back"),
    ("hit back", &["hit", "hits", "hitting"], "back"),
    (
        "point out",
        &["point", "points", "pointed", "pointing"],
        "out",
    ),
    ("chime in", &["chime", "chimes", "chimed", "chiming"], "in"),
    (
        "weigh in",
        &["weigh", "weighs", "weighed", "weighing"],
        "in",
    ),
    (
        "speak out",
        &["speak", "speaks", "spoke", "spoken", "speaking"],
        "out",
    ),
    ("lash out", &["lash", "lashes", "lashed", "lashing"], "out"),
    ("go on", &["go", "goes", "went"], "on"),
    (
        "talk about",
        &["talk", "talks", "talked", "talking"],
        "about",
    ),
    ("put it", &["put", "puts"], "it"),
    // Not `speaking of`, an aside (`said Park, speaking of her rivals,
    // “…”`).
    (
        "speak about",
        &["speak", "speaks", "spoke", "spoken"],
        "about",
    ),
    (
        "speak of",
        &["speak", "speaks", "spoke", "spoken", "speaking"],
        "of",
    ),
    ("talk of", &["talk", "talks", "talked", "talking"], "of"),
    ("talk up", &["talk", "talks", "talked", "talking"], "up"),
    ("make clear", &["make", "makes", "made", "making"], "clear"),
    (
        "point to",
        &["point", "points", "pointed", "pointing"],
        "to",
    ),
    (
        "brush off",
        &["brush", "brushes", "brushed", "brushing"],
        "off",
    ),
    (
        "shrug off",
        &["shrug", "shrugs", "shrugged", "shrugging"],
        "off",
    ),
    ("lay out", &["lay", "lays", "laid", "laying"], "out"),
    (
        "spell out",
        &["spell", "spells", "spelled", "spelt", "spelling"],
        "out",
    ),
    (
        "push back",
        &["push", "pushes", "pushed", "pushing"],
        "back",
    ),
    (
        "sound off",
        &["sound", "sounds", "sounded", "sounding"],
        "off",
    ),
    ("rule out", &["rule", "rules", "ruled", "ruling"], "out"),
    ("play down", &["play", "plays", "played", "playing"], "down"),
    ("come out", &["come", "comes", "came", "coming"], "out"),
    ("push for", &["push", "pushes", "pushed", "pushing"], "for"),
    ("walk back", &["walk", "walks", "walked", "walking"], "back"),
    (
        "double down",
        &["double", "doubles", "doubled", "doubling"],
        "down",
    ),
    (
        "acquiesce to",
        &["acquiesce", "acquiesces", "acquiesced", "acquiescing"],
        "to",
    ),
    (
        "acquiesce in",
        &["acquiesce", "acquiesces", "acquiesced", "acquiescing"],
        "in",
    ),
    (
        "spar over",
        &["spar", "spars", "sparred", "sparring"],
        "over",
    ),
    (
        "touch on",
        &["touch", "touches", "touched", "touching"],
        "on",
    ),
];

/// The lemma of a phrasal verb of speech written as `verb particle`
/// (`shot back`, `pointed out`, `as she put it`), case-insensitively.
///
/// ```
/// use whosaid_nlp::phrasal_cue_lemma;
///
/// assert_eq!(phrasal_cue_lemma("shot", "back"), Some("shoot back"));
/// assert_eq!(phrasal_cue_lemma("Pointed", "out"), Some("point out"));
/// assert_eq!(phrasal_cue_lemma("pointed", "at"), None);
/// ```
pub fn phrasal_cue_lemma(verb: &str, particle: &str) -> Option<&'static str> {
    // Most words are no particle (`about`, `back`, `clear`, `down`, `for`,
    // `in`, `it`, `of`, `off`, `on`, `out`, `over`, `to`): one length and
    // byte test first.
    let first = particle.as_bytes().first().map_or(0, |b| b | 0x20);
    if !matches!(
        (particle.len(), first),
        (2, b'i' | b'o' | b't' | b'u')
            | (3, b'o' | b'f')
            | (4, b'b' | b'd' | b'o')
            | (5, b'a' | b'c')
    ) {
        return None;
    }
    PHRASAL_SPEECH_VERBS
        .iter()
        .find(|(_, forms, p)| {
            p.eq_ignore_ascii_case(particle) && forms.iter().any(|f| f.eq_ignore_ascii_case(verb))
        })
        .map(|(lemma, _, _)| *lemma)
}

struct Lexicon {
    forms: FxHashMap<&'static str, (&'static str, CueKind)>,
    shapes: Shapes,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut forms = FxHashMap::default();
        for (list, kind) in [
            (SPEECH_VERBS, CueKind::Speech),
            (BELIEF_VERBS, CueKind::Belief),
        ] {
            for line in list.lines() {
                let mut words = line.split_whitespace();
                if let Some(lemma) = words.next() {
                    forms.insert(lemma, (lemma, kind));
                    for form in words {
                        forms.entry(form).or_insert((lemma, kind));
                    }
                }
            }
        }
        for line in SPEECH_VERBS_BY_PAST.lines() {
            let mut words = line.split_whitespace();
            if let Some(lemma) = words.next() {
                for form in words {
                    forms.entry(form).or_insert((lemma, CueKind::Speech));
                }
            }
        }
        let shapes = Shapes::of(forms.keys().map(|form| form.as_bytes()));
        Lexicon { forms, shapes }
    })
}

/// The lemma and kind of a cue verb form, case-insensitively.
///
/// ```
/// use whosaid_nlp::{cue_lemma, CueKind};
///
/// assert_eq!(cue_lemma("said"), Some(("say", CueKind::Speech)));
/// assert_eq!(cue_lemma("Told"), Some(("tell", CueKind::Speech)));
/// assert_eq!(cue_lemma("believes"), Some(("believe", CueKind::Belief)));
/// assert_eq!(cue_lemma("table"), None);
/// ```
pub fn cue_lemma(word: &str) -> Option<(&'static str, CueKind)> {
    if word.len() > 16 {
        return None;
    }
    let lexicon = lexicon();
    if !lexicon.shapes.may_hold(word.as_bytes()) {
        return None;
    }
    let forms = &lexicon.forms;
    if let Some(&found) = forms.get(word) {
        return Some(found);
    }
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        let mut buf = [0u8; 16];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        return std::str::from_utf8(lower)
            .ok()
            .and_then(|w| forms.get(w).copied());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_maps_to_its_lemma() {
        let cases = [
            ("says", "say"),
            ("saying", "say"),
            ("wrote", "write"),
            ("written", "write"),
            ("tweeted", "tweet"),
            ("insisted", "insist"),
            ("denies", "deny"),
            ("urged", "urge"),
            ("pressed", "press"),
        ];
        for (form, lemma) in cases {
            assert_eq!(cue_lemma(form).map(|c| c.0), Some(lemma), "{form}");
        }
    }

    #[test]
    fn no_verb_is_listed_twice() {
        let mut lemmas = std::collections::HashSet::new();
        for list in [SPEECH_VERBS, BELIEF_VERBS, SPEECH_VERBS_BY_PAST] {
            for lemma in list
                .lines()
                .filter_map(|line| line.split_whitespace().next())
            {
                assert!(lemmas.insert(lemma), "{lemma} is listed twice");
            }
        }
    }

    #[test]
    fn thinking_is_not_speech() {
        assert_eq!(cue_lemma("thought").map(|c| c.1), Some(CueKind::Belief));
        assert_eq!(cue_lemma("said").map(|c| c.1), Some(CueKind::Speech));
    }
}
