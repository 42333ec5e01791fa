"""Tests for dogcatcher.sanitize: what is redacted, what must stay for debugging."""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.redaction import CORPUS, SECRET_TYPES, TARGETS, load_corpus, score_corpus
from dogcatcher import sanitize
from dogcatcher.models import LogEvent
from dogcatcher.sanitize import (
    PLACEHOLDERS,
    extra_rule_problem,
    extra_rules,
    redact,
    redact_counts,
    redact_with,
    sanitize_events,
)

JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
    ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)
AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
# Fake tokens in each vendor's format (built from parts so secret scanners stay quiet).
GITHUB = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"
GITHUB_FINE = "github_pat_" + "11ABCDEFG0123456789abc" + "_" + "x" * 50 + "Y9z"
GITLAB = "glpat-" + "xYz12AbC34dEf56GhI78"
SLACK = "xoxb-" + "123456789012-1234567890123-" + "AbCdEfGhIjKlMnOpQrStUvWx"
STRIPE = "sk_live_" + "51H8aBcDeFgHiJkLmNoPqRsT"
OPENAI = "sk-proj-" + "Ab3dEfGhIjKlMnOpQrStUvWxYz0123456789_-abcdEFGH"
ATLASSIAN = "ATATT3xFfGF0" + "Tq2_Zx9-" * 10 + "=1A2B3C4D"
GCP = "AIza" + "SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q"
AZURE_ACCOUNT_KEY = (
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq" + "/K1SZFPTOtr/KBHBeksoGMGw=="
)
AZURE_CLIENT_SECRET = "abc8Q~" + "aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456"
PEM = (  # JSON-escaped, as it reaches a log inside a string
    "-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo\\n"
    "4lgOEePzNm0tRgeLezV6ffAt\\n-----END RSA PRIVATE KEY-----"
)

