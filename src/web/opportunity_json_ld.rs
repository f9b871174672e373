//! schema.org `JobPosting` data for opportunity pages, safe inside
//! `<script type="application/ld+json">`.

use serde_json::{Value, json};

use crate::opportunities::OpportunityKind;
use crate::opportunities::service::LoadedOpportunity;

/// The texts and links a posting needs besides the stored opportunity.
pub struct PostingText<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub language: &'a str,
    pub url: &'a str,
    pub group_name: &'a str,
    pub group_url: &'a str,
    /// The skills sought, named in the page's language.
    pub skills: &'a [String],
}

/// The JSON-LD of an opportunity, with `<`, `>` and `&` escaped so user text cannot close the
/// script element. Volunteering is `VOLUNTEER`; other kinds do not say full or part time, so
/// they are `OTHER`.
pub fn job_posting(loaded: &LoadedOpportunity, text: &PostingText<'_>) -> String {
    let opportunity = &loaded.opportunity;
    let employment_type = match opportunity.kind() {
        OpportunityKind::Volunteering => "VOLUNTEER",
        _ => "OTHER",
    };
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": text.title,
        "description": text.description,
        "url": text.url,
        "identifier": {"@type": "PropertyValue", "name": "diaspora-hub", "value": opportunity.uuid},
        "inLanguage": text.language,
        "datePosted": opportunity.created_at.and_utc().to_rfc3339(),
        "validThrough": opportunity.expires_at.and_utc().to_rfc3339(),
        "employmentType": employment_type,
        "hiringOrganization": {"@type": "Organization", "name": text.group_name, "url": text.group_url},
        "directApply": opportunity.accepts_interest,
    });
    let fields = value.as_object_mut().expect("an object");
    if !text.skills.is_empty() {
        fields.insert("skills".into(), json!(text.skills.join(", ")));
    }
    if opportunity.country.is_some() {
        fields.insert(
            "jobLocation".into(),
            json!({"@type": "Place", "address": {
                "@type": "PostalAddress",
                "addressLocality": opportunity.city,
                "addressCountry": opportunity.country,
            }}),
        );
    }
    if opportunity.remote {
        fields.insert("jobLocationType".into(), Value::from("TELECOMMUTE"));
    }
    if let Some(commitment) = &opportunity.commitment {
        fields.insert("workHours".into(), Value::from(commitment.as_str()));
    }
    if let Some(compensation) = &opportunity.compensation {
        fields.insert("jobBenefits".into(), Value::from(compensation.as_str()));
    }
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}
