//! An Atom (RFC 4287) feed of new and changed events, each entry marked with its language.

use chrono::{DateTime, Utc};

/// One entry.
pub struct AtomEntry {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub language: String,
    pub url: String,
    pub updated: DateTime<Utc>,
    pub published: DateTime<Utc>,
}

/// The whole feed document.
pub fn feed(
    title: &str,
    self_url: &str,
    site_url: &str,
    language: &str,
    entries: &[AtomEntry],
) -> String {
    let updated = entries
        .iter()
        .map(|entry| entry.updated)
        .max()
        .unwrap_or_else(Utc::now);
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        escape(language)
    ));
    out.push_str(&format!("  <title>{}</title>\n", escape(title)));
    out.push_str(&format!("  <id>{}</id>\n", escape(self_url)));
    out.push_str(&format!(
        "  <link rel=\"self\" href=\"{}\"/>\n",
        escape(self_url)
    ));
    out.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        escape(site_url)
    ));
    out.push_str(&format!("  <updated>{}</updated>\n", updated.to_rfc3339()));
    out.push_str("  <author><name>diaspora-hub</name></author>\n");
    for entry in entries {
        out.push_str(&format!(
            "  <entry xml:lang=\"{}\">\n",
            escape(&entry.language)
        ));
        out.push_str(&format!("    <id>{}</id>\n", escape(&entry.id)));
        out.push_str(&format!("    <title>{}</title>\n", escape(&entry.title)));
        out.push_str(&format!(
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            escape(&entry.url)
        ));
        out.push_str(&format!(
            "    <published>{}</published>\n",
            entry.published.to_rfc3339()
        ));
        out.push_str(&format!(
            "    <updated>{}</updated>\n",
            entry.updated.to_rfc3339()
        ));
        out.push_str(&format!(
            "    <summary>{}</summary>\n",
            escape(&entry.summary)
        ));
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

/// Escapes text and attribute values; drops characters XML 1.0 forbids.
fn escape(text: &str) -> String {
    text.chars()
        .filter(|c| matches!(c, '\t' | '\n' | '\r') || !c.is_control())
        .map(|c| match c {
            '&' => "&amp;".to_owned(),
            '<' => "&lt;".to_owned(),
            '>' => "&gt;".to_owned(),
            '"' => "&quot;".to_owned(),
            '\'' => "&apos;".to_owned(),
            other => other.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_titles_is_escaped() {
        let entry = AtomEntry {
            id: "urn:uuid:1".into(),
            title: "<b>Fête</b> & \"co\"".into(),
            summary: "\u{0}x".into(),
            language: "fr".into(),
            url: "https://x.org/events/1".into(),
            updated: Utc::now(),
            published: Utc::now(),
        };
        let xml = feed(
            "Events",
            "https://x.org/feeds/events.atom",
            "https://x.org/events",
            "fr",
            &[entry],
        );
        assert!(xml.contains("&lt;b&gt;Fête&lt;/b&gt; &amp; &quot;co&quot;"));
        assert!(!xml.contains('\u{0}'));
    }
}