# More vendors' tokens, known by their prefix and shape.
MORE_VENDOR_TOKENS = {
    "npm": "npm_" + "a1B2c3D4e5" * 3 + "f6G7h8",
    "pypi": "pypi-AgEIcHlwaS5vcmc" + "Q1w2E3r4T5" * 5,
    "sendgrid": "SG." + "a1B2c3D4e5f6G7h8i9J0k1" + "." + "L2m3N4o5P6" * 4 + "q7R",
    "shopify": "shpat_" + "0123456789abcdef" * 2,
    "hugging-face": "hf_" + "AbCdEfGhIj" * 3 + "KlMn",
    "digitalocean": "dop_v1_" + "0123456789abcdef" * 4,
    "vault": "hvs." + "CAESIJ" * 5,
}
# (id, input, expected output)
REDACTED: list[tuple[str, str, str]] = [
    *(
        (name, f"login with {token} failed", "login with <token> failed")
        for name, token in MORE_VENDOR_TOKENS.items()
    ),
    # What escapes hid: percent-encoded query strings and bodies, JSON's escaped line breaks
    # (found by probing on 2026-11-30; each leaked whole before).
    (
        "jwt-in-encoded-redirect",
        "next=%2Fcb%3Fid_token%3DeyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N",
        "next=%2Fcb%3Fid_token%3D<jwt>",
    ),
    ("aws-key-after-encoded-equals", "q=%3DAKIAIOSFODNN7EXAMPLE&x=1", "q=%3D<aws_key>&x=1"),
    (
        "password-in-encoded-form",
        "body=user%3Dbob%26password%3Dhunter2%26x%3D1",
        "body=user%3Dbob%26password%3D<secret>%26x%3D1",
    ),
    ("card-after-encoded-slash", "GET /pay%2F4111111111111111 402", "GET /pay%2F<card> 402"),
    ("stripe-in-encoded-quotes", "k=%22sk_live_4eC39HqLyjWDarjtT1zdp7dc%22", "k=%22<token>%22"),
    (
        "aws-key-after-escaped-newline",
        r'"msg":"dump\nAKIAIOSFODNN7EXAMPLE"',
        r'"msg":"dump\n<aws_key>"',
    ),
    ("ip-after-escaped-tab", r"peer\t10.0.0.1 reset", r"peer\t<ip> reset"),
    ("email-encoded-with-plus", "email=john.doe%2Btest%40example.com", "email=<email>"),
    # Values in the shapes languages print them.
    (
        "go-url-values",
        "map[password:[hunter2] username:[bob]]",
        "map[password:[<secret>] username:[bob]]",
    ),
    ("json-list-value", '{"password":["hunter2"]}', '{"password":["<secret>"]}'),
    (
        "ruby-hash-rocket",
        '{"user"=>{"password"=>"hunter2"}, "api_key"=>"abc123"}',
        '{"user"=>{"password"=>"<secret>"}, "api_key"=>"<secret>"}',
    ),
    ("python2-unicode", "{u'password': u'hunter2'}", "{u'password': u'<secret>'}"),
    (
        "elasticsearch-api-key",
        "Authorization: ApiKey 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b",
        "Authorization: ApiKey <secret>",
    ),
    ("okta-ssws", "authorization: SSWS 00QCjAl4MlV-WPXM-abcdef", "authorization: SSWS <secret>"),
    (
        "postgres-unique-violation",
        "DETAIL: Key (phone)=(4155552671) already exists.",
        "DETAIL: Key (phone)=<phone>) already exists.",
    ),
    # email
    ("email", "mail bob@example.com now", "mail <email> now"),
    ("email-plus-subdomain", "to: bob.smith+ops@mail.acme.co.uk", "to: <email>"),
    ("email-end-of-sentence", "contact alice@example.com.", "contact <email>."),
    ("email-in-angle-brackets", "From: Bob <bob@example.org>", "From: Bob <<email>>"),
    # IPv4
    ("ipv4", "request from 10.0.0.1 denied", "request from <ip> denied"),
    ("ipv4-keeps-port", "connect 192.168.1.20:8080 refused", "connect <ip>:8080 refused"),
    ("ipv4-edges", "0.0.0.0 255.255.255.255", "<ip> <ip>"),
    ("ipv4-arrow", "10.0.0.1->10.0.0.2", "<ip>-><ip>"),
    ("ipv4-xff", "x-forwarded-for=203.0.113.7,198.51.100.2", "x-forwarded-for=<ip>,<ip>"),
    # IPv6
    ("ipv6-compressed", "peer 2001:db8::1 reset", "peer <ip> reset"),
    ("ipv6-link-local", "via fe80::1ff:fe23:4567:890a", "via <ip>"),
    ("ipv6-loopback-bracketed", "http://[::1]:8080/health", "http://[<ip>]:8080/health"),
    ("ipv6-full", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "<ip>"),
    ("ipv6-uppercase", "addr=2001:DB8:0:0:8:800:200C:417A", "addr=<ip>"),
    ("ipv6-trailing-double-colon", "prefix 2001:db8:: routed", "prefix <ip> routed"),
    ("ipv6-v4-mapped", "client ::ffff:192.0.2.128 connected", "client <ip> connected"),
    ("ipv6-zone-kept", "fe80::1%eth0", "<ip>%eth0"),
    # cards
    ("card-visa-spaces", "card 4111 1111 1111 1111 declined", "card <card> declined"),
    ("card-mastercard-dashes", "pan=5555-5555-5555-4444", "pan=<card>"),
    ("card-plain", "charging 4012888888881881 now", "charging <card> now"),
    ("card-amex-4-6-5", "amex 3782 822463 10005", "amex <card>"),
    ("card-then-cvv-like", "4111 1111 1111 1111 123", "<card> 123"),
    # JWT
    ("jwt", f"id_token {JWT} expired", "id_token <jwt> expired"),
    ("jwt-as-bearer", f"Authorization: Bearer {JWT}", "Authorization: Bearer <jwt>"),
    ("jwt-as-kv-value", f"token={JWT}", "token=<jwt>"),
    # bearer tokens
    ("bearer", "Authorization: Bearer abc123.def-456_~+/=", "Authorization: Bearer <token>"),
    ("bearer-lowercase", "sent bearer 0123456789abcdef", "sent bearer <token>"),
    ("bearer-json", '{"Authorization": "Bearer abc123"}', '{"Authorization": "Bearer <token>"}'),
    # AWS
    ("aws-access-key-id", "key AKIAIOSFODNN7EXAMPLE used", "key <aws_key> used"),
    ("aws-session-key-id", "ASIAY34FZKBOKMUTVV7A", "<aws_key>"),
    (
        "aws-secret-ini",
        f"aws_secret_access_key = {AWS_SECRET}",
        "aws_secret_access_key = <aws_key>",
    ),
    ("aws-secret-env", f"AWS_SECRET_ACCESS_KEY={AWS_SECRET}", "AWS_SECRET_ACCESS_KEY=<aws_key>"),
    (
        "aws-secret-json",
        f'{{"SecretAccessKey": "{AWS_SECRET}"}}',
        '{"SecretAccessKey": "<aws_key>"}',
    ),
    # URL passwords
    (
        "url-password",
        "dsn postgres://app:s3cr3t@db.internal:5432/orders",
        "dsn postgres://app:<secret>@db.internal:5432/orders",
    ),
    ("url-password-empty-user", "redis://:hunter2@cache:6379/0", "redis://:<secret>@cache:6379/0"),
    (
        "url-password-with-at",
        "amqp://guest:p@ss@rabbit/vhost",
        "amqp://guest:<secret>@rabbit/vhost",
    ),
    (
        "url-user-is-email",
        "smtp://alerts@acme.com:pw@smtp.acme.com",
        "smtp://<email>:<secret>@smtp.acme.com",
    ),
    # key=value, key: value, JSON, dict repr
    ("kv-equals", "login password=hunter2 user=bob", "login password=<secret> user=bob"),
    ("kv-colon", "db_password: hunter2", "db_password: <secret>"),
    (
        "kv-uppercase",
        "PASSWORD=Hunter2 PWD=x passwd=y",
        "PASSWORD=<secret> PWD=<secret> passwd=<secret>",
    ),
    ("kv-json", '{"api_key": "abc123", "user": "bob"}', '{"api_key": "<secret>", "user": "bob"}'),
    ("kv-json-no-space", '{"secret":"s","n":1}', '{"secret":"<secret>","n":1}'),
    ("kv-json-number", '{"token": 123456}', '{"token": "<secret>"}'),
    ("kv-dict-repr", "{'client_secret': 'xyz', 'id': 7}", "{'client_secret': '<secret>', 'id': 7}"),
    (
        "kv-query-string",
        "GET /cb?code_id=1&access_token=abc123&state=ok",
        "GET /cb?code_id=1&access_token=<secret>&state=ok",
    ),
    ("kv-header", "X-Api-Key: 9f8e7d6c", "X-Api-Key: <secret>"),
    ("kv-camel-case", "refreshToken=abc apiKey=def", "refreshToken=<secret> apiKey=<secret>"),
    ("kv-basic-auth", "Authorization: Basic dXNlcjpwYXNz", "Authorization: Basic <secret>"),
    ("kv-session", "sessionid=abc123 session_id=def", "sessionid=<secret> session_id=<secret>"),
    ("kv-private-key", "private_key=MIIEvQIBADANBg", "private_key=<secret>"),
    (
        "kv-escaped-json",
        r'msg="{\"password\": \"x\", \"n\": 1}"',
        r'msg="{\"password\": \"<secret>\", \"n\": 1}"',
    ),
    (
        "kv-escaped-quote-in-value",
        r'{"password": "a\"b", "u": 1}',
        r'{"password": "<secret>", "u": 1}',
    ),
    ("kv-unterminated-quote", 'password="hunter2', 'password="<secret>'),
    ("kv-cookie-header", "Cookie: sid=abc; theme=dark", "Cookie: <secret>"),
    ("kv-set-cookie", "Set-Cookie: sid=abc; Path=/; HttpOnly", "Set-Cookie: <secret>"),
    (
        "kv-cookie-json",
        '{"cookie": "sid=abc; x=1", "Cookie": 42}',
        '{"cookie": "<secret>", "Cookie": "<secret>"}',
    ),
    ("kv-non-ascii-before", "\u0130\u0130 password=x", "\u0130\u0130 password=<secret>"),
    ("kv-bare-pass", "db_pass=hunter2 pass: x9", "db_pass=<secret> pass: <secret>"),
    ("kv-app-key", "DD_APP_KEY=0123456789abcdef0123456789abcdef01234567", "DD_APP_KEY=<secret>"),
    (
        "kv-dd-api-key-header",
        "DD-API-KEY: 0123456789abcdef0123456789abcdef",
        "DD-API-KEY: <secret>",
    ),
    (
        "kv-phpsessid",
        "PHPSESSID=9c1b2a; connect.sid=s%3Aabc",
        "PHPSESSID=<secret>; connect.sid=<secret>",
    ),
    (
        "cookie-ends-at-text",
        "Cookie: sid=abc; theme=dark; retry in 2s",
        "Cookie: <secret>; retry in 2s",
    ),
    (
        "kv-value-after-placeholder",
        f"https://x-access-token:{GITHUB}@github.com/a.git",
        "https://x-access-token:<token>@github.com/a.git",
    ),
    ("url-password-with-hash", "redis://:pa#ss@cache:6379", "redis://:<secret>@cache:6379"),
    # private keys
    (
        "pem-escaped",
        f'{{"private_key": "{PEM}", "n": 1}}',
        '{"private_key": "<private_key>", "n": 1}',
    ),
    (
        "pem-multiline",
        "key:\n" + PEM.replace("\\n", "\n") + "\nloaded",
        "key:\n<private_key>\nloaded",
    ),
    (
        "pem-truncated",
        "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
        "<private_key>",
    ),
    # vendor tokens
    ("github", f"GITHUB_TOKEN={GITHUB} denied", "GITHUB_TOKEN=<token> denied"),
    ("github-fine-grained", f"using {GITHUB_FINE}", "using <token>"),
    ("gitlab", f"PRIVATE-TOKEN: {GITLAB}", "PRIVATE-TOKEN: <token>"),
    ("slack", f"slack {SLACK} invalid_auth", "slack <token> invalid_auth"),
    (
        "slack-webhook",
        "https://hooks.slack.com/services/T0123ABCD/B0123456789/AbCdEfGhIjKlMnOpQrStUvWx",
        "https://hooks.slack.com/services/<token>",
    ),
    ("stripe", f'"api_key":"{STRIPE}"', '"api_key":"<token>"'),
    ("stripe-webhook", "whsec_" + "AbCdEfGhIjKlMnOpQrStUvWx12", "<token>"),
    ("openai", f"Incorrect API key provided: {OPENAI}", "Incorrect API key provided: <token>"),
    ("openai-legacy", "sk-" + "Ab1" * 7 + "T3BlbkFJ" + "xY2" * 7, "<token>"),
    ("atlassian", f"JIRA_API_TOKEN={ATLASSIAN}", "JIRA_API_TOKEN=<token>"),
    # cloud keys
    ("gcp-api-key", f"maps?key={GCP}&x=1", "maps?key=<gcp_key>&x=1"),
    ("gcp-oauth-secret", "GOCSPX-" + "AbCdEfGhIjKlMnOpQrStUvWx1234", "<gcp_key>"),
    ("gcp-access-token", "ya29." + "a0AfB_byC" * 4, "<gcp_key>"),
    (
        "azure-connection-string",
        f"AccountName=acme;AccountKey={AZURE_ACCOUNT_KEY};EndpointSuffix=core.windows.net",
        "AccountName=acme;AccountKey=<azure_key>;EndpointSuffix=core.windows.net",
    ),
    (
        "azure-sas",
        "a.csv?sv=2022-11-02&sig=AbCdEfGhIjKlMnOpQrSt%2BU%3D",
        "a.csv?sv=2022-11-02&sig=<azure_key>",
    ),
    ("azure-client-secret", f"secret {AZURE_CLIENT_SECRET} expired", "secret <azure_key> expired"),
    # basic auth outside a header
    (
        "basic-standalone",
        "retrying with Basic dXNlcjpwYXNz now",
        "retrying with Basic <secret> now",
    ),
    # phones
    ("phone-e164", "sms to +14155552671 failed", "sms to <phone> failed"),
    (
        "phone-spaced",
        "The 'To' number +44 20 7946 0958 is invalid",
        "The 'To' number <phone> is invalid",
    ),
    ("phone-french", "+33 1 23 45 67 89.", "<phone>."),
    ("phone-parens", "+1 (415) 555-2671 and (415) 555-2672", "<phone> and <phone>"),
    ("phone-nanp-dashes", "call 415-555-2671 or 1-800-555-0199", "call <phone> or <phone>"),
    ("phone-nanp-dots", "tel 415.555.2671", "tel <phone>"),
    (
        "phone-keyed-national",
        "phone=07700 900123 mobile: 0612345678",
        "phone=<phone> mobile: <phone>",
    ),
    ("phone-keyed-json", '{"phoneNumber": "020 7946 0958"}', '{"phoneNumber": "<phone>"}'),
    ("phone-stops-before-version", "+33 8 03 28 67 47 1.2.3-rc.1", "<phone> 1.2.3-rc.1"),
    # MAC
    ("mac-colon", "device 00:1a:2b:3c:4d:5e offline", "device <mac> offline"),
    ("mac-dash-upper", "hw=00-1A-2B-3C-4D-5E", "hw=<mac>"),
    # IBAN
    ("iban-compact", "payout DE89370400440532013000 failed", "payout <iban> failed"),
    ("iban-spaced", "iban=GB82 WEST 1234 5698 7654 32 ok", "iban=<iban> ok"),
    ("iban-spaced-before-words", "iban=AT61 1904 3002 3457 3201 PRIVATE", "iban=<iban> PRIVATE"),
    # national ids
    ("ssn", "applicant 078-05-1120 failed", "applicant <national_id> failed"),
    ("ssn-keyed", "ssn=078051120 2026-11-01T12:00:00Z", "ssn=<national_id> 2026-11-01T12:00:00Z"),
    ("nino", "NINO AB123456C and AB 12 34 56 C", "NINO <national_id> and <national_id>"),
    ("dni-nie", "DNI 12345678Z NIE X1234567L", "DNI <national_id> NIE <national_id>"),
    ("email-url-encoded", "?email=bob%40example.com&x=1", "?email=<email>&x=1"),
    # card security codes, PINs and one-time codes after their key
    ("cvv", "payment declined cvv=123 for order 7", "payment declined cvv=<secret> for order 7"),
    ("cvc-json", '{"cvc": "4567", "amount": 12}', '{"cvc": "<secret>", "amount": 12}'),
    ("pin", "pin=1234 rejected; user_pin: 9876", "pin=<secret> rejected; user_pin: <secret>"),
    ("otp", "otp=482913 expired, totp_code=112233", "otp=<secret> expired, totp_code=<secret>"),
    (
        "verification-code",
        "verification_code=123456 wrong; 2fa-code: 654321",
        "verification_code=<secret> wrong; 2fa-code: <secret>",
    ),
    (
        "code-in-prose",
        'SMS failed: "Your verification code is 482913"; OTP: 112233; security code 042',
        'SMS failed: "Your verification code is <secret>"; OTP: <secret>; security code <secret>',
    ),
    (
        "code-in-prose-more",
        "2fa code 482913 invalid, login code 5521 expired, one-time passcode: 99812",
        "2fa code <secret> invalid, login code <secret> expired, one-time passcode: <secret>",
    ),
    # presigned URLs: the signature is the credential
    (
        "s3-presigned",
        "GET /a.pdf?X-Amz-Expires=900&X-Amz-Signature=6e0a5d3b0a8e3a9b0f1e2d3c4b5a6978 403",
        "GET /a.pdf?X-Amz-Expires=900&X-Amz-Signature=<secret> 403",
    ),
    (
        "gcs-presigned",
        "GET /o.png?X-Goog-Signature=5a4b3c2d1e0f5a4b3c2d1e0f&x=1",
        "GET /o.png?X-Goog-Signature=<secret>&x=1",
    ),
    (
        "cloudfront-signed",
        "GET /i.jpg?Expires=1764500000&Signature=nitfHRCrtz~yYDhUF5-j19D&Key-Pair-Id=K2JC",
        "GET /i.jpg?Expires=1764500000&Signature=<secret>&Key-Pair-Id=K2JC",
    ),
    # secrets on a logged command line
    (
        "cli-flag-word",
        "docker login --password hunter2 --username bob; kubectl --token abc123 get pods",
        "docker login --password <secret> --username bob; kubectl --token <secret> get pods",
    ),
    (
        "mysql-p",
        "mysqldump -uroot -ps3cr3t shop failed; mysql -h db -p -e 'select 1'",
        "mysqldump -uroot -p<secret> shop failed; mysql -h db -p -e 'select 1'",
    ),
    ("redis-cli-a", "redis-cli -h cache -a s3cretpass ping", "redis-cli -h cache -a <secret> ping"),
    (
        "curl-user",
        "curl -u admin:s3cret https://x; curl -s --user 'bob:hunter2' -X POST https://y",
        "curl -u admin:<secret> https://x; curl -s --user 'bob:<secret>' -X POST https://y",
    ),
    # an IBAN or a National Insurance number after its key, in any case
    (
        "iban-keyed-lowercase",
        'iban: de89370400440532013000; {"iban": "de89 3704 0044 0532 0130 00"}',
        'iban: <iban>; {"iban": "<iban>"}',
    ),
    (
        "nino-keyed-lowercase",
        "nino ab123456c; ni_number=AB 12 34 56 C",
        "nino <national_id>; ni_number=<national_id>",
    ),
    # emails outside ASCII, whole
    (
        "email-idn",
        "to jürgen@exämple.de, jürgen@example.de and 用户@例子.中国",
        "to <email>, <email> and <email>",
    ),
    # Shapes a probe found leaking (2026-11-30).
    (
        "cookie-before-an-escaped-line-break",
        r"Cookie: sid=DcArQZclrjt92jX1\nX-Api-Key: e302123b7000bfe4\nAccept: */*",
        r"Cookie: <secret>\nX-Api-Key: <secret>\nAccept: */*",
    ),
    (
        "name-and-value-pairs",
        '[{"name":"DB_PASSWORD","value":"Xk9mP2qzR7"},{"name":"LOG_LEVEL","value":"info"},'
        '{"key": "x-api-key", "value": "abc123def"}]',
        '[{"name":"DB_PASSWORD","value":"<secret>"},{"name":"LOG_LEVEL","value":"info"},'
        '{"key": "x-api-key", "value": "<secret>"}]',
    ),
    (
        "secret-key-variants",
        "password_confirmation=a1 passwordNew=b2 password2=c3 token_value=d4 "
        "CLIENT_SECRET_PROD=e5 private_key_pem=f6 passwords=[g7] tokens=[h8]",
        "password_confirmation=<secret> passwordNew=<secret> password2=<secret> "
        "token_value=<secret> CLIENT_SECRET_PROD=<secret> private_key_pem=<secret> "
        "passwords=[<secret>] tokens=[<secret>]",
    ),
    (
        "more-key-names",
        'JWT_KEY=j1 HMAC_KEY=h2 AZURE_STORAGE_KEY=s3 x-functions-key: f4 _auth=a5 {"auth":"b6"} '
        "AUTH_SALT=c7 credentials=d8",
        "JWT_KEY=<secret> HMAC_KEY=<secret> AZURE_STORAGE_KEY=<secret> x-functions-key: <secret> "
        '_auth=<secret> {"auth":"<secret>"} AUTH_SALT=<secret> credentials=<secret>',
    ),
    (
        "unquoted-value-with-punctuation",
        "DB_PASSWORD=q8#Lm,2v!Xz HOST=db; password=ab&cd&user=bob; password=x,user=y",
        "DB_PASSWORD=<secret> HOST=db; password=<secret>&user=bob; password=<secret>,user=y",
    ),
    (
        "postgres-key-detail",
        "DETAIL:  Key (token)=(9f86d081884c7d65) already exists.",
        "DETAIL:  Key (token)=(<secret>) already exists.",
    ),
    (
        "json-escaped-twice",
        r'{"event":"{\"body\":\"{\\\"password\\\":\\\"Xk9mP2qzR7\\\"}\"}"}',
        r'{"event":"{\"body\":\"{\\\"password\\\":\\\"<secret>\\\"}\"}"}',
    ),
    (
        "query-code",
        "GET /api/Charge?code=TicvRRPEztvbf9PiQ0prhJMw== 500; /cb?code=E42&state=x",
        "GET /api/Charge?code=<secret> 500; /cb?code=E42&state=x",
    ),
    (
        "go-mysql-dsn",
        "open app:Xk9mP2qzR7@tcp(db:3306)/orders and root:pw1@unix(/tmp/mysql.sock)/x",
        "open app:<secret>@tcp(db:3306)/orders and root:<secret>@unix(/tmp/mysql.sock)/x",
    ),
    (
        "url-password-with-a-slash",
        "postgres://app:a8Fk/3q+ZpW=@db:5432/orders; https://host:8443/@types/node",
        "postgres://app:<secret>@db:5432/orders; https://host:8443/@types/node",
    ),
    (
        "sql-password",
        "ALTER ROLE app WITH PASSWORD 'Xk9mP2qzR7'; CREATE USER 'b'@'%' IDENTIFIED BY 'p4ss'",
        "ALTER ROLE app WITH PASSWORD '<secret>'; CREATE USER 'b'@'%' IDENTIFIED BY '<secret>'",
    ),
    (
        "xml-elements",
        '<password>Xk9</password><wsse:Password Type="t#PasswordText">Pw1</wsse:Password>'
        "<ApiKey>k2</ApiKey><id>nexus</id>",
        '<password><secret></password><wsse:Password Type="t#PasswordText"><secret>'
        "</wsse:Password><ApiKey><secret></ApiKey><id>nexus</id>",
    ),
    (
        "netrc",
        "machine api.heroku.com login deploy password Jh6gF4dS2a",
        "machine api.heroku.com login deploy password <secret>",
    ),
    (
        "pem-in-base64",
        '"tls.key":"LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlF"',
        '"tls.key":"<private_key>"',
    ),
    (
        "prefixed-cli-flags",
        "--docker-password Pw9x --admin-password 'Qz1' --account-key Ak2 --token-file /t",
        "--docker-password <secret> --admin-password '<secret>' --account-key <secret> "
        "--token-file /t",
    ),
    (
        "slack-workflow-webhook",
        "POST https://hooks.slack.com/workflows/TYDP26AAM/ABPGOA4K93T/499934590164649147/"
        "DIMASXligxpv8jhJrjoTQ5yK 400",
        "POST https://hooks.slack.com/workflows/<token> 400",
    ),
]

