//! The Unicode classes Go's spec uses for identifiers and quoting
//! (`unicode.IsLetter`, `unicode.IsDigit`, `unicode.IsPrint`), by general category.

use unicode_general_category::{GeneralCategory as G, get_general_category};

pub fn is_letter(c: char) -> bool {
    matches!(
        get_general_category(c),
        G::UppercaseLetter | G::LowercaseLetter | G::TitlecaseLetter | G::ModifierLetter | G::OtherLetter
    )
}

pub fn is_digit(c: char) -> bool {
    get_general_category(c) == G::DecimalNumber
}

/// Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and ASCII space.
pub fn is_print(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    !matches!(
        get_general_category(c),
        G::SpaceSeparator
            | G::LineSeparator
            | G::ParagraphSeparator
            | G::Control
            | G::Format
            | G::Surrogate
            | G::PrivateUse
            | G::Unassigned
    )
}
