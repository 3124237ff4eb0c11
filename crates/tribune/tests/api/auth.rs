//! Readers: accounts, sessions by bearer token and by cookie (with CSRF), single sign-on
//! from the host site, and rate limits.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::both_engines;
use crate::helpers::{assert_error, spawn_app, spawn_app_with, Engine, PAGE};

both_engines!(
    signup_login_and_me,
    cookie_sessions_need_the_csrf_token,
    sso_tokens_are_verified,
    r17_sso_identities_belong_to_their_site,
    r17_accounts_resist_guessing,
    writes_are_rate_limited,
);

async fn signup_login_and_me(engine: Engine) {
    let app = spawn_app(engine).await;
    let token = app.signup("Ana@Example.org").await;
    let me = app
        .client
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .expect("request");
    assert_eq!(me.status(), StatusCode::OK);
    let me: Value = me.json().await.expect("json");
    assert_eq!(me["email"], "ana@example.org");
    assert_eq!(me["name"], "Ana");

    let duplicate = app
        .post_json(
            "/api/v1/auth/signup",
            &json!({"email": "ana@example.org", "password": "another password"}),
            None,
        )
        .await;
    assert_error(duplicate, StatusCode::CONFLICT, "conflict").await;
    let short = app
        .post_json(
            "/api/v1/auth/signup",
            &json!({"email": "b@example.org", "password": "short"}),
            None,
        )
        .await;
    let body = assert_error(short, StatusCode::BAD_REQUEST, "invalid_field").await;
    assert!(body["error"]["message"]
        .as_str()
        .expect("message")
        .contains("password"));
    let bad_email = app
        .post_json(
            "/api/v1/auth/signup",
            &json!({"email": "not-an-email", "password": "long enough pw"}),
            None,
        )
        .await;
    assert_error(bad_email, StatusCode::BAD_REQUEST, "invalid_field").await;

    let wrong = app
        .post_json(
            "/api/v1/auth/login",
            &json!({"email": "ana@example.org", "password": "wrong password"}),
            None,
        )
        .await;
    assert_error(wrong, StatusCode::UNAUTHORIZED, "unauthorized").await;
    let token2 = &app.login("ANA@example.org", "correct horse battery").await;

    // A comment by a signed-in reader carries their name, whatever author_name says.
    let c = app.comment_ok("signed in", None, Some(token2)).await;
    assert_eq!(c["author"]["name"], "Ana");
    assert_eq!(c["author"]["id"], me["id"]);

    let logout = app
        .client
        .post(app.url("/api/v1/auth/logout"))
        .bearer_auth(token2)
        .send()
        .await
        .expect("request");
    assert_eq!(logout.status(), StatusCode::NO_CONTENT);
    let after = app
        .client
        .get(app.url("/api/v1/me"))
        .bearer_auth(token2)
        .send()
        .await
        .expect("request");
    assert_error(after, StatusCode::UNAUTHORIZED, "unauthorized").await;
    // A bad bearer token is an error even where anonymous access is fine.
    assert_error(
        app.post_comment("hi", None, Some("forged")).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
    assert_error(
        app.get("/api/v1/me").await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
}

async fn cookie_sessions_need_the_csrf_token(engine: Engine) {
    let app = spawn_app(engine).await;
    app.signup("cookie@example.org").await;
    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .expect("client");
    let login = browser
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({"email": "cookie@example.org", "password": "correct horse battery"}))
        .send()
        .await
        .expect("request");
    let set_cookie = login
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(
        set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax"),
        "{set_cookie}"
    );
    let csrf = login.json::<Value>().await.expect("json")["csrf_token"]
        .as_str()
        .expect("csrf")
        .to_owned();

    let me = browser
        .get(app.url("/api/v1/me"))
        .send()
        .await
        .expect("request");
    assert_eq!(
        me.status(),
        StatusCode::OK,
        "reads work with the cookie alone"
    );
    let body = json!({"site": "news", "url": PAGE, "body": "via cookie"});
    let forged = browser
        .post(app.url("/api/v1/comments"))
        .json(&body)
        .send()
        .await
        .expect("request");
    assert_error(forged, StatusCode::FORBIDDEN, "forbidden").await;
    let ok = browser
        .post(app.url("/api/v1/comments"))
        .header("x-csrf-token", &csrf)
        .json(&body)
        .send()
        .await
        .expect("request");
    assert_eq!(ok.status(), StatusCode::CREATED);
    assert_eq!(
        ok.json::<Value>().await.expect("json")["author"]["name"],
        "cookie"
    );
}

fn sso_token(secret: &str, claims: &Value) -> String {
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        claims,
        &jsonwebtoken::EncodingKey::from_secret(secret.as_bytes()),
    )
    .expect("sign")
}