# Text that must come out unchanged: it is what makes a log line debuggable.
KEPT: list[tuple[str, str]] = [
    (
        "not-secrets-near-secret-words",
        '{"url":"https://api.stripe.com","status":402} max_tokens=500 "prompt_tokens": 812 '
        "PWD=/home/runner/work auth: failed; invalid credentials: check the user; "
        "-----BEGIN CERTIFICATE----- LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t --token-file /t",
    ),
    (
        "code-and-pin-words",
        "status code=503 error_code: 42 spin=3 mapping: ok pinned: true otp=null",
    ),
    ("codes-that-say-what-went-wrong", "error code 5001, status code 503, exit code 137, code 42"),
    ("signature-word", "webhook signature: mismatch; method signature=foo(int)"),
    (
        "cli-flags-without-secrets",
        "pg_dump --password -h db; mysql -P 3306 -p; tool --pass-through x",
    ),
    ("mysqld-p", "mysqld -p3306 started"),
    (
        "flags-of-the-next-command",
        "curl -u admin https://x; docker run -u 1000:1000 img | mysql -h db && grep -pattern f",
    ),
    (
        "keyed-account-that-fails-its-check",
        "iban: de00370400440532013000; nino: qq123456c; ni_number=bg123456a",
    ),
    ("vendor-prefix-words", "hf_model_name_base loaded; npm_config_cache=/tmp; SG.send failed"),
    ("reduced-chrome-user-agent", "Mozilla/5.0 Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0"),
    ("dotnet-assembly-version", "Newtonsoft.Json, Version=13.0.0.0, Culture=neutral"),
    ("undefined-token", "refresh failed: token=undefined password=nil"),
    ("go-nil", "token: <nil>"),
    ("mysql-using-password", "Access denied for user 'root' (using password: YES)"),
    ("encoded-path", "GET /a%20b/c%2Fd 404 after 30ms"),
    ("windows-path", r"C:\new\temp\x.dll not found"),
    ("http-status", "upstream returned status=503 (HTTP/1.1 503 Service Unavailable)"),
    ("oracle-error-code", "ORA-00060: deadlock detected while waiting for resource"),
    ("durations", "took 1500ms, timeout 2.5s, p99=0.25s"),
    ("host-port", "connect to db-primary:5432 failed; redis:6379 ok; host:8080"),
    ("semver", "version 1.2.3 deployed"),
    ("v-prefixed-version", "agent v2.14.3 started"),
    ("four-part-version", "Chrome/120.0.6099.109"),
    ("version-with-v-four-parts", "build v1.2.3.4"),
    ("five-dotted-numbers", "oid 1.3.6.1.4.1.2021"),
    ("iso-timestamp", "2026-11-01T12:00:00Z"),
    ("iso-timestamp-offset", "2026-11-01T12:00:00.123+02:00"),
    ("clock-time", "at 12:30:45 the job failed"),
    ("clock-time-millis", "2026-11-01 12:30:45,123 ERROR"),
    ("java-method", "com.acme.Foo.bar"),
    ("java-frame", "\tat com.acme.orders.OrderService.place(OrderService.java:123)"),
    ("python-frame", 'File "/app/svc/handlers.py", line 42, in handle'),
    ("uuid", "request 123e4567-e89b-12d3-a456-426614174000 failed"),
    ("sha1", "commit 3f786850e387550fdab836ed7e6dc881de23001b"),
    ("sha256", "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
    ("order-id-fails-luhn", "order 1234567890123 not found"),
    ("epoch-millis-luhn-valid", "ts=1700000000004"),  # passes Luhn, but no card starts with 1
    ("small-numbers-in-a-row", "codes 200 404 500 503 502 301 302"),
    ("cpp-scope", "Foo::bar() threw"),
    ("ruby-scope", "ActiveRecord::RecordNotFound"),
    ("hex-looking-scope", "A::B and Bad::Add"),
    ("python-slices", "x[::2] y[1::2] z[::-1]"),
    ("double-colon-separator", "INFO :: worker started"),
    ("token-count", "usage token_count=5 max_tokens=500 tokens: 12"),
    ("tokenizer", "tokenizer: bert-base"),
    ("key-error", "KeyError: 'user_id'"),
    ("json-null-secret", '{"token": null, "password": ""}'),
    ("npm-package-at-version", "lodash@4.17.21"),
    ("python-decorator", "@app.route('/x')"),
    ("url-without-password", "https://api.example.com:443/v1/orders?id=7"),
    ("placeholders", "<email> <ip>:80 <card> <jwt> Bearer <token> <aws_key> password=<secret>"),
    ("placeholders-in-json", '{"password": "<secret>", "Authorization": "Bearer <token>"}'),
    ("new-placeholders", "<phone> <mac> <iban> <national_id> <private_key> <gcp_key> <azure_key>"),
    ("bearer-prose", 'Bearer token expired; WWW-Authenticate: Bearer realm="api"'),
    ("basic-prose", "basic authentication failed for realm orders"),
    ("trace-id-luhn-valid", "dd.trace_id=4111111111111111111 span_id=4012888888881881"),
    ("trace-id-json", '{"trace_id": "4111111111111111", "spanId": 5555555555554444}'),
    ("timezone-offsets", "2026-11-01T12:00:00+0100 UTC+01:00 Sun, 01 Nov 2026 +0000"),
    ("arithmetic", "1+2=3 x+12345678y"),
    ("dates-and-ranges", "2026-11-01 2026-11-01..2026-11-30 10-12-2026"),
    ("ssn-invalid-areas", "000-12-3456 666-12-3456 912-34-5678 123-00-4567 123-45-0000"),
    ("nino-never-issued", "BG123456A GB123456A QQ123456C"),
    ("dni-wrong-letter", "12345678A"),
    ("iban-bad-checksum", "DE00370400440532013000 GB82WEST12345698765433"),
    ("iban-like-ids", "SKU AB12CDEF34567890 build XY99"),
    ("nanp-too-short", "555-0100 ext 12"),
    ("phone-too-short", "+1 12 34"),
    ("mac-like-times", "12:30:45:67 and 01-02-03"),
    ("hashes", "etag=9e107d9d372bb6826bd81d3542a419d6 md5 d41d8cd98f00b204e9800998ecf8427e"),
    ("kebab-sk", "sk-learn-pipeline-for-text-classification task-runner-abcdefghijklmnopqrstuvwx"),
    ("short-prefixes", "ghp_short gh_pages xoxo glory-days whsec_ ATATT"),
    ("publishable-key", "pk_live_51H8aBcDeFgHiJkLmNoPqRsT"),
    ("compass", "compass=north bypass=true"),
    ("private-key-id", '"private_key_id": "3f786850e387550fdab836ed7e6dc881de23001b"'),
    ("phone-key-not-number", "phone_verified=true telemetry=on cell=3"),
    # Luhn-valid numbers that name themselves as something else.
    ("ean-barcode", "scan of EAN 4006381330003 failed; barcode=4006381330003"),
    ("release-folder", "/srv/app/releases/20260903220008/app/models/order.rb:12"),
]

# (id, card number, is it redacted)
LUHN: list[tuple[str, str, bool]] = [
    ("visa", "4111111111111111", True),
    ("visa-13", "4222222222222", True),
    ("mastercard", "5555555555554444", True),
    ("mastercard-2-series", "2223003122003222", True),
    ("amex", "378282246310005", True),
    ("discover", "6011111111111117", True),
    ("jcb", "3530111333300000", True),
    ("visa-19", "4111111111111111110", True),
    ("visa-last-digit-off", "4111111111111112", False),
    ("mastercard-last-digit-off", "5555555555554445", False),
    ("amex-last-digit-off", "378282246310006", False),
    ("swapped-digits", "4111111111111211", False),
    ("twelve-digits", "411111111113", False),
    ("twenty-digits", "41111111111111111113", False),
    # Luhn-valid by chance, but no network issues the prefix: a release folder's timestamp.
    ("release-folder-timestamp", "20260903220008", False),
    ("diners-14", "30569309025904", True),
]

# (id, input, expected counts)
COUNTS: list[tuple[str, str, dict[str, int]]] = [
    ("none", "all good, status=200 in 12ms", {}),
    ("emails-and-ip", "a@x.com b@y.org from 10.1.2.3", {"email": 2, "ip": 1}),
    ("ipv4-and-ipv6", "10.0.0.1 fe80::1 2001:db8::2", {"ip": 3}),
    ("card-only-luhn-valid", "4111111111111111 4111111111111112", {"card": 1}),
    ("jwt-not-token", f"Authorization: Bearer {JWT}", {"jwt": 1}),
    ("bearer", "Bearer abc123", {"token": 1}),
    ("vendor-tokens", f"{GITHUB} {GITLAB} {SLACK} {STRIPE} {OPENAI} {ATLASSIAN}", {"token": 6}),
    (
        "pii-new",
        "+44 20 7946 0958 00:1a:2b:3c:4d:5e DE89370400440532013000",
        {"phone": 1, "mac": 1, "iban": 1},
    ),
    ("aws", f"AKIAIOSFODNN7EXAMPLE aws_secret_access_key={AWS_SECRET}", {"aws_key": 2}),
    ("secrets", "https://u:p@h/ password=x token: y", {"secret": 3}),
    (
        "everything",
        f"bob@x.com 10.0.0.1 4111111111111111 {JWT} Bearer t0k AKIAIOSFODNN7EXAMPLE pwd=1 "
        f"{GCP} AccountKey={AZURE_ACCOUNT_KEY} {PEM} +1 415 555 2671 00:1a:2b:3c:4d:5e "
        "DE89370400440532013000 078-05-1120",
        {
            "email": 1,
            "ip": 1,
            "card": 1,
            "jwt": 1,
            "token": 1,
            "aws_key": 1,
            "secret": 1,
            "gcp_key": 1,
            "azure_key": 1,
            "private_key": 1,
            "phone": 1,
            "mac": 1,
            "iban": 1,
            "national_id": 1,
        },
    ),
]

STACK_TRACE = """\
2026-11-01T12:00:00Z ERROR [orders] checkout failed for bob@example.com
Traceback (most recent call last):
  File "/app/orders/service.py", line 88, in place
    charge(user="alice@example.org", amount=12.5)
  File "/app/payments/client.py", line 31, in charge
    raise PaymentError(f"declined: status=402 after 1500ms")
payments.PaymentError: declined: status=402 after 1500ms (host=10.2.3.4:8443)
"""

STACK_TRACE_REDACTED = """\
2026-11-01T12:00:00Z ERROR [orders] checkout failed for <email>
Traceback (most recent call last):
  File "/app/orders/service.py", line 88, in place
    charge(user="<email>", amount=12.5)
  File "/app/payments/client.py", line 31, in charge
    raise PaymentError(f"declined: status=402 after 1500ms")
payments.PaymentError: declined: status=402 after 1500ms (host=<ip>:8443)
"""

JAVA_TRACE = """\
java.lang.IllegalStateException: no account for carol@example.com (status=404)
\tat com.acme.accounts.AccountService.find(AccountService.java:57)
\tat com.acme.accounts.AccountController.get(AccountController.java:31)
\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:897)
Caused by: java.sql.SQLException: ORA-00060: deadlock detected; host db-2:1521 after 2.5s
\t... 42 more
"""


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in REDACTED], ids=[c[0] for c in REDACTED]
)
def test_redacts(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", [c[1] for c in KEPT], ids=[c[0] for c in KEPT])
def test_keeps_what_helps_debugging(text: str) -> None:
    assert redact(text) == text
    assert redact_counts(text) == (text, {})


@pytest.mark.parametrize(("number", "is_card"), [c[1:] for c in LUHN], ids=[c[0] for c in LUHN])
@pytest.mark.parametrize(
    "template", ["pan {} end", "pan={}", '{{"pan": "{}"}}'], ids=["prose", "kv", "json"]
)
def test_card_needs_luhn(template: str, number: str, is_card: bool) -> None:
    text = template.format(number)
    expected = template.format("<card>") if is_card else text
    assert redact(text) == expected


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in COUNTS], ids=[c[0] for c in COUNTS])
def test_counts(text: str, expected: dict[str, int]) -> None:
    redacted, counts = redact_counts(text)
    assert counts == expected
    assert redacted == redact(text)
    assert set(counts) <= PLACEHOLDERS


