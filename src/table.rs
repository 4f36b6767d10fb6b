//! The bundled data tables: tab-separated rows, `#` comments and blank lines skipped, cells trimmed.

/// The rows of a table.
pub(crate) fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// `data/attribution/outlets.tsv`: outlet heads and ties, the words that carry a statement to an outlet and the
/// copies it reached it as, and outlets' short names. One table, read by the attribution vocabulary, the outlet
/// reader and the catalog's chooser.
pub(crate) const OUTLETS: &str = include_str!("../data/attribution/outlets.tsv");

/// The first cell of each two-cell row of `table` whose second cell is `role`.
pub(crate) fn forms_of(table: &'static str, role: &'static str) -> impl Iterator<Item = &'static str> {
    rows(table).filter_map(move |row| match row[..] {
        [form, r] if r == role => Some(form),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_a_role_are_the_first_cells_of_its_rows() {
        let table = "# a comment\nقناة\thead\n\nوصل\tcopy\nاطلع\tcopy\nقصير\tshort-name\tid\n";
        // A `&'static str` for the test: the table is a literal.
        assert_eq!(forms_of(table, "copy").collect::<Vec<_>>(), ["وصل", "اطلع"]);
        assert_eq!(forms_of(table, "head").collect::<Vec<_>>(), ["قناة"]);
    }
}