async fn sso_tokens_are_verified(engine: Engine) {
    let app = spawn_app(engine).await;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let claims = json!({"sub": "host-user-7", "name": "Host Reader", "email": "host@news.example", "exp": now + 600});

    let ok = app
        .post_json(
            "/api/v1/auth/sso",
            &json!({"site": "news", "token": sso_token("sso-secret", &claims)}),
            None,
        )
        .await;
    assert_eq!(ok.status(), StatusCode::OK);
    let session: Value = ok.json().await.expect("json");
    let first_id = session["reader"]["id"].clone();
    let me: Value = app
        .client
        .get(app.url("/api/v1/me"))
        .bearer_auth(session["token"].as_str().expect("token"))
        .send()
        .await
        .expect("request")
        .json()
        .await
        .expect("json");
    assert_eq!(
        (
            me["name"].as_str(),
            me["email"].as_str(),
            me["sso_site"].as_str()
        ),
        (Some("Host Reader"), Some("host@news.example"), Some("news"))
    );

    // The same host user maps to the same reader, with the name refreshed.
    let renamed = json!({"sub": "host-user-7", "name": "Renamed", "exp": now + 600});
    let again: Value = app
        .post_json(
            "/api/v1/auth/sso",
            &json!({"site": "news", "token": sso_token("sso-secret", &renamed)}),
            None,
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(again["reader"]["id"], first_id);
    assert_eq!(again["reader"]["name"], "Renamed");

    let forged = app
        .post_json(
            "/api/v1/auth/sso",
            &json!({"site": "news", "token": sso_token("guessed", &claims)}),
            None,
        )
        .await;
    assert_error(forged, StatusCode::UNAUTHORIZED, "unauthorized").await;
    let expired_claims = json!({"sub": "host-user-7", "name": "Host Reader", "exp": now - 3600});
    let expired = app
        .post_json(
            "/api/v1/auth/sso",
            &json!({"site": "news", "token": sso_token("sso-secret", &expired_claims)}),
            None,
        )
        .await;
    assert_error(expired, StatusCode::UNAUTHORIZED, "unauthorized").await;
    let no_exp = json!({"sub": "host-user-7", "name": "Host Reader"});
    let forever = app
        .post_json(
            "/api/v1/auth/sso",
            &json!({"site": "news", "token": sso_token("sso-secret", &no_exp)}),
            None,
        )
        .await;
    assert_error(forever, StatusCode::UNAUTHORIZED, "unauthorized").await;
    let garbage = app
        .post_json(
            "/api/v1/auth/sso",
            &json!({"site": "news", "token": "not.a.jwt"}),
            None,
        )
        .await;
    assert_error(garbage, StatusCode::UNAUTHORIZED, "unauthorized").await;

    tribune::sites::store::upsert_site(&app.db, "nosso", "No SSO", "", true, None, None)
        .await
        .expect("site");
    let no_sso = app
        .post_json(
            "/api/v1/auth/sso",
            &json!({"site": "nosso", "token": sso_token("x", &claims)}),
            None,
        )
        .await;
    assert_error(no_sso, StatusCode::FORBIDDEN, "forbidden").await;
    let unknown = app
        .post_json(
            "/api/v1/auth/sso",
            &json!({"site": "ghost", "token": sso_token("x", &claims)}),
            None,
        )
        .await;
    assert_error(unknown, StatusCode::NOT_FOUND, "not_found").await;
}

async fn writes_are_rate_limited(engine: Engine) {
    let app = spawn_app_with(engine, |c| {
        c.rate_limit.per_ip_per_minute = 3;
        c.rate_limit.per_reader_per_minute = 0;
    })
    .await;
    for i in 0..3 {
        app.comment_ok(&format!("comment {i}"), None, None).await;
    }
    let limited = app.post_comment("one too many", None, None).await;
    let retry_after: u64 = limited
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("Retry-After header");
    assert!((1..=60).contains(&retry_after), "{retry_after}");
    assert_error(limited, StatusCode::TOO_MANY_REQUESTS, "rate_limited").await;
    // Reads are not limited.
    assert_eq!(app.thread("", None).await["count"], 3);
}

/// #17: a token signed with site A's secret made an account that could post on site B, and
/// tokens were taken with an empty `sub`, a `nbf` or `iat` in the future, or a lifetime of
/// years. An SSO identity now acts on its own site only, and the token's times are checked.
async fn r17_sso_identities_belong_to_their_site(engine: Engine) {
    let app = spawn_app(engine).await;
    tribune::sites::store::upsert_site(&app.db, "other", "Other", "*", true, None, None)
        .await
        .expect("site");
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let sign_in = |claims: Value| {
        let app = &app;
        async move {
            app.post_json(
                "/api/v1/auth/sso",
                &json!({"site": "news", "token": sso_token("sso-secret", &claims)}),
                None,
            )
            .await
        }
    };
    let claims = |extra: Value| {
        let mut c = json!({"sub": "host-7", "name": "Host Reader", "exp": now + 600});
        c.as_object_mut()
            .expect("object")
            .extend(extra.as_object().expect("object").clone());
        c
    };
    let refused = [
        (claims(json!({"sub": " "})), StatusCode::BAD_REQUEST),
        (claims(json!({"nbf": now + 3600})), StatusCode::UNAUTHORIZED),
        (claims(json!({"iat": now + 3600})), StatusCode::UNAUTHORIZED),
        (
            claims(json!({"iat": now, "exp": now + 2 * 86_400})),
            StatusCode::BAD_REQUEST,
        ),
        (
            claims(json!({"exp": now + 365 * 86_400})),
            StatusCode::BAD_REQUEST,
        ),
    ];
    for (c, status) in refused {
        let response = sign_in(c.clone()).await;
        assert_eq!(response.status(), status, "{c}");
    }
    let ok = sign_in(claims(json!({"iat": now, "nbf": now}))).await;
    assert_eq!(ok.status(), StatusCode::OK);
    let session: Value = ok.json().await.expect("json");
    let token = session["token"].as_str().expect("token").to_owned();

    // At home it comments; on another site it does not, whatever it tries.
    assert_eq!(
        app.post_comment("From the host.", None, Some(&token))
            .await
            .status(),
        StatusCode::CREATED
    );
    let elsewhere = app
        .post_json(
            "/api/v1/comments",
            &json!({"site": "other", "url": "https://other.example/a", "body": "Sneaking in."}),
            Some(&token),
        )
        .await;
    assert_error(elsewhere, StatusCode::FORBIDDEN, "forbidden").await;
    let local = app
        .post_json(
            "/api/v1/comments",
            &json!({"site": "other", "url": "https://other.example/a", "body": "Hello.", "author_name": "Local"}),
            None,
        )
        .await;
    let local: Value = local.json().await.expect("json");
    let vote = app
        .post_json(
            &format!("/api/v1/comments/{}/vote", local["id"]),
            &json!({"value": 1}),
            Some(&token),
        )
        .await;
    assert_error(vote, StatusCode::FORBIDDEN, "forbidden").await;
}

/// #17: `12345678` and `password` were accepted, and an account's password could be guessed
/// without end from many addresses. Passwords zxcvbn guesses are refused with its advice;
/// five wrong passwords in a row make the account wait, a second and doubling, whatever the
/// address; the right password then starts the count again.
async fn r17_accounts_resist_guessing(engine: Engine) {
    let app = spawn_app(engine).await;
    for weak in ["12345678", "password", "qwertyuiop", "ana@example.org"] {
        let response = app
            .post_json(
                "/api/v1/auth/signup",
                &json!({"email": "ana@example.org", "password": weak}),
                None,
            )
            .await;
        let body = assert_error(response, StatusCode::BAD_REQUEST, "invalid_field").await;
        assert!(
            body["error"]["message"]
                .as_str()
                .is_some_and(|m| m.contains("too easy to guess")),
            "{weak}: {body}"
        );
    }
    app.signup("ana@example.org").await;
    let login = |password: &'static str| {
        let app = &app;
        async move {
            app.post_json(
                "/api/v1/auth/login",
                &json!({"email": "ana@example.org", "password": password}),
                None,
            )
            .await
        }
    };
    for _ in 0..5 {
        assert_eq!(
            login("wrong password!").await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    let locked = login("correct horse battery").await;
    assert_eq!(locked.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(locked.headers().contains_key("retry-after"));
    crate::browser::eventually("the account's wait to end", || async {
        login("correct horse battery").await.status() == StatusCode::OK
    })
    .await;
    // The count started again: one wrong password does not lock.
    assert_eq!(
        login("wrong password!").await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        login("correct horse battery").await.status(),
        StatusCode::OK
    );
}