@pytest.mark.parametrize(
    "text",
    [c[1] for c in REDACTED] + [c[1] for c in KEPT] + [STACK_TRACE, JAVA_TRACE],
    ids=[c[0] for c in REDACTED] + [c[0] for c in KEPT] + ["python-trace", "java-trace"],
)
def test_idempotent(text: str) -> None:
    once = redact(text)
    assert redact_counts(once) == (once, {})


def test_placeholders_constant() -> None:
    secrets = {"jwt", "token", "aws_key", "gcp_key", "azure_key", "private_key", "secret"}
    pii = {"email", "phone", "ip", "mac", "card", "iban", "national_id"}
    assert frozenset(secrets | pii) == PLACEHOLDERS
    everything = COUNTS[-1][1]
    assert set(redact_counts(everything)[1]) == PLACEHOLDERS


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"password": "x", "user": "bob"}, {"password": "<secret>", "user": "bob"}),
        (
            {"user": "bob", "token": 42, "session": None, "nested": {"api_key": 'a"b\\c'}},
            {
                "user": "bob",
                "token": "<secret>",
                "session": None,
                "nested": {"api_key": "<secret>"},
            },
        ),
        (
            {"Authorization": "Basic dXNlcjpwYXNz", "Cookie": "a=1; b=2", "ip": "10.0.0.1"},
            {"Authorization": "Basic <secret>", "Cookie": "<secret>", "ip": "<ip>"},
        ),
    ],
    ids=["password-and-user", "number-null-nested", "headers"],
)
def test_json_stays_valid(payload: dict[str, object], expected: dict[str, object]) -> None:
    assert json.loads(redact(json.dumps(payload))) == expected
    assert json.loads(redact(json.dumps(payload, indent=2))) == expected


