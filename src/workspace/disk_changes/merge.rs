//! Comparing and merging, message by message, the saved version of a file, the editor's and the one
//! on disk.

use std::collections::HashMap;

use super::ChangeError;
use crate::fluent::document::{Document, Edit};
use crate::workspace::reviews::Reviews;

/// One message or term as it was saved, as it is in the editor, and as it is on disk now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageChange {
    pub id: String,
    pub saved: Option<String>,
    pub mine: Option<String>,
    pub theirs: Option<String>,
}

impl MessageChange {
    pub fn changed_by_them(&self) -> bool {
        self.theirs != self.saved
    }

    pub fn changed_by_me(&self) -> bool {
        self.mine != self.saved
    }

    /// Both sides changed it, and not in the same way.
    pub fn conflicts(&self) -> bool {
        self.changed_by_them() && self.changed_by_me() && self.mine != self.theirs
    }
}

/// How a Fluent file changed on both sides, message by message.
#[derive(Debug, Clone)]
pub struct Comparison {
    /// Every message or term that either side changed, added or removed, in the file's order.
    pub messages: Vec<MessageChange>,
    /// Whether the text outside messages (comments, junk) changed in the editor, and not as on disk:
    /// a merge keeps theirs, so it would be lost.
    pub mine_outside_messages: bool,
}

impl Comparison {
    /// Whether the two sides can be merged message by message.
    pub fn mergeable(&self) -> bool {
        !self.mine_outside_messages && !self.messages.iter().any(MessageChange::conflicts)
    }
}

fn entry_texts(doc: &Document) -> (Vec<(String, String)>, Vec<String>) {
    let mut messages = Vec::new();
    let mut others = Vec::new();
    for entry in doc.entries() {
        let text = doc.entry_text(entry).to_owned();
        match &entry.id {
            Some(id) => messages.push((id.clone(), text)),
            None => others.push(text),
        }
    }
    (messages, others)
}

/// Compares the saved, edited and on-disk versions of a Fluent file.
pub fn compare(saved: Option<&Document>, mine: &Document, theirs: &Document) -> Comparison {
    let (saved_messages, saved_others) = saved.map(entry_texts).unwrap_or_default();
    let (mine_messages, mine_others) = entry_texts(mine);
    let (theirs_messages, theirs_others) = entry_texts(theirs);
    let saved_map: HashMap<_, _> = saved_messages.iter().cloned().collect();
    let mine_map: HashMap<_, _> = mine_messages.iter().cloned().collect();
    let theirs_map: HashMap<_, _> = theirs_messages.iter().cloned().collect();
    let mut order: Vec<&String> = theirs_messages.iter().map(|(id, _)| id).collect();
    let mut listed: std::collections::HashSet<&String> = order.iter().copied().collect();
    for (id, _) in mine_messages.iter().chain(&saved_messages) {
        if listed.insert(id) {
            order.push(id);
        }
    }
    let messages = order
        .into_iter()
        .map(|id| MessageChange {
            id: id.clone(),
            saved: saved_map.get(id).cloned(),
            mine: mine_map.get(id).cloned(),
            theirs: theirs_map.get(id).cloned(),
        })
        .filter(|c| c.changed_by_me() || c.changed_by_them())
        .collect();
    Comparison {
        messages,
        // Made the same on both sides, a change is no loss when theirs is kept.
        mine_outside_messages: saved.is_some()
            && mine_others != saved_others
            && mine_others != theirs_others,
    }
}

