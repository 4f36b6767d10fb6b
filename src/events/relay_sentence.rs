//! Relays that reach past their clause: an according phrase or an outlet that opens or closes a sentence
//! relays every event of that sentence without a relay of its own ("ودخلت الفصائل المدينة، وقصفت ...، وفق
//! المرصد."). The event stage asks, for each event, whether its relay opens or closes its sentence
//! ([`sentence_relay`]), then spreads those relays once over the article's events ([`spread_closing`]). A
//! sentence that opens by telling who carried the event before it ("أوردت ذلك وكالة X") names that outlet right
//! after its phrase ([`outlet_at`]).

use super::clause::Clause;
use super::lexicon::NounRole;
use super::referent::Referent;
use super::view::View;

/// Whether the relay `via` of `clause` closes it: its outlet named after an according word ("حسبما ذكرت",
/// "وفق ما أوردته", "بحسب"), with only punctuation after it to the clause's end.
pub(crate) fn closes_clause(view: &View, clause: &Clause, via: Option<&Referent>) -> bool {
    let Some(tokens) = via.and_then(|v| v.tokens.clone()) else {
        return false;
    };
    let end = clause.tokens.end;
    let last = (tokens.end..end).all(|k| view.toks[k].kind == crate::text::TokenKind::Punct);
    let according = (tokens.start.saturating_sub(4)..tokens.start)
        .any(|k| view.has(k, |r| matches!(r, NounRole::According | NounRole::Via)));
    last && according
}

/// Whether the relay of an event told by `clause` closes its sentence (`last`: the clause is the sentence's
/// last) and whether it opens it, for [`spread_closing`]. An according phrase that closes the sentence and names
/// the source of its last event relays the sentence's other events ("ودخلت الفصائل المدينة، ...، بدأته قبل
/// يومين، وفق المرصد.").
pub(crate) fn sentence_relay(
    view: &View,
    clause: &Clause,
    via: Option<&Referent>,
    source: &Referent,
    last: bool,
) -> (bool, bool) {
    let closing =
        last && (closes_clause(view, clause, via) || (via.is_none() && closes_clause(view, clause, Some(source))));
    (closing, opens_sentence(view, clause, via))
}

/// Whether the relay `via` of `clause` is named by an according phrase that opens its sentence ("وحسبما نشر
/// المرصد، فقد قصفت الفصائل ...، فيما ردت إسرائيل ..."): it relays the sentence's later events too.
fn opens_sentence(view: &View, clause: &Clause, via: Option<&Referent>) -> bool {
    let Some(named) = via.and_then(|v| v.tokens.as_ref()) else {
        return false;
    };
    let Some(first) = clause
        .first_word(view)
        .filter(|_| clause.tokens.start == clause.sentence_start)
    else {
        return false;
    };
    named.start > first && named.start <= first + 4 && view.according_len(first).is_some()
}

/// An outlet named at the end of a sentence ("بدأت القوات عملية برية، وقصفت المدفعية بلدات، حسبما ذكرت قناة
/// X.") relays every event of that sentence that has no relay of its own; so does the source of the last event
/// when an according phrase that closes the sentence names it ("..., وقتل خمسة، وفق المرصد."). `relays` holds, for each event, its
/// sentence and whether its relay closes it ([`closes_clause`]).
pub(crate) fn spread_closing(events: &mut [super::Event], relays: &[(usize, bool, bool)]) {
    // Forwards, carrying the relay of an according phrase that opens the sentence being read.
    let mut opening: Option<(usize, super::ActorRef)> = None;
    for (event, &(sentence, _, opens)) in events.iter_mut().zip(relays) {
        if opening.as_ref().is_some_and(|(s, _)| *s != sentence) {
            opening = None;
        }
        match (&opening, opens, &event.via) {
            (_, true, Some(via)) => opening = Some((sentence, via.clone())),
            (Some((_, via)), _, None) if event.source.as_ref().is_none_or(|s| s.id != via.id) => {
                event.via = Some(via.clone());
            }
            _ => {}
        }
    }
    // Backwards, carrying the closing relay of the sentence being read: one pass, whatever a sentence holds.
    let mut carried: Option<(usize, super::ActorRef)> = None;
    for (event, &(sentence, closing, _)) in events.iter_mut().zip(relays).rev() {
        if carried.as_ref().is_some_and(|(s, _)| *s != sentence) {
            carried = None;
        }
        // The relay that closes the sentence, or the source its according phrase names ("..., وفق المرصد.").
        if let (true, Some(via)) = (closing, event.via.as_ref().or(event.source.as_ref())) {
            carried = Some((sentence, via.clone()));
            continue;
        }
        if let Some((_, via)) = &carried {
            let own = event.source.as_ref().is_some_and(|s| s.id == via.id);
            if event.via.is_none() && !own {
                event.via = Some(via.clone());
            }
        }
    }
}

/// The outlet named right at `k`, before `limit` ("أوردت ذلك وكالة X", "ذكرت ذلك قناة «Y»"): the subject of a
/// phrase that tells who carried the event before.
pub(crate) fn outlet_at(view: &View, k: usize, limit: usize) -> Option<Referent> {
    match super::outlet::named_at(view, k, limit)? {
        super::outlet::OutletAt::Catalog(n) => {
            super::outlet::is_outlet(view, &view.names[n]).then(|| super::phrase::name(view, n).0)
        }
        found => Some(super::via::outlet_referent(view, found)),
    }
}