def test_json_in_json_inner_secret_replaced() -> None:
    outer = json.loads(redact(json.dumps({"msg": json.dumps({"password": "p", "user": "bob"})})))
    assert json.loads(outer["msg"]) == {"password": "<secret>", "user": "bob"}


def test_url_password() -> None:
    text = "retrying mysql://orders:Tr0ub4dor&3@db-1.internal:3306/orders (attempt 2)"
    assert redact_counts(text) == (
        "retrying mysql://orders:<secret>@db-1.internal:3306/orders (attempt 2)",
        {"secret": 1},
    )


def test_multiline_stack_trace() -> None:
    redacted, counts = redact_counts(STACK_TRACE)
    assert redacted == STACK_TRACE_REDACTED
    assert counts == {"email": 2, "ip": 1}


def test_java_stack_trace_keeps_frames() -> None:
    redacted, counts = redact_counts(JAVA_TRACE)
    assert redacted == JAVA_TRACE.replace("carol@example.com", "<email>")
    assert counts == {"email": 1}


@pytest.mark.parametrize(
    "text",
    [
        "a." * 50_000 + "@",
        "4" * 100_000,
        "4111 " * 20_000,
        "ab:" * 40_000,
        "a@" + "b." * 50_000 + "1",
        "http://a:" + "b@" * 30_000,
        'token: "' + "a\\" * 30_000,
        "Bearer " * 10_000,
        "login code" + " " * 30_000 + ":",
    ],
    ids=[
        "dotted-run",
        "digits",
        "digit-groups",
        "hex-colons",
        "long-domain",
        "url-ats",
        "backslashes",
        "bearers",
        "spaces-after-a-code-word",
    ],
)
def test_no_catastrophic_backtracking(text: str) -> None:
    start = time.perf_counter()
    redact(text)
    # Linear work on 100 KB takes milliseconds; quadratic takes minutes.
    assert time.perf_counter() - start < 2.0