/// Their document with the messages only the editor changed put in: the merge of the two sides.
/// Refused when [`Comparison::mergeable`] is false.
pub fn merge(
    saved: Option<&Document>,
    mine: &Document,
    theirs: &Document,
) -> Result<Document, ChangeError> {
    let comparison = compare(saved, mine, theirs);
    if let Some(both) = comparison.messages.iter().find(|c| c.conflicts()) {
        return Err(ChangeError::BothChanged(both.id.clone()));
    }
    if comparison.mine_outside_messages {
        return Err(ChangeError::CommentsChanged);
    }
    let order: Vec<String> = mine.ids().map(str::to_owned).collect();
    let mut merged = theirs.clone();
    for change in comparison
        .messages
        .iter()
        .filter(|c| c.changed_by_me() && !c.changed_by_them())
    {
        let id = change.id.clone();
        let edit = match (&change.mine, merged.entry(&id).is_some()) {
            (Some(source), true) => Edit::Replace {
                id,
                source: source.clone(),
            },
            (Some(source), false) => {
                // Placed where it is in the editor's order, then given its whole text.
                let add = Edit::Add {
                    id: id.clone(),
                    value: "…".into(),
                    order: order.clone(),
                };
                merged.apply(&add).map_err(|error| ChangeError::Edit {
                    id: change.id.clone(),
                    error,
                })?;
                Edit::Replace {
                    id,
                    source: source.clone(),
                }
            }
            (None, true) => Edit::Remove { id },
            (None, false) => continue,
        };
        merged.apply(&edit).map_err(|error| ChangeError::Edit {
            id: change.id.clone(),
            error,
        })?;
    }
    Ok(merged)
}

/// Review records merged record by record: theirs, with the records only this side changed put in
/// (a verdict recorded here while `chorus review` recorded another on disk). Refused, naming it, when
/// both sides changed the same message's record or the sign-off differently.
pub fn merge_reviews(
    saved: &Reviews,
    mine: &Reviews,
    theirs: &Reviews,
) -> Result<Reviews, ChangeError> {
    let (merged, conflicts) = merge_reviews_all(saved, mine, theirs);
    match conflicts.into_iter().next() {
        None => Ok(merged),
        Some(ReviewConflict::Message(id)) => Err(ChangeError::ReviewBothChanged(id)),
        Some(ReviewConflict::SignOff) => Err(ChangeError::SignOffBothChanged),
    }
}

/// What both sides of a review merge changed differently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewConflict {
    /// The record of this message.
    Message(String),
    SignOff,
}

/// [`merge_reviews`], going on past a conflict: the merge of everything else (a conflicting record
/// is left as theirs), and every conflict.
pub fn merge_reviews_all(
    saved: &Reviews,
    mine: &Reviews,
    theirs: &Reviews,
) -> (Reviews, Vec<ReviewConflict>) {
    let mut merged = theirs.clone();
    let mut conflicts = Vec::new();
    let ids: std::collections::BTreeSet<&String> = saved
        .messages
        .keys()
        .chain(mine.messages.keys())
        .chain(theirs.messages.keys())
        .collect();
    for id in ids {
        let sides = (
            saved.messages.get(id),
            mine.messages.get(id),
            theirs.messages.get(id),
        );
        match pick(sides.0, sides.1, sides.2) {
            Some(Some(record)) => {
                merged.messages.insert(id.clone(), record.clone());
            }
            Some(None) => {
                merged.messages.remove(id);
            }
            None => conflicts.push(ReviewConflict::Message(id.clone())),
        }
    }
    let signoff = pick(
        saved.signoff.as_ref(),
        mine.signoff.as_ref(),
        theirs.signoff.as_ref(),
    );
    match signoff {
        Some(signoff) => merged.signoff = signoff.cloned(),
        None => conflicts.push(ReviewConflict::SignOff),
    }
    (merged, conflicts)
}

/// The three-way choice of one value: theirs when this side left it as saved (or made the same
/// change), mine when only this side changed it, `None` when both changed it differently.
pub fn pick<'r, T: PartialEq + ?Sized>(
    saved: Option<&'r T>,
    mine: Option<&'r T>,
    theirs: Option<&'r T>,
) -> Option<Option<&'r T>> {
    if mine == saved || mine == theirs {
        Some(theirs)
    } else if theirs == saved {
        Some(mine)
    } else {
        None
    }
}
