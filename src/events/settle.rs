//! The article's events once every clause is read: those of headings dropped when the body tells them, and a
//! sentence written twice told once.

use super::Event;

/// The events without those of the headings, which tell the body's events again ("حزب الله يعلن ...",
/// "سلامي: إسرائيل قررت ..." above the body that reports the same): with no event in the body, the
/// headings' events are all there is, and stay.
pub(super) fn without_headings(mut events: Vec<Event>, in_heading: &[bool]) -> Vec<Event> {
    if in_heading.iter().all(|&h| h) {
        return events;
    }
    // In place: `retain` visits the events in order and moves none before the first it drops (most texts have
    // no heading event).
    let mut heading = in_heading.iter();
    events.retain(|_| heading.next().is_some_and(|&h| !h));
    events
}

/// The events without the first of two with the same verb in the same words: a sentence written twice (a
/// teaser above the body that repeats one of its sentences) tells one event, the one read in its context
/// ("وجاء هذا على لسان الوزير الأول أحمد أويحيى ... كما أكد الوزير الأول أن" names the minister there).
pub(super) fn told_once(mut events: Vec<Event>) -> Vec<Event> {
    // Events ordered by the length of their words: only those of one length are compared word for word, so a
    // text of megabytes stays near linear, and no event's words are hashed.
    let mut order: Vec<usize> = (0..events.len()).collect();
    order.sort_unstable_by_key(|&i| (events[i].text.len(), i));
    let mut keep = vec![true; events.len()];
    for same_length in order.chunk_by(|&a, &b| events[a].text.len() == events[b].text.len()) {
        for (n, &i) in same_length.iter().enumerate() {
            let e = &events[i];
            keep[i] = !same_length[n + 1..]
                .iter()
                .any(|&j| events[j].lemma == e.lemma && events[j].text == e.text && events[j].span != e.span);
        }
    }
    let mut keep = keep.into_iter();
    events.retain(|_| keep.next().unwrap_or(false));
    events
}