# Pieces that trigger rules and their boundaries, glued together in random order.
# fmt: off
_FRAGMENTS = [
    "bob@example.com", "10.0.0.1", "::1", "fe80::1", "2001:db8::", "::ffff:", "255.255.",
    "4111 1111 1111 1111", "4111111111111111", "3782 822463 10005", "Bearer ", JWT,
    "AKIAIOSFODNN7EXAMPLE", "aws_secret_access_key=", "password=", '"token": ', "\\\"pwd\\\":",
    "Authorization: ", "Basic ", "Cookie: ", '"cookie": ', "'secret':", "https://u:p@h/",
    "postgres://", "12:30:45", "Bad::Add", "null", "<ip>", "<card>", "<secret>", "<email>",
    "\u0130", GITHUB, "glpat-", "xoxb-", STRIPE, "sk-", GCP, "AccountKey=", "&sig=", "Q~",
    "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----", "+1 415 555 2671", "+44 ",
    "(415) 555-2671", "415-555-", "phone=", "ssn=", "00:1a:2b:3c:4d:5e", "00-1A-", ":1a:2b:",
    "DE89370400440532013000", "GB82 WEST ", "078-05-1120", "AB123456C", "12345678Z",
    "%40example.com", "<phone>", "<mac>", "<iban>", "<national_id>", "<token>", "trace_id=",
    "T0123ABCD/B0123456789/AbCdEfGhIjKlMnOpQrStUvWx", "1:2:3:4:5:6:", "X1234567L", "\u00e9",
]
# fmt: on
_texts = st.lists(
    st.one_of(
        st.sampled_from(_FRAGMENTS),
        st.text(alphabet="0123456789abcdefxyz:.@-_ =\"'<>;/\\\n", max_size=8),
        st.text(max_size=4),
    ),
    max_size=12,
).map("".join)


