//! The OpenAPI document is a contract: any change to it shows up as a snapshot diff.

use serde_json::Value;

use crate::helpers::spawn_app;

#[actix_web::test]
async fn the_openapi_document_matches_its_snapshot() {
    let app = spawn_app().await;

    let document: Value = app
        .get_page("/api/v1/openapi.json")
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(
        document["openapi"].as_str().unwrap().chars().next(),
        Some('3')
    );
    assert!(document["paths"]["/api/v1/auth/login"]["post"].is_object());
    insta::assert_json_snapshot!("openapi", document);
}
