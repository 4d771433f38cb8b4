//! [`ApiError`]: the one error type of the HTTP server, mapped to a status code.
//!
//! Client mistakes (a query that does not parse, an unknown format, a missing token) answer 4xx
//! with the message in a `text/plain` body, so a client sees what to fix (for a bad query, the
//! parser's message with its position). Faults of the server (the store fails, a task panics)
//! answer 500 with a generic body; the details go to the log only, so internals do not leak.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// An error answered to the client with a status code.
#[derive(Debug)]
pub enum ApiError {
    /// 400: the request is malformed (bad query, bad parameter, bad RDF payload).
    BadRequest(String),
    /// 401: a write was attempted without the right bearer token.
    Unauthorized,
    /// 403: writes are disabled on this server (no write token configured, or read-only store).
    Forbidden(String),
    /// 404: nothing is known about the requested resource or graph.
    NotFound(String),
    /// 405: the method is not allowed here.
    MethodNotAllowed(String),
    /// 406: no representation matches the `Accept` header or the `format` parameter.
    NotAcceptable(String),
    /// 413: the request body is larger than the configured limit.
    PayloadTooLarge,
    /// 415: the request body has a media type this route does not read.
    UnsupportedMediaType(String),
    /// 503: the query ran out of time (it was cancelled) or the server is overloaded.
    Timeout,
    /// 500: a fault of the server; the message is logged, never sent.
    Internal(String),
}

impl ApiError {
    /// A 500 from any error, logging its full chain.
    pub fn internal(error: impl std::fmt::Display) -> Self {
        Self::Internal(format!("{error:#}"))
    }

    /// The status code this error answers with.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            Self::NotAcceptable(_) => StatusCode::NOT_ACCEPTABLE,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::Timeout => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(m)
            | Self::Forbidden(m)
            | Self::NotFound(m)
            | Self::MethodNotAllowed(m)
            | Self::NotAcceptable(m)
            | Self::UnsupportedMediaType(m) => f.write_str(m),
            Self::Unauthorized => f.write_str(
                "writes need the server's write token: send `Authorization: Bearer TOKEN`",
            ),
            Self::PayloadTooLarge => f.write_str("the request body is larger than the limit"),
            Self::Timeout => f.write_str(
                "the query did not finish within the server's time limit; it was cancelled",
            ),
            Self::Internal(_) => {
                f.write_str("internal server error (details are in the server log)")
            }
        }
    }
}

impl std::error::Error for ApiError {}

impl From<axum::extract::rejection::BytesRejection> for ApiError {
    fn from(rejection: axum::extract::rejection::BytesRejection) -> Self {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Self::PayloadTooLarge
        } else {
            Self::BadRequest(rejection.body_text())
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        if let Self::Internal(details) = &self {
            tracing::error!(%details, "request failed");
        }
        let mut response = (status, format!("{self}\n")).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        );
        if matches!(self, Self::Unauthorized) {
            headers.insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"diplokg\""),
            );
        }
        response
    }
}