@settings(
    max_examples=500, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(_texts)
def test_property_idempotent_and_total(text: str) -> None:
    once, _ = redact_counts(text)
    assert redact(text) == once
    assert redact_counts(once) == (once, {})


@settings(
    max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.lists(_texts, min_size=1, max_size=6))
def test_property_events_redact_line_by_line_like_redact(lines: list[str]) -> None:
    # sanitize_events redacts multi-line texts line by line (with a memo); it must give
    # what redact gives for the whole text.
    text = "\n".join(lines)
    event = LogEvent(id="1", timestamp="2026-11-01T00:00:00Z", message=text, service="s")
    clean = sanitize_events([event, event])
    redacted, counts = redact_counts(text)
    assert clean.events[0].message == redacted
    assert clean.redactions == {k: 2 * v for k, v in counts.items()}


def _every_rule_in_order(text: str) -> tuple[str, dict[str, int]]:
    """Every rule on the text, in order, pass after pass until a pass changes nothing; then
    the same on its escape view."""
    counts: dict[str, int] = {}
    while True:
        before = text
        for rule in sanitize._RULES:
            text = sanitize._run_rule(rule, text, counts)
        if text == before:
            break
    while sanitize._escape_view(text) is not None:
        before = text
        for rule in sanitize._RULES:
            text = sanitize._run_rule(rule, text, counts, sanitize._escape_view(text) or text)
        if text == before:
            break
    return text, counts


@settings(
    max_examples=1500, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(_texts)
def test_property_hints_only_skip_rules_that_would_change_nothing(text: str) -> None:
    # redact runs a rule only where the RE2 set finds its hint; running every rule on every
    # text must give the same result, or a hint is not a necessary condition of its rule.
    assert redact_counts(text) == _every_rule_in_order(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("webhook T0123ABCD/B0123456789/AbCdEfGhIjKlMnOpQrStUvWx", id="slack-path"),
        pytest.param("peer 1:2:3:4:5:6:10.0.0.1 reset", id="ipv6-ipv4-tail"),
        pytest.param("jos\u00e9 AUTHOR\u0130ZATION: s3cr3t-value", id="non-ascii"),
        pytest.param("x" * 5000 + " phone=+14155552671", id="long-line"),
    ],
)
def test_hints_agree_with_every_rule_on_edge_cases(text: str) -> None:
    assert redact_counts(text) == _every_rule_in_order(text)
    assert redact(text) != text


def test_redaction_corpus_meets_targets() -> None:
    # A correctness check of the labelled corpus (bench/redaction.py), not a timing test.
    score, _ = score_corpus(load_corpus(CORPUS))
    summary = score.summary()
    for name, target in TARGETS.items():
        assert summary[name] >= target, (name, summary, score.misses[:5], score.false_alarms[:5])
    assert all(score.tp[kind] >= 100 for kind in SECRET_TYPES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "mail bob@example.compassword=<ip>password=hunter2",
            "mail <email>=<ip>password=<secret>",
            id="password",
        ),
        pytest.param(
            "bob@example.comAuthorization: <ip>Authorization: ::ffff:",
            "<email>: <ip>Authorization: <secret>",
            id="authorization",
        ),
    ],
)
def test_what_a_later_rule_uncovers_is_redacted_in_the_same_call(text: str, expected: str) -> None:
    # The key=value rule runs before the email rule; here the email hides the second key
    # until it is replaced. One pass left the password in the text (found by Hypothesis).
    assert redact(text) == expected
    assert redact(expected) == expected


