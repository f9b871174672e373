//! The OpenAPI document is a contract: any change to it shows up as a snapshot diff.

use serde_json::Value;

use crate::helpers::{TestApp, spawn_app};

async fn document(app: &TestApp) -> Value {
    app.get_page("/api/v1/openapi.json")
        .await
        .json()
        .await
        .unwrap()
}

#[actix_web::test]
async fn the_openapi_document_matches_its_snapshot() {
    let app = spawn_app().await;

    let document = document(&app).await;

    assert_eq!(
        document["openapi"].as_str().unwrap().chars().next(),
        Some('3')
    );
    assert!(document["paths"]["/api/v1/auth/login"]["post"].is_object());
    insta::assert_json_snapshot!("openapi", document);
}

#[actix_web::test]
async fn every_response_is_described_and_the_partner_api_is_documented_with_its_scopes() {
    let app = spawn_app().await;

    let document = document(&app).await;

    let mut operation_ids = std::collections::HashSet::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let id = operation["operationId"].as_str().unwrap();
            assert!(operation_ids.insert(id.to_owned()), "{id} is not unique");
            for (status, response) in operation["responses"].as_object().unwrap() {
                let description = response["description"].as_str().unwrap_or_default();
                assert!(!description.is_empty(), "{method} {path} {status}");
            }
            if operation["security"].is_array() {
                assert!(operation["responses"]["401"].is_object(), "{method} {path}");
            }
        }
    }
    let changes = &document["paths"]["/federation/v1/changes"]["get"];
    assert_eq!(
        changes["security"][0]["partner_key"][0], "changes:read",
        "{changes}"
    );
    for (path, scope) in [
        ("/federation/v1/groups", "groups:read"),
        ("/federation/v1/events", "events:read"),
        ("/federation/v1/opportunities", "opportunities:read"),
    ] {
        assert_eq!(
            document["paths"][path]["get"]["security"][0]["partner_key"][0],
            scope
        );
        assert!(document["paths"][path]["get"]["responses"]["304"].is_object());
    }
    assert!(document["components"]["securitySchemes"]["partner_key"].is_object());
    let limit = document["paths"]["/api/v1/events"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|parameter| parameter["name"] == "limit")
        .unwrap();
    assert_eq!(limit["schema"]["minimum"], 1);
    assert_eq!(limit["schema"]["maximum"], 100);
}
