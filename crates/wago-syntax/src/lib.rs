//! Go source syntax: tokens, the scanner, the parser, the syntax tree with
//! its spans, comments and directives, build constraint lines, and literal
//! decoding. It turns one file's text into one [`ast::File`]; it knows
//! nothing of packages, the file system, types or code generation.

pub mod ast;
pub mod constraint;
pub mod dump;
pub mod intern;
pub mod lexer;
pub mod line_index;
pub mod literal;
pub mod parser;
pub mod span;
pub mod token;
mod unicode;

pub use intern::{Interner, Symbol};
pub use line_index::LineIndex;
pub use parser::{ParseOptions, ParsedFile, SyntaxError, parse_file, parse_file_with};