# --- a profile's own rules ----------------------------------------------------------------

ACME_KEY = "acme_sk_" + "Q7f2Lm9xP4bV8nR1"
OWN_RULES = (("customer", r"CUST-\d{8}"), ("token", r"acme_sk_[A-Za-z0-9]{16}"))


def test_a_profile_s_own_rules_redact_what_no_built_in_rule_knows() -> None:
    event = LogEvent(
        id="1",
        timestamp="2026-11-01T00:00:00Z",
        message=f"refund for CUST-20481234 failed (bob@example.com, key {ACME_KEY})",
        error_message="account CUST-20481234 locked",
        error_stack='Traceback (most recent call last):\n  File "/app/r.py", line 3, in f\n'
        "ValueError: CUST-99990000 has no card",
        tags=("customer:CUST-20481234", "env:production"),
        service="refunds",
    )

    clean = sanitize_events([event], extra_rules(OWN_RULES))
    plain = sanitize_events([event])

    (done,) = clean.events
    assert done.message == "refund for <customer> failed (<email>, key <token>)"
    assert done.error_message == "account <customer> locked"
    assert done.error_stack is not None and done.error_stack.endswith(
        "ValueError: <customer> has no card"
    )
    assert done.tags == ("customer:<customer>", "env:production")
    assert clean.redactions == {"customer": 4, "token": 1, "email": 1}  # token: a built-in type
    assert plain.events[0].message.startswith("refund for CUST-20481234 failed (<email>")


def test_own_rules_run_after_the_built_in_ones_and_redact_once() -> None:
    extra = extra_rules(OWN_RULES)
    text = f"token={ACME_KEY} for CUST-12345678; CUST-87654321 and {ACME_KEY}"

    once = redact_with(text, extra)

    # After "token=" the key=value rule took it first, as a <secret>.
    assert once == "token=<secret> for <customer>; <customer> and <token>"
    assert redact_with(once, extra) == once
    assert redact_with(text, None) == redact(text)


@pytest.mark.parametrize(
    ("pattern", "problem"),
    [
        (r"(?<=id=)\d+", "RE2 cannot compile it (invalid perl operator: (?<=)"),
        (r"(\w)\1", "RE2 cannot compile it (invalid escape sequence: \\1)"),
        (r"CUST-\d*", None),
        (r"\d*", "it matches the empty string"),
        (r"<\w+>", "it matches the placeholder <aws_key>"),
        (r"<?custom\w*>?", "it matches the placeholder <customer>"),
    ],
)
def test_a_rule_that_cannot_work_says_why(pattern: str, problem: str | None) -> None:
    found = extra_rule_problem("customer", pattern)
    assert found == problem if problem is None else found is not None and found.startswith(problem)
