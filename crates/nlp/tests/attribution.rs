//! Table-driven attribution cases written for whosaid: one construction a
//! line, with the quotes, kinds, speakers and cues expected.

use whosaid_core::{CueKind, Document, QuoteKind, Resolution, SpeakerKind};
use whosaid_nlp::{AttributionOptions, Pipeline};

/// What a case expects of one quote.
struct Expect {
    kind: QuoteKind,
    text: &'static str,
    speaker: Option<&'static str>,
    cue: Option<&'static str>,
    resolved: Option<Resolution>,
}

fn q(kind: QuoteKind, text: &'static str, speaker: &'static str, cue: &'static str) -> Expect {
    Expect {
        kind,
        text,
        speaker: Some(speaker),
        cue: Some(cue),
        resolved: None,
    }
}

fn check(text: &str, expected: &[Expect]) {
    check_with(&Pipeline::new(), text, expected);
}

fn check_with(pipeline: &Pipeline, text: &str, expected: &[Expect]) {
    let analysis = pipeline.analyse(Document::new("t", text));
    let got: Vec<String> = analysis
        .quotes
        .iter()
        .map(|quote| {
            let speaker = quote
                .attribution
                .map(|a| analysis.speakers[a.speaker].name.as_str());
            format!(
                "{:?} {:?} {:?} {:?}",
                quote.kind,
                &text[quote.span],
                speaker,
                quote.cue.as_ref().map(|c| &c.lemma)
            )
        })
        .collect();
    assert_eq!(
        analysis.quotes.len(),
        expected.len(),
        "text: {text}\ngot: {got:#?}"
    );
    for (quote, want) in analysis.quotes.iter().zip(expected) {
        let speaker = quote
            .attribution
            .map(|a| analysis.speakers[a.speaker].name.as_str());
        assert_eq!(quote.kind, want.kind, "kind in {text}\ngot: {got:#?}");
        assert_eq!(&text[quote.span], want.text, "text in {text}");
        assert_eq!(speaker, want.speaker, "speaker in {text}");
        assert_eq!(
            quote.cue.as_ref().map(|c| c.lemma.as_ref()),
            want.cue,
            "cue in {text}"
        );
        if let Some(resolved) = want.resolved {
            assert_eq!(
                quote.attribution.map(|a| a.resolved),
                Some(resolved),
                "resolution in {text}"
            );
        }
    }
}

/// The speakers' names of the quotes found in `text`, in order (`None`
/// for a quote without one).
fn speaker_names(text: &str) -> Vec<Option<String>> {
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    analysis
        .quotes
        .iter()
        .map(|quote| {
            quote
                .attribution
                .map(|a| analysis.speakers[a.speaker].name.clone())
        })
        .collect()
}

use QuoteKind::{Direct, Mixed, Partial};

/// An indirect quote with no speaker: a report in the passive, or the
/// writer's evidential.
fn unnamed(text: &'static str, cue: &'static str) -> Expect {
    Expect {
        kind: QuoteKind::Indirect,
        text,
        speaker: None,
        cue: Some(cue),
        resolved: None,
    }
}

/// Asserts that the last quote of `text` names its speaker as `mention`,
/// as written.
fn assert_last_mention(text: &str, mention: &str) {
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let last = analysis.quotes.last().expect("a quote");
    let attribution = last.attribution.expect("a speaker");
    assert_eq!(&text[attribution.mention], mention, "in {text}");
}

/// Asserts that no speaker of `text` has `word` in its name.
fn assert_no_speaker_named(text: &str, word: &str) {
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    assert!(
        analysis.speakers.iter().all(|s| !s.name.contains(word)),
        "{:?}",
        analysis.speakers
    );
}

#[test]
fn speech_tags_after_the_quote() {
    check(
        "“The plan is dead,” Mayor Ana Ruiz said.",
        &[q(Direct, "The plan is dead", "Ana Ruiz", "say")],
    );
    check(
        "“The plan is dead,” said Mayor Ana Ruiz.",
        &[q(Direct, "The plan is dead", "Ana Ruiz", "say")],
    );
    check(
        "\"It failed,\" the ministry said in a statement.",
        &[q(Direct, "It failed", "ministry", "say")],
    );
    check(
        "“We are ready,” Haley Morris, a spokeswoman for the campaign, told reporters.",
        &[q(Direct, "We are ready", "Haley Morris", "tell")],
    );
    check(
        "“No comment,” Sen. Ida Vance (D-Ore.) said Monday.",
        &[q(Direct, "No comment", "Ida Vance", "say")],
    );
    // A party and state closing the tag end its sentence: the quote goes
    // on after it.
    let text = "“It is not enough,” said Rep. Ida Vance, D-Fla. “Our people need more.”";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    assert_eq!(analysis.quotes.len(), 1);
    let parts: Vec<&str> = analysis.quotes[0].parts.iter().map(|p| &text[*p]).collect();
    assert_eq!(parts, ["It is not enough", "Our people need more."]);
    check(
        "“Why now?” asked Tom Reyes.",
        &[q(Direct, "Why now?", "Tom Reyes", "ask")],
    );
    check(
        "''We won,'' Mr. Lee said.",
        &[q(Direct, "We won", "Lee", "say")],
    );
    check(
        "“It is over,” according to a person familiar with the talks.",
        &[q(
            Direct,
            "It is over",
            "person familiar with the talks",
            "according to",
        )],
    );
    check(
        "“Enough.” — Jane Roe",
        &[q(Direct, "Enough.", "Jane Roe", "—")],
    );
    // The narrator of an ad.
    check(
        "“Park can’t handle tough questions,” a voice over says.",
        &[q(
            Direct,
            "Park can’t handle tough questions",
            "voice over",
            "say",
        )],
    );
}

#[test]
fn speech_tags_before_the_quote() {
    check(
        "Ana Ruiz said: “The plan is dead.”",
        &[q(Direct, "The plan is dead.", "Ana Ruiz", "say")],
    );
    check(
        "Ana Ruiz told reporters, “The plan is dead.”",
        &[q(Direct, "The plan is dead.", "Ana Ruiz", "tell")],
    );
    // A cue form that is also a noun, agreeing with its subject.
    check(
        "The ad claims “Ruiz is the one you can trust.”",
        &[q(Direct, "Ruiz is the one you can trust.", "ad", "claim")],
    );
    check(
        "She notes “the plan is dead.”",
        &[q(Direct, "the plan is dead.", "She", "note")],
    );
    check(
        "In a statement, the ministry wrote: “We regret the delay.”",
        &[q(Direct, "We regret the delay.", "ministry", "write")],
    );
    check(
        "Said Ellis: “Not a chance.”",
        &[q(Direct, "Not a chance.", "Ellis", "say")],
    );
    check(
        "Governor Ray Holt paused and added, “We will rebuild.”",
        &[q(Direct, "We will rebuild.", "Ray Holt", "add")],
    );
    check(
        "“Hi,” Sen. Ida Vance said. The senator turned to the crowd: “Thank you.”",
        &[
            q(Direct, "Hi", "Ida Vance", "say"),
            Expect {
                kind: Direct,
                text: "Thank you.",
                speaker: Some("Ida Vance"),
                cue: Some(":"),
                resolved: Some(Resolution::Description),
            },
        ],
    );
}

#[test]
fn partial_and_mixed_quotes() {
    // Where it was said, after the quotation, is the writer's; a time of
    // what was said stays.
    check(
        "The council called the plan “a good start” in a statement Tuesday.",
        &[q(Mixed, "the plan “a good start”", "council", "call")],
    );
    check(
        "Police say they have “enough officers” to guard the city during the event.",
        &[q(
            Mixed,
            "they have “enough officers” to guard the city during the event",
            "police",
            "say",
        )],
    );
    check(
        "The meetings were “candid, substantive and constructive,” the State Department said.",
        &[q(
            Partial,
            "candid, substantive and constructive",
            "State Department",
            "say",
        )],
    );
    // After a clause of the writer's own, the clause is the quote.
    check(
        "Since May, prices have risen “at a pace never seen,” the agency said.",
        &[q(
            Mixed,
            "Since May, prices have risen “at a pace never seen,”",
            "agency",
            "say",
        )],
    );
    check(
        "Morris says the campaign will “compete vigorously for the nomination.”",
        &[q(
            Mixed,
            "the campaign will “compete vigorously for the nomination.”",
            "Morris",
            "say",
        )],
    );
    // A quotation holding its clause's verb, after the writer's subject or
    // opening words, is a mixed quote however short the lead; a quoted
    // description after a form of `be` stays a fragment.
    for (text, content) in [
        (
            "The country “has made dramatic changes for the better,” Obama said.",
            "The country “has made dramatic changes for the better,”",
        ),
        (
            "So “you can imagine how worried I was,” Obama said.",
            "So “you can imagine how worried I was,”",
        ),
        (
            "In past years, “we never needed television ads,” Obama said.",
            "In past years, “we never needed television ads,”",
        ),
    ] {
        check(text, &[q(Mixed, content, "Obama", "say")]);
    }
    check(
        "The talks were “a good start,” Obama said.",
        &[q(Partial, "a good start", "Obama", "say")],
    );
    // After a colon, the quotation stands whole.
    check(
        "The memo was blunt about the delay: “Just send it,” Obama wrote.",
        &[q(Direct, "Just send it", "Obama", "write")],
    );
    // A clause with a verb of its own between the cue and a quotation set
    // off by a comma or colon is reported content, the quotation part of
    // it; a relative or time clause there is the tag's.
    check(
        "Ruiz said the levy was not the cause, “not by a long shot.”",
        &[q(
            Mixed,
            "the levy was not the cause, “not by a long shot.”",
            "Ruiz",
            "say",
        )],
    );
    check(
        "Ruiz said she has the one quality the job needs: “Steadiness.”",
        &[q(
            Mixed,
            "she has the one quality the job needs: “Steadiness.”",
            "Ruiz",
            "say",
        )],
    );
    check(
        "Ruiz told reporters who were waiting outside, “We will win.”",
        &[q(Direct, "We will win.", "Ruiz", "tell")],
    );
    check(
        "Ruiz said after the votes were counted, “We will win.”",
        &[q(Direct, "We will win.", "Ruiz", "say")],
    );
    // The statement speaks for those who issued it.
    check(
        "Both sides issued a joint statement that described the talks as “candid, in-depth.”",
        &[q(
            Mixed,
            "the talks as “candid, in-depth.”",
            "both sides",
            "describe",
        )],
    );
}

#[test]
fn interrupted_and_continued_quotes_are_one_quote_with_parts() {
    let text = "“We will win,” she said, “and soon.”";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    assert_eq!(analysis.quotes.len(), 1);
    let parts: Vec<&str> = analysis.quotes[0].parts.iter().map(|&p| &text[p]).collect();
    assert_eq!(parts, ["We will win", "and soon."]);

    let text = "“We will win,” Jo Park said. “It is over.”\n\n“Next paragraph,” a rival said.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    assert_eq!(analysis.quotes.len(), 2);
    assert_eq!(analysis.quotes[0].parts.len(), 2);
    assert_eq!(
        analysis.speakers[analysis.quotes[0].attribution.unwrap().speaker].name,
        "Jo Park"
    );
}

#[test]
fn a_quote_only_sentence_after_a_mixed_quote_is_another_part_of_it() {
    let text =
        "Ruiz said the plan was “a total failure” and would be dropped. “We will start again.”";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    assert_eq!(analysis.quotes.len(), 1);
    let quote = &analysis.quotes[0];
    assert_eq!(quote.kind, Mixed);
    let parts: Vec<&str> = quote.parts.iter().map(|&p| &text[p]).collect();
    assert_eq!(
        parts,
        [
            "the plan was “a total failure” and would be dropped",
            "We will start again."
        ]
    );
}

#[test]
fn a_quote_left_open_at_a_paragraph_end_goes_on_in_the_next() {
    // The newspaper convention: no closing mark, the next paragraph
    // reopens the quote.
    let text = "“We will rebuild the bridge,” Ana Ruiz said. “It will take two years.\n\n“And it will cost less than the old one.”\n\n“A new quote,” she added.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    assert_eq!(analysis.quotes.len(), 2);
    let parts: Vec<&str> = analysis.quotes[0].parts.iter().map(|&p| &text[p]).collect();
    assert_eq!(
        parts,
        [
            "We will rebuild the bridge",
            "It will take two years.",
            "And it will cost less than the old one."
        ]
    );
    assert_eq!(
        analysis.speakers[analysis.quotes[0].attribution.unwrap().speaker].name,
        "Ana Ruiz"
    );
}

#[test]
fn quote_only_paragraphs_continue_the_previous_speaker() {
    // After a direct quote, a paragraph of quotation alone is its next part.
    let text = "“First,” Jo Park said.\n\n“Second paragraph of it.”";
    assert_eq!(
        quote_parts(text),
        [(Direct, vec!["First", "Second paragraph of it."])]
    );
    // So it is after a mixed quote.
    let text = "Jo Park said the plan was “a good start.”\n\n“We will do more.”";
    assert_eq!(
        quote_parts(text),
        [(
            Mixed,
            vec!["the plan was “a good start.”", "We will do more."]
        )]
    );
    // After a sentence of the writer's, it is a quote of its own by the
    // same speaker.
    let text = "“First,” Jo Park said. The hall fell silent.\n\n“We will do more.”";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    assert_eq!(analysis.quotes.len(), 2);
    let second = analysis.quotes[1].attribution.expect("continued");
    assert_eq!(second.resolved, Resolution::Continuation);
    assert_eq!(analysis.speakers[second.speaker].name, "Jo Park");
    // A report inside the mixed quote's sentence does not stop it going
    // on.
    let text =
        "Jo Park said her friends mocked the plan, calling it “a joke.”\n\n“We will do more.”";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let continued = analysis
        .quotes
        .iter()
        .find(|quote| quote.span.end == text.len() - "”".len())
        .expect("continued");
    let speaker = continued.attribution.expect("attributed").speaker;
    assert_eq!(analysis.speakers[speaker].name, "Jo Park");
}

#[test]
fn a_quotation_with_a_tag_not_understood_stops_the_previous_speaker() {
    // `retaliated` is no cue, but `“…,” an angry Roe retaliated.` is a
    // quote and its tag: neither it nor the quotation after it is Park's.
    // The quotation is still reported, with no speaker.
    for text in [
        "“It is lost,” Park said. “It is ours,” an angry Roe retaliated. “It never gives up.”",
        "“It is lost,” Park said.\n\n“It is ours,” an angry Roe retaliated.\n\n“It never gives up.”",
    ] {
        assert_eq!(
            quote_parts(text),
            [
                (Direct, vec!["It is lost"]),
                (Direct, vec!["It is ours"]),
                (Direct, vec!["It never gives up."])
            ],
            "{text}"
        );
        assert_eq!(
            speaker_names(text),
            [Some("Park".to_string()), None, None],
            "{text}"
        );
    }
    // A tag whose speaker is not read (a sum in it) keeps its quotation.
    let text = "“We will win,” a $15 director said.";
    assert_eq!(quote_parts(text), [(Direct, vec!["We will win"])]);
    // A quotation inside the sentence's first phrase awaits no tag.
    let text = "With “a plan,” Park escalates.";
    assert!(
        quote_parts(text).iter().all(|(kind, _)| *kind != Direct),
        "{text}"
    );
    // The writer going on after a quotation's comma is no tag.
    let text =
        "“We could win Ohio,” Park said. “We have good chances in Iowa,” which votes in May.";
    assert_eq!(
        quote_parts(text),
        [(
            Direct,
            vec!["We could win Ohio", "We have good chances in Iowa"]
        )]
    );
}

#[test]
fn a_quotation_after_a_tag_with_a_tag_of_its_own_is_a_quote_of_its_own() {
    use QuoteKind::Direct;
    check(
        "“The levy is dead,” she said, “and it will stay dead,” Jo Park added.",
        &[
            q(Direct, "The levy is dead", "she", "say"),
            q(Direct, "and it will stay dead", "Jo Park", "add"),
        ],
    );
    // Without one, it goes on from the first (`“A,” she said, “B.”`), and
    // so it does before a verb joined by a dash and `and`.
    assert_eq!(
        quote_parts(
            "He railed at it - “I love it,” he said, “I will never back it” - and vowed to fight."
        ),
        [
            (QuoteKind::Indirect, vec!["it"]),
            (Direct, vec!["I love it", "I will never back it"])
        ]
    );
}

#[test]
fn a_long_quotation_whose_tag_is_not_read_is_kept_without_a_speaker() {
    let words = "We will fight for every vote in every county of this state and we will win";
    let text = format!("“{words}” was printed on the banner in red letters.");
    assert_eq!(quote_parts(&text), [(Direct, vec![words])]);
    assert_eq!(speaker_names(&text), [None]);
    // A phrase the writer borrows is no one's quote, nor is a quotation
    // framed by the writer's clause.
    let text = "“A third way” was printed on the banner in red letters.";
    assert!(quote_parts(text).is_empty(), "{text}");
    let text = format!("The banner over the stage carried “{words}” in red letters.");
    assert!(quote_parts(&text).is_empty(), "{text}");
    // After a colon, it opens its clause.
    let text = format!("The banner makes it plain: “{words}”.");
    assert_eq!(quote_parts(&text), [(Direct, vec![words])]);
    // A quotation a quote already holds is not reported twice.
    let text = format!("Park said the plan was “{words}” and left.");
    assert_eq!(quote_parts(&text).len(), 1, "{text}");
    // A short one closed by a comma goes on to a tag not read: still a
    // quote, but not a title before its description.
    let text = "“The levy is dead,” voters attending the rally said.";
    assert_eq!(quote_parts(text), [(Direct, vec!["The levy is dead"])]);
    let text = "“Billions,” a series on cable, is a drama about money.";
    assert!(quote_parts(text).is_empty(), "{text}");
}

#[test]
fn sources_close_to_someone_are_anonymous() {
    use QuoteKind::Indirect;
    for (text, source) in [
        (
            "The mill will close in May, a source close to the owners said.",
            "a source close to the owners",
        ),
        (
            "People close to the mayor say she will not run again.",
            "People close to the mayor",
        ),
        (
            "The mill will close in May, a source close to him said.",
            "a source close to him",
        ),
        // A noun in -ing that is also a cue ends the phrase.
        (
            "People familiar with her thinking say she will not run again.",
            "People familiar with her thinking",
        ),
        (
            "A source familiar with Ruiz’s thinking told reporters she will not run again.",
            "A source familiar with Ruiz’s thinking",
        ),
        // A source after the cue, with a phrase or a relative clause.
        (
            "The mill will close in May, and the staff will move, said one official in the room.",
            "one official in the room",
        ),
        // Placed where the words were heard, before the cue too.
        (
            "One source in the room said the mill will close in May.",
            "One source in the room",
        ),
        (
            "The mill will close in May, said an aide who spoke on condition of anonymity.",
            "an aide who spoke on condition of anonymity",
        ),
    ] {
        let analysis = Pipeline::new().analyse(Document::new("t", text));
        assert_eq!(analysis.quotes.len(), 1, "{text}");
        assert_eq!(analysis.quotes[0].kind, Indirect, "{text}");
        let attribution = analysis.quotes[0].attribution.unwrap();
        assert_eq!(&text[attribution.mention], source, "{text}");
        let speaker = &analysis.speakers[attribution.speaker];
        assert_eq!(speaker.kind.as_str(), "anonymous", "{text}");
    }
    // A group named in capitals before its relative clause speaks too.
    check(
        "The mill will close in May, said a handful of Democrats who know the plan.",
        &[q(
            Indirect,
            "The mill will close in May",
            "handful of Democrats",
            "say",
        )],
    );
}

#[test]
fn bare_answers_are_reported() {
    use QuoteKind::Indirect;
    check(
        "In the end, Ruiz said yes.",
        &[q(Indirect, "yes", "Ruiz", "say")],
    );
    check(
        "Park said she would. Lee said he could not.",
        &[
            q(Indirect, "she would", "Park", "say"),
            q(Indirect, "he could not", "Lee", "say"),
        ],
    );
    check(
        "Last year, 26 percent said the same.",
        &[q(Indirect, "the same", "26 percent", "say")],
    );
    // An answer ends the clause; a clause goes on.
    check(
        "Ruiz said she had.",
        &[q(Indirect, "she had", "Ruiz", "say")],
    );
    check("Ruiz said yes to the offer.", &[]);
    // Another clause may follow the answer.
    check(
        "Most farmers said yes, but 40 percent said no.",
        &[
            q(Indirect, "yes", "Most farmers", "say"),
            q(Indirect, "no", "40 percent", "say"),
        ],
    );
    // … or a comparison, which is no part of it; an answer that goes on
    // is all content.
    check(
        "Most farmers said yes, compared with 40 percent last year.",
        &[q(Indirect, "yes", "Most farmers", "say")],
    );
    check(
        "Ruiz said no, she would not run.",
        &[q(Indirect, "no, she would not run", "Ruiz", "say")],
    );
    // `and` with a clause of its own, or the speaker's next verb, ends
    // the answer too.
    check(
        "Park said yes and Roe said no.",
        &[
            q(Indirect, "yes", "Park", "say"),
            q(Indirect, "no", "Roe", "say"),
        ],
    );
    check(
        "Park said no and walked out.",
        &[q(Indirect, "no", "Park", "say")],
    );
}

#[test]
fn pronouns_and_name_variants_resolve_to_one_speaker() {
    let text = "“We act now,” Antony Blinken said.\n\n“Talks go on,” Blinken said.\n\n“We will see,” he said.\n\n“Maybe,” Secretary Blinken said.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    assert_eq!(analysis.quotes.len(), 4);
    assert_eq!(analysis.speakers.len(), 1, "{:?}", analysis.speakers);
    assert_eq!(analysis.speakers[0].name, "Antony Blinken");
    assert_eq!(
        analysis.quotes[2].attribution.unwrap().resolved,
        Resolution::Pronoun
    );
}

#[test]
fn it_after_a_clause_opening_the_sentence_is_that_clauses_subject() {
    // `it` is the meeting, not the organization quoted before.
    let text = "The agency said the talks went well. While the meeting produced no deal, \
                it showed that both sides wanted to talk.";
    assert_eq!(
        speaker_names(text),
        [Some("agency".to_string()), Some("meeting".to_string())]
    );
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let it = analysis.quotes[1].attribution.unwrap();
    assert_eq!(it.resolved, Resolution::Pronoun);
    assert_eq!(&text[it.mention], "it");
    // A person in that clause is no `it`; nor is `it` after any other
    // comma.
    let text = "The agency said the talks went well. While the mayor was away, \
                it said that both sides wanted to talk.";
    assert_eq!(speaker_names(text)[1].as_deref(), Some("agency"));
    let text = "The agency said the talks went well. Then, it said that both sides wanted to talk.";
    assert_eq!(speaker_names(text)[1].as_deref(), Some("agency"));
}

#[test]
fn a_pronoun_with_no_person_of_its_gender_is_the_unnamed_speaker_of_it() {
    let text = "“No comment,” a city spokeswoman said. She added that the mayor was away.";
    assert_eq!(
        speaker_names(text),
        [
            Some("city spokeswoman".to_string()),
            Some("city spokeswoman".to_string())
        ]
    );
    // A person of that gender named before comes first.
    let text = "Mary Roe spoke first. “No comment,” a spokesman said. She added that it was late.";
    assert_eq!(speaker_names(text)[1].as_deref(), Some("Mary Roe"));
}

#[test]
fn a_pronoun_resolves_to_the_last_speaker_of_its_gender() {
    let text =
        "“We won,” Mrs. Roe said. “It was close,” Mr. Park said. “We worked hard,” she added.";
    let roe = Some("Roe".to_string());
    assert_eq!(
        speaker_names(text),
        [roe.clone(), Some("Park".to_string()), roe]
    );
    // A first name that nearly always names one gender shows it too.
    let text = "“We won,” Mary Roe said. “It was close,” John Park said. “We worked hard,” she added. “So did I,” he said.";
    let (roe, park) = (Some("Mary Roe".to_string()), Some("John Park".to_string()));
    assert_eq!(speaker_names(text), [roe.clone(), park.clone(), roe, park]);
    // A first name given to both (`Jordan`) shows nothing: the latest.
    let text =
        "“We won,” Mary Roe said. “It was close,” Jordan Park said. “We worked hard,” she added.";
    assert_eq!(speaker_names(text)[2].as_deref(), Some("Jordan Park"));
}

#[test]
fn a_surname_with_titles_of_two_genders_names_two_persons() {
    let text = "“No,” Mrs. Roe said. “Yes,” Mr. Roe said. “Maybe,” Mrs. Roe said. Mary Jones and John Roe left.";
    assert_eq!(
        speaker_names(text),
        [
            // No first name of hers in the text: the title tells them apart.
            Some("Mrs. Roe".to_string()),
            Some("John Roe".to_string()),
            Some("Mrs. Roe".to_string()),
        ]
    );
}

#[test]
fn one_speaking_for_a_person_is_a_speaker_of_their_own() {
    let text = "“We won,” Jo Park said. A spokeswoman for Jo Park said the count was over. An aide to Mr. Park said the staff would rest. “Thanks,” Park said.";
    assert_eq!(
        speaker_names(text),
        [
            Some("Jo Park".to_string()),
            Some("spokeswoman for Jo Park".to_string()),
            Some("aide to Mr. Park".to_string()),
            Some("Jo Park".to_string()),
        ]
    );
}

#[test]
fn a_description_resolves_to_the_person_whose_mentions_hold_its_names() {
    let text = "“We won,” said Florida Sen. Ann Roe. “It was close,” John Park said. “It is over,” the Florida senator said. “I agree,” the former president said.";
    assert_eq!(
        speaker_names(text),
        [
            Some("Ann Roe".to_string()),
            Some("John Park".to_string()),
            Some("Ann Roe".to_string()),
            // Nothing to match it by: the description names the speaker.
            Some("former president".to_string()),
        ]
    );
    // A role alone, or with words in lower case, goes to the latest person
    // shown in it, by a title or a role before the name (not by a former
    // role, nor by an earlier description).
    let text = "“We won,” said Sen. John Park. “It was close,” Ann Roe said. “It is over,” the senator said.";
    assert_eq!(speaker_names(text)[2], Some("John Park".to_string()));
    let text = "“We won,” said former President Tom Lee. “It was close,” Ann Roe said. “It is over,” the former president said.";
    assert_eq!(speaker_names(text)[2], Some("Tom Lee".to_string()));
    let text = "“We won,” said businessman Tom Lee. “It was close,” said Ann Roe, a former businesswoman and senator. “It is over,” the longtime businessman said.";
    assert_eq!(speaker_names(text)[2], Some("Tom Lee".to_string()));
}

#[test]
fn a_pronoun_or_description_resolves_to_a_person_named_as_a_subject_before() {
    let names = |text| {
        speaker_names(text)
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
    };
    // A person named with a title or a first name, not yet quoted.
    assert_eq!(
        names("Mayor Jo Park spoke Monday. The mayor said the city would recover."),
        ["Jo Park"]
    );
    assert_eq!(
        names("Sen. Park spoke Monday. He said the bill would pass."),
        ["Park"]
    );
    // Past an opening phrase.
    assert_eq!(
        names("On Monday, Mayor Jo Park spoke at a rally. She said the city would recover."),
        ["Jo Park"]
    );
    // Past an adverb set off, and with a verb after an auxiliary.
    assert_eq!(
        names(
            "“We won,” said Tom Roe. Lately, Mary Park has done well. She said the city would recover."
        ),
        ["Tom Roe", "Mary Park"]
    );
    // A participle phrase opening the sentence names nobody.
    assert_eq!(
        names(
            "Chastened by the polls, as well as by the costs, Park revised the plan, promising a smaller levy."
        ),
        ["Park"]
    );
    // With a description set off, before or after the name.
    assert_eq!(
        names("Jo Park, the mayor, spoke Monday. She said the city would recover."),
        ["Jo Park"]
    );
    assert_eq!(
        names("The mayor, Jo Park, spoke Monday. She said the city would recover."),
        ["Jo Park"]
    );
    // Past several descriptions set off (an age, a role), a long chain of
    // titles, a suffix, and a verb in the present.
    assert_eq!(
        names(
            "Jo Park, 67, a retiree from Albany, stood by the stage. She said the city would recover."
        ),
        ["Jo Park"]
    );
    assert_eq!(
        names(
            "Retired Lt. Gen. John Ruiz, an adviser to the mayor, spoke Monday. He said the plan was good."
        ),
        ["John Ruiz"]
    );
    assert_eq!(
        names(
            "Adm. John B. Ruiz Jr., who leads the fleet, makes no apologies. He said the plan was good."
        ),
        ["John B. Ruiz Jr"]
    );
    // Past a dateline.
    assert_eq!(
        names("ALBANY, N.Y. - Sen. Mary Park arrived Monday. She said the plan was good."),
        ["Mary Park"]
    );
    assert_eq!(
        names("“No,” Ann Roe said. ALBANY — John Roe spoke Monday. Roe said the plan was good."),
        ["Ann Roe", "John Roe"]
    );
    // The subject of a clause inside a sentence, but not a person named
    // inside a quotation, nor one a speaker speaks of.
    assert_eq!(
        names("If Mr. Park wins, the levy passes. He said the plan was good."),
        ["Park"]
    );
    assert_eq!(
        names("“No,” Ann Roe said. “When Mary Park wins, we lose,” she said."),
        ["Ann Roe", "Ann Roe"]
    );
    assert_eq!(
        names("John Ruiz said that Eli Park would win. He said the plan was good."),
        ["John Ruiz", "John Ruiz"]
    );
    // A verb closing the sentence, an irregular past.
    assert_eq!(
        names("Ms. Roe arrived. She said the plan was good."),
        ["Roe"]
    );
    assert_eq!(
        names("Sen. Claire Roe got her start in 1974. She said the plan was good."),
        ["Claire Roe"]
    );
    // The subject named last, not the speaker quoted before.
    assert_eq!(
        names(
            "Rubio said the plan was bad. Donald Trump arrived in Iowa on Monday. He said the plan was good."
        ),
        ["Rubio", "Donald Trump"]
    );
    assert_eq!(
        names("“No,” Ruiz said. But Sen. Park paused on Monday. He said “yes.”"),
        ["Ruiz", "Park"]
    );
    // A person of another gender is passed over.
    assert_eq!(
        names("“No,” John Ruiz said. Mary Park arrived later. He said the plan was good."),
        ["John Ruiz", "John Ruiz"]
    );
    // A capitalised word is no person by itself, nor is a name after a
    // possessive or before a noun.
    for text in [
        "There was a vote. He said the plan was good.",
        "His Boeing 757 flew. He said the plan was good.",
        "Trump supporters rallied. He said the plan was good.",
    ] {
        assert_eq!(names(text), ["He"], "{text}");
    }
    // `I` is the person quoted last, never one only named.
    assert_eq!(names("Mary Park arrived. I said the plan was good."), ["I"]);
}

#[test]
fn a_bound_before_a_quantity_opens_the_speaker_phrase() {
    for (text, mention) in [
        (
            "The plan is dead, about 60 percent of voters said.",
            "about 60 percent of voters",
        ),
        (
            "“It is dead,” about 60 percent of voters said.",
            "about 60 percent of voters",
        ),
        (
            "“It is dead,” at least 30 voters said.",
            "at least 30 voters",
        ),
        (
            "The plan is dead, more than half of voters said.",
            "more than half of voters",
        ),
        (
            "At least four senators said the plan is dead.",
            "At least four senators",
        ),
        // (After a preposition, the bound is inside the phrase.)
        (
            "A coalition of nearly 40 groups urged Congress to act.",
            "A coalition of nearly 40 groups",
        ),
    ] {
        assert_last_mention(text, mention);
    }
    // The speaker's name leaves the bound out.
    assert_eq!(
        speaker_names("The plan is dead, about 60 percent of voters said."),
        [Some("60 percent of voters".to_string())]
    );
}

#[test]
fn speaker_kinds() {
    let text =
        "“No,” officials said. “Yes,” Reuters said. “Maybe,” critics said. “Later,” Jo Park said.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let kinds: Vec<&str> = analysis.speakers.iter().map(|s| s.kind.as_str()).collect();
    assert_eq!(kinds, ["anonymous", "organization", "group", "person"]);
    // `the two` are the people just named, together.
    let text = "The two sides agreed to talk. Park met Roe. The two said the talks went well.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let speakers: Vec<(&str, &str)> = analysis
        .quotes
        .iter()
        .filter_map(|q| q.attribution)
        .map(|a| {
            let speaker = &analysis.speakers[a.speaker];
            (speaker.name.as_str(), speaker.kind.as_str())
        })
        .collect();
    assert_eq!(speakers, [("two sides", "group"), ("two", "group")]);
    // A work's title names no person; a nickname before a name does.
    let text = "The levy failed, according to “A County History,” a book by a teacher. \
                Roads improved, according to “Mad Dog” Mattis.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let kinds: Vec<(&str, &str)> = analysis
        .speakers
        .iter()
        .map(|s| (s.name.as_str(), s.kind.as_str()))
        .collect();
    assert_eq!(kinds[0], ("A County History", "unknown"));
    assert_eq!(kinds[1].1, "person");
}

#[test]
fn things_that_are_not_quotes() {
    // Apostrophes, titles and scare quotes without a speaker.
    check(
        "China’s envoy didn’t go; it’s the ’90s again and rock ’n’ roll plays.",
        &[],
    );
    check("She hosts the “Morning Hour” show on Sundays.", &[]);
    // A cue's word before `and` or `or` is a noun, or shares its object
    // with the verb after.
    check(
        "The vote is near. Books, plays, television shows and films address it.",
        &[],
    );
    check("The vote is near. Park said and did many things.", &[]);
    check("The so-called “reform” passed.", &[]);
    // Markup left in the text: a tag name is not a cue.
    check(
        "Polls closed.\n\n<tweet author=\"@jo\" id=\"12\">We won tonight</tweet>.",
        &[],
    );
}

#[test]
fn a_stray_mark_stays_local() {
    let text = "He said “never mind.\n\n“Fine,” Jo Park said.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let last = analysis.quotes.last().unwrap();
    assert_eq!(&text[last.span], "Fine");
    assert_eq!(
        analysis.speakers[last.attribution.unwrap().speaker].name,
        "Jo Park"
    );
}

use QuoteKind::Indirect;

#[test]
fn reported_speech() {
    check(
        "Wang told Blinken that relations are at a critical juncture.",
        &[q(
            Indirect,
            "that relations are at a critical juncture",
            "Wang",
            "tell",
        )],
    );
    check(
        "The mayor said the budget would pass easily.",
        &[q(Indirect, "the budget would pass easily", "mayor", "say")],
    );
    check(
        "Officials said on Monday that the bridge will reopen.",
        &[q(
            Indirect,
            "that the bridge will reopen",
            "officials",
            "say",
        )],
    );
    // A long adverbial, most of it a name (the content had been the
    // adverbial).
    check(
        "Park said in an interview on Fox News' On the Record with Greta Van Susteren that the bridge will reopen.",
        &[q(Indirect, "that the bridge will reopen", "Park", "say")],
    );
    check(
        "The bridge will reopen next week, the ministry said.",
        &[q(
            Indirect,
            "The bridge will reopen next week",
            "ministry",
            "say",
        )],
    );
    check(
        "The bridge will reopen next week, said Jo Park.",
        &[q(
            Indirect,
            "The bridge will reopen next week",
            "Jo Park",
            "say",
        )],
    );
    check(
        "Blinken also pressed the Chinese to release detained citizens and took up an offer.",
        &[q(
            Indirect,
            "the Chinese to release detained citizens",
            "Blinken",
            "press",
        )],
    );
    check(
        "According to the agency, prices rose sharply in May.",
        &[q(
            Indirect,
            "prices rose sharply in May",
            "agency",
            "according to",
        )],
    );
    check(
        "Prices rose sharply in May, according to the agency.",
        &[q(
            Indirect,
            "Prices rose sharply in May",
            "agency",
            "according to",
        )],
    );
    check(
        "But sources say it is unlikely that the deal will hold.",
        &[q(
            Indirect,
            "it is unlikely that the deal will hold",
            "sources",
            "say",
        )],
    );
}

#[test]
fn reported_speech_addressee_and_pronoun() {
    let text =
        "Wang told Blinken that ties are at a low. He pressed the US to respect the principle.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    assert_eq!(analysis.quotes.len(), 2);
    let addressee = analysis.quotes[0].addressee.expect("addressee");
    assert_eq!(&text[addressee], "Blinken");
    let second = analysis.quotes[1].attribution.unwrap();
    assert_eq!(second.resolved, Resolution::Pronoun);
    assert_eq!(analysis.speakers[second.speaker].name, "Wang");
}

#[test]
fn an_addressee_after_to_before_the_preposition_of_the_content() {
    let text = "The Legion has twice complained to party officials about the use of its emblem.";
    check(
        text,
        &[q(Indirect, "the use of its emblem", "Legion", "complain")],
    );
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let addressee = analysis.quotes[0].addressee.expect("addressee");
    assert_eq!(&text[addressee], "party officials");
    check(
        "Park apologized to the voters for the delay.",
        &[q(Indirect, "the delay", "Park", "apologize")],
    );
}

#[test]
fn addressees_with_a_possessive_a_list_or_an_appositive() {
    for (text, addressee, content) in [
        (
            "Park asked her assistant to print the list.",
            "her assistant",
            "her assistant to print the list",
        ),
        (
            "Park asked Roe, Ellis and Cho to print the list.",
            "Roe, Ellis and Cho",
            "Roe, Ellis and Cho to print the list",
        ),
        (
            "Park asked the state court for a quick ruling.",
            "the state court",
            "a quick ruling",
        ),
        (
            "Park told Roe, a lawyer, that the list was lost.",
            "Roe, a lawyer",
            "that the list was lost",
        ),
        // What the person addressed is warned or reminded about.
        (
            "Park reminded her staff about the list.",
            "her staff",
            "the list",
        ),
        // A clause opening with a pronoun and a contracted auxiliary.
        (
            "Park assured voters she’d print the list.",
            "voters",
            "she’d print the list",
        ),
        (
            "Park told voters they’ll get the list.",
            "voters",
            "they’ll get the list",
        ),
        // A kind of show is the noun addressed, not a verb.
        (
            "Park told a radio talk show that the list was lost.",
            "a radio talk show",
            "that the list was lost",
        ),
        // In a tag opening the sentence with `as`.
        (
            "As Park told the Daily Ledger, the list was lost.",
            "the Daily Ledger",
            "the list was lost",
        ),
        (
            "As Park told reporters on Monday, the list was lost.",
            "reporters",
            "the list was lost",
        ),
    ] {
        let analysis = Pipeline::new().analyse(Document::new("t", text));
        assert_eq!(analysis.quotes.len(), 1, "{text}");
        let quote = &analysis.quotes[0];
        assert_eq!(&text[quote.span], content, "{text}");
        assert_eq!(
            &text[quote.addressee.expect("addressee")],
            addressee,
            "{text}"
        );
    }
}

#[test]
fn reports_in_the_passive_have_no_source() {
    check(
        "It was reported that the mill will close.",
        &[unnamed("that the mill will close", "report")],
    );
    // After a relative pronoun, the clause opens with the pronoun.
    check(
        "Park held what is often described as the hardest job in town.",
        &[unnamed(
            "what is often described as the hardest job in town",
            "describe",
        )],
    );
    // The expectation or report covers its whole clause, subject included.
    check(
        "Traditionally, the council is expected to approve the budget in May.",
        &[unnamed(
            "the council is expected to approve the budget in May",
            "expect",
        )],
    );
    check(
        "The levy will fund the new bridge, which is expected to open in May.",
        &[unnamed("which is expected to open in May", "expect")],
    );
    // A perfect or a modal before `be` stands between it and the subject.
    check(
        "It had been reported that the mill would close.",
        &[unnamed("that the mill would close", "report")],
    );
    check(
        "The council had been expected to approve the budget.",
        &[unnamed(
            "The council had been expected to approve the budget",
            "expect",
        )],
    );
    check(
        "The mill could be seen as a bargain.",
        &[unnamed("The mill could be seen as a bargain", "see")],
    );
    // The writer's aside is no report.
    check("The council, as might be expected, met on Monday.", &[]);
    check(
        "The mayor is said to have made peace with her rival.",
        &[unnamed(
            "The mayor is said to have made peace with her rival",
            "say",
        )],
    );
    // A subject with an appositive or a title, and `it` with an infinitive.
    check(
        "The new bridge, which cost millions, is expected to open in May.",
        &[unnamed(
            "The new bridge, which cost millions, is expected to open in May",
            "expect",
        )],
    );
    check(
        "Mrs. Park is seen as the favorite.",
        &[unnamed("Mrs. Park is seen as the favorite", "see")],
    );
    // A view set off after its noun: the noun and the view, up to the
    // closing comma; `regard` as a verb sees as well.
    check(
        "The death of Judge Ana Ruiz, regarded as the court's leading mind, left it divided.",
        &[unnamed(
            "Judge Ana Ruiz, regarded as the court's leading mind",
            "regard",
        )],
    );
    check(
        "The vote is near. Low oil prices, widely seen as a boon for drivers, fell.",
        &[unnamed(
            "Low oil prices, widely seen as a boon for drivers",
            "see",
        )],
    );
    check(
        "The vote is near. Green groups once regarded the mill as a cleaner option.",
        &[Expect {
            kind: QuoteKind::Indirect,
            text: "the mill as a cleaner option",
            speaker: Some("Green groups"),
            cue: Some("regard"),
            resolved: None,
        }],
    );
    check("The vote is near. In this regard, the plan failed.", &[]);
    check(
        "The vote is near. The mill, seen from the road, is huge.",
        &[],
    );
    // What is considered takes any complement; a clause joined with its
    // own subject, or a closing tag, is not part of it.
    check(
        "The plan is considered a long shot.",
        &[unnamed("The plan is considered a long shot", "consider")],
    );
    check(
        "The dam has to be considered, and engineers say it may fail.",
        &[
            unnamed("The dam has to be considered", "consider"),
            q(QuoteKind::Indirect, "it may fail", "engineers", "say"),
        ],
    );
    check(
        "Renters would be considered a protected group, Park said.",
        &[q(
            QuoteKind::Indirect,
            "Renters would be considered a protected group",
            "Park",
            "say",
        )],
    );
    check("The bill will be considered on Monday.", &[]);
    // Blame and charges with their preposition, but not stranded.
    check(
        "The rollout was widely criticized as sloppy.",
        &[unnamed(
            "The rollout was widely criticized as sloppy",
            "criticize",
        )],
    );
    check(
        "Mr. Roe is accused of taking bribes.",
        &[unnamed("Mr. Roe is accused of taking bribes", "accuse")],
    );
    check(
        "Two aides were charged with fraud.",
        &[unnamed("Two aides were charged with fraud", "charge")],
    );
    check("The batteries were charged overnight.", &[]);
    check(
        "Park denied the crimes he was accused of.",
        &[q(Indirect, "the crimes he was accused of", "Park", "deny")],
    );
    check(
        "It is expected to rain all week.",
        &[unnamed("It is expected to rain all week", "expect")],
    );
    // Not a passive report: an agent, or a participle after no `be`.
    check("The delay was expected by the crew.", &[]);
    check("The expected delay angered the crew.", &[]);
}

#[test]
fn not_reported_speech() {
    // `said` without a speaker, or in a noun phrase.
    check("The said agreement expired in May.", &[]);
    check("When he concludes his trip to Beijing, talks resume.", &[]);
    check(
        "The treaty, countering terrorism and piracy, took effect.",
        &[],
    );
    check("All told, the storm cost millions.", &[]);
    // A participle before a noun, after a number or a quantifier.
    check("Park is ahead by 95 pledged delegates after the vote.", &[]);
    check("Park now holds more pledged delegates than her rival.", &[]);
    // A clause of concession names no speaker for the participle after it.
    check(
        "Whatever his motives may be, shrugging off the facts is never wise.",
        &[],
    );
}

#[test]
fn beliefs_and_intentions() {
    use QuoteKind::Indirect;
    let belief = |text, speaker, cue| q(Indirect, text, speaker, cue);
    // A wish, `would like to` or `’d love to`; not a liking.
    check(
        "Both candidates would like to shrink the agency.",
        &[belief(
            "to shrink the agency",
            "both candidates",
            "would like",
        )],
    );
    check(
        "She’d love to see Roe run.",
        &[belief("to see Roe run", "She", "would love")],
    );
    check("Voters like to see the candidates.", &[]);
    // What is known or wondered, and who knows it.
    check(
        "No one knows what the mill will cost.",
        &[belief("what the mill will cost", "No one", "know")],
    );
    // An aside between the cue and `that`.
    check(
        "Jo Park believes, for example, that the mill will reopen.",
        &[belief("that the mill will reopen", "Jo Park", "believe")],
    );
    check(
        "Jo Park said, however, that the mill will reopen.",
        &[q(Indirect, "that the mill will reopen", "Jo Park", "say")],
    );
    // Beliefs in the progressive, and what is considered.
    check(
        "The council is considering a ban on new permits.",
        &[belief("a ban on new permits", "council", "consider")],
    );
    check(
        "Park is hoping to reopen the mill.",
        &[belief("to reopen the mill", "Park", "hope")],
    );
    check("It is worrying that the mill closed.", &[]);
    // A belief with or without `that`, an intention with an infinitive,
    // with or without its own subject.
    check(
        "Jo Park believes the mill will reopen next year.",
        &[belief(
            "the mill will reopen next year",
            "Jo Park",
            "believe",
        )],
    );
    check(
        "Ana Ruiz fears that the levee will not hold.",
        &[belief("that the levee will not hold", "Ana Ruiz", "fear")],
    );
    check(
        "Ruiz wants to run for the Senate in the spring.",
        &[belief(
            "to run for the Senate in the spring",
            "Ruiz",
            "want",
        )],
    );
    check(
        "Most residents want the council to lower the fares.",
        &[belief(
            "the council to lower the fares",
            "Most residents",
            "want",
        )],
    );
    check(
        "The drivers plan to strike on Monday.",
        &[belief("to strike on Monday", "drivers", "plan")],
    );
    // What someone knows, learns or sees something as.
    check(
        "Reporters know the campaign is spinning them.",
        &[belief("the campaign is spinning them", "Reporters", "know")],
    );
    check(
        "Farmers see the new dam as a threat to the river.",
        &[belief(
            "the new dam as a threat to the river",
            "farmers",
            "see",
        )],
    );
    check("Jo Park saw the parade from her window.", &[]);
    // How someone is viewed or regarded, favorably or with something.
    check(
        "Most voters viewed him favorably in the poll.",
        &[belief("him favorably in the poll", "Most voters", "view")],
    );
    check(
        "Those voters view her with more skepticism.",
        &[belief("her with more skepticism", "those voters", "view")],
    );
    check("Voters viewed the debate on television.", &[]);
    // In the present's third person, what someone sees is a view.
    check(
        "Jo Park sees a growing risk of floods on the river.",
        &[belief(
            "a growing risk of floods on the river",
            "Jo Park",
            "see",
        )],
    );
    // What someone focuses on, adverbs before the preposition left out;
    // not the noun (`her focus on`).
    check(
        "Jo Park focused almost solely on the bridge toll.",
        &[belief("the bridge toll", "Jo Park", "focus")],
    );
    check("Her new focus on the toll was clear.", &[]);
    check("Jo Park focused her ads on the bridge toll.", &[]);
    // Attention focused on something holds no view of it.
    check("Attention now focused on the bridge toll.", &[]);
    // What is looked for or aimed at doing is sought; not what is
    // looked at, nor a target.
    check(
        "Jo Park is looking for a running mate.",
        &[belief("a running mate", "Jo Park", "look")],
    );
    check(
        "Jo Park aims to lower the bridge toll.",
        &[belief("to lower the bridge toll", "Jo Park", "aim")],
    );
    check("Jo Park looked at the polls.", &[]);
    check("The ads were aimed at young voters.", &[]);
    check("These are the traits voters look for in a mayor.", &[]);
    // So is what a plural subject sees, or someone with `do`; not a
    // sight after a modal, nor `see fit`.
    check(
        "Many growers see a bleak future for the valley.",
        &[belief(
            "a bleak future for the valley",
            "many growers",
            "see",
        )],
    );
    check(
        "Jo Park does see the need for a new bridge.",
        &[belief("the need for a new bridge", "Jo Park", "see")],
    );
    check("The growers would see a rise in prices.", &[]);
    check("The council may spend it as they see fit.", &[]);
    // A stance: what is supported or sought.
    check(
        "Jo Park supports lowering the bridge toll.",
        &[belief("lowering the bridge toll", "Jo Park", "support")],
    );
    check(
        "The growers sought a delay in the water rules.",
        &[belief("a delay in the water rules", "growers", "seek")],
    );
    // Decisions and considered views.
    check(
        "Ruiz decided to stay in the race until June.",
        &[belief("to stay in the race until June", "Ruiz", "decide")],
    );
    // A past of choosing after an aside or a first verb, and a time
    // phrase opening the sentence that names nobody.
    check(
        "Last October, Mayor Ruiz changed course and decided to keep the depot open.",
        &[belief("to keep the depot open", "Ruiz", "decide")],
    );
    check(
        "Ruiz, who had many stories to tell, wanted to talk about her mother.",
        &[belief("to talk about her mother", "Ruiz", "want")],
    );
    check(
        "Most drivers consider the new tolls a tax on the poor.",
        &[belief(
            "the new tolls a tax on the poor",
            "Most drivers",
            "consider",
        )],
    );
    check(
        "The board views the merger as a rescue.",
        &[belief("the merger as a rescue", "board", "view")],
    );
    // Nouns, participles and questions are not beliefs.
    for text in [
        "Plans to build a stadium collapsed last year.",
        "Security fears grew after the attack on the depot.",
        "A plan to close the library drew protests.",
        "New rules intended to curb payday lending took effect.",
        "Park, widely expected to win the seat, stayed home.",
        "Do you think he will win the primary?",
        "Many voters believe in the power of the ballot box.",
        "Park support is strongest in the north.",
        "The plan, supported by the unions, passed.",
        "Her views on the merger are well known.",
    ] {
        check(text, &[]);
    }
}

#[test]
fn beliefs_give_way_to_the_speech_tag_of_their_quotation() {
    let text = "Back then most riders saw the transit board as “a club for insiders,” Ruiz said.";
    assert_eq!(speaker_names(text), [Some("Ruiz".to_string())]);
    assert_eq!(quote_parts(text)[0].0, Mixed);
}

#[test]
fn a_clause_subjects_mention_stops_before_verbs() {
    let mentions = |text: &'static str| -> Vec<&'static str> {
        let analysis = Pipeline::new().analyse(Document::new("t", text));
        analysis
            .quotes
            .iter()
            .map(|quote| &text[quote.attribution.unwrap().mention])
            .collect()
    };
    // A pronoun subject with a verb phrase before the second verb, which
    // reports on its own.
    assert_eq!(
        mentions("She later hinted the vote was rigged, called Roe “a fraud” and left."),
        ["She", "She"]
    );
    // An inverted speaker's relative clause ends before a second verb of
    // speech with its own quotation.
    assert_eq!(
        mentions(
            "“It was a mistake,” said an aide who ran the office and called the plan “a farce.”"
        ),
        ["an aide who ran the office"; 2]
    );
    // A verb taking a bare infinitive ends the phrase before its object,
    // who speaks.
    assert_eq!(
        mentions("The ads help Park cast the race as a fight between insiders and outsiders."),
        ["Park"]
    );
}

#[test]
fn a_tag_reporting_a_that_clause_is_not_the_tag_of_the_quotation_before() {
    check(
        "In an interview on “Face the Nation,” Roe said that voters want “more listening.”",
        &[q(
            QuoteKind::Mixed,
            "that voters want “more listening.”",
            "Roe",
            "say",
        )],
    );
}

#[test]
fn a_name_followed_by_a_participle_is_no_inverted_speaker() {
    let text = "The survey, released on Monday, showed Ruiz leading Park among older voters.";
    assert_eq!(speaker_names(text), [Some("survey".to_string())]);
}

#[test]
fn a_speaker_inserted_in_the_clause_with_an_appositive() {
    let text = "The new levy, said Jo Park, an expert on farms, will fail within a year.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    assert_eq!(analysis.quotes.len(), 1);
    let quote = &analysis.quotes[0];
    assert_eq!(
        &text[quote.span],
        "The new levy, said Jo Park, an expert on farms, will fail within a year"
    );
    assert_eq!(
        &text[quote.attribution.unwrap().mention],
        "Jo Park, an expert on farms"
    );
    // A speaker and others.
    check(
        "The new levy, said Jo Park and others, will fail within a year.",
        &[q(
            QuoteKind::Indirect,
            "The new levy, said Jo Park and others, will fail within a year",
            "Jo Park and others",
            "say",
        )],
    );
    // Before a verb in the past or a negative contraction, too; not
    // before a name's list of plurals.
    for text in [
        "And Roe, said Jo Park, doesn’t forgive or forget.",
        "And Roe, said Jo Park, who knows him well, forgave nobody.",
        "Roe, said Jo Park, an old friend, wanted more.",
    ] {
        assert_eq!(speaker_names(text), [Some("Jo Park".to_string())], "{text}");
    }
    assert_last_mention(
        "The levy raised $5 million, said Jo Park, its treasurer.",
        "Jo Park, its treasurer",
    );
}

#[test]
fn a_possessed_noun_in_ing_is_no_cue() {
    check(
        "Roe told reporters that Park’s showing will be “a shock to the system.”",
        &[q(
            QuoteKind::Mixed,
            "that Park’s showing will be “a shock to the system.”",
            "Roe",
            "tell",
        )],
    );
}

#[test]
fn a_second_cue_after_but_and_a_circumstance_reports_for_the_first_subject() {
    use QuoteKind::Indirect;
    check(
        "The clerk first said she had lost the file, but in a later interview said she burned it.",
        &[
            q(Indirect, "she had lost the file", "clerk", "say"),
            q(Indirect, "she burned it", "clerk", "say"),
        ],
    );
}

#[test]
fn a_belief_inside_a_clause_with_a_closing_speech_tag_is_nested_in_the_speech() {
    use QuoteKind::Indirect;
    check(
        "After two terms, Park plans to retire from the board, Roe said.",
        &[
            q(
                Indirect,
                "After two terms, Park plans to retire from the board",
                "Roe",
                "say",
            ),
            q(Indirect, "to retire from the board", "Park", "plan"),
        ],
    );
    // A second verb may come between the belief and the tag.
    check(
        "Many voters did not recognize themselves in the ad and found it crude, Roe said.",
        &[
            q(
                Indirect,
                "Many voters did not recognize themselves in the ad and found it crude",
                "Roe",
                "say",
            ),
            q(Indirect, "themselves in the ad", "many voters", "recognize"),
        ],
    );
    check(
        "It is fine to vent -- people want their feelings to be heard and acknowledged, Roe says.",
        &[
            q(
                Indirect,
                "It is fine to vent -- people want their feelings to be heard and acknowledged",
                "Roe",
                "say",
            ),
            q(Indirect, "their feelings to be heard", "people", "want"),
        ],
    );
}

#[test]
fn beliefs_are_marked_and_can_be_left_out() {
    let text = "Jo Park thinks the vote was rigged. Park said the count must start again.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let kinds: Vec<CueKind> = analysis
        .quotes
        .iter()
        .map(|quote| quote.cue.as_ref().unwrap().kind)
        .collect();
    assert_eq!(kinds, [CueKind::Belief, CueKind::Speech]);
    let speech_only = Pipeline::new().with_attribution(AttributionOptions { beliefs: false });
    check_with(
        &speech_only,
        text,
        &[q(
            QuoteKind::Indirect,
            "the count must start again",
            "Jo Park",
            "say",
        )],
    );
}

#[test]
fn canonical_name_from_elsewhere_in_the_article() {
    let text = "Antony Blinken arrived on Sunday. Blinken said the talks went well.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    assert_eq!(analysis.speakers[0].name, "Antony Blinken");
}

#[test]
fn reported_speech_around_other_clauses() {
    // A tag inside the sentence: the content runs over it.
    check(
        "His wife, he says, plans to leave the party.",
        &[Expect {
            kind: Indirect,
            text: "His wife, he says, plans to leave the party",
            speaker: Some("he"),
            cue: Some("say"),
            resolved: None,
        }],
    );
    // Inverted tag with an appositive.
    check(
        "The fund is $9 million short, said Ed Rendell, who chairs the committee.",
        &[q(
            Indirect,
            "The fund is $9 million short",
            "Ed Rendell",
            "say",
        )],
    );
    // Two tags in one sentence: the first content stops where the second tag starts.
    check(
        "Merrill said Machado had promised to help and said she would stay.",
        &[
            q(Indirect, "Machado had promised to help", "Merrill", "say"),
            q(Indirect, "she would stay", "Merrill", "say"),
        ],
    );
    // Reported speech in a sentence that also holds a quoted phrase is mixed.
    check(
        "A former official said the “supermax” prison was discussed at length.",
        &[q(
            Mixed,
            "the “supermax” prison was discussed at length",
            "former official",
            "say",
        )],
    );
}

#[test]
fn questions_refusals_findings_and_headlines() {
    check(
        "Tapper asked whether the party would hold the House.",
        &[q(
            Indirect,
            "whether the party would hold the House",
            "Tapper",
            "ask",
        )],
    );
    check(
        "The White House declined to comment on the report.",
        &[q(
            Indirect,
            "to comment on the report",
            "White House",
            "decline",
        )],
    );
    check(
        "A new poll shows Clinton leading in Ohio.",
        &[q(Indirect, "Clinton leading in Ohio", "new poll", "show")],
    );
    check(
        "The study found that wages rose slowly.",
        &[q(Indirect, "that wages rose slowly", "study", "find")],
    );
    check("Police found the car near the river.", &[]);
    check(
        "Sanders: Email story has moved on.",
        &[q(Indirect, "Email story has moved on", "Sanders", ":")],
    );
    check("Update: The vote was delayed again.", &[]);
    check("Editor’s Note: The vote was delayed again last week.", &[]);
    // `More from …:` names the one the words are from.
    check(
        "More from Park: “We will win this race by a lot.”",
        &[q(Direct, "We will win this race by a lot.", "Park", ":")],
    );
    // A label before a quotation names no speaker either.
    for label in ["BREAKING", "Watch", "BUSTED"] {
        let text = format!("{label}: “We will win this race, and we will win it by a lot.”");
        let analysis = Pipeline::new().analyse(Document::new("t", &text));
        assert!(
            analysis.quotes.iter().all(|q| q.attribution.is_none()),
            "{text}"
        );
    }
    check(
        "BUSTED: Emails Reveal Park Aide And Reporter Plotting Levy Vote\n\nThe vote is Monday.",
        &[q(
            Indirect,
            "Park Aide And Reporter Plotting Levy Vote",
            "Emails",
            "reveal",
        )],
    );
}

#[test]
fn subjects_with_parentheses_and_introductions() {
    check(
        "Sen. Rob Vale (R-Ohio), another incumbent, said he had not decided.",
        &[q(Indirect, "he had not decided", "Rob Vale", "say")],
    );
    check(
        "Sen. Rob Vale (a Democrat so young he has been taken for an intern) says he was adrift.",
        &[q(Indirect, "he was adrift", "Rob Vale", "say")],
    );
    check(
        "Jo Park, the head of Acme, a bank in Ohio, said the plant would close.",
        &[q(Indirect, "the plant would close", "Jo Park", "say")],
    );
    check(
        "Despite the doubts, banking analysts say, the plant will close.",
        &[q(
            Indirect,
            "Despite the doubts, banking analysts say, the plant will close",
            "banking analysts",
            "say",
        )],
    );
    check(
        "In Flint, the mayor, a Democrat, said the plant would close.",
        &[q(Indirect, "the plant would close", "mayor", "say")],
    );
    check(
        "Making the rounds on Sunday, Carson said he was facing scrutiny.",
        &[q(Indirect, "he was facing scrutiny", "Carson", "say")],
    );
    check(
        "Khalif said the rhetoric was patronizing, noting her radio comments.",
        &[
            q(Indirect, "the rhetoric was patronizing", "Khalif", "say"),
            q(Indirect, "her radio comments", "Khalif", "note"),
        ],
    );
}

#[test]
fn infinitives_and_nouns_are_not_cues() {
    // `to counter` is an infinitive and `a retort` a noun: the speaker is
    // the clause's subject, not the words around them.
    check(
        "McConnell says voters want a leader to counter terrorist threats.",
        &[q(
            Indirect,
            "voters want a leader to counter terrorist threats",
            "McConnell",
            "say",
        )],
    );
    check(
        "Sanders delivered a retort: “No one is tearing this up.”",
        &[Expect {
            kind: Direct,
            text: "No one is tearing this up.",
            speaker: Some("Sanders"),
            cue: Some(":"),
            resolved: None,
        }],
    );
}

#[test]
fn a_second_cue_reports_for_the_same_speaker() {
    check(
        "“Enough is enough,” Warren said, adding, “Act now.”",
        &[
            q(Direct, "Enough is enough", "Warren", "say"),
            q(Direct, "Act now.", "Warren", "add"),
        ],
    );
    check(
        "“It failed,” Jo Park said, adding that the plan “would never work.”",
        &[
            q(Direct, "It failed", "Jo Park", "say"),
            q(Mixed, "that the plan “would never work.”", "Jo Park", "add"),
        ],
    );
    // A stance with a short object after the first report.
    check(
        "Jo Park said she would quit, citing health reasons.",
        &[
            q(Indirect, "she would quit", "Jo Park", "say"),
            q(Indirect, "health reasons", "Jo Park", "cite"),
        ],
    );
}

#[test]
fn stance_verbs_and_clause_ends() {
    check(
        "Trump called the system “rigged” in a tweet, and lawmakers agreed.",
        &[q(Mixed, "the system “rigged”", "Trump", "call")],
    );
    check(
        "Sanders accused her of making “racist” remarks.",
        &[q(
            Mixed,
            "her of making “racist” remarks",
            "Sanders",
            "accuse",
        )],
    );
    check(
        "He referred to the protesters as “thugs.”",
        &[q(Mixed, "the protesters as “thugs.”", "He", "refer")],
    );
    // After the quotation, a second tag ends the mixed quote as it ends
    // reported content.
    check(
        "Trump called her “horrible” and then tweeted that she was a disgrace.",
        &[
            q(Mixed, "her “horrible”", "Trump", "call"),
            q(Indirect, "that she was a disgrace", "Trump", "tweet"),
        ],
    );
    check(
        "Park said she would “back the nominee,” while Sen. Jo Roe suggested she would not.",
        &[
            q(Mixed, "she would “back the nominee,”", "Park", "say"),
            q(Indirect, "she would not", "Jo Roe", "suggest"),
        ],
    );
    // A second verb after a verb of continuing or trying.
    check(
        "Park praised the plan and tried to defend its cost.",
        &[
            q(Indirect, "the plan", "Park", "praise"),
            q(Indirect, "its cost", "Park", "defend"),
        ],
    );
    // A short name given by a second verb.
    check(
        "Park denied the claims and called them absurd.",
        &[
            q(Indirect, "the claims", "Park", "deny"),
            q(Indirect, "them absurd", "Park", "call"),
        ],
    );
    // A verb of the same subject before the mixed quote's tag reports
    // on its own.
    check(
        "Park rejected the plan, and later called it “absurd.”",
        &[
            q(Indirect, "the plan", "Park", "reject"),
            q(Mixed, "it “absurd.”", "Park", "call"),
        ],
    );
    check(
        "Park suggested the vote was rigged, called Roe “a fraud” and boycotted the debate.",
        &[
            q(Indirect, "the vote was rigged", "Park", "suggest"),
            q(Mixed, "Roe “a fraud”", "Park", "call"),
        ],
    );
    // (A verb joined in the same tense inside the content stays in it.)
    check(
        "Park said the plan was “dead” and that voters rejected it.",
        &[q(
            Mixed,
            "the plan was “dead” and that voters rejected it",
            "Park",
            "say",
        )],
    );
}

#[test]
fn addressees_relatives_and_inner_according_to() {
    check(
        "Cornyn told reporters this was the only chance.",
        &[q(Indirect, "this was the only chance", "Cornyn", "tell")],
    );
    check(
        "Murphy told me he had been unprepared.",
        &[q(Indirect, "he had been unprepared", "Murphy", "tell")],
    );
    check(
        "Since May, according to the agency, prices have doubled.",
        &[q(
            Indirect,
            "Since May, according to the agency, prices have doubled",
            "agency",
            "according to",
        )],
    );
    check(
        "Cruz, who says the polls have tightened, kept campaigning.",
        &[q(Indirect, "the polls have tightened", "Cruz", "say")],
    );
    // So one set off by dashes, to the closing dash (it had given
    // nothing).
    check(
        "Cruz — who says the polls have tightened — kept campaigning.",
        &[q(Indirect, "the polls have tightened", "Cruz", "say")],
    );
    // A pronoun for people is an antecedent too (`some who warned`).
    check(
        "Critics, including some who warned the plan would fail, were ignored.",
        &[q(Indirect, "the plan would fail", "some", "warn")],
    );
    // A second verb of the relative clause, and a verb in a clause
    // inside it, report up to the comma before the main clause's verb.
    check(
        "Jo Park, who campaigned on roads and sought Roe’s endorsement last year, suddenly insisted that the levy failed.",
        &[
            q(Indirect, "Roe’s endorsement last year", "Jo Park", "seek"),
            q(Indirect, "that the levy failed", "Jo Park", "insist"),
        ],
    );
    check(
        "Lawmakers, who are close to the firms that oppose the rule, have vowed to block it.",
        &[
            q(Indirect, "the rule", "firms", "oppose"),
            q(Indirect, "to block it", "lawmakers", "vow"),
        ],
    );
    // An aside before the clause's verb stays inside it.
    check(
        "Jo Park, who said that both men, and Roe in particular, must do more, left early.",
        &[q(
            Indirect,
            "that both men, and Roe in particular, must do more",
            "Jo Park",
            "say",
        )],
    );
    // A relative clause longer than an appositive reports too, and its
    // subject speaks in the main clause.
    check(
        "Ruiz, who says the state and its cities should spend far more on roads and bridges, wrote that the plan will fail.",
        &[
            q(
                Indirect,
                "the state and its cities should spend far more on roads and bridges",
                "Ruiz",
                "say",
            ),
            q(Indirect, "that the plan will fail", "Ruiz", "write"),
        ],
    );
}

#[test]
fn speaker_mentions_keep_appositives_and_relatives_but_not_circumstances() {
    let cases = [
        (
            "“We will not move,” said House Speaker Jo Park in a statement.",
            "House Speaker Jo Park",
        ),
        (
            "“It is done,” said Jo Park, on her first day in the job.",
            "Jo Park",
        ),
        (
            "“It is done,” said Jo Park, a lawyer at the firm, who led the case.",
            "Jo Park, a lawyer at the firm, who led the case",
        ),
        (
            "“It is done,” said Sen. Ana Ruiz of Ohio.",
            "Sen. Ana Ruiz of Ohio",
        ),
        // A capitalised preposition is a name: `Al From`.
        ("“It is done,” said Al From.", "Al From"),
        // The noun before a participle's agent is the subject.
        (
            "The memo released by the agency on Monday said the plan was dead.",
            "The memo released by the agency",
        ),
        // Two roles of one person, joined before the name.
        (
            "The firm lobbied for the casino, said lobbyist and GOP strategist Jo Park, a partner.",
            "lobbyist and GOP strategist Jo Park, a partner",
        ),
        (
            "“It is done,” Jo Park, speaking to reporters, said.",
            "Jo Park",
        ),
        (
            "Vice President Jo Park, in an interview, said the plan was dead.",
            "Vice President Jo Park",
        ),
        // The relative clause of an appositive may hold an appositive of
        // its own.
        (
            "Jo Park, a lawyer who worked for Sen. Ann Roe, a Democrat, called it a big step.",
            "Jo Park, a lawyer who worked for Sen. Ann Roe, a Democrat",
        ),
        (
            "Jo Park, a lawyer at the firm, said the plan was dead.",
            "Jo Park, a lawyer at the firm",
        ),
        // A relative clause keeps its time and manner words.
        (
            "“It is over,” said Sen. Jo Park, who served as mayor after the war.",
            "Sen. Jo Park, who served as mayor after the war",
        ),
        // A title with `of`; a quantity opening the sentence.
        (
            "Former Secretary of State Ana Ruiz urged voters to back the plan, saying, “It is time.”",
            "Former Secretary of State Ana Ruiz",
        ),
        (
            "Hundreds of protesters marched on Monday, chanting “No more wars.”",
            "Hundreds of protesters",
        ),
        // Discourse asides are not appositives; `now` opens one.
        ("Jo Park, however, said the plan was dead.", "Jo Park"),
        ("“It is done,” said Jo Park, for her part.", "Jo Park"),
        (
            "Jo Park, now a lawyer, said the plan was dead.",
            "Jo Park, now a lawyer",
        ),
    ];
    for (text, mention) in cases {
        let analysis = Pipeline::new().analyse(Document::new("t", text));
        let attribution = analysis.quotes[0].attribution.expect("a speaker");
        assert_eq!(&text[attribution.mention], mention, "in {text}");
    }
}

#[test]
fn commitments_requests_and_progressive_cues() {
    check(
        "Mayor Ana Ruiz vowed to cut property taxes next year.",
        &[q(
            Indirect,
            "to cut property taxes next year",
            "Ana Ruiz",
            "vow",
        )],
    );
    check(
        "The union called for a new vote on the contract.",
        &[q(Indirect, "a new vote on the contract", "union", "call")],
    );
    check(
        "Ruiz called on the council to delay the vote.",
        &[q(Indirect, "the council to delay the vote", "Ruiz", "call")],
    );
    // A refusal or a vow of one verb, and what was answered.
    check(
        "A spokesman for the mayor declined to comment.",
        &[q(
            Indirect,
            "to comment",
            "spokesman for the mayor",
            "decline",
        )],
    );
    check(
        "Ruiz did not respond to a request for comment.",
        &[q(Indirect, "a request for comment", "Ruiz", "respond")],
    );
    check(
        "Ruiz responded to the audit.",
        &[q(Indirect, "the audit", "Ruiz", "respond")],
    );
    // A short request, and one after an opening phrase, which is no
    // reported clause.
    check(
        "The unions called for a recount.",
        &[q(Indirect, "a recount", "unions", "call")],
    );
    check(
        "On Tuesday, Jo Park, her aide, called for a new vote.",
        &[q(Indirect, "a new vote", "Jo Park", "call")],
    );
    // A name given with `it`, but not an idiom.
    check(
        "Critics call it the tax of the century.",
        &[q(Indirect, "it the tax of the century", "critics", "call")],
    );
    check("The crew called it a day.", &[]);
    check(
        "Ruiz is saying the vote was rigged.",
        &[q(Indirect, "the vote was rigged", "Ruiz", "say")],
    );
    check(
        "Ruiz isn’t saying what she will do next.",
        &[q(Indirect, "what she will do next", "Ruiz", "say")],
    );
    // No commitment, request or speech: an object, a noun, a participle
    // used as an adjective.
    check("Ruiz was calling the shots at city hall.", &[]);
    check("The promises to voters were broken by the council.", &[]);
    check("Ruiz called for the third time that week.", &[]);
    check("The speaking fees were higher than usual this year.", &[]);
}

#[test]
fn a_verb_joined_under_a_modal_is_part_of_the_content() {
    check(
        "The vote is near. Kasich says he would sit Park down and tell him “no more nonsense.”",
        &[q(
            Mixed,
            "he would sit Park down and tell him “no more nonsense.”",
            "Kasich",
            "say",
        )],
    );
    // A cue joined by `or` in the same form is a report of its own.
    check(
        "The vote is near. Park hasn’t endorsed Roe or criticized her rival.",
        &[
            q(Indirect, "Roe", "Park", "endorse"),
            q(Indirect, "her rival", "Park", "criticize"),
        ],
    );
    // A new subject with its own modal still opens a report of its own.
    assert_eq!(
        speaker_names(
            "The vote is near. Park said the levy would pass, and Roe will say it would fail."
        ),
        [Some("Park".into()), Some("Roe".into())]
    );
}

#[test]
fn long_subjects_and_second_verbs() {
    // The subject of a second verb is at the clause start; the clause
    // after `that` is the content, not the opening phrase.
    check(
        "In a radio interview, Ms. Dale brushed aside the claim that the moves were a purge and said that Mr. Orr was not being sidelined.",
        &[
            unnamed("that the moves were a purge", "claim"),
            q(
                Indirect,
                "that Mr. Orr was not being sidelined",
                "Dale",
                "say",
            ),
        ],
    );
    // A place inside the appositive is not the speaker.
    check(
        "Jo Park, a Dayton, Ohio, lawyer helping to run the campaign, said she was worried about the plan.",
        &[q(
            Indirect,
            "she was worried about the plan",
            "Jo Park",
            "say",
        )],
    );
}

#[test]
fn stance_verbs_and_time_phrases_before_the_cue() {
    check(
        "Sanders on Tuesday endorsed the plan to raise wages.",
        &[q(Indirect, "the plan to raise wages", "Sanders", "endorse")],
    );
    check(
        "Mayor Ana Ruiz last week rejected the offer from the council.",
        &[q(
            Indirect,
            "the offer from the council",
            "Ana Ruiz",
            "reject",
        )],
    );
    check(
        "The governor expressed concern about the cost of the bridge.",
        &[q(Indirect, "the cost of the bridge", "governor", "express")],
    );
}

#[test]
fn verbs_continuing_an_infinitive_are_not_new_cues() {
    check(
        "Jo Park pressed the council to cut fees, respect the budget and oppose “new taxes.”",
        &[q(
            Mixed,
            "the council to cut fees, respect the budget and oppose “new taxes.”",
            "Jo Park",
            "press",
        )],
    );
    check(
        "Jo Park urged the council to cut fees and oppose new taxes on small shops.",
        &[q(
            Indirect,
            "the council to cut fees and oppose new taxes on small shops",
            "Jo Park",
            "urge",
        )],
    );
}

#[test]
fn questions_put_to_someone() {
    // A question before a quotation and its tag, then the answer.
    check(
        "Asked whether the plan would pass, “I have no doubt,” Ruiz said.",
        &[
            Expect {
                kind: Indirect,
                text: "whether the plan would pass",
                speaker: None,
                cue: Some("ask"),
                resolved: None,
            },
            q(Direct, "I have no doubt", "Ruiz", "say"),
        ],
    );
    // A question holding a quotation, before the answer's tag, is a mixed
    // quote of its own, unattributed; the answer is reported too.
    check(
        "Asked whether Roe “has the integrity to serve,” 75 percent of voters said yes.",
        &[
            Expect {
                kind: Mixed,
                text: "whether Roe “has the integrity to serve,”",
                speaker: None,
                cue: Some("ask"),
                resolved: None,
            },
            q(Indirect, "yes", "75 percent of voters", "say"),
        ],
    );
    // The asker is unnamed: a quote with its cue and no speaker.
    check(
        "Asked whether the plan would pass, Ruiz said she had no doubt.",
        &[
            Expect {
                kind: Indirect,
                text: "whether the plan would pass",
                speaker: None,
                cue: Some("ask"),
                resolved: None,
            },
            q(Indirect, "she had no doubt", "Ruiz", "say"),
        ],
    );
    // A relative clause set off inside the question does not end it, and
    // reports on its own.
    check(
        "Asked whether Roe, who has called the levy a hoax, could win, Ruiz said no.",
        &[
            Expect {
                kind: Indirect,
                text: "whether Roe, who has called the levy a hoax, could win",
                speaker: None,
                cue: Some("ask"),
                resolved: None,
            },
            q(Indirect, "the levy a hoax", "Roe", "call"),
            q(Indirect, "no", "Ruiz", "say"),
        ],
    );
    // A question word alone closing the sentence is an indirect question.
    check(
        "Ruiz said the bridge would close, but she did not say when.",
        &[
            q(Indirect, "the bridge would close", "Ruiz", "say"),
            q(Indirect, "when", "Ruiz", "say"),
        ],
    );
    // A question put to someone, named as such.
    check(
        "The moderator asked the candidates a question about the levy.",
        &[q(Indirect, "a question about the levy", "moderator", "ask")],
    );
    // `by` names the asker; `laughed when` is no reported question.
    check(
        "Ruiz laughed when asked by a reporter about the cost of the bridge.",
        &[q(Indirect, "the cost of the bridge", "reporter", "ask")],
    );
    // After `and`, and a question named as such.
    let asked = |text| Expect {
        kind: Indirect,
        text,
        speaker: None,
        cue: Some("ask"),
        resolved: None,
    };
    // A request in the passive reports its infinitive, with no source.
    check(
        "Park has been asked to release the transcripts of her speeches.",
        &[asked("to release the transcripts of her speeches")],
    );
    check(
        "And asked how he chose the site, Ruiz said it was cheap.",
        &[
            asked("how he chose the site"),
            q(Indirect, "it was cheap", "Ruiz", "say"),
        ],
    );
    // A time or place before the question; a question word alone.
    check(
        "Ruiz smiled when asked in May whether she would run.",
        &[asked("whether she would run")],
    );
    check("When asked why, Ruiz smiled.", &[asked("why")]);
    check(
        "Whenever asked about the levy, Ruiz smiled.",
        &[asked("the levy")],
    );
    check(
        "When asked at the summit about the merger, Ruiz defended her choice.",
        &[
            asked("the merger"),
            q(Indirect, "her choice", "Ruiz", "defend"),
        ],
    );
    check(
        "Asked Tuesday whether the bridge was safe, Ruiz said it was.",
        &[
            asked("whether the bridge was safe"),
            q(Indirect, "it was", "Ruiz", "say"),
        ],
    );
    check(
        "Asked a direct question about the bridge, Ruiz said it was safe.",
        &[
            asked("a direct question about the bridge"),
            q(Indirect, "it was safe", "Ruiz", "say"),
        ],
    );
}

#[test]
fn phrasal_cues_and_as_she_put_it() {
    check(
        "“We lost,” Ruiz shot back.",
        &[q(Direct, "We lost", "Ruiz", "shoot back")],
    );
    check(
        "“The vote was close,” Ruiz pointed out.",
        &[q(Direct, "The vote was close", "Ruiz", "point out")],
    );
    check(
        "As one aide put it, “We are done.”",
        &[q(Direct, "We are done.", "one aide", "put it")],
    );
    check(
        "The plan was “a total failure,” as Ruiz put it.",
        &[q(Partial, "a total failure", "Ruiz", "put it")],
    );
    check(
        "“That was it,” Ruiz fumed.",
        &[q(Direct, "That was it", "Ruiz", "fume")],
    );
    // Verbs of manner in a speech tag.
    check(
        "“Get out of here,” Ruiz barked.",
        &[q(Direct, "Get out of here", "Ruiz", "bark")],
    );
    check(
        "“We are done,” Ruiz deadpanned.",
        &[q(Direct, "We are done", "Ruiz", "deadpan")],
    );
    check(
        "“That is a lie,” Ruiz thundered.",
        &[q(Direct, "That is a lie", "Ruiz", "thunder")],
    );
    // Begging and seething report what is asked or resented; `all but`
    // stands between the subject and its verb.
    check(
        "Ruiz all but begged reporters to ask about the levy.",
        &[q(
            Indirect,
            "reporters to ask about the levy",
            "Ruiz",
            "beg",
        )],
    );
    check(
        "Republicans seethed over the decision to close the case.",
        &[q(
            Indirect,
            "the decision to close the case",
            "Republicans",
            "seethe",
        )],
    );
    // A time phrase opening the sentence is not the subject.
    check(
        "Hours later, Ruiz returned, telling reporters, “We are back.”",
        &[q(Direct, "We are back.", "Ruiz", "tell")],
    );
    // The verbs alone are no cues.
    check("Ruiz pointed at the map and shot a glance at Park.", &[]);
}

#[test]
fn reported_speech_beside_a_quotation_in_the_same_sentence() {
    check(
        "Park said he saw no need to change his campaign, telling reporters, “We are fine.”",
        &[
            q(
                Indirect,
                "he saw no need to change his campaign",
                "Park",
                "say",
            ),
            q(Direct, "We are fine.", "Park", "tell"),
        ],
    );
    // The second verb's subject is that of its own clause, not the speaker
    // of a later quotation.
    check(
        "Some booed, and when Park thanked the city and said it was great to be home, a man yelled “Go away.”",
        &[
            q(Indirect, "the city", "Park", "thank"),
            q(Indirect, "it was great to be home", "Park", "say"),
            q(Direct, "Go away.", "man", "yell"),
        ],
    );
}

#[test]
fn addressee_then_adverbial_then_that() {
    let text = "Ruiz told The Daily Star on Monday that the inquiry is independent.";
    check(
        text,
        &[q(
            Indirect,
            "that the inquiry is independent",
            "Ruiz",
            "tell",
        )],
    );
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let addressee = analysis.quotes[0].addressee.expect("an addressee");
    assert_eq!(&text[addressee], "The Daily Star");
    // A clause without `that` after a phrase of time.
    check(
        "Ruiz told CNN on Sunday she would run.",
        &[q(Indirect, "she would run", "Ruiz", "tell")],
    );
    // One promised, before a clause; no one without it.
    let text = "Ruiz promised voters that taxes would not rise.";
    check(
        text,
        &[q(Indirect, "that taxes would not rise", "Ruiz", "promise")],
    );
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    assert_eq!(
        analysis.quotes[0].addressee.map(|a| &text[a]),
        Some("voters")
    );
    check(
        "Ruiz promised a tax cut.",
        &[q(Indirect, "a tax cut", "Ruiz", "promise")],
    );
    // A place's name may hold commas.
    check(
        "Ruiz told voters in Salem, New Hampshire, that the plan failed.",
        &[q(Indirect, "that the plan failed", "Ruiz", "tell")],
    );
    check(
        "Ruiz told diners at a Manchester, New Hampshire, cafe that “we will win.”",
        &[q(Mixed, "that “we will win.”", "Ruiz", "tell")],
    );
}

#[test]
fn clause_then_told_with_its_addressee() {
    for (text, speaker, addressee) in [
        (
            "The plan will fail, Sen. Jo Park (R-Ohio) told reporters.",
            "Jo Park",
            "reporters",
        ),
        (
            "The plan will fail, Park told The Daily Star on Monday.",
            "Park",
            "The Daily Star",
        ),
        ("The plan will fail, Park told me.", "Park", "me"),
    ] {
        check(text, &[q(Indirect, "The plan will fail", speaker, "tell")]);
        let analysis = Pipeline::new().analyse(Document::new("t", text));
        assert_eq!(&text[analysis.quotes[0].addressee.unwrap()], addressee);
    }
}

#[test]
fn a_long_quote_may_lack_its_comma_before_the_tag() {
    check(
        "\"Leaks have tried to create a false story from hidden sources\" said Jo Park.",
        &[q(
            Direct,
            "Leaks have tried to create a false story from hidden sources",
            "Jo Park",
            "say",
        )],
    );
    // A short one is a title.
    check("She starred in “Keeping It Real” said to be a hit.", &[]);
}

#[test]
fn nouns_that_look_like_cues() {
    // A list after a bare noun is a noun; a report still lists.
    check(
        "Reporters compared the data with donor lists made public by the groups.",
        &[],
    );
    check(
        "The report lists three reasons for the delay.",
        &[q(Indirect, "three reasons for the delay", "report", "list")],
    );
    // A verb cue wins over a possessed noun before the quotation.
    check(
        "Roe said Park’s claims were “absurd” and false.",
        &[q(
            Mixed,
            "Park’s claims were “absurd” and false",
            "Roe",
            "say",
        )],
    );
    // After an adjective or a quantifier, these forms are nouns.
    check(
        "Sanders won smaller, whiter states, but Clinton leads.",
        &[],
    );
    check(
        "He strayed from his prepared remarks on Thursday during a rally.",
        &[],
    );
    check("Ohio had the most voters of any state, by far.", &[]);
    // After an ordinal, a base form is a noun too.
    check(
        "Roe still has the final say on whether the plan goes ahead.",
        &[],
    );
    // Before a title: a noun, or a participle naming it.
    check(
        "She starred in the reality show “The Apprentice” for years.",
        &[],
    );
    check(
        "They made a film called “Familias” about farm workers.",
        &[],
    );
    // So is a thing named after `a` and its noun; a group still calls.
    check(
        "The fund sponsors a competition called the Home Prize.",
        &[],
    );
    check(
        "A group called the plan a failure.",
        &[q(Indirect, "the plan a failure", "group", "call")],
    );
    check(
        "Park called the plan “a disaster” on Monday.",
        &[q(Mixed, "the plan “a disaster” on Monday", "Park", "call")],
    );
    // A possessed noun with a verb of its own reports nothing.
    check("Park’s comments are part of a wider trend.", &[]);
    check(
        "Roe’s remarks carried echoes of a “vast conspiracy” theory.",
        &[],
    );
    // A possessive names who claimed.
    let text = "Park’s claim that the vote was rigged was denied.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let speaker = analysis.quotes[0].attribution.expect("a speaker").speaker;
    assert_eq!(analysis.speakers[speaker].name, "Park");
}

#[test]
fn a_clause_after_that_goes_on_past_a_comma_until_its_verb() {
    check(
        "Aides told reporters that in private, Park has shown an interest in the mill.",
        &[q(
            Indirect,
            "that in private, Park has shown an interest in the mill",
            "aides",
            "tell",
        )],
    );
    check(
        "Roe wrote that the title, history and text of the law showed it to be unfair.",
        &[q(
            Indirect,
            "that the title, history and text of the law showed it to be unfair",
            "Roe",
            "write",
        )],
    );
    // With its verb, the clause ends before a report of its own.
    check(
        "Roe said that prices rose, and Park told donors the mill would close.",
        &[
            q(Indirect, "that prices rose", "Roe", "say"),
            q(Indirect, "the mill would close", "Park", "tell"),
        ],
    );
}

#[test]
fn a_cue_that_looks_like_a_noun_agrees_with_its_subject_before_a_quotation() {
    // A name in -s, or a plural with a base form, is the subject of a verb.
    check(
        "Sanders claims “rival groups” cut the power.",
        &[q(Mixed, "“rival groups” cut the power", "Sanders", "claim")],
    );
    check(
        "Sen. Jo Williams notes, “The mill will close.”",
        &[q(Direct, "The mill will close.", "Jo Williams", "note")],
    );
    check(
        "Officials claim “rival groups” cut the power.",
        &[q(
            Mixed,
            "“rival groups” cut the power",
            "officials",
            "claim",
        )],
    );
    // A noun still names what follows: after `news`, a determiner or a
    // possessive.
    check("He was a guest on the news show “Farm Hour” twice.", &[]);
    check("His claim “we won” was false.", &[]);
}

#[test]
fn the_writer_goes_on_after_a_quotation_in_the_same_clause() {
    check(
        "Park said “zero” voters would back the plan.",
        &[q(Mixed, "“zero” voters would back the plan", "Park", "say")],
    );
    // A verb after a place's comma is the clause's, not a new tag.
    check(
        "Park claimed that the “Smithsonian” in Washington, D.C., had expressed interest.",
        &[q(
            Mixed,
            "that the “Smithsonian” in Washington, D.C., had expressed interest",
            "Park",
            "claim",
        )],
    );
    // A quotation ending its sentence, or closed by a comma before a new
    // verb of speech, is direct.
    check(
        "Park said “We are done.” Then she left.",
        &[q(Direct, "We are done.", "Park", "say")],
    );
    check(
        "Park said, “We will win,” and added that the polls agree with her.",
        &[
            q(Direct, "We will win", "Park", "say"),
            q(Indirect, "that the polls agree with her", "Park", "add"),
        ],
    );
    // After a quotation inside an opening phrase, a verb taking a stance
    // on an object reports it, not the phrase.
    check(
        "Bemoaning the “rigged system,” Park accused Roe of lying.",
        &[
            q(Mixed, "the “rigged system,”", "Park", "bemoan"),
            q(Indirect, "Roe of lying", "Park", "accuse"),
        ],
    );
    // A quotation in a phrase opening with a participle of speech is the
    // participle's, not the quotation of the verb after it.
    check(
        "Recalling “the lessons of 1938,” Park urged voters to act.",
        &[
            q(Mixed, "“the lessons of 1938,”", "Park", "recall"),
            q(Indirect, "voters to act", "Park", "urge"),
        ],
    );
    check(
        "Citing the “reveries” of voters, Will urged them to act.",
        &[
            q(Mixed, "the “reveries” of voters", "Will", "cite"),
            q(Indirect, "them to act", "Will", "urge"),
        ],
    );
    // After a title in an appositive, a verb taking a stance has its
    // object after it, not its speaker.
    check(
        "Jo Park, star of the series “Salem,” thanked Roe for “keeping us safe.”",
        &[q(Mixed, "Roe for “keeping us safe.”", "Jo Park", "thank")],
    );
}

#[test]
fn they_refers_to_a_group_or_organization_never_a_person() {
    let text = "“No,” Park said. They chanted “no justice” as they marched.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let chant = analysis.quotes[1].attribution.expect("a speaker");
    assert_ne!(analysis.speakers[chant.speaker].name, "Park");

    let text = "The ministry said the bridge would reopen. They added that tolls would rise.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let added = analysis.quotes[1].attribution.expect("a speaker");
    assert_eq!(analysis.speakers[added.speaker].name, "ministry");
    assert_eq!(added.resolved, Resolution::Pronoun);
}

#[test]
fn a_relative_pronoun_is_the_mention_and_its_antecedent_the_speaker() {
    let text = "Senator Ana Ruiz, who said the plan was dead, left early.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let said = analysis.quotes[0].attribution.expect("a speaker");
    assert_eq!(&text[said.mention], "who");
    assert_eq!(analysis.speakers[said.speaker].name, "Ana Ruiz");
    assert_eq!(said.resolved, Resolution::Pronoun);

    check(
        "The critics, who say the law targets migrants, have sued.",
        &[q(Indirect, "the law targets migrants", "critics", "say")],
    );
    // People placed somewhere, not the place, are the antecedent; a verb
    // before them is no part of it.
    check(
        "The plan angered voters in Salem, who said it was overdue.",
        &[q(Indirect, "it was overdue", "voters in Salem", "say")],
    );
    check(
        "The plan was popular with voters in Salem, who said it was overdue.",
        &[q(Indirect, "it was overdue", "voters in Salem", "say")],
    );
    check(
        "Most voters in Salem, who said the plan was overdue, backed the levy.",
        &[
            q(
                Indirect,
                "the plan was overdue",
                "Most voters in Salem",
                "say",
            ),
            q(Indirect, "the levy", "Most voters in Salem", "back"),
        ],
    );
    // A home and an age set off after the name are not the antecedent.
    check(
        "The plan drew praise from Jo Park, 54, of Salem, who said it was overdue.",
        &[
            q(Indirect, "The plan", "Jo Park", "praise"),
            q(Indirect, "it was overdue", "Jo Park", "say"),
        ],
    );
    check(
        "The plan drew praise from Jo Park, from Salem, who said it was overdue.",
        &[
            q(Indirect, "The plan", "Jo Park", "praise"),
            q(Indirect, "it was overdue", "Jo Park", "say"),
        ],
    );
    // So after an inverted speech tag.
    check(
        "“It is time,” said Jo Park, 54, from Salem, who said the plan was overdue.",
        &[
            q(Direct, "It is time", "Jo Park", "say"),
            q(Indirect, "the plan was overdue", "Jo Park", "say"),
        ],
    );
}

#[test]
fn possessed_subjects_contracted_pronouns_and_participle_objects() {
    check(
        "Park’s campaign expanded its ads and announced that it would open offices.",
        &[q(
            Indirect,
            "that it would open offices",
            "Park’s campaign",
            "announce",
        )],
    );
    check(
        "Ruiz’s younger brother went to the rally and said the crowd was calm.",
        &[q(
            Indirect,
            "the crowd was calm",
            "Ruiz’s younger brother",
            "say",
        )],
    );
    // A participle's object is no speaker.
    check(
        "The governor vetoed the bill, accusing his rivals of fraud.",
        &[
            q(Indirect, "the bill", "governor", "veto"),
            q(Indirect, "his rivals of fraud", "governor", "accuse"),
        ],
    );
    // `he’s`: the pronoun is the mention, resolved to the latest person.
    let text = "“It is dead,” Jon Park said. He’s said the city must pay.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let said = analysis.quotes[1].attribution.expect("a speaker");
    assert_eq!(&text[said.mention], "He");
    assert_eq!(analysis.speakers[said.speaker].name, "Jon Park");
}

#[test]
fn time_phrases_are_never_speakers() {
    // A day inside a source's phrase names no one.
    assert_no_speaker_named(
        "The vote is near. Roe will speak in Ohio, according to a report Tuesday from WKOW, the local station.",
        "Tuesday",
    );
    check(
        "Jo Park, who has long fought the plan and the mayor who opposed it over many years of court fights, said Friday that the bridge was unsafe.",
        &[
            // A stance in a relative clause ends at the subject's comma.
            q(
                Indirect,
                "it over many years of court fights",
                "mayor",
                "oppose",
            ),
            q(Indirect, "that the bridge was unsafe", "Jo Park", "say"),
        ],
    );
    check(
        "Ruiz Sunday night recounted how the deal fell apart.",
        &[q(Indirect, "how the deal fell apart", "Ruiz", "recount")],
    );
    check(
        "Sunday morning, Ruiz slammed the plan as a gimmick and accused Park of lying.",
        &[
            q(Indirect, "the plan as a gimmick", "Ruiz", "slam"),
            q(Indirect, "Park of lying", "Ruiz", "accuse"),
        ],
    );
    // Adverbs and auxiliaries between the conjunction and the second cue.
    check(
        "Ruiz has urged the board to drop the levy and has repeatedly described it as a tax on farms.",
        &[
            q(Indirect, "the board to drop the levy", "Ruiz", "urge"),
            q(Indirect, "it as a tax on farms", "Ruiz", "describe"),
        ],
    );
    let text = "“It is done,” said Rep. Jo Park (D-Ohio) at the time.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let said = analysis.quotes[0].attribution.expect("a speaker");
    assert_eq!(&text[said.mention], "Rep. Jo Park (D-Ohio)");
}

#[test]
fn a_phrasal_tag_after_a_question_and_participle_objects_before_a_quote() {
    check(
        "“It happens, right?” Jo Park went on.",
        &[q(Direct, "It happens, right?", "Jo Park", "go on")],
    );
    let text = "“It is dead,” Ruiz said. Then the mayor left, recalling her own experience: “I was never sure.”";
    let names = speaker_names(text);
    assert!(
        !names
            .iter()
            .flatten()
            .any(|name| name.contains("experience")),
        "{names:?}"
    );
}

#[test]
fn a_second_verb_of_speech_ends_a_mixed_quote() {
    check(
        "Park called the plan “crazy” and said the party was doomed.",
        &[
            q(Mixed, "the plan “crazy”", "Park", "call"),
            q(Indirect, "the party was doomed", "Park", "say"),
        ],
    );
}

#[test]
fn nouns_that_are_cue_forms_or_participles_after_a_determiner_speak() {
    check(
        "“The changes add to the urgency,” the report said.",
        &[q(Direct, "The changes add to the urgency", "report", "say")],
    );
    check(
        "“It was very nice,” the gambling tycoon told Reuters.",
        &[q(Direct, "It was very nice", "gambling tycoon", "tell")],
    );
}

#[test]
fn a_tag_after_a_question_mark_stays_with_its_quote() {
    check(
        "“Is it over?” Jo Park said at a rally.",
        &[q(Direct, "Is it over?", "Jo Park", "say")],
    );
    check(
        "“Is it in our interest to act?” Jo Park, an adviser to the mayor, said at a summit.",
        &[q(Direct, "Is it in our interest to act?", "Jo Park", "say")],
    );
    // A clause after the name is a sentence of its own.
    let text = "“Is it over?” Jo Park said on Sunday that the race was lost.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    assert_eq!(analysis.sentences.len(), 2, "{:?}", analysis.sentences);
}

#[test]
fn a_sentence_ending_in_a_colon_introduces_the_next_paragraph() {
    check(
        "Mayor Jo Park issued the following statement:\n\n“We mourn with the city.”",
        &[q(Direct, "We mourn with the city.", "Jo Park", ":")],
    );
}

#[test]
fn a_dash_byline_paragraph_names_the_speaker_of_the_quote_before() {
    check(
        "“We are worried about our kids.”\n\n- Ana Ruiz, Ohio.",
        &[q(Direct, "We are worried about our kids.", "Ana Ruiz", "—")],
    );
    // Not after a quote that has its tag.
    check(
        "“We are worried,” Jo Park said.\n\n- Ana Ruiz, Ohio.",
        &[q(Direct, "We are worried", "Jo Park", "say")],
    );
}

#[test]
fn a_possessive_opens_a_tag_subject_and_quoted_verbs_are_no_cues() {
    check(
        "“Can we discuss the plans?” her top aide Jo Park wrote to the staff.",
        &[q(Direct, "Can we discuss the plans?", "Jo Park", "write")],
    );
    // `said` inside the marks of a quotation with no tag of its own is the
    // speaker's word; the writer reports nothing there.
    let text = "The old slogan “they said it would pass” is back on signs.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    assert!(analysis.quotes.is_empty(), "{:?}", analysis.quotes);
}

#[test]
fn a_tag_inside_reported_content_reports_for_the_outer_speaker() {
    check(
        "Jo Park said history has shown the need for a “stable government” first.",
        &[q(
            Mixed,
            "history has shown the need for a “stable government” first",
            "Jo Park",
            "say",
        )],
    );
    let text = "Ana Ruiz declared in an interview that she found the plan “very charming.”";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let found = analysis.quotes[0].attribution.expect("a speaker");
    assert_eq!(&text[found.mention], "Ana Ruiz");
}

#[test]
fn a_participle_after_an_occasion_for_speech_reports_for_its_speaker() {
    check(
        "Park opened the debate saying that the levy would fail.",
        &[q(Indirect, "that the levy would fail", "Park", "say")],
    );
    check(
        "Park closed the rally blasting Roe for the delay.",
        &[q(Indirect, "Roe for the delay", "Park", "blast")],
    );
}

#[test]
fn a_document_speaks_for_its_author_before_a_participle() {
    check(
        "Jo Park issued a statement saying the plan was “dead on arrival.”",
        &[q(
            Mixed,
            "the plan was “dead on arrival.”",
            "Jo Park",
            "say",
        )],
    );
}

#[test]
fn subjects_far_from_the_cue_partitives_and_opening_phrases() {
    check(
        "“We will win,” said one of the advisers.",
        &[q(Direct, "We will win", "one of the advisers", "say")],
    );
    check(
        "Jo Park, a veteran consultant who earlier in the season had tried without success to organize a campaign against him, said, “The effort is dead.”",
        &[q(Direct, "The effort is dead.", "Jo Park", "say")],
    );
    check(
        "Here in Columbia, Ana Ruiz stepped up her attacks, saying, “We have to win.”",
        &[q(Direct, "We have to win.", "Ana Ruiz", "say")],
    );
    check(
        "“It is close,” Park running mate Ana Ruiz told reporters.",
        &[q(Direct, "It is close", "Ana Ruiz", "tell")],
    );
    check(
        "Ana Ruiz proclaimed at a press conference, “I did nothing wrong.”",
        &[q(Direct, "I did nothing wrong.", "Ana Ruiz", "proclaim")],
    );
}

#[test]
fn a_cue_inside_the_appositive_of_a_trailing_tag_is_not_its_cue() {
    check(
        "“The answer is no,” Jo Park, who has proposed repealing the law, said at the time.",
        &[q(Direct, "The answer is no", "Jo Park", "say")],
    );
    check(
        "“Watch out for fraud,” tweeted another.",
        &[q(Direct, "Watch out for fraud", "another", "tweet")],
    );
    check(
        "“The way I see it,” she elaborated, “no one questioned it.”",
        &[q(
            Direct,
            "The way I see it,” she elaborated, “no one questioned it.",
            "she",
            "elaborate",
        )],
    );
}

#[test]
fn as_she_said_reports_the_clause_on_the_other_side_of_the_comma() {
    check(
        "As Purple PAC founder Jo Crane said, the two candidates have become the least ideological.",
        &[q(
            Indirect,
            "the two candidates have become the least ideological",
            "Jo Crane",
            "say",
        )],
    );
    check(
        "The two candidates have become the least ideological, as Jo Crane noted.",
        &[q(
            Indirect,
            "The two candidates have become the least ideological",
            "Jo Crane",
            "note",
        )],
    );
    // After a concession too.
    check(
        "The levy could pass, although as Park noted, the vote is close.",
        &[q(Indirect, "the vote is close", "Park", "note")],
    );
}

#[test]
fn head_nouns_after_a_name_and_names_that_are_stop_words() {
    check(
        "The deal is done, FBI officials said on Monday.",
        &[q(Indirect, "The deal is done", "FBI officials", "say")],
    );
    check(
        "British Prime Minister Theresa May said the deal was done.",
        &[q(Indirect, "the deal was done", "Theresa May", "say")],
    );
    // After a quotation, a capitalised auxiliary is a name.
    check(
        "“The deal is done,” Theresa May said.",
        &[q(Direct, "The deal is done", "Theresa May", "say")],
    );
    check(
        "“The race is over,” Will wrote.",
        &[q(Direct, "The race is over", "Will", "write")],
    );
    // Alone after an inverted cue, or after a title, it is a name too;
    // and the month before does not stand for the person.
    check(
        "The vote was set for May. “We will leave,” said Theresa May. “It is time,” said May.",
        &[
            q(Direct, "We will leave", "Theresa May", "say"),
            q(Direct, "It is time", "Theresa May", "say"),
        ],
    );
    check(
        "“We will leave,” said Mrs. May.",
        &[q(Direct, "We will leave", "May", "say")],
    );
    // Before a cue in the past or in -s, a given name that is also a
    // modal is a name; a modal takes only the base form.
    let cases = [
        (
            "Will wrote that the race is over.",
            "that the race is over",
            "Will",
            "write",
        ),
        (
            "May says the deal is done.",
            "the deal is done",
            "May",
            "say",
        ),
        (
            "The deal, May said, is done.",
            "The deal, May said, is done",
            "May",
            "say",
        ),
        (
            "In particular, Will wrote, the race is over.",
            "In particular, Will wrote, the race is over",
            "Will",
            "write",
        ),
    ];
    for (text, content, speaker, cue) in cases {
        check(text, &[q(Indirect, content, speaker, cue)]);
    }
    check(
        "Will voters say the deal is done?",
        &[q(Indirect, "the deal is done", "voters", "say")],
    );
}

#[test]
fn verbs_of_praise_and_blame_report_speech() {
    // A denial: `dispute` takes an object or a clause; `disputes` is left
    // to the noun (`many disputes that …`).
    check(
        "A spokeswoman disputed their account.",
        &[q(Indirect, "their account", "spokeswoman", "dispute")],
    );
    check(
        "Park did not dispute that she had met him.",
        &[q(Indirect, "that she had met him", "Park", "dispute")],
    );
    check(
        "The sides settled many disputes that had divided them.",
        &[],
    );
    check(
        "Ruiz decried the plan as “a giveaway to the rich.”",
        &[q(
            Mixed,
            "the plan as “a giveaway to the rich.”",
            "Ruiz",
            "decry",
        )],
    );
    check(
        "Park bemoaned that the city had lost its way.",
        &[q(
            Indirect,
            "that the city had lost its way",
            "Park",
            "bemoan",
        )],
    );
    check(
        "Ruiz railed against the “rigged system” of the party.",
        &[q(Mixed, "the “rigged system” of the party", "Ruiz", "rail")],
    );
}

#[test]
fn a_question_put_to_the_speaker_after_a_tag_is_reported() {
    let text = "“You bet I would,” Jo Park said when asked whether she would close the border.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let contents: Vec<&str> = analysis.quotes.iter().map(|q| &text[q.span]).collect();
    assert_eq!(
        contents,
        ["You bet I would", "whether she would close the border"],
        "{:?}",
        analysis.quotes
    );
    assert_eq!(
        analysis.quotes[1].cue.as_ref().map(|c| c.lemma.as_ref()),
        Some("ask")
    );
}

#[test]
fn according_to_without_a_comma_after_a_conjunction_and_with_a_title() {
    check(
        "Ruiz leads Park 46 percent to 39 percent according to a new poll released Monday.",
        &[q(
            Indirect,
            "Ruiz leads Park 46 percent to 39 percent",
            "new poll",
            "according to",
        )],
    );
    check(
        "But according to reports in the local press, the mayor could not convince the council.",
        &[q(
            Indirect,
            "the mayor could not convince the council",
            "reports in the local press",
            "according to",
        )],
    );
    check(
        "The plan would cost $1 trillion a year, according to the “Health for All” document he released.",
        &[q(
            Indirect,
            "The plan would cost $1 trillion a year",
            "“Health for All” document he released",
            "according to",
        )],
    );
}

#[test]
fn a_passive_as_clause_names_its_source_after_by_or_in() {
    let cases = [
        (
            "As reported by the Daily Ledger, the mayor was warned twice.",
            "the mayor was warned twice",
            "Daily Ledger",
            "report",
        ),
        (
            "As first reported by Politico, the council has not met since May.",
            "the council has not met since May",
            "Politico",
            "report",
        ),
        (
            "But as noted in the Ledger, the council has not met since May.",
            "the council has not met since May",
            "Ledger",
            "note",
        ),
        (
            "The mayor was warned twice, as reported by the Daily Ledger.",
            "The mayor was warned twice",
            "Daily Ledger",
            "report",
        ),
    ];
    for (text, content, source, cue) in cases {
        check(text, &[q(Indirect, content, source, cue)]);
    }
}

#[test]
fn a_demonstrative_before_according_to_stands_for_what_is_vouched_for() {
    let cases = [
        (
            "That’s according to filings released Friday.",
            "That",
            "filings",
        ),
        ("That's according to the agency.", "That", "agency"),
        ("This is according to a new poll.", "This", "new poll"),
    ];
    for (text, content, source) in cases {
        let text = format!("Sales doubled in May. {text}");
        check(&text, &[q(Indirect, content, source, "according to")]);
    }
    // Not any pronoun, nor a demonstrative with more words of its own.
    for text in [
        "It’s according to plan.",
        "That plan is according to the rules.",
    ] {
        check(text, &[]);
    }
}
#[test]
fn the_writers_words_before_a_tag_between_commas_open_a_mixed_quote() {
    let text = "Sooner or later, the governor told reporters, “it starts to pay off.”";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let quote = &analysis.quotes[0];
    assert_eq!(quote.kind, Mixed);
    let parts: Vec<&str> = quote.parts.iter().map(|p| &text[*p]).collect();
    assert_eq!(parts, ["Sooner or later", "“it starts to pay off.”"]);
    // An introductory phrase of circumstances is the tag's.
    check(
        "In a statement, Jo Park said, “We will win.”",
        &[q(Direct, "We will win.", "Jo Park", "say")],
    );
}

#[test]
fn according_to_before_a_colon() {
    check(
        "According to the agency, “prices will rise.”",
        &[q(Direct, "prices will rise.", "agency", "according to")],
    );
    check(
        "According to the Daily Ledger: “The senator has a mixed record.”",
        &[q(
            Direct,
            "The senator has a mixed record.",
            "Daily Ledger",
            "according to",
        )],
    );
}

#[test]
fn a_dash_before_a_clause_is_no_byline() {
    check(
        "“We will build it.” — Jane Roe, a council member",
        &[q(Direct, "We will build it.", "Jane Roe", "—")],
    );
    let names =
        speaker_names("When Park wrapped up — “We will win!” — the balloons fell on the crowd.");
    assert!(
        !names.iter().flatten().any(|name| name.contains("balloons")),
        "{names:?}"
    );
}

#[test]
fn a_participle_after_a_quotation_takes_the_clause_subject() {
    let names = speaker_names(
        "Jo Park defended “New York values,” saying the city embodied the best of America.",
    );
    assert!(!names.is_empty());
    assert!(
        names.iter().all(|name| name.as_deref() == Some("Jo Park")),
        "{names:?}"
    );
}

#[test]
fn a_transcript_turn_runs_to_the_end_of_its_paragraph() {
    check(
        "FALLIN: I think he is trying to campaign as a healer. That has been part of his message.\n\nTAPPER: Thank you.",
        &[q(
            Indirect,
            "I think he is trying to campaign as a healer. That has been part of his message.",
            "FALLIN",
            ":",
        )],
    );
}

#[test]
fn a_tag_and_a_colon_closing_a_paragraph_set_off_a_block_of_speech() {
    for text in [
        "Park added:\n\nThe levy is a trap. It will fail.\n\nThe vote is Monday.",
        "In a statement, Park said:\n\nThe levy is a trap. It will fail.",
        "Park wrote on her blog:\n\nThe levy is a trap. It will fail.",
    ] {
        let analysis = Pipeline::new().analyse(Document::new("t", text));
        assert_eq!(analysis.quotes.len(), 1, "{text}");
        let quote = &analysis.quotes[0];
        assert_eq!(
            &text[quote.span], "The levy is a trap. It will fail.",
            "{text}"
        );
        assert_eq!(quote.kind, Indirect, "{text}");
        assert_eq!(
            analysis.speakers[quote.attribution.expect("a speaker").speaker].name,
            "Park"
        );
    }
    // Not a label, nor a tag whose words were reported before the colon.
    check("Related:\n\nThe levy is a trap.", &[]);
    check(
        "The levy is a trap, Park said:\n\nIt will fail.",
        &[q(Indirect, "The levy is a trap", "Park", "say")],
    );
}

#[test]
fn a_quoted_transcript_names_each_turn() {
    let text = "Part of the transcript:\n\n\"WALLACE: Will she be there tomorrow night?\n\n\"PENCE: Well, look, she will not be attending the debate.\"";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let turns: Vec<(&str, &str)> = analysis
        .quotes
        .iter()
        .map(|q| {
            let speaker = q
                .attribution
                .map(|a| analysis.speakers[a.speaker].name.as_str());
            (&text[q.parts[0]], speaker.unwrap_or(""))
        })
        .collect();
    assert_eq!(
        turns,
        [
            ("Will she be there tomorrow night?", "WALLACE"),
            ("Well, look, she will not be attending the debate.", "PENCE"),
        ]
    );
    // A label is no turn's speaker.
    let text = "\"VIDEO: Park and Roe told me it was a protest when it was not.\"";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    assert!(analysis.quotes.iter().all(|q| q.attribution.is_none()));
}

#[test]
fn a_quotation_after_a_second_cue_in_a_tag_has_its_own_tag() {
    check(
        "“We are ready,” Roe said as a heckler yelled: “Go home!”",
        &[
            q(Direct, "We are ready", "Roe", "say"),
            q(Direct, "Go home!", "heckler", "yell"),
        ],
    );
    check(
        "“Stay a while,” Roe sang to the hall before asking it, “Who is buying the next round?”",
        &[
            q(Direct, "Stay a while", "Roe", "sing"),
            q(Direct, "Who is buying the next round?", "Roe", "ask"),
        ],
    );
    // A participle after a programme title between the two quotations.
    check(
        "“I like Park,” Roe said on “Face the Nation,” adding, “He listens.”",
        &[
            q(Direct, "I like Park", "Roe", "say"),
            q(Direct, "He listens.", "Roe", "add"),
        ],
    );
    // A quotation going on in lower case is the same quote.
    let analysis = Pipeline::new().analyse(Document::new(
        "t",
        "“The budget is late,” Roe wrote in a memo describing the vote, “but the schools will open on time.”",
    ));
    assert_eq!(analysis.quotes.len(), 1);
    assert_eq!(analysis.quotes[0].parts.len(), 2);
}

#[test]
fn a_tag_may_hold_a_nickname_or_title_in_quotation_marks() {
    check(
        "“Vote early!” Roe’s cousin, county Judge Ann “Annie” Park (D-Ohio), told the volunteers.",
        &[q(Direct, "Vote early!", "Roe’s cousin", "tell")],
    );
    check(
        "“It was a good night,” Jo Park, a steward carrying a “Vote Yes” banner, said quietly.",
        &[q(Direct, "It was a good night", "Jo Park", "say")],
    );
}

#[test]
fn a_noun_in_ing_heads_a_speaker_but_an_adjective_in_ing_makes_a_cue_a_noun() {
    check(
        "“The firm holds no assets,” the court filing says.",
        &[q(Direct, "The firm holds no assets", "court filing", "say")],
    );
    check(
        "“I forgot the keys,” I confessed.",
        &[q(Direct, "I forgot the keys", "I", "confess")],
    );
    // `report` and `tweet` are nouns here, and nobody reports anything.
    assert!(speaker_names("The auditor finished a damning report on the canal.").is_empty());
    assert!(speaker_names("Her evening tweet came after a long day in court.").is_empty());
}

/// The parts of each quote found in `text`, as written, with its kind.
fn quote_parts(text: &str) -> Vec<(QuoteKind, Vec<&str>)> {
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    analysis
        .quotes
        .iter()
        .map(|quote| (quote.kind, quote.parts.iter().map(|p| &text[*p]).collect()))
        .collect()
}

#[test]
fn the_clause_after_a_tag_set_in_an_opening_phrase_is_part_of_the_quote() {
    let text =
        "Despite his “brash manner,” public defender Jo Quill wrote, Lazar is a devoted father.";
    assert_eq!(
        quote_parts(text),
        [(
            Mixed,
            vec!["Despite his “brash manner,”", "Lazar is a devoted father"]
        )]
    );
    assert_eq!(speaker_names(text), [Some("Jo Quill".to_string())]);
    // (A clause before the quotation is the quote's own: the words after
    // the tag are not.)
    let text = "Park called it “a disaster,” Roe wrote, and the city wept.";
    assert_eq!(quote_parts(text)[0].1, ["Park called it “a disaster,”"]);
}

#[test]
fn quotations_listed_after_a_tag_are_one_quote_in_parts() {
    let text = "The crowd chanted back at him, “Send them home,” and “Build the wall.”";
    assert_eq!(
        quote_parts(text),
        [(Direct, vec!["Send them home", "Build the wall."])]
    );
    let text = "Ruiz told the crowd, “We will win,” and, “Is there any doubt?”";
    assert_eq!(
        quote_parts(text),
        [(Direct, vec!["We will win", "Is there any doubt?"])]
    );
    assert_eq!(speaker_names(text), [Some("Ruiz".into())]);
    assert_eq!(
        quote_parts("Ruiz said, “We will win,” or “We will fight.”"),
        [(Direct, vec!["We will win", "We will fight."])]
    );
    // Not when the sentence goes on after the list, or the second
    // quotation has a tag of its own.
    assert_eq!(
        quote_parts("Ruiz said, “We will win,” and the crowd cheered."),
        [(Direct, vec!["We will win"])]
    );
    // A quotation running over a sentence end.
    assert_eq!(
        quote_parts("Ruiz said, “We will win. We will fight.” Then she left."),
        [(Direct, vec!["We will win. We will fight."])]
    );
    let text = "Ruiz said, “We will win,” and “We will not stop,” Park added.";
    assert_eq!(
        speaker_names(text),
        [Some("Ruiz".into()), Some("Park".into())]
    );
}

#[test]
fn a_tag_inside_the_writers_sentence_splits_one_mixed_quote() {
    // A long clause before a tag set off by commas.
    let text = "Plans to cut taxes on small firms and to raise them on the largest banks, the governor said, are “a fair deal.”";
    assert_eq!(
        quote_parts(text),
        [(
            Mixed,
            vec![
                "Plans to cut taxes on small firms and to raise them on the largest banks",
                "are “a fair deal.”"
            ]
        )]
    );
    // The same subject going on after the tag with `and`.
    let text = "Park “kept the keys,” Roe said, and still “locked us out of the shed.”";
    assert_eq!(
        quote_parts(text),
        [(
            Mixed,
            vec![
                "Park “kept the keys,”",
                "and still “locked us out of the shed.”"
            ]
        )]
    );
    // Not a new clause of someone else's.
    let text = "“Are we there yet?” she asked, but Park was asleep, and “the drive” went on.";
    assert!(quote_parts(text).iter().all(|(_, parts)| parts.len() == 1));
    // The quotation's own predicate going on after the tag: an
    // infinitive, a participle with its preposition, a verb.
    let text = "But “it is a better use of capital,” Roe added, to pursue a new levy.";
    assert_eq!(
        quote_parts(text),
        [(
            Mixed,
            vec![
                "But “it is a better use of capital,”",
                "to pursue a new levy"
            ]
        )]
    );
    let text = "The fine was a “veiled sanction,” Roe said, aimed at “sending a message.”";
    assert_eq!(
        quote_parts(text),
        [(
            Mixed,
            vec![
                "The fine was a “veiled sanction,”",
                "aimed at “sending a message.”"
            ]
        )]
    );
    let text = "“Only you, Jo,” she said, would use the occasion that way.";
    assert_eq!(
        quote_parts(text),
        [(
            Mixed,
            vec!["“Only you, Jo,”", "would use the occasion that way"]
        )]
    );
    // Not the tag's own circumstances or its audience's reply.
    for text in [
        "“We will win,” Roe said, to cheers.",
        "“We will win,” Roe said, to the crowd.",
        "“We will win,” Roe said, in a statement.",
    ] {
        assert_eq!(quote_parts(text), [(Direct, vec!["We will win"])]);
    }
}

#[test]
fn a_fragment_followed_by_a_quoted_sentence_is_one_mixed_quote() {
    let text =
        "The speech “was an answer to the doubters,” said Jo Park, a former aide. “It worked.”";
    assert_eq!(
        quote_parts(text),
        [(
            Mixed,
            vec!["The speech “was an answer to the doubters,”", "It worked."]
        )]
    );
}

#[test]
fn a_mixed_quote_ends_before_a_second_verb_of_speech_between_quotations() {
    check(
        "Ruiz said Monday that she will “reopen the mill” and insisted that her council was “still the best in the valley.”",
        &[
            q(Mixed, "that she will “reopen the mill”", "Ruiz", "say"),
            q(
                Mixed,
                "that her council was “still the best in the valley.”",
                "Ruiz",
                "insist",
            ),
        ],
    );
    // A second `that` clause goes on with the same report.
    check(
        "Park said the referee “missed the foul,” but that the result would stand.",
        &[q(
            Mixed,
            "the referee “missed the foul,” but that the result would stand",
            "Park",
            "say",
        )],
    );
}

#[test]
fn the_object_of_a_second_verb_is_no_speaker() {
    let names = speaker_names(
        "Ruiz referred to Park as “a fine gardener” but described her roses as “a lost cause.”",
    );
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(
        names.iter().all(|name| name.as_deref() == Some("Ruiz")),
        "{names:?}"
    );
}

#[test]
fn adverbs_and_phrases_of_time_are_never_the_speaker() {
    for text in [
        "Park has argued with the league for years, once last spring calling its board “cowards.”",
        "The votes are still being counted, but Park is already claiming a “landslide win.”",
        "Park skipped the question, and instead argued that the fence was “an eyesore.”",
        "Park, the league's chair, this past week announced a “total ban.”",
        "Park most recently defended the “total ban.”",
        "Park soon noted that the ban was “total.”",
        "“We will never fold,” Park concluded this year.",
        "SALEM, Ore. (AP) — Park issued a statement, calling the levy “a scam.”",
    ] {
        assert_eq!(speaker_names(text), [Some("Park".to_string())], "{text}");
    }
}

#[test]
fn a_place_after_a_town_in_an_opening_phrase_is_no_speaker() {
    assert_eq!(
        speaker_names("Visiting Dayton, Ohio, Park mocked Roe, calling him “a wet blanket.”"),
        [Some("Park".to_string()), Some("Park".to_string())]
    );
    // A name with an appositive still opens the clause.
    assert_eq!(
        speaker_names(
            "In a letter, Judge Jo Park, with whom Roe once studied, said the ruling was “overdue.”"
        ),
        [Some("Jo Park".to_string())]
    );
    // So does a state after its town, abbreviated, after a time.
    assert_eq!(
        speaker_names(
            "The day before, at a rally in Salem, Ore., Jo Park was blunt, claiming that Roe lied."
        ),
        [Some("Jo Park".to_string())]
    );
}

#[test]
fn a_verb_after_a_modal_is_no_participles_subject() {
    for text in [
        "Unions can campaign saying that they won.",
        "Unions can reasonably campaign saying that they won.",
    ] {
        check(text, &[q(Indirect, "that they won", "unions", "say")]);
    }
    // But a question's subject follows its modal.
    check(
        "Will reporters still want to pursue the story?",
        &[q(Indirect, "to pursue the story", "reporters", "want")],
    );
    // Positions running counter to values retort nothing.
    check("Her positions run counter to the party’s values.", &[]);
    // Nor does time, which only will tell; a person still does.
    check("Only time will tell if the levy passes.", &[]);
    check(
        "Park will tell voters that the levy passes.",
        &[q(Indirect, "that the levy passes", "Park", "tell")],
    );
}

#[test]
fn a_name_given_with_call_takes_no_second_verb() {
    check(
        "Park called the bridge “a waste of steel” and ranked its builders among the worst.",
        &[q(Mixed, "the bridge “a waste of steel”", "Park", "call")],
    );
    // A participle after the quotation reports on its own, for the
    // same speaker.
    check(
        "Park called Roe a “sore loser,” pointing to a photo from the match.",
        &[
            q(Mixed, "Roe a “sore loser,”", "Park", "call"),
            q(Indirect, "a photo from the match", "Park", "point to"),
        ],
    );
    check(
        "Park called the vote “a sham,” saying the count was rigged.",
        &[
            q(Mixed, "the vote “a sham,”", "Park", "call"),
            q(Indirect, "the count was rigged", "Park", "say"),
        ],
    );
}

#[test]
fn a_pronoun_after_a_time_opens_the_reported_clause() {
    check(
        "Roe said in the morning she saw Park at the market and that the two spoke about bread.",
        &[q(
            Indirect,
            "she saw Park at the market and that the two spoke about bread",
            "Roe",
            "say",
        )],
    );
}

#[test]
fn a_relative_clause_inside_the_content_is_not_the_tag() {
    let names = speaker_names(
        "Ruiz laughed off the complaint, saying anyone who blames the weather “has not read the forecast.”",
    );
    assert_eq!(names, [Some("Ruiz".to_string())]);
}

#[test]
fn a_cue_form_before_the_noun_it_modifies_is_part_of_a_name() {
    check(
        "“We have no update,” City Hall press secretary Jo Park said.",
        &[q(Direct, "We have no update", "Jo Park", "say")],
    );
    // `state officials` report; `state` does not.
    assert_eq!(
        speaker_names("State officials said the road would reopen “within days.”"),
        [Some("State officials".to_string())]
    );
}

#[test]
fn a_relative_pronoun_before_a_phrase_of_circumstance_is_the_speaker() {
    for text in [
        "The club sided with Ruiz, who in 2019 said the pitch was “a swamp.”",
        "The club sided with Ruiz, who, after a long meeting, said the pitch was “a swamp.”",
    ] {
        let analysis = Pipeline::new().analyse(Document::new("t", text));
        let attribution = analysis.quotes[0].attribution.expect("attributed");
        assert_eq!(
            analysis.speakers[attribution.speaker].name, "Ruiz",
            "{text}"
        );
        assert_eq!(attribution.resolved, Resolution::Pronoun, "{text}");
    }
}

#[test]
fn state_is_a_noun_unless_it_introduces_what_was_said() {
    // `state` in a title and in a place is no cue.
    check(
        "“We need more time,” state Sen. Jo Park (D) said.",
        &[q(Direct, "We need more time", "Jo Park", "say")],
    );
    assert!(speaker_names("Park visited her home state because the vote was close.").is_empty());
    // Before `that` it reports.
    check(
        "The memo states that the bridge is “unsafe.”",
        &[q(Mixed, "that the bridge is “unsafe.”", "memo", "state")],
    );
}

#[test]
fn a_pronoun_opening_a_cues_content_reports_for_that_cues_speaker() {
    let text = "Back then, Ruiz said, she found the coach “very calm and very quiet.”";
    assert_eq!(speaker_names(text), [Some("Ruiz".to_string())]);
    assert_eq!(
        quote_parts(text),
        [(
            Mixed,
            vec![
                "Back then",
                "she found the coach “very calm and very quiet.”"
            ]
        )]
    );
}

#[test]
fn relative_clauses_that_report_speech() {
    use QuoteKind::Indirect;
    // After a trailing tag: the relative clause is reported speech of the
    // tag's speaker, and the quote still goes on in the next sentence.
    let text = "“The plant is safe,” said Jo Park, a former engineer, who said she quit over the night shifts. “It passed every test.”";
    assert_eq!(
        quote_parts(text),
        [
            (Direct, vec!["The plant is safe", "It passed every test."]),
            (Indirect, vec!["she quit over the night shifts"]),
        ]
    );
    assert_eq!(
        speaker_names(text),
        [Some("Jo Park".to_string()), Some("Jo Park".to_string())]
    );
    // Before the subject's own verb: both clauses report for the subject,
    // whose mention leaves out a clause that reports on its own…
    check(
        "Ana Ruiz, who says the council is stalling, said voters should reject the budget.",
        &[
            q(Indirect, "the council is stalling", "Ana Ruiz", "say"),
            q(
                Indirect,
                "voters should reject the budget",
                "Ana Ruiz",
                "say",
            ),
        ],
    );
    let text = "Ana Ruiz, who chairs the budget panel, said voters should reject the plan.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let mention = analysis.quotes[0].attribution.unwrap().mention;
    // …and keeps one that does not, as it keeps an appositive.
    assert_eq!(&text[mention], "Ana Ruiz, who chairs the budget panel");
    // A relative clause with an adverbial after its cue is no tag set in
    // the sentence: what it reports is its own.
    check(
        "Park, who said in her book that she had met Roe, laughed.",
        &[q(Indirect, "that she had met Roe", "Park", "say")],
    );
    check(
        "Park, who wrote about the visit in her book, laughed.",
        &[q(Indirect, "the visit in her book", "Park", "write")],
    );
    // A participle after the clause takes its own clause's subject.
    check(
        "He visited Jo Park, the head of the league, who is under investigation, saying Park deserves a medal.",
        &[q(Indirect, "Park deserves a medal", "He", "say")],
    );
}

#[test]
fn numbers_and_proportions_as_speakers() {
    use QuoteKind::Indirect;
    for (text, speaker) in [
        (
            "Two in three said they would vote for the levy.",
            "Two in three",
        ),
        (
            "About six in 10 voters said they would vote for the levy.",
            "six in 10 voters",
        ),
        ("Only three said they would vote for the levy.", "three"),
        ("Only 26% said they would vote for the levy.", "26%"),
    ] {
        check(
            text,
            &[q(Indirect, "they would vote for the levy", speaker, "say")],
        );
    }
}

#[test]
fn a_part_of_a_relative_pronouns_antecedent_speaks_for_it() {
    let text = "The plan was opposed by farmers, many of whom say the levy is unfair.";
    check(
        text,
        &[
            q(QuoteKind::Indirect, "The plan", "farmers", "oppose"),
            q(QuoteKind::Indirect, "the levy is unfair", "farmers", "say"),
        ],
    );
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let mention = analysis.quotes[1].attribution.unwrap().mention;
    assert_eq!(&text[mention], "many of whom");
}

#[test]
fn subjects_before_an_aside_between_dashes() {
    use QuoteKind::Indirect;
    // An appositive between dashes stays in the mention; a circumstance
    // does not; a double hyphen is a dash.
    for (text, mention) in [
        (
            "Jo Park — the mayor of the town — told reporters that the plant would close.",
            "Jo Park — the mayor of the town",
        ),
        (
            "Jo Park -- after a long pause -- told reporters that the plant would close.",
            "Jo Park",
        ),
        // The aside inside an appositive after the name.
        (
            "Jo Park, the head of Acme — the firm that owns the plant — told reporters that the plant would close.",
            "Jo Park, the head of Acme — the firm that owns the plant",
        ),
    ] {
        check(
            text,
            &[q(Indirect, "that the plant would close", "Jo Park", "tell")],
        );
        let analysis = Pipeline::new().analyse(Document::new("t", text));
        let span = analysis.quotes[0].attribution.unwrap().mention;
        assert_eq!(&text[span], mention);
    }
}

#[test]
fn subjects_before_an_aside_between_dashes_and_an_auxiliary() {
    use QuoteKind::Indirect;
    // The verb may follow the aside through auxiliaries and adverbs; an
    // aside of `including` names members of the subject and stays in
    // the mention, a relative clause does not.
    for (text, speaker, mention) in [
        (
            "Local officials — including Mayor Jo Park — have long argued that the plant should close.",
            "Local officials",
            "Local officials — including Mayor Jo Park",
        ),
        (
            "Many farmers - who make up half of the county - also said that the plant should close.",
            "many farmers",
            "Many farmers",
        ),
        (
            "Jo Park -- after a long pause -- has also said that the plant should close.",
            "Jo Park",
            "Jo Park",
        ),
    ] {
        let cue = if text.contains("argued") {
            "argue"
        } else {
            "say"
        };
        check(
            text,
            &[q(Indirect, "that the plant should close", speaker, cue)],
        );
        let analysis = Pipeline::new().analyse(Document::new("t", text));
        let span = analysis.quotes[0].attribution.unwrap().mention;
        assert_eq!(&text[span], mention);
    }
}

#[test]
fn according_to_after_a_colon() {
    check(
        "The shift is clear: according to recent surveys, the mayor trails by ten points.",
        &[Expect {
            kind: QuoteKind::Indirect,
            text: "the mayor trails by ten points",
            speaker: Some("recent surveys"),
            cue: Some("according to"),
            resolved: Some(Resolution::AccordingTo),
        }],
    );
}

#[test]
fn participles_after_with() {
    use QuoteKind::Indirect;
    check(
        "Voters were split, with 40 percent saying the levy should pass.",
        &[q(Indirect, "the levy should pass", "40 percent", "say")],
    );
    // Opening the sentence, the phrase ends at its comma.
    check(
        "With most residents saying the levy should pass, the council voted yes.",
        &[q(Indirect, "the levy should pass", "most residents", "say")],
    );
    // Not a speaker: `with` and a noun before a participle that is no cue.
    check("Voters were split, with 40 percent backing the levy.", &[]);
}

#[test]
fn findings_in_a_poll() {
    use QuoteKind::Indirect;
    let poll = |text, source| Expect {
        kind: Indirect,
        text,
        speaker: Some(source),
        cue: Some("in"),
        resolved: Some(Resolution::AccordingTo),
    };
    check(
        "In a new county poll of 900 voters, the mayor leads by ten points.",
        &[poll(
            "the mayor leads by ten points",
            "new county poll of 900 voters",
        )],
    );
    check(
        "In the new campus poll, conducted in May, most students back the levy.",
        &[poll("most students back the levy", "new campus poll")],
    );
    check(
        "The mayor drew 38 percent of the vote in a campus poll published Tuesday.",
        &[poll("The mayor drew 38 percent of the vote", "campus poll")],
    );
    check(
        "In a Herald/Channel 5 poll, most voters back the levy.",
        &[poll("most voters back the levy", "Herald/Channel 5 poll")],
    );
    // Standing in the polls is no finding of one poll; a poll inside a
    // clause of its own is not the source.
    for text in [
        "She has been leading in the polls for months.",
        "Her rise in the polls surprised her rivals.",
        "In a memo released as polls closed, the campaign fed its volunteers.",
    ] {
        check(text, &[]);
    }
    // A poll's mention keeps what dates it, not an adverb; a slash joins
    // the names of its sponsors.
    for (text, source) in [
        (
            "A Valley Herald poll released in late May found that most drivers favor the toll.",
            "A Valley Herald poll released in late May",
        ),
        (
            "A Herald/Channel 4 survey last week showed that most drivers favor the toll.",
            "A Herald/Channel 4 survey last week",
        ),
        (
            "The poll also found that most drivers favor the toll.",
            "The poll",
        ),
    ] {
        let analysis = Pipeline::new().analyse(Document::new("t", text));
        assert_eq!(analysis.quotes.len(), 1, "{text}");
        let attribution = analysis.quotes[0].attribution.unwrap();
        assert_eq!(&text[attribution.mention], source, "{text}");
    }
}

#[test]
fn findings_and_names_without_that() {
    use QuoteKind::Indirect;
    // A study or a poll finds without `that`; a person finds things.
    check(
        "A county survey found most drivers favored the new toll.",
        &[q(
            Indirect,
            "most drivers favored the new toll",
            "county survey",
            "find",
        )],
    );
    check("Jo Park found the keys under the mat.", &[]);
    check("Jo Park showed up late in a borrowed red coat.", &[]);
    // A document shows without `that`.
    check(
        "An internal memo shows most drivers favored the new toll.",
        &[q(
            Indirect,
            "most drivers favored the new toll",
            "internal memo",
            "show",
        )],
    );
    // `call` names someone; a phone call is no quote. Where it was said
    // is no part of the name.
    check(
        "Ruiz called him a coward on the radio.",
        &[q(Indirect, "him a coward", "Ruiz", "call")],
    );
    check("Ruiz called him back on Monday evening.", &[]);
    check(
        "Ruiz called the mayor a coward on the radio.",
        &[q(Indirect, "the mayor a coward", "Ruiz", "call")],
    );
    check(
        "Ruiz called the new fees unlawful.",
        &[q(Indirect, "the new fees unlawful", "Ruiz", "call")],
    );
    for text in [
        "Ruiz called the police on Monday evening.",
        "Ruiz called off the strike on Monday evening.",
        "After a close call the crew went home early.",
    ] {
        check(text, &[]);
    }
}

#[test]
fn a_tag_after_a_dash_ends_the_content_before_it() {
    use QuoteKind::Indirect;
    // (The phrase summing up the report before the tag is the writer's.)
    check(
        "A few neighbors say the mill smells worse - an old complaint - others say the air has never been cleaner.",
        &[
            q(Indirect, "the mill smells worse", "few neighbors", "say"),
            q(Indirect, "the air has never been cleaner", "others", "say"),
        ],
    );
}

#[test]
fn what_a_speaker_refers_to_or_talks_about() {
    use QuoteKind::Indirect;
    let text = "“She knows the budget far better than her rival,” he said, referring to the nominee Jo Park.";
    assert_eq!(
        quote_parts(text),
        [
            (
                Direct,
                vec!["She knows the budget far better than her rival"]
            ),
            (Indirect, vec!["the nominee Jo Park"]),
        ]
    );
    check(
        "Ruiz spoke for an hour, talking about the cost of the new bridge.",
        &[q(
            Indirect,
            "the cost of the new bridge",
            "Ruiz",
            "talk about",
        )],
    );
    check(
        "Jo Park pointed to the rising cost of rent.",
        &[q(
            QuoteKind::Indirect,
            "the rising cost of rent",
            "Jo Park",
            "point to",
        )],
    );
    check(
        "The mayor spoke of a new bridge over the river.",
        &[q(
            QuoteKind::Indirect,
            "a new bridge over the river",
            "mayor",
            "speak of",
        )],
    );
    check(
        "The mayor made clear that the levy would stay.",
        &[q(
            QuoteKind::Indirect,
            "that the levy would stay",
            "mayor",
            "make clear",
        )],
    );
    // `point` as a noun points to nothing.
    for text in [
        "Her lead shrank from 12 percentage points to eight points.",
        "At one point to the crowd's delight, the band played on.",
    ] {
        check(text, &[]);
    }
}

#[test]
fn according_to_closing_a_sentence_covers_its_clause() {
    use QuoteKind::Indirect;
    // A report inside the clause does not stop the source from vouching
    // for the whole of it; the relative pronoun's antecedent is the
    // preposition's object.
    check(
        "Jo Park won easily among riders who think that the new tram is a gift, according to exit polls.",
        &[
            Expect {
                kind: Indirect,
                text: "Jo Park won easily among riders who think that the new tram is a gift",
                speaker: Some("exit polls"),
                cue: Some("according to"),
                resolved: Some(Resolution::AccordingTo),
            },
            q(Indirect, "that the new tram is a gift", "riders", "think"),
        ],
    );
}

#[test]
fn words_between_a_subject_and_its_cue_or_before_the_clause() {
    use QuoteKind::Indirect;
    for (text, speaker) in [
        // A year or `in particular` between subject and cue.
        (
            "The league and Jo Park in 2011 agreed that the fines were fair.",
            "Jo Park",
        ),
        (
            "City voters in particular feared that the levy would fail.",
            "City voters",
        ),
        // A group where it is, but no circumstance, is the subject.
        (
            "Voters in Ohio feared that the levy would fail.",
            "Voters in Ohio",
        ),
        (
            "Jo Park in her first speech said that the levy would fail.",
            "Jo Park",
        ),
        // A negated auxiliary or `quite` before the cue.
        ("Jo Park hasn't said that the levy would fail.", "Jo Park"),
        (
            "City voters never quite realized that the levy would fail.",
            "City voters",
        ),
        // `ever` before the cue.
        (
            "Jo Park will ever admit that the levy would fail.",
            "Jo Park",
        ),
        // A number with a thousands separator is one word.
        ("Some 21,000 said that the levy would fail.", "Some 21,000"),
        // Asides after the name: a circumstance is left out, an age and a
        // home town are kept.
        (
            "Ana Ruiz, during a visit to Columbus, Ohio, said that the levy would fail.",
            "Ana Ruiz",
        ),
        (
            "Jo Park, 22, of Flint, Mich., said that the levy would fail.",
            "Jo Park, 22, of Flint, Mich.",
        ),
        // A relative clause not set off by commas; a verb taking the
        // participle.
        (
            "An aide who spoke anonymously to discuss the talks said that the levy would fail.",
            "An aide",
        ),
        (
            "Jo Park kept asking whether the levy would fail.",
            "Jo Park",
        ),
        ("Jo Park seldom speaks of the levy in public.", "Jo Park"),
        // A noun in -ly is no adverb.
        (
            "The Scott family said that the levy would fail.",
            "The Scott family",
        ),
        // A quantity standing alone.
        ("Several said that the levy would fail.", "Several"),
        ("Another told me that the levy would fail.", "Another"),
        // Members named with `including` belong to the subject.
        (
            "Six newspapers in New Jersey, including the Herald, said that the levy would fail.",
            "Six newspapers in New Jersey, including the Herald",
        ),
        (
            "Jo Park, who was to travel to Salem, Ore., on Monday to meet farmers, said that the levy would fail.",
            "Jo Park, who was to travel to Salem, Ore., on Monday to meet farmers",
        ),
        // An aside with `like`, a span of time, an opening `Absent …,`.
        (
            "The Herald, like the Gazette, which was the first to do so, said that the levy would fail.",
            "The Herald",
        ),
        (
            "Jo Park a month later said that the levy would fail.",
            "Jo Park",
        ),
        // A subject contracted with its auxiliary.
        ("He’s saying that the levy would fail.", "He"),
        ("Jo Park’s been saying that the levy would fail.", "Jo Park"),
        // `here`, a quantifier after its subject, a recent span of time.
        (
            "The growers here said that the levy would fail.",
            "The growers",
        ),
        (
            "The growers have all said that the levy would fail.",
            "The growers",
        ),
        ("They both said that the levy would fail.", "They"),
        // After an opening phrase, the quantifier is the subject.
        ("In the end, both said that the levy would fail.", "both"),
        // So it is after a conjunction.
        ("And both said that the levy would fail.", "both"),
        // A noun after a possessive, or a hyphenated one, before a first
        // verb in the past (`agreed` too) is the subject of the second.
        (
            "His ex-wife agreed, but also contended that the levy would fail.",
            "His ex-wife",
        ),
        (
            "The nurse agreed and said that the levy would fail.",
            "The nurse",
        ),
        // A month between subject and cue; a date after a participle
        // belongs to the subject.
        (
            "Jo Park in late June warned that the levy would fail.",
            "Jo Park",
        ),
        (
            "The audit published Tuesday found that the levy would fail.",
            "The audit published Tuesday",
        ),
        (
            "The growers have in recent months warned that the levy would fail.",
            "The growers",
        ),
    ] {
        let analysis = Pipeline::new().analyse(Document::new("t", text));
        let quote = &analysis.quotes[0];
        assert_eq!(quote.kind, Indirect, "{text}");
        assert_eq!(&text[quote.attribution.unwrap().mention], speaker, "{text}");
    }
    // A sentence adverb or a place before the subject names nobody.
    for text in [
        "Essentially, Jo Park read the ledgers and found that a page was missing.",
        "Across town, Jo Park read the ledgers and found that a page was missing.",
        "At a rally in Salem, Ore., on Tuesday, Jo Park read the ledgers, saying that a page was missing.",
        "Two weeks after the flood, Jo Park read the ledgers, saying that a page was missing.",
        "Absent a ledger, Jo Park read the receipts, saying that a page was missing.",
    ] {
        assert_eq!(speaker_names(text), [Some("Jo Park".to_string())], "{text}");
    }
}

#[test]
fn an_irregular_past_ends_the_subject_before_a_day() {
    // `spoke Sunday`: the verb ends the name; the day names nobody.
    for text in [
        "Jo Park spoke Sunday, saying that the bridge was unsafe.",
        "Jo Park spoke Sunday night in Ohio, saying that the bridge was unsafe.",
        "Jo Park ran Monday, saying that the bridge was unsafe.",
    ] {
        assert_eq!(speaker_names(text), [Some("Jo Park".to_string())], "{text}");
    }
}

#[test]
fn an_infinitive_after_a_commissive_is_no_tail() {
    // Not `CLAUSE, X pledges …` with the opening phrase as what was said.
    check(
        "On the campaign trail, Jo Park pledges to cut taxes on small farms.",
        &[q(
            QuoteKind::Indirect,
            "to cut taxes on small farms",
            "Jo Park",
            "pledge",
        )],
    );
}

#[test]
fn attacks_and_questions_report_their_object() {
    use QuoteKind::Indirect;
    check(
        "Jo Park attacked the water board for the rate rise.",
        &[q(
            Indirect,
            "the water board for the rate rise",
            "Jo Park",
            "attack",
        )],
    );
    check(
        "Ruiz questioned whether the levy could pass in the fall.",
        &[q(
            Indirect,
            "whether the levy could pass in the fall",
            "Ruiz",
            "question",
        )],
    );
    check(
        "They question the cost of the new bridge.",
        &[q(
            Indirect,
            "the cost of the new bridge",
            "They",
            "question",
        )],
    );
    // A stance reports its object however short; a statement needs more.
    check(
        "The mayor endorsed Ruiz.",
        &[q(Indirect, "Ruiz", "mayor", "endorse")],
    );
    // A date closing the object dates the stance.
    check(
        "The mayor endorsed Ana Ruiz on Tuesday night.",
        &[q(Indirect, "Ana Ruiz", "mayor", "endorse")],
    );
    check(
        "Acme announced it would cut its prices, starting in June 2017.",
        &[q(
            Indirect,
            "it would cut its prices, starting in June 2017",
            "Acme",
            "announce",
        )],
    );
    // The place the stance was taken is no part of its object either.
    check(
        "Park thanked supporters at a rally in Ohio.",
        &[q(Indirect, "supporters", "Park", "thank")],
    );
    check(
        "Park endorsed Roe on Twitter on Monday.",
        &[q(Indirect, "Roe", "Park", "endorse")],
    );
    check(
        "Park explained his reasoning in an interview on CBS.",
        &[q(Indirect, "his reasoning", "Park", "explain")],
    );
    check(
        "Park discussed a walkout in the event of a strike.",
        &[q(
            Indirect,
            "a walkout in the event of a strike",
            "Park",
            "discuss",
        )],
    );
    check(
        "Park said the plan would be put to a vote at a meeting next week.",
        &[q(
            Indirect,
            "the plan would be put to a vote at a meeting next week",
            "Park",
            "say",
        )],
    );
    // So does a date closing a short noun phrase reported by any cue,
    // a month's year included.
    check(
        "When Park announced her bid in June 2015, few noticed.",
        &[q(Indirect, "her bid", "Park", "announce")],
    );
    check(
        "Park tweeted her thanks Friday afternoon.",
        &[q(Indirect, "her thanks", "Park", "tweet")],
    );
    check(
        "Park said the vote would come in June 2017.",
        &[q(
            Indirect,
            "the vote would come in June 2017",
            "Park",
            "say",
        )],
    );
    check(
        "The mayor endorsed plans to widen the road next year.",
        &[q(
            Indirect,
            "plans to widen the road next year",
            "mayor",
            "endorse",
        )],
    );
    check(
        "Jo Park, who has long opposed the levy, voted no.",
        &[q(Indirect, "the levy", "Jo Park", "oppose")],
    );
    check("The mayor said Monday.", &[]);
    check(
        "Ruiz claimed victory.",
        &[q(Indirect, "victory", "Ruiz", "claim")],
    );
    check(
        "Ruiz claims to have voted twice.",
        &[q(Indirect, "to have voted twice", "Ruiz", "claim")],
    );
    check(
        "The talks made no progress on issues including Ruritania’s claim to sovereignty over the islands.",
        &[],
    );
    // An object after a participle, an infinitive: no cues.
    check(
        "Ruiz said he had received offers for the land.",
        &[q(
            Indirect,
            "he had received offers for the land",
            "Ruiz",
            "say",
        )],
    );
    check(
        "Ruiz said the meeting was a chance to talk about the levy.",
        &[q(
            Indirect,
            "the meeting was a chance to talk about the levy",
            "Ruiz",
            "say",
        )],
    );
    // The nouns report nothing.
    check(
        "“It is done,” Ruiz emailed her staff.",
        &[q(QuoteKind::Direct, "It is done", "Ruiz", "email")],
    );
    for text in [
        "Her private email server was never hacked, the audit found nothing.",
        "The depot attack left the town without power for a week.",
        "A bigger question remains the cost of the new bridge.",
        "Security fears grew after the attack on the depot.",
    ] {
        check(text, &[]);
    }
}

#[test]
fn speech_as_the_means_of_an_act() {
    check(
        "The mayor opened the meeting by saying the budget was balanced.",
        &[q(
            QuoteKind::Indirect,
            "the budget was balanced",
            "mayor",
            "say",
        )],
    );
}

#[test]
fn subjects_with_asides_and_roles() {
    use QuoteKind::Indirect;
    for (text, speaker, content) in [
        // An aside after the subject is no part of it.
        (
            "Farmers, like their neighbors in town, say the river is rising.",
            "Farmers",
            "the river is rising",
        ),
        // A role held for someone, with the tag inside the clause.
        (
            "In recent weeks, advisers to the mayor say, the budget has slipped.",
            "advisers to the mayor",
            "In recent weeks, advisers to the mayor say, the budget has slipped",
        ),
        // No gerund after the cue is its subject.
        (
            "Most economists, like their rivals, say taxing fuel curbs traffic.",
            "Most economists",
            "taxing fuel curbs traffic",
        ),
        // Names joined by `and` are one subject, of a participle too.
        (
            "Jo Park and Ann Roe toured the plant, hoping to calm the workers.",
            "Jo Park and Ann Roe",
            "to calm the workers",
        ),
        // A pronoun and its verb are content enough.
        ("Roe said they lost.", "Roe", "they lost"),
        // So are a noun and a verb in the past.
        ("Roe said costs doubled.", "Roe", "costs doubled"),
        ("Roe said profits rose.", "Roe", "profits rose"),
        (
            "The firm, which builds chips, said sales fell.",
            "The firm, which builds chips",
            "sales fell",
        ),
        // (A conjunction and a participle are no clause.)
        (
            "It is fine to vent -- people want their feelings to be heard and acknowledged.",
            "people",
            "their feelings to be heard",
        ),
        // A paper called a daily is no adverb.
        (
            "The influential daily reported that the levy failed.",
            "The influential daily",
            "that the levy failed",
        ),
        // The subject before the comma, not a source after the cue.
        (
            "Jo Park, the former manager, said the aide who replaced him should go.",
            "Jo Park, the former manager",
            "the aide who replaced him should go",
        ),
        // A party and state in parentheses belong to the name.
        (
            "At the hearing, Sen. Ann Roe (D-Ore.) toured the plant and accused Park of lying.",
            "Sen. Ann Roe (D-Ore.)",
            "Park of lying",
        ),
    ] {
        let analysis = Pipeline::new().analyse(Document::new("t", text));
        assert_eq!(analysis.quotes.len(), 1, "{text}");
        let quote = &analysis.quotes[0];
        assert_eq!(quote.kind, Indirect, "{text}");
        assert_eq!(&text[quote.span], content, "{text}");
        assert_eq!(&text[quote.attribution.unwrap().mention], speaker, "{text}");
    }
}

#[test]
fn a_pronoun_inside_reported_content_leaves_the_quote_to_the_outer_speaker() {
    for text in [
        "Jo Park acknowledged that even she found the “bridge toll” confusing.",
        "Jo Park said she hoped with her “whole heart” that the toll would go.",
    ] {
        assert_eq!(speaker_names(text), [Some("Jo Park".to_string())], "{text}");
    }
    check("Another claim bites the dust.", &[]);
    // A cue inside the clause an earlier cue reports.
    let text = "Jo Park said the way the board criticized farmers was “a disgrace.”";
    assert_eq!(speaker_names(text), [Some("Jo Park".to_string())]);
    // Through a relative clause inside that clause too.
    let text = "Jo Park said the way the board criticized farmers who complained “was a disgrace.”";
    assert_eq!(speaker_names(text), [Some("Jo Park".to_string())]);
    // Past a subject joined to the inner speaker.
    let text = "Jo Park said she and her aides called the plan ''a disaster.''";
    assert_eq!(speaker_names(text), [Some("Jo Park".to_string())]);
    // But a verb joined to the outer one has its own tag.
    check(
        "Jo Park says she respects Roe and calls her ''a wonderful woman.''",
        &[
            q(Indirect, "she respects Roe", "Jo Park", "say"),
            q(Mixed, "her ''a wonderful woman.''", "Jo Park", "call"),
        ],
    );
}

#[test]
fn a_phrase_after_the_cue_with_its_own_verb_is_no_inverted_speaker() {
    let text = "One voter, who like others spoke on the condition of anonymity, said the message was “stay home.”";
    assert_eq!(speaker_names(text), [Some("One voter".to_string())]);
    // A noun-like cue after a particle or a preposition is a noun.
    check(
        "Though he tossed off remarks about the levy as “idle talk,” critics stayed away.",
        &[],
    );
    // (`brushed off` is a cue of its own.)
    check(
        "Though he brushed off remarks about the levy as “idle talk,” critics stayed away.",
        &[q(
            Mixed,
            "remarks about the levy as “idle talk,”",
            "he",
            "brush off",
        )],
    );
    // A sum is no statement; a noun after an adjective is no cue, so the
    // trailing tag takes the clause.
    check(
        "In Salem, organizers added 160 guards along the route, the Herald reported.",
        &[q(
            QuoteKind::Indirect,
            "In Salem, organizers added 160 guards along the route",
            "Herald",
            "report",
        )],
    );
    check(
        "The derogatory comments had two goals, the admiral said.",
        &[q(
            QuoteKind::Indirect,
            "The derogatory comments had two goals",
            "admiral",
            "say",
        )],
    );
    // A base form after `the` and a singular noun is a noun.
    check(
        "Park left the call-in show whether or not it ran late.",
        &[],
    );
    // A noun before a title is no cue.
    check(
        "Park starred in the reality show, “Big Farm,” for years.",
        &[],
    );
}

#[test]
fn a_participles_subject_keeps_its_appositive() {
    let text = "Jo Park, a former mayor, backed the levy, saying that the roads would fail.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let said = analysis
        .quotes
        .iter()
        .find(|quote| quote.cue.as_ref().is_some_and(|cue| cue.lemma == "say"))
        .expect("the participle reports");
    assert_eq!(&text[said.span], "that the roads would fail");
    assert_eq!(
        &text[said.attribution.unwrap().mention],
        "Jo Park, a former mayor"
    );
    assert_eq!(
        analysis.speakers[said.attribution.unwrap().speaker].name,
        "Jo Park"
    );
}

#[test]
fn a_given_name_that_is_also_a_word_names_the_speaker() {
    check(
        "“We will win,” said Will Doyle, a professor at the state college.",
        &[q(QuoteKind::Direct, "We will win", "Will Doyle", "say")],
    );
}

#[test]
fn a_name_line_keeps_its_outlet() {
    let text = "Who won the debate?\n\nJo Park, The Valley Herald: “Nobody did.”";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    assert_eq!(analysis.quotes.len(), 1);
    let attribution = analysis.quotes[0].attribution.unwrap();
    assert_eq!(&text[attribution.mention], "Jo Park, The Valley Herald");
    assert_eq!(analysis.speakers[attribution.speaker].name, "Jo Park");
}

#[test]
fn a_name_line_claims_the_words_going_on_after_its_quotation() {
    check(
        "Jo Park: ‘Of Course’ Roe Is Qualified To Lead.\n\nThe vote is near.",
        &[Expect {
            kind: Mixed,
            text: "‘Of Course’ Roe Is Qualified To Lead",
            speaker: Some("Jo Park"),
            cue: Some(":"),
            resolved: None,
        }],
    );
    // A quotation closing the line stands alone; a clause before the colon
    // keeps its quotation alone too.
    check(
        "Jo Park: “We will win.”\n\nThe vote is near.",
        &[Expect {
            kind: Direct,
            text: "We will win.",
            speaker: Some("Jo Park"),
            cue: Some(":"),
            resolved: None,
        }],
    );
    check(
        "The vote is near. She turned to the crowd: “Thank you” and smiled.",
        &[Expect {
            kind: Direct,
            text: "Thank you",
            speaker: Some("She"),
            cue: Some(":"),
            resolved: None,
        }],
    );
}

#[test]
fn according_to_opening_the_sentence_keeps_the_sources_appositive() {
    check(
        "According to Jo Park, an analyst at the bank, sales fell in May.",
        &[q(Indirect, "sales fell in May", "Jo Park", "according to")],
    );
    assert_last_mention(
        "According to Jo Park, an analyst at the bank, sales fell in May.",
        "Jo Park, an analyst at the bank",
    );
    check(
        "According to Jo Park, who advises the bank, sales fell in May.",
        &[q(Indirect, "sales fell in May", "Jo Park", "according to")],
    );
    // Not the subject of the clause with an appositive of its own.
    check(
        "According to Park, the levy, a costly one, failed.",
        &[q(
            Indirect,
            "the levy, a costly one, failed",
            "Park",
            "according to",
        )],
    );
}

#[test]
fn a_view_is_held_by_those_named_after_to_opening_the_sentence() {
    use whosaid_core::CueKind;
    check(
        "To many voters, the levy is a trap.",
        &[q(Indirect, "the levy is a trap", "many voters", "to")],
    );
    check(
        "To Jo Park, a lawyer in Salem, the ruling seemed odd.",
        &[q(Indirect, "the ruling seemed odd", "Jo Park", "to")],
    );
    let analysis = Pipeline::new().analyse(Document::new("t", "To critics, the levy is a trap."));
    assert_eq!(
        analysis.quotes[0].cue.as_ref().unwrap().kind,
        CueKind::Belief
    );
    // An infinitive or a time opening the sentence is no view, and the
    // view is a belief, left out of speech alone.
    check("To win the seat, Roe must carry Salem.", &[]);
    check("To date, nobody has paid the levy.", &[]);
    check_with(
        &Pipeline::new().with_attribution(AttributionOptions { beliefs: false }),
        "To critics, the levy is a trap.",
        &[],
    );
}

#[test]
fn according_to_keeps_an_appositive_closing_the_sentence() {
    use QuoteKind::Indirect;
    let text = "Sales fell in May, according to Jo Park, an analyst at the Valley Bank.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    assert_eq!(analysis.quotes.len(), 1);
    let quote = &analysis.quotes[0];
    assert_eq!(
        (quote.kind, &text[quote.span]),
        (Indirect, "Sales fell in May")
    );
    assert_eq!(
        &text[quote.attribution.unwrap().mention],
        "Jo Park, an analyst at the Valley Bank"
    );
    // So does a relative clause on the source, which the content leaves
    // out, an opening phrase or not.
    check(
        "In May, sales fell, according to Jo Park, who advises the bank.",
        &[q(Indirect, "In May, sales fell", "Jo Park", "according to")],
    );
    // A whole clause before the source is what it vouches for, not a
    // clause of time or contrast after it…
    check(
        "Sales would drop in May, according to Jo Park, even as the bank grew.",
        &[q(
            Indirect,
            "Sales would drop in May",
            "Jo Park",
            "according to",
        )],
    );
    // …unless the clause goes on after the source.
    check(
        "Sales would drop in May, according to Jo Park, and the bank would shrink.",
        &[q(
            Indirect,
            "Sales would drop in May, according to Jo Park, and the bank would shrink",
            "Jo Park",
            "according to",
        )],
    );
    // A clause after the source is what it vouches for.
    check(
        "Since May, according to Jo Park, the bank has lost money.",
        &[q(
            Indirect,
            "Since May, according to Jo Park, the bank has lost money",
            "Jo Park",
            "according to",
        )],
    );
}

#[test]
fn verbs_of_judgement_report_a_clause_without_that() {
    use QuoteKind::Indirect;
    check(
        "Most economists agree the tax was a mistake.",
        &[q(
            Indirect,
            "the tax was a mistake",
            "Most economists",
            "agree",
        )],
    );
    check(
        "Analysts agreed it was a costly plan.",
        &[q(Indirect, "it was a costly plan", "analysts", "agree")],
    );
    check(
        "Roe has indicated she will not run again.",
        &[q(Indirect, "she will not run again", "Roe", "indicate")],
    );
    // An object is no clause: a participle is no verb of its own, and `it`
    // needs one.
    check("Ruiz maintains a pledged lead over Park.", &[]);
    check("The board agreed it in May.", &[]);
    check("The council concluded its meeting at noon.", &[]);
}

#[test]
fn estimates_are_judgements() {
    use QuoteKind::Indirect;
    check(
        "The Budget Office estimates that the plan will cost $4 billion.",
        &[q(
            Indirect,
            "that the plan will cost $4 billion",
            "Budget Office",
            "estimate",
        )],
    );
    check(
        "Organizers estimated the crowd was larger than last year.",
        &[q(
            Indirect,
            "the crowd was larger than last year",
            "organizers",
            "estimate",
        )],
    );
    // A plural of organizations is a subject that can judge.
    check(
        "News outlets estimate Roe needs 60 percent of the votes left.",
        &[q(
            Indirect,
            "Roe needs 60 percent of the votes left",
            "News outlets",
            "estimate",
        )],
    );
    // An estimate as a noun or a participle reports nothing.
    check("The estimates were revised on Monday.", &[]);
    check("An estimated 3,000 people marched.", &[]);
    check("The crowd was estimated at 3,000.", &[]);
}

#[test]
fn a_verb_joined_in_another_tense_continues_the_content() {
    use QuoteKind::Indirect;
    // The present `say` and the past `refused`: the second verb is the
    // reported subject's.
    check(
        "Police say the driver ignored the signal and refused to stop.",
        &[q(
            Indirect,
            "the driver ignored the signal and refused to stop",
            "police",
            "say",
        )],
    );
    check(
        "Roe released a memo, arguing that the audit showed bias and indicated fraud.",
        &[q(
            Indirect,
            "that the audit showed bias and indicated fraud",
            "Roe",
            "argue",
        )],
    );
    // The same tense: the speaker's own second verb.
    check(
        "Roe said the audit was late and added that it was flawed.",
        &[
            q(Indirect, "the audit was late", "Roe", "say"),
            q(Indirect, "that it was flawed", "Roe", "add"),
        ],
    );
}

#[test]
fn reported_content_in_an_opening_subordinate_clause_ends_at_its_comma() {
    use QuoteKind::Indirect;
    check(
        "While Roe says the levy failed, the council will keep it.",
        &[q(Indirect, "the levy failed", "Roe", "say")],
    );
    check(
        "Even as critics argue the plan is too costly, the mayor signed it.",
        &[q(Indirect, "the plan is too costly", "critics", "argue")],
    );
    // So does one joined to the clause before it by `and` or `but`.
    check(
        "The vote is near, and once Roe says the levy failed, the council will drop it.",
        &[q(Indirect, "the levy failed", "Roe", "say")],
    );
}

#[test]
fn a_named_report_leading_to_a_quotation_keeps_its_speaker() {
    use QuoteKind::Mixed;
    // The trailing tag's pronoun is the speaker named before.
    check(
        "Jo Park said she wrote the report because “nobody else would,” she said.",
        &[q(
            Mixed,
            "she wrote the report because “nobody else would,”",
            "Jo Park",
            "say",
        )],
    );
    // A quotation set off by dashes is a quote of its own.
    check(
        "Jo Park said the plan was weak - “we need details,” she said - and left.",
        &[
            q(QuoteKind::Indirect, "the plan was weak", "Jo Park", "say"),
            q(QuoteKind::Direct, "we need details", "Jo Park", "say"),
        ],
    );
}

#[test]
fn a_pronoun_after_a_quotation_resolves_to_a_name_reported_before_it() {
    // The name is found by the pass over reported speech, after the
    // quotation's tag; the pronoun still resolves to it.
    let text = "Jo Park said the fund ran dry. Ana Ruiz said the levy was late - “we need details,” she said - and left.";
    assert_eq!(
        speaker_names(text),
        [
            Some("Jo Park".to_string()),
            Some("Ana Ruiz".to_string()),
            Some("Ana Ruiz".to_string()),
        ]
    );
}

#[test]
fn votes_and_backing_are_stances() {
    use QuoteKind::Indirect;
    check(
        "Ruiz voted against the levy.",
        &[q(Indirect, "the levy", "Ruiz", "vote")],
    );
    check(
        "The council voted to delay the fare increase.",
        &[q(Indirect, "to delay the fare increase", "council", "vote")],
    );
    // Backing after `those`, as after a plural of people.
    check(
        "Park drew voters, including those backing other candidates.",
        &[q(Indirect, "other candidates", "those", "back")],
    );
    // Adverbs between the vote and its choice; a bill voted down.
    check(
        "Ruiz voted twice for Roe.",
        &[q(Indirect, "Roe", "Ruiz", "vote")],
    );
    check(
        "The council voted down the levy.",
        &[q(Indirect, "the levy", "council", "vote")],
    );
    // Legislation passed is a stance too; a ball passed is not, nor a
    // bill passing a chamber.
    check(
        "The council passed a measure that bans fracking.",
        &[q(
            Indirect,
            "a measure that bans fracking",
            "council",
            "pass",
        )],
    );
    check("Park passed the ball to Roe.", &[]);
    check("The bill passed the House.", &[]);
    // A ballot cast for a choice is a vote.
    check(
        "Most delegates cast their votes for Roe.",
        &[q(Indirect, "Roe", "Most delegates", "vote")],
    );
    check(
        "Only Ruiz cast a ballot against the levy.",
        &[q(Indirect, "the levy", "Ruiz", "vote")],
    );
    // A name may modify a noun in -ing.
    check(
        "Both senators have pushed for Zika funding.",
        &[q(Indirect, "Zika funding", "both senators", "push for")],
    );
    // A stance's object ends before a contrast set off by a dash.
    check(
        "Park endorsed Roe — but only after the vote.",
        &[q(Indirect, "Roe", "Park", "endorse")],
    );
    check(
        "Most farmers backed the new dam.",
        &[q(Indirect, "the new dam", "Most farmers", "back")],
    );
    // After a person's noun, a participle backs someone; a name set off
    // after its object is the subject's.
    check(
        "One pastor supporting Ruiz said the dam was safe.",
        &[
            q(Indirect, "Ruiz", "One pastor", "support"),
            q(Indirect, "the dam was safe", "One pastor", "say"),
        ],
    );
    check(
        "The group supporting Park's bid, Farmers for Park, aired an ad on Monday.",
        &[q(Indirect, "Park's bid", "group", "support")],
    );
    // A vote as a noun, a vote without a choice, and `back` as an adverb
    // or in a phrasal verb report nothing.
    check("The vote for the levy was close.", &[]);
    check("Ruiz voted on Tuesday.", &[]);
    check("The mayor backed down on Monday.", &[]);
    check("The debate went back and forth for hours.", &[]);
    // A vote is no speech.
    let speech_only = Pipeline::new().with_attribution(AttributionOptions { beliefs: false });
    check_with(&speech_only, "Ruiz voted against the levy.", &[]);
    check_with(&speech_only, "Ruiz cast a vote for Roe.", &[]);
    check_with(&speech_only, "The council passed a measure.", &[]);
}

#[test]
fn an_offer_reports_what_is_offered() {
    use QuoteKind::Indirect;
    check(
        "Jo Park offered a plan to reopen the mill.",
        &[q(Indirect, "a plan to reopen the mill", "Jo Park", "offer")],
    );
    check(
        "Ruiz offered no proof for the claim.",
        &[q(Indirect, "no proof for the claim", "Ruiz", "offer")],
    );
    // An offer to act is a commitment.
    check(
        "Ruiz offered to pay for the repairs.",
        &[q(Indirect, "to pay for the repairs", "Ruiz", "offer")],
    );
}

#[test]
fn names_given_with_call() {
    use QuoteKind::Indirect;
    // A judgement of one word, or a second noun phrase after the name.
    check(
        "Ruiz called him divisive and left the room.",
        &[q(Indirect, "him divisive", "Ruiz", "call")],
    );
    check(
        "Ruiz calls Park unqualified.",
        &[q(Indirect, "Park unqualified", "Ruiz", "call")],
    );
    // Adjectives in -ly are no adverbs; a judgement of a thing may carry
    // no adjective's suffix.
    check(
        "Ruiz called him cowardly.",
        &[q(Indirect, "him cowardly", "Ruiz", "call")],
    );
    check(
        "Ruiz called the deal terrible.",
        &[q(Indirect, "the deal terrible", "Ruiz", "call")],
    );
    check(
        "Ruiz called the plan unfair and costly.",
        &[q(Indirect, "the plan unfair and costly", "Ruiz", "call")],
    );
    // (But a call placed to someone is no name given.)
    check("Ruiz called the constable.", &[]);
    // Any word in lower case closing the clause after a name judges it.
    check(
        "Ruiz called Jo Park unfit for office.",
        &[q(Indirect, "Jo Park unfit for office", "Ruiz", "call")],
    );
    check(
        "Ruiz called Park fair.",
        &[q(Indirect, "Park fair", "Ruiz", "call")],
    );
    check("Ruiz called Park supporters on Monday.", &[]);
    check(
        "Park calls Ohio her second home.",
        &[q(Indirect, "Ohio her second home", "Park", "call")],
    );
    // A call for an act.
    check(
        "Ruiz called to ban the imports.",
        &[q(Indirect, "to ban the imports", "Ruiz", "call")],
    );
    // A call placed, a manner, a time, the passive and a noun report
    // nothing.
    check("Ruiz called the police immediately.", &[]);
    check("Ruiz called him today.", &[]);
    check("Ruiz was called to the stand.", &[]);
    check("The poll relied on phone calls to reach voters.", &[]);
}

#[test]
fn a_phrase_opening_the_sentence_is_no_part_of_the_speaker() {
    use QuoteKind::{Indirect, Mixed};
    check(
        "Despite Roe’s claim that the levy failed, the council kept it.",
        &[q(Indirect, "that the levy failed", "Roe", "claim")],
    );
    // A participle and its preposition open the sentence the same way.
    check(
        "Asked about Roe’s claim that she “never lost a vote,” Park said the record was clear.",
        &[
            q(Mixed, "that she “never lost a vote,”", "Roe", "claim"),
            q(Indirect, "the record was clear", "Park", "say"),
        ],
    );
}

#[test]
fn headlines_in_title_case_report_with_capitalised_verbs() {
    use QuoteKind::{Indirect, Mixed};
    check(
        "Ruiz Slams Park Over Levy Vote\n\nThe vote is on Monday.",
        &[q(Indirect, "Park Over Levy Vote", "Ruiz", "slam")],
    );
    // Every word is capitalised: a denial's object is no person deprived.
    check(
        "Park Campaign Denies Report Of Levy Deal\n\nThe vote is on Monday.",
        &[q(Indirect, "Report Of Levy Deal", "Park Campaign", "deny")],
    );
    // Adverbs and auxiliaries in capitals are no part of the speaker.
    check(
        "Park Is Now Calling The Levy ‘A Scam’\n\nThe vote is on Monday.",
        &[q(Mixed, "The Levy ‘A Scam’", "Park", "call")],
    );
    // Titles may keep long prepositions in lower case.
    check(
        "Ruiz Calls for Special Prosecutor after Levy Vote\n\nThe vote is on Monday.",
        &[q(
            Indirect,
            "Special Prosecutor after Levy Vote",
            "Ruiz",
            "call",
        )],
    );
    // In running text, a capitalised cue form is a name.
    check("The Daily Post ran the story on Monday.", &[]);
}

#[test]
fn a_name_given_with_what() {
    use QuoteKind::Indirect;
    check(
        "The fire was set in what officials called a hate crime.",
        &[q(
            Indirect,
            "what officials called a hate crime",
            "officials",
            "call",
        )],
    );
    check(
        "Ruiz ran against what Park describes as the party of insiders.",
        &[q(
            Indirect,
            "what Park describes as the party of insiders",
            "Park",
            "describe",
        )],
    );
    // So is one given in a relative clause.
    check(
        "Ruiz lives in Ohio, which Park describes as her second home.",
        &[q(
            Indirect,
            "which Park describes as her second home",
            "Park",
            "describe",
        )],
    );
}

#[test]
fn a_name_given_in_quotation_marks_with_what_ends_the_quote() {
    use QuoteKind::Mixed;
    // The name ends the quote, with a phrase of `of` or `for` after it;
    // the clause after the comma is the writer's. The quote opens at
    // `what`, a preposition's object, as after a verb.
    check(
        "After what the Gazette called a “rough week” for Park, the polls fell.",
        &[q(
            Mixed,
            "what the Gazette called a “rough week” for Park",
            "Gazette",
            "call",
        )],
    );
    check(
        "Park was fired after what Roe called a “rant,” a series of posts.",
        &[q(Mixed, "what Roe called a “rant,”", "Roe", "call")],
    );
    // Inside the clause an earlier cue reports, the name is part of that
    // report.
    check(
        "Roe says she admired Park’s courage through what she calls a “war of words.”",
        &[q(
            Mixed,
            "she admired Park’s courage through what she calls a “war of words.”",
            "Roe",
            "say",
        )],
    );
    check(
        "Roe says she admired Park’s courage through what she calls a war of words.",
        &[q(
            QuoteKind::Indirect,
            "she admired Park’s courage through what she calls a war of words",
            "Roe",
            "say",
        )],
    );
    // A quoted word modifying a noun leaves the noun phrase whole.
    check(
        "The vote followed what Ruiz described as the “brilliant” decision Park made.",
        &[q(
            Mixed,
            "what Ruiz described as the “brilliant” decision Park made",
            "Ruiz",
            "describe",
        )],
    );
}

#[test]
fn a_recollection_reports_what_is_recalled() {
    use QuoteKind::Indirect;
    check(
        "Ruiz recalled the long nights at the mill.",
        &[q(Indirect, "the long nights at the mill", "Ruiz", "recall")],
    );
    check(
        "Ruiz recalled that the mill closed in May.",
        &[q(Indirect, "that the mill closed in May", "Ruiz", "recall")],
    );
}

#[test]
fn a_repetition_reports_what_is_repeated() {
    use QuoteKind::Indirect;
    check(
        "Ruiz repeated her claim about the levy.",
        &[q(Indirect, "her claim about the levy", "Ruiz", "repeat")],
    );
}

#[test]
fn participles_joined_by_a_conjunction_report_apart() {
    use QuoteKind::Indirect;
    check(
        "Roe spoke briefly, conceding that the levy had failed but warning that the mill would close.",
        &[
            q(Indirect, "that the levy had failed", "Roe", "concede"),
            q(Indirect, "that the mill would close", "Roe", "warn"),
        ],
    );
}

#[test]
fn a_warning_or_assurance_reports_a_clause_without_that() {
    use QuoteKind::Indirect;
    check(
        "Farmers warn it could ruin the harvest.",
        &[q(Indirect, "it could ruin the harvest", "farmers", "warn")],
    );
    check(
        "Park warned the levy would fail.",
        &[q(Indirect, "the levy would fail", "Park", "warn")],
    );
    check(
        "Park assured voters she would stay.",
        &[q(Indirect, "she would stay", "Park", "assure")],
    );
}

#[test]
fn a_possessed_claim_ends_before_the_verb_of_its_clause() {
    use QuoteKind::Indirect;
    check(
        "Park’s claim that the levy failed was false.",
        &[q(Indirect, "that the levy failed", "Park", "claim")],
    );
    check(
        "Park’s call for a recount will be heard on Monday.",
        &[q(Indirect, "a recount", "Park", "call")],
    );
    // So is one possessed by a pronoun; a second verb joined by `and` is
    // the clause's own.
    check(
        "Jo Park said she would appeal. Her claim that the levy failed and would cost jobs was false.",
        &[
            q(Indirect, "she would appeal", "Jo Park", "say"),
            q(
                Indirect,
                "that the levy failed and would cost jobs",
                "Jo Park",
                "claim",
            ),
        ],
    );
    // (Inside another report's object, it is that report's.)
    check(
        "The mayor doubted his claim that the levy failed.",
        &[q(
            Indirect,
            "his claim that the levy failed",
            "mayor",
            "doubt",
        )],
    );
}

#[test]
fn a_description_runs_to_its_speaker_noun() {
    use QuoteKind::Indirect;
    check(
        "The retired county official spoke first, saying that the bridge was unsafe.",
        &[q(
            Indirect,
            "that the bridge was unsafe",
            "retired county official",
            "say",
        )],
    );
    // Roles of advisers and experts are speaker nouns.
    check(
        "The veteran pollster spoke last, saying that the race was tied.",
        &[q(
            Indirect,
            "that the race was tied",
            "veteran pollster",
            "say",
        )],
    );
    check(
        "Park’s longtime campaign chairman left early, saying that the race was over.",
        &[q(
            Indirect,
            "that the race was over",
            "Park’s longtime campaign chairman",
            "say",
        )],
    );
}

#[test]
fn a_belief_reports_a_bare_clause() {
    use QuoteKind::Indirect;
    check(
        "They believe other towns would be smart to follow.",
        &[q(
            Indirect,
            "other towns would be smart to follow",
            "They",
            "believe",
        )],
    );
    // A quantity alone is the subject of a belief too.
    check(
        "But few believe their deal can last.",
        &[q(Indirect, "their deal can last", "few", "believe")],
    );
    // A belief in something, or an object, is no clause.
    check("They believe in the plan.", &[]);
    check("Voters know other towns.", &[]);
}

#[test]
fn a_share_of_respondents_in_a_relative_clause_reports_apart() {
    use QuoteKind::Indirect;
    check(
        "Most voters say the levy failed, compared with 40 percent who say the levy worked.",
        &[
            q(
                Indirect,
                "the levy failed, compared with",
                "Most voters",
                "say",
            ),
            q(Indirect, "the levy worked", "40 percent", "say"),
        ],
    );
}

#[test]
fn initials_adverbs_and_contractions_around_a_cue() {
    use QuoteKind::Indirect;
    // Initials joined by periods end in their own period, not a sentence's.
    check(
        "The F.B.I. has said it found no record of the pair.",
        &[q(
            Indirect,
            "it found no record of the pair",
            "F.B.I.",
            "say",
        )],
    );
    // `now` between the subject and its cue.
    check(
        "The mayor now says that the levy was a mistake.",
        &[q(Indirect, "that the levy was a mistake", "mayor", "say")],
    );
    // A contracted pronoun opens a clause after an adverbial, or alone.
    check(
        "Ruiz said on Monday she’s the only candidate who can win.",
        &[q(
            Indirect,
            "she’s the only candidate who can win",
            "Ruiz",
            "say",
        )],
    );
    check(
        "Ruiz said she’s tired.",
        &[q(Indirect, "she’s tired", "Ruiz", "say")],
    );
    // A duration after the cue, before its clause; a request for
    // something is not one.
    check(
        "Ruiz has said for weeks she will not run.",
        &[q(Indirect, "she will not run", "Ruiz", "say")],
    );
}

#[test]
fn any_noun_after_an_article_before_a_past_verb_is_a_participles_subject() {
    use QuoteKind::Indirect;
    check(
        "The nurse later sued, claiming the quarantine violated her rights.",
        &[q(
            Indirect,
            "the quarantine violated her rights",
            "nurse",
            "claim",
        )],
    );
    // Not before an auxiliary, which may open a clause about a thing.
    check("The plan would fail, claiming the levy was too high.", &[]);
}

#[test]
fn a_quotation_in_an_opening_clause_is_reported_there() {
    use QuoteKind::{Direct, Indirect, Mixed};
    // The verb after the quotation reports a clause of its own; the
    // opening clause ends at the quotation's comma.
    check(
        "Even as Ruiz claimed that “the levy was a success,” two of the auditors said the figures were wrong.",
        &[
            q(Mixed, "that “the levy was a success,”", "Ruiz", "claim"),
            q(
                Indirect,
                "the figures were wrong",
                "two of the auditors",
                "say",
            ),
        ],
    );
    // A quotation opening the sentence stays the tag's.
    check(
        "“We will win,” Park said she told the crowd.",
        &[q(Direct, "We will win", "Park", "say")],
    );
}

#[test]
fn prepositions_after_a_cue() {
    use QuoteKind::Indirect;
    // What is warned of, without its preposition.
    check(
        "Doctors warned of the risk of an outbreak on the coast.",
        &[q(
            Indirect,
            "the risk of an outbreak on the coast",
            "doctors",
            "warn",
        )],
    );
    // The person addressed after `to`, then the clause.
    check(
        "Park explained to reporters why the levy had failed.",
        &[q(Indirect, "why the levy had failed", "Park", "explain")],
    );
    check(
        "Ruiz admitted to the council that she had misread the figures.",
        &[q(
            Indirect,
            "that she had misread the figures",
            "Ruiz",
            "admit",
        )],
    );
    // A denial of a claim, not of a person something (`denied Roe a
    // hearing`).
    check(
        "The mayor has denied every allegation.",
        &[q(Indirect, "every allegation", "mayor", "deny")],
    );
    check("The board denied Roe a hearing.", &[]);
    // A form in -s after a quantifier is a noun, not a verb with its
    // subject (`those claims`).
    check(
        "The mayor has adamantly denied those claims.",
        &[q(Indirect, "those claims", "mayor", "deny")],
    );
    check(
        "Ruiz criticized these reports.",
        &[q(Indirect, "these reports", "Ruiz", "criticize")],
    );
    // A phrase of place with `from` before `that`.
    check(
        "Ruiz said from the podium that the mill would close.",
        &[q(Indirect, "that the mill would close", "Ruiz", "say")],
    );
    // A question after an aside.
    check(
        "Ruiz wondered, as many do, why the mill closed.",
        &[q(Indirect, "why the mill closed", "Ruiz", "wonder")],
    );
    // A person named by a singular noun takes sides (a thing does not).
    check(
        "A resident demanded an apology.",
        &[q(Indirect, "an apology", "resident", "demand")],
    );
    // The question someone demands or wants to know the answer to.
    check(
        "Voters demanded to know whether Park would return the money.",
        &[q(
            Indirect,
            "whether Park would return the money",
            "voters",
            "demand",
        )],
    );
    // `yet` between the auxiliary and the verb.
    check(
        "The board hasn’t yet endorsed the plan.",
        &[q(Indirect, "the plan", "board", "endorse")],
    );
    // A demonstrative object, but not a clause cut short.
    check(
        "Ruiz rejected that idea.",
        &[q(Indirect, "that idea", "Ruiz", "reject")],
    );
    check("Ruiz backed that up.", &[]);
    // So is a cue form after a possessive (`Park’s offer`).
    check(
        "Ruiz rejected Park’s offer.",
        &[q(Indirect, "Park’s offer", "Ruiz", "reject")],
    );
    // A day is no person deprived.
    check(
        "The mayor denied Monday that the levy had failed.",
        &[q(Indirect, "that the levy had failed", "mayor", "deny")],
    );
}

#[test]
fn stances_and_requests_in_more_shapes() {
    use QuoteKind::Indirect;
    // A pronoun addressed by `call on`.
    check(
        "The senator called on him to withdraw from the race.",
        &[q(
            Indirect,
            "him to withdraw from the race",
            "senator",
            "call",
        )],
    );
    // A day between a request and `for`.
    check(
        "Ruiz called Friday for a recount of the ballots.",
        &[q(Indirect, "a recount of the ballots", "Ruiz", "call")],
    );
    // A progressive stance is a verb, and a reason after its object is
    // not part of it.
    check(
        "Jo Park is backing the levy because she thinks cuts would follow.",
        &[
            q(Indirect, "the levy", "Jo Park", "back"),
            q(Indirect, "cuts would follow", "Jo Park", "think"),
        ],
    );
}

#[test]
fn beliefs_of_a_singular_noun_and_feelings_with_a_clause() {
    use QuoteKind::Indirect;
    // A singular noun with a verb in -s before `that`; not a noun
    // (`those hopes that were dashed`).
    check(
        "Now the campaign worries that the lead could fade.",
        &[q(Indirect, "that the lead could fade", "campaign", "worry")],
    );
    check("Those hopes that were dashed came back.", &[]);
    // A feeling reports a whole clause, not a manner or an object.
    check(
        "They left because they felt the board was not being candid.",
        &[q(
            Indirect,
            "the board was not being candid",
            "they",
            "feel",
        )],
    );
    check("It can feel like the town is empty.", &[]);
    check("She felt the heat.", &[]);
}

#[test]
fn a_dateline_in_title_case_is_no_subject() {
    use QuoteKind::Mixed;
    check(
        "Lyon (AFP) – Mayor Jo Park has taken a swipe at the council, saying that “hasty cuts” hurt the town.",
        &[
            q(Indirect, "the council", "Jo Park", "take shots at"),
            q(Mixed, "that “hasty cuts” hurt the town", "Jo Park", "say"),
        ],
    );
}

#[test]
fn a_pronoun_after_the_person_addressed_reports_for_the_outer_speaker() {
    use QuoteKind::Mixed;
    check(
        "At the rally, Ruiz assured her audience she would tell the “cynics” to “stand aside.”",
        &[q(
            Mixed,
            "she would tell the “cynics” to “stand aside.”",
            "Ruiz",
            "assure",
        )],
    );
}

#[test]
fn a_new_subject_with_a_cue_ends_a_mixed_quote() {
    use QuoteKind::Mixed;
    // `that` after the name given with `call` opens a relative clause.
    check(
        "Ruiz called the vote that closed the mill “a betrayal of the town,” but she also noted the “hard choices” of the board.",
        &[
            q(
                Mixed,
                "the vote that closed the mill “a betrayal of the town,”",
                "Ruiz",
                "call",
            ),
            q(Mixed, "the “hard choices” of the board", "Ruiz", "note"),
        ],
    );
    check(
        "Jo Park accuses the board of “acting in the dark” and Ann Roe says it is “a sham.”",
        &[
            q(
                Mixed,
                "the board of “acting in the dark”",
                "Jo Park",
                "accuse",
            ),
            q(Mixed, "it is “a sham.”", "Ann Roe", "say"),
        ],
    );
}

#[test]
fn challenges_demands_and_names_in_the_passive_cover_their_clause() {
    check(
        "Park was challenged over hiring foreign workers.",
        &[unnamed(
            "Park was challenged over hiring foreign workers",
            "challenge",
        )],
    );
    check(
        "The band was instructed to begin playing.",
        &[unnamed(
            "The band was instructed to begin playing",
            "instruct",
        )],
    );
    check(
        "Roe was dubbed the winner on social media.",
        &[unnamed("Roe was dubbed the winner on social media", "dub")],
    );
    // A clause opening the sentence ends at its comma.
    check(
        "When Park was pressed about the levy, the room grew quiet.",
        &[unnamed("Park was pressed about the levy", "press")],
    );
    // Asked a question, reported or projected as something, and not
    // widely expected: adverbs and `not` before the participle.
    check(
        "Park has even been asked this question.",
        &[unnamed("Park has even been asked this question", "ask")],
    );
    check(
        "Roe was projected as the winner of the primary.",
        &[unnamed(
            "Roe was projected as the winner of the primary",
            "project",
        )],
    );
    check(
        "Under the law, agencies are not necessarily expected to find every record.",
        &[unnamed(
            "agencies are not necessarily expected to find every record",
            "expect",
        )],
    );
    // After `whose`, the relative clause is the content.
    check(
        "Her rival, whose campaign was not expected to survive, won.",
        &[unnamed(
            "whose campaign was not expected to survive",
            "expect",
        )],
    );
    // Without the preposition of a challenge, nothing was said.
    check("The bill was challenged in court.", &[]);
    check("The senator was attacked in the parking lot.", &[]);
}

#[test]
fn a_bare_passive_reports_what_is_made_known_greeted_or_voted_on() {
    // The clause may end at the participle.
    check(
        "The vote is near. The closure of the plant was announced.",
        &[unnamed(
            "The closure of the plant was announced",
            "announce",
        )],
    );
    check(
        "The vote is near. A fifth delegate has not been named.",
        &[unnamed("A fifth delegate has not been named", "name")],
    );
    // After a subordinator, the clause it opens; a phrase of the writer's
    // after a comma is left out.
    check(
        "The vote is near. Aides cheered as she was confirmed as the winner.",
        &[unnamed("she was confirmed as the winner", "confirm")],
    );
    check(
        "The vote is near. The price was not disclosed, though it was high.",
        &[unnamed("The price was not disclosed", "disclose")],
    );
    // Greeted or voted on; a subordinate clause with a report of its own
    // reports on its own.
    check(
        "The vote is near. The plan was approved last year, but it stalled.",
        &[unnamed("The plan was approved last year", "approve")],
    );
    check(
        "The vote is near. Park was booed at the debate when she said it had failed.",
        &[
            unnamed("Park was booed at the debate", "boo"),
            q(QuoteKind::Indirect, "it had failed", "she", "say"),
        ],
    );
    // Nominated; intended to do something; assured of a share.
    check(
        "The vote is near. Park was formally nominated as the party's candidate.",
        &[unnamed(
            "Park was formally nominated as the party's candidate",
            "nominate",
        )],
    );
    check(
        "The vote is near. The levy is intended to fund the schools.",
        &[unnamed(
            "The levy is intended to fund the schools",
            "intend",
        )],
    );
    check(
        "The vote is near. Park is assured of winning at least 40 delegates.",
        &[unnamed(
            "Park is assured of winning at least 40 delegates",
            "assure",
        )],
    );
    // The clause after `that` before a determiner.
    check(
        "The vote is near. Many assume that the ads are intended to help Roe.",
        &[unnamed("the ads are intended to help Roe", "intend")],
    );
    // What is (not) known, before a comma, a dash or `about`; a
    // reputation is still `known as` or `known for`.
    check(
        "The vote is near. Her plan was widely known — and widely mocked.",
        &[unnamed("Her plan was widely known", "know")],
    );
    check(
        "The vote is near. Little is known about the donors.",
        &[unnamed("Little is known about the donors", "know")],
    );
    check(
        "The vote is near. Park is known as a hawk.",
        &[unnamed("Park is known as a hawk", "known as")],
    );
    // Meant to do something, as intended to.
    check(
        "The vote is near. The levy was meant to fund the schools.",
        &[unnamed("The levy was meant to fund the schools", "mean")],
    );
    // Shown to be something, or shown doing it; not shown the door.
    check(
        "The vote is near. Her claim was shown to be false.",
        &[unnamed("Her claim was shown to be false", "show")],
    );
    check("The vote is near. He was shown the door.", &[]);
    // A reporting participle after a comma is no part of the clause.
    check(
        "The vote is near. Roe is considered the favorite, expected to win easily.",
        &[unnamed("Roe is considered the favorite", "consider")],
    );
    // With its agent, the agent speaks.
    check(
        "The vote is near. The bill was passed by the council.",
        &[q(QuoteKind::Indirect, "The bill", "council", "pass")],
    );
    // Not a clause ending before `be`.
    check(
        "The vote is near. Park, who served until he was 90, was named in the suit.",
        &[unnamed(
            "Park, who served until he was 90, was named in the suit",
            "name",
        )],
    );
}

#[test]
fn questions_put_in_the_passive_and_subjects_after_then() {
    use QuoteKind::{Indirect, Mixed};
    // The one asked is no speaker; the asker after `by` is.
    check(
        "Ruiz was asked by the moderator whether the levy would pass.",
        &[q(
            Indirect,
            "whether the levy would pass",
            "moderator",
            "ask",
        )],
    );
    check(
        "Ruiz was asked whether the levy would pass.",
        &[Expect {
            kind: Indirect,
            text: "whether the levy would pass",
            speaker: None,
            cue: Some("ask"),
            resolved: None,
        }],
    );
    // A pronoun after an opening `Then` is the participle's subject.
    check(
        "Then she turned on Roe, calling him a “bystander.”",
        &[q(Mixed, "him a “bystander.”", "she", "call")],
    );
}

#[test]
fn infinitives_after_a_verb_of_continuing_or_an_adverbial() {
    use QuoteKind::Indirect;
    // The infinitive after `continued to`, `began to` is the cue; the
    // subject is before the verb of continuing.
    check(
        "Small groups of residents continued to call for an inquiry into the fire.",
        &[q(
            Indirect,
            "an inquiry into the fire",
            "Small groups of residents",
            "call",
        )],
    );
    check("The strain began to show in the second hour.", &[]);
    // A short adverbial between a commitment and its infinitive.
    check(
        "The mayor vowed on Monday to fight the levy in court.",
        &[q(Indirect, "to fight the levy in court", "mayor", "vow")],
    );
    // A semicolon ends the clause of a trailing tag.
    check(
        "Turnout will decide the race, analysts say; in 2012, it did too.",
        &[q(
            Indirect,
            "Turnout will decide the race",
            "analysts",
            "say",
        )],
    );
}

#[test]
fn plural_speaker_nouns_and_contracted_clauses_after_beliefs() {
    use QuoteKind::Indirect;
    // A plural speaker noun without a determiner before a belief.
    check(
        "Foreign observers worry it will set an example.",
        &[q(
            Indirect,
            "it will set an example",
            "Foreign observers",
            "worry",
        )],
    );
    // A contracted clause after a belief.
    check(
        "I think that’s really important.",
        &[q(Indirect, "that’s really important", "I", "think")],
    );
}

#[test]
fn a_participle_after_before_or_while_reports_for_the_tags_speaker() {
    use QuoteKind::{Direct, Indirect, Mixed};
    check(
        "“Thank you, all,” Ruiz replied, before adding that she thinks “the town deserves better.”",
        &[
            q(Direct, "Thank you, all", "Ruiz", "reply"),
            q(
                Mixed,
                "that she thinks “the town deserves better.”",
                "Ruiz",
                "add",
            ),
        ],
    );
    check(
        "Park left the hall, while insisting the vote was fair.",
        &[q(Indirect, "the vote was fair", "Park", "insist")],
    );
    // Inside an aside after the subject, up to the clause's verb.
    check(
        "Park, after first saying he would not run ads, took to the airwaves.",
        &[q(Indirect, "he would not run ads", "Park", "say")],
    );
}

#[test]
fn a_participle_after_two_apostrophes_closing_a_quotation() {
    use QuoteKind::{Direct, Mixed};
    check(
        "Ruiz said ''we will win,'' adding that ''the levy is doomed.''",
        &[
            q(Direct, "we will win", "Ruiz", "say"),
            q(Mixed, "that ''the levy is doomed.''", "Ruiz", "add"),
        ],
    );
}

#[test]
fn a_topic_after_the_cue_and_a_participle_after_before() {
    use QuoteKind::Mixed;
    // `of` and its topic between the cue and `that`; a pronoun after the
    // topic opens a relative clause, no content.
    check(
        "Roe stated of the audit that the figures “were not good.”",
        &[q(
            Mixed,
            "that the figures “were not good.”",
            "Roe",
            "state",
        )],
    );
    check(
        "Roe said of the visit he made to Lyon that little had changed.",
        &[q(
            QuoteKind::Indirect,
            "that little had changed",
            "Roe",
            "say",
        )],
    );
    // A participle after `before` reports apart.
    check(
        "Park said the ruling “kept us safe” before claiming that the levy was “a fraud.”",
        &[
            q(Mixed, "the ruling “kept us safe”", "Park", "say"),
            q(Mixed, "that the levy was “a fraud.”", "Park", "claim"),
        ],
    );
}

#[test]
fn a_passive_report_in_a_relative_clause_ends_at_its_comma() {
    use QuoteKind::Indirect;
    check(
        "Ruiz, who is seen as a stronger leader than Park, hopes to win over the suburbs.",
        &[
            Expect {
                kind: Indirect,
                text: "who is seen as a stronger leader than Park",
                speaker: None,
                cue: Some("see"),
                resolved: None,
            },
            q(Indirect, "to win over the suburbs", "Ruiz", "hope"),
        ],
    );
}

#[test]
fn phrases_and_adverbs_between_a_subject_and_its_cue() {
    use QuoteKind::Indirect;
    // A phrase of time after the auxiliary is no subject.
    check(
        "Ruiz, who has in the past described Park as a menace, spoke on Monday.",
        &[q(Indirect, "Park as a menace", "Ruiz", "describe")],
    );
    // `together` and `outright` are adverbs.
    check(
        "The two towns, which together vowed to share the cost, met in May.",
        &[q(Indirect, "to share the cost", "two towns", "vow")],
    );
    check(
        "Nor have they outright denied that the firm agreed.",
        &[q(Indirect, "that the firm agreed", "they", "deny")],
    );
}

#[test]
fn a_cue_form_after_an_ordinal_or_before_a_verb_is_a_noun() {
    use QuoteKind::Indirect;
    // `report` before the clause's verb heads the subject.
    check(
        "The Gazette report found that the levy failed.",
        &[q(
            Indirect,
            "that the levy failed",
            "Gazette report",
            "find",
        )],
    );
    check(
        "Park’s first tweet Sunday was a measured comment about the fire.",
        &[],
    );
    // After a subject, the form is the verb (`who polls show has a lead`).
    check(
        "Ruiz sued a judge who she claims has been unfair to her.",
        &[q(
            Indirect,
            "who she claims has been unfair to her",
            "she",
            "claim",
        )],
    );
}

#[test]
fn a_comparison_is_no_speaker_of_a_participle() {
    use QuoteKind::Mixed;
    check(
        "Roe added that praising the plan was like saying the team “played well after losing.”",
        &[q(
            Mixed,
            "that praising the plan was like saying the team “played well after losing.”",
            "Roe",
            "add",
        )],
    );
}

#[test]
fn a_demonstrative_or_a_year_inside_a_subject() {
    use QuoteKind::Indirect;
    let text = "One of the authors of that 2013 report, Jo Park, said the plan will fail.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    assert_eq!(analysis.quotes.len(), 1, "{text}");
    let quote = &analysis.quotes[0];
    assert_eq!(&text[quote.span], "the plan will fail");
    assert_eq!(
        &text[quote.attribution.unwrap().mention],
        "One of the authors of that 2013 report, Jo Park"
    );
    check(
        "The head of that agency said the plan will fail.",
        &[q(
            Indirect,
            "the plan will fail",
            "head of that agency",
            "say",
        )],
    );
}

#[test]
fn as_tags_with_a_phrase_of_time() {
    use QuoteKind::Indirect;
    check(
        "Her father grew up here, as Ruiz said at the outset.",
        &[q(Indirect, "Her father grew up here", "Ruiz", "say")],
    );
    check(
        "As the Gazette reported just today, the board issued subpoenas.",
        &[q(
            Indirect,
            "the board issued subpoenas",
            "Gazette",
            "report",
        )],
    );
    // An object after the verb makes no tag of `as`.
    check(
        "As Park continues to press the council, the levy is stalled.",
        &[],
    );
}

#[test]
fn a_participle_opening_the_sentence_reports_for_the_subject_after_its_comma() {
    use QuoteKind::Indirect;
    check(
        "Noting that only one senator backed the bill, Park said the measure would fail.",
        &[
            q(
                Indirect,
                "that only one senator backed the bill",
                "Park",
                "note",
            ),
            q(Indirect, "the measure would fail", "Park", "say"),
        ],
    );
    // So when the subject speaks a quotation after it (the participle's
    // report had been lost).
    check(
        "Noting that only one senator backed the bill, Park added: “That is where the problem is.”",
        &[
            q(
                Indirect,
                "that only one senator backed the bill",
                "Park",
                "note",
            ),
            q(
                QuoteKind::Direct,
                "That is where the problem is.",
                "Park",
                "add",
            ),
        ],
    );
    check(
        "After saying he was nervous about the question, the man asked about taxes.",
        &[
            q(Indirect, "he was nervous about the question", "man", "say"),
            q(Indirect, "taxes", "man", "ask"),
        ],
    );
    // A participle of circumstance reports nothing.
    check(
        "Speaking to reporters, Park said the plan failed.",
        &[q(Indirect, "the plan failed", "Park", "say")],
    );
}

#[test]
fn a_phrase_before_and_is_no_circumstance_of_the_joined_cue() {
    use QuoteKind::Indirect;
    check(
        "Park ducked, citing his record in the legislature and saying that senators are overrated.",
        &[
            q(Indirect, "his record in the legislature", "Park", "cite"),
            q(Indirect, "that senators are overrated", "Park", "say"),
        ],
    );
}

#[test]
fn a_stance_takes_no_speaker_after_it_and_a_horizontal_bar_sets_off_an_aside() {
    use QuoteKind::Indirect;
    check(
        "Ruiz, as she has in the past, opposed the measure.",
        &[q(Indirect, "the measure", "Ruiz", "oppose")],
    );
    check(
        "The film ― which weaves together the voices of historians ― explains the history of the levy.",
        &[q(Indirect, "the history of the levy", "film", "explain")],
    );
}

#[test]
fn a_participle_with_its_own_subject_after_with_ends_the_content() {
    use QuoteKind::Indirect;
    check(
        "Park said the plan failed, with Roe arguing that it worked.",
        &[
            q(Indirect, "the plan failed", "Park", "say"),
            q(Indirect, "that it worked", "Roe", "argue"),
        ],
    );
}

#[test]
fn an_opening_mark_alone_on_a_line_of_a_list_is_analysed() {
    // The sentence of the quotation's content starts after the mark.
    let text = "* Notes\n\"\n* We will win\n* the vote in May\n* Jo Park\n*\n\n";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    for quote in &analysis.quotes {
        assert!(text.get(quote.span.range()).is_some());
    }
}

#[test]
fn every_prefix_of_a_text_is_analysed_with_quotes_inside_it() {
    // Cut anywhere, the constructions above must not read past the text.
    let text = "Park said the levy is “a failure” while Roe, who has in the past \
                called it fair, continued to argue before adding that “no one\
                ” knew. Noting that the F.B.I. said ''nothing,'' Ruiz, as she \
                has before, opposed it; the board ― which met ― asked by the \
                mayor whether, with Jo Park arguing that it worked, they would";
    let pipeline = Pipeline::new();
    for (end, _) in text.char_indices() {
        let prefix = &text[..end];
        let analysis = pipeline.analyse(Document::new("t", prefix));
        for quote in &analysis.quotes {
            assert!(quote.span.end <= prefix.len(), "{prefix}");
        }
    }
}

#[test]
fn an_adverb_between_the_subject_and_the_verb_of_a_bare_clause() {
    use QuoteKind::Mixed;
    // The verb after the embedded quotation reports its own clause.
    check(
        "Walking in to chants of “Jo! Jo!,” the mayor said her campaign here was “closing strong.”",
        &[q(
            Mixed,
            "her campaign here was “closing strong.”",
            "mayor",
            "say",
        )],
    );
}

#[test]
fn according_to_after_a_dash_closes_the_sentence() {
    use QuoteKind::Indirect;
    check(
        "In 2014, the town had 115 violent crimes — including robbery — according to data from the state.",
        &[q(
            Indirect,
            "In 2014, the town had 115 violent crimes — including robbery",
            "data from the state",
            "according to",
        )],
    );
    check(
        "According to the state, crime fell last year.",
        &[q(Indirect, "crime fell last year", "state", "according to")],
    );
}

#[test]
fn a_participle_after_a_closing_tag_goes_on_for_its_speaker() {
    use QuoteKind::{Indirect, Mixed};
    check(
        "The plan failed, Park said, adding that the city would pay.",
        &[
            q(Indirect, "The plan failed", "Park", "say"),
            q(Indirect, "that the city would pay", "Park", "add"),
        ],
    );
    check(
        "Roe’s “excesses” are alarming, Park said Tuesday in Lyon, noting the levy “makes no sense.”",
        &[
            q(Mixed, "Roe’s “excesses” are alarming", "Park", "say"),
            q(Mixed, "the levy “makes no sense.”", "Park", "note"),
        ],
    );
}

#[test]
fn there_is_no_speaker_but_here_presents_one() {
    use QuoteKind::Direct;
    check(
        "There’s still time for Roe to mend fences, even after calling the board a “cartel.”",
        &[],
    );
    check(
        "Here’s Park in 1992: “We will build the bridge.”",
        &[q(Direct, "We will build the bridge.", "Park", ":")],
    );
}

#[test]
fn a_base_form_after_an_article_and_a_word_is_a_noun() {
    use QuoteKind::{Direct, Indirect, Mixed};
    check(
        "Park delivered a snappy retort: “No one is tearing this up.”",
        &[q(Direct, "No one is tearing this up.", "Park", ":")],
    );
    // So after `the` and a singular word, but not after a plural without
    // an -s, inside a phrase, in a question, or in a past like `read`.
    check("The crowd took up the angry chant “Stop the plan!”", &[]);
    check(
        "The police say the man fled.",
        &[q(Indirect, "the man fled", "police", "say")],
    );
    check(
        "People close to the mayor say the deal is off.",
        &[q(
            Indirect,
            "the deal is off",
            "people close to the mayor",
            "say",
        )],
    );
    check(
        "“Come home,” the editorial read.",
        &[q(Direct, "Come home", "editorial", "read")],
    );
    // So is a cue form after a participle's modifier, but not one after
    // an adjective in -ing.
    check(
        "Park accused Ruiz of making racist remarks by using the word “thugs.”",
        &[q(
            Mixed,
            "Ruiz of making racist remarks by using the word “thugs.”",
            "Park",
            "accuse",
        )],
    );
    check(
        "A new tracking poll shows Ruiz with a lead of six points.",
        &[q(
            Indirect,
            "Ruiz with a lead of six points",
            "new tracking poll",
            "show",
        )],
    );
    // So after `of` and a modifier, but not after a plural, nor before
    // a clause.
    check("The site rated 32% of Republican claims as “false.”", &[]);
    check(
        "An average of polls shows Ruiz with a lead of six points.",
        &[q(
            Indirect,
            "Ruiz with a lead of six points",
            "average of polls",
            "show",
        )],
    );
    let text = "The head of Hamas claims the attack was a success.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let claims: Vec<&str> = analysis.quotes.iter().map(|q| &text[q.span]).collect();
    assert_eq!(claims, ["the attack was a success"]);
    // A verb agreeing with its subject, or after a share, is a verb.
    check(
        "A spokesman said the plan failed.",
        &[q(Indirect, "the plan failed", "spokesman", "say")],
    );
    check(
        "Nearly a third say they do not know.",
        &[q(Indirect, "they do not know", "third", "say")],
    );
}

#[test]
fn a_quote_a_source_vouches_for_is_nested_in_the_outermost_source() {
    fn nesting(text: &str) -> Vec<(&str, Option<usize>)> {
        let analysis = Pipeline::new().analyse(Document::new("t", text));
        analysis
            .quotes
            .iter()
            .map(|q| (&text[q.span], q.nested_in))
            .collect()
    }
    assert_eq!(
        nesting("According to the Gazette, Jo Park said the plan will fail. Park left."),
        [
            ("Jo Park said the plan will fail", None),
            ("the plan will fail", Some(0)),
        ]
    );
    assert_eq!(
        nesting("“We will win,” Jo Park said, according to the Gazette."),
        [
            ("“We will win,” Jo Park said", None),
            ("We will win", Some(0))
        ]
    );
    // A poll vouches for its respondents' words.
    assert_eq!(
        nesting("In a new poll, 75 percent said the levy should pass."),
        [
            ("75 percent said the levy should pass", None),
            ("the levy should pass", Some(0)),
        ]
    );
    // A belief in a speaker's words before their tag is the speaker's
    // claim; a speech report in them stays a quote of its own.
    assert_eq!(
        nesting("Voters want change, and the levy will pass, Jo Park said."),
        [
            ("Voters want change, and the levy will pass", None),
            ("change", Some(0)),
        ]
    );
    // A quote after the source's is nested in nothing.
    assert_eq!(
        nesting("According to the Gazette, Jo Park won. Roe said the vote was fair."),
        [("Jo Park won", None), ("the vote was fair", None)]
    );
}

#[test]
fn a_closing_source_after_a_report_vouches_for_the_clause_trailing_it() {
    use QuoteKind::Indirect;
    // A relative clause after the report's content is what the source
    // vouches for; the report is a quote of its own (and comes first, in
    // text order).
    check(
        "Jo Park says the streak is proof of momentum, which left him 263 delegates behind, according to the Gazette.",
        &[
            q(
                Indirect,
                "the streak is proof of momentum",
                "Jo Park",
                "say",
            ),
            q(
                Indirect,
                "which left him 263 delegates behind",
                "Gazette",
                "according to",
            ),
        ],
    );
    check(
        "The campaign announced that it hired Jo Park, who has led two unions, according to the Gazette.",
        &[
            q(Indirect, "that it hired Jo Park", "campaign", "announce"),
            q(
                Indirect,
                "who has led two unions",
                "Gazette",
                "according to",
            ),
        ],
    );
    // With nothing trailing the report, or `but` and a clause, the source
    // vouches for it all.
    for (text, vouched) in [
        (
            "Jo Park said the plan will fail, according to the Gazette.",
            "Jo Park said the plan will fail",
        ),
        (
            "Jo Park said the plan will fail, but the levy passed, according to the Gazette.",
            "Jo Park said the plan will fail, but the levy passed",
        ),
    ] {
        let analysis = Pipeline::new().analyse(Document::new("t", text));
        let outer = analysis
            .quotes
            .iter()
            .find(|q| q.nested_in.is_none())
            .unwrap();
        assert_eq!(&text[outer.span], vouched, "in {text}");
    }
}

#[test]
fn a_source_vouching_for_a_report_holds_it() {
    use QuoteKind::{Direct, Indirect, Mixed};
    // The source's quote holds the speaker's, tag and all; both are kept.
    check(
        "According to the Gazette, Jo Park said the plan will fail.",
        &[
            q(
                Indirect,
                "Jo Park said the plan will fail",
                "Gazette",
                "according to",
            ),
            q(Indirect, "the plan will fail", "Jo Park", "say"),
        ],
    );
    check(
        "According to the Gazette, Jo Park said: “We will win.”",
        &[
            q(
                Mixed,
                "Jo Park said: “We will win.”",
                "Gazette",
                "according to",
            ),
            q(Direct, "We will win.", "Jo Park", "say"),
        ],
    );
    check(
        "On Monday, Jo Park said he was “happy to see” the result, according to the Gazette.",
        &[
            q(
                Mixed,
                "On Monday, Jo Park said he was “happy to see” the result",
                "Gazette",
                "according to",
            ),
            q(Mixed, "he was “happy to see” the result", "Jo Park", "say"),
        ],
    );
    // The source's quote holds a quotation of several sentences whole,
    // and ends before a phrase after the source.
    check(
        "“He is wrong. He is late,” Jo Park said, according to the Gazette.",
        &[
            q(
                Mixed,
                "“He is wrong. He is late,” Jo Park said",
                "Gazette",
                "according to",
            ),
            q(Direct, "He is wrong. He is late", "Jo Park", "say"),
        ],
    );
    check(
        "“We will win,” the mayor told reporters, according to the Gazette, during a visit.",
        &[
            q(
                Mixed,
                "“We will win,” the mayor told reporters",
                "Gazette",
                "according to",
            ),
            q(Direct, "We will win", "mayor", "tell"),
        ],
    );
    // A poll vouches for what its respondents said.
    check(
        "In a new poll, 75 percent of voters said the levy is too high.",
        &[
            q(
                Indirect,
                "75 percent of voters said the levy is too high",
                "new poll",
                "in",
            ),
            q(
                Indirect,
                "the levy is too high",
                "75 percent of voters",
                "say",
            ),
        ],
    );
    // (A poll named at length: two outlets and a slash.)
    check(
        "In a New York Times/CBS News survey, 75 percent said the levy failed.",
        &[
            q(
                Indirect,
                "75 percent said the levy failed",
                "New York Times/CBS News survey",
                "in",
            ),
            q(Indirect, "the levy failed", "75 percent", "say"),
        ],
    );
    check(
        "In a new poll, 75 percent of voters said the levy is “far too high.”",
        &[
            q(
                Mixed,
                "75 percent of voters said the levy is “far too high.”",
                "new poll",
                "in",
            ),
            q(
                Mixed,
                "the levy is “far too high.”",
                "75 percent of voters",
                "say",
            ),
        ],
    );
    // A quotation going on in the next sentence goes on in both.
    let text = "“We will win,” Jo Park said, according to the Gazette. “It is over.”";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let parts: Vec<Vec<&str>> = analysis
        .quotes
        .iter()
        .map(|quote| quote.parts.iter().map(|&part| &text[part]).collect())
        .collect();
    assert_eq!(
        parts,
        [
            vec!["“We will win,” Jo Park said", "It is over."],
            vec!["We will win", "It is over."],
        ]
    );
}

#[test]
fn a_relative_clause_that_reports_is_a_quote_of_its_own() {
    use QuoteKind::{Indirect, Mixed};
    check(
        "Graham, who says allies should send troops, called the plan “weak.”",
        &[
            q(Indirect, "allies should send troops", "Graham", "say"),
            q(Mixed, "the plan “weak.”", "Graham", "call"),
        ],
    );
    check(
        "Petrilli, who thinks the agency overreached, said the law is better.",
        &[
            q(Indirect, "the agency overreached", "Petrilli", "think"),
            q(Indirect, "the law is better", "Petrilli", "say"),
        ],
    );
    // The speaker's mention leaves a reporting relative clause out, and
    // keeps one that tells who the speaker is or what they seek.
    for (text, mention) in [
        (
            "Graham, who says allies should send troops, called the plan “weak.”",
            "Graham",
        ),
        (
            "Ruiz, who founded the group in 1990, said the plan was dead.",
            "Ruiz, who founded the group in 1990",
        ),
        (
            "Ruiz, who is seeking the nomination, said the plan was dead.",
            "Ruiz, who is seeking the nomination",
        ),
    ] {
        assert_last_mention(text, mention);
    }
}

#[test]
fn a_tag_inserted_in_a_clause_with_a_quotation_reports_the_clause() {
    use QuoteKind::{Direct, Mixed};
    check(
        "The paper, Park said, called the plan “a disaster.”",
        &[q(
            Mixed,
            "The paper, Park said, called the plan “a disaster.”",
            "Park",
            "say",
        )],
    );
    // (A participle after the tag is its second verb.)
    check(
        "“We won,” Park said, adding: “It is over.”",
        &[
            q(Direct, "We won", "Park", "say"),
            q(Direct, "It is over.", "Park", "add"),
        ],
    );
    check(
        "The puzzle, says Carl Ruiz, a historian, is that she was “the most powerful of them.”",
        &[q(
            Mixed,
            "The puzzle, says Carl Ruiz, a historian, is that she was “the most powerful of them.”",
            "Carl Ruiz",
            "say",
        )],
    );
}

#[test]
fn a_quotation_closing_the_writers_sentence_takes_no_tag_after_it() {
    use QuoteKind::Mixed;
    check(
        "Gov. Ana Ruiz called the long lines “unacceptable.” Mayor Jo Park wrote a letter asking for an “inquiry.”",
        &[
            q(Mixed, "the long lines “unacceptable.”", "Ana Ruiz", "call"),
            q(
                Mixed,
                "a letter asking for an “inquiry.”",
                "Jo Park",
                "write",
            ),
        ],
    );
}

#[test]
fn a_clause_after_a_quotation_with_a_subject_of_its_own_speaks_for_it() {
    use QuoteKind::{Indirect, Mixed};
    check(
        "Park called the mayor a “liar” after Ruiz attacked the board and blamed the delays on “red tape.”",
        &[
            q(Mixed, "the mayor a “liar”", "Park", "call"),
            q(Indirect, "the board", "Ruiz", "attack"),
            q(Mixed, "the delays on “red tape.”", "Ruiz", "blame"),
        ],
    );
    check(
        "Mr. Eyal noted that banks had faced fines, and he speculated that the bank may “prefer the fight.”",
        &[
            q(Indirect, "that banks had faced fines", "Eyal", "note"),
            q(
                Mixed,
                "that the bank may “prefer the fight.”",
                "Eyal",
                "speculate",
            ),
        ],
    );
}

#[test]
fn a_participle_after_remarks_reports_for_their_author() {
    use QuoteKind::Mixed;
    check(
        "Park stood by his remarks calling the council “a circus.”",
        &[q(Mixed, "the council “a circus.”", "Park", "call")],
    );
    // In a clause opened by `when`, the subject follows it, and the clause
    // ends at its comma.
    check(
        "When Park stood by his remarks calling the council “a circus,” Ruiz left the room.",
        &[q(Mixed, "the council “a circus,”", "Park", "call")],
    );
}

#[test]
fn verbs_joined_by_or_and_second_verbs_of_an_opening_clause() {
    use QuoteKind::{Indirect, Mixed};
    // A verb joined to the next by `or` reports nothing of its own.
    check(
        "Park said he won’t defend or campaign with Ruiz.",
        &[q(
            Indirect,
            "he won’t defend or campaign with Ruiz",
            "Park",
            "say",
        )],
    );
    // A second verb of a clause opening the sentence ends at its comma.
    check(
        "Though she called it “outrageous” and called for pay to be “clawed back” for bosses, Ruiz spoke of other things.",
        &[
            q(Mixed, "it “outrageous”", "she", "call"),
            q(Mixed, "pay to be “clawed back” for bosses", "she", "call"),
            q(Indirect, "other things", "Ruiz", "speak of"),
        ],
    );
}

#[test]
fn a_clause_subjects_mention_keeps_its_appositive_up_to_the_verb() {
    for (text, mention) in [
        (
            "Ana Ruiz, the activist and lawyer, endorsed the plan, saying it was “overdue.”",
            "Ana Ruiz, the activist and lawyer",
        ),
        (
            "Jo Park, who is a nurse, also decried the cuts, noting she has “seen the cost.”",
            "Jo Park, who is a nurse",
        ),
        (
            "Jo Park, Ruiz’s rival in the race, called for a recount, saying it was “needed.”",
            "Jo Park, Ruiz’s rival in the race",
        ),
        // A relative clause that reports stays out.
        (
            "Jo Park, who says the count was wrong, called for a recount, saying it was “needed.”",
            "Jo Park",
        ),
    ] {
        assert_last_mention(text, mention);
    }
}

#[test]
fn persuading_someone_reports_the_clause_or_the_act_urged() {
    // The person persuaded is addressed; what they are brought to believe
    // is the content.
    let text = "Park tried to convince voters that the levy is fair.";
    check(
        text,
        &[q(Indirect, "that the levy is fair", "Park", "convince")],
    );
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let addressee = analysis.quotes[0].addressee.expect("an addressee");
    assert_eq!(&text[addressee.start..addressee.end], "voters");
    check(
        "Opponents will try to persuade the court to throw out the rules.",
        &[q(
            Indirect,
            "the court to throw out the rules",
            "opponents",
            "persuade",
        )],
    );
    check("It was a convincing win for Park.", &[]);
    // Instructing or exhorting someone reports the act urged.
    check(
        "The campaign has instructed surrogates to avoid the topic.",
        &[q(
            Indirect,
            "surrogates to avoid the topic",
            "campaign",
            "instruct",
        )],
    );
    check(
        "Park exhorted voters to reject the levy.",
        &[q(Indirect, "voters to reject the levy", "Park", "exhort")],
    );
    // Helping to persuade is persuading, with `to` or without.
    for text in [
        "Park helped convince voters that the levy is fair.",
        "Park helped to convince voters that the levy is fair.",
    ] {
        check(
            text,
            &[q(Indirect, "that the levy is fair", "Park", "convince")],
        );
    }
    // `convinced` with its object is the verb, in any tense; after a
    // comma and before `that`, the adjective of one who is convinced.
    let text = "The ads have convinced voters that the levy is fair.";
    check(
        text,
        &[q(Indirect, "that the levy is fair", "ads", "convince")],
    );
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let addressee = analysis.quotes[0].addressee.expect("an addressee");
    assert_eq!(&text[addressee.start..addressee.end], "voters");
    check("Park resigned, convinced that the levy was lost.", &[]);
}

#[test]
fn negative_requests_went_on_to_and_clauses_after_beliefs() {
    use QuoteKind::Indirect;
    check(
        "Park urged voters not to stay home.",
        &[q(Indirect, "voters not to stay home", "Park", "urge")],
    );
    check(
        "Lawmakers have also warned the agency not to act this year.",
        &[q(
            Indirect,
            "the agency not to act this year",
            "lawmakers",
            "warn",
        )],
    );
    check(
        "He went on to say that some members are angry.",
        &[q(Indirect, "that some members are angry", "He", "say")],
    );
    check(
        "Economists believe this provides an incentive to hire.",
        &[q(
            Indirect,
            "this provides an incentive to hire",
            "economists",
            "believe",
        )],
    );
    check(
        "Many of his supporters believe bigotry and fear are acceptable.",
        &[q(
            Indirect,
            "bigotry and fear are acceptable",
            "many of his supporters",
            "believe",
        )],
    );
    check(
        "Supporters of the levy hope it is only a start.",
        &[q(
            Indirect,
            "it is only a start",
            "supporters of the levy",
            "hope",
        )],
    );
    check(
        "The candidate has insisted on building a wall.",
        &[q(Indirect, "building a wall", "candidate", "insist")],
    );
    check(
        "He insisted on Monday that the plan works.",
        &[q(Indirect, "that the plan works", "He", "insist")],
    );
    check(
        "Park told voters she’s with them.",
        &[q(Indirect, "she’s with them", "Park", "tell")],
    );
}

#[test]
fn addressees_with_relative_clauses_amounts_and_things_urged() {
    use QuoteKind::Indirect;
    check(
        "The host asked Park, who is fourth in the count, to lay out her path.",
        &[q(
            Indirect,
            "Park, who is fourth in the count, to lay out her path",
            "host",
            "ask",
        )],
    );
    check(
        "The ministers urged an increased role for the navy.",
        &[q(
            Indirect,
            "an increased role for the navy",
            "ministers",
            "urge",
        )],
    );
    check(
        "Ruiz has said about 20 people have shown an interest.",
        &[q(
            Indirect,
            "about 20 people have shown an interest",
            "Ruiz",
            "say",
        )],
    );
    check(
        "Park on Monday announced $5 million was being sent to the city.",
        &[q(
            Indirect,
            "$5 million was being sent to the city",
            "Park",
            "announce",
        )],
    );
    // A thing after an inverted cue is no speaker: the words before are
    // the cue's subject.
    assert_no_speaker_named(
        "The vote is near. Sen. Jo Park (D-Ohio), a candidate for governor, tweeted a warning.",
        "warning",
    );
    // So is a thing with a group after `of`; a part or a head of a group
    // is a speaker.
    assert_no_speaker_named(
        "Jo Park, a history teacher, voiced the frustration of many Republicans.",
        "Republicans",
    );
    check(
        "The plan will fail, said most of the senators.",
        &[q(
            Indirect,
            "The plan will fail",
            "most of the senators",
            "say",
        )],
    );
    check(
        "The plan will fail, said the head of the union.",
        &[q(
            Indirect,
            "The plan will fail",
            "head of the union",
            "say",
        )],
    );
    // A cue right after a title inside an appositive has its subject
    // before it: the clause after it names no speaker.
    assert_no_speaker_named(
        "Jo Park, host of the show “Morning Talk,” suggested the refusal could hurt him.",
        "refusal",
    );
}

#[test]
fn a_participle_goes_on_for_the_subject_of_the_last_joined_clause() {
    use QuoteKind::Mixed;
    check(
        "Park led the charge, and the union placed ads calling the deal a “mistake.”",
        &[q(Mixed, "the deal a “mistake.”", "union", "call")],
    );
}

#[test]
fn a_subordinate_clause_opening_a_report_is_part_of_it() {
    use QuoteKind::Mixed;
    check(
        "Ruiz went on to say that, because Park testified the plan was “sound,” the vote was fair.",
        &[q(
            Mixed,
            "that, because Park testified the plan was “sound,” the vote was fair",
            "Ruiz",
            "say",
        )],
    );
    // After a quotation inside the writer's clause, a cue takes no thing
    // for its speaker.
    assert_no_speaker_named(
        "Park, who says costs were “in the millions,” described the impact as “grave.”",
        "impact",
    );
}

#[test]
fn objects_of_light_verbs_naming_participles_and_irregular_pasts() {
    use QuoteKind::{Indirect, Mixed};
    // A cue form after a light verb is its object: no `his friends make`
    // speaks.
    assert_no_speaker_named(
        "His friends make jokes about sending observers “to ensure a fair vote.”",
        "make",
    );
    // A naming participle after an indefinite noun names no speaker.
    check(
        "A company called Harmony gave $5,000 to the fund, records show.",
        &[q(
            Indirect,
            "A company called Harmony gave $5,000 to the fund",
            "records",
            "show",
        )],
    );
    check(
        "A spokesman called Ruiz a liar.",
        &[q(Indirect, "Ruiz a liar", "spokesman", "call")],
    );
    // An irregular past after a name ends the subject.
    check(
        "However, Adelson met with Park in May and declared that he found her “very charming.”",
        &[q(
            Mixed,
            "that he found her “very charming.”",
            "Adelson",
            "declare",
        )],
    );
}

#[test]
fn a_clause_subjects_mention_keeps_a_reflexive_or_a_parenthesis() {
    for (text, mention) in [
        (
            "Park himself issued a statement saying he did not “condone the remarks.”",
            "Park himself",
        ),
        (
            "Voters (mostly men, but some women) are keen on telling her to stop “nagging.”",
            "Voters (mostly men, but some women)",
        ),
        // A caption's position is no part of it.
        (
            "Jo Park (left) issued a statement saying he was “innocent.”",
            "Jo Park",
        ),
    ] {
        assert_last_mention(text, mention);
    }
}

#[test]
fn every_prefix_of_a_text_of_vouching_sources_is_analysed() {
    // Cut anywhere, the sources vouching for reports, inserted tags and
    // words with combining marks must not read past the text.
    let text = "According to the Gazette, Park said: “We won. It is over,” Ruiz \
                said, according to CNN, during a visit. In a new poll, 75 percent \
                said the plan is “far too costly,” the paper, PeA\u{303}±a said, \
                called it; a company called Harmony urged voters not to go, after \
                she attacked and blamed “red tape.” “Fine.” Park wrote";
    let pipeline = Pipeline::new();
    for (end, _) in text.char_indices() {
        let prefix = &text[..end];
        let analysis = pipeline.analyse(Document::new("t", prefix));
        for quote in &analysis.quotes {
            assert!(quote.span.end <= prefix.len(), "{prefix}");
            for part in &quote.parts {
                assert!(
                    part.end <= prefix.len() && part.start <= part.end,
                    "{prefix}"
                );
            }
        }
    }
}

#[test]
fn a_document_speaks_for_the_subject_issuing_it() {
    check(
        "The vote is near. Park’s campaign issued a statement saying it would delay the rally.",
        &[q(
            Indirect,
            "it would delay the rally",
            "Park’s campaign",
            "say",
        )],
    );
    check(
        "The vote is near. On Monday the group sent out a letter saying taxes would rise.",
        &[q(Indirect, "taxes would rise", "group", "say")],
    );
    check(
        "The vote is near. The agency sent them a long memo warning that the dam could fail.",
        &[q(Indirect, "that the dam could fail", "agency", "warn")],
    );
    // A stance in an advertisement is no report of its sponsor, and a
    // document with no one issuing it reports nothing.
    check(
        "The vote is near. The group bought ads attacking Park on taxes.",
        &[],
    );
    check(
        "The vote is near. Park read an email from a voter saying the roads were unsafe.",
        &[],
    );
}

#[test]
fn infinitives_of_speech_after_verbs_and_adjectives_taking_them() {
    check(
        "The vote is near. Rural voters are slightly more likely to say that the tax is fair.",
        &[q(Indirect, "that the tax is fair", "Rural voters", "say")],
    );
    check(
        "The vote is near. Park was quick to note that the bridge had reopened.",
        &[q(Indirect, "that the bridge had reopened", "Park", "note")],
    );
    // `show` too, with a clause after it (not `began to show signs`).
    check(
        "The vote is near. Park has to show that she is ready.",
        &[q(Indirect, "that she is ready", "Park", "show")],
    );
    check(
        "The vote is near. Her numbers began to show signs of life.",
        &[],
    );
    // `be` contracted with its pronoun subject.
    check(
        "The vote is near. She’s poised to argue she can win.",
        &[q(Indirect, "she can win", "She", "argue")],
    );
    // More adjectives and verbs of the kind (these had given nothing).
    check(
        "The vote is near. Rural voters are inclined to describe the tax as fair.",
        &[q(Indirect, "the tax as fair", "Rural voters", "describe")],
    );
    check(
        "The vote is near. Park quickly moved to say that the bridge had reopened.",
        &[q(Indirect, "that the bridge had reopened", "Park", "say")],
    );
    // A chance taken by the subject.
    check(
        "The vote is near. Park never missed an opportunity to remind voters that the bridge had reopened.",
        &[q(
            Indirect,
            "that the bridge had reopened",
            "Park",
            "remind",
        )],
    );
    check(
        "The vote is near. Park has a rare chance to argue that the bridge is safe.",
        &[q(Indirect, "that the bridge is safe", "Park", "argue")],
    );
    // Not a chance someone else has (`there is a chance`).
    check(
        "The vote is near. There is a chance to argue that the bridge is safe.",
        &[],
    );
    // Made to speak, in the passive; obliged to.
    check(
        "The vote is near. Mr. Park was prompted to say, “So far, it has been civil.”",
        &[q(Direct, "So far, it has been civil.", "Park", "say")],
    );
    check(
        "The vote is near. Park was moved to add that the bridge had reopened.",
        &[q(Indirect, "that the bridge had reopened", "Park", "add")],
    );
    check(
        "The vote is near. Park has had to explain that the bridge was closed.",
        &[q(Indirect, "that the bridge was closed", "Park", "explain")],
    );
    check(
        "The vote is near. Park seemed to argue that the bridge was safe.",
        &[q(Indirect, "that the bridge was safe", "Park", "argue")],
    );
    check(
        "The vote is near. Ann Roe took to the Senate floor on Monday to argue that the bridge was safe.",
        &[q(Indirect, "that the bridge was safe", "Ann Roe", "argue")],
    );
    // An infinitive of purpose after a verb done to speak.
    check(
        "The vote is near. Ann Roe stood at a town hall here to say she would vote no.",
        &[q(Indirect, "she would vote no", "Ann Roe", "say")],
    );
    check(
        "The vote is near. Roe held a news conference to announce that she would run.",
        &[q(Indirect, "that she would run", "Roe", "announce")],
    );
    check(
        "The vote is near. Roe used the speech to argue that the bridge was safe.",
        &[q(Indirect, "that the bridge was safe", "Roe", "argue")],
    );
    // Meeting to discuss something.
    check(
        "The vote is near. European leaders gathered Friday to discuss the cost of the war.",
        &[q(
            Indirect,
            "the cost of the war",
            "European leaders",
            "discuss",
        )],
    );
    check(
        "The vote is near. Roe met with Park to discuss plans for the bridge.",
        &[q(Indirect, "plans for the bridge", "Roe", "discuss")],
    );
    // `led voters to say`: the object speaks, not the subject.
    check(
        "The vote is near. The delay led Republicans to say that the count was rigged.",
        &[q(
            Indirect,
            "that the count was rigged",
            "Republicans",
            "say",
        )],
    );
    // An adverb after the progressive's `be`: `is now trying to`.
    check(
        "The vote is near. Cruz is now trying to cast himself as the only outsider.",
        &[q(Indirect, "himself as the only outsider", "Cruz", "cast")],
    );
    // So after a poll, which is no date of the cue; and a belief too.
    check(
        "The vote is near. The poll led many experts to warn that the race is close.",
        &[q(
            Indirect,
            "that the race is close",
            "many experts",
            "warn",
        )],
    );
    check(
        "The vote is near. The delay leads many experts to suspect that the count was rigged.",
        &[q(
            Indirect,
            "that the count was rigged",
            "many experts",
            "suspect",
        )],
    );
    // An infinitive of a noun reports nothing (but one of a chance
    // taken does, above).
    check(
        "The vote is near. Park had no time to say goodbye to the crowd.",
        &[],
    );
}

#[test]
fn a_part_of_a_group_named_by_a_pronoun_speaks() {
    check(
        "The vote is near. Two-thirds of them tell pollsters the plan will fail.",
        &[q(
            Indirect,
            "the plan will fail",
            "Two-thirds of them",
            "tell",
        )],
    );
    check(
        "The vote is near. Many of them say they will stay home in November.",
        &[q(
            Indirect,
            "they will stay home in November",
            "many of them",
            "say",
        )],
    );
    check(
        "The vote is near. Nearly 10 percent of them said the plan was flawed.",
        &[q(
            Indirect,
            "the plan was flawed",
            "10 percent of them",
            "say",
        )],
    );
    check(
        "The vote is near. Two of us told the board the plan was flawed.",
        &[q(Indirect, "the plan was flawed", "Two of us", "tell")],
    );
}

#[test]
fn reported_words_after_a_colon() {
    check(
        "The vote is near. Park said: the plan is dead and buried.",
        &[q(Indirect, "the plan is dead and buried", "Park", "say")],
    );
    // A noun or a passive before a colon introduces no words.
    check(
        "The vote is near. Three governors ran big states: Ohio, Texas and Utah.",
        &[],
    );
    check(
        "The vote is near. One part of the story has not been reported: the loans were never repaid.",
        &[],
    );
}

#[test]
fn the_one_asked_answers() {
    check(
        "The vote is near. Park was asked by Roe about the dam and said it would hold.",
        &[
            q(Indirect, "the dam", "Roe", "ask"),
            q(Indirect, "it would hold", "Park", "say"),
        ],
    );
}

#[test]
fn a_clause_after_a_duration() {
    check(
        "The vote is near. Park has argued for months that the dam would hold.",
        &[q(Indirect, "that the dam would hold", "Park", "argue")],
    );
}

#[test]
fn an_inverted_anonymous_source_familiar_with_the_matter() {
    check(
        "The vote is near. The dam would hold, said an official familiar with the talks.",
        &[q(
            Indirect,
            "The dam would hold",
            "official familiar with the talks",
            "say",
        )],
    );
    check(
        "The vote is near. Taxes are rising, said two people close to Park.",
        &[q(
            Indirect,
            "Taxes are rising",
            "two people close to Park",
            "say",
        )],
    );
}

#[test]
fn an_inverted_speaker_with_a_complement_or_a_second_name() {
    check(
        "The vote is near. The dam would hold, said a spokesman for the city.",
        &[q(
            Indirect,
            "The dam would hold",
            "spokesman for the city",
            "say",
        )],
    );
    check(
        "The vote is near. The dam would hold, said Ruiz and Park.",
        &[q(Indirect, "The dam would hold", "Ruiz", "say")],
    );
    // Whoever is told is no speaker: the subject before the comma is.
    check(
        "The vote is near. The dam would hold, Jo Park, the mayor, told reporters.",
        &[q(Indirect, "The dam would hold", "Jo Park", "tell")],
    );
}

#[test]
fn a_name_or_a_pronoun_joined_to_the_subject_speaks_with_it() {
    for (text, mention) in [
        (
            "The vote is near. The dam would hold, Jo Park and her aides said.",
            "Jo Park and her aides",
        ),
        (
            "The vote is near. She and her aides said the dam would hold.",
            "She and her aides",
        ),
    ] {
        assert_last_mention(text, mention);
    }
    // Not the object of a clause before it.
    check(
        "The vote is near. Park attacked Ruiz and her aides said the dam would hold.",
        &[
            q(QuoteKind::Indirect, "Ruiz", "Park", "attack"),
            q(
                QuoteKind::Indirect,
                "the dam would hold",
                "her aides",
                "say",
            ),
        ],
    );
}

#[test]
fn names_listed_before_a_joined_subject_speak_with_it() {
    use QuoteKind::Indirect;
    for (text, speaker) in [
        (
            "Park, Ruiz and Lee say the levy will fail.",
            "Park, Ruiz and Lee",
        ),
        (
            "Park, Ruiz, and Lee say the levy will fail.",
            "Park, Ruiz, and Lee",
        ),
        (
            "The vote is near. Park, Ruiz and Lee say the levy will fail.",
            "Park, Ruiz and Lee",
        ),
        (
            "In Ohio, Park, Ruiz and Lee say the levy will fail.",
            "Park, Ruiz and Lee",
        ),
    ] {
        check(text, &[q(Indirect, "the levy will fail", speaker, "say")]);
    }
    // The list speaks as a group, not as its last name.
    let analysis = Pipeline::new().analyse(Document::new(
        "t",
        "Park, Ruiz and Lee say the levy will fail.",
    ));
    assert_eq!(analysis.speakers[0].kind, SpeakerKind::Group);
    check(
        "Democrats, unions and teachers say the levy will fail.",
        &[q(
            Indirect,
            "the levy will fail",
            "Democrats, unions and teachers",
            "say",
        )],
    );
    // `Neither … nor …`: both, as one group.
    check(
        "Neither Park nor Ruiz said the levy will fail.",
        &[q(
            Indirect,
            "the levy will fail",
            "Neither Park nor Ruiz",
            "say",
        )],
    );
    // Not a time or an adverb opening the clause, nor a name described.
    assert_last_mention(
        "Yesterday, Park and Lee said the levy will fail.",
        "Park and Lee",
    );
    assert_last_mention(
        "First, Park and Lee said the levy will fail.",
        "Park and Lee",
    );
    assert_last_mention(
        "Jo Park, chief of the Ohio Levy Board and Trust, said the levy will fail.",
        "Jo Park, chief of the Ohio Levy Board and Trust",
    );
}

#[test]
fn a_time_before_a_clause_without_that() {
    check(
        "The vote is near. Park said Monday night the dam would hold.",
        &[q(Indirect, "the dam would hold", "Park", "say")],
    );
    check(
        "The vote is near. Park said last week taxes would rise.",
        &[q(Indirect, "taxes would rise", "Park", "say")],
    );
    // The day is the subject of the clause here.
    check(
        "The vote is near. Park said Monday was a good day.",
        &[q(Indirect, "Monday was a good day", "Park", "say")],
    );
}

#[test]
fn possessives_after_a_plural_inside_names() {
    check(
        "The vote is near. Park told Fox News’ Sean Hannity that the dam would hold.",
        &[q(Indirect, "that the dam would hold", "Park", "tell")],
    );
    assert_last_mention(
        "The vote is near. The Times’ editorial board wrote that the dam would hold.",
        "The Times’ editorial board",
    );
}

#[test]
fn a_contrast_with_its_own_subject_ends_the_report() {
    check(
        "The vote is near. Park said it was time to move on, but Roe disagreed.",
        &[q(Indirect, "it was time to move on", "Park", "say")],
    );
    check(
        "The vote is near. Park said the dam would hold but she was worried about the levee.",
        &[
            q(Indirect, "the dam would hold", "Park", "say"),
            q(Indirect, "the levee", "Park", "worry"),
        ],
    );
    // A second reported clause stays.
    check(
        "The vote is near. Park said the dam would hold, but that the levee might fail.",
        &[q(
            Indirect,
            "the dam would hold, but that the levee might fail",
            "Park",
            "say",
        )],
    );
}

#[test]
fn a_clause_joined_after_the_report_with_a_subject_of_its_own_is_the_writers() {
    // Without a comma, a name and a verb in the past open it too.
    check(
        "The vote is near. The board charged the clerk with fraud and Park fired her aide.",
        &[q(Indirect, "the clerk with fraud", "board", "charge")],
    );
    // (But not names joined in one subject.)
    check(
        "The vote is near. Park said Ohio and Texas voted for the levy.",
        &[q(
            Indirect,
            "Ohio and Texas voted for the levy",
            "Park",
            "say",
        )],
    );
    check(
        "The vote is near. Park said turnout would be low, but the lines at the school were long by noon.",
        &[q(Indirect, "turnout would be low", "Park", "say")],
    );
    check(
        "The vote is near. The agency announced that it is cutting its forecast, and the markets were shaken.",
        &[q(
            Indirect,
            "that it is cutting its forecast",
            "agency",
            "announce",
        )],
    );
    // Its verb may be a reporting verb in the present, agreeing with its
    // subject; it then reports on its own.
    check(
        "The vote is near. Democrats want a higher levy, and Republicans want a lower one.",
        &[
            q(Indirect, "a higher levy", "Democrats", "want"),
            q(Indirect, "a lower one", "Republicans", "want"),
        ],
    );
    check(
        "The vote is near. Park backs the levy, and the party says it will pass.",
        &[
            q(Indirect, "the levy", "Park", "back"),
            q(Indirect, "it will pass", "party", "say"),
        ],
    );
    // A clause of contrast or time that reports on its own is the
    // writer's too, and so is its conjunction.
    check(
        "The vote is near. Six in ten say the mayor is honest, after half said so in the spring poll.",
        &[
            q(Indirect, "the mayor is honest", "Six in ten", "say"),
            q(Indirect, "so", "half", "say"),
        ],
    );
    check(
        "The vote is near. Park said she will back the levy, even as she has criticized its cost.",
        &[
            q(Indirect, "she will back the levy", "Park", "say"),
            q(Indirect, "its cost", "Park", "criticize"),
        ],
    );
    // A clause of reason is part of what was said, reports inside it
    // included.
    check(
        "The vote is near. A source said he could not answer because the council had only asked for the files on Monday.",
        &[q(
            Indirect,
            "he could not answer because the council had only asked for the files on Monday",
            "source",
            "say",
        )],
    );
    // A condition opening the report is followed by its main clause,
    // even with a cue of its own; a tag closing the sentence still ends
    // the report.
    check(
        "The vote is near. Roe told reporters that if the levy were a stock, he would advise buying it.",
        &[q(
            Indirect,
            "that if the levy were a stock, he would advise buying it",
            "Roe",
            "tell",
        )],
    );
    check(
        "The vote is near. Voters would never know if they listened to the mayor, Park said.",
        &[
            q(
                Indirect,
                "Voters would never know if they listened to the mayor",
                "Park",
                "say",
            ),
            q(Indirect, "if they listened to the mayor", "voters", "know"),
        ],
    );
    // So after a phrase of time or place of its own.
    check(
        "The vote is near. Park said taxes would rise, and on Monday the mayor closed the office.",
        &[q(Indirect, "taxes would rise", "Park", "say")],
    );
    check(
        "The vote is near. Park said the plan was dead, and she would not revive it.",
        &[q(Indirect, "the plan was dead", "Park", "say")],
    );
    check(
        "The vote is near. Park insists the tide is turning — and the council is holding talks.",
        &[q(Indirect, "the tide is turning", "Park", "insist")],
    );
    // Joined without a comma, with no subject, or with `that`, the clause
    // is still reported.
    check(
        "The vote is near. Park said the dam would hold and the levee would fail.",
        &[q(
            Indirect,
            "the dam would hold and the levee would fail",
            "Park",
            "say",
        )],
    );
    check(
        "The vote is near. Park said the dam would hold, and would stand for years.",
        &[q(
            Indirect,
            "the dam would hold, and would stand for years",
            "Park",
            "say",
        )],
    );
    check(
        "The vote is near. Park said the dam would hold, and that the levee might fail.",
        &[q(
            Indirect,
            "the dam would hold, and that the levee might fail",
            "Park",
            "say",
        )],
    );
}

#[test]
fn a_parenthesis_closing_a_report_is_the_writers_unless_short() {
    check(
        "The vote is near. Park said he would end the tax break (a special break for fund managers).",
        &[q(Indirect, "he would end the tax break", "Park", "say")],
    );
    check(
        "The vote is near. Park endorsed Sen. Ted Cruz (R-Texas).",
        &[q(Indirect, "Sen. Ted Cruz (R-Texas)", "Park", "endorse")],
    );
    check(
        "The vote is near. Park said the access was restored (by Monday).",
        &[q(
            Indirect,
            "the access was restored (by Monday)",
            "Park",
            "say",
        )],
    );
    // A parenthesis around the whole sentence is no part of the content.
    check(
        "The vote is near. (Park said the access was restored.)",
        &[q(Indirect, "the access was restored", "Park", "say")],
    );
}

#[test]
fn a_closing_phrase_summing_up_the_report_is_the_writers() {
    check(
        "The vote is near. Park said the new levy would cut every family’s bills, a claim the agency disputes.",
        &[q(
            Indirect,
            "the new levy would cut every family’s bills",
            "Park",
            "say",
        )],
    );
    check(
        "The vote is near. Park said the plant would cut 300 jobs, a loss rivaling that of the closures under Roe.",
        &[q(Indirect, "the plant would cut 300 jobs", "Park", "say")],
    );
    // The last items of a list stay.
    check(
        "The vote is near. Park cited her work for the council, a school and an animal shelter.",
        &[q(
            Indirect,
            "her work for the council, a school and an animal shelter",
            "Park",
            "cite",
        )],
    );
    // So does a relative clause on a name closing the report.
    check(
        "The vote is near. Park said she had met with Jo Roe, who runs the bank.",
        &[q(Indirect, "she had met with Jo Roe", "Park", "say")],
    );
    // So does an appositive of a name, which the writer adds; a clause
    // after the comma stays.
    check(
        "The vote is near. Park said she had met with Jo Roe, a lawyer from Ohio.",
        &[q(Indirect, "she had met with Jo Roe", "Park", "say")],
    );
    check(
        "The vote is near. Park said that to be clear about it, a levy would be paid.",
        &[q(
            Indirect,
            "that to be clear about it, a levy would be paid",
            "Park",
            "say",
        )],
    );
}

#[test]
fn a_report_in_a_relative_clause_of_the_subject_ends_at_the_main_verb() {
    check(
        "The vote is near. Voters who said the economy was the top issue backed Roe.",
        &[q(
            Indirect,
            "the economy was the top issue",
            "voters",
            "say",
        )],
    );
    check(
        "The vote is near. Among those who said taxes were too high, most backed Roe.",
        &[
            q(Indirect, "taxes were too high", "those", "say"),
            q(Indirect, "Roe", "most", "back"),
        ],
    );
    check(
        "The vote is near. Even those who have sketched out paths for Park acknowledge that they are slender.",
        &[q(Indirect, "that they are slender", "those", "acknowledge")],
    );
    // A verb inside the report, or one in the passive, goes on.
    check(
        "The vote is near. Voters who said the plan was drafted by Roe were angry.",
        &[q(Indirect, "the plan was drafted by Roe", "voters", "say")],
    );
    // A verb of speech after what was asked for is the sentence's.
    check(
        "The vote is near. Officials who asked for a recount said the state may step in.",
        &[
            q(Indirect, "a recount", "officials", "ask"),
            q(Indirect, "the state may step in", "officials", "say"),
        ],
    );
}

#[test]
fn participles_after_a_dash_or_opening_with_a_conjunction() {
    check(
        "The vote is near. Park changed her pick on the spot – saying she was rooting for Ohio.",
        &[q(Indirect, "she was rooting for Ohio", "Park", "say")],
    );
    check(
        "The vote is near. Since announcing Roe as her running mate, Park has risen in the polls.",
        &[q(Indirect, "Roe as her running mate", "Park", "announce")],
    );
    check(
        "The vote is near. By claiming the dam would fail, Park angered the engineers.",
        &[q(Indirect, "the dam would fail", "Park", "claim")],
    );
}

#[test]
fn a_report_inside_parentheses_stays_inside_them() {
    check(
        "The vote is near. Her ratings (at one point as low as 19 percent, Roe says) hurt the campaign.",
        &[q(
            Indirect,
            "at one point as low as 19 percent",
            "Roe",
            "say",
        )],
    );
    // A source vouching inside them vouches for their clause alone.
    check(
        "The vote is near. Rural towns (90 percent of voters there are white, according to the census) lean right.",
        &[q(
            Indirect,
            "90 percent of voters there are white",
            "census",
            "according to",
        )],
    );
}

#[test]
fn adjectives_of_belief_and_making_it_clear() {
    check(
        "The vote is near. Park remains very confident that the levy will pass.",
        &[q(Indirect, "that the levy will pass", "Park", "confident")],
    );
    check(
        "The vote is near. I am sure that the levy will pass.",
        &[q(Indirect, "that the levy will pass", "I", "sure")],
    );
    check(
        "The vote is near. Park has made it abundantly clear that the levy will pass.",
        &[q(Indirect, "that the levy will pass", "Park", "make clear")],
    );
    // A certainty may take its clause without `that`, and come away with
    // its holder.
    check(
        "The vote is near. Not everyone is convinced the levy will pass.",
        &[q(Indirect, "the levy will pass", "everyone", "convinced")],
    );
    check(
        "The vote is near. Park came away convinced that the levy will pass.",
        &[q(Indirect, "that the levy will pass", "Park", "convinced")],
    );
    check("The vote is near. Park left the hall convinced.", &[]);
    check("The vote is near. Park is sure of it.", &[]);
    // Not an adjective before a noun, nor `made it` to a place.
    check(
        "The vote is near. A confident Park spoke at the rally.",
        &[],
    );
    check("The vote is near. Park made it to the finals in Ohio.", &[]);
}

#[test]
fn nouns_of_speech_and_belief_made_by_the_subject() {
    // An adjective may stand between the verb and the noun made.
    check(
        "The vote is near. Park gave firm assurances that the levy would pass.",
        &[q(Indirect, "that the levy would pass", "Park", "assurance")],
    );
    // A possessor insists; in a phrase opening the sentence, the clause
    // ends at the comma before the main clause.
    check(
        "Despite Park’s continued insistence that she was a bystander, she was charged.",
        &[q(
            Indirect,
            "that she was a bystander",
            "Park",
            "insistence",
        )],
    );
    check(
        "The vote is near. Park made the case that the levy should be cut.",
        &[q(Indirect, "that the levy should be cut", "Park", "case")],
    );
    check(
        "The vote is near. Park is making an urgent case that the levy should be cut.",
        &[q(Indirect, "that the levy should be cut", "Park", "case")],
    );
    check(
        "The vote is near. Park has been making the argument that it failed.",
        &[q(Indirect, "that it failed", "Park", "argument")],
    );
    // Opening the sentence, the clause ends at its comma.
    check(
        "The vote is near. When Park made the point that the levy failed, Roe objected.",
        &[q(Indirect, "that the levy failed", "Park", "point")],
    );
    check(
        "The vote is near. Several senators raised concerns that the levy would fail.",
        &[q(
            Indirect,
            "that the levy would fail",
            "Several senators",
            "concern",
        )],
    );
    // The claim dismissed is someone else's; one in a subject names no
    // one making it, and its clause ends before the sentence's verb.
    check(
        "The vote is near. Park dismissed the claim that the levy would fail.",
        &[q(
            Indirect,
            "the claim that the levy would fail",
            "Park",
            "dismiss",
        )],
    );
    check(
        "The vote is near. The claim that the levy would fail is false.",
        &[unnamed("that the levy would fail", "claim")],
    );
}

#[test]
fn charges_with_a_clause_after_a_subject_is_a_verb() {
    check(
        "The vote is near. Park charges that the levy was rigged.",
        &[q(
            QuoteKind::Indirect,
            "that the levy was rigged",
            "Park",
            "charge",
        )],
    );
}

#[test]
fn topics_of_questions_criticism_calls_and_worries_raised_by_no_one_named() {
    check(
        "The vote is near. The audit revives questions about the mayor's use of email.",
        &[unnamed("the mayor's use of email", "question")],
    );
    check(
        "The vote is near. Park resigned after months of criticism over the levy.",
        &[unnamed("the levy", "criticism")],
    );
    check(
        "The vote is near. The stock fell amid concerns about an inquiry.",
        &[unnamed("an inquiry", "concern")],
    );
    // In a phrase opening the sentence, the topic ends before the main
    // clause, which reports on its own.
    check(
        "The vote is near. Despite calls for a recount, Park said the count was fair.",
        &[
            unnamed("a recount", "call"),
            q(Indirect, "the count was fair", "Park", "say"),
        ],
    );
    // Also when the phrase closes on a quotation.
    check(
        "The vote is near. To a question on the “levy,” Park said the count was fair.",
        &[
            Expect {
                kind: Mixed,
                text: "the “levy,”",
                speaker: None,
                cue: Some("question"),
                resolved: None,
            },
            q(Indirect, "the count was fair", "Park", "say"),
        ],
    );
    // Raised by someone named, the topic is theirs.
    check(
        "The vote is near. Park raised questions about the levy.",
        &[q(Indirect, "the levy", "Park", "question")],
    );
    // Not a plan put in doubt.
    check(
        "The vote is near. The levy was thrown into question on Monday by the court.",
        &[],
    );
    // Not a call made by phone, nor a question of degree.
    check("The vote is near. Park made calls to voters all day.", &[]);
}

#[test]
fn nouns_of_speech_and_belief_with_no_one_named_report_with_no_speaker() {
    check(
        "The vote is near. The levy drew complaints that it was too high.",
        &[unnamed("that it was too high", "complaint")],
    );
    check(
        "The vote is near. Amid allegations that he lied, the mayor resigned.",
        &[unnamed("that he lied", "allegation")],
    );
    // In an opening phrase, a comma before a name ends it too.
    check(
        "The vote is near. Amid allegations that he lied, Park quit.",
        &[unnamed("that he lied", "allegation")],
    );
    // The object of a verb in -s, not a verb itself.
    check(
        "The vote is near. He faces charges that he lied.",
        &[unnamed("that he lied", "charge")],
    );
    check(
        "The vote is near. There is wide agreement that the levy failed.",
        &[unnamed("that the levy failed", "agreement")],
    );
    check(
        "The vote is near. The plan rests on the assumption that prices will fall.",
        &[Expect {
            kind: QuoteKind::Indirect,
            text: "that prices will fall",
            speaker: None,
            cue: Some("assumption"),
            resolved: None,
        }],
    );
    // Not a relative clause, a feeling or a piece of knowledge.
    check(
        "The vote is near. The claims that were made are false.",
        &[],
    );
    check(
        "The vote is near. Fears that the levy would fail grew.",
        &[],
    );
    check(
        "The vote is near. The idea that the levy would fail is odd.",
        &[],
    );
    check(
        "The vote is near. There is evidence that the levy failed.",
        &[],
    );
}

#[test]
fn reminding_reassuring_and_notifying_report_to_someone() {
    check(
        "The vote is near. Park reminded voters that the levy had failed twice.",
        &[q(
            Indirect,
            "that the levy had failed twice",
            "Park",
            "remind",
        )],
    );
    check(
        "The vote is near. Park reassured donors on Monday that the levy would pass.",
        &[q(Indirect, "that the levy would pass", "Park", "reassure")],
    );
}

#[test]
fn a_possessors_view_or_message_is_that_clause() {
    check(
        "The vote is near. The mayor’s message was that the levy would pass.",
        &[q(Indirect, "that the levy would pass", "mayor", "message")],
    );
    check(
        "The vote is near. Park’s most pointed claim is that the levy is a “tax grab.”",
        &[q(Mixed, "that the levy is a “tax grab.”", "Park", "claim")],
    );
    check(
        "The vote is near. The problem is that the levy failed.",
        &[],
    );
}

#[test]
fn the_one_quoted_as_saying() {
    check(
        "The vote is near. The mayor was later quoted as saying the levy would fail.",
        &[q(Indirect, "the levy would fail", "mayor", "say")],
    );
    // Quoted by someone: the one quoted still speaks, not the paper.
    check(
        "The vote is near. The mayor was quoted by the Farm Gazette as saying the levy would fail.",
        &[q(Indirect, "the levy would fail", "mayor", "say")],
    );
    check(
        "The vote is near. The remark was quoted by the Farm Gazette.",
        &[q(Indirect, "The remark", "Farm Gazette", "quote")],
    );
}

#[test]
fn as_tags_after_a_conjunction_and_participles_after_while_also() {
    check(
        "The vote is near. And as Roe noted, the levy could still be repealed.",
        &[q(
            Indirect,
            "the levy could still be repealed",
            "Roe",
            "note",
        )],
    );
    check(
        "The vote is near. Park smiled, while also saying that she expects to win.",
        &[q(Indirect, "that she expects to win", "Park", "say")],
    );
}

#[test]
fn a_participle_with_its_own_clause_after_a_scare_quote_reports_that_clause() {
    check(
        "The vote is near. Park delivered a defense of “river values,” saying the city embodied the “grit of the valley.”",
        &[q(
            Mixed,
            "the city embodied the “grit of the valley.”",
            "Park",
            "say",
        )],
    );
    check(
        "The vote is near. Park delivered a defense of “river values,” saying the city embodied grit.",
        &[q(Indirect, "the city embodied grit", "Park", "say")],
    );
}

#[test]
fn thanking_welcoming_invoking_requesting_and_encouraging() {
    check(
        "The vote is near. Park thanked voters for their patience.",
        &[q(Indirect, "voters for their patience", "Park", "thank")],
    );
    check(
        "The vote is near. Park encouraged voters to stay home.",
        &[q(Indirect, "voters to stay home", "Park", "encourage")],
    );
    check(
        "The vote is near. Park requested a recount of the ballots.",
        &[q(Indirect, "a recount of the ballots", "Park", "request")],
    );
    // Nouns, not cues.
    check("The vote is near. Thanks to Park, the levy passed.", &[]);
    check("The vote is near. The request went to the board.", &[]);
}

#[test]
fn ordering_and_voicing() {
    check(
        "The vote is near. The judge ordered the county to release the ballots.",
        &[q(
            Indirect,
            "the county to release the ballots",
            "judge",
            "order",
        )],
    );
    check(
        "The vote is near. Several senators voiced support for the levy.",
        &[q(Indirect, "the levy", "Several senators", "voice")],
    );
    check("The vote is near. The ballots arrived in order.", &[]);
}

#[test]
fn clarifying_outlining_implying_and_remembering() {
    check(
        "The vote is near. Park later clarified that the levy would end in May.",
        &[q(
            Indirect,
            "that the levy would end in May",
            "Park",
            "clarify",
        )],
    );
    check(
        "The vote is near. Park outlined a plan to cut the levy.",
        &[q(Indirect, "a plan to cut the levy", "Park", "outline")],
    );
    check(
        "The vote is near. Park remembered that the levy had failed before.",
        &[q(
            Indirect,
            "that the levy had failed before",
            "Park",
            "remember",
        )],
    );
}

#[test]
fn brushing_off_laying_out_and_pushing_back() {
    check(
        "The vote is near. Park brushed off questions about the levy.",
        &[q(Indirect, "questions about the levy", "Park", "brush off")],
    );
    check(
        "The vote is near. Park laid out a plan to cut the levy.",
        &[q(Indirect, "a plan to cut the levy", "Park", "lay out")],
    );
}

#[test]
fn ruling_out_walking_back_doubling_down_and_commenting_on() {
    check(
        "The vote is near. Park has not ruled out a run for governor.",
        &[q(Indirect, "a run for governor", "Park", "rule out")],
    );
    check(
        "The vote is near. Park walked back her claim that the vote was rigged.",
        &[q(
            Indirect,
            "her claim that the vote was rigged",
            "Park",
            "walk back",
        )],
    );
    check(
        "The vote is near. Park doubled down on her claim that the vote was rigged.",
        &[q(
            Indirect,
            "her claim that the vote was rigged",
            "Park",
            "double down",
        )],
    );
    check(
        "The vote is near. Park would not comment on whether she would run.",
        &[q(Indirect, "whether she would run", "Park", "comment")],
    );
    check("The vote is near. They walked back to the car.", &[]);
}

#[test]
fn coming_out_against_and_pushing_for() {
    check(
        "The vote is near. Park came out against the levy on Monday.",
        &[q(Indirect, "the levy on Monday", "Park", "come out")],
    );
    check(
        "The vote is near. Park pushed for a recount of the ballots.",
        &[q(Indirect, "a recount of the ballots", "Park", "push for")],
    );
    check("The vote is near. The results came out on Monday.", &[]);
}

#[test]
fn a_report_in_the_passive_gives_way_to_the_verb_it_reports() {
    check(
        "The vote is near. Park is reported to have called the levy “a raid on savers.”",
        &[q(Mixed, "the levy “a raid on savers.”", "Park", "call")],
    );
    check(
        "The vote is near. Park is said to have told aides that the levy would fail.",
        &[q(Indirect, "that the levy would fail", "Park", "tell")],
    );
}

#[test]
fn every_prefix_of_a_text_of_nouns_infinitives_and_parentheses_is_analysed() {
    // Cut anywhere, the new constructions must not read past the text.
    let text = "Park’s campaign issued a statement saying it was over (at one \
                point 19 percent, Roe says), and voters who said taxes rose \
                backed Ruiz. The mayor’s most pointed claim is that Ann is sure \
                that Park made the case that, as Roe noted, many of them were \
                led to say: it is said to have called it “a sham,” saying \
                nothing, a claim few share";
    let pipeline = Pipeline::new();
    for (end, _) in text.char_indices() {
        let prefix = &text[..end];
        let analysis = pipeline.analyse(Document::new("t", prefix));
        for quote in &analysis.quotes {
            assert!(quote.span.end <= prefix.len(), "{prefix}");
        }
    }
}

#[test]
fn a_relative_clause_holding_a_quotation_ends_at_its_comma() {
    check(
        "The vote is near. Park, who called the levy “a disaster,” said she would vote no.",
        &[
            q(Mixed, "the levy “a disaster,”", "Park", "call"),
            q(Indirect, "she would vote no", "Park", "say"),
        ],
    );
    check(
        "The vote is near. Park, who called the levy “a disaster” in May, said she would vote no.",
        &[
            q(Mixed, "the levy “a disaster” in May", "Park", "call"),
            q(Indirect, "she would vote no", "Park", "say"),
        ],
    );
}

#[test]
fn the_possessor_of_a_message_before_a_colon_speaks() {
    check(
        "The vote is near. Park’s message: “We will win.”",
        &[q(Direct, "We will win.", "Park", ":")],
    );
    // Described before the colon, the message is still the possessor's.
    check(
        "The vote is near. Park’s message was clear: “We will win.”",
        &[q(Direct, "We will win.", "Park", ":")],
    );
    check(
        "The vote is near. The message was clear: “We will win.”",
        &[],
    );
}

#[test]
fn an_adverbial_of_manner_between_the_person_told_and_that() {
    check(
        "The vote is near. Park told the committee under oath that the levy would pass.",
        &[q(Indirect, "that the levy would pass", "Park", "tell")],
    );
}

#[test]
fn how_it_was_said_is_no_part_of_the_report() {
    check(
        "The vote is near. Park wondered aloud whether the levy could pass.",
        &[q(Indirect, "whether the levy could pass", "Park", "wonder")],
    );
    check(
        "The vote is near. Park said privately the levy could pass.",
        &[q(Indirect, "the levy could pass", "Park", "say")],
    );
}

#[test]
fn a_group_of_speakers_where_it_is() {
    check(
        "The vote is near. Officials in both parties said the levy would fail.",
        &[q(
            Indirect,
            "the levy would fail",
            "officials in both parties",
            "say",
        )],
    );
}

#[test]
fn a_set_phrase_between_the_subject_and_its_verb() {
    for text in [
        "The vote is near. Park in the end said the levy would fail.",
        "The vote is near. Park at the time said the levy would fail.",
        "The vote is near. Park for her part said the levy would fail.",
    ] {
        check(text, &[q(Indirect, "the levy would fail", "Park", "say")]);
    }
}

#[test]
fn an_aside_set_off_between_the_cue_and_that() {
    check(
        "The vote is near. Park said — on the radio, as it happens — that the levy would fail.",
        &[q(Indirect, "that the levy would fail", "Park", "say")],
    );
    check(
        "The vote is near. Park can now say, with some relief, that the levy failed.",
        &[q(Indirect, "that the levy failed", "Park", "say")],
    );
    // A comma not closing an aside before `that` opens no report.
    check(
        "The vote is near. Park said, in the statement that aides sent, nothing new.",
        &[],
    );
}

#[test]
fn an_adverbial_of_manner_or_measure_between_the_cue_and_its_clause() {
    check(
        "The vote is near. Voters say by a wide margin that the levy is too high.",
        &[q(Indirect, "that the levy is too high", "voters", "say")],
    );
    check(
        "The vote is near. Park would not say for certain whether she had won.",
        &[q(Indirect, "whether she had won", "Park", "say")],
    );
    check(
        "The vote is near. Park said with a smile that the levy would pass.",
        &[q(Indirect, "that the levy would pass", "Park", "say")],
    );
    // The agent of a passive speaks, not its subject.
    check(
        "The vote is near. Park was told by aides that the levy would pass.",
        &[],
    );
}

#[test]
fn adverbs_between_the_auxiliary_and_a_progressive_cue() {
    check(
        "The vote is near. Park is once again questioning the count.",
        &[q(Indirect, "the count", "Park", "question")],
    );
    check(
        "The vote is near. Voters are definitely not backing the levy.",
        &[q(Indirect, "the levy", "voters", "back")],
    );
    // A floating quantifier too.
    check(
        "The vote is near. Park and Roe are both calling for a recount.",
        &[q(Indirect, "a recount", "Park and Roe", "call")],
    );
}

#[test]
fn voting_in_favor_of() {
    check(
        "The vote is near. The senators voted in favor of the levy.",
        &[q(Indirect, "the levy", "senators", "vote")],
    );
}

#[test]
fn a_noun_like_cue_as_the_infinitive_of_a_verb_of_continuing() {
    check(
        "The vote is near. Park continued to question whether Roe was eligible.",
        &[q(Indirect, "whether Roe was eligible", "Park", "question")],
    );
    // After `to` alone, still a noun or a purpose.
    check("The vote is near. Park came to question time late.", &[]);
}

#[test]
fn an_intention_in_the_negative() {
    check(
        "The vote is near. Park decided not to file a complaint.",
        &[q(Indirect, "not to file a complaint", "Park", "decide")],
    );
}

#[test]
fn a_singular_speaker_with_a_belief_in_a_noun_form() {
    // `hopes`, `fears` may be nouns; after a speaker and before a clause
    // they are the speaker's verb.
    check(
        "The vote is near. The president hopes the council will relent.",
        &[q(Indirect, "the council will relent", "president", "hope")],
    );
    check(
        "The vote is near. The senator fears the levy would fail.",
        &[q(Indirect, "the levy would fail", "senator", "fear")],
    );
    // Not a thing's, nor a noun with no clause after it.
    check("The vote is near. The plan fears nothing.", &[]);
    check(
        "The vote is near. The senator plans the convention in May.",
        &[],
    );
}

#[test]
fn a_singular_speaker_with_an_intention() {
    check(
        "The vote is near. The candidate plans to return to Ohio on Saturday.",
        &[q(
            Indirect,
            "to return to Ohio on Saturday",
            "candidate",
            "plan",
        )],
    );
    // Words may describe the speaker noun; a thing with a noun form after
    // it is no speaker.
    check(
        "The vote is near. The Republican presidential candidate plans to return to Ohio.",
        &[q(
            Indirect,
            "to return to Ohio",
            "Republican presidential candidate",
            "plan",
        )],
    );
    check(
        "The vote is near. The overtime rule dates back to a 1938 law that set a wage.",
        &[],
    );
}

#[test]
fn a_study_by_its_author_after_the_finding() {
    check(
        "The vote is near. Students take 40 tests a year, a study by Pew found.",
        &[q(Indirect, "Students take 40 tests a year", "Pew", "find")],
    );
    // Before its finding without `that`.
    check(
        "The vote is near. A study by Pew found the nominee got more airtime.",
        &[q(Indirect, "the nominee got more airtime", "Pew", "find")],
    );
    check(
        "The vote is near. A visit by Pew found the nominee at home.",
        &[],
    );
}

#[test]
fn a_bound_before_a_number_opens_a_clause_without_that() {
    check(
        "The vote is near. Roe said at least 20 people were hurt.",
        &[q(Indirect, "at least 20 people were hurt", "Roe", "say")],
    );
    check(
        "The vote is near. The station reported at least six planes filled the sky.",
        &[q(
            Indirect,
            "at least six planes filled the sky",
            "station",
            "report",
        )],
    );
    check(
        "The vote is near. Roe said more than half of them were hurt.",
        &[q(
            Indirect,
            "more than half of them were hurt",
            "Roe",
            "say",
        )],
    );
    check(
        "The vote is near. Roe said at least once that the count was fair.",
        &[q(Indirect, "that the count was fair", "Roe", "say")],
    );
}

#[test]
fn a_participle_after_a_comma_and_adverbs() {
    check(
        "The vote is near. Park complained about the count, even suggesting it was rigged.",
        &[
            q(Indirect, "the count", "Park", "complain"),
            q(Indirect, "it was rigged", "Park", "suggest"),
        ],
    );
    check(
        "The vote is near. Park raised doubts, falsely claiming that Roe was born abroad.",
        &[q(Indirect, "that Roe was born abroad", "Park", "claim")],
    );
    // It ends the report before it, whichever side of the report its tag
    // stands, and after a dash too.
    check(
        "The vote is near. Roe said the plan failed, also noting that he expects to win.",
        &[
            q(Indirect, "the plan failed", "Roe", "say"),
            q(Indirect, "that he expects to win", "Roe", "note"),
        ],
    );
    check(
        "The vote is near. The plan failed, Roe said, also noting that he expects to win.",
        &[
            q(Indirect, "The plan failed", "Roe", "say"),
            q(Indirect, "that he expects to win", "Roe", "note"),
        ],
    );
    check(
        "The vote is near. “The plan failed,” Roe said Monday, falsely claiming that he won.",
        &[
            q(Direct, "The plan failed", "Roe", "say"),
            q(Indirect, "that he won", "Roe", "claim"),
        ],
    );
    check(
        "The vote is near. Roe said she will vote no - essentially conceding that the levy passed.",
        &[
            q(Indirect, "she will vote no", "Roe", "say"),
            q(Indirect, "that the levy passed", "Roe", "concede"),
        ],
    );
}

#[test]
fn a_quantity_alone_before_an_auxiliary() {
    check(
        "The vote is near. Some have suggested that the levy is too high.",
        &[q(Indirect, "that the levy is too high", "some", "suggest")],
    );
    // Past a time or an adverb.
    check(
        "The vote is near. Some on Sunday said the levy is too high.",
        &[q(Indirect, "the levy is too high", "some", "say")],
    );
    check(
        "The vote is near. Many also warned that the levy is too high.",
        &[q(Indirect, "that the levy is too high", "many", "warn")],
    );
    // Its verb in the past before a noun is no adjective when no other
    // verb follows (`Some warned voters that`), but `Some concerned voters
    // said` has the voters speak.
    check(
        "The vote is near. Some warned voters that the levy is too high.",
        &[q(Indirect, "that the levy is too high", "some", "warn")],
    );
    check(
        "The vote is near. Several endorsed Ruiz.",
        &[q(Indirect, "Ruiz", "Several", "endorse")],
    );
    check(
        "The vote is near. Many worried parents have said the levy is too high.",
        &[q(Indirect, "the levy is too high", "parents", "say")],
    );
    // Not in a relative clause with an auxiliary.
    check(
        "The vote is near. Park said the plan, which some have argued was cruel, is dead.",
        &[q(
            Indirect,
            "the plan, which some have argued was cruel, is dead",
            "Park",
            "say",
        )],
    );
}

#[test]
fn a_pronoun_as_the_object_of_a_stance_or_the_person_told() {
    check(
        "The vote is near. Mayor Jo Park endorsed her.",
        &[q(Indirect, "her", "Jo Park", "endorse")],
    );
    check(
        "The vote is near. Park suggested to me that the levy was too high.",
        &[q(Indirect, "that the levy was too high", "Park", "suggest")],
    );
}

#[test]
fn a_stance_not_yet_taken() {
    check(
        "The vote is near. Park has yet to endorse the levy.",
        &[q(Indirect, "the levy", "Park", "endorse")],
    );
}

#[test]
fn agreeing_with_someone_or_on_a_clause() {
    check(
        "The vote is near. The teachers’ union agrees with Park.",
        &[q(Indirect, "Park", "teachers’ union", "agree")],
    );
    check(
        "The vote is near. Roe agreed with Park that the levy was too high.",
        &[q(Indirect, "that the levy was too high", "Roe", "agree")],
    );
    // A contrast ends what is agreed with.
    check(
        "The vote is near. Voters agreed with much of the plan, but the levy failed.",
        &[q(Indirect, "much of the plan", "voters", "agree")],
    );
}

#[test]
fn worrying_that_or_about() {
    check(
        "The vote is near. Officials were worried that the levy would fail.",
        &[q(
            Indirect,
            "that the levy would fail",
            "officials",
            "worry",
        )],
    );
    check(
        "The vote is near. Park has long worried about the levy.",
        &[q(Indirect, "the levy", "Park", "worry")],
    );
    // The main verb after the participle's object is no part of it.
    check(
        "The vote is near. Voters worried about the levy were angry.",
        &[q(Indirect, "the levy", "voters", "worry")],
    );
}

#[test]
fn a_belief_joined_to_a_stance_of_the_same_subject() {
    check(
        "The vote is near. Park backs the plan, but believes the levy is too high.",
        &[
            q(Indirect, "the plan", "Park", "back"),
            q(Indirect, "the levy is too high", "Park", "believe"),
        ],
    );
}

#[test]
fn a_clause_whose_subject_has_prepositional_phrases() {
    check(
        "The vote is near. Aides felt her anger in the last debate was a mistake.",
        &[q(
            Indirect,
            "her anger in the last debate was a mistake",
            "aides",
            "feel",
        )],
    );
}

#[test]
fn adjectives_of_stance_with_their_object() {
    check(
        "The vote is near. Graham has been critical of the plan.",
        &[q(Indirect, "the plan", "Graham", "critical")],
    );
    check(
        "The vote is near. Analysts are concerned about an escalation.",
        &[q(Indirect, "an escalation", "analysts", "concerned")],
    );
    check(
        "The vote is near. Some backers are concerned that the levy could fail.",
        &[q(
            Indirect,
            "that the levy could fail",
            "some backers",
            "concerned",
        )],
    );
    // Before a noun, an adjective reports nothing.
    check(
        "The vote is near. A critical vote of the council is due.",
        &[],
    );
    // Feelings about something: its object, or a clause.
    check(
        "The vote is near. Many growers were outraged by the new levy.",
        &[q(Indirect, "the new levy", "many growers", "outraged")],
    );
    check(
        "The vote is near. Park grew increasingly wary of the council.",
        &[q(Indirect, "the council", "Park", "wary")],
    );
    check(
        "The vote is near. Park was clearly unhappy with the way the count went.",
        &[q(Indirect, "the way the count went", "Park", "unhappy")],
    );
    check(
        "The vote is near. The growers are frustrated that the council raised the levy.",
        &[q(
            Indirect,
            "that the council raised the levy",
            "growers",
            "frustrated",
        )],
    );
    check(
        "The vote is near. Park is hostile to the levy.",
        &[q(Indirect, "the levy", "Park", "hostile")],
    );
    // Awareness, as a feeling is.
    check(
        "The vote is near. The growers are well aware of the risks.",
        &[q(Indirect, "the risks", "growers", "aware")],
    );
    // Openness on something, or the want of it.
    check(
        "The vote is near. The council kept mum about the timing.",
        &[q(Indirect, "the timing", "council", "mum")],
    );
    check(
        "The vote is near. Park has been cagey about where she stands.",
        &[q(Indirect, "where she stands", "Park", "cagey")],
    );
    // Interest in something.
    check(
        "The vote is near. Park is more interested in the levy than the budget.",
        &[q(
            Indirect,
            "the levy than the budget",
            "Park",
            "interested",
        )],
    );
    // Opinion divided on a question.
    check(
        "The vote is near. The growers are split on whether the levy should pass.",
        &[q(
            Indirect,
            "whether the levy should pass",
            "growers",
            "split",
        )],
    );
    check("The vote is near. The money was divided on Tuesday.", &[]);
    // Adjectives joined to the one linked, and linking verbs of change.
    check(
        "The vote is near. Many members were surprised and dismayed at the loss of the depot.",
        &[q(
            Indirect,
            "the loss of the depot",
            "many members",
            "dismayed",
        )],
    );
    check(
        "The vote is near. Voters are getting far more leery about the loans.",
        &[q(Indirect, "the loans", "voters", "leery")],
    );
    // Before a noun, or with an infinitive, a feeling reports nothing.
    check(
        "The vote is near. The angry growers met the mayor on Tuesday.",
        &[],
    );
    check(
        "The vote is near. Park was happy to see the levy fall.",
        &[],
    );
}

#[test]
fn a_phrase_of_stance_is_the_clause_subjects() {
    check(
        "The vote is near. Roe has long been a voice in the Senate in support of the levy.",
        &[q(Indirect, "the levy", "Roe", "in support of")],
    );
    check(
        "The vote is near. Parents kept their children home in protest of the tests.",
        &[q(Indirect, "the tests", "parents", "in protest of")],
    );
    // Opposition after `be`; not the law's.
    check(
        "The vote is near. Park is firmly against the levy.",
        &[q(Indirect, "the levy", "Park", "against")],
    );
    check("The vote is near. Dumping is against the law.", &[]);
    // Attention turned to something; not to a time.
    check(
        "The vote is near. The growers turned their attention to the levy.",
        &[q(Indirect, "the levy", "growers", "attention to")],
    );
    check("The vote is near. We must pay attention to now.", &[]);
    // With no verb before it in its clause, nobody takes the stance.
    check(
        "The vote is near. The odds in favor of the levy have risen.",
        &[],
    );
}

#[test]
fn a_list_of_people_each_with_a_report_ends_the_object_before_the_next() {
    check(
        "In the crowd were farmers who were angry about the levy, growers who said it was unfair.",
        &[
            q(Indirect, "the levy", "farmers", "angry"),
            q(Indirect, "it was unfair", "growers", "say"),
        ],
    );
}

#[test]
fn a_topic_spoken_about() {
    check(
        "The vote is near. Park spoke briefly about the levy.",
        &[q(Indirect, "the levy", "Park", "speak about")],
    );
    check(
        "The vote is near. Park complained loudly about the levy.",
        &[q(Indirect, "the levy", "Park", "complain")],
    );
    check(
        "The vote is near. Park alluded to the levy.",
        &[q(Indirect, "the levy", "Park", "allude")],
    );
    // Reactions of feeling with their object.
    check(
        "The vote is near. Park bristled at the levy.",
        &[q(Indirect, "the levy", "Park", "bristle")],
    );
    check(
        "The vote is near. Roe agonized over the choice.",
        &[q(Indirect, "the choice", "Roe", "agonize")],
    );
    check(
        "The vote is near. Park has spoken out in favor of the levy.",
        &[q(Indirect, "the levy", "Park", "speak out")],
    );
}

#[test]
fn confiding_intimating_positing_concurring() {
    check(
        "The vote is near. Park confided to her aides that the levy would fail.",
        &[q(Indirect, "that the levy would fail", "Park", "confide")],
    );
    check(
        "The vote is near. Park has intimated that the levy would fail.",
        &[q(Indirect, "that the levy would fail", "Park", "intimate")],
    );
    // Without `that`, an adjective: `an intimate dinner`.
    check(
        "The vote is near. Park and Roe shared an intimate dinner on Monday.",
        &[],
    );
}

#[test]
fn an_object_pronoun_made_to_speak_and_verbs_of_effort() {
    check(
        "The vote is near. The win led her to declare that the levy was safe.",
        &[q(Indirect, "that the levy was safe", "her", "declare")],
    );
    check(
        "The vote is near. Park has struggled to explain why the levy failed.",
        &[q(Indirect, "why the levy failed", "Park", "explain")],
    );
    check(
        "The vote is near. Park used to say that the levy was too high.",
        &[q(Indirect, "that the levy was too high", "Park", "say")],
    );
}

#[test]
fn a_document_dated_before_its_participle() {
    check(
        "The vote is near. Park filed a lawsuit in 2013 alleging that the levy was illegal.",
        &[q(Indirect, "that the levy was illegal", "Park", "allege")],
    );
}

#[test]
fn asking_someone_about_something() {
    check(
        "The vote is near. The moderator asked Park about her ties to the firm.",
        &[q(Indirect, "her ties to the firm", "moderator", "ask")],
    );
    // Or asking about it, with nobody named.
    check(
        "The vote is near. Park asked about the levy.",
        &[q(Indirect, "the levy", "Park", "ask")],
    );
}

#[test]
fn the_object_of_a_preposition_after_a_cue() {
    check(
        "The vote is near. Park boasted of her skills as a negotiator.",
        &[q(Indirect, "her skills as a negotiator", "Park", "boast")],
    );
}

#[test]
fn choosing_and_trying_to_speak() {
    check(
        "The vote is near. Park is choosing not to respond to the charges.",
        &[q(Indirect, "the charges", "Park", "respond")],
    );
    check(
        "The vote is near. Park was trying to argue that the levy failed.",
        &[q(Indirect, "that the levy failed", "Park", "argue")],
    );
}

#[test]
fn questions_and_doubts_raised_about_a_topic() {
    check(
        "The vote is near. Park has raised questions about the count.",
        &[q(Indirect, "the count", "Park", "question")],
    );
    check(
        "The vote is near. Park raised serious doubts about the levy.",
        &[q(Indirect, "the levy", "Park", "doubt")],
    );
    // The one answering, holding or sharing them speaks on the topic;
    // the one facing them does not.
    check(
        "The vote is near. Park answered an early question about the count.",
        &[q(Indirect, "the count", "Park", "question")],
    );
    check(
        "The vote is near. The growers shared their concerns about the levy.",
        &[q(Indirect, "the levy", "growers", "concern")],
    );
    check(
        "The vote is near. Park faced questions about the count.",
        &[unnamed("the count", "question")],
    );
    // The doubts of no one named: a report with no speaker.
    check(
        "The vote is near. There are doubts about the levy.",
        &[unnamed("the levy", "doubt")],
    );
}

#[test]
fn a_stance_taken_by_its_possessor() {
    check(
        "The vote is near. Park’s endorsement of Roe came late.",
        &[q(Indirect, "Roe", "Park", "endorsement")],
    );
    // A possessive pronoun names the last person quoted.
    check(
        "The vote is near. “We won,” said Jo Park. She has toned down her criticism of Roe.",
        &[
            q(Direct, "We won", "Jo Park", "say"),
            q(Indirect, "Roe", "Jo Park", "criticism"),
        ],
    );
    // … but the subject of the verb right before it, when that subject
    // is named and agrees with it, is whom it names.
    check(
        "The vote is near. “We won,” said Jo Park. Mr. Lee kept up his criticism of Roe.",
        &[
            q(Direct, "We won", "Jo Park", "say"),
            q(Indirect, "Roe", "Lee", "criticism"),
        ],
    );
    check(
        "The vote is near. “We won,” said Jo Park. Lee has not formally withdrawn his endorsement of Roe.",
        &[
            q(Direct, "We won", "Jo Park", "say"),
            q(Indirect, "Roe", "Lee", "endorsement"),
        ],
    );
    check(
        "The vote is near. “We won,” said Jo Park. Some Republicans renewed their attacks on Roe.",
        &[
            q(Direct, "We won", "Jo Park", "say"),
            q(Indirect, "Roe", "some Republicans", "attacks"),
        ],
    );
    // (Not a preposition's object: `such as his`, `as well as his`.)
    check(
        "The vote is near. “We won,” said Jo Park. Voters liked some views, such as her criticism of Roe.",
        &[
            q(Direct, "We won", "Jo Park", "say"),
            q(Indirect, "Roe", "Jo Park", "criticism"),
        ],
    );
    // Without a possessor, no one named takes the stance.
    check(
        "The vote is near. Park quit after weeks of criticism of the levy.",
        &[unnamed("the levy", "criticism")],
    );
    // Modifiers between the possessor and the noun; the object ends
    // before the clause's own verb.
    check(
        "The vote is near. Park’s highly personal, racially tinged attacks on a judge hearing two suits against him have alarmed lawyers.",
        &[q(
            Indirect,
            "a judge hearing two suits against him",
            "Park",
            "attacks",
        )],
    );
    check(
        "The vote is near. Roe’s aggressive attack on Park indicates a new phase.",
        &[q(Indirect, "Park", "Roe", "attack")],
    );
    check(
        "The vote is near. Roe’s criticism of Park only makes them angrier.",
        &[q(Indirect, "Park", "Roe", "criticism")],
    );
    // An irregular past after the object's noun is the clause's verb,
    // but not a word after a determiner (`the left`).
    check(
        "The vote is near. Roe’s criticism of the mayor grew louder.",
        &[q(Indirect, "the mayor", "Roe", "criticism")],
    );
    check(
        "The vote is near. Roe’s criticism of the left wing grew louder.",
        &[q(Indirect, "the left wing", "Roe", "criticism")],
    );
    // Embracing, condemning, portraying, announcing and declaring.
    check(
        "The vote is near. Roe’s full embrace of the levy surprised voters.",
        &[q(Indirect, "the levy", "Roe", "embrace")],
    );
    check(
        "The vote is near. The crowd cheered Park’s announcement of a new bridge.",
        &[q(Indirect, "a new bridge", "Park", "announcement")],
    );
    check(
        "The vote is near. The announcement of a new bridge came late.",
        &[],
    );
    // `it’s` is no possessor.
    check(
        "The vote is near. It’s driving a virulent rejection of the plan.",
        &[],
    );
}

#[test]
fn a_possessors_mention_opens_after_the_verb_or_preposition_before_it() {
    for (text, mention) in [
        (
            "The vote is near. The sheriff vouched for Park’s plan to build a wall.",
            "Park’s",
        ),
        (
            "The vote is near. The crowd cheered Park’s attacks on Roe.",
            "Park’s",
        ),
        (
            "The vote is near. The loss could fuel Park’s concern that the race is rigged.",
            "Park’s",
        ),
        (
            "The vote is near. It goes to the heart of Mr. Park’s criticism of Roe.",
            "Mr. Park’s",
        ),
        (
            "The vote is near. The senator singled out Mr. Park’s criticism of Roe.",
            "Mr. Park’s",
        ),
        // (An irregular past and its particle: `took up`; before a noun
        // that is also a cue verb, `offer`.)
        (
            "The vote is near. The envoy took up Beijing’s offer to visit Ohio.",
            "Beijing’s",
        ),
        // A phrase opened by a determiner, or a title and a name, is whole.
        (
            "The vote is near. The Ohio senator’s criticism of Roe came late.",
            "The Ohio senator’s",
        ),
        (
            "The vote is near. Campaign chairman Jo Park’s criticism of Roe came late.",
            "Campaign chairman Jo Park’s",
        ),
    ] {
        assert_last_mention(text, mention);
    }
}

#[test]
fn the_subject_owning_a_possessive_pronoun_is_the_mention() {
    for (text, mention) in [
        (
            "The vote is near. Both parents stiffened their denunciation of Roe.",
            "Both parents",
        ),
        (
            "The vote is near. Lee has not formally withdrawn his endorsement of Roe.",
            "Lee",
        ),
        (
            "The vote is near. “We won,” said Jo Park. She has stepped up her attacks on Roe.",
            "She",
        ),
        // A subject that does not agree, or a preposition between, leaves
        // the pronoun.
        (
            "The vote is near. “We won,” said Jo Park. He printed her criticism of Roe.",
            "her",
        ),
        (
            "The vote is near. “We won,” said Jo Park. Voters were struck by her criticism of Roe.",
            "her",
        ),
    ] {
        assert_last_mention(text, mention);
    }
}

#[test]
fn states_counted_or_heading_a_relative_clause_are_no_cue() {
    check(
        "The vote is near. Ohio will be the fifth state that Park is suing.",
        &[],
    );
    check(
        "The vote is near. Roe could win swing states that have been loyal to Park.",
        &[],
    );
    check(
        "The vote is near. The report states that the plan failed.",
        &[q(Indirect, "that the plan failed", "report", "state")],
    );
}

#[test]
fn almost_or_nearly_before_a_verb_is_no_subject() {
    check(
        "The vote is near. The campaign learned of the deal and almost immediately disclosed it to reporters.",
        &[q(Indirect, "it to reporters", "campaign", "disclose")],
    );
    check(
        "The vote is near. Park nearly conceded that the plan failed.",
        &[q(Indirect, "that the plan failed", "Park", "concede")],
    );
}

#[test]
fn a_phrase_opened_by_like_under_or_for_is_no_participles_subject() {
    check(
        "The vote is near. Like Mr. Roe, she has courted young voters, seeking to win them over.",
        &[q(Indirect, "to win them over", "she", "seek")],
    );
    check(
        "The vote is near. For all her outreach, Park is ending her campaign by casting it as a referendum.",
        &[q(Indirect, "it as a referendum", "Park", "cast")],
    );
}

#[test]
fn people_placed_by_a_participle_or_opening_the_sentence_speak() {
    for (text, mention, name) in [
        (
            "Voters living in Ohio said the plan failed.",
            "Voters living in Ohio",
            "voters living in Ohio",
        ),
        (
            "Protesters marching through the streets chanted “No more!” and left.",
            "Protesters marching through the streets",
            "protesters marching through the streets",
        ),
        (
            "Voters across the Midwest said the plan failed.",
            "Voters across the Midwest",
            "voters across the Midwest",
        ),
    ] {
        assert_last_mention(text, mention);
        assert_eq!(speaker_names(text), [Some(name.to_string())], "{text}");
    }
}

#[test]
fn a_closing_tag_with_a_time_takes_a_clause_with_its_own_cue() {
    for text in [
        "Donors lobbied the board during her tenure, the Ledger reported last year.",
        "Donors lobbied the board during her tenure, the Ledger reported on Tuesday.",
        "Donors lobbied the board during her tenure, the Ledger reported.",
    ] {
        check(
            text,
            &[q(
                Indirect,
                "Donors lobbied the board during her tenure",
                "Ledger",
                "report",
            )],
        );
    }
}

#[test]
fn a_cue_form_after_of_is_a_noun_in_a_title() {
    assert_last_mention(
        "Former secretary of state Jo Park: “We learned that from the department.”",
        "Former secretary of state Jo Park",
    );
    assert_last_mention(
        "“We won,” said former secretary of state Jo Park.",
        "former secretary of state Jo Park",
    );
    assert_eq!(
        speaker_names("“We won,” said former secretary of state Jo Park."),
        [Some("Jo Park".to_string())]
    );
}

#[test]
fn rail_needs_its_preposition_and_a_passive_talk_reports_nothing() {
    check(
        "The vote is near. Park railed against the levy.",
        &[q(Indirect, "the levy", "Park", "rail")],
    );
    check(
        "The vote is near. The firm backs a maglev rail service in Ohio.",
        &[q(Indirect, "a maglev rail service in Ohio", "firm", "back")],
    );
    check(
        "The vote is near. These are the stories that will be talked about today.",
        &[],
    );
    check(
        "The vote is near. Park has talked about the levy.",
        &[q(Indirect, "the levy", "Park", "talk about")],
    );
    // The object of a phrasal cue's preposition ends where a stance's
    // object does: before a clause with a subject of its own.
    check(
        "The vote is near. When she talks about Roe, her message is clear.",
        &[q(Indirect, "Roe", "she", "talk about")],
    );
}

#[test]
fn a_past_after_a_relative_pronoun_is_no_speakers_word() {
    check(
        "The vote is near. Park widened the levy, a move that survived court challenges.",
        &[],
    );
}

#[test]
fn a_phrasal_cue_before_a_time_reports_nothing() {
    check("The vote is near. Park fired back after the ruling.", &[]);
    check(
        "The vote is near. Park fired back at critics.",
        &[q(Indirect, "critics", "Park", "fire back")],
    );
}

#[test]
fn a_belief_set_off_inside_its_clause() {
    check(
        "The vote is near. Her lead, her advisers believe, is safe.",
        &[q(
            Indirect,
            "Her lead, her advisers believe, is safe",
            "her advisers",
            "believe",
        )],
    );
    // The first person in speech is no tag.
    check("The vote is near. The levy, I think, is safe.", &[]);
}

#[test]
fn an_inserted_tag_after_a_relative_pronoun_reports_the_relative_clause() {
    check(
        "The vote is near. Park backed the levy, which, aides said, would raise taxes.",
        &[
            q(Indirect, "the levy", "Park", "back"),
            q(
                Indirect,
                "which, aides said, would raise taxes",
                "aides",
                "say",
            ),
        ],
    );
}

#[test]
fn comments_and_remarks_on_a_topic_are_their_possessors() {
    check(
        "The vote is near. Park's comments about the levy angered farmers.",
        &[q(Indirect, "the levy", "Park", "comments")],
    );
    check(
        "The vote is near. Her remarks on trade angered farmers.",
        &[q(Indirect, "trade", "Her", "remarks")],
    );
    // A day is no topic.
    check(
        "The vote is near. Her remarks on Tuesday drew applause.",
        &[],
    );
}

#[test]
fn a_time_alone_is_no_content() {
    check(
        "The vote is near. She would run the office Park had announced earlier.",
        &[],
    );
    check(
        "The vote is near. It was the place he proposed two months ago.",
        &[],
    );
    check(
        "The vote is near. Park announced the levy two months ago.",
        &[q(Indirect, "the levy", "Park", "announce")],
    );
}

#[test]
fn a_subordinate_clause_alone_before_a_tag_is_no_content() {
    check(
        "The vote is near. But even after the boom cooled, the borrowing continued.",
        &[],
    );
    check(
        "The vote is near. On Monday, as shares fell, Park wrote to investors.",
        &[],
    );
    // With its main clause, it is.
    check(
        "The vote is near. After Park took office she raised taxes, Roe said.",
        &[q(
            Indirect,
            "After Park took office she raised taxes",
            "Roe",
            "say",
        )],
    );
}

#[test]
fn a_closing_tag_may_name_where_it_was_said() {
    check(
        "The vote is near. Turnout fell in the county, Liu wrote on Twitter.",
        &[q(Indirect, "Turnout fell in the county", "Liu", "write")],
    );
    check(
        "The vote is near. Turnout fell in the county, Liu wrote Monday on 38 North, a blog about the region.",
        &[q(Indirect, "Turnout fell in the county", "Liu", "write")],
    );
}

#[test]
fn a_list_of_names_after_a_label_is_no_quote() {
    check(
        "The vote is near.\n\nOhio: Jo Park, Al Roe, Christopher Rants, Bo Lee and Di Wu.",
        &[],
    );
    check(
        "The vote is near.\n\nContributing: Jo Park, Al Roe and Bo Lee.",
        &[],
    );
}

#[test]
fn a_clause_joined_after_an_inverted_tag_is_not_the_speakers() {
    assert_last_mention(
        "The vote is near. The levy is fair, said Park, but her rivals disagree.",
        "Park",
    );
}

#[test]
fn at_least_opens_a_number_not_a_circumstance() {
    check(
        "The vote is near. Police reported at least 20 victims at a center that works with children.",
        &[q(
            Indirect,
            "at least 20 victims at a center that works with children",
            "police",
            "report",
        )],
    );
}

#[test]
fn a_participle_of_time_inside_the_content_is_the_contents() {
    // Opening the content, before its main clause.
    check(
        "The vote is near. Park said that after praising the crowd, the driver drove off.",
        &[q(
            Indirect,
            "that after praising the crowd, the driver drove off",
            "Park",
            "say",
        )],
    );
    // Set off after the content's subject, its verb after it.
    check(
        "The vote is near. Park said the driver, while praising the crowd, waved back.",
        &[q(
            Indirect,
            "the driver, while praising the crowd, waved back",
            "Park",
            "say",
        )],
    );
    // After the content's verb, it is the speaker's next report.
    check(
        "The vote is near. Park said the plan failed, before adding that it was costly.",
        &[
            q(Indirect, "the plan failed", "Park", "say"),
            q(Indirect, "that it was costly", "Park", "add"),
        ],
    );
}

#[test]
fn a_report_inside_a_clause_after_that_is_part_of_the_content() {
    // The content does not end on `that`.
    check(
        "The vote is near. Pence echoed claims by Roe that those who question the levy harm the city.",
        &[q(
            Indirect,
            "claims by Roe that those who question the levy harm the city",
            "Pence",
            "echo",
        )],
    );
    // A clause of contrast opening the content goes on into its main
    // clause, the subject's verb included.
    check(
        "The vote is near. Prosecutors argued that although Roe confessed, the court should be stern.",
        &[q(
            Indirect,
            "that although Roe confessed, the court should be stern",
            "prosecutors",
            "argue",
        )],
    );
    // A verb with no clause of its own after the comma is the main
    // clause's, not a closing tag.
    check(
        "The vote is near. Park said that when Roe announced the plan, the council balked.",
        &[q(
            Indirect,
            "that when Roe announced the plan, the council balked",
            "Park",
            "say",
        )],
    );
    // Unless the main clause reports a clause of its own.
    check(
        "The vote is near. Roe admitted that while the server was never central, he argued the probe needed it.",
        &[
            q(
                Indirect,
                "that while the server was never central",
                "Roe",
                "admit",
            ),
            q(Indirect, "the probe needed it", "Roe", "argue"),
        ],
    );
}

#[test]
fn a_closing_tag_with_its_setting_owns_the_clause() {
    // A verb inside the clause is the tag's speaker's to tell.
    check(
        "The vote is near. Many voters did not recognize themselves in the ad and found it offensive, Jo Park said in an interview.",
        &[
            q(
                Indirect,
                "Many voters did not recognize themselves in the ad and found it offensive",
                "Jo Park",
                "say",
            ),
            q(Indirect, "themselves in the ad", "many voters", "recognize"),
        ],
    );
    // An infinitive after a verb is no setting: the verb reports on its own.
    check(
        "The vote is near. In addition to stating that the levy was unfair, Park has vowed to repeal it.",
        &[
            q(Indirect, "that the levy was unfair", "Park", "state"),
            q(Indirect, "to repeal it", "Park", "vow"),
        ],
    );
}

#[test]
fn a_day_between_the_cue_and_its_preposition() {
    check(
        "The vote is near. Park warned Sunday against raising the levy.",
        &[q(Indirect, "raising the levy", "Park", "warn")],
    );
    check(
        "The vote is near. Park complained Monday about the referees.",
        &[q(Indirect, "the referees", "Park", "complain")],
    );
}

#[test]
fn a_role_then_the_name_of_who_holds_it() {
    check(
        "The vote is near. Park’s spokeswoman, Jo Lee, said the levy was too high.",
        &[q(Indirect, "the levy was too high", "Jo Lee", "say")],
    );
    // A name, then its role: the name still speaks.
    check(
        "The vote is near. Jo Lee, a spokeswoman for Park, said the levy was too high.",
        &[q(Indirect, "the levy was too high", "Jo Lee", "say")],
    );
}

#[test]
fn a_phrase_of_circumstance_then_a_clause_without_that() {
    check(
        "The vote is near. Park’s campaign said in a statement the levy was too high.",
        &[q(
            Indirect,
            "the levy was too high",
            "Park’s campaign",
            "say",
        )],
    );
}

#[test]
fn contrasts_after_a_closing_tag_report_apart_or_go_on() {
    check(
        "The vote is near. The economy is strong, officials said, although they said there was a risk.",
        &[
            q(Indirect, "The economy is strong", "officials", "say"),
            q(Indirect, "there was a risk", "officials", "say"),
        ],
    );
    // But a contrast with `but` is the speaker's too, unless it has its
    // own report.
    check(
        "The vote is near. The economy is strong, officials said, but the outlook is grim.",
        &[q(
            Indirect,
            "The economy is strong, officials said, but the outlook is grim",
            "officials",
            "say",
        )],
    );
    check(
        "The vote is near. The economy is strong, officials said, but critics insist that it is weak.",
        &[
            q(Indirect, "The economy is strong", "officials", "say"),
            q(Indirect, "that it is weak", "critics", "insist"),
        ],
    );
    // The clause goes on after a tag inside it.
    check(
        "The vote is near. The levy, officials said, will fail.",
        &[q(
            Indirect,
            "The levy, officials said, will fail",
            "officials",
            "say",
        )],
    );
}

#[test]
fn preferences_and_shares_of_voters() {
    check(
        "The vote is near. Most voters favor a ban.",
        &[q(Indirect, "a ban", "Most voters", "favor")],
    );
    check(
        "The vote is near. Lobbyists in general prefer not to register.",
        &[q(Indirect, "not to register", "Lobbyists", "prefer")],
    );
    check(
        "The vote is near. About 60 percent support a ban.",
        &[q(Indirect, "a ban", "60 percent", "support")],
    );
    check(
        "The vote is near. Two-thirds favor a ban.",
        &[q(Indirect, "a ban", "Two-thirds", "favor")],
    );
    // Things favour too, and a share may be an object.
    check("The vote is near. The map favors Park.", &[]);
    check("The vote is near. It was a gap that favors Park.", &[]);
    check("The vote is near. He did her a favor.", &[]);
    check(
        "The vote is near. Park won 60 percent support in Ohio.",
        &[],
    );
}

#[test]
fn a_stance_taken_by_a_participle_after_its_noun() {
    check(
        "The vote is near. Outside groups supporting Park also spent heavily.",
        &[q(Indirect, "Park", "Outside groups", "support")],
    );
    check(
        "The vote is near. It overlooks the wishes of progressives backing his bid.",
        &[q(Indirect, "his bid", "progressives", "back")],
    );
    // The clause's verb keeps its subject, not the participle's object.
    check(
        "The vote is near. Many voters supporting Clinton have said the levy is too high.",
        &[
            q(Indirect, "Clinton", "many voters", "support"),
            q(Indirect, "the levy is too high", "many voters", "say"),
        ],
    );
    // So does a cue in the present (the participle's object had run over
    // it: `Clinton want the levy to pass`).
    check(
        "The vote is near. Many voters supporting Clinton want the levy to pass.",
        &[
            q(Indirect, "Clinton", "many voters", "support"),
            q(Indirect, "the levy to pass", "many voters", "want"),
        ],
    );
    // A singular noun of a person, too: the speaker is not the object.
    check(
        "The vote is near. One voter supporting Ruiz said he had made calls.",
        &[
            q(Indirect, "Ruiz", "One voter", "support"),
            q(Indirect, "he had made calls", "One voter", "say"),
        ],
    );
    // A pronoun for people takes the stance as well.
    check(
        "The count is final. Anyone questioning the count can read the report.",
        &[q(Indirect, "the count", "Anyone", "question")],
    );
    // An adjective, not a stance.
    check(
        "The vote is near. Park’s aides played a supporting role.",
        &[],
    );
}

#[test]
fn a_speech_participle_after_the_people_who_speak() {
    // `voters saying …`: those who say it, before a clause.
    check(
        "The vote is near. The poll left most voters saying the levy is too high.",
        &[q(Indirect, "the levy is too high", "most voters", "say")],
    );
    check(
        "The vote is near. Park made a pitch to farmers saying that the levy hurts them.",
        &[q(Indirect, "that the levy hurts them", "farmers", "say")],
    );
    // No clause after it: no report.
    check("The vote is near. Park met the voters saying nothing.", &[]);
    check(
        "The vote is near. Park met the officials telling jokes.",
        &[],
    );
}

#[test]
fn a_stance_in_a_phrase_opening_the_sentence() {
    check(
        "The vote is near. Despite criticizing the plan, Cruz signed it.",
        &[q(Indirect, "the plan", "Cruz", "criticize")],
    );
}

#[test]
fn the_writers_evidentials_have_no_source_but_who_seems_so() {
    use QuoteKind::Indirect;
    // A thing seeming: the whole clause, with no source.
    check(
        "The vote is near. In the past week, the levy seemed to lose support.",
        &[unnamed("the levy seemed to lose support", "seem")],
    );
    check(
        "The vote is near. For Park, the result seemed a warning.",
        &[unnamed("the result seemed a warning", "seem")],
    );
    check(
        "The vote is near. It appears that the count was wrong.",
        &[unnamed("that the count was wrong", "appear")],
    );
    check(
        "The vote is near. It appears, however, that the count was wrong.",
        &[unnamed("that the count was wrong", "appear")],
    );
    // The writer's judgement of a clause after `it is`.
    check(
        "The vote is near. It is not clear whether the levy can pass.",
        &[unnamed("whether the levy can pass", "clear")],
    );
    check(
        "The vote is near. By now it should be obvious that the count was wrong.",
        &[unnamed("that the count was wrong", "obvious")],
    );
    // Not when the clause is someone's words or holds a report.
    check(
        "The vote is near. It is unclear whether the levy can pass, Park said.",
        &[q(
            Indirect,
            "It is unclear whether the levy can pass",
            "Park",
            "say",
        )],
    );
    check("The vote is near. The plan is clear.", &[]);
    // A noun of speech after the infinitive is its object.
    check(
        "The vote is near. The ledger appears to contradict comments from Ruiz.",
        &[unnamed(
            "The ledger appears to contradict comments from Ruiz",
            "appear",
        )],
    );
    // Appearing with nothing after it is showing up.
    check("The vote is near. Footage of the raid again appears.", &[]);
    check(
        "The vote is near. Aides shared the news that the count appeared flawed.",
        &[unnamed("the count appeared flawed", "appear")],
    );
    // A person or a group seeming is the source.
    check(
        "The vote is near. Voters seem to care more about the levy.",
        &[q(
            Indirect,
            "Voters seem to care more about the levy",
            "voters",
            "seem",
        )],
    );
    // A report inside the clause is the report; appearing is showing up.
    check(
        "The vote is near. The levy appears to be working, said Jo Park.",
        &[q(
            Indirect,
            "The levy appears to be working",
            "Jo Park",
            "say",
        )],
    );
    check(
        "The vote is near. Park appeared to concede that the levy failed.",
        &[q(Indirect, "that the levy failed", "Park", "concede")],
    );
    check(
        "The vote is near. Park appeared on Fox News on Sunday.",
        &[],
    );
    // A verb in the form of a cue that takes a plain object reports
    // nothing on its own: the clause seems.
    check(
        "The vote is near. The mayor's tone often seems to encourage anger.",
        &[unnamed(
            "The mayor's tone often seems to encourage anger",
            "seem",
        )],
    );
    check(
        "The vote is near. The use of coal appears to have declined 3 percent.",
        &[unnamed(
            "The use of coal appears to have declined 3 percent",
            "appear",
        )],
    );
    // The clause ends before a clause joined with its own subject, or a
    // participle set off by a comma.
    check(
        "The vote is near. The levy seemed doomed, and the mayor left.",
        &[unnamed("The levy seemed doomed", "seem")],
    );
    check(
        "The vote is near. Park seemed lost, applauding along with the crowd.",
        &[q(Indirect, "Park seemed lost", "Park", "seem")],
    );
    // A verb of a relative clause inside the clause is part of it.
    check(
        "The vote is near. The levy seemed to be a part of the plan that Park routinely rails against.",
        &[unnamed(
            "The levy seemed to be a part of the plan that Park routinely rails against",
            "seem",
        )],
    );
    // So does a cue with nothing after it to report.
    check(
        "The vote is near. Voters seem to agree.",
        &[q(Indirect, "Voters seem to agree", "voters", "seem")],
    );
    // A later verb with a subject of its own reports inside the clause,
    // which still seems.
    check(
        "The vote is near. That would seem unlikely, given that records indicate the plant is closing.",
        &[
            unnamed(
                "That would seem unlikely, given that records indicate the plant is closing",
                "seem",
            ),
            q(Indirect, "the plant is closing", "records", "indicate"),
        ],
    );
    // Speech by someone unnamed.
    check(
        "The vote is near. The council is reportedly planning a recount.",
        &[unnamed(
            "The council is reportedly planning a recount",
            "report",
        )],
    );
    check(
        "The vote is near. Park reportedly told aides that the levy failed.",
        &[q(Indirect, "that the levy failed", "Park", "tell")],
    );
    check(
        "The vote is near. Park sounded tired.",
        &[q(Indirect, "Park sounded tired", "Park", "sound")],
    );
    // How something looks, judged, but not looking at it.
    check(
        "The vote is near. Park looks much weaker than her rivals.",
        &[q(
            Indirect,
            "Park looks much weaker than her rivals",
            "Park",
            "look",
        )],
    );
    check(
        "The vote is near. That looks unlikely.",
        &[unnamed("That looks unlikely", "look")],
    );
    check("The vote is near. Park looked at the numbers.", &[]);
    // Evidentials are marked, and left out with beliefs.
    let text = "The vote is near. The levy seems doomed.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    assert_eq!(
        analysis.quotes[0].cue.as_ref().map(|cue| cue.kind),
        Some(CueKind::Evidential)
    );
    let speech_only = Pipeline::new().with_attribution(AttributionOptions { beliefs: false });
    check_with(&speech_only, text, &[]);
    // So are beliefs in the passive; reports in the passive stay.
    check_with(
        &speech_only,
        "The vote is near. The levy is considered a long shot.",
        &[],
    );
    check_with(
        &speech_only,
        "The vote is near. The mayor is said to be tired.",
        &[unnamed("The mayor is said to be tired", "say")],
    );
}

#[test]
fn a_past_of_wanting_after_a_speaker_is_its_verb() {
    check(
        "The vote is near. Party leaders hoped the meeting would heal the rift.",
        &[q(
            Indirect,
            "the meeting would heal the rift",
            "Party leaders",
            "hope",
        )],
    );
    // After a thing it is a participle.
    check(
        "The vote is near. The rules intended to curb fraud failed.",
        &[],
    );
}

#[test]
fn continuing_and_pledged_delegates_are_no_tags() {
    check(
        "The vote is near. On the stage, Jo Park continues to lead the field.",
        &[],
    );
    check(
        "The vote is near. The plan is dead, Park continued.",
        &[q(Indirect, "The plan is dead", "Park", "continue")],
    );
    check(
        "The vote is near. Park holds a large pledged delegate lead over Roe.",
        &[],
    );
}

#[test]
fn reputations_known_as_or_for_have_no_source() {
    check(
        "The vote is near. Park won the contests known as Super Tuesday.",
        &[unnamed("the contests known as Super Tuesday", "known as")],
    );
    check(
        "The vote is near. The levy, also known as the mill tax, failed.",
        &[unnamed("The levy, also known as the mill tax", "known as")],
    );
    check(
        "The vote is near. The levy, originally and still widely known as the mill tax, failed.",
        &[unnamed(
            "The levy, originally and still widely known as the mill tax",
            "known as",
        )],
    );
    check(
        "The vote is near. The mill is a place known to be unsafe.",
        &[unnamed("a place known to be unsafe", "known to be")],
    );
    check(
        "The vote is near. Jo Park is best known for her tax plan.",
        &[unnamed(
            "Jo Park is best known for her tax plan",
            "known for",
        )],
    );
}

#[test]
fn a_relative_clause_closing_the_sentence_is_the_writers() {
    check(
        "The vote is near. Park said the levy would fail, which angered voters.",
        &[q(Indirect, "the levy would fail", "Park", "say")],
    );
    // Set off inside the clause, it stays.
    check(
        "The vote is near. Park said the levy, which funds schools, would fail.",
        &[q(
            Indirect,
            "the levy, which funds schools, would fail",
            "Park",
            "say",
        )],
    );
}

#[test]
fn the_preposition_before_an_object_is_no_content() {
    check(
        "The vote is near. Park railed against the new levy.",
        &[q(Indirect, "the new levy", "Park", "rail")],
    );
    // `about` before a number is part of it.
    check(
        "The vote is near. According to the poll, about 60 percent back the levy.",
        &[
            q(
                Indirect,
                "about 60 percent back the levy",
                "poll",
                "according to",
            ),
            q(Indirect, "the levy", "60 percent", "back"),
        ],
    );
}

#[test]
fn polling_heads_its_subject_without_a_determiner() {
    check(
        "The vote is near. Exit polling showed that Park won every county.",
        &[q(
            Indirect,
            "that Park won every county",
            "Exit polling",
            "show",
        )],
    );
}

#[test]
fn a_place_between_be_and_the_participle() {
    check(
        "The vote is near. Park was in New York saying the levy had failed.",
        &[q(Indirect, "the levy had failed", "Park", "say")],
    );
}

#[test]
fn a_group_where_it_is_is_named_by_the_group() {
    check(
        "The vote is near. Many voters in Iowa said the levy was too high.",
        &[q(
            Indirect,
            "the levy was too high",
            "many voters in Iowa",
            "say",
        )],
    );
}

#[test]
fn adverbs_of_time_inside_the_verb_group() {
    check(
        "The vote is near. Ruiz has since stressed that the levy was fair.",
        &[q(Indirect, "that the levy was fair", "Ruiz", "stress")],
    );
    check(
        "The vote is near. Its backers can no longer claim that the levy is fair.",
        &[q(Indirect, "that the levy is fair", "Its backers", "claim")],
    );
    // `since` opening a clause is no adverb of the verb.
    check(
        "The vote is near. Since Ruiz said the levy was fair, voters have fled.",
        &[q(Indirect, "the levy was fair", "Ruiz", "say")],
    );
    check(
        "The vote is near. A longer claim was filed against the levy.",
        &[],
    );
}

#[test]
fn an_adverbial_between_the_cue_and_its_infinitive() {
    check(
        "The vote is near. The council decided after a long debate not to raise the levy.",
        &[q(Indirect, "not to raise the levy", "council", "decide")],
    );
    check(
        "The vote is near. The agency has declined for years to name its donors.",
        &[q(Indirect, "to name its donors", "agency", "decline")],
    );
}

#[test]
fn two_modifiers_of_one_speaker_head() {
    check(
        "The vote is near. The levy failed, state and federal officials said.",
        &[q(
            Indirect,
            "The levy failed",
            "state and federal officials",
            "say",
        )],
    );
    check(
        "The vote is near. The money came from shell firms, court and campaign records show.",
        &[q(
            Indirect,
            "The money came from shell firms",
            "court and campaign records",
            "show",
        )],
    );
    // Two reports joined by `and`, the second with a share as subject.
    check(
        "The vote is near. Most voters said the levy was fair and 40 percent said it was too high.",
        &[
            q(Indirect, "the levy was fair", "Most voters", "say"),
            q(Indirect, "it was too high", "40 percent", "say"),
        ],
    );
}

#[test]
fn an_addressee_with_party_and_state_or_a_list() {
    check(
        "The vote is near. Ruiz called on Gov. Ann Roe (D-Ore.) to resign over the levy.",
        &[q(
            Indirect,
            "Gov. Ann Roe (D-Ore.) to resign over the levy",
            "Ruiz",
            "call",
        )],
    );
    check(
        "The vote is near. Ruiz called on Roe, Park and Lee to resign.",
        &[q(Indirect, "Roe, Park and Lee to resign", "Ruiz", "call")],
    );
}

#[test]
fn a_belief_answered_with_so() {
    check(
        "The vote is near. Ruiz apparently thinks so, too.",
        &[q(Indirect, "so", "Ruiz", "think")],
    );
    check(
        "The vote is near. Is the levy fair? Ruiz doesn't think so.",
        &[q(Indirect, "so", "Ruiz", "think")],
    );
    check(
        "The vote is near. Park said so, too.",
        &[q(Indirect, "so", "Park", "say")],
    );
    // When or where the answer was given is the writer's.
    check(
        "The vote is near. Half of the voters said so in December.",
        &[q(Indirect, "so", "Half of the voters", "say")],
    );
    check(
        "The vote is near. Park said yes on Monday.",
        &[q(Indirect, "yes", "Park", "say")],
    );
}

#[test]
fn announcements_and_complaints_report_their_object_however_short() {
    check(
        "The vote is near. Ruiz announced his resignation on Monday.",
        &[q(Indirect, "his resignation", "Ruiz", "announce")],
    );
    check(
        "The vote is near. Ruiz decried the levy.",
        &[q(Indirect, "the levy", "Ruiz", "decry")],
    );
    check(
        "The vote is near. Ruiz expressed support for the levy.",
        &[q(Indirect, "the levy", "Ruiz", "express")],
    );
}

#[test]
fn echoes_and_highlights_need_a_speaker() {
    check(
        "The vote is near. Ruiz echoed the mayor's warning.",
        &[q(Indirect, "the mayor's warning", "Ruiz", "echo")],
    );
    check(
        "The vote is near. Ruiz highlighted the cost of the levy.",
        &[q(Indirect, "the cost of the levy", "Ruiz", "highlight")],
    );
    check("The vote is near. The fight echoes an earlier one.", &[]);
    check(
        "The vote is near. The ruling highlighted the cost of the levy.",
        &[],
    );
}

#[test]
fn a_relative_clause_after_an_object_reports_on_its_own() {
    check(
        "The vote is near. Ruiz echoed Roe, who told reporters that the levy was “a trap.”",
        &[
            q(Indirect, "Roe", "Ruiz", "echo"),
            q(Mixed, "that the levy was “a trap.”", "Roe", "tell"),
        ],
    );
    check(
        "The vote is near. Ruiz criticized Roe, who told reporters that the levy was fair.",
        &[
            q(Indirect, "Roe", "Ruiz", "criticize"),
            q(Indirect, "that the levy was fair", "Roe", "tell"),
        ],
    );
}

#[test]
fn challenges_lists_signals_and_what_is_ignored() {
    check(
        "The vote is near. Ruiz challenged the count in court.",
        &[q(Indirect, "the count in court", "Ruiz", "challenge")],
    );
    check(
        "The vote is near. Ruiz listed her reasons for leaving.",
        &[q(Indirect, "her reasons for leaving", "Ruiz", "list")],
    );
    check(
        "The vote is near. Ruiz has signaled that she may run.",
        &[q(Indirect, "that she may run", "Ruiz", "signal")],
    );
    check(
        "The vote is near. Ruiz ignored the warning.",
        &[q(Indirect, "the warning", "Ruiz", "ignore")],
    );
    check("The vote is near. The shift signals a change.", &[]);
    check("The vote is near. The plan ignored the poor.", &[]);
}

#[test]
fn approvals_persuasion_and_judgements() {
    check(
        "The vote is near. The council approved the levy on Monday.",
        &[q(Indirect, "the levy", "council", "approve")],
    );
    check(
        "The vote is near. Ruiz persuaded Roe to drop the levy.",
        &[q(Indirect, "Roe to drop the levy", "Ruiz", "persuade")],
    );
    // Judgements and realizations are beliefs.
    check(
        "The vote is near. The agency deemed the emails classified.",
        &[q(Indirect, "the emails classified", "agency", "deem")],
    );
    check(
        "The vote is near. Ruiz recognized that the levy had failed.",
        &[q(Indirect, "that the levy had failed", "Ruiz", "recognize")],
    );
}

#[test]
fn an_aside_between_the_cue_and_that_keeps_the_outer_speaker() {
    check(
        "The vote is near. Roe said, in an email, that he did not approve the “ugly” ads.",
        &[q(
            Mixed,
            "in an email, that he did not approve the “ugly” ads",
            "Roe",
            "say",
        )],
    );
    // An aside after an adverbial.
    check(
        "The vote is near. Roe said on CNN, where he is a paid contributor, that Park should resign.",
        &[q(Indirect, "that Park should resign", "Roe", "say")],
    );
}

#[test]
fn a_stance_or_report_in_the_passive_with_its_agent() {
    check(
        "The vote is near. The levy was criticized by Democrats.",
        &[q(Indirect, "The levy", "Democrats", "criticize")],
    );
    check(
        "The vote is near. Roe's move was first reported by The Gazette.",
        &[q(Indirect, "Roe's move", "Gazette", "report")],
    );
    check(
        "The vote is near. Park sent an email, which was first reported by the Gazette.",
        &[q(Indirect, "which", "Gazette", "report")],
    );
    // A future in the past or with `going to` is the verb's.
    check(
        "The vote is near. The report was to be released by the board on Monday.",
        &[q(Indirect, "The report", "board", "release")],
    );
    check(
        "The vote is near. The levy is going to be criticized by Democrats.",
        &[q(Indirect, "The levy", "Democrats", "criticize")],
    );
    // Not without an agent, nor an expectation's agent.
    check("The vote is near. The levy was criticized.", &[]);
    check("The vote is near. The delay was expected by the crew.", &[]);
}

#[test]
fn a_verb_whose_present_is_mostly_a_noun_reports_in_its_past() {
    check(
        "The vote is near. Ruiz credited Roe with saving the levy.",
        &[q(Indirect, "Roe with saving the levy", "Ruiz", "credit")],
    );
    check("The vote is near. The tax credits were cut.", &[]);
}

#[test]
fn an_inverted_closing_tag_ends_the_content_before_it() {
    check(
        "The vote is near. Park offers a reminder of the stakes, said Robert Shapiro, a professor.",
        &[q(
            Indirect,
            "Park offers a reminder of the stakes",
            "Robert Shapiro",
            "say",
        )],
    );
    // A closing tag reports the writer's hedge before it.
    check(
        "The vote is near. The levy appears to be working, Park said.",
        &[q(Indirect, "The levy appears to be working", "Park", "say")],
    );
}

#[test]
fn adjectives_of_intention_with_an_infinitive() {
    check(
        "The vote is near. Park is eager to leave the race.",
        &[q(Indirect, "to leave the race", "Park", "eager")],
    );
    check(
        "The vote is near. Park was reluctant to say more.",
        &[q(Indirect, "to say more", "Park", "reluctant")],
    );
    check("The vote is near. The eager crowd cheered.", &[]);
    // `determined to` is an intention; `determined that`, a finding; and
    // `determined to be`, a finding in the passive.
    check(
        "The vote is near. Park is determined to win the seat.",
        &[q(Indirect, "to win the seat", "Park", "determined")],
    );
    check(
        "The vote is near. Park is determined not to lose the seat.",
        &[q(Indirect, "not to lose the seat", "Park", "determined")],
    );
    check(
        "The vote is near. The board determined that the levy was lawful.",
        &[q(
            Indirect,
            "that the levy was lawful",
            "board",
            "determine",
        )],
    );
    check(
        "The vote is near. The fire was determined to be arson.",
        &[],
    );
}

#[test]
fn a_title_closing_a_tags_adverbials_reports_nothing() {
    check(
        "The vote is near. Roe was close to Ruiz while the race was open, Park said on Monday on MSNBC’s “Morning Joe.”",
        &[q(
            Indirect,
            "Roe was close to Ruiz while the race was open",
            "Park",
            "say",
        )],
    );
    // A tag with nothing after it but when and where reports nothing.
    check(
        "The vote is near. Park said Wednesday on MSNBC’s “Morning Joe.”",
        &[],
    );
    check(
        "The vote is near. Park insisted Thursday during a tour of news shows.",
        &[],
    );
    // Nor is a title before the clause reported (`said on “…” that`).
    check(
        "The vote is near. Park said Sunday on NBC’s “Meet the Press” that she would run.",
        &[q(Indirect, "that she would run", "Park", "say")],
    );
    // A title opening the sentence is no quotation before a tag.
    check(
        "The vote is near. In an interview on CBS’s “Face the Nation,” Park said the levy would fail.",
        &[q(Indirect, "the levy would fail", "Park", "say")],
    );
    // A clause before the title is reported with it.
    check(
        "The vote is near. Park said the plan was “Dead On Arrival.”",
        &[q(Mixed, "the plan was “Dead On Arrival.”", "Park", "say")],
    );
}

#[test]
fn taking_issue_aim_and_credit() {
    check(
        "The vote is near. Park took issue with the forecast of a deficit.",
        &[q(
            Indirect,
            "the forecast of a deficit",
            "Park",
            "take issue with",
        )],
    );
    check(
        "The vote is near. Roe takes aim at the levy in a new ad.",
        &[q(Indirect, "the levy in a new ad", "Roe", "take aim at")],
    );
    check(
        "The vote is near. Park took credit for the deal.",
        &[q(Indirect, "the deal", "Park", "take credit for")],
    );
    check("The vote is near. Park took the issue to court.", &[]);
    // Offense taken, a shot taken, note taken, no secret made.
    check(
        "The vote is near. Roe also took a shot at Park’s backers.",
        &[q(Indirect, "Park’s backers", "Roe", "take shots at")],
    );
    check(
        "The vote is near. Park took offense at claims that she lied.",
        &[q(
            Indirect,
            "claims that she lied",
            "Park",
            "take offense at",
        )],
    );
    check(
        "The vote is near. The paper took note of the mayor’s record.",
        &[q(Indirect, "the mayor’s record", "paper", "take note of")],
    );
    check(
        "The vote is near. Park has made no secret of her doubts about the levy.",
        &[q(
            Indirect,
            "her doubts about the levy",
            "Park",
            "make no secret",
        )],
    );
    check("The vote is near. Park made a secret of it.", &[]);
}

#[test]
fn calling_out_someone() {
    check(
        "The vote is near. Park called out her rival Roe for the delay.",
        &[q(Indirect, "her rival Roe for the delay", "Park", "call")],
    );
    // `in the past` between the subject and its verb.
    check(
        "The vote is near. Park in the past has called out Roe by name.",
        &[q(Indirect, "Roe by name", "Park", "call")],
    );
    check("The vote is near. The guard called out.", &[]);
    // A name alone is the one called out.
    check(
        "The vote is near. Park called out Roe.",
        &[q(Indirect, "Roe", "Park", "call")],
    );
}

#[test]
fn things_demanding_report_nothing_but_documents_speak() {
    check(
        "The vote is near. Roe said the rise in prices demands that the council act.",
        &[q(
            Indirect,
            "the rise in prices demands that the council act",
            "Roe",
            "say",
        )],
    );
    check(
        "The vote is near. The letter demanded that the council act.",
        &[q(Indirect, "that the council act", "letter", "demand")],
    );
}

#[test]
fn mocking_and_castigating_someone_for_something() {
    check(
        "The vote is near. Park mocked Roe for the delay.",
        &[q(Indirect, "Roe for the delay", "Park", "mock")],
    );
    check(
        "The vote is near. Park castigated Roe for the delay.",
        &[q(Indirect, "Roe for the delay", "Park", "castigate")],
    );
    // Mocking takes a stance on its object, reason given or not.
    check(
        "The vote is near. Park mocked the levy.",
        &[q(Indirect, "the levy", "Park", "mock")],
    );
}

#[test]
fn a_participle_after_while_reports_for_the_clause_subject() {
    check(
        "The vote is near. Park praised the levy while warning that it came late.",
        &[
            q(Indirect, "the levy", "Park", "praise"),
            q(Indirect, "that it came late", "Park", "warn"),
        ],
    );
    // Inside a relative clause set off by commas, it ends at the clause's
    // verb, whose subject is the relative pronoun's antecedent.
    check(
        "The vote is near. Park, who struggled while talking about the levy, made no comment on the vote.",
        &[
            q(Indirect, "the levy", "Park", "talk about"),
            q(Indirect, "the vote", "Park", "comment"),
        ],
    );
}

#[test]
fn a_speaker_noun_in_er_before_a_cue_form_in_s_is_its_subject() {
    check(
        "The vote is near. The lawyer notes that the levy failed.",
        &[q(Indirect, "that the levy failed", "lawyer", "note")],
    );
    check(
        "The vote is near. The paper notes the council monitors 20 sites.",
        &[q(
            Indirect,
            "the council monitors 20 sites",
            "paper",
            "note",
        )],
    );
}

#[test]
fn an_opening_participle_before_a_subject_and_adverbs() {
    check(
        "The vote is near. After suggesting that he regretted it, Park only occasionally spoke.",
        &[q(Indirect, "that he regretted it", "Park", "suggest")],
    );
}

#[test]
fn a_belief_whose_content_a_relative_pronoun_opens() {
    check(
        "The vote is near. Park backs the levy, which he believes will pass in May.",
        &[
            q(Indirect, "the levy", "Park", "back"),
            q(
                Indirect,
                "which he believes will pass in May",
                "Park",
                "believe",
            ),
        ],
    );
    // A subject of several words; a form that is also a noun.
    check(
        "The vote is near. The city needs what most economists think is a tax.",
        &[q(
            Indirect,
            "what most economists think is a tax",
            "most economists",
            "think",
        )],
    );
    check(
        "The vote is near. Roe paid what Park thought was a fair price.",
        &[q(
            Indirect,
            "what Park thought was a fair price",
            "Park",
            "think",
        )],
    );
    check(
        "The vote is near. It is a levy which Park estimates will raise millions.",
        &[q(
            Indirect,
            "which Park estimates will raise millions",
            "Park",
            "estimate",
        )],
    );
    // A noun before its verb, with no relative pronoun, is no belief.
    check("The vote is near. Trump support is strong in Ohio.", &[]);
    check(
        "The vote is near. It is the plan which Trump support has made possible.",
        &[],
    );
}

#[test]
fn each_before_a_participle_leaves_it_to_the_clause_subject() {
    check(
        "The vote is near. Park and Roe sparred on Monday, each touting their own record on the levy.",
        &[q(
            Indirect,
            "their own record on the levy",
            "Park and Roe",
            "tout",
        )],
    );
}

#[test]
fn reminding_someone_of_something() {
    check(
        "The vote is near. In her post, Park reminded Roe of the cost of the last levy.",
        &[q(
            Indirect,
            "Roe of the cost of the last levy",
            "Park",
            "remind",
        )],
    );
    // A common noun addressed ends at `of` as well.
    check(
        "Park reminded voters of the cost of the last levy.",
        &[q(
            Indirect,
            "voters of the cost of the last levy",
            "Park",
            "remind",
        )],
    );
    // (Not inside a phrase before the clause warned of.)
    check(
        "Park warned members of the council that the levy would fail.",
        &[q(Indirect, "that the levy would fail", "Park", "warn")],
    );
}

#[test]
fn a_publication_speaks_through_a_participle() {
    check(
        "The vote is near. The publication has been outspoken, arguing the levy is “a fraud.”",
        &[q(Mixed, "the levy is “a fraud.”", "publication", "argue")],
    );
}

#[test]
fn quoting_someone_as_saying() {
    check(
        "The vote is near. The Gazette quoted an aide, Jo Park, as saying that the levy was dead.",
        &[q(
            Indirect,
            "an aide, Jo Park, as saying that the levy was dead",
            "Gazette",
            "quote",
        )],
    );
    // Quoting a text is no report.
    check("The vote is near. Park quoted the Bible at length.", &[]);
}

#[test]
fn said_to_someone_somewhere_that() {
    check(
        "The vote is near. Roe said to a crowd in Des Moines that the levy was dead.",
        &[q(Indirect, "that the levy was dead", "Roe", "say")],
    );
}

#[test]
fn apologies_report_what_they_are_for() {
    check(
        "The vote is near. Roe apologized for the remark.",
        &[q(Indirect, "the remark", "Roe", "apologize")],
    );
    check(
        "The vote is near. Roe apologized to her supporters and to Park for the remark.",
        &[q(Indirect, "the remark", "Roe", "apologize")],
    );
    check(
        "The vote is near. Roe apologized to the staff for the remark.",
        &[q(Indirect, "the remark", "Roe", "apologize")],
    );
    check("The vote is near. Roe apologized to Park.", &[]);
}

#[test]
fn a_clause_of_time_with_a_report_of_its_own_ends_a_tag() {
    check(
        "“We will fight,” Park said in May after the mill announced it would close.",
        &[
            q(Direct, "We will fight", "Park", "say"),
            q(Indirect, "it would close", "mill", "announce"),
        ],
    );
    check(
        "“We will fight,” Park said in May after the mill closed.",
        &[q(Direct, "We will fight", "Park", "say")],
    );
}

#[test]
fn a_clause_ending_in_a_day_is_no_opening_time_phrase() {
    // The subject of a participle after `left Monday,` is the sentence's.
    check(
        "The vote is near. Park left Monday, saying that the bank would close.",
        &[q(Indirect, "that the bank would close", "Park", "say")],
    );
    // An opening time phrase is still passed over.
    check(
        "The vote is near. Sunday morning, Park spoke, saying that the bank would close.",
        &[q(Indirect, "that the bank would close", "Park", "say")],
    );
}

#[test]
fn a_second_report_joined_by_and_ends_the_first() {
    check(
        "The vote is near. Roe continued to criticize the plan and said that she would leave.",
        &[
            q(Indirect, "the plan", "Roe", "criticize"),
            q(Indirect, "that she would leave", "Roe", "say"),
        ],
    );
    check(
        "The vote is near. Officials believe the plan failed and have been calling on Congress to act.",
        &[
            q(Indirect, "the plan failed", "officials", "believe"),
            q(Indirect, "Congress to act", "officials", "call"),
        ],
    );
    check(
        "The vote is near. Officials say the plan failed and are now calling on Congress to act.",
        &[
            q(Indirect, "the plan failed", "officials", "say"),
            q(Indirect, "Congress to act", "officials", "call"),
        ],
    );
    // A verb in another tense goes on with what was reported.
    check(
        "The vote is near. Police say the man fled and refused to stop.",
        &[q(
            Indirect,
            "the man fled and refused to stop",
            "police",
            "say",
        )],
    );
}

#[test]
fn a_time_before_a_clause_without_that_is_no_content() {
    check(
        "The vote is near. Park said Tuesday the plan failed.",
        &[q(Indirect, "the plan failed", "Park", "say")],
    );
    check(
        "The vote is near. Park said in a statement the plan failed.",
        &[q(Indirect, "the plan failed", "Park", "say")],
    );
    check(
        "The vote is near. Park has argued for years that the plan failed.",
        &[q(Indirect, "that the plan failed", "Park", "argue")],
    );
    // Where it was said, closing the content, is the writer's; a phrase
    // that is the content's own stays.
    check(
        "The vote is near. Park criticized the levy in an interview with the Post on Sunday.",
        &[q(Indirect, "the levy", "Park", "criticize")],
    );
    // (A debate over something is a topic, not where it was said.)
    check(
        "The vote is near. Park declined to speak out on the debate over taxes.",
        &[q(
            Indirect,
            "to speak out on the debate over taxes",
            "Park",
            "decline",
        )],
    );
    check(
        "The vote is near. Park said the plan would cut spending on television ads.",
        &[q(
            Indirect,
            "the plan would cut spending on television ads",
            "Park",
            "say",
        )],
    );
    // `that` before a time is its determiner, not the clause's opening.
    check(
        "The vote is near. Park said that night the plan failed.",
        &[q(Indirect, "the plan failed", "Park", "say")],
    );
    check(
        "The vote is near. Park announced that same day that the levy would go.",
        &[q(Indirect, "that the levy would go", "Park", "announce")],
    );
    check(
        "The vote is near. Park said that time was running out.",
        &[q(Indirect, "that time was running out", "Park", "say")],
    );
    // Nor before an object: a day, a venue or a name, then a determiner.
    check(
        "The vote is near. Police announced on Friday the arrest of a man.",
        &[q(Indirect, "the arrest of a man", "police", "announce")],
    );
    check(
        "The vote is near. Park noted on Twitter the change in the slogan.",
        &[q(Indirect, "the change in the slogan", "Park", "note")],
    );
}

#[test]
fn what_the_writer_is_told_by_no_one_named() {
    check(
        "The vote is near. I'm told Ryan considered resigning.",
        &[unnamed("Ryan considered resigning", "tell")],
    );
    check(
        "The vote is near. We are now being told that the vote was rigged.",
        &[unnamed("that the vote was rigged", "tell")],
    );
    // Told to act, the writer reports no clause.
    check("The vote is near. I was told to leave.", &[]);
}

#[test]
fn a_participle_after_a_preposition_reports_for_the_clauses_subject() {
    check(
        "The vote is near. Sanders has soared in the polls by saying that the system is rigged.",
        &[q(Indirect, "that the system is rigged", "Sanders", "say")],
    );
    check(
        "The vote is near. Ryan has been very vocal in rejecting the remarks.",
        &[q(Indirect, "the remarks", "Ryan", "reject")],
    );
    check(
        "The vote is near. Police charged the man after concluding that he had lied.",
        &[q(Indirect, "that he had lied", "police", "conclude")],
    );
    check(
        "The vote is near. Roe praised the nurses before explaining why she left.",
        &[
            q(Indirect, "the nurses", "Roe", "praise"),
            q(Indirect, "why she left", "Roe", "explain"),
        ],
    );
    // The subject of the clause the participle closes.
    check(
        "The vote is near. That is why Roe quit before announcing her run.",
        &[q(Indirect, "her run", "Roe", "announce")],
    );
    check(
        "The vote is near. Voters met the candidate who launched his campaign by declaring that the levy was a scam.",
        &[q(
            Indirect,
            "that the levy was a scam",
            "candidate",
            "declare",
        )],
    );
    // A motion is no report.
    check("The vote is near. The truck slammed into the crowd.", &[]);
}

#[test]
fn views_of_someone_and_respondents_described_by_their_polling() {
    check(
        "The vote is near. Many supporters see him as the stronger candidate.",
        &[q(
            Indirect,
            "him as the stronger candidate",
            "many supporters",
            "see",
        )],
    );
    check(
        "The vote is near. Only 19 percent of students polled support Roe.",
        &[q(
            Indirect,
            "Roe",
            "19 percent of students polled",
            "support",
        )],
    );
    check(
        "The vote is near. Right to Rise, a super PAC backing Jo Park, has been relentless.",
        &[q(Indirect, "Jo Park", "super PAC", "back")],
    );
    // A sight is no view.
    check("The vote is near. Voters saw him at the rally.", &[]);
}

#[test]
fn a_report_inside_an_aside_leaves_the_sentences_verb_its_own() {
    check(
        "The vote is near. Jo Park, a Republican who has refused to endorse Roe, said the family deserved better.",
        &[
            q(Indirect, "to endorse Roe", "Jo Park", "refuse"),
            q(Indirect, "the family deserved better", "Jo Park", "say"),
        ],
    );
    check(
        "The vote is near. Park, citing data from the bank, said that four million people live there.",
        &[
            q(Indirect, "data from the bank", "Park", "cite"),
            q(
                Indirect,
                "that four million people live there",
                "Park",
                "say",
            ),
        ],
    );
}

#[test]
fn a_second_tag_ends_an_object() {
    check(
        "The vote is near. The department has deemed the pages personal and says it will not release them.",
        &[
            q(Indirect, "the pages personal", "department", "deem"),
            q(Indirect, "it will not release them", "department", "say"),
        ],
    );
    // A noun after `and` is no tag.
    check(
        "The vote is near. Park highlighted her message of law and order.",
        &[q(
            Indirect,
            "her message of law and order",
            "Park",
            "highlight",
        )],
    );
}

#[test]
fn a_clause_after_an_aside_set_off_by_commas() {
    check(
        "The vote is near. Sources told reporters, however, that Roe did chime in.",
        &[q(Indirect, "that Roe did chime in", "sources", "tell")],
    );
    check(
        "The vote is near. Roe said, if elected, she would ask Park to help.",
        &[q(Indirect, "she would ask Park to help", "Roe", "say")],
    );
    // Only a verb of saying goes on after its aside.
    check(
        "The vote is near. The drinking continued, and four years later, Freddy was dead.",
        &[],
    );
}

#[test]
fn a_day_between_but_and_the_next_cue() {
    check(
        "The vote is near. Jo Park has been critical of Roe but on Tuesday wrote that she agreed with her.",
        &[
            q(Indirect, "Roe", "Jo Park", "critical"),
            q(Indirect, "that she agreed with her", "Jo Park", "write"),
        ],
    );
}

#[test]
fn a_closing_tag_reports_its_whole_clause_over_a_report_inside() {
    check(
        "The vote is near. Roe won the crowds with speeches and promises to cut taxes, Park said.",
        &[q(
            Indirect,
            "Roe won the crowds with speeches and promises to cut taxes",
            "Park",
            "say",
        )],
    );
}

#[test]
fn a_hint_reports_what_it_suggests() {
    check(
        "The vote is near. Park hinted that she might run.",
        &[q(Indirect, "that she might run", "Park", "hint")],
    );
}

#[test]
fn a_share_of_respondents_opens_a_report_of_its_own() {
    check(
        "The vote is near. Most voters said the economy was weak, and more than 4 in 10 said Park would handle it best.",
        &[
            q(Indirect, "the economy was weak", "Most voters", "say"),
            q(Indirect, "Park would handle it best", "4 in 10", "say"),
        ],
    );
    check(
        "The vote is near. Two in three said they were angry, and nearly three in five said they would stay home.",
        &[
            q(Indirect, "they were angry", "Two in three", "say"),
            q(Indirect, "they would stay home", "three in five", "say"),
        ],
    );
}

#[test]
fn a_headline_source_may_name_its_group_or_its_audience() {
    check(
        "Roe camp: Park’s levy threatens the city budget.\n\nThe campaign spoke on Monday.",
        &[q(
            Indirect,
            "Park’s levy threatens the city budget",
            "Roe camp",
            ":",
        )],
    );
    check(
        "Roe to Planned Parenthood: Park will cut the clinic budget.\n\nRoe spoke on Monday.",
        &[q(Indirect, "Park will cut the clinic budget", "Roe", ":")],
    );
    // A section heading names no source.
    check(
        "Success on Signature Issue: Roe cut the budget early in her term.",
        &[],
    );
}

#[test]
fn a_document_reporting_speaks_for_its_author() {
    check(
        "The vote is near. Park issued a statement announcing that she would run.",
        &[q(Indirect, "that she would run", "Park", "announce")],
    );
    check(
        "The vote is near. Park issued a statement claiming that the levy failed.",
        &[q(Indirect, "that the levy failed", "Park", "claim")],
    );
    // A stance on its object, and a clause without `that`.
    check(
        "The vote is near. Park released a statement Tuesday praising the new levy.",
        &[q(Indirect, "the new levy", "Park", "praise")],
    );
    check(
        "The vote is near. The committee released a statement confirming it will hire staff.",
        &[q(Indirect, "it will hire staff", "committee", "confirm")],
    );
    // A report or a paper speaks for whoever issued it.
    check(
        "The vote is near. Roe issued a report arguing that the levy failed.",
        &[q(Indirect, "that the levy failed", "Roe", "argue")],
    );
    // Whom it went to, or what it was about, may stand between.
    check(
        "The vote is near. Parents sent a letter to the school board urging it to reconsider.",
        &[q(Indirect, "it to reconsider", "parents", "urge")],
    );
    check(
        "The vote is near. Roe filed a sworn statement to the board on Monday saying he never voted twice.",
        &[q(Indirect, "he never voted twice", "Roe", "say")],
    );
    // Nobody issued this one: no speaker to give it.
    check(
        "The vote is near. A report defending the levy appeared on Monday.",
        &[],
    );
}

#[test]
fn a_relative_pronoun_standing_for_part_of_a_report_opens_it() {
    // The pronoun is the first part, the words after the tag the second.
    let text = "The city built a wall, which Park said the state should pay for.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let quote = &analysis.quotes[0];
    assert_eq!(
        &text[quote.span],
        "which Park said the state should pay for"
    );
    let parts: Vec<&str> = quote.parts.iter().map(|part| &text[*part]).collect();
    assert_eq!(parts, ["which", "the state should pay for"]);
    check(
        "The city fought what critics said was a losing battle.",
        &[q(
            Indirect,
            "what critics said was a losing battle",
            "critics",
            "say",
        )],
    );
    check(
        "The museum showed a painting, which Park described as “a triumph.”",
        &[q(
            Mixed,
            "which Park described as “a triumph.”",
            "Park",
            "describe",
        )],
    );
    check(
        "The crowd booed the senator, who Park dubbed “the little senator.”",
        &[q(
            Mixed,
            "who Park dubbed “the little senator.”",
            "Park",
            "dub",
        )],
    );
    // Set off by commas, the clause ends before the sentence's verb.
    check(
        "The mayor, who Park said was absent, did not vote.",
        &[q(Indirect, "who Park said was absent", "Park", "say")],
    );
    // After a preposition, the pronoun is the setting, not the content; a
    // pronoun that is the speaker is no part of it either.
    check(
        "Roe gave a speech in which Park said the plan would fail.",
        &[q(Indirect, "the plan would fail", "Park", "say")],
    );
    check(
        "The vote is near. Park, who said the plan would fail, left.",
        &[q(Indirect, "the plan would fail", "Park", "say")],
    );
}

#[test]
fn a_relative_clause_with_no_pronoun_keeps_its_noun_out_of_the_speaker() {
    // The noun the clause is on opens the report, as a pronoun would.
    let text = "The council kept a rule lawmakers said was needed.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let quote = &analysis.quotes[0];
    let parts: Vec<&str> = quote.parts.iter().map(|part| &text[*part]).collect();
    assert_eq!(parts, ["a rule", "was needed"]);
    check(
        "The council kept a rule lawmakers said was needed.",
        &[q(
            Indirect,
            "a rule lawmakers said was needed",
            "lawmakers",
            "say",
        )],
    );
    check(
        "The council hired a manager Ruiz said could fix the roads.",
        &[q(
            Indirect,
            "a manager Ruiz said could fix the roads",
            "Ruiz",
            "say",
        )],
    );
    // Opening the sentence, the word the clause is on is no part of a
    // name.
    check(
        "Everything Ruiz says is wrong with the levy.",
        &[q(
            Indirect,
            "Everything Ruiz says is wrong with the levy",
            "Ruiz",
            "say",
        )],
    );
    // A mention with no noun to set apart, or a clause with its own
    // subject, is as before.
    check(
        "The vote is near. The state lawmakers said the rule was needed.",
        &[q(Indirect, "the rule was needed", "state lawmakers", "say")],
    );
}

#[test]
fn a_short_concession_closing_a_report_is_the_writers() {
    let cases = [
        (
            "Ruiz said the party should take up the matter in July, despite the risk.",
            "the party should take up the matter in July",
        ),
        (
            "Ruiz said the party should take up the matter in July despite the risk.",
            "the party should take up the matter in July",
        ),
        // A concession as long as what comes before may be the point.
        (
            "Ruiz said she would stay, despite trailing all of her rivals in every poll.",
            "she would stay, despite trailing all of her rivals in every poll",
        ),
        // Opening the clause, it is part of what was said.
        (
            "Ruiz said that despite the risk, the party should act.",
            "that despite the risk, the party should act",
        ),
    ];
    for (text, content) in cases {
        check(text, &[q(Indirect, content, "Ruiz", "say")]);
    }
}

#[test]
fn verbs_of_attack_report_their_object_but_not_as_other_verbs() {
    let cases = [
        (
            "Park ripped the council for its delay.",
            "the council for its delay",
            "rip",
        ),
        (
            "Park knocked the council for its delay.",
            "the council for its delay",
            "knock",
        ),
        ("Park trashed the plan on Monday.", "the plan", "trash"),
        (
            "Park taunted her rivals for their losses.",
            "her rivals for their losses",
            "taunt",
        ),
    ];
    for (text, content, cue) in cases {
        check(text, &[q(Indirect, content, "Park", cue)]);
    }
    // With a particle, they are other verbs.
    for text in [
        "They are ripping off the country.",
        "Protesters ripped the banner away before the speech.",
        "Volunteers knocked on doors all over town.",
        "The win knocked both rivals out of the race.",
    ] {
        check(text, &[]);
    }
}

#[test]
fn the_preposition_after_a_phrasal_cue_names_its_target() {
    let cases = [
        ("Park lashed out at the council.", "the council", "lash out"),
        (
            "Park pushed back on the new levy.",
            "the new levy",
            "push back",
        ),
        (
            "Park fired back at her critics.",
            "her critics",
            "fire back",
        ),
    ];
    for (text, content, cue) in cases {
        check(text, &[q(Indirect, content, "Park", cue)]);
    }
}

#[test]
fn a_quotation_in_a_clause_of_the_writers_own_does_not_go_on_with_the_quote_before() {
    // The writer's clause has its own verb: the quotation is no part of
    // Park's quote.
    check(
        "Park called the plan “a disaster.” The council has not yet seen “the final text.”",
        &[q(Mixed, "the plan “a disaster.”", "Park", "call")],
    );
    // Without one, it goes on with it.
    let text = "Park called the plan “a disaster.” Worse, “it will never pass.”";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    assert_eq!(analysis.quotes.len(), 1);
    assert_eq!(analysis.quotes[0].parts.len(), 2);
}

#[test]
fn a_participle_with_an_addressee_and_that_after_a_quotation_reports_on_its_own() {
    check(
        "The group would not name “that person,” telling reporters that it is focused on “ending violence.”",
        &[q(
            Mixed,
            "that it is focused on “ending violence.”",
            "group",
            "tell",
        )],
    );
}

#[test]
fn a_programmes_title_after_the_addressee_is_no_part_of_the_content() {
    check(
        "Roe told MSNBC’s “Morning Joe” on Friday that “exactly who did it” is unclear.",
        &[q(
            Mixed,
            "that “exactly who did it” is unclear",
            "Roe",
            "tell",
        )],
    );
    check(
        "Roe told ABC’s “Good Morning America” that the plan would fail.",
        &[q(Indirect, "that the plan would fail", "Roe", "tell")],
    );
    // A name given is the content's.
    check(
        "Roe called the plan “Obamacare” that was passed in 2010.",
        &[q(
            Mixed,
            "the plan “Obamacare” that was passed in 2010",
            "Roe",
            "call",
        )],
    );
}

#[test]
fn but_with_a_new_subject_or_a_second_verb_ends_a_mixed_quote() {
    check(
        "Reid said both men are “non-entities in the Senate,” but he met with the Texan.",
        &[q(
            Mixed,
            "both men are “non-entities in the Senate,”",
            "Reid",
            "say",
        )],
    );
    check(
        "Reid said that he would offer “a prayer” for the nominee but did not name anyone.",
        &[q(
            Mixed,
            "that he would offer “a prayer” for the nominee",
            "Reid",
            "say",
        )],
    );
    // `and` with a new subject may go on with the report.
    check(
        "Reid said this was a “new” rule and we should “set one standard.”",
        &[q(
            Mixed,
            "this was a “new” rule and we should “set one standard.”",
            "Reid",
            "say",
        )],
    );
}

#[test]
fn a_phrase_summing_up_a_mixed_quote_is_the_writers() {
    // The phrase is no part of Park's quote; the denial in it is the
    // party's own report.
    check(
        "Park complained that the contest had been “rigged” against her, a charge the party denies.",
        &[
            q(
                Mixed,
                "that the contest had been “rigged” against her",
                "Park",
                "complain",
            ),
            q(Indirect, "a charge the party denies", "party", "deny"),
        ],
    );
}

#[test]
fn making_no_mention_of_something_reports_it() {
    let cases = [
        (
            "Trump made no mention of the governor.",
            "the governor",
            "Trump",
        ),
        (
            "The ad makes only passing mention of the levy.",
            "the levy",
            "ad",
        ),
    ];
    for (text, content, speaker) in cases {
        check(text, &[q(Indirect, content, speaker, "mention")]);
    }
    check("The mention of the levy drew boos.", &[]);
}

#[test]
fn criticism_received_reports_what_is_criticised() {
    let unnamed_critics = |text| Expect {
        kind: Indirect,
        text,
        speaker: None,
        cue: Some("criticism"),
        resolved: None,
    };
    check(
        "Park has faced sharp criticism for failing to fix the bridge.",
        &[unnamed_critics("failing to fix the bridge")],
    );
    check(
        "In 2009, the council came under withering criticism for its silence.",
        &[unnamed_critics("its silence")],
    );
    // The critics, when named, speak: about the topic after them, or
    // about the one criticised.
    check(
        "The mill is closing, despite facing criticism for the move from Jo Park.",
        &[q(Indirect, "the move", "Jo Park", "criticism")],
    );
    check(
        "The mill is closing, despite criticism for the move from Jo Park and Ann Roe.",
        &[],
    );
    check(
        "The mill has drawn criticism for the move from Jo Park and Ann Roe.",
        &[q(Indirect, "the move", "Jo Park and Ann Roe", "criticism")],
    );
    check(
        "The House bill has drawn criticism from local farmers as well.",
        &[q(Indirect, "The House bill", "local farmers", "criticism")],
    );
    check(
        "Park has faced criticism from rivals that her rallies are unsafe.",
        &[q(
            Indirect,
            "that her rallies are unsafe",
            "rivals",
            "criticism",
        )],
    );
    // Criticism given is no criticism received.
    check("The plan came as criticism mounted.", &[]);
    // Support received names the supporters, a proportion whole.
    check(
        "The levy drew support from farmers in the valley.",
        &[q(Indirect, "The levy", "farmers", "support")],
    );
    check(
        "Roe received support from six in 10 voters.",
        &[q(Indirect, "Roe", "six in 10 voters", "support")],
    );
    check("The team won support on Monday.", &[]);
}

#[test]
fn backing_won_or_had_names_the_backers() {
    // An endorsement won or picked up: its givers back the subject.
    check(
        "Last month, Park won the endorsement of the state's largest union.",
        &[q(Indirect, "Park", "state's largest union", "endorsement")],
    );
    check(
        "The senator picked up an endorsement from Gov. Ann Roe.",
        &[q(Indirect, "The senator", "Ann Roe", "endorsement")],
    );
    // A role, then the names of those who hold it, name the backers.
    check(
        "Park earned the backing of two of the state's mayors, Jo Lee and Al Roe.",
        &[q(Indirect, "Park", "Jo Lee and Al Roe", "backing")],
    );
    check(
        "Roe received the backing of 33% of likely voters.",
        &[q(Indirect, "Roe", "33% of likely voters", "backing")],
    );
    // Support had is backing too, but not the support had from a share.
    check(
        "The bill has the backing of many Democrats.",
        &[q(Indirect, "The bill", "many Democrats", "backing")],
    );
    check("The town has support from the state.", &[]);
}

#[test]
fn a_passive_of_backing_names_its_backers() {
    check(
        "Park was backed by nearly 6 in 10 union members.",
        &[q(Indirect, "Park", "6 in 10 union members", "back")],
    );
    check(
        "The plan is favored by most voters.",
        &[q(Indirect, "The plan", "most voters", "favor")],
    );
    // A belief in the passive with an agent is not backing.
    check("The storm was expected by forecasters.", &[]);
}

#[test]
fn remarks_made_about_something_report_it() {
    let cases = [
        (
            "Park has recently made comments about the cost of the levy.",
            "the cost of the levy",
            "Park",
            "comment",
        ),
        (
            "Roe had made a bizarre, thinly veiled attack on the plan.",
            "the plan",
            "Roe",
            "attack",
        ),
        (
            "Two survivors made an impassioned call for unity on Wednesday.",
            "unity",
            "Two survivors",
            "call",
        ),
        (
            "The mayor made the case for a new bridge.",
            "a new bridge",
            "mayor",
            "case",
        ),
        (
            "The memo made no direct reference to Jo Park.",
            "Jo Park",
            "memo",
            "reference",
        ),
    ];
    for (text, content, speaker, cue) in cases {
        check(text, &[q(Indirect, content, speaker, cue)]);
    }
    // A case is made for or against something, not on a channel; a
    // phrase of its own between the verb and the noun is no modifier.
    check("Few aides were making her case on television.", &[]);
    check("Park made a series of crude comments about them.", &[]);
}

#[test]
fn an_as_tag_set_off_after_a_clause_before_and_vouches_for_that_clause() {
    check(
        "Ruiz met the mayor that day, as the Ledger reported on Tuesday, and she will join the effort.",
        &[q(
            Indirect,
            "Ruiz met the mayor that day",
            "Ledger",
            "report",
        )],
    );
    // After an opening phrase, the clause after the tag is the content.
    check(
        "In 2010, as the Ledger reported, the firm lost money.",
        &[q(Indirect, "the firm lost money", "Ledger", "report")],
    );
}

#[test]
fn a_second_verb_after_and_and_a_time_shares_the_subject() {
    check(
        "Scott freed up funds and on Monday announced that more was being sent to Miami.",
        &[q(
            Indirect,
            "that more was being sent to Miami",
            "Scott",
            "announce",
        )],
    );
}

#[test]
fn a_second_verb_after_a_comma_and_then_shares_the_subject() {
    check(
        "Jo Park paused, then revealed why the levy had failed.",
        &[q(Indirect, "why the levy had failed", "Jo Park", "reveal")],
    );
    check(
        "The mayor laughed, then said that the bridge would open.",
        &[q(Indirect, "that the bridge would open", "mayor", "say")],
    );
    // `yet` after a comma joins like `but`.
    check(
        "Park demands transparency, yet refuses to release her records.",
        &[
            q(Indirect, "transparency", "Park", "demand"),
            q(Indirect, "to release her records", "Park", "refuse"),
        ],
    );
}

#[test]
fn a_relative_pronoun_completes_a_short_report() {
    check(
        "They proposed a weekend, which the campaign had said was unacceptable.",
        &[q(
            Indirect,
            "which the campaign had said was unacceptable",
            "campaign",
            "say",
        )],
    );
}

#[test]
fn a_feeling_expressed_is_about_what_follows_it() {
    let cases = [
        (
            "Roe expressed deep concern about the plan.",
            "the plan",
            "express",
        ),
        (
            "Roe voiced confidence that the bill would pass.",
            "that the bill would pass",
            "voice",
        ),
        (
            "Roe expressed support for a higher wage.",
            "a higher wage",
            "express",
        ),
        // Not a feeling: the whole object.
        (
            "Roe expressed the frustration of many voters.",
            "the frustration of many voters",
            "express",
        ),
    ];
    for (text, content, cue) in cases {
        check(text, &[q(Indirect, content, "Roe", cue)]);
    }
}

#[test]
fn the_particle_out_after_a_cue_is_no_part_of_its_object() {
    check(
        "Trump tweeted out his new nickname for the senator.",
        &[q(
            Indirect,
            "his new nickname for the senator",
            "Trump",
            "tweet",
        )],
    );
    check("Trump said out loud.", &[]);
}

#[test]
fn a_mixed_quote_after_against_or_about_is_the_prepositions_object() {
    check(
        "Roe railed against its “great wall of protectionism.”",
        &[q(
            Mixed,
            "its “great wall of protectionism.”",
            "Roe",
            "rail",
        )],
    );
}

#[test]
fn a_second_predicate_after_and_ends_an_object() {
    check(
        "Park praised the new law and embraced its aim of lower fees.",
        &[
            q(Indirect, "the new law", "Park", "praise"),
            q(Indirect, "its aim of lower fees", "Park", "embrace"),
        ],
    );
    // (The second verb, after a verb of seeming, takes its own stance.)
    check(
        "Roe mentioned the network five times and then seemed to blame it.",
        &[
            q(Indirect, "the network five times", "Roe", "mention"),
            q(Indirect, "it", "Roe", "blame"),
        ],
    );
    // A cue in the present after `and`, too.
    check(
        "Park opposed the levy and wants to repeal it.",
        &[
            q(Indirect, "the levy", "Park", "oppose"),
            q(Indirect, "to repeal it", "Park", "want"),
        ],
    );
    // A noun in `-s` is no verb.
    check(
        "Park criticized the cuts and raises to the budget.",
        &[q(
            Indirect,
            "the cuts and raises to the budget",
            "Park",
            "criticize",
        )],
    );
    // The noun after a participle-like word is the object's own, and so
    // is the verb of its relative clause.
    check(
        "Park praised the police and armed forces.",
        &[q(Indirect, "the police and armed forces", "Park", "praise")],
    );
    check(
        "Roe praised a man who won the seat and lost it.",
        &[q(
            Indirect,
            "a man who won the seat and lost it",
            "Roe",
            "praise",
        )],
    );
}

#[test]
fn a_headline_source_may_carry_a_title_a_venue_or_a_label() {
    check(
        "Dr. Jo Roe: The clinic budget will not last the year.\n\nRoe spoke on Monday.",
        &[q(
            Indirect,
            "The clinic budget will not last the year",
            "Jo Roe",
            ":",
        )],
    );
    check(
        "Former Mayor Roe at City Hall: Park’s levy will cut the budget.\n\nRoe spoke.",
        &[q(Indirect, "Park’s levy will cut the budget", "Roe", ":")],
    );
    check(
        "EXCLUSIVE – Jo Roe: Park’s levy will cut the budget.\n\nRoe spoke.",
        &[q(
            Indirect,
            "Park’s levy will cut the budget",
            "Jo Roe",
            ":",
        )],
    );
    // A group may end its name with a label's word.
    check(
        "Budget Watch: The city hid the clinic budget for years.\n\nThe group spoke.",
        &[q(
            Indirect,
            "The city hid the clinic budget for years",
            "Budget Watch",
            ":",
        )],
    );
    // A label, or a subhead opening with a participle, names no source.
    check(
        "Watch: The mayor walks through the new clinic in town.\n\nRoe spoke.",
        &[],
    );
    check(
        "Limited Tools to Fight Fraud: The city was set up long ago, and it grew.",
        &[],
    );
}

#[test]
fn a_question_after_the_addressee_and_a_time_or_place_is_the_content() {
    check(
        "Park told guests at the gala how she saved the old hotel.",
        &[q(Indirect, "how she saved the old hotel", "Park", "tell")],
    );
    check(
        "Roe asked voters in Salem on Monday whether they would back the levy.",
        &[q(
            Indirect,
            "whether they would back the levy",
            "Roe",
            "ask",
        )],
    );
}

#[test]
fn charging_or_ruling_reports_only_a_clause_opened_by_that() {
    check(
        "The appeals court ruled that the county must count the ballots.",
        &[q(
            Indirect,
            "that the county must count the ballots",
            "appeals court",
            "rule",
        )],
    );
    check(
        "Park charged that the levy hurt the poor.",
        &[q(Indirect, "that the levy hurt the poor", "Park", "charge")],
    );
    // A forecast in the past, its second verb joined in the past.
    check(
        "Park forecast that the mill would reopen and praised the board.",
        &[
            q(Indirect, "that the mill would reopen", "Park", "forecast"),
            q(Indirect, "the board", "Park", "praise"),
        ],
    );
    check("Park read the forecast for Ohio on the radio.", &[]);
    // In the present too, after its subject; after a determiner, the
    // noun has no speaker.
    check(
        "Critics charge that the levy hurt the poor.",
        &[q(
            Indirect,
            "that the levy hurt the poor",
            "critics",
            "charge",
        )],
    );
    check(
        "Park faced a charge that the levy hurt the poor.",
        &[unnamed("that the levy hurt the poor", "charge")],
    );
    check(
        "The inspector determined that the files held secrets.",
        &[q(
            Indirect,
            "that the files held secrets",
            "inspector",
            "determine",
        )],
    );
    check(
        "The budget office projected that the levy would raise $5 million.",
        &[q(
            Indirect,
            "that the levy would raise $5 million",
            "budget office",
            "project",
        )],
    );
    check("In 2009, the club charged a large fee.", &[]);
    check("The king ruled the country for decades.", &[]);
    check("The fire was determined to be arson.", &[]);
    check("The projected deficit grew by half.", &[]);
    // A particle makes another cue.
    check(
        "Park has ruled out a run for the seat.",
        &[q(Indirect, "a run for the seat", "Park", "rule out")],
    );
}

#[test]
fn a_hedged_time_between_subject_and_cue_is_skipped() {
    check(
        "The department less than two weeks ago said that the plan failed.",
        &[q(Indirect, "that the plan failed", "department", "say")],
    );
    check(
        "Park just a few days later said that the plan failed.",
        &[q(Indirect, "that the plan failed", "Park", "say")],
    );
}

#[test]
fn a_portrayal_reports_its_object_and_what_it_is_cast_as() {
    check(
        "Park cast her rival as a friend of the banks.",
        &[q(
            Indirect,
            "her rival as a friend of the banks",
            "Park",
            "cast",
        )],
    );
    check(
        "Roe painted the levy as a tax on the poor.",
        &[q(Indirect, "the levy as a tax on the poor", "Roe", "paint")],
    );
    check(
        "The coroner identified the driver as Jo Park.",
        &[q(Indirect, "the driver as Jo Park", "coroner", "identify")],
    );
    check(
        "Park introduced him as “a fighter for families.”",
        &[q(
            Mixed,
            "him as “a fighter for families.”",
            "Park",
            "introduce",
        )],
    );
    // Without `as`, or with `as` opening a clause, the verbs portray
    // nothing.
    check("Voters cast their ballots on Tuesday.", &[]);
    check("Voters cast their ballots early as rain fell.", &[]);
    check(
        "The visit presents a chance for Park as he runs again.",
        &[],
    );
    check("Roe painted the fence on Sunday.", &[]);
    check("Police identified the driver on Sunday.", &[]);
}

#[test]
fn a_comparison_reports_its_object_and_what_it_is_compared_to() {
    check(
        "Park compared the mayor to a coach working the referees.",
        &[q(
            Indirect,
            "the mayor to a coach working the referees",
            "Park",
            "compare",
        )],
    );
    // Figures compared, and notes, are no one's report.
    check(
        "The vote is near. Turnout rose 5 percent compared with last year.",
        &[],
    );
    check(
        "The vote is near. Roe won 45 percent, compared to 39 percent for Park.",
        &[],
    );
    check("The vote is near. The aides compared notes.", &[]);
}

#[test]
fn a_possessed_noun_of_speech_reports_its_clause_for_the_possessor() {
    check(
        "It followed Park’s assertion that the levy had failed.",
        &[q(Indirect, "that the levy had failed", "Park", "assertion")],
    );
    check(
        "Roe’s warning Monday that the dam would fail went unheeded.",
        &[q(
            Indirect,
            "that the dam would fail went unheeded",
            "Roe",
            "warning",
        )],
    );
    // One item of a list ends at its semicolon.
    check(
        "It came after Park’s assertion that the levy failed; his attack on Roe; and more.",
        &[
            q(Indirect, "that the levy failed", "Park", "assertion"),
            q(Indirect, "Roe", "Park", "attack"),
        ],
    );
    // A noun, then a verb: the supporters claim.
    check(
        "Park’s loyal supporters claim that the count was rigged.",
        &[q(
            Indirect,
            "that the count was rigged",
            "Park’s loyal supporters",
            "claim",
        )],
    );
    // A possessive pronoun is a possessor too.
    check(
        "His view is that the levy failed.",
        &[q(Indirect, "that the levy failed", "His", "view")],
    );
    // A maker of the noun speaks before its possessor.
    check(
        "Roe shared her view that the levy failed.",
        &[q(Indirect, "that the levy failed", "Roe", "view")],
    );
}

#[test]
fn but_then_a_phrase_and_a_new_subject_ends_the_content() {
    check(
        "Park said that the levy failed, but in the course of the debate she could not resist mocking it.",
        &[q(Indirect, "that the levy failed", "Park", "say")],
    );
    // The comma may sit inside the closing quotation mark.
    check(
        "Roe ruled that the claim was “true,” but in their report they added caveats.",
        &[q(Mixed, "that the claim was “true,”", "Roe", "rule")],
    );
    // `but also` goes on with the same words.
    check(
        "Park argued that his words were those of a “shock jock,” but also a “journalist.”",
        &[q(
            Mixed,
            "that his words were those of a “shock jock,” but also a “journalist.”",
            "Park",
            "argue",
        )],
    );
}

#[test]
fn a_gesture_tags_quoted_words_only() {
    check(
        "“This is fantastic!” beamed Jo Park, a delegate.",
        &[q(Direct, "This is fantastic!", "Jo Park", "beam")],
    );
    check(
        "“Thanks for coming,” she laughed.",
        &[q(Direct, "Thanks for coming", "she", "laugh")],
    );
    check("The crowd cheered for a long time, she laughed.", &[]);
    check(
        "The department shrugged off the complaints about fraud.",
        &[q(
            Indirect,
            "the complaints about fraud",
            "department",
            "shrug off",
        )],
    );
    check(
        "The department played down the risk of floods.",
        &[q(Indirect, "the risk of floods", "department", "play down")],
    );
}

#[test]
fn calling_a_meeting_to_order_reports_nothing() {
    check("Park called the meeting to order.", &[]);
    check(
        "Park called on Congress to act.",
        &[q(Indirect, "Congress to act", "Park", "call")],
    );
}

#[test]
fn a_subhead_or_a_label_quoted_alone_is_no_quote() {
    let text =
        "“We will win,” Park said on Monday.\n\n‘A change warrior.’\n\nPark was fired in 2005.";
    check(text, &[q(Direct, "We will win", "Park", "say")]);
    // So is a quoted label.
    let text = "“We will win,” Park said on Monday.\n\n“Related:”\n\nPark was fired in 2005.";
    check(text, &[q(Direct, "We will win", "Park", "say")]);
    // A paragraph quoted in double marks goes on with the quote.
    let analysis = Pipeline::new().analyse(Document::new(
        "t",
        "“We will win,” Park said on Monday.\n\n“We will win big.”\n\nPark was fired in 2005.",
    ));
    assert_eq!(analysis.quotes.len(), 1);
    assert_eq!(analysis.quotes[0].parts.len(), 2);
}

#[test]
fn a_perfect_participle_opening_the_sentence_reports_for_the_subject_after_its_comma() {
    check(
        "Having announced that he would not jail me, Judge Roe read the sentence.",
        &[q(Indirect, "that he would not jail me", "Roe", "announce")],
    );
    check("Having said that, the plan failed.", &[]);
}

#[test]
fn a_phrase_opening_the_sentence_before_a_closing_tag_is_no_content() {
    // Where or when it was said is the writer's, not what was said.
    check(
        "In an interview with the Salem Courier, Park doubled down on his attack on the judge.",
        &[q(
            Indirect,
            "his attack on the judge",
            "Park",
            "double down",
        )],
    );
    check(
        "In a statement released Thursday, Ruiz reacted to the news, saying the levy failed.",
        &[q(Indirect, "the levy failed", "Ruiz", "say")],
    );
    // Nor is a phrase of concession or time (`Despite …`, `Amid …`).
    check(
        "Despite the outrage from foreign leaders, Park has yet to apologize to the family.",
        &[],
    );
    // A clause after the phrase is what was said.
    check(
        "In Salem the levy failed, Park said.",
        &[q(Indirect, "In Salem the levy failed", "Park", "say")],
    );
    // Nor is a participle's phrase (`Speaking to …`), though a gerund
    // subject with its verb is.
    check("Speaking to voters in Salem, Park said.", &[]);
    check("Weighing in on the debate, Roe agreed.", &[]);
    check(
        "Counting votes takes time, Park said.",
        &[q(Indirect, "Counting votes takes time", "Park", "say")],
    );
    // So is a phrase set off in parentheses.
    check(
        "Her ratings (at one point as low as 19%, Roe says) hurt him.",
        &[q(Indirect, "at one point as low as 19%", "Roe", "say")],
    );
}

#[test]
fn a_joke_or_a_story_told_is_what_was_told_not_whom() {
    check(
        "On Friday, the third day of his trip, Park told a joke.",
        &[q(Indirect, "a joke", "Park", "tell")],
    );
    check(
        "The levy failed, Park told reporters.",
        &[q(Indirect, "The levy failed", "Park", "tell")],
    );
}

#[test]
fn a_subordinate_clause_after_the_cue_tells_when_not_what() {
    check("Park said Friday as he entered the talks.", &[]);
    check(
        "Park said Friday as he entered the talks that the levy failed.",
        &[q(Indirect, "that the levy failed", "Park", "say")],
    );
    check(
        "Park said Friday he would run.",
        &[q(Indirect, "he would run", "Park", "say")],
    );
}

#[test]
fn a_question_asked_after_its_subject_runs_over_asides() {
    check(
        "Ruiz was asked by moderator Jo Park whether the levy, which the council backs, would pass.",
        &[q(
            Indirect,
            "whether the levy, which the council backs, would pass",
            "Jo Park",
            "ask",
        )],
    );
    // A verb joined to a report asks for that report's speaker.
    check(
        "Park noted that the levy failed and asked whether the mayor, Jo Roe, would resign.",
        &[
            q(Indirect, "that the levy failed", "Park", "note"),
            q(
                Indirect,
                "whether the mayor, Jo Roe, would resign",
                "Park",
                "ask",
            ),
        ],
    );
    // Opening the sentence, the question ends at its comma.
    check(
        "And asked whether the levy failed, Park said it did.",
        &[
            unnamed("whether the levy failed", "ask"),
            q(Indirect, "it did", "Park", "say"),
        ],
    );
}

#[test]
fn a_dateline_is_no_part_of_what_was_said() {
    check(
        "SALEM, Ore., Dec. 11 (AP) — The levy failed, officials said.",
        &[q(Indirect, "The levy failed", "officials", "say")],
    );
    check(
        "SALEM — Park has invested in the firms he attacks, according to his filings.",
        &[
            q(
                Indirect,
                "Park has invested in the firms he attacks",
                "his filings",
                "according to",
            ),
            // (`Park` alone tells no gender, so `he` stays unresolved.)
            q(Indirect, "the firms he attacks", "he", "attack"),
        ],
    );
    // Words in lower case before the dash are no dateline.
    check(
        "US voters in my spot - the middle class - are angry, Park said.",
        &[q(
            Indirect,
            "US voters in my spot - the middle class - are angry",
            "Park",
            "say",
        )],
    );
}

#[test]
fn a_day_after_a_participle_is_no_speaker_name() {
    check(
        "The order released Friday said the levy failed.",
        &[q(
            Indirect,
            "the levy failed",
            "order released Friday",
            "say",
        )],
    );
}

#[test]
fn an_aside_of_adverbs_is_no_part_of_the_speakers_mention() {
    assert_last_mention(
        "Mr. Park, almost unilaterally, said the levy would pass.",
        "Mr. Park",
    );
    // An appositive is.
    assert_last_mention(
        "Jo Park, an aide, said the levy would pass.",
        "Jo Park, an aide",
    );
}

#[test]
fn the_possessor_of_a_stated_noun_speaks() {
    // After `be`, with its clause.
    check(
        "Ruiz’s response was that the levy is unfair to farmers.",
        &[q(
            Indirect,
            "that the levy is unfair to farmers",
            "Ruiz",
            "response",
        )],
    );
    // With adjectives between, before a colon or a quotation.
    check(
        "Park’s curt reply: “Not a chance.”",
        &[q(Direct, "Not a chance.", "Park", "reply")],
    );
    assert_last_mention("Park’s curt reply: “Not a chance.”", "Park’s");
    check(
        "Park’s response was: “Not a chance.”",
        &[q(Direct, "Not a chance.", "Park", ":")],
    );
    // A plural noun, then a verb: the noun's phrase speaks.
    assert_last_mention(
        "Park’s most loyal supporters claim that the vote was rigged.",
        "Park’s most loyal supporters",
    );
}

#[test]
fn an_adverb_opening_the_clause_is_no_part_of_the_speaker() {
    use QuoteKind::Indirect;
    check(
        "Perhaps Russia believes the plan will fail.",
        &[q(Indirect, "the plan will fail", "Russia", "believe")],
    );
    check(
        "Already Park has backed the levy.",
        &[q(Indirect, "the levy", "Park", "back")],
    );
    for (text, mention) in [
        ("Maybe Park said the plan will fail.", "Park"),
        ("But so far Park has backed the levy.", "Park"),
        ("Today Park said the plan will fail.", "Park"),
        (
            "Just 28 percent of voters say the levy should pass.",
            "28 percent of voters",
        ),
    ] {
        assert_last_mention(text, mention);
    }
}

#[test]
fn a_participle_goes_on_for_a_subject_after_an_opening_adverb() {
    check(
        "The race is close. Now Roe is doing the right things, condemning the remarks.",
        &[q(Indirect, "the remarks", "Roe", "condemn")],
    );
    check(
        "The race is close. Today Roe did the right thing - saying the plan failed.",
        &[q(Indirect, "the plan failed", "Roe", "say")],
    );
}

#[test]
fn a_time_opening_the_clause_is_no_part_of_the_speaker() {
    for (text, mention) in [
        (
            "Last week, the county clerk, Jo Park, said the count was over.",
            "the county clerk, Jo Park",
        ),
        (
            "Earlier Tuesday, her campaign manager, Jo Park, says the streak is proof.",
            "her campaign manager, Jo Park",
        ),
        ("In March, Jo Park said the count was over.", "Jo Park"),
    ] {
        assert_last_mention(text, mention);
    }
}

#[test]
fn a_passives_agents_joined_by_and_are_one_speaker() {
    assert_last_mention(
        "The levy was criticized by senior Democratic and Republican lawmakers.",
        "senior Democratic and Republican lawmakers",
    );
    // Not a clause joined after the agent.
    assert_last_mention(
        "The levy was criticized by Park and the council voted it down.",
        "Park",
    );
    // Nor the reason after it.
    assert_last_mention(
        "The mayor was criticized by some of his rivals for failing to act.",
        "some of his rivals",
    );
}

#[test]
fn a_participle_set_off_by_a_dash_reports_apart() {
    check(
        "Roe says the levy failed - noting that, by her count, it lost badly.",
        &[
            q(Indirect, "the levy failed", "Roe", "say"),
            q(Indirect, "that, by her count, it lost badly", "Roe", "note"),
        ],
    );
}

#[test]
fn but_then_a_phrase_and_it_opens_the_writers_clause() {
    check(
        "Roe says the emails were personal, but for her critics, it is a scandal.",
        &[q(Indirect, "the emails were personal", "Roe", "say")],
    );
}

#[test]
fn a_label_before_a_colon_names_no_source() {
    check(
        "PREVIOUSLY: Jo Park is selling the gun he used in the shooting.",
        &[],
    );
}

#[test]
fn a_programmes_name_may_hold_a_capitalised_determiner() {
    check(
        "“It was the first time,” CBS This Morning anchor Jo Park said.",
        &[q(Direct, "It was the first time", "Jo Park", "say")],
    );
}

#[test]
fn a_possessive_pronoun_before_a_stated_noun_speaks() {
    assert_last_mention("Park was asked. His terse reply: “Not a chance.”", "His");
}

#[test]
fn a_report_in_a_relative_clause_of_an_opening_phrase_ends_at_its_comma() {
    check(
        "In a year in which most voters say they distrust Roe, even some allies asked why the fund stayed open.",
        &[
            q(Indirect, "they distrust Roe", "most voters", "say"),
            q(Indirect, "why the fund stayed open", "some allies", "ask"),
        ],
    );
    check(
        "And in states where farmers say the tariffs hurt, the senator has kept quiet.",
        &[q(Indirect, "the tariffs hurt", "farmers", "say")],
    );
}

#[test]
fn a_pronoun_after_an_opening_phrase_without_its_comma_is_the_subject() {
    check(
        "On Sunday she canceled a rally with Park, citing the attack.",
        &[q(Indirect, "the attack", "she", "cite")],
    );
    check(
        "In his speech last week he attacked Roe, calling her a liar.",
        &[
            q(Indirect, "Roe", "he", "attack"),
            q(Indirect, "her a liar", "he", "call"),
        ],
    );
}

#[test]
fn a_focusing_adverb_before_the_subject_is_no_part_of_it() {
    check(
        "And even Park tried to help them, noting that he would demur.",
        &[q(Indirect, "that he would demur", "Park", "note")],
    );
    // Capitalised at the sentence start, it is no part of the name.
    check(
        "Only Park said the plan failed.",
        &[q(Indirect, "the plan failed", "Park", "say")],
    );
    // Before a subordinator, it opens the clause as before.
    check(
        "Even as Roe spoke, Park said the plan failed.",
        &[q(Indirect, "the plan failed", "Park", "say")],
    );
    // Nor is a correlative conjunction part of the name it opens.
    check(
        "Neither John Park nor his rivals showed any anger. “We won,” said Mr. Park.",
        &[q(Direct, "We won", "John Park", "say")],
    );
}

#[test]
fn a_participle_after_an_opening_preposition_of_several_words_reports_for_the_subject() {
    check(
        "In addition to stating that the plan failed, Roe has vowed to repeal it.",
        &[
            q(Indirect, "that the plan failed", "Roe", "state"),
            q(Indirect, "to repeal it", "Roe", "vow"),
        ],
    );
    check(
        "And in explaining why the bills had not passed, Roe blamed the gridlock.",
        &[
            q(Indirect, "why the bills had not passed", "Roe", "explain"),
            q(Indirect, "the gridlock", "Roe", "blame"),
        ],
    );
    check(
        "Prior to announcing the plan, Roe met the mayor.",
        &[q(Indirect, "the plan", "Roe", "announce")],
    );
    // An infinitive's `to` before a noun in -ing still reports nothing.
    check("The mayor went to the hearing on Monday.", &[]);
}

#[test]
fn a_stance_taken_on_someones_words_reports_them() {
    check(
        "Park praised Roe’s remarks on Thursday, but also used them to press her.",
        &[q(Indirect, "Roe’s remarks", "Park", "praise")],
    );
    check(
        "Ann Smith forcefully rejected Roe’s claim.",
        &[q(Indirect, "Roe’s claim", "Ann Smith", "reject")],
    );
}

#[test]
fn a_stance_in_the_infinitive_of_a_verb_taking_one_is_the_subjects() {
    check(
        "Rep. Tom Park used to support Ann Roe.",
        &[q(Indirect, "Ann Roe", "Tom Park", "support")],
    );
    check(
        "Older voters tended to back Roe.",
        &[q(Indirect, "Roe", "Older voters", "back")],
    );
    check(
        "That group was slightly more likely to support Roe in Ohio.",
        &[q(Indirect, "Roe in Ohio", "group", "support")],
    );
    // An infinitive of purpose is no stance of the clause's subject.
    check(
        "Federal rules forbid using campaign funds to support private ventures.",
        &[],
    );
}

#[test]
fn a_question_after_an_adverbial_of_certainty_is_reported() {
    check(
        "Park was not willing to say for certain who his running mate would be.",
        &[q(Indirect, "who his running mate would be", "Park", "say")],
    );
    // A relative clause after a noun is no question reported.
    check(
        "Roe wrote in her book about a colleague in the Senate who pinched her waist.",
        &[],
    );
}

#[test]
fn a_view_or_question_stated_after_be_reports_its_clause() {
    check(
        "The hope has been that employers would respond.",
        &[unnamed("that employers would respond", "hope")],
    );
    check(
        "The question is whether the levy will pass.",
        &[unnamed("whether the levy will pass", "question")],
    );
    // A problem is the writer's own.
    check("The problem is that the levy failed.", &[]);
}

#[test]
fn an_opinion_held_of_someone_is_the_holders() {
    check(
        "Most voters hold a favorable opinion of Park.",
        &[q(Indirect, "Park", "Most voters", "opinion")],
    );
    check(
        "She doesn't have a high opinion of Roe's advisers.",
        &[q(Indirect, "Roe's advisers", "She", "opinion")],
    );
    // Without a judgement it is no opinion (`a view of the river`).
    check("Park has a view of the river.", &[]);
}

#[test]
fn being_sure_or_unsure_reports_the_question_known() {
    check(
        "City officials aren't sure how to cut him out.",
        &[q(Indirect, "how to cut him out", "City officials", "sure")],
    );
    check(
        "Voters are unsure whether the levy will pass.",
        &[q(
            Indirect,
            "whether the levy will pass",
            "voters",
            "unsure",
        )],
    );
    // Sure of something is no question.
    check("Park is sure of it.", &[]);
}

#[test]
fn a_verb_read_as_a_noun_after_a_discourse_adverb_set_off_is_a_verb() {
    check(
        "Some Democrats, however, question the wisdom of backing Roe.",
        &[q(
            Indirect,
            "the wisdom of backing Roe",
            "some Democrats",
            "question",
        )],
    );
    // Before a verb it is still a noun.
    check(
        "The answers came late; the hearing, however, questions remain.",
        &[],
    );
}

#[test]
fn a_name_set_off_after_a_description_names_the_speaker() {
    check(
        "The plan failed, said the city spokesman, Jo Park.",
        &[q(Indirect, "The plan failed", "Jo Park", "say")],
    );
    check(
        "The F.B.I. director, James B. Comey, said the case was closed.",
        &[q(Indirect, "the case was closed", "James B. Comey", "say")],
    );
    // Later pronouns stand for the person so named.
    check(
        "Ann Roe said the plan failed. Roe’s spokeswoman, Jo Park, said she disagreed. She said it would pass.",
        &[
            q(Indirect, "the plan failed", "Ann Roe", "say"),
            q(Indirect, "she disagreed", "Jo Park", "say"),
            q(Indirect, "it would pass", "Jo Park", "say"),
        ],
    );
}

#[test]
fn a_prepositional_phrase_after_a_conjunction_names_no_new_speaker() {
    // `because of his comments`: no subject opens at `of`, so the content
    // runs on to the noun in the form of a cue.
    check(
        "Park told reporters that Roe was biased because of his immigration comments.",
        &[q(
            Indirect,
            "that Roe was biased because of his immigration comments",
            "Park",
            "tell",
        )],
    );
}

#[test]
fn a_clause_of_time_after_an_object_is_the_writers() {
    check(
        "Park criticized Roe after he spoke at the convention.",
        &[q(Indirect, "Roe", "Park", "criticize")],
    );
    check(
        "Park thanked the voters before conceding the race.",
        &[q(Indirect, "the voters", "Park", "thank")],
    );
    // Inside a clause reported, the time is what was said.
    check(
        "Park denied that before the vote she met Roe.",
        &[q(
            Indirect,
            "that before the vote she met Roe",
            "Park",
            "deny",
        )],
    );
    // A time after a verb of the object's own belongs to it.
    check(
        "Park criticized remarks Roe made after the vote passed.",
        &[q(
            Indirect,
            "remarks Roe made after the vote passed",
            "Park",
            "criticize",
        )],
    );
}

#[test]
fn a_belief_after_a_conjunction_of_contrast_is_reported_apart() {
    check(
        "The network said the decision hurt it, though critics consider it a mouthpiece.",
        &[
            q(Indirect, "the decision hurt it", "network", "say"),
            q(Indirect, "it a mouthpiece", "critics", "consider"),
        ],
    );
    // A share in a poll's findings goes on with them.
    check(
        "The poll found that 28 percent backed Park, while 23 percent favored Roe.",
        &[q(
            Indirect,
            "that 28 percent backed Park, while 23 percent favored Roe",
            "poll",
            "find",
        )],
    );
}

#[test]
fn a_phrase_of_time_may_stand_between_a_cue_and_its_that() {
    check(
        "Economists have known for years that the levy hurts farmers.",
        &[q(
            Indirect,
            "that the levy hurts farmers",
            "economists",
            "know",
        )],
    );
    check(
        "Park has said since the vote that taxes are too high.",
        &[q(Indirect, "that taxes are too high", "Park", "say")],
    );
}

#[test]
fn what_is_hoped_for_is_the_hope() {
    check(
        "Park's advisers have hoped for a second-place finish.",
        &[q(
            Indirect,
            "a second-place finish",
            "Park's advisers",
            "hope",
        )],
    );
    check(
        "Roe is hoping for a miracle at the convention.",
        &[q(Indirect, "a miracle at the convention", "Roe", "hope")],
    );
}

#[test]
fn talk_to_someone_about_a_topic_reports_the_topic() {
    check(
        "Park spoke to reporters about the levy.",
        &[q(Indirect, "the levy", "Park", "speak about")],
    );
    check(
        "Roe talks with voters about health care.",
        &[q(Indirect, "health care", "Roe", "talk about")],
    );
    check(
        "Park spoke at length about her plan.",
        &[q(Indirect, "her plan", "Park", "speak about")],
    );
    check(
        "Roe talked of reforms to the tax code.",
        &[q(Indirect, "reforms to the tax code", "Roe", "talk of")],
    );
    // A talk given to someone is no topic.
    check("Park spoke to reporters on Monday.", &[]);
}

#[test]
fn weighing_in_on_something_reports_it() {
    check(
        "As the caucus opened, voters weighed in on their picks for the nomination.",
        &[q(
            Indirect,
            "their picks for the nomination",
            "voters",
            "weigh in",
        )],
    );
}

#[test]
fn a_time_without_its_comma_opens_a_clause_before_its_pronoun() {
    check(
        "A few minutes later they closed the doors and said the count would start.",
        &[q(Indirect, "the count would start", "they", "say")],
    );
}

#[test]
fn a_long_phrase_of_circumstance_may_close_a_trailing_tag() {
    check(
        "The levy has to go, Park said during her campaign speech to the county board of supervisors.",
        &[q(Indirect, "The levy has to go", "Park", "say")],
    );
    // A phrase holding a clause of its own is no circumstance.
    check(
        "The levy has to go, Park said during the meeting that she called.",
        &[q(Indirect, "The levy has to go", "Park", "say")],
    );
}

#[test]
fn a_demonstratives_noun_phrase_may_open_a_belief_clause() {
    check(
        "Farmers thought this county tax season would be different.",
        &[q(
            Indirect,
            "this county tax season would be different",
            "farmers",
            "think",
        )],
    );
}

#[test]
fn a_time_may_stand_between_a_vote_and_its_infinitive() {
    check(
        "The council voted Thursday to delay the levy.",
        &[q(Indirect, "to delay the levy", "council", "vote")],
    );
    check("The council voted Thursday.", &[]);
}

#[test]
fn underscoring_rebutting_and_refuting_take_their_object() {
    check(
        "The findings underscore the challenge facing the county board.",
        &[q(
            Indirect,
            "the challenge facing the county board",
            "findings",
            "underscore",
        )],
    );
    check(
        "Park went on to rebut many of the points in the letter.",
        &[q(
            Indirect,
            "many of the points in the letter",
            "Park",
            "rebut",
        )],
    );
    check(
        "Roe used the speech to refute gloomy assessments of the levy.",
        &[q(
            Indirect,
            "gloomy assessments of the levy",
            "Roe",
            "refute",
        )],
    );
}

#[test]
fn the_infinitive_after_a_verb_of_going_on_or_turning_is_the_cue() {
    check(
        "Park is continuing to insist she will release the letters.",
        &[q(
            Indirect,
            "she will release the letters",
            "Park",
            "insist",
        )],
    );
    check(
        "Roe has begun to rebut the criticism.",
        &[q(Indirect, "the criticism", "Roe", "rebut")],
    );
    check(
        "Park is right to note that the levy was an effort to cut costs.",
        &[q(
            Indirect,
            "that the levy was an effort to cut costs",
            "Park",
            "note",
        )],
    );
    // `moved to` a place is no cue.
    check("Park moved to Iowa in the spring.", &[]);
}

#[test]
fn a_heading_on_a_line_of_its_own_is_a_sentence_apart() {
    // The heading's words are no part of the name after it.
    check(
        "Council meets.\n\nThe Levy Fight Heats Up\nJo Park said the vote would be close.",
        &[q(Indirect, "the vote would be close", "Jo Park", "say")],
    );
    check(
        "Council meets.\n\nLevy vote nears; \nJo Park said the vote would be close.",
        &[q(Indirect, "the vote would be close", "Jo Park", "say")],
    );
}

#[test]
fn function_words_capitalised_in_a_headline_work_as_in_running_text() {
    check(
        "Park Calls On Voters To Reject The Levy\n\nThe vote is near.",
        &[q(Indirect, "Voters To Reject The Levy", "Park", "call")],
    );
    check(
        "Roe Vows To Fight The County Levy In Court\n\nThe vote is near.",
        &[q(
            Indirect,
            "To Fight The County Levy In Court",
            "Roe",
            "vow",
        )],
    );
}

#[test]
fn a_want_or_a_stance_may_open_on_a_quoted_phrase() {
    check(
        "Roe wants to “go an extra step” on the levy.",
        &[q(Mixed, "to “go an extra step” on the levy", "Roe", "want")],
    );
    check(
        "The council is seeking “groundbreaking ideas” for the levy.",
        &[q(
            Mixed,
            "“groundbreaking ideas” for the levy",
            "council",
            "seek",
        )],
    );
}

#[test]
fn what_time_was_spent_saying_is_the_spenders() {
    check(
        "Park spent much of the week portraying Roe as soft on the levy.",
        &[q(Indirect, "Roe as soft on the levy", "Park", "portray")],
    );
    check(
        "Roe spent most of his campaign attacking the levy.",
        &[q(Indirect, "the levy", "Roe", "attack")],
    );
    check("Park spent the week traveling across the county.", &[]);
}

#[test]
fn a_works_title_in_quotation_marks_quotes_no_one() {
    check(
        "The levy failed in 1959, Park said in her 2012 book, “A County Story.”",
        &[q(Indirect, "The levy failed in 1959", "Park", "say")],
    );
    check(
        "Roe spoke about the end of her radio show “Roe Tonight.”",
        &[q(
            Indirect,
            "the end of her radio show “Roe Tonight.”",
            "Roe",
            "speak about",
        )],
    );
    // Nor does a title after `according to`: it names the source.
    check(
        "The levy was paid for by the state, according to “A County History,” a book by a teacher.",
        &[q(
            Indirect,
            "The levy was paid for by the state",
            "A County History",
            "according to",
        )],
    );
    check(
        "According to “A County History,” by Jo Park, the levy failed.",
        &[q(Indirect, "the levy failed", "Jo Park", "according to")],
    );
    // Words in lower case after the noun are quoted.
    check(
        "Park said in her book, “the levy was doomed.”",
        &[q(Direct, "the levy was doomed.", "Park", "say")],
    );
}

#[test]
fn a_habit_taken_up_reports_as_its_verb_does() {
    check(
        "The levy is doomed, as some county leaders have taken to saying.",
        &[q(
            Indirect,
            "The levy is doomed",
            "some county leaders",
            "say",
        )],
    );
    check(
        "Park has taken to urging voters to slow down.",
        &[q(Indirect, "voters to slow down", "Park", "urge")],
    );
    check(
        "Roe pivoted to arguing that the levy was one more reason to vote.",
        &[q(
            Indirect,
            "that the levy was one more reason to vote",
            "Roe",
            "argue",
        )],
    );
}

#[test]
fn a_relative_clause_right_before_a_trailing_tag_stays_in_the_content() {
    check(
        "The levy passed with help from Jo Park, who has led the board since 1990, according to the Tribune.",
        &[q(
            Indirect,
            "The levy passed with help from Jo Park, who has led the board since 1990",
            "Tribune",
            "according to",
        )],
    );
    // After a leading tag, a relative clause on a name is the writer's.
    check(
        "Roe said the board hired Jo Park, who runs the bank.",
        &[q(Indirect, "the board hired Jo Park", "Roe", "say")],
    );
}

#[test]
fn a_document_closing_an_according_to_phrase_is_its_head() {
    check(
        "The levy passed, according to a new report.",
        &[q(Indirect, "The levy passed", "new report", "according to")],
    );
    check(
        "The levy passed, according to a county official familiar with the remarks.",
        &[q(
            Indirect,
            "The levy passed",
            "county official familiar with the remarks",
            "according to",
        )],
    );
}

#[test]
fn affirming_trumpeting_and_sniping_report() {
    check(
        "Park is reaffirming that the audit of the levy is free of outside influence.",
        &[q(
            Indirect,
            "that the audit of the levy is free of outside influence",
            "Park",
            "reaffirm",
        )],
    );
    check(
        "Roe is trumpeting a positive message on the campaign trail.",
        &[q(
            Indirect,
            "a positive message on the campaign trail",
            "Roe",
            "trumpet",
        )],
    );
    check(
        "Park sniped that Roe was learning on the job.",
        &[q(
            Indirect,
            "that Roe was learning on the job",
            "Park",
            "snipe",
        )],
    );
    check(
        "Roe complained of the power imbalance in the county.",
        &[q(
            Indirect,
            "the power imbalance in the county",
            "Roe",
            "complain",
        )],
    );
}

#[test]
fn naming_someone_to_a_post_reports_whom_and_what() {
    check(
        "The mayor later named Roe the head of the county board.",
        &[q(
            Indirect,
            "Roe the head of the county board",
            "mayor",
            "name",
        )],
    );
    check(
        "Park will name a successor in the spring.",
        &[q(Indirect, "a successor in the spring", "Park", "name")],
    );
    // A participle after a noun names no one.
    check("The board hired an academic named Jo Roe.", &[]);
    check("The park, named for Jo Roe, opened in May.", &[]);
}

#[test]
fn talking_up_and_talking_more_about_report_the_topic() {
    check(
        "Park talked up her plans to cut the levy.",
        &[q(Indirect, "her plans to cut the levy", "Park", "talk up")],
    );
    // Words walked back, and a phrasal cue after a verb of trying.
    check(
        "Park tried to walk back her comments.",
        &[q(Indirect, "her comments", "Park", "walk back")],
    );
    check("It was a chance to talk about the levy.", &[]);
    check(
        "Roe talked more about the levy than in past debates.",
        &[q(
            Indirect,
            "the levy than in past debates",
            "Roe",
            "talk about",
        )],
    );
}

#[test]
fn a_view_in_the_passive_with_its_holders_reports_the_clause() {
    check(
        "The new levy was seen by some as a tax on farmers.",
        &[q(
            Indirect,
            "The new levy was seen by some as a tax on farmers",
            "some",
            "see",
        )],
    );
}

#[test]
fn a_series_of_past_cues_reports_each_object_for_the_subject() {
    check(
        "Park joked about the levy, opposed the new road and criticized the mayor.",
        &[
            q(Indirect, "the levy", "Park", "joke"),
            q(Indirect, "the new road", "Park", "oppose"),
            q(Indirect, "the mayor", "Park", "criticize"),
        ],
    );
    // A past participle with its agent is no second verb.
    check(
        "Park praised the plan, opposed by the unions, at a rally.",
        &[q(
            Indirect,
            "the plan, opposed by the unions",
            "Park",
            "praise",
        )],
    );
}

#[test]
fn a_stance_joined_to_a_belief_on_a_quotation_leaves_it_reported() {
    check(
        "Park backs \"a modest levy\" and opposes the new road.",
        &[
            q(Mixed, "\"a modest levy\"", "Park", "back"),
            q(Indirect, "the new road", "Park", "oppose"),
        ],
    );
    check(
        "Park backs the levy, opposes the new road and criticizes the mayor.",
        &[
            q(Indirect, "the levy", "Park", "back"),
            q(Indirect, "the new road", "Park", "oppose"),
            q(Indirect, "the mayor", "Park", "criticize"),
        ],
    );
}

#[test]
fn referring_to_after_a_tag_reports_what_was_meant() {
    check(
        "\"We will win,\" Park said, referring to the levy vote.",
        &[
            q(Direct, "We will win", "Park", "say"),
            q(Indirect, "the levy vote", "Park", "refer"),
        ],
    );
    // A name alone is an aside inside a quote going on.
    check(
        "\"We won ten states,\" Park said, referring to Roe. \"She won three.\"",
        &[q(
            Direct,
            "We won ten states,\" Park said, referring to Roe. \"She won three.",
            "Park",
            "say",
        )],
    );
}

#[test]
fn a_subject_set_off_by_a_long_aside_speaks_through_auxiliaries() {
    check(
        "Jo Park, the former mayor of the city who has become a close adviser, has also urged the council to wait.",
        &[q(Indirect, "the council to wait", "Jo Park", "urge")],
    );
}

#[test]
fn talk_about_after_adverbials_reports_the_topic() {
    check(
        "Park talked openly on social media about her plans for the levy.",
        &[q(Indirect, "her plans for the levy", "Park", "talk about")],
    );
    check(
        "Roe has spoken out before about the cost of the road.",
        &[q(Indirect, "the cost of the road", "Roe", "speak about")],
    );
    // A clause between the verb and `about` is its own.
    check("Park spoke at the rally that was about the levy.", &[]);
}

#[test]
fn a_topic_after_a_subject_set_off_by_commas_is_no_speaker() {
    check(
        "Jo Park, the author, spoke about Roe.",
        &[q(Indirect, "Roe", "Jo Park", "speak about")],
    );
}

#[test]
fn a_participle_after_a_relative_clause_is_the_sentences() {
    check(
        "Park lit into the critics who have accused her of waste, vowing to sue them.",
        &[
            q(Indirect, "her of waste", "critics", "accuse"),
            q(Indirect, "to sue them", "Park", "vow"),
        ],
    );
    check(
        "On Sunday morning Mr. Park made a third attempt, writing on Twitter that the levy was fair.",
        &[q(Indirect, "that the levy was fair", "Park", "write")],
    );
}

#[test]
fn a_participle_after_a_hyphen_for_a_dash_is_the_subjects() {
    check(
        "Park is doing the right things - condemning the new levy.",
        &[q(Indirect, "the new levy", "Park", "condemn")],
    );
}

#[test]
fn a_reprimand_reports_its_object() {
    check(
        "Park sternly reprimanded the mayor.",
        &[q(Indirect, "the mayor", "Park", "reprimand")],
    );
    check(
        "Roe admonished the council for its delay.",
        &[q(Indirect, "the council for its delay", "Roe", "admonish")],
    );
}

#[test]
fn a_work_made_public_speaks_for_the_one_who_made_it_public() {
    check(
        "The vote is near. Sen. Rand Paul has released a video that accuses Cruz of lying.",
        &[q(Indirect, "Cruz of lying", "Rand Paul", "accuse")],
    );
    check(
        "The vote is near. Roe is airing a new ad that urges voters to stay home.",
        &[q(Indirect, "voters to stay home", "Roe", "urge")],
    );
    // A time between the work and its relative clause is no antecedent.
    check(
        "The vote is near. Park released an ad Thursday that highlighted a rise in crime.",
        &[q(Indirect, "a rise in crime", "Park", "highlight")],
    );
    // A finding is the study's own.
    check(
        "The vote is near. The agency released a report that found the program failed.",
        &[q(Indirect, "the program failed", "report", "find")],
    );
}

#[test]
fn a_subject_with_a_relative_clause_not_set_off_speaks() {
    // An infinitive reported in the relative clause ends at the main
    // verb, which has no subject of its own before it.
    check(
        "Officials who urge voters to back the levy should know better.",
        &[q(Indirect, "voters to back the levy", "officials", "urge")],
    );
    check(
        "People who know him said he is tough.",
        &[q(Indirect, "he is tough", "people", "say")],
    );
    check(
        "Officials who spoke on condition of anonymity said the plan failed.",
        &[q(Indirect, "the plan failed", "officials", "say")],
    );
    check(
        "Democrats in Iowa who watched the debate said they were unfazed.",
        &[q(Indirect, "they were unfazed", "Democrats in Iowa", "say")],
    );
    // The mention keeps the clause, not the cue's auxiliaries.
    assert_last_mention(
        "Voters who back Roe have said the plan failed.",
        "Voters who back Roe",
    );
    assert_last_mention(
        "Leaders who have opposed the levy have repeatedly said it failed.",
        "Leaders who have opposed the levy",
    );
    // An appositive may close the clause.
    check(
        "Voters who back Roe, a Democrat, say the levy will pass.",
        &[
            q(Indirect, "Roe", "voters", "back"),
            q(Indirect, "the levy will pass", "voters", "say"),
        ],
    );
    // (But a relative clause inside an appositive describes the name.)
    check(
        "Jo Park, a pollster who works for Acme, a bank, said the levy will pass.",
        &[q(Indirect, "the levy will pass", "Jo Park", "say")],
    );
    // A cue inside the relative clause keeps its own subject.
    check(
        "She met aides who let them think all voters welcome the levy.",
        &[q(Indirect, "the levy", "all voters", "welcome")],
    );
}

#[test]
fn a_direct_quote_tagged_by_a_subject_with_a_relative_clause_is_theirs() {
    check(
        "People who know him said, \"He is tough.\"",
        &[q(Direct, "He is tough.", "people", "say")],
    );
    check(
        "\"He is tough,\" people who know him said.",
        &[q(Direct, "He is tough", "people", "say")],
    );
    // A clause of time inside the relative clause has its own subject.
    check(
        "Roe is the one who gained fame when she said the levy was doomed.",
        &[q(Indirect, "the levy was doomed", "she", "say")],
    );
}

#[test]
fn a_stance_in_a_relative_clause_ends_at_the_sentences_verb() {
    check(
        "Voters who backed Park said she is tough.",
        &[
            q(Indirect, "Park", "voters", "back"),
            q(Indirect, "she is tough", "voters", "say"),
        ],
    );
}

#[test]
fn a_report_in_a_relative_clause_leaves_its_antecedent_to_the_main_verb() {
    check(
        "Voters who say the levy failed said they were angry.",
        &[
            q(Indirect, "the levy failed", "voters", "say"),
            q(Indirect, "they were angry", "voters", "say"),
        ],
    );
    check(
        "The officials who think the levy failed told reporters it was doomed.",
        &[
            q(Indirect, "the levy failed", "officials", "think"),
            q(Indirect, "it was doomed", "officials", "tell"),
        ],
    );
    // The relative clause set off by commas already did.
    check(
        "Park, who says the levy failed, said she was angry.",
        &[
            q(Indirect, "the levy failed", "Park", "say"),
            q(Indirect, "she was angry", "Park", "say"),
        ],
    );
}

#[test]
fn a_verb_agreeing_with_a_relative_clauses_antecedent_reports() {
    check(
        "People who studied the plan say it is flawed.",
        &[q(Indirect, "it is flawed", "people", "say")],
    );
    check(
        "Those who have studied the plan acknowledge that it is flawed.",
        &[q(Indirect, "that it is flawed", "those", "acknowledge")],
    );
    // `Those` speak as a group, even after a time opening the sentence.
    let analysis = Pipeline::new().analyse(Document::new(
        "t",
        "On Monday, those who back Roe said the levy would pass.",
    ));
    let names: Vec<(&str, &str)> = analysis
        .speakers
        .iter()
        .map(|s| (s.name.as_str(), s.kind.as_str()))
        .collect();
    assert_eq!(names, [("those", "group")]);
    // A base form after `the` and a singular noun is still a noun.
    check("The plan drew the caustic chant of the crowd.", &[]);
}

#[test]
fn a_plural_of_people_placed_by_a_preposition_takes_a_stance() {
    check(
        "Men under 35 support Roe by four points.",
        &[q(Indirect, "Roe by four points", "Men under 35", "support")],
    );
    check(
        "Older women favor the levy.",
        &[q(Indirect, "the levy", "Older women", "favor")],
    );
    check(
        "Voters in rural counties back Park.",
        &[q(Indirect, "Park", "voters in rural counties", "back")],
    );
    let analysis = Pipeline::new().analyse(Document::new("t", "Women in Ohio back Park."));
    let kinds: Vec<&str> = analysis.speakers.iter().map(|s| s.kind.as_str()).collect();
    assert_eq!(kinds, ["group"]);
}

#[test]
fn a_name_set_off_after_a_common_noun_phrase_names_the_speaker() {
    check(
        "One of the officials, Jo Park, 70, had served in the navy and said the war was a mistake.",
        &[q(Indirect, "the war was a mistake", "Jo Park", "say")],
    );
    assert_last_mention(
        "One of the officials, Jo Park, 70, had served in the navy and said the war was a mistake.",
        "One of the officials, Jo Park, 70",
    );
}

#[test]
fn the_people_addressed_and_a_time_may_stand_before_that() {
    check(
        "Roe said to reporters on Wednesday that the levy failed.",
        &[q(Indirect, "that the levy failed", "Roe", "say")],
    );
    check(
        "Roe made it clear to House Democrats last week that she would veto it.",
        &[q(Indirect, "that she would veto it", "Roe", "make clear")],
    );
    check(
        "Roe made his case to delegates that he is the best candidate.",
        &[q(Indirect, "that he is the best candidate", "Roe", "case")],
    );
    // A longer audience; a relative clause in it reports on its own.
    check(
        "Roe will make the case to delegates gathered in Ohio that he is ready.",
        &[q(Indirect, "that he is ready", "Roe", "case")],
    );
    check(
        "Roe made his case to voters who said that the levy failed.",
        &[q(Indirect, "that the levy failed", "voters", "say")],
    );
    // A relative clause on the time is no report.
    check(
        "Roe spoke to reporters on the day that the levy failed.",
        &[],
    );
}

#[test]
fn a_question_opening_a_headline_is_no_part_of_a_name() {
    check(
        "Did Jo Park really win?\n\nPark said the count was fair.",
        &[q(Indirect, "the count was fair", "Jo Park", "say")],
    );
    check(
        "Why Obama’s pick might still fly.\n\nObama said the count was fair.",
        &[q(Indirect, "the count was fair", "Obama", "say")],
    );
}

#[test]
fn canonical_names_leave_out_places_outlets_and_roles() {
    check(
        "Senator Jo Park of Texas said the levy failed. Park said it was over.",
        &[
            q(Indirect, "the levy failed", "Jo Park", "say"),
            q(Indirect, "it was over", "Jo Park", "say"),
        ],
    );
    check(
        "Fox News’s Ann Roe said the levy failed.",
        &[q(Indirect, "the levy failed", "Ann Roe", "say")],
    );
    check(
        "CNN’s Jo Park was there. Park said the levy failed.",
        &[q(Indirect, "the levy failed", "Jo Park", "say")],
    );
    check(
        "Korean-born Jo Park was there. Park said the levy failed.",
        &[q(Indirect, "the levy failed", "Jo Park", "say")],
    );
    check(
        "Political Editor Ann Roe said the levy failed.",
        &[q(Indirect, "the levy failed", "Ann Roe", "say")],
    );
}

#[test]
fn a_surname_alone_is_the_person_of_that_name_mentioned_last() {
    check(
        "Tom Park said the levy failed. Eli Park said it passed. Tom Park said it failed. Mr. Park said it was over.",
        &[
            q(Indirect, "the levy failed", "Tom Park", "say"),
            q(Indirect, "it passed", "Eli Park", "say"),
            q(Indirect, "it failed", "Tom Park", "say"),
            q(Indirect, "it was over", "Tom Park", "say"),
        ],
    );
    // The person of that name and of the title's gender.
    check(
        "Eli Park said the levy failed. Mary Park said it passed. Mr. Park said it was over.",
        &[
            q(Indirect, "the levy failed", "Eli Park", "say"),
            q(Indirect, "it passed", "Mary Park", "say"),
            q(Indirect, "it was over", "Eli Park", "say"),
        ],
    );
}

#[test]
fn a_transcript_label_in_capitals_is_the_person_of_that_surname() {
    check(
        "Jo Park said the levy failed.\n\nROE: Why did it fail?\n\nPARK: Well, the voters were tired of it.",
        &[
            q(Indirect, "the levy failed", "Jo Park", "say"),
            q(
                Indirect,
                "Well, the voters were tired of it",
                "Jo Park",
                ":",
            ),
        ],
    );
}

#[test]
fn the_noun_alone_is_the_organization_named_so_last() {
    check(
        "The Park campaign said the levy failed. The Roe campaign said it passed. \
         The campaign said it was over.",
        &[
            q(Indirect, "the levy failed", "Park campaign", "say"),
            q(Indirect, "it passed", "Roe campaign", "say"),
            q(Indirect, "it was over", "Roe campaign", "say"),
        ],
    );
    // (The authors of a report are not the report.)
    check(
        "The authors of the report said the levy failed. The report said it was over.",
        &[
            q(Indirect, "the levy failed", "authors of the report", "say"),
            q(Indirect, "it was over", "report", "say"),
        ],
    );
}

#[test]
fn a_source_granted_anonymity_is_anonymous() {
    let kinds = |text: &str| -> Vec<String> {
        let analysis = Pipeline::new().analyse(Document::new("t", text));
        analysis
            .quotes
            .iter()
            .filter_map(|q| q.attribution)
            .map(|a| analysis.speakers[a.speaker].kind.as_str().to_string())
            .collect()
    };
    assert_eq!(
        kinds("One council aide, who asked not to be named, said the levy failed."),
        ["anonymous"]
    );
    assert_eq!(
        kinds("The levy failed, said an aide who spoke on condition of anonymity."),
        ["anonymous"]
    );
    // Declining to be named is asking for anonymity, and no report.
    check(
        "One investor, who declined to be named, said the move was overdue.",
        &[q(Indirect, "the move was overdue", "One investor", "say")],
    );
    assert_eq!(
        kinds("An investor who declined to be identified said the move was overdue."),
        ["anonymous"]
    );
    // One of an anonymous source is anonymous too.
    assert_eq!(
        kinds("Two people familiar with the talks said it failed. One of them called it a mess."),
        ["anonymous", "anonymous"]
    );
    // With no commas too: the terms are no report, the sentence's verb is
    // the source's.
    check(
        "Officials who asked not to be named said the state may step in.",
        &[q(Indirect, "the state may step in", "officials", "say")],
    );
    check(
        "A senior aide who asked not to be named because she was not authorized \
         to speak said the state may step in.",
        &[q(Indirect, "the state may step in", "senior aide", "say")],
    );
    // A description after a named person is no longer that person.
    check(
        "Jo Park said the levy failed. The official, who spoke on condition of anonymity, \
         said it passed.",
        &[
            q(Indirect, "the levy failed", "Jo Park", "say"),
            q(Indirect, "it passed", "official", "say"),
        ],
    );
    // A named source is named, whatever the terms.
    assert_eq!(
        kinds("Jo Park, who was not authorized to speak publicly, said the levy failed."),
        ["person"]
    );
    assert_eq!(
        kinds("Two people briefed on the talks said the levy failed."),
        ["anonymous"]
    );
    assert_last_mention(
        "Two people briefed on the talks said the levy failed.",
        "Two people briefed on the talks",
    );
    // Involved in the talks or privy to them, by their access.
    for (text, mention) in [
        (
            "Several people involved in the talks said the levy failed.",
            "Several people involved in the talks",
        ),
        (
            "Sources privy to the talks say the levy failed.",
            "Sources privy to the talks",
        ),
    ] {
        assert_eq!(kinds(text), ["anonymous"], "{text}");
        assert_last_mention(text, mention);
    }
    // The terms of speaking are no report, and the clause granting them
    // runs on to the verb, reasons included.
    check(
        "An aide who requested anonymity because the talks are private said the levy failed.",
        &[q(Indirect, "the levy failed", "aide", "say")],
    );
    check(
        "An aide who spoke on condition of anonymity because he was not authorized to discuss \
         the talks said the levy failed.",
        &[q(Indirect, "the levy failed", "aide", "say")],
    );
    // The terms of anonymity are not what a source said.
    check("An aide requested anonymity to discuss the talks.", &[]);
    check(
        "Park said anonymity was not granted.",
        &[q(Indirect, "anonymity was not granted", "Park", "say")],
    );
}

#[test]
fn verbs_of_greeting_disowning_and_pleading_report_their_object() {
    check(
        "Ruiz congratulated Jo Park on her victory in the primary.",
        &[q(
            Indirect,
            "Jo Park on her victory in the primary",
            "Ruiz",
            "congratulate",
        )],
    );
    check(
        "Park disavowed the remarks of a campaign volunteer.",
        &[q(
            Indirect,
            "the remarks of a campaign volunteer",
            "Park",
            "disavow",
        )],
    );
    check(
        "The mayor implored residents to stay indoors.",
        &[q(Indirect, "residents to stay indoors", "mayor", "implore")],
    );
    check(
        "Aides downplayed the size of the deficit.",
        &[q(Indirect, "the size of the deficit", "aides", "downplay")],
    );
    // Verbs whose base form is mostly a noun are cues in their other forms.
    check(
        "Ruiz hammered his rival over the budget.",
        &[q(Indirect, "his rival over the budget", "Ruiz", "hammer")],
    );
    check(
        "Park has long championed rural hospitals.",
        &[q(Indirect, "rural hospitals", "Park", "champion")],
    );
    check("The hammer fell on the budget.", &[]);
    check("Park hammered out a deal with Ruiz.", &[]);
    check("The champion won the race in the rain.", &[]);
    check("Thousands joined the protests on Main Street.", &[]);
}

#[test]
fn a_text_made_public_is_reported_but_not_a_dated_participle() {
    check(
        "Park released her tax returns on Friday.",
        &[q(Indirect, "her tax returns", "Park", "release")],
    );
    check(
        "The city filed a lawsuit against the state.",
        &[q(Indirect, "a lawsuit against the state", "city", "file")],
    );
    check(
        "The board published its findings on the levy.",
        &[q(Indirect, "its findings on the levy", "board", "publish")],
    );
    check(
        "Park released a reply: “The levy failed.”",
        &[q(Direct, "The levy failed.", "Park", ":")],
    );
    // What is issued to be heard, not a thing handed out.
    check(
        "The party issued a formal complaint to the board on Tuesday.",
        &[q(
            Indirect,
            "a formal complaint to the board on Tuesday",
            "party",
            "issue",
        )],
    );
    check(
        "Park has issued the most detailed proposals of anyone in the race.",
        &[q(
            Indirect,
            "the most detailed proposals of anyone in the race",
            "Park",
            "issue",
        )],
    );
    check("The agency issued the rules last year.", &[]);
    // A finding documented, a cause attributed.
    check(
        "The audit documented several cases where Park acted for donors.",
        &[q(
            Indirect,
            "several cases where Park acted for donors",
            "audit",
            "document",
        )],
    );
    check(
        "The campaign attributed the loss to the state's older voters.",
        &[q(
            Indirect,
            "the loss to the state's older voters",
            "campaign",
            "attribute",
        )],
    );
    check("Those are rare attributes in a candidate.", &[]);
    check("The state issues licenses to drivers.", &[]);
    check(
        "The party issued a statement saying the levy failed.",
        &[q(Indirect, "the levy failed", "party", "say")],
    );
    // A report inside the object is what is reported.
    check(
        "The campaign released a statement saying the levy failed.",
        &[q(Indirect, "the levy failed", "campaign", "say")],
    );
    // So does a petition or a bill calling for something.
    check(
        "Park started a petition this week calling on lawmakers to back the levy.",
        &[q(Indirect, "lawmakers to back the levy", "Park", "call")],
    );
    check(
        "Roe introduced a bill calling for a higher wage.",
        &[q(Indirect, "a higher wage", "Roe", "call")],
    );
    // A participle dated or after a determiner modifies a noun.
    check(
        "A poll released Sunday showed that Park leads.",
        &[q(Indirect, "that Park leads", "poll", "show")],
    );
    assert_last_mention(
        "A poll released Sunday showed that Park leads.",
        "A poll released Sunday",
    );
    check("The published guidelines were long.", &[]);
    // So does one after an adverb in `-ly`.
    check(
        "Donations hit $1 billion, an analysis of newly filed reports shows.",
        &[q(
            Indirect,
            "Donations hit $1 billion",
            "analysis of newly filed reports",
            "show",
        )],
    );
    // So does one followed by its time or manner.
    check(
        "The plan is copied from a paper published shortly before the vote.",
        &[],
    );
}

#[test]
fn sources_briefed_on_or_close_to_something_speak_after_an_inverted_cue() {
    check(
        "The levy failed, said three people briefed on the discussions.",
        &[q(
            Indirect,
            "The levy failed",
            "three people briefed on the discussions",
            "say",
        )],
    );
    check(
        "The levy failed, said people close to the mayor.",
        &[q(
            Indirect,
            "The levy failed",
            "people close to the mayor",
            "say",
        )],
    );
}

#[test]
fn verbs_of_informing_lobbying_and_envisioning_report_with_their_kind() {
    check(
        "Park informed the board that the levy failed.",
        &[q(Indirect, "that the levy failed", "Park", "inform")],
    );
    check(
        "Park lobbied lawmakers to drop the levy.",
        &[q(Indirect, "lawmakers to drop the levy", "Park", "lobby")],
    );
    // Thinking, wanting and imagining are beliefs, not speech.
    check(
        "Park envisions a city without cars.",
        &[q(Indirect, "a city without cars", "Park", "envision")],
    );
    let embraced = "Ruiz has embraced the plan to cut taxes.";
    let analysis = Pipeline::new().analyse(Document::new("t", embraced));
    let kinds: Vec<CueKind> = analysis
        .quotes
        .iter()
        .filter_map(|q| q.cue.as_ref().map(|c| c.kind))
        .collect();
    assert_eq!(kinds, [CueKind::Belief]);
    let speech_only = Pipeline::new().with_attribution(AttributionOptions { beliefs: false });
    check_with(&speech_only, embraced, &[]);
    // With no object, a stance reports nothing.
    check("The two men embraced after the vote.", &[]);
    check("The two men criticized after the vote.", &[]);
}

#[test]
fn a_possessors_intention_or_speech_act_reports_its_infinitive() {
    check(
        "Jo Park said the levy failed. Critics mocked her plan to cut taxes.",
        &[
            q(Indirect, "the levy failed", "Jo Park", "say"),
            q(Indirect, "her plan to cut taxes", "critics", "mock"),
        ],
    );
    check(
        "Jo Park said the levy failed. It was her decision to run again.",
        &[
            q(Indirect, "the levy failed", "Jo Park", "say"),
            q(Indirect, "to run again", "Jo Park", "decision"),
        ],
    );
    check(
        "Jo Park said the levy failed. It was her decision not to run again.",
        &[
            q(Indirect, "the levy failed", "Jo Park", "say"),
            q(Indirect, "not to run again", "Jo Park", "decision"),
        ],
    );
    check(
        "The board noted Ruiz’s refusal to sign the pact.",
        &[q(
            Indirect,
            "Ruiz’s refusal to sign the pact",
            "board",
            "note",
        )],
    );
    // The sentence's verb after the infinitive is no part of it.
    check(
        "Jo Park said the levy failed. Her plans to build a stadium collapsed last year.",
        &[
            q(Indirect, "the levy failed", "Jo Park", "say"),
            q(Indirect, "to build a stadium", "Jo Park", "plan"),
        ],
    );
    check(
        "The mayor's plan to close the library angered parents.",
        &[q(Indirect, "to close the library", "mayor", "plan")],
    );
    // Not an infinitive: the plan goes somewhere.
    check("Park sent her plan to the board.", &[]);
}

#[test]
fn a_past_between_a_noun_and_a_name_is_no_part_of_the_possessor() {
    assert_last_mention(
        "Voters cheered Ruiz's claim that the levy failed.",
        "Ruiz's",
    );
    assert_last_mention(
        "The newly elected Mayor Jo Park said the levy failed.",
        "The newly elected Mayor Jo Park",
    );
    assert_last_mention(
        "Some miffed Park supporters threatened to cast protest votes.",
        "Some miffed Park supporters",
    );
}

#[test]
fn a_verb_with_its_noun_or_preposition_reports_its_target() {
    check(
        "Ruiz took multiple swipes at the mayor.",
        &[q(Indirect, "the mayor", "Ruiz", "take shots at")],
    );
    check(
        "Jo Park took some shots at the levy.",
        &[q(Indirect, "the levy", "Jo Park", "take shots at")],
    );
    check(
        "The council paid tribute to the victims of the flood.",
        &[q(
            Indirect,
            "the victims of the flood",
            "council",
            "pay tribute to",
        )],
    );
    check(
        "The two candidates sparred over the levy.",
        &[q(Indirect, "the levy", "two candidates", "spar over")],
    );
    check(
        "Ruiz acquiesced to the board's demand.",
        &[q(Indirect, "the board's demand", "Ruiz", "acquiesce to")],
    );
    check(
        "In the interview, Ruiz touched on the levy and the stadium.",
        &[q(Indirect, "the levy and the stadium", "Ruiz", "touch on")],
    );
    check(
        "The union balked at the proposal.",
        &[q(Indirect, "the proposal", "union", "balk")],
    );
    // A short object after `railed against` or `commented on` (these had
    // given nothing).
    check(
        "In New Hampshire, Ruiz has railed against Park.",
        &[q(Indirect, "Park", "Ruiz", "rail")],
    );
    check(
        "Ruiz has also commented on his death.",
        &[q(Indirect, "his death", "Ruiz", "comment")],
    );
    check(
        "The diplomat also mused about the race.",
        &[q(Indirect, "the race", "diplomat", "muse")],
    );
    check(
        "Ruiz warned of surprises.",
        &[q(Indirect, "surprises", "Ruiz", "warn")],
    );
    check(
        "Ruiz testified against Park.",
        &[q(Indirect, "Park", "Ruiz", "testify")],
    );
    check(
        "Jo Park threw her support behind Ruiz.",
        &[q(Indirect, "Ruiz", "Jo Park", "throw support")],
    );
    check(
        "Ruiz is lending his support to the strikers.",
        &[q(Indirect, "the strikers", "Ruiz", "lend support to")],
    );
    check(
        "Park is leaning slightly toward Ruiz.",
        &[q(Indirect, "Ruiz", "Park", "lean")],
    );
    check("Park leaned on the podium.", &[]);
    check(
        "The leaders made little secret of their differences.",
        &[q(
            Indirect,
            "their differences",
            "leaders",
            "make no secret",
        )],
    );
    check(
        "Party elders quickly lined up behind Ruiz.",
        &[q(Indirect, "Ruiz", "Party elders", "line up behind")],
    );
    check("Voters lined up outside the hall.", &[]);
    check("Ruiz lined up with the strikers.", &[]);
    check(
        "In 2012, Ruiz pleaded guilty to making straw donations.",
        &[q(
            Indirect,
            "making straw donations",
            "Ruiz",
            "plead guilty to",
        )],
    );
    // The plea's time may come before its charge, and the plea may deny.
    check(
        "Ruiz pleaded guilty in May to one count of fraud.",
        &[q(Indirect, "one count of fraud", "Ruiz", "plead guilty to")],
    );
    check(
        "Ruiz pleaded not guilty to the charges.",
        &[q(Indirect, "the charges", "Ruiz", "plead not guilty")],
    );
    check("Ruiz pleaded guilty in court on Monday.", &[]);
    // A single shot is an attempt (unless at someone), a day is no topic,
    // and a toll paid is no tribute.
    check("Ruiz took a shot at the title.", &[]);
    check(
        "Ruiz took a shot at Park’s record.",
        &[q(Indirect, "Park’s record", "Ruiz", "take shots at")],
    );
    check("Ruiz touched on Monday with the board.", &[]);
    check("The taxes paid to the state rose.", &[]);
}

#[test]
fn a_noun_like_verb_between_a_subject_and_its_object_is_a_cue() {
    check(
        "Ruiz often questions Park's ties to the developers.",
        &[q(
            Indirect,
            "Park's ties to the developers",
            "Ruiz",
            "question",
        )],
    );
    check(
        "Most voters question his record on the levy.",
        &[q(
            Indirect,
            "his record on the levy",
            "Most voters",
            "question",
        )],
    );
    // Nouns: a name modifying them, or no object after them.
    check("The Orlando attack was horrific.", &[]);
    check("The Ruiz attacks the paper covered were mild.", &[]);
}

#[test]
fn seeing_an_object_with_its_phrases_as_something_is_a_belief() {
    check(
        "Most voters see violence against reporters as a problem.",
        &[q(
            Indirect,
            "violence against reporters as a problem",
            "Most voters",
            "see",
        )],
    );
    check(
        "The board saw Jo Park, then 44, as the right choice.",
        &[q(
            Indirect,
            "Jo Park, then 44, as the right choice",
            "board",
            "see",
        )],
    );
    check(
        "Ruiz does not see the council's role in setting rents as settled.",
        &[q(
            Indirect,
            "the council's role in setting rents as settled",
            "Ruiz",
            "see",
        )],
    );
    // Seen, not seen as: a sight.
    check("Ruiz saw the council's role in the vote.", &[]);
}

#[test]
fn known_online_or_to_someone_as_a_name_is_a_reputation() {
    check(
        "Tomas Ruiz, 44, known online as Redhand, was arrested.",
        &[unnamed(
            "Tomas Ruiz, 44, known online as Redhand",
            "known as",
        )],
    );
    check(
        "Tsege, known to everyone as Andy, made a stopover.",
        &[unnamed("Tsege, known to everyone as Andy", "known as")],
    );
    check("She was known to him for years.", &[]);
}

#[test]
fn what_someone_posted_is_reported_but_not_a_result_posted() {
    check(
        "On her Facebook page, Jo Park posted a photo of the flooded road.",
        &[q(
            Indirect,
            "a photo of the flooded road",
            "Jo Park",
            "post",
        )],
    );
    check(
        "Ruiz did post on Twitter that the levy failed.",
        &[q(Indirect, "that the levy failed", "Ruiz", "post")],
    );
    check("Ruiz posted an overwhelming victory in the north.", &[]);
    check("The council posted gains in every ward.", &[]);
    check("Stubborn posts and signs lined the road.", &[]);
}

#[test]
fn a_belief_in_s_after_an_aside_takes_its_clause() {
    check(
        "Jo Park, who has raised more money, hopes her campaign can win.",
        &[q(Indirect, "her campaign can win", "Jo Park", "hope")],
    );
    check(
        "Jo Park, the former mayor, hopes he can win.",
        &[q(Indirect, "he can win", "Jo Park", "hope")],
    );
    // A noun after a comma.
    check(
        "Two things mattered, hopes of a raise and fears of a cut.",
        &[],
    );
}

#[test]
fn a_stance_without_an_object_in_a_relative_clause_takes_its_antecedent() {
    check(
        "The levy, which council leaders strongly opposed, failed.",
        &[q(Indirect, "The levy, which", "council leaders", "oppose")],
    );
    check(
        "Park refused to sign the pact, which Mayor Ruiz opposed.",
        &[
            q(Indirect, "to sign the pact", "Park", "refuse"),
            q(Indirect, "the pact, which", "Ruiz", "oppose"),
        ],
    );
    // So with the sentence's verb right after it (the verb had been
    // taken for the object).
    check(
        "The levy that council leaders opposed failed.",
        &[q(Indirect, "The levy that", "council leaders", "oppose")],
    );
    // An object after the verb is its own.
    check(
        "It was the pact that Ruiz opposed the levy for.",
        &[q(Indirect, "the levy for", "Ruiz", "oppose")],
    );
    // A phrase of setting after the verb leaves the object missing.
    check(
        "It was the pact that Ruiz opposed in May.",
        &[q(Indirect, "the pact that", "Ruiz", "oppose")],
    );
    check(
        "Jo Park spoke on Monday. The levy is a cause she often mentions on the trail.",
        &[q(
            Indirect,
            "a cause she often mentions",
            "Jo Park",
            "mention",
        )],
    );
    check(
        "Jo Park spoke on Monday. It was a charge she denied to reporters.",
        &[q(Indirect, "a charge she denied", "Jo Park", "deny")],
    );
    // A noun phrase may be the relative clause's subject too.
    check(
        "It was an offer the council rejected at a meeting.",
        &[q(
            Indirect,
            "an offer the council rejected",
            "council",
            "reject",
        )],
    );
    // Not a time: `the day that Ruiz opposed in May`.
    check("It was the day that Ruiz opposed in May.", &[]);
}

#[test]
fn a_venue_after_a_stance_is_no_part_of_its_object() {
    check(
        "Trump railed against the judge at a boisterous San Diego rally on Friday.",
        &[q(Indirect, "the judge", "Trump", "rail")],
    );
}

#[test]
fn a_relative_clause_without_that_takes_its_antecedent_as_the_object() {
    // The infinitive after the cue has the antecedent as its object (the
    // content had been `to reach in Paris`).
    check(
        "Jo Park spoke on Monday. The city missed the target she pledged to reach in Paris.",
        &[q(
            Indirect,
            "the target she pledged to reach",
            "Jo Park",
            "pledge",
        )],
    );
    check(
        "Jo Park spoke on Monday. The fees were above any fees she reported receiving last year.",
        &[q(
            Indirect,
            "any fees she reported receiving",
            "Jo Park",
            "report",
        )],
    );
    // A stance with nothing after it (the sentence's verb had been taken
    // for its object).
    check(
        "Jo Park spoke on Monday. The levy she backed failed.",
        &[q(Indirect, "The levy she backed", "Jo Park", "back")],
    );
    // The antecedent is the phrase after the last preposition.
    check(
        "Jo Park spoke on Monday. Voters saw the tone of the campaign she wants to run.",
        &[q(
            Indirect,
            "the campaign she wants to run",
            "Jo Park",
            "want",
        )],
    );
    // A time or a reason is no object of the cue.
    check(
        "Jo Park spoke on Monday. This time she praised the council.",
        &[q(Indirect, "the council", "Jo Park", "praise")],
    );
}

#[test]
fn a_text_with_a_participle_speaks_for_the_subject_of_its_clause() {
    check(
        "Jo Park made remarks Tuesday during a speech attacking the levy.",
        &[q(Indirect, "the levy", "Jo Park", "attack")],
    );
    check(
        "The council ran two ads praising the new library.",
        &[q(Indirect, "the new library", "council", "praise")],
    );
    // Not a text whose author is named after it, nor one opening the
    // clause.
    check(
        "Park read an email from a voter saying the roads were unsafe.",
        &[],
    );
    // A text its subject answers or takes in is someone else's: it speaks
    // itself.
    check(
        "Jo Park is discrediting a report saying the levy failed.",
        &[q(Indirect, "the levy failed", "report", "say")],
    );
    check(
        "The mayor received an email urging her to resign.",
        &[q(Indirect, "her to resign", "email", "urge")],
    );
    check(
        "The council dismissed a memo warning that the dam could fail.",
        &[q(
            Indirect,
            "a memo warning that the dam could fail",
            "council",
            "dismiss",
        )],
    );
    // A text read out or released is its reader's.
    check(
        "The spokesman read a statement saying the levy failed.",
        &[q(Indirect, "the levy failed", "spokesman", "say")],
    );
    // Opening the sentence, the text speaks itself.
    check(
        "In a statement announcing the pick, the union praised Ruiz.",
        &[
            q(Indirect, "the pick", "statement", "announce"),
            q(Indirect, "Ruiz", "union", "praise"),
        ],
    );
}

#[test]
fn a_pronoun_joined_to_a_name_opens_no_clause_of_its_own() {
    use QuoteKind::Indirect;
    // The pronoun and the name are the reported clause's subject together.
    check(
        "Cruz said he and Rubio promised to lead the fight.",
        &[q(
            Indirect,
            "he and Rubio promised to lead the fight",
            "Cruz",
            "say",
        )],
    );
    // Closing a clause, the pair stays the speaker's phrase.
    check(
        "Park said there was no rift; he and Roe had said the same thing.",
        &[
            q(Indirect, "there was no rift", "Park", "say"),
            q(Indirect, "the same thing", "Roe", "say"),
        ],
    );
    // Closing the sentence, the pair speaks.
    assert_last_mention(
        "It is not only about big audiences, he and Allen said.",
        "he and Allen",
    );
}

#[test]
fn a_date_after_a_participle_is_not_the_speaker() {
    use QuoteKind::Indirect;
    // The noun the participle follows speaks, not the date it was
    // released or published.
    for (text, speaker, content, cue) in [
        (
            "The report released on Tuesday found that the levy failed.",
            "report",
            "that the levy failed",
            "find",
        ),
        (
            "Articles published in June found that the levy failed.",
            "Articles",
            "that the levy failed",
            "find",
        ),
        (
            "The group founded in 2010 said the levy failed.",
            "group",
            "the levy failed",
            "say",
        ),
        (
            "The report released on Tuesday by the agency found that the levy failed.",
            "report",
            "that the levy failed",
            "find",
        ),
    ] {
        check(text, &[q(Indirect, content, speaker, cue)]);
    }
}

#[test]
fn a_possessed_intention_ends_before_the_verb_of_its_clause() {
    use QuoteKind::Indirect;
    // The noun and its infinitive are the subject of a verb in the past.
    check(
        "Park's pledge to cut the levy won votes.",
        &[q(Indirect, "to cut the levy", "Park", "pledge")],
    );
    check(
        "Park's plan to cut the levy drew fire from the council.",
        &[q(Indirect, "to cut the levy", "Park", "plan")],
    );
}

#[test]
fn a_verb_joined_past_an_adverb_in_another_tense_stays_in_the_report() {
    use QuoteKind::Indirect;
    // `criticizes` does not agree with `said`: it is the reported
    // subject's verb, adverb or not.
    check(
        "Park said he has long opposed the levy and often criticizes it.",
        &[q(
            Indirect,
            "he has long opposed the levy and often criticizes it",
            "Park",
            "say",
        )],
    );
    // In the same tense, it is the speaker's own.
    check(
        "Park said he opposed the levy and later criticized the mayor.",
        &[
            q(Indirect, "he opposed the levy", "Park", "say"),
            q(Indirect, "the mayor", "Park", "criticize"),
        ],
    );
}

#[test]
fn a_participle_in_a_speakers_phrase_keeps_the_speaker() {
    // A modifier in `-ing` before a role is part of the speaker's phrase.
    assert_last_mention(
        "“We will march,” organizing director Jo Park told reporters.",
        "organizing director Jo Park",
    );
    assert_last_mention(
        "The managing editor said the paper would close.",
        "The managing editor",
    );
    // People named by what they are doing speak, not the object of it.
    assert_last_mention(
        "Voters attending the rally said the plan would fail.",
        "Voters attending the rally",
    );
    assert_last_mention(
        "Officials overseeing the count said the vote was fair.",
        "Officials overseeing the count",
    );
    // So do people named by what they want or hope for.
    assert_last_mention(
        "Voters wanting change said the plan would fail.",
        "Voters wanting change",
    );
    assert_last_mention(
        "Voters hoping for change said the plan would fail.",
        "Voters hoping for change",
    );
    // Investors and traders are people too (the speaker had been `a
    // deal`).
    assert_last_mention(
        "Investors seeking a deal said the levy would pass.",
        "Investors seeking a deal",
    );
    // The participle's object may be described.
    check(
        "Groups backing Roe, a Democrat, say the levy will pass.",
        &[
            q(QuoteKind::Indirect, "Roe, a Democrat", "groups", "back"),
            q(QuoteKind::Indirect, "the levy will pass", "groups", "say"),
        ],
    );
}

#[test]
fn people_described_by_an_adjective_and_its_object_speak() {
    use QuoteKind::Indirect;
    check(
        "Voters loyal to Roe said the plan would fail.",
        &[q(Indirect, "the plan would fail", "voters", "say")],
    );
    assert_last_mention(
        "Parents angry about the schools said the plan would fail.",
        "Parents angry about the schools",
    );
    // A noun's complement stays in the mention.
    assert_last_mention(
        "Critics of the plan said it would fail.",
        "Critics of the plan",
    );
}

#[test]
fn people_worried_about_something_speak_with_the_verb_after_it() {
    use QuoteKind::Indirect;
    check(
        "Parents worried about the schools said the plan would fail.",
        &[
            q(Indirect, "the schools", "parents", "worry"),
            q(Indirect, "the plan would fail", "parents", "say"),
        ],
    );
}

#[test]
fn advocating_takes_a_stance_on_its_object() {
    use QuoteKind::Indirect;
    check(
        "When liberal groups advocated for a public option, the mayor resisted.",
        &[q(Indirect, "a public option", "liberal groups", "advocate")],
    );
    check(
        "The group has long advocated a carbon tax.",
        &[q(Indirect, "a carbon tax", "group", "advocate")],
    );
    // `advocate` and `advocates` are mostly nouns.
    check("Park, an advocate for renters, won the seat.", &[]);
    check("Housing advocates met the mayor on Monday.", &[]);
}

#[test]
fn a_want_in_a_restrictive_relative_clause_ends_at_the_main_verb() {
    use QuoteKind::Indirect;
    check(
        "Voters who want to ban the levy said the decision was stark.",
        &[
            q(Indirect, "to ban the levy", "voters", "want"),
            q(Indirect, "the decision was stark", "voters", "say"),
        ],
    );
    check(
        "The novice who wants to unseat Park is reaping big rewards.",
        &[q(Indirect, "to unseat Park", "novice", "want")],
    );
}

#[test]
fn a_person_placed_by_a_proper_name_is_the_speaker() {
    use QuoteKind::Indirect;
    // The place is where the speaker is, not who speaks.
    check(
        "A voter in Ohio said the levy failed.",
        &[q(Indirect, "the levy failed", "voter in Ohio", "say")],
    );
    assert_last_mention(
        "A lawmaker in the Philippines is calling for a ban.",
        "A lawmaker in the Philippines",
    );
}

#[test]
fn a_bound_before_a_number_opens_a_clause_of_its_own() {
    use QuoteKind::Indirect;
    // The bound opens the speaker's phrase.
    assert_last_mention("At least 300 said they would run.", "At least 300");
    // After a clause set off by commas, the bound opens a clause of its own.
    check(
        "Since June, when he asked voters to run, at least 2,000 said they would.",
        &[
            q(Indirect, "voters to run", "he", "ask"),
            q(Indirect, "they would", "2,000", "say"),
        ],
    );
}

#[test]
fn a_sum_inside_a_name_keeps_the_speaker() {
    use QuoteKind::Direct;
    check(
        "“We will win,” Fight for $15 director Jo Park told reporters.",
        &[q(Direct, "We will win", "Jo Park", "tell")],
    );
}

#[test]
fn adding_reports_a_clause_not_a_thing_added() {
    use QuoteKind::Indirect;
    check(
        "Park added the plan would fail.",
        &[q(Indirect, "the plan would fail", "Park", "add")],
    );
    check(
        "Park added that the plan would fail.",
        &[q(Indirect, "that the plan would fail", "Park", "add")],
    );
    // A thing added, or what it adds to, is no report.
    check("The admiral has added another facet to his job.", &[]);
    check(
        "The delay adds to the drama that has surrounded the levy.",
        &[],
    );
}

#[test]
fn a_name_given_in_a_restrictive_relative_clause_leaves_the_main_verb() {
    use QuoteKind::Indirect;
    check(
        "Voters who call the levy a disaster said they would vote no.",
        &[
            q(Indirect, "the levy a disaster", "voters", "call"),
            q(Indirect, "they would vote no", "voters", "say"),
        ],
    );
    check(
        "A scholar who describes the campaign as a failure said it would end.",
        &[
            q(Indirect, "the campaign as a failure", "scholar", "describe"),
            q(Indirect, "it would end", "scholar", "say"),
        ],
    );
}

#[test]
fn all_floating_after_its_subject_leaves_a_stance_verb() {
    use QuoteKind::Indirect;
    check(
        "They all support the plan.",
        &[q(Indirect, "the plan", "They", "support")],
    );
    check(
        "The senators will all back the levy.",
        &[q(Indirect, "the levy", "senators", "back")],
    );
    check(
        "They all claim the plan failed.",
        &[q(Indirect, "the plan failed", "They", "claim")],
    );
    // After a verb, `all` quantifies the noun.
    check("The cuts will end all support for the plan.", &[]);
}

#[test]
fn a_bound_opens_a_stances_object() {
    use QuoteKind::Indirect;
    check(
        "The senators support at least lowering the number.",
        &[q(
            Indirect,
            "at least lowering the number",
            "senators",
            "support",
        )],
    );
    // A place is no object.
    check("He spoke at least twice.", &[]);
}

#[test]
fn a_plural_of_people_modified_by_a_participle_takes_a_stance() {
    use QuoteKind::Indirect;
    check(
        "Republicans clamoring for change support the bill.",
        &[q(
            Indirect,
            "the bill",
            "Republicans clamoring for change",
            "support",
        )],
    );
}

#[test]
fn an_infinitive_of_purpose_reaches_past_a_long_phrase() {
    use QuoteKind::Indirect;
    check(
        "The senator spoke at a gathering of conservatives to discuss clean energy efforts.",
        &[q(Indirect, "clean energy efforts", "senator", "discuss")],
    );
    check(
        "Park visited NBC’s “Today” to discuss his recent remarks.",
        &[q(Indirect, "his recent remarks", "Park", "discuss")],
    );
    // The terms of a source's anonymity are no purpose.
    check(
        "One official spoke on the condition of anonymity to discuss internal deliberations.",
        &[],
    );
    // Working with others, summoning them or appearing somewhere to speak.
    check(
        "Park worked with the governor to tout the plan.",
        &[q(Indirect, "the plan", "Park", "tout")],
    );
    check(
        "Roe summoned her aides to tell them that the plan had failed.",
        &[q(Indirect, "that the plan had failed", "Roe", "tell")],
    );
    check(
        "Park appeared on Fox News to defend the levy.",
        &[q(Indirect, "the levy", "Park", "defend")],
    );
    // A verb of speech is no purpose verb: its object is what it reports.
    check(
        "Park called Roe's refusal to concede the race a disgrace.",
        &[q(
            Indirect,
            "Roe's refusal to concede the race a disgrace",
            "Park",
            "call",
        )],
    );
}

#[test]
fn a_speaker_ranked_among_others_takes_the_infinitive() {
    use QuoteKind::Indirect;
    check(
        "Collins became the first member of Congress to endorse Trump.",
        &[q(Indirect, "Trump", "first member of Congress", "endorse")],
    );
    check(
        "Roe is not the only Republican to recently endorse Park.",
        &[q(Indirect, "Park", "only Republican", "endorse")],
    );
    // A pronoun object ends before the clause's verb.
    check(
        "The first senator to endorse him was Roe.",
        &[q(Indirect, "him", "first senator", "endorse")],
    );
    // A rank heading no speaker.
    check("It was the first ballot to back the candidate.", &[]);
}

#[test]
fn charging_someone_with_an_offence_reports_the_charge() {
    use QuoteKind::Indirect;
    check(
        "Prosecutors charged Van Dyke with first-degree murder.",
        &[q(
            Indirect,
            "Van Dyke with first-degree murder",
            "prosecutors",
            "charge",
        )],
    );
    // A fee charged, or a charge as a noun, is none.
    check("The bank charged a fee.", &[]);
    check(
        "He dropped a battery charge against him in a case with Roe.",
        &[],
    );
}

#[test]
fn a_paper_finds_what_it_found() {
    use QuoteKind::Indirect;
    check(
        "One influential paper found improvements in math scores.",
        &[q(
            Indirect,
            "improvements in math scores",
            "One influential paper",
            "find",
        )],
    );
}

#[test]
fn a_quantifier_of_a_pronoun_opens_a_clause_after_a_belief() {
    use QuoteKind::Indirect;
    check(
        "Libertarians knew some of this was coming.",
        &[q(
            Indirect,
            "some of this was coming",
            "Libertarians",
            "know",
        )],
    );
}

#[test]
fn a_second_verb_after_then_or_a_set_off_phrase_reports_on_its_own() {
    use QuoteKind::Indirect;
    check(
        "Park offered the man a job as his adviser, then says he will take advice from anyone.",
        &[
            q(Indirect, "the man a job as his adviser", "Park", "offer"),
            q(Indirect, "he will take advice from anyone", "Park", "say"),
        ],
    );
    check(
        "Roe praised the plan — then attacked it.",
        &[
            q(Indirect, "the plan", "Roe", "praise"),
            q(Indirect, "it", "Roe", "attack"),
        ],
    );
    check(
        "He backed Ron Paul in 2012 and, in Republican contests, has supported Ted Cruz.",
        &[
            q(Indirect, "Ron Paul", "He", "back"),
            q(Indirect, "Ted Cruz", "He", "support"),
        ],
    );
    check(
        "Roe said taxes rose and, on Monday, added that they would fall.",
        &[
            q(Indirect, "taxes rose", "Roe", "say"),
            q(Indirect, "that they would fall", "Roe", "add"),
        ],
    );
}

#[test]
fn a_report_after_a_colon_ends_the_clause_before_it() {
    use QuoteKind::Indirect;
    check(
        "Park cites the crowds as an example: He says outlets undercount them.",
        &[
            q(Indirect, "the crowds as an example", "Park", "cite"),
            q(Indirect, "outlets undercount them", "Park", "say"),
        ],
    );
}

#[test]
fn a_tag_inserted_in_reported_speech_is_left_out_of_its_parts() {
    let parts = |text: &str| -> Vec<Vec<String>> {
        let analysis = Pipeline::new().analyse(Document::new("t", text));
        analysis
            .quotes
            .iter()
            .map(|q| q.parts.iter().map(|p| text[*p].to_string()).collect())
            .collect()
    };
    assert_eq!(
        parts("The plan, Park said, will fail."),
        [["The plan", "will fail"]]
    );
    assert_eq!(
        parts("The plan, said Jo Park, an expert, will fail."),
        [["The plan", "will fail"]]
    );
    assert_eq!(
        parts("In any case, Park said, the levy failed."),
        [["In any case", "the levy failed"]]
    );
    // A source vouching holds its tag (`according to`); a closing tag is
    // no inserted one.
    assert_eq!(
        parts("The plan, according to Park, will fail."),
        [["The plan, according to Park, will fail"]]
    );
    assert_eq!(
        parts("The plan will fail, Park said."),
        [["The plan will fail"]]
    );
}

#[test]
fn a_relative_clause_on_the_speaker_of_a_closing_tag_reports_on_its_own() {
    use QuoteKind::Indirect;
    check(
        "The levy failed, said Park, who predicted that it would pass.",
        &[
            q(Indirect, "The levy failed", "Park", "say"),
            q(Indirect, "that it would pass", "Park", "predict"),
        ],
    );
    check(
        "The levy failed, said Jo Park, who has been critical of the mayor.",
        &[
            q(Indirect, "The levy failed", "Jo Park", "say"),
            q(Indirect, "the mayor", "Jo Park", "critical"),
        ],
    );
    check(
        "The levy failed, said Park, who lives in Ohio.",
        &[q(Indirect, "The levy failed", "Park", "say")],
    );
}

#[test]
fn a_new_subject_after_a_closing_tag_reports_on_its_own() {
    use QuoteKind::{Direct, Indirect};
    check(
        "“It is fine,” Stevens says, but she cautions that taxes will rise.",
        &[
            q(Direct, "It is fine", "Stevens", "say"),
            q(Indirect, "that taxes will rise", "Stevens", "caution"),
        ],
    );
    check(
        "“It is fine,” Stevens said in a speech, as she called for lower taxes.",
        &[
            q(Direct, "It is fine", "Stevens", "say"),
            q(Indirect, "lower taxes", "Stevens", "call"),
        ],
    );
    // A participle after `while` needs no comma.
    check(
        "“It is fine,” the paper wrote while acknowledging her many missteps of the past.",
        &[
            q(Direct, "It is fine", "paper", "write"),
            q(
                Indirect,
                "her many missteps of the past",
                "paper",
                "acknowledge",
            ),
        ],
    );
    check(
        "“It is fine,” Stevens said, as she has said before.",
        &[q(Direct, "It is fine", "Stevens", "say")],
    );
    // A topic spoken of after the tag; before a quotation going on, the
    // topic stays the tag's.
    check(
        "“It is fine,” Stevens said Thursday, speaking of the levy.",
        &[
            q(Direct, "It is fine", "Stevens", "say"),
            q(Indirect, "the levy", "Stevens", "speak of"),
        ],
    );
    let text = "“It is fine,” said Stevens, speaking of the levy, “and it will pass.”";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    assert_eq!(analysis.quotes.len(), 1);
    let parts: Vec<&str> = analysis.quotes[0].parts.iter().map(|p| &text[*p]).collect();
    assert_eq!(parts, ["It is fine", "and it will pass."]);
}

#[test]
fn a_belief_closing_its_clause_after_a_comma_is_a_tag() {
    use QuoteKind::Indirect;
    check(
        "Taxes will rise, his advisers believe.",
        &[q(Indirect, "Taxes will rise", "his advisers", "believe")],
    );
    check(
        "He won about 10 percent of the time, he estimated.",
        &[q(
            Indirect,
            "He won about 10 percent of the time",
            "he",
            "estimate",
        )],
    );
    // Not the writer's own, nor a degree word before an adjective.
    check("Taxes will rise, I think.", &[]);
    check("They should be very, very worried.", &[]);
}

#[test]
fn a_second_predicate_after_but_or_in_the_base_form_ends_the_object() {
    use QuoteKind::Indirect;
    check(
        "Most voters oppose the levy but favor the exemptions.",
        &[
            q(Indirect, "the levy", "Most voters", "oppose"),
            q(Indirect, "the exemptions", "Most voters", "favor"),
        ],
    );
    check(
        "They support the plan and endorse the tax.",
        &[
            q(Indirect, "the plan", "They", "support"),
            q(Indirect, "the tax", "They", "endorse"),
        ],
    );
}

#[test]
fn a_second_participle_ends_a_participles_object() {
    use QuoteKind::Indirect;
    check(
        "Clinton spent the week touting her record upstate and pounding him on guns.",
        &[q(Indirect, "her record upstate", "Clinton", "tout")],
    );
}

#[test]
fn a_second_relative_clause_with_a_cue_ends_the_object() {
    let text = "He praised Obama, who authorized the raid and who said it worked.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let authorized = analysis
        .quotes
        .iter()
        .find(|quote| {
            quote
                .cue
                .as_ref()
                .is_some_and(|cue| cue.lemma == "authorize")
        })
        .expect("the stance of the first relative clause");
    assert_eq!(authorized.kind, QuoteKind::Indirect);
    assert_eq!(&text[authorized.span], "the raid");
}

#[test]
fn a_participle_taking_the_infinitive_after_a_closing_tag_reports_on_its_own() {
    use QuoteKind::{Direct, Indirect};
    check(
        "“It is insane,” Park said, going on to say that the debate is over.",
        &[
            q(Direct, "It is insane", "Park", "say"),
            q(Indirect, "that the debate is over", "Park", "say"),
        ],
    );
}

#[test]
fn a_participle_taking_the_infinitive_of_a_cue_ends_an_object() {
    use QuoteKind::Indirect;
    check(
        "Roe praised the plan, going on to argue that taxes must fall.",
        &[
            q(Indirect, "the plan", "Roe", "praise"),
            q(Indirect, "that taxes must fall", "Roe", "argue"),
        ],
    );
}

#[test]
fn a_joined_cue_taking_a_that_clause_reports_on_its_own_in_any_tense() {
    use QuoteKind::Indirect;
    check(
        "His aides say it is too early to discuss a run but noted that Scott won his races.",
        &[
            q(
                Indirect,
                "it is too early to discuss a run",
                "His aides",
                "say",
            ),
            q(Indirect, "that Scott won his races", "His aides", "note"),
        ],
    );
}

#[test]
fn a_passive_with_it_reveals_or_reports_after_a_circumstance() {
    check(
        "He resigned when it was revealed in March that he had lied.",
        &[unnamed("that he had lied", "reveal")],
    );
    check(
        "It was reported on Monday that the plant will close.",
        &[unnamed("that the plant will close", "report")],
    );
    // A clause opening the sentence ends at its comma.
    check(
        "Though it is widely known that firms gave money, the size is new.",
        &[unnamed("that firms gave money", "know")],
    );
    // With a subject other than `it`, the participle names an event.
    check("The plan was revealed on Monday.", &[]);
}

#[test]
fn a_cue_form_after_a_bare_singular_word_is_a_noun() {
    // An adjective with no determiner is no subject: `remarks`, `stress`
    // and `chants` are nouns here.
    check(
        "Kelly confronted him about crude remarks he had made about women.",
        &[],
    );
    check(
        "The mental and emotional stress is constantly with me.",
        &[],
    );
    check("The crowd erupted in boos and loud chants.", &[]);
    check(
        "In animated off-the-cuff remarks after the meeting, Obama repeated his contention that the label would help.",
        &[q(
            QuoteKind::Indirect,
            "his contention that the label would help",
            "Obama",
            "repeat",
        )],
    );
    check(
        "For instance, the paper notes the state monitors mosques.",
        &[q(
            QuoteKind::Indirect,
            "the state monitors mosques",
            "paper",
            "note",
        )],
    );
    // A pronoun or a quantifier is one.
    check(
        "Roe, who claims the vote was rigged, lost.",
        &[q(
            QuoteKind::Indirect,
            "the vote was rigged",
            "Roe",
            "claim",
        )],
    );
}

#[test]
fn a_stance_after_an_aside_takes_a_determined_object_or_a_name() {
    use QuoteKind::Indirect;
    check(
        "Kagan, who was an architect of the surge, supports a larger role.",
        &[q(Indirect, "a larger role", "Kagan", "support")],
    );
    check(
        "Kagan — who led the surge — backs Clinton.",
        &[q(Indirect, "Clinton", "Kagan", "back")],
    );
}

#[test]
fn a_study_before_its_topic_finds_without_that() {
    check(
        "Studies of the minimum wage have found little evidence that the floor costs jobs.",
        &[q(
            QuoteKind::Indirect,
            "little evidence that the floor costs jobs",
            "Studies of the minimum wage",
            "find",
        )],
    );
}

#[test]
fn a_quotation_with_its_own_tag_is_no_part_of_the_previous_speakers_words() {
    let text = "\"His demeanor is grumpy,\" she said, but despite the tone, \"I think he will do it,\" said Kunin.";
    let analysis = Pipeline::new().analyse(Document::new("t", text));
    let first = &analysis.quotes[0];
    assert_eq!(first.kind, QuoteKind::Direct);
    assert_eq!(&text[first.span], "His demeanor is grumpy");
    let kunin = analysis
        .quotes
        .iter()
        .find(|quote| text[quote.span].contains("I think he will do it"))
        .expect("the second quotation is quoted");
    let speaker = kunin
        .attribution
        .map(|a| analysis.speakers[a.speaker].name.as_str());
    assert_eq!(speaker, Some("Kunin"));
    assert!(first.span.end <= kunin.span.start, "the quotes overlap");
}

#[test]
fn a_ruling_closes_a_tag_after_a_comma() {
    use QuoteKind::Indirect;
    check(
        "The law is unconstitutional, a federal judge ruled Monday.",
        &[q(
            Indirect,
            "The law is unconstitutional",
            "federal judge",
            "rule",
        )],
    );
    // Otherwise `ruled` reports only a clause with `that`.
    check("He ruled the country for years.", &[]);
}

#[test]
fn a_name_given_in_quotation_marks_by_a_relative_clause_is_its_speakers() {
    use QuoteKind::{Indirect, Mixed};
    check(
        "Critics attacked the plan, which Roe calls \"a lifeline.\"",
        &[
            q(Indirect, "the plan", "critics", "attack"),
            q(Mixed, "which Roe calls \"a lifeline.\"", "Roe", "call"),
        ],
    );
    // `what` after a preposition is the preposition's object, not the
    // scene of the naming.
    check(
        "The group seeks change through what Roe calls \"sensible laws.\"",
        &[
            q(Indirect, "change through", "group", "seek"),
            q(Mixed, "what Roe calls \"sensible laws.\"", "Roe", "call"),
        ],
    );
    // After a noun, `calls` is one.
    check(
        "He ignored the phone calls \"from angry voters.\"",
        &[q(
            Mixed,
            "the phone calls \"from angry voters.\"",
            "He",
            "ignore",
        )],
    );
}

#[test]
fn the_antecedent_of_a_relative_clause_with_which_speaks_after_it() {
    // The report after the relative clause had been lost when an
    // auxiliary stood before its verb.
    check(
        "The vote is near. Acme, which declined to comment, has said the layoffs were needed.",
        &[
            q(Indirect, "to comment", "Acme", "decline"),
            q(Indirect, "the layoffs were needed", "Acme", "say"),
        ],
    );
}

#[test]
fn a_relative_clause_set_off_inside_a_content_reports_on_its_own() {
    use QuoteKind::Indirect;
    // The content runs over the relative clause to its verb, and the
    // clause's report is its antecedent's.
    check(
        "The race is close. Park said that Roe, who has called the idea a hoax, could win.",
        &[
            q(
                Indirect,
                "that Roe, who has called the idea a hoax, could win",
                "Park",
                "say",
            ),
            q(Indirect, "the idea a hoax", "Roe", "call"),
        ],
    );
    check(
        "The race is close. Park said that voters, many of whom say the levy is too high, would reject it.",
        &[
            q(
                Indirect,
                "that voters, many of whom say the levy is too high, would reject it",
                "Park",
                "say",
            ),
            q(Indirect, "the levy is too high", "voters", "say"),
        ],
    );
    // Closing the sentence, the relative clause is no part of the content.
    check(
        "The race is close. Park praised Roe, who said the idea is a hoax.",
        &[
            q(Indirect, "Roe", "Park", "praise"),
            q(Indirect, "the idea is a hoax", "Roe", "say"),
        ],
    );
}

#[test]
fn stopping_short_of_a_stance_reports_it_for_the_clauses_subject() {
    use QuoteKind::Indirect;
    check(
        "The race is close. Jo Park stopped short of endorsing Roe.",
        &[q(Indirect, "Roe", "Jo Park", "endorse")],
    );
    check(
        "The race is close. Jo Park, the mayor, stopped short of fully endorsing the plan.",
        &[q(Indirect, "the plan", "Jo Park", "endorse")],
    );
}

#[test]
fn a_named_day_is_no_time_cutting_a_speaker() {
    assert_last_mention(
        "The race is close. The view of Super Tuesday showed that Roe was ahead.",
        "The view of Super Tuesday",
    );
    // A weekday alone still dates the tag.
    assert_last_mention(
        "The race is close. Roe said Tuesday that she was ahead.",
        "Roe",
    );
}

#[test]
fn people_who_speak_opening_a_content_are_its_subject() {
    use QuoteKind::Indirect;
    check(
        "The race is close. Jo Park said that those who question the levy are wrong.",
        &[q(
            Indirect,
            "that those who question the levy are wrong",
            "Jo Park",
            "say",
        )],
    );
}

#[test]
fn a_stances_object_in_a_restrictive_relative_ends_at_the_main_verb() {
    use QuoteKind::Indirect;
    check(
        "The race is close. Voters who question the levy are wrong.",
        &[q(Indirect, "the levy", "voters", "question")],
    );
    check(
        "The race is close. Others who have advocated a tougher approach expressed doubts that the levy would work.",
        &[
            q(Indirect, "a tougher approach", "others", "advocate"),
            q(Indirect, "that the levy would work", "others", "express"),
        ],
    );
}

#[test]
fn showing_up_is_no_cue() {
    use QuoteKind::Indirect;
    check(
        "The race is close. Park said that voters and their friends will show up.",
        &[q(
            Indirect,
            "that voters and their friends will show up",
            "Park",
            "say",
        )],
    );
    check("The race is close. Park showed up in a red hat.", &[]);
}

#[test]
fn a_second_subject_joined_by_and_is_no_new_tag() {
    use QuoteKind::Indirect;
    check(
        "The race is close. Park said that the mayor and her aides ruled out a deal.",
        &[q(
            Indirect,
            "that the mayor and her aides ruled out a deal",
            "Park",
            "say",
        )],
    );
    check(
        "The race is close. Park said the mayor and her aides ruled out a deal.",
        &[q(
            Indirect,
            "the mayor and her aides ruled out a deal",
            "Park",
            "say",
        )],
    );
    // Not after a stance's object: `and` joins a clause of its own.
    check(
        "The race is close. Park praised the mayor and Roe criticized the council.",
        &[
            q(Indirect, "the mayor", "Park", "praise"),
            q(Indirect, "the council", "Roe", "criticize"),
        ],
    );
    // A clause joined with a subject and a verb of its own still is.
    check(
        "The race is close. Park said that the levy failed and Roe said the deal was dead.",
        &[
            q(Indirect, "that the levy failed", "Park", "say"),
            q(Indirect, "the deal was dead", "Roe", "say"),
        ],
    );
}

#[test]
fn a_speaker_noun_joined_to_others_speaks_with_them() {
    use QuoteKind::Indirect;
    assert_last_mention(
        "The race is close. The mayor and her aides said the deal was dead.",
        "The mayor and her aides",
    );
    assert_last_mention(
        "The race is close. Many experts and some lawmakers say the deal is dead.",
        "Many experts and some lawmakers",
    );
    // Two roles of one person name that person.
    check(
        "The race is close. Former prosecutor and city Mayor Jo Park said the deal was dead.",
        &[q(Indirect, "the deal was dead", "Jo Park", "say")],
    );
}

#[test]
fn two_subjects_joined_by_and_after_a_quotation_speak_it() {
    use QuoteKind::Direct;
    // The quotation had been dropped: too short to stand untagged.
    check(
        "The vote is near. “It will fail,” Park and the mayor said in a statement.",
        &[q(Direct, "It will fail", "Park and the mayor", "say")],
    );
    check(
        "The vote is near. “It will fail,” the mayor and her aides said.",
        &[q(Direct, "It will fail", "mayor and her aides", "say")],
    );
    // So do three or more, listed with commas (the quotation had been
    // read as a mixed quote running to the first name).
    check(
        "The vote is near. “It will fail,” Park, Roe and the mayor said.",
        &[q(Direct, "It will fail", "Park, Roe and the mayor", "say")],
    );
    check(
        "The vote is near. “It will fail,” Park, Roe, and Lee said in a statement.",
        &[q(Direct, "It will fail", "Park, Roe, and Lee", "say")],
    );
    // Not a name and its appositive.
    check(
        "The vote is near. “It will fail,” Jo Park, the mayor, said.",
        &[q(Direct, "It will fail", "Jo Park", "say")],
    );
}

#[test]
fn an_object_ends_where_a_clause_with_a_subject_of_its_own_opens() {
    use QuoteKind::Indirect;
    // The main clause after an opening phrase's object (it had been
    // swallowed by the object, and its report lost).
    check(
        "Despite his criticism of the levy, Park has backed the plan.",
        &[
            q(Indirect, "the levy", "his", "criticism"),
            q(Indirect, "the plan", "Park", "back"),
        ],
    );
    check(
        "Weeks after the union praised the deal, the mayor signed it.",
        &[q(Indirect, "the deal", "union", "praise")],
    );
    // A clause of time after `when`, with a report of its own.
    check(
        "Voters cite his record in the House when he repeatedly backed a ban on cloning.",
        &[
            q(Indirect, "his record in the House", "voters", "cite"),
            q(Indirect, "a ban on cloning", "he", "back"),
        ],
    );
    // A participle before the clause modifies the object; it gives it no
    // verb of its own.
    check(
        "Tom Park discussed Ms. Ruiz's highly criticized speech in Ohio, when she refused to admit that the levy failed.",
        &[
            q(
                Indirect,
                "Ms. Ruiz's highly criticized speech in Ohio",
                "Tom Park",
                "discuss",
            ),
            q(Indirect, "to admit that the levy failed", "she", "refuse"),
        ],
    );
    // Not an appositive with a relative clause, nor a question's clause.
    check(
        "Park extols Jo Roe, the former mayor who cut taxes in 2009.",
        &[q(
            Indirect,
            "Jo Roe, the former mayor who cut taxes in 2009",
            "Park",
            "extol",
        )],
    );
    check(
        "Park described how, growing up, Roe moved to Ohio.",
        &[q(
            Indirect,
            "how, growing up, Roe moved to Ohio",
            "Park",
            "describe",
        )],
    );
}

#[test]
fn a_role_taken_on_something_reports_its_object() {
    use QuoteKind::Indirect;
    check(
        "Jo Park is an outspoken supporter of the levy.",
        &[q(Indirect, "the levy", "Jo Park", "supporter")],
    );
    check(
        "Jo Park has long been a fierce critic of the plan.",
        &[q(Indirect, "the plan", "Jo Park", "critic")],
    );
    // After a pronoun with its verb, and modifiers of degree.
    check(
        "“We won,” said Jo Roe. She’s a more dedicated backer of the levy.",
        &[
            q(QuoteKind::Direct, "We won", "Jo Roe", "say"),
            q(Indirect, "the levy", "Jo Roe", "backer"),
        ],
    );
    // Set after a name, the object ends at the closing comma.
    check(
        "Sen. Jo Park, a longtime backer of the levy, spoke on Monday.",
        &[q(Indirect, "the levy", "Jo Park", "backer")],
    );
    // Not a role with no one taking it.
    check("The critics of the levy met on Monday.", &[]);
}

#[test]
fn a_kind_of_show_is_a_noun_before_its_host() {
    use QuoteKind::Indirect;
    check(
        "Radio talk show host Jo Park said the levy would fail.",
        &[q(Indirect, "the levy would fail", "Jo Park", "say")],
    );
    check(
        "The late-night show mocked the levy.",
        &[q(Indirect, "the levy", "late-night show", "mock")],
    );
    // So is a network's show after a possessive; but a name's plural or
    // a paper after `The` shows what follows.
    check(
        "Park appeared on Roe’s CNN show later Wednesday and defended the levy, saying it was fair.",
        &[
            q(Indirect, "the levy", "Park", "defend"),
            q(Indirect, "it was fair", "Park", "say"),
        ],
    );
    check(
        "A review by The Times shows most of the funds went to travel.",
        &[q(
            Indirect,
            "most of the funds went to travel",
            "Times",
            "show",
        )],
    );
}

#[test]
fn an_adverb_set_off_by_a_comma_opens_the_clause_before_its_subject() {
    check(
        "More recently, Park has shifted, offering new warnings about the levy.",
        &[q(
            QuoteKind::Indirect,
            "new warnings about the levy",
            "Park",
            "offer",
        )],
    );
}

#[test]
fn an_adverb_opening_a_phrase_about_the_subject_is_no_speaker() {
    check(
        "Jo Park is running. Initially a Democrat, she ran for mayor and declared herself an independent.",
        &[q(
            QuoteKind::Indirect,
            "herself an independent",
            "Jo Park",
            "declare",
        )],
    );
}

#[test]
fn a_participle_after_an_adverb_of_degree_and_a_determiner_is_an_adjective() {
    check(
        "The best known case is the suit brought by former students.",
        &[],
    );
    check("A little known rule governs the vote.", &[]);
}

#[test]
fn two_modifiers_of_one_head_may_end_in_a_name() {
    check(
        "Eleven progressive and Muslim groups said the levy would fail.",
        &[q(
            QuoteKind::Indirect,
            "the levy would fail",
            "Eleven progressive and Muslim groups",
            "say",
        )],
    );
}

#[test]
fn a_name_before_its_role_is_no_report_when_the_comma_is_left_out() {
    // `Name, role said, “…”`: the appositive's closing comma is missing;
    // the name is the speaker's, not words reported before the tag.
    check(
        "Jo Park, president of the Farm Bureau said, “The levy will fail.”",
        &[q(
            QuoteKind::Direct,
            "The levy will fail.",
            "president of the Farm Bureau",
            "say",
        )],
    );
    // A report before a tag set off by commas still leads to the
    // quotation.
    check(
        "The levy, Park said, “will fail.”",
        &[q(
            QuoteKind::Mixed,
            "The levy, Park said, “will fail.”",
            "Park",
            "say",
        )],
    );
}

#[test]
fn a_subject_joined_by_and_after_a_subordinator_opens_the_clause() {
    // The report of an opening subordinate clause ends at its comma, also
    // when its subject is two phrases joined by `and` (the first names
    // the speaker).
    check(
        "While Park and her aides say the levy failed, Roe disagreed.",
        &[q(QuoteKind::Indirect, "the levy failed", "Park", "say")],
    );
}

#[test]
fn an_abbreviated_title_opens_the_subject_of_a_clause_ending_an_object() {
    check(
        "While business leaders push for free trade, Mr. Park has rallied thousands.",
        &[q(
            QuoteKind::Indirect,
            "free trade",
            "business leaders",
            "push for",
        )],
    );
}

#[test]
fn a_poll_has_or_puts_a_candidate_where_it_finds_them() {
    check(
        "Wednesday's Quinnipiac poll has Roe leading Park by six points.",
        &[q(
            QuoteKind::Indirect,
            "Roe leading Park by six points",
            "Wednesday's Quinnipiac poll",
            "have",
        )],
    );
    check(
        "Polls have Park ahead in Ohio.",
        &[q(
            QuoteKind::Indirect,
            "Park ahead in Ohio",
            "Polls",
            "have",
        )],
    );
    // Not what a poll has of its own, nor `has` in a relative clause.
    check("The poll has a margin of error of three points.", &[]);
    check("A poll that has Roe leading was released.", &[]);
    check(
        "The survey gave Park a one-point lead in Ohio.",
        &[q(
            QuoteKind::Indirect,
            "Park a one-point lead in Ohio",
            "survey",
            "give",
        )],
    );
    check("The poll gave voters a chance to speak.", &[]);
    // A share after `at`, the candidate a pronoun.
    check(
        "A survey released Friday had him at 4 percent.",
        &[q(QuoteKind::Indirect, "him at 4 percent", "survey", "have")],
    );
    check("The poll had a margin of error at 3 points.", &[]);
    // Estimates put a figure as polls do.
    check(
        "Initial estimates put the cost closer to $4 billion.",
        &[q(
            QuoteKind::Indirect,
            "the cost closer to $4 billion",
            "Initial estimates",
            "put",
        )],
    );
    check("The estimates put in place were wrong.", &[]);
    // A poll shows a standing too, and exit polling is a poll.
    check(
        "Polls showed Roe ahead in Ohio.",
        &[q(QuoteKind::Indirect, "Roe ahead in Ohio", "Polls", "show")],
    );
    check(
        "Exit polling shows Roe won most voters under 30.",
        &[q(
            QuoteKind::Indirect,
            "Roe won most voters under 30",
            "Exit polling",
            "show",
        )],
    );
    // A participle's phrase ends at its comma, and the clause's subject
    // still speaks after it.
    check(
        "Park, after a poll showing Roe ahead in Ohio, told reporters that the race was close.",
        &[
            q(QuoteKind::Indirect, "Roe ahead in Ohio", "poll", "show"),
            q(
                QuoteKind::Indirect,
                "that the race was close",
                "Park",
                "tell",
            ),
        ],
    );
    // A participle after the poll, and a poll dated at length.
    check(
        "Park trails badly, with a Marist poll giving Roe a 30-point advantage.",
        &[q(
            QuoteKind::Indirect,
            "Roe a 30-point advantage",
            "Marist poll",
            "give",
        )],
    );
    check(
        "The average of three polls conducted the first week of March has Roe leading by 20 points.",
        &[q(
            QuoteKind::Indirect,
            "Roe leading by 20 points",
            "average of three polls",
            "have",
        )],
    );
}

#[test]
fn a_quantifier_floating_after_its_subject_leaves_the_participle_a_verb() {
    check(
        "They both criticized Park.",
        &[q(QuoteKind::Indirect, "Park", "They", "criticize")],
    );
    check(
        "Roe, who has both endorsed Park and criticized him, spoke.",
        &[
            q(QuoteKind::Indirect, "Park", "Roe", "endorse"),
            q(QuoteKind::Indirect, "him", "Roe", "criticize"),
        ],
    );
    // A participle before a noun after a quantifier is an adjective.
    check("Park won all pledged delegates.", &[]);
}

#[test]
fn a_report_opening_a_subordinate_clause_is_not_left_to_the_tag_after_it() {
    check(
        "While Park says the levy failed, Roe agreed.",
        &[q(QuoteKind::Indirect, "the levy failed", "Park", "say")],
    );
}

#[test]
fn disagreeing_takes_a_stance_on_its_object() {
    check(
        "Park disagreed with Roe.",
        &[q(QuoteKind::Indirect, "Roe", "Park", "disagree")],
    );
    check(
        "Lawmakers disagree on how far the levy should go.",
        &[q(
            QuoteKind::Indirect,
            "how far the levy should go",
            "lawmakers",
            "disagree",
        )],
    );
    // Disagreeing alone reports nothing.
    check("Some 37% disagree.", &[]);
}

#[test]
fn feelings_caused_by_something_are_its_holders_stance() {
    check(
        "Park was angered by the deal.",
        &[q(QuoteKind::Indirect, "the deal", "Park", "angered")],
    );
    check(
        "Park was stunned that the levy failed.",
        &[q(
            QuoteKind::Indirect,
            "that the levy failed",
            "Park",
            "stunned",
        )],
    );
    // The feeling alone, or caused in someone else, reports nothing.
    check("Park was surprised.", &[]);
    check("The result surprised Park.", &[]);
}

#[test]
fn blocking_or_vetoing_takes_a_stance_on_its_object() {
    check(
        "Senate Democrats blocked the bill.",
        &[q(
            QuoteKind::Indirect,
            "the bill",
            "Senate Democrats",
            "block",
        )],
    );
    check(
        "The governor vetoed a bill on the levy.",
        &[q(
            QuoteKind::Indirect,
            "a bill on the levy",
            "governor",
            "veto",
        )],
    );
    // `blocks` is a noun.
    check(
        "Voters in city blocks said the levy failed.",
        &[q(
            QuoteKind::Indirect,
            "the levy failed",
            "voters in city blocks",
            "say",
        )],
    );
}

#[test]
fn a_relative_clause_on_a_noun_of_speech_takes_a_stance_on_it() {
    // `that party leaders denied` is no claim's content but a relative
    // clause whose stance's object is the noun.
    check(
        "He claimed the vote had been rigged, a charge that party leaders strongly denied.",
        &[
            q(Indirect, "the vote had been rigged", "He", "claim"),
            q(Indirect, "a charge that", "party leaders", "deny"),
        ],
    );
    // A passive at the clause's end leaves it the noun's content.
    check(
        "Amid hopes that the hostages would be released, Park flew home.",
        &[unnamed("that the hostages would be released", "hope")],
    );
}

#[test]
fn a_stance_or_decision_after_have_to_or_need_to_is_the_subjects() {
    check(
        "Superdelegates have to vote for Park.",
        &[q(Indirect, "Park", "superdelegates", "vote")],
    );
    check(
        "Park needs to decide whether the levy is fair.",
        &[q(Indirect, "whether the levy is fair", "Park", "decide")],
    );
    // A chance to vote is no one's stance.
    check("It was a chance to vote for Park.", &[]);
}

#[test]
fn a_writers_hedge_keeps_the_reports_inside_it() {
    // The clause seems as a whole, and the report inside it is Roe's.
    check(
        "Park seemed to grow agitated when Roe implied that he was weak.",
        &[
            q(
                Indirect,
                "Park seemed to grow agitated when Roe implied that he was weak",
                "Park",
                "seem",
            ),
            q(Indirect, "that he was weak", "Roe", "imply"),
        ],
    );
    check(
        "It is unclear whether Park will endorse Roe.",
        &[
            unnamed("whether Park will endorse Roe", "unclear"),
            q(Indirect, "Roe", "Park", "endorse"),
        ],
    );
}

#[test]
fn what_is_alleged_or_told_is_reported_with_its_teller_if_named() {
    check(
        "Amid allegations of fraud, Park quit.",
        &[unnamed("fraud", "allegation")],
    );
    check(
        "Roe's accusations of bias angered Park.",
        &[q(Indirect, "bias", "Roe", "accusations")],
    );
    // Of a name, the claims are its own, not about it.
    check(
        "One of the central claims of Obama's speech was wrong.",
        &[],
    );
}

#[test]
fn a_stance_in_a_restrictive_relative_clause_ends_before_the_main_verb() {
    check(
        "Groups that oppose the levy spent millions.",
        &[q(Indirect, "the levy", "groups", "oppose")],
    );
    check(
        "A group that supports Park ran ads.",
        &[q(Indirect, "Park", "group", "support")],
    );
    // A clause reported in the relative clause keeps its own verbs.
    check(
        "The ad that attacked Park ran on Monday.",
        &[q(Indirect, "Park", "ad", "attack")],
    );
}

#[test]
fn superdelegates_are_people_who_take_stances() {
    check(
        "Several superdelegates backing Park declined to comment.",
        &[
            q(Indirect, "Park", "Several superdelegates", "back"),
            q(Indirect, "to comment", "Several superdelegates", "decline"),
        ],
    );
}

#[test]
fn gladness_takes_its_clause_with_or_without_that() {
    check(
        "I am glad Republicans are frustrated.",
        &[q(Indirect, "Republicans are frustrated", "I", "glad")],
    );
    check(
        "Park is afraid the levy will fail.",
        &[q(Indirect, "the levy will fail", "Park", "afraid")],
    );
    // A demonstrative opens such a clause too.
    check(
        "We are convinced this is the only way.",
        &[q(Indirect, "this is the only way", "We", "convinced")],
    );
}

#[test]
fn a_stance_delivered_as_a_noun_is_its_deliverers() {
    check(
        "Park delivered a blistering critique of the levy.",
        &[q(Indirect, "the levy", "Park", "critique")],
    );
    check(
        "Roe launched an attack against Park.",
        &[q(Indirect, "Park", "Roe", "attack")],
    );
    // The noun alone, delivered by no one, is no report.
    check("The attack on the embassy killed four.", &[]);
    // A stance delivered is speech, kept without beliefs; a phrase of
    // stance is a belief, left out.
    let speech_only = Pipeline::new().with_attribution(AttributionOptions { beliefs: false });
    check_with(
        &speech_only,
        "Park delivered a blistering critique of the levy. Roe is against the levy.",
        &[q(Indirect, "the levy", "Park", "critique")],
    );
}

#[test]
fn noticing_discovering_or_demonstrating_reports_only_a_clause() {
    check(
        "Park noticed that none of the networks cut away.",
        &[q(
            Indirect,
            "that none of the networks cut away",
            "Park",
            "notice",
        )],
    );
    check(
        "Roe has demonstrated that critics pay a price.",
        &[q(
            Indirect,
            "that critics pay a price",
            "Roe",
            "demonstrate",
        )],
    );
    // What is noticed or found without a clause is no report.
    check("Park noticed the car.", &[]);
    check("Park discovered a leak.", &[]);
}

#[test]
fn determining_reports_its_finding_in_every_form() {
    check(
        "Police charged him after determining that a video showed the assault.",
        &[q(
            Indirect,
            "that a video showed the assault",
            "police",
            "determine",
        )],
    );
    check("The board determines the schedule.", &[]);
}

#[test]
fn a_clause_of_time_without_a_verb_is_an_aside_before_the_content() {
    check(
        "Park said while campaigning that the levy failed.",
        &[q(Indirect, "that the levy failed", "Park", "say")],
    );
    // With nothing reported after it, the verb reports nothing.
    check("Park wrote while a student at college.", &[]);
    // A clause of time with its own verb is part of what was said.
    check(
        "Park said when the levy failed taxes rose.",
        &[q(
            Indirect,
            "when the levy failed taxes rose",
            "Park",
            "say",
        )],
    );
}

#[test]
fn reports_before_a_verb_that_agrees_with_them_are_the_source() {
    check(
        "Internal reports show the levy failed.",
        &[q(Indirect, "the levy failed", "Internal reports", "show")],
    );
    check(
        "The levy raised $100 million last year, company reports show.",
        &[q(
            Indirect,
            "The levy raised $100 million last year",
            "company reports",
            "show",
        )],
    );
}

#[test]
fn praise_held_for_someone_is_the_holders() {
    check(
        "Howard had no such praise for Clinton.",
        &[q(Indirect, "Clinton", "Howard", "praise")],
    );
    check(
        "Amid praise for the levy, Park quit.",
        &[unnamed("the levy", "praise")],
    );
}

#[test]
fn apologies_made_or_refused_are_for_their_topic() {
    check(
        "Admiral Harris makes no apologies for his candor.",
        &[q(Indirect, "his candor", "Admiral Harris", "apology")],
    );
}

#[test]
fn laying_or_spelling_out_takes_a_stance_on_its_object() {
    check(
        "Park laid out the plan and vowed to impose a tariff.",
        &[
            q(Indirect, "the plan", "Park", "lay out"),
            q(Indirect, "to impose a tariff", "Park", "vow"),
        ],
    );
    check(
        "The rules spell out that delegates are bound.",
        &[q(
            Indirect,
            "that delegates are bound",
            "rules",
            "spell out",
        )],
    );
}

#[test]
fn shrugging_off_reports_even_a_short_object() {
    check(
        "Park shrugged off the attacks.",
        &[q(Indirect, "the attacks", "Park", "shrug off")],
    );
}

#[test]
fn a_stance_taken_ends_before_a_dash_and_a_new_predicate() {
    check(
        "Park has taken a firm stance against the levy — and last June stirred controversy.",
        &[q(Indirect, "the levy", "Park", "stance")],
    );
    check(
        "Park took a stand on the levy.",
        &[q(Indirect, "the levy", "Park", "stand")],
    );
    // A dash closing an aside keeps the object going.
    check(
        "Park highlighted the cuts ― which favor the rich ― and her own plans.",
        &[q(
            Indirect,
            "the cuts ― which favor the rich ― and her own plans",
            "Park",
            "highlight",
        )],
    );
}
