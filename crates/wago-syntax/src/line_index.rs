//! Byte offset → line and column, for diagnostics.

/// The start offset of every line of one file. Like go/token's line table,
/// a newline that ends the file does not start a line: the end-of-file
/// offset belongs to the last line (so an error "at EOF" is reported at the
/// end of the last line, as go/parser reports it).
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(src: &str) -> Self {
        let mut starts = vec![0];
        let len = src.len();
        starts.extend(memchr_newlines(src.as_bytes()).filter(|&i| i + 1 < len).map(|i| i as u32 + 1));
        LineIndex { starts }
    }

    /// 1-based line and 1-based byte column of `offset`, as gc prints them.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        (line as u32, offset - start + 1)
    }

    pub fn line(&self, offset: u32) -> u32 {
        self.line_col(offset).0
    }
}

fn memchr_newlines(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    b.iter().enumerate().filter(|&(_, &c)| c == b'\n').map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_are_one_based() {
        let li = LineIndex::new("ab\ncd\n\nx");
        assert_eq!(li.line_col(0), (1, 1));
        assert_eq!(li.line_col(1), (1, 2));
        assert_eq!(li.line_col(2), (1, 3));
        assert_eq!(li.line_col(3), (2, 1));
        assert_eq!(li.line_col(6), (3, 1));
        assert_eq!(li.line_col(7), (4, 1));
        assert_eq!(li.line_col(8), (4, 2));
    }

    #[test]
    fn a_final_newline_starts_no_line() {
        let li = LineIndex::new("ab\ncd\n");
        assert_eq!(li.line_col(5), (2, 3));
        assert_eq!(li.line_col(6), (2, 4));
    }
}
