"""Seeded generator of the labeled grouping corpus: ``tests/data/grouping/corpus.jsonl``.

Each line is one error event in the shape of Datadog's logs search (v2) ``data[]`` items,
plus a top-level ``"group"``: the id of the template that produced it, which is the ground
truth. The templates were written for this corpus (not taken from
``dogcatcher.sample_data``) across Java, Python, Go, Node, Ruby and .NET services, with and
without stack traces, and include near-misses that must stay apart (same exception type
thrown at another site, same message under another exception type or service, another HTTP
status, error code or missing key) and per-event variables that must not split a group
(ids, hosts, IPs, ports, durations, sizes, temp paths, timestamps, tenants, warehouse codes).

A *deploy* redraws what a release changes: line numbers, versions, build hashes, pod and
node names, release folders. ``--deploy 1`` renders the same events (same per-event values)
as after such a deploy, for the stability check of ``bench/grouping.py``.

Regenerate the committed corpus, from the repository root, with exactly::

    .venv/bin/python bench/grouping_corpus.py --output tests/data/grouping/corpus.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "grouping" / "corpus.jsonl"
SEED = 11
MIN_EVENTS, MAX_EVENTS = 12, 52  # per template; the corpus has > 5,000 lines


@dataclass(frozen=True)
class Template:
    """One true group. ``frames`` are ``file:function`` specs, innermost (throw site) first,
    rendered in the language's own stack format; ``kind`` "" is a plain log line."""

    id: str
    service: str
    lang: str
    kind: str
    message: str
    frames: tuple[str, ...] = ()


def _t(id: str, service: str, lang: str, kind: str, message: str, frames: str = "") -> Template:
    return Template(id, service, lang, kind, message, tuple(frames.split()))


# ---------------------------------------------------------------------------- templates
# {name} placeholders are drawn per event (see _EVENT_VALUES); {pod} comes from the deploy.

_BASE: tuple[Template, ...] = (
    # --- Java (Spring services) ---------------------------------------------------------
    _t(
        "j-npe-invoice",
        "billing",
        "java",
        "java.lang.NullPointerException",
        'Cannot invoke "com.acme.billing.Invoice.getTotal()" because "invoice" is null',
        "InvoiceCalculator:sumLines InvoiceService:finalize BillingController:close",
    ),
    _t(
        "j-npe-address",
        "billing",
        "java",
        "java.lang.NullPointerException",
        'Cannot invoke "com.acme.billing.Address.getCountry()" because the return value of'
        ' "com.acme.billing.Customer.getAddress()" is null',
        "TaxResolver:countryOf InvoiceService:finalize BillingController:close",
    ),
    _t(
        "j-iae-currency",
        "billing",
        "java",
        "java.lang.IllegalArgumentException",
        "Unsupported currency code: {currency_bad}",
        "MoneyParser:parse InvoiceImporter:row",
    ),
    _t(
        "j-ise-invoice-state",
        "billing",
        "java",
        "java.lang.IllegalStateException",
        "Invoice {invoice} is already finalized",
        "Invoice:finalize InvoiceService:finalize",
    ),
    _t(
        "j-hikari",
        "billing",
        "java",
        "java.sql.SQLTransientConnectionException",
        "HikariPool-{pool_n} - Connection is not available, request timed out after {ms}ms.",
        "InvoiceRepository:findOpen InvoiceService:dueToday",
    ),
    _t(
        "j-pg-unique",
        "billing",
        "java",
        "org.springframework.dao.DataIntegrityViolationException",
        "could not execute statement; SQL [n/a]; constraint [invoices_number_key]",
        "InvoiceRepository:save InvoiceService:create",
    ),
    _t(
        "j-pg-fk",
        "billing",
        "java",
        "org.springframework.dao.DataIntegrityViolationException",
        "could not execute statement; SQL [n/a]; constraint [invoice_lines_invoice_id_fkey]",
        "InvoiceLineRepository:save InvoiceService:addLine",
    ),
    _t(
        "j-ora-deadlock",
        "ledger",
        "java",
        "java.sql.SQLException",
        "ORA-00060: deadlock detected while waiting for resource",
        "LedgerDao:post PostingService:apply",
    ),
    _t(
        "j-ora-snapshot",
        "ledger",
        "java",
        "java.sql.SQLException",
        'ORA-01555: snapshot too old: rollback segment number {n} with name "{rbs}" too small',
        "LedgerDao:scan ReconciliationJob:run",
    ),
    _t(
        "j-rest-timeout",
        "ledger",
        "java",
        "org.springframework.web.client.ResourceAccessException",
        'I/O error on POST request for "http://fx-rates.{ns}.svc.cluster.local:{port}/v1/rates":'
        " Read timed out",
        "FxClient:latest PostingService:convert",
    ),
    _t(
        "j-rest-500",
        "ledger",
        "java",
        "org.springframework.web.client.HttpServerErrorException$InternalServerError",
        '500 Internal Server Error: "{{"error":"upstream failure","request":"{uuid}"}}"',
        "FxClient:latest PostingService:convert",
    ),
    _t(
        "j-rest-503",
        "ledger",
        "java",
        "org.springframework.web.client.HttpServerErrorException$ServiceUnavailable",
        '503 Service Unavailable: "{{"error":"maintenance","request":"{uuid}"}}"',
        "FxClient:latest PostingService:convert",
    ),
    _t(
        "j-kafka-commit",
        "ledger",
        "java",
        "org.apache.kafka.clients.consumer.CommitFailedException",
        "Offset commit cannot be completed since the consumer is not part of an active group for"
        " auto partition assignment; it is likely that the consumer was kicked out of the group.",
        "PostingConsumer:commit PostingConsumer:poll",
    ),
    _t(
        "j-jackson",
        "ledger",
        "java",
        "com.fasterxml.jackson.databind.exc.MismatchedInputException",
        'Cannot deserialize value of type `java.math.BigDecimal` from String "{amount_bad}":'
        ' not a valid representation at [Source: (String)"{{...}}"; line: 1, column: {col}]',
        "PostingParser:parse PostingConsumer:poll",
    ),
    _t(
        "j-oom",
        "reports",
        "java",
        "java.lang.OutOfMemoryError",
        "Java heap space",
        "CsvExporter:write ReportJob:export",
    ),
    _t(
        "j-s3-denied",
        "reports",
        "java",
        "software.amazon.awssdk.services.s3.model.S3Exception",
        "Access Denied (Service: S3, Status Code: 403, Request ID: {awsreq})",
        "S3ReportStore:put ReportJob:export",
    ),
    _t(
        "j-s3-slowdown",
        "reports",
        "java",
        "software.amazon.awssdk.services.s3.model.S3Exception",
        "Please reduce your request rate. (Service: S3, Status Code: 503, Request ID: {awsreq})",
        "S3ReportStore:put ReportJob:export",
    ),
    _t(
        "j-file-tmp",
        "reports",
        "java",
        "java.nio.file.NoSuchFileException",
        "{tmp}/report-{order}.csv",
        "CsvExporter:open ReportJob:export",
    ),
    _t(
        "j-concurrent-mod",
        "reports",
        "java",
        "java.util.ConcurrentModificationException",
        "",
        "ReportCache:evictExpired ReportScheduler:tick",
    ),
    _t(
        "j-number-format",
        "reports",
        "java",
        "java.lang.NumberFormatException",
        'For input string: "{bad_number}"',
        "FilterParser:limit ReportController:list",
    ),
    _t(
        "j-class-cast",
        "reports",
        "java",
        "java.lang.ClassCastException",
        "class java.lang.String cannot be cast to class java.lang.Long (java.lang.String and"
        " java.lang.Long are in module java.base of loader 'bootstrap')",
        "ReportParams:rowLimit ReportController:list",
    ),
    _t(
        "j-grpc-unavail",
        "ledger",
        "java",
        "io.grpc.StatusRuntimeException",
        "UNAVAILABLE: io exception",
        "AccountsGrpcClient:balance PostingService:apply",
    ),
    _t(
        "j-grpc-deadline",
        "ledger",
        "java",
        "io.grpc.StatusRuntimeException",
        "DEADLINE_EXCEEDED: deadline exceeded after {secs}s. [closed=[], open=[[remote_addr="
        "accounts.{ns}.svc/{ip}:{port}]]]",
        "AccountsGrpcClient:balance PostingService:apply",
    ),
    _t(
        "j-log-quota",
        "billing",
        "java",
        "",
        "Usage quota exceeded for tenant {tenant}: {count} of {limit} invoices this month",
    ),
    _t(
        "j-log-dunning",
        "billing",
        "java",
        "",
        "Dunning email for invoice {invoice} bounced for customer {email}",
    ),
    # --- Python (Django / FastAPI / Celery) -----------------------------------------------
    _t(
        "p-keyerror-sku",
        "catalog",
        "python",
        "KeyError",
        "'sku'",
        "catalog/importer.py:parse_row catalog/importer.py:import_feed catalog/tasks.py:run",
    ),
    _t(
        "p-keyerror-price",
        "catalog",
        "python",
        "KeyError",
        "'price'",
        "catalog/importer.py:parse_row catalog/importer.py:import_feed catalog/tasks.py:run",
    ),
    _t(
        "p-valueerror-int",
        "catalog",
        "python",
        "ValueError",
        "invalid literal for int() with base 10: '{bad_number}'",
        "catalog/importer.py:parse_stock catalog/importer.py:parse_row",
    ),
    _t(
        "p-typeerror-none",
        "catalog",
        "python",
        "TypeError",
        "unsupported operand type(s) for *: 'NoneType' and 'Decimal'",
        "catalog/pricing.py:apply_discount catalog/views.py:product_detail",
    ),
    _t(
        "p-attr-none",
        "catalog",
        "python",
        "AttributeError",
        "'NoneType' object has no attribute 'slug'",
        "catalog/urls.py:category_path catalog/views.py:product_detail",
    ),
    _t(
        "p-dj-doesnotexist",
        "catalog",
        "python",
        "catalog.models.Product.DoesNotExist",
        "Product matching query does not exist.",
        "catalog/views.py:product_detail",
    ),
    _t(
        "p-dj-integrity",
        "catalog",
        "python",
        "django.db.utils.IntegrityError",
        'duplicate key value violates unique constraint "catalog_product_slug_key"\n'
        "DETAIL:  Key (slug)=({slug}) already exists.",
        "catalog/models.py:save catalog/importer.py:upsert",
    ),
    _t(
        "p-pg-deadlock",
        "catalog",
        "python",
        "psycopg2.errors.DeadlockDetected",
        "deadlock detected\nDETAIL:  Process {pid} waits for ShareLock on transaction {txid};"
        " blocked by process {pid2}.",
        "catalog/stock.py:reserve catalog/tasks.py:reserve_stock",
    ),
    _t(
        "p-pg-operational",
        "catalog",
        "python",
        "django.db.utils.OperationalError",
        'connection to server at "{ip}", port 5432 failed: FATAL:  remaining connection slots'
        " are reserved for non-replication superuser connections",
        "catalog/views.py:search",
    ),
    _t(
        "p-redis-conn",
        "catalog",
        "python",
        "redis.exceptions.ConnectionError",
        "Error 111 connecting to redis-cache.{ns}.svc.cluster.local:6379. Connection refused.",
        "catalog/cache.py:get_many catalog/views.py:search",
    ),
    _t(
        "p-redis-timeout",
        "catalog",
        "python",
        "redis.exceptions.TimeoutError",
        "Timeout reading from redis-cache.{ns}.svc.cluster.local:6379",
        "catalog/cache.py:get_many catalog/views.py:search",
    ),
    _t(
        "p-requests-timeout",
        "search",
        "python",
        "requests.exceptions.ReadTimeout",
        "HTTPSConnectionPool(host='es-{n}.search.internal', port=9200): Read timed out. (read"
        " timeout={secs})",
        "search/client.py:query search/api.py:search",
    ),
    _t(
        "p-requests-conn",
        "search",
        "python",
        "requests.exceptions.ConnectionError",
        "HTTPSConnectionPool(host='es-{n}.search.internal', port=9200): Max retries exceeded with"
        " url: /products/_search (Caused by NewConnectionError('<urllib3.connection."
        "HTTPSConnection object at {hexaddr}>: Failed to establish a new connection: [Errno 111]"
        " Connection refused'))",
        "search/client.py:query search/api.py:search",
    ),
    _t(
        "p-es-400",
        "search",
        "python",
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'search_phase_execution_exception', 'failed to create query: For"
        ' input string: "{bad_number}"\')',
        "search/client.py:query search/api.py:search",
    ),
    _t(
        "p-es-429",
        "search",
        "python",
        "elasticsearch.ApiError",
        "ApiError(429, 'es_rejected_execution_exception', 'rejected execution of coordinating"
        " operation [coordinating_and_primary_bytes={bytes}, max_coordinating_and_primary_bytes"
        "={bytes2}]')",
        "search/indexer.py:bulk_index search/tasks.py:reindex",
    ),
    _t(
        "p-celery-timelimit",
        "search",
        "python",
        "celery.exceptions.SoftTimeLimitExceeded",
        "SoftTimeLimitExceeded()",
        "search/indexer.py:bulk_index search/tasks.py:reindex",
    ),
    _t(
        "p-pydantic",
        "search",
        "python",
        "pydantic_core._pydantic_core.ValidationError",
        "1 validation error for SearchRequest\npage_size\n  Input should be less than or equal to"
        " 100 [type=less_than_equal, input_value={count}, input_type=int]",
        "search/api.py:parse_request search/api.py:search",
    ),
    _t(
        "p-unicode",
        "search",
        "python",
        "UnicodeDecodeError",
        "'utf-8' codec can't decode byte {hexbyte} in position {col}: invalid start byte",
        "search/feeds.py:read_line search/tasks.py:import_synonyms",
    ),
    _t(
        "p-oserror-nospace",
        "media",
        "python",
        "OSError",
        "[Errno 28] No space left on device: '{tmp}/thumb-{hex8}.webp'",
        "media/thumbnails.py:render media/tasks.py:make_thumbnails",
    ),
    _t(
        "p-pil",
        "media",
        "python",
        "PIL.UnidentifiedImageError",
        "cannot identify image file '{tmp}/upload-{hex8}'",
        "media/thumbnails.py:open_image media/tasks.py:make_thumbnails",
    ),
    _t(
        "p-boto-nosuchkey",
        "media",
        "python",
        "botocore.errorfactory.NoSuchKey",
        "An error occurred (NoSuchKey) when calling the GetObject operation: The specified key"
        " does not exist.",
        "media/storage.py:fetch media/views.py:original",
    ),
    _t(
        "p-boto-throttle",
        "media",
        "python",
        "botocore.exceptions.ClientError",
        "An error occurred (ThrottlingException) when calling the PutObject operation (reached"
        " max retries: 4): Rate exceeded",
        "media/storage.py:store media/tasks.py:make_thumbnails",
    ),
    _t(
        "p-recursion",
        "media",
        "python",
        "RecursionError",
        "maximum recursion depth exceeded while calling a Python object",
        "media/exif.py:walk_ifd media/exif.py:walk_ifd media/exif.py:read_exif",
    ),
    _t(
        "p-zerodiv",
        "media",
        "python",
        "ZeroDivisionError",
        "division by zero",
        "media/thumbnails.py:aspect_ratio media/thumbnails.py:render",
    ),
    _t(
        "p-log-worker-lost",
        "media",
        "python",
        "",
        "Worker exited prematurely: signal 9 (SIGKILL) Job: {n}.",
    ),
    _t(
        "p-log-slow-task",
        "search",
        "python",
        "",
        "Task search.tasks.reindex[{uuid}] succeeded in {secs}s but exceeded its {limit}s budget",
    ),
    _t(
        "p-log-feed-skip",
        "catalog",
        "python",
        "",
        "Skipping feed row {count} from supplier {supplier}: missing EAN",
    ),
    # --- Go services --------------------------------------------------------------------
    _t(
        "g-nil-deref",
        "gateway",
        "go",
        "panic",
        "runtime error: invalid memory address or nil pointer dereference",
        "router:(*Router).resolve router:(*Router).ServeHTTP",
    ),
    _t(
        "g-index-range",
        "gateway",
        "go",
        "panic",
        "runtime error: index out of range [{n}] with length {n2}",
        "headers:parseForwarded router:(*Router).clientIP",
    ),
    _t(
        "g-dial-refused",
        "gateway",
        "go",
        "*net.OpError",
        "dial tcp {ip}:{port}: connect: connection refused",
        "upstream:(*Pool).dial upstream:(*Pool).Get",
    ),
    _t(
        "g-reset",
        "gateway",
        "go",
        "*net.OpError",
        "read tcp {ip}:{eport}->{ip2}:443: read: connection reset by peer",
        "upstream:(*Conn).readResponse upstream:(*Pool).RoundTrip",
    ),
    _t(
        "g-ctx-deadline",
        "gateway",
        "go",
        "context.deadlineExceededError",
        "context deadline exceeded",
        "upstream:(*Pool).RoundTrip router:(*Router).proxy",
    ),
    _t(
        "g-client-timeout",
        "gateway",
        "go",
        "*url.Error",
        'Post "https://auth.{ns}.svc.cluster.local:{port}/introspect": context deadline exceeded'
        " (Client.Timeout exceeded while awaiting headers)",
        "authn:(*Introspector).Check router:(*Router).authenticate",
    ),
    _t(
        "g-tls",
        "gateway",
        "go",
        "*tls.CertificateVerificationError",
        "tls: failed to verify certificate: x509: certificate has expired or is not yet valid:"
        " current time {ts} is after {ts2}",
        "upstream:(*Pool).dial upstream:(*Pool).Get",
    ),
    _t(
        "g-pgx-unique",
        "shipping",
        "go",
        "*pgconn.PgError",
        'ERROR: duplicate key value violates unique constraint "shipments_tracking_no_key"'
        " (SQLSTATE 23505)",
        "store:(*Shipments).Insert api:(*Handler).CreateShipment",
    ),
    _t(
        "g-pgx-serial",
        "shipping",
        "go",
        "*pgconn.PgError",
        "ERROR: could not serialize access due to concurrent update (SQLSTATE 40001)",
        "store:(*Shipments).UpdateStatus api:(*Handler).UpdateStatus",
    ),
    _t(
        "g-pgx-nopool",
        "shipping",
        "go",
        "*errors.errorString",
        "failed to connect to `host=pg-{n}.db.internal user=shipping database=shipping`: dial"
        " error (timeout: dial tcp {ip}:5432: i/o timeout)",
        "store:(*DB).Acquire store:(*Shipments).Insert",
    ),
    _t(
        "g-json",
        "shipping",
        "go",
        "*json.UnmarshalTypeError",
        "json: cannot unmarshal string into Go struct field Parcel.weight_grams of type int",
        "carrier:decodeQuote carrier:(*DHL).Quote",
    ),
    _t(
        "g-carrier-502",
        "shipping",
        "go",
        "*carrier.HTTPError",
        "carrier dhl responded 502 for quote {shipment}",
        "carrier:(*DHL).Quote api:(*Handler).Quote",
    ),
    _t(
        "g-carrier-429",
        "shipping",
        "go",
        "*carrier.HTTPError",
        "carrier dhl responded 429 for quote {shipment}",
        "carrier:(*DHL).Quote api:(*Handler).Quote",
    ),
    _t(
        "g-carrier-ups-502",
        "shipping",
        "go",
        "*carrier.HTTPError",
        "carrier ups responded 502 for quote {shipment}",
        "carrier:(*UPS).Quote api:(*Handler).Quote",
    ),
    _t(
        "g-concurrent-map",
        "shipping",
        "go",
        "fatal error",
        "concurrent map writes",
        "carrier:(*RateCache).Put carrier:(*DHL).Quote",
    ),
    _t(
        "g-kafka-lag",
        "shipping",
        "go",
        "",
        "consumer group shipping-events lagging: partition {partition} lag {count} messages",
    ),
    _t(
        "g-grpc-unavailable",
        "gateway",
        "go",
        "*status.Error",
        'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while'
        ' dialing: dial tcp {ip}:{port}: connect: connection refused"',
        "catalogrpc:(*Client).Product router:(*Router).productPage",
    ),
    _t(
        "g-grpc-notfound",
        "gateway",
        "go",
        "*status.Error",
        "rpc error: code = NotFound desc = product {sku} not found",
        "catalogrpc:(*Client).Product router:(*Router).productPage",
    ),
    _t(
        "g-log-upstream-5xx",
        "gateway",
        "go",
        "",
        "upstream {pod} returned 503 for GET /api/v2/products/{order} in {ms}ms",
    ),
    _t(
        "g-log-upstream-504",
        "gateway",
        "go",
        "",
        "upstream {pod} returned 504 for GET /api/v2/products/{order} in {ms}ms",
    ),
    _t(
        "g-log-ratelimit",
        "gateway",
        "go",
        "",
        "rate limit exceeded: client={ip} key={apikey} limit={limit}/min",
    ),
    _t(
        "g-log-oom",
        "gateway",
        "go",
        "",
        "container {pod} terminated: OOMKilled (exit code 137) after {dur_go}",
    ),
    _t(
        "g-log-crash",
        "gateway",
        "go",
        "",
        "container {pod} terminated: Error (exit code 1) after {dur_go}",
    ),
    # --- Node services -------------------------------------------------------------------
    _t(
        "n-undef-total",
        "storefront",
        "node",
        "TypeError",
        "Cannot read properties of undefined (reading 'total')",
        "cart/summary:renderSummary cart/page:getServerSideProps",
    ),
    _t(
        "n-undef-items",
        "storefront",
        "node",
        "TypeError",
        "Cannot read properties of undefined (reading 'items')",
        "cart/summary:renderSummary cart/page:getServerSideProps",
    ),
    _t(
        "n-undef-total-mini",
        "storefront",
        "node",
        "TypeError",
        "Cannot read properties of undefined (reading 'total')",
        "cart/minicart:renderBadge layout/header:Header",
    ),
    _t(
        "n-not-function",
        "storefront",
        "node",
        "TypeError",
        "product.variants.map is not a function",
        "product/variants:VariantPicker product/page:Page",
    ),
    _t(
        "n-refused",
        "storefront",
        "node",
        "Error",
        "connect ECONNREFUSED {ip}:{port}",
        "api/client:request api/products:fetchProduct",
    ),
    _t(
        "n-reset",
        "storefront",
        "node",
        "Error",
        "socket hang up",
        "api/client:request api/products:fetchProduct",
    ),
    _t(
        "n-axios-500",
        "storefront",
        "node",
        "AxiosError",
        "Request failed with status code 500",
        "api/client:request api/cart:addToCart",
    ),
    _t(
        "n-axios-404",
        "storefront",
        "node",
        "AxiosError",
        "Request failed with status code 404",
        "api/client:request api/cart:addToCart",
    ),
    _t(
        "n-axios-timeout",
        "storefront",
        "node",
        "AxiosError",
        "timeout of {ms}ms exceeded",
        "api/client:request api/cart:addToCart",
    ),
    _t(
        "n-json",
        "storefront",
        "node",
        "SyntaxError",
        "Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON",
        "api/client:parseBody api/client:request",
    ),
    _t(
        "n-range",
        "storefront",
        "node",
        "RangeError",
        "Invalid time value",
        "format/date:formatDelivery checkout/summary:DeliveryEstimate",
    ),
    _t(
        "n-hydration",
        "storefront",
        "node",
        "Error",
        "Hydration failed because the initial UI does not match what was rendered on the server.",
        "layout/header:Header",
    ),
    _t(
        "n-jwt-expired",
        "accounts",
        "node",
        "TokenExpiredError",
        "jwt expired",
        "auth/verify:verifyToken auth/middleware:requireUser",
    ),
    _t(
        "n-jwt-malformed",
        "accounts",
        "node",
        "JsonWebTokenError",
        "jwt malformed",
        "auth/verify:verifyToken auth/middleware:requireUser",
    ),
    _t(
        "n-mongo-dup",
        "accounts",
        "node",
        "MongoServerError",
        "E11000 duplicate key error collection: accounts.users index: email_1 dup key: {{ email:"
        ' "{email}" }}',
        "users/repo:createUser users/routes:signup",
    ),
    _t(
        "n-mongo-timeout",
        "accounts",
        "node",
        "MongooseServerSelectionError",
        "connect ETIMEDOUT {ip}:27017",
        "db/connect:connect users/repo:findUser",
    ),
    _t(
        "n-bcrypt",
        "accounts",
        "node",
        "Error",
        "data and hash arguments required",
        "auth/password:checkPassword users/routes:login",
    ),
    _t(
        "n-prisma-p2002",
        "accounts",
        "node",
        "PrismaClientKnownRequestError",
        "Unique constraint failed on the fields: (`email`)",
        "users/prisma:create users/routes:signup",
    ),
    _t(
        "n-prisma-p2025",
        "accounts",
        "node",
        "PrismaClientKnownRequestError",
        "An operation failed because it depends on one or more records that were required but"
        " not found. Record to update not found.",
        "users/prisma:update users/routes:updateProfile",
    ),
    _t(
        "n-enoent",
        "accounts",
        "node",
        "Error",
        "ENOENT: no such file or directory, open '{tmp}/avatar-{hex8}.png'",
        "users/avatar:resize users/routes:uploadAvatar",
    ),
    _t(
        "n-heap",
        "storefront",
        "node",
        "",
        "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
    ),
    _t(
        "n-log-unhandled",
        "storefront",
        "node",
        "",
        "Unhandled rejection at promise {promise_id}: request to {url} failed, reason: getaddrinfo"
        " ENOTFOUND cms.internal",
    ),
    _t(
        "n-log-slow-render",
        "storefront",
        "node",
        "",
        "Slow render of /products/{slug} took {ms}ms (budget 800ms) on {pod}",
    ),
    # --- Ruby (Rails) ---------------------------------------------------------------------
    _t(
        "r-nomethod-nil",
        "loyalty",
        "ruby",
        "NoMethodError",
        "undefined method `points' for nil:NilClass",
        "models/member:redeem controllers/redemptions_controller:create",
    ),
    _t(
        "r-nomethod-nil-tier",
        "loyalty",
        "ruby",
        "NoMethodError",
        "undefined method `points' for nil:NilClass",
        "models/tier:upgrade_if_needed models/member:add_points",
    ),
    _t(
        "r-record-not-found",
        "loyalty",
        "ruby",
        "ActiveRecord::RecordNotFound",
        "Couldn't find Member with 'id'={member_id}",
        "controllers/members_controller:show",
    ),
    _t(
        "r-record-invalid",
        "loyalty",
        "ruby",
        "ActiveRecord::RecordInvalid",
        "Validation failed: Points must be greater than or equal to 0",
        "models/member:redeem controllers/redemptions_controller:create",
    ),
    _t(
        "r-record-invalid-email",
        "loyalty",
        "ruby",
        "ActiveRecord::RecordInvalid",
        "Validation failed: Email has already been taken",
        "models/member:enroll controllers/members_controller:create",
    ),
    _t(
        "r-stale",
        "loyalty",
        "ruby",
        "ActiveRecord::StaleObjectError",
        "Attempted to update a stale object: Member.",
        "models/member:add_points jobs/points_job:perform",
    ),
    _t(
        "r-pg-conn",
        "loyalty",
        "ruby",
        "ActiveRecord::ConnectionNotEstablished",
        'connection to server at "{ip}", port 5432 failed: Connection refused',
        "jobs/points_job:perform",
    ),
    _t(
        "r-redis",
        "loyalty",
        "ruby",
        "Redis::CannotConnectError",
        "Error connecting to Redis on redis-{n}.cache.internal:6379 (Errno::ECONNREFUSED)",
        "services/leaderboard:bump jobs/points_job:perform",
    ),
    _t(
        "r-net-timeout",
        "loyalty",
        "ruby",
        "Net::ReadTimeout",
        "Net::ReadTimeout with #<TCPSocket:(closed)>",
        "services/partner_api:post_points jobs/partner_sync_job:perform",
    ),
    _t(
        "r-faraday-422",
        "loyalty",
        "ruby",
        "Faraday::UnprocessableEntityError",
        "the server responded with status 422",
        "services/partner_api:post_points jobs/partner_sync_job:perform",
    ),
    _t(
        "r-faraday-401",
        "loyalty",
        "ruby",
        "Faraday::UnauthorizedError",
        "the server responded with status 401",
        "services/partner_api:post_points jobs/partner_sync_job:perform",
    ),
    _t(
        "r-argument",
        "loyalty",
        "ruby",
        "ArgumentError",
        "comparison of Integer with nil failed",
        "models/tier:for_points models/member:add_points",
    ),
    _t(
        "r-keyerror",
        "loyalty",
        "ruby",
        "KeyError",
        "key not found: :partner_code",
        "services/partner_api:payload jobs/partner_sync_job:perform",
    ),
    _t(
        "r-sidekiq-dead",
        "loyalty",
        "ruby",
        "",
        "Sidekiq job PartnerSyncJob jid={hex12} moved to dead set after {n} retries",
    ),
    _t(
        "r-log-tenant",
        "loyalty",
        "ruby",
        "",
        "Points import rejected for tenant '{tenant}': file {tmp}/points-{order}.csv has {count}"
        " invalid rows",
    ),
    # --- .NET services ----------------------------------------------------------------------
    _t(
        "d-nullref",
        "pricing",
        "dotnet",
        "System.NullReferenceException",
        "Object reference not set to an instance of an object.",
        "PriceEngine:ApplyPromotions PricesController:Get",
    ),
    _t(
        "d-nullref-rules",
        "pricing",
        "dotnet",
        "System.NullReferenceException",
        "Object reference not set to an instance of an object.",
        "RuleLoader:Load PriceEngine:Initialize",
    ),
    _t(
        "d-seq-empty",
        "pricing",
        "dotnet",
        "System.InvalidOperationException",
        "Sequence contains no elements",
        "TierResolver:Resolve PriceEngine:ApplyPromotions",
    ),
    _t(
        "d-keynotfound",
        "pricing",
        "dotnet",
        "System.Collections.Generic.KeyNotFoundException",
        "The given key '{sku}' was not present in the dictionary.",
        "PriceCache:Get PriceEngine:BasePrice",
    ),
    _t(
        "d-format",
        "pricing",
        "dotnet",
        "System.FormatException",
        "The input string '{bad_number}' was not in a correct format.",
        "CsvPriceImporter:ParseRow CsvPriceImporter:Import",
    ),
    _t(
        "d-timeout",
        "pricing",
        "dotnet",
        "System.Threading.Tasks.TaskCanceledException",
        "The request was canceled due to the configured HttpClient.Timeout of {secs_int} seconds"
        " elapsing.",
        "CompetitorFeed:FetchAsync PriceRefreshJob:ExecuteAsync",
    ),
    _t(
        "d-http-503",
        "pricing",
        "dotnet",
        "System.Net.Http.HttpRequestException",
        "Response status code does not indicate success: 503 (Service Unavailable).",
        "CompetitorFeed:FetchAsync PriceRefreshJob:ExecuteAsync",
    ),
    _t(
        "d-http-403",
        "pricing",
        "dotnet",
        "System.Net.Http.HttpRequestException",
        "Response status code does not indicate success: 403 (Forbidden).",
        "CompetitorFeed:FetchAsync PriceRefreshJob:ExecuteAsync",
    ),
    _t(
        "d-sql-deadlock",
        "pricing",
        "dotnet",
        "Microsoft.Data.SqlClient.SqlException",
        "Transaction (Process ID {spid}) was deadlocked on lock resources with another process"
        " and has been chosen as the deadlock victim. Rerun the transaction.",
        "PriceRepository:UpsertAsync PriceRefreshJob:ExecuteAsync",
    ),
    _t(
        "d-sql-timeout",
        "pricing",
        "dotnet",
        "Microsoft.Data.SqlClient.SqlException",
        "Execution Timeout Expired.  The timeout period elapsed prior to completion of the"
        " operation or the server is not responding.",
        "PriceRepository:UpsertAsync PriceRefreshJob:ExecuteAsync",
    ),
    _t(
        "d-ef-concurrency",
        "pricing",
        "dotnet",
        "Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException",
        "The database operation was expected to affect 1 row(s), but actually affected 0 row(s);"
        " data may have been modified or deleted since entities were loaded.",
        "PriceRepository:SaveAsync PricesController:Put",
    ),
    _t(
        "d-argnull",
        "pricing",
        "dotnet",
        "System.ArgumentNullException",
        "Value cannot be null. (Parameter 'currency')",
        "Money:Create PriceEngine:BasePrice",
    ),
    _t(
        "d-argnull-region",
        "pricing",
        "dotnet",
        "System.ArgumentNullException",
        "Value cannot be null. (Parameter 'region')",
        "Money:Create PriceEngine:BasePrice",
    ),
    _t(
        "d-json",
        "pricing",
        "dotnet",
        "System.Text.Json.JsonException",
        "The JSON value could not be converted to System.Decimal. Path: $.items[{n}].price |"
        " LineNumber: 0 | BytePositionInLine: {col}.",
        "CompetitorFeed:Parse CompetitorFeed:FetchAsync",
    ),
    _t(
        "d-log-circuit",
        "pricing",
        "dotnet",
        "",
        "Circuit breaker opened for competitor-feed after {count} failures; retry at {ts}",
    ),
    # --- ERP / warehouse sync (several languages): variable codes inside messages ---------
    _t(
        "p-erp-503",
        "inventory",
        "python",
        "inventory.erp.ErpSyncError",
        "ERP returned 503 for stock sync of warehouse {warehouse}",
        "inventory/erp.py:push_stock inventory/tasks.py:sync_warehouse",
    ),
    _t(
        "p-erp-409",
        "inventory",
        "python",
        "inventory.erp.ErpSyncError",
        "ERP returned 409 for stock sync of warehouse {warehouse}",
        "inventory/erp.py:push_stock inventory/tasks.py:sync_warehouse",
    ),
    _t(
        "p-erp-pull",
        "inventory",
        "python",
        "inventory.erp.ErpSyncError",
        "ERP returned 503 for stock sync of warehouse {warehouse}",
        "inventory/erp.py:pull_stock inventory/tasks.py:reconcile_warehouse",
    ),
    _t(
        "p-negative-stock",
        "inventory",
        "python",
        "inventory.errors.NegativeStockError",
        "stock for {sku} in warehouse {warehouse} would drop to {neg} (order {order})",
        "inventory/stock.py:decrement inventory/api.py:reserve",
    ),
    _t(
        "p-log-bin",
        "inventory",
        "python",
        "",
        "Bin {bin} in warehouse {warehouse} reports {count} units, expected {count2}",
    ),
    _t(
        "j-wms-reject",
        "fulfilment",
        "java",
        "com.acme.fulfilment.WmsRejectedException",
        "WMS rejected pick list {uuid} for warehouse {warehouse}: code=WMS-117",
        "WmsClient:submitPickList PickingService:release",
    ),
    _t(
        "j-wms-reject-204",
        "fulfilment",
        "java",
        "com.acme.fulfilment.WmsRejectedException",
        "WMS rejected pick list {uuid} for warehouse {warehouse}: code=WMS-204",
        "WmsClient:submitPickList PickingService:release",
    ),
    _t(
        "n-log-slot",
        "fulfilment",
        "node",
        "",
        "No delivery slot left for postcode {postcode} on {date} (warehouse {warehouse})",
    ),
    _t(
        "g-log-scan",
        "fulfilment",
        "go",
        "",
        "scanner {scanner} at dock {dock} sent unknown barcode {barcode}",
    ),
)


# Near-misses that must NOT merge with their base: derived mechanically from base templates
# by changing one thing a developer would call "a different bug".
def _near_misses(base: tuple[Template, ...]) -> tuple[Template, ...]:
    by_id = {t.id: t for t in base}

    def kind(src: str, new_id: str, new_kind: str) -> Template:
        return replace(by_id[src], id=new_id, kind=new_kind)

    def site(src: str, new_id: str, frames: str) -> Template:
        return replace(by_id[src], id=new_id, frames=tuple(frames.split()))

    def service(src: str, new_id: str, new_service: str) -> Template:
        return replace(by_id[src], id=new_id, service=new_service)

    return (
        # same message, another exception type
        kind("j-iae-currency", "j-iae-currency~ise", "java.lang.IllegalStateException"),
        kind(
            "j-hikari",
            "j-hikari~cannotget",
            "org.springframework.jdbc.CannotGetJdbcConnectionException",
        ),
        kind("p-valueerror-int", "p-valueerror-int~type", "TypeError"),
        kind(
            "p-requests-timeout", "p-requests-timeout~connect", "requests.exceptions.ConnectTimeout"
        ),
        kind("n-refused", "n-refused~fetch", "FetchError"),
        kind("n-jwt-expired", "n-jwt-expired~notbefore", "NotBeforeError"),
        kind("r-argument", "r-argument~type", "TypeError"),
        kind("d-timeout", "d-timeout~op", "System.OperationCanceledException"),
        kind("g-ctx-deadline", "g-ctx-deadline~canceled", "context.canceledError"),
        kind("p-zerodiv", "p-zerodiv~decimal", "decimal.DivisionByZero"),
        # same type and message, another throw site
        site(
            "j-npe-invoice",
            "j-npe-invoice~credit",
            "CreditNoteCalculator:sumLines CreditNoteService:issue BillingController:credit",
        ),
        site("j-hikari", "j-hikari~ledger", "LedgerRepository:lastEntry InvoiceService:dueToday"),
        site("j-ise-invoice-state", "j-ise-invoice-state~void", "Invoice:void InvoiceService:void"),
        site(
            "p-keyerror-sku",
            "p-keyerror-sku~variant",
            "catalog/variants.py:parse_variant catalog/importer.py:import_feed"
            " catalog/tasks.py:run",
        ),
        site(
            "p-attr-none",
            "p-attr-none~breadcrumb",
            "catalog/breadcrumbs.py:trail catalog/views.py:product_detail",
        ),
        site(
            "p-redis-conn",
            "p-redis-conn~session",
            "catalog/sessions.py:load catalog/middleware.py:session_middleware",
        ),
        site(
            "p-oserror-nospace",
            "p-oserror-nospace~transcode",
            "media/video.py:transcode media/tasks.py:transcode_video",
        ),
        site(
            "g-nil-deref",
            "g-nil-deref~auth",
            "authn:(*Introspector).claims router:(*Router).authenticate",
        ),
        site(
            "g-dial-refused",
            "g-dial-refused~auth",
            "authn:(*Introspector).dial authn:(*Introspector).Check",
        ),
        site("n-not-function", "n-not-function~search", "search/facets:FacetList search/page:Page"),
        site("n-axios-500", "n-axios-500~checkout", "api/client:request api/checkout:placeOrder"),
        site("n-enoent", "n-enoent~export", "exports/csv:writeExport exports/routes:download"),
        site(
            "r-record-not-found",
            "r-record-not-found~redeem",
            "controllers/redemptions_controller:create",
        ),
        site(
            "r-net-timeout",
            "r-net-timeout~webhook",
            "services/webhook_sender:deliver jobs/webhook_job:perform",
        ),
        site("d-seq-empty", "d-seq-empty~currency", "CurrencyTable:Rate PriceEngine:Convert"),
        site("d-keynotfound", "d-keynotfound~tax", "TaxTable:RateFor PriceEngine:WithTax"),
        site(
            "d-sql-deadlock",
            "d-sql-deadlock~archive",
            "PriceHistory:ArchiveAsync PriceArchiveJob:ExecuteAsync",
        ),
        site(
            "g-pgx-unique",
            "g-pgx-unique~label",
            "store:(*Labels).Insert api:(*Handler).CreateLabel",
        ),
        # same error in another service
        service("p-redis-timeout", "p-redis-timeout@search", "search"),
        service("n-jwt-expired", "n-jwt-expired@storefront", "storefront"),
        service("g-ctx-deadline", "g-ctx-deadline@shipping", "shipping"),
        service("j-hikari", "j-hikari@ledger", "ledger"),
        service("d-nullref", "d-nullref@tax", "tax"),
        service("r-redis", "r-redis@notifications", "notifications"),
        service("p-log-worker-lost", "p-log-worker-lost@search", "search"),
        service("g-log-oom", "g-log-oom@shipping", "shipping"),
    )


TEMPLATES: tuple[Template, ...] = _BASE + _near_misses(_BASE)

# ---------------------------------------------------------------------------- values

_ALNUM = string.ascii_letters + string.digits
_K8S = "bcdfghjklmnpqrstvwxz2456789"  # Kubernetes' name suffix alphabet


def _pick(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _hex(rng: random.Random, n: int) -> str:
    return f"{rng.getrandbits(4 * n):0{n}x}"


_TENANTS = (
    "acme-corp",
    "globex",
    "initech-eu",
    "umbrella_uk",
    "Hooli",
    "stark-industries",
    "wayne-enterprises",
    "tyrell",
    "cyberdyne-systems",
    "wonka",
)
_SUPPLIERS = ("Bosch", "Makita", "3M", "Henkel", "Würth", "DeWalt", "Hilti", "Fischer")

_EVENT_VALUES: dict[str, Callable[[random.Random], str]] = {
    "order": lambda r: str(r.randint(10_000_000, 99_999_999)),
    "invoice": lambda r: f"INV-{r.randint(2024, 2026)}-{r.randint(1, 99999):05d}",
    "member_id": lambda r: str(r.randint(1, 2_000_000)),
    "shipment": lambda r: f"SHP{r.randint(10**9, 10**10 - 1)}",
    "uuid": lambda r: "-".join(_hex(r, n) for n in (8, 4, 4, 4, 12)),
    "promise_id": lambda r: f"Promise {{ <pending> }} #{r.randint(1, 9999)}",
    "hex8": lambda r: _hex(r, 8),
    "hex12": lambda r: _hex(r, 24),
    "hexaddr": lambda r: f"0x7f{_hex(r, 10)}",
    "hexbyte": lambda r: f"0x{r.randint(0x80, 0xFF):x}",
    "awsreq": lambda r: _pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 16),
    "apikey": lambda r: "pk_" + _pick(r, _ALNUM, 20),
    "ms": lambda r: str(r.choice((r.randint(1, 999), r.randint(1000, 60_000)))),
    "secs": lambda r: f"{r.uniform(0.5, 60):.{r.randint(1, 3)}f}",
    "secs_int": lambda r: str(r.choice((10, 30, 100))),
    "dur_go": lambda r: r.choice(
        (
            f"{r.randint(1, 59)}m{r.randint(0, 59)}.{r.randint(0, 9)}s",
            f"{r.randint(1, 9)}h{r.randint(0, 59)}m{r.randint(0, 59)}s",
            f"{r.randint(1, 59)}.{r.randint(100, 999)}s",
        )
    ),
    "ip": lambda r: f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
    "ip2": lambda r: f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
    "port": lambda r: str(r.choice((80, 443, 8080, 8443, 9090, r.randint(30000, 32767)))),
    "eport": lambda r: str(r.randint(32768, 60999)),
    "tmp": lambda r: r.choice(("/tmp", "/var/tmp", "/tmp/job-" + _hex(r, 6))),
    "email": lambda r: f"{_pick(r, string.ascii_lowercase, r.randint(3, 9))}@example.com",
    "tenant": lambda r: r.choice(_TENANTS),
    "supplier": lambda r: r.choice(_SUPPLIERS),
    "warehouse": lambda r: r.choice(("DUB1", "AMS2", "FRA1", "WAW3", "MAD2", "LHR4", "CDG1")),
    "bin": lambda r: f"{r.choice('ABCDEFG')}{r.randint(1, 40):02d}-{r.randint(1, 9)}",
    "sku": lambda r: f"SKU-{r.randint(10000, 99999)}",
    "slug": lambda r: "-".join(
        r.sample(("red", "oak", "chair", "lamp", "desk", "mini", "pro", "v2", "2024", "xl"), 3)
    ),
    "count": lambda r: str(r.randint(2, 50_000)),
    "count2": lambda r: str(r.randint(0, 500)),
    "limit": lambda r: str(r.choice((100, 500, 1000, 5000))),
    "n": lambda r: str(r.randint(1, 40)),
    "n2": lambda r: str(r.randint(0, 40)),
    "neg": lambda r: str(-r.randint(1, 30)),
    "col": lambda r: str(r.randint(1, 400)),
    "pid": lambda r: str(r.randint(100, 99999)),
    "pid2": lambda r: str(r.randint(100, 99999)),
    "spid": lambda r: str(r.randint(51, 400)),
    "txid": lambda r: str(r.randint(10**6, 10**9)),
    "partition": lambda r: str(r.randint(0, 23)),
    "bytes": lambda r: str(r.randint(10**6, 10**9)),
    "bytes2": lambda r: str(r.randint(10**8, 10**9)),
    "pool_n": lambda r: str(r.randint(1, 3)),
    "rbs": lambda r: f"_SYSSMU{r.randint(1, 20)}_{r.randint(10**8, 10**9)}$",
    "currency_bad": lambda r: r.choice(("XBT", "EURO", "usd ", "GBX", "RMB")),
    "bad_number": lambda r: r.choice(("12a", "1,5", "N/A", "", "0x1F", "12.5.1", "--3")),
    "amount_bad": lambda r: f"{r.randint(1, 999)},{r.randint(0, 99):02d} EUR",
    "postcode": lambda r: (
        f"D{r.randint(1, 24):02d} {_pick(r, 'ACDEFHKNPRTVWXY', 1)}"
        f"{r.randint(1, 9)}{_pick(r, 'ACDEFHKNPRTVWXY', 2)}"
    ),
    "date": lambda r: f"2026-11-{r.randint(1, 30):02d}",
    "ts": lambda r: (
        f"2026-11-{r.randint(1, 30):02d}T{r.randint(0, 23):02d}:"
        f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
    ),
    "ts2": lambda r: f"2026-10-{r.randint(1, 31):02d}T00:00:00Z",
    "scanner": lambda r: f"zebra-{r.randint(1, 60):02d}",
    "dock": lambda r: str(r.randint(1, 12)),
    "barcode": lambda r: str(r.randint(10**12, 10**13 - 1)),
    "url": lambda r: f"http://cms.internal/api/pages/{r.randint(1, 9999)}?preview=1",
    "ns": lambda r: "prod",
}


@dataclass(frozen=True)
class _Deploy:
    version: str
    build: str
    pods: tuple[str, ...]
    hosts: tuple[str, ...]
    line_shift: dict[str, int]
    lib_version: str
    release: str


def _deploy(seed: int, deploy: int, service: str) -> _Deploy:
    rng = random.Random(f"{seed}/deploy/{deploy}/{service}")
    replica_set = _pick(rng, _K8S, 10)
    pods = tuple(f"{service}-{replica_set}-{_pick(rng, _K8S, 5)}" for _ in range(4))
    hosts = tuple(
        f"ip-10-{rng.randint(0, 3)}-{rng.randint(0, 255)}-{rng.randint(1, 254)}"
        ".eu-west-1.compute.internal"
        for _ in range(3)
    )
    shifts = {t.id: rng.randint(-20, 60) if deploy else 0 for t in TEMPLATES}
    return _Deploy(
        version=f"{rng.randint(1, 4)}.{rng.randint(0, 40)}.{rng.randint(0, 12)}",
        build=_hex(rng, 7),
        pods=pods,
        hosts=hosts,
        line_shift=shifts,
        lib_version=f"{rng.randint(2, 7)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
        release=f"2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 235959):06d}",
    )


# ---------------------------------------------------------------------------- stacks

_PLACEHOLDER = re.compile(r"\{([a-z_0-9]+)\}")


def _fill(text: str, values: dict[str, str], rng: random.Random, pod: str) -> str:
    """Placeholders filled, the same value everywhere in one event; {pod} is the pod the
    event ran on, which a deploy renames."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "pod":
            return pod
        if name not in values:
            values[name] = _EVENT_VALUES[name](rng)
        return values[name]

    return _PLACEHOLDER.sub(value, text).replace("{{", "{").replace("}}", "}")


def _line(template: Template, index: int, deploy: _Deploy) -> int:
    """The frame's line: fixed per template and frame, moved by the deploy's shift."""
    base = 20 + (sum(map(ord, f"{template.id}/{index}")) * 7) % 400
    return max(1, base + deploy.line_shift[template.id] * (index == 0))


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[_/]", name))


def _java(t: Template, message: str, d: _Deploy) -> str:
    package = f"com.acme.{t.service}"
    lines = [f"{t.kind}: {message}" if message else t.kind]
    for i, spec in enumerate(t.frames):
        cls, func = spec.split(":")
        lines.append(f"\tat {package}.{cls}.{func}({cls}.java:{_line(t, i, d)})")
    lines.append(
        "\tat org.springframework.aop.framework.ReflectiveMethodInvocation.proceed"
        "(ReflectiveMethodInvocation.java:184)"
    )
    lines.append(f"\tat java.base@17.0.{d.lib_version[0]}/java.lang.Thread.run(Thread.java:840)")
    return "\n".join(lines)


def _python(t: Template, message: str, d: _Deploy) -> str:
    lines = ["Traceback (most recent call last):"]
    lines.append(
        f'  File "/opt/venv/lib/python3.{9 + int(d.lib_version[0])}/site-packages/'
        'celery/app/trace.py", line 453, in trace_task'
    )
    lines.append("    R = retval = fun(*args, **kwargs)")
    for i, spec in reversed(list(enumerate(t.frames))):
        path, func = spec.split(":")
        lines.append(f'  File "/app/{path}", line {_line(t, i, d)}, in {func}')
        lines.append(f"    return {func}_impl(payload)")
    lines.append(f"{t.kind}: {message}")
    return "\n".join(lines)


def _node(t: Template, message: str, d: _Deploy) -> str:
    lines = [f"{t.kind}: {message}"]
    for i, spec in enumerate(t.frames):
        path, func = spec.split(":")
        lines.append(f"    at {func} (/app/.next/server/{path}.js:{_line(t, i, d)}:{7 + i * 4})")
    lines.append(
        "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"
    )
    return "\n".join(lines)


def _go(t: Template, message: str, d: _Deploy) -> str:
    module = f"github.com/acme/{t.service}"
    lines = [f"panic: {message}" if t.kind == "panic" else message, ""]
    lines.append("goroutine 1 [running]:")
    for i, spec in enumerate(t.frames):
        pkg, func = spec.split(":")
        lines.append(f"{module}/internal/{pkg}.{func}(0xc000{_hex(random.Random(i), 6)})")
        lines.append(f"\t/src/internal/{pkg}/{pkg}.go:{_line(t, i, d)} +0x{40 + i:x}")
    lines.append("net/http.HandlerFunc.ServeHTTP(...)")
    lines.append(f"\t/usr/local/go/src/net/http/server.go:{2100 + int(d.lib_version[0])}")
    return "\n".join(lines)


def _ruby(t: Template, message: str, d: _Deploy) -> str:
    lines = []
    for i, spec in enumerate(t.frames):
        path, func = spec.split(":")
        lines.append(
            f"/srv/loyalty/releases/{d.release}/app/{path}.rb:{_line(t, i, d)}:in `{func}'"
        )
    lines.append(
        f"/usr/local/bundle/gems/activerecord-{d.lib_version}/lib/active_record/"
        "transactions.rb:313:in `transaction'"
    )
    return "\n".join(lines)


def _dotnet(t: Template, message: str, d: _Deploy) -> str:
    namespace = f"Acme.{t.service.capitalize()}"
    lines = [f"{t.kind}: {message}"]
    for i, spec in enumerate(t.frames):
        cls, func = spec.split(":")
        if func.endswith("Async"):  # async methods print as a compiler-generated state machine
            name = f"{namespace}.{cls}.<{func}>d__{3 + i}.MoveNext()"
        else:
            name = f"{namespace}.{cls}.{func}(String id)"
        lines.append(f"   at {name} in /src/{t.service}/{cls}.cs:line {_line(t, i, d)}")
    lines.append(
        "   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor"
        ".TaskOfIActionResultExecutor.Execute(ActionContext context)"
    )
    return "\n".join(lines)


_STACKS: dict[str, Callable[[Template, str, _Deploy], str]] = {
    "java": _java,
    "python": _python,
    "node": _node,
    "go": _go,
    "ruby": _ruby,
    "dotnet": _dotnet,
}
_SOURCE = {"dotnet": "csharp"}

# ---------------------------------------------------------------------------- events


def _count(seed: int, template: Template) -> int:
    return random.Random(f"{seed}/count/{template.id}").randint(MIN_EVENTS, MAX_EVENTS)


def generate(seed: int = SEED, deploy: int = 0) -> Iterator[dict[str, Any]]:
    """The corpus' events, each with its ``group`` label, in a fixed shuffled order.

    Per-event values depend on ``seed`` only; what a release changes also on ``deploy``.
    """
    start = datetime(2026, 11, 1, tzinfo=UTC)
    deploys = {s: _deploy(seed, deploy, s) for s in sorted({t.service for t in TEMPLATES})}
    slots = [(t, k) for t in TEMPLATES for k in range(_count(seed, t))]
    random.Random(f"{seed}/order").shuffle(slots)
    for n, (t, k) in enumerate(slots):
        rng = random.Random(f"{seed}/event/{t.id}/{k}")
        d = deploys[t.service]
        pod_index = rng.randrange(len(d.pods))
        values: dict[str, str] = {}
        message = _fill(t.message, values, rng, d.pods[pod_index])
        attrs: dict[str, Any] = {"logger": {"name": f"{t.service}.{t.lang}"}}
        if t.kind:
            error: dict[str, Any] = {"kind": t.kind, "message": message}
            if t.frames:
                error["stack"] = _STACKS[t.lang](t, message, d)
            attrs["error"] = error
        attrs["dd"] = {"trace_id": str(rng.getrandbits(63)), "version": d.version}
        at = start + timedelta(seconds=n * 17 + rng.randint(0, 16))
        yield {
            "id": f"AQAAAZ{seed:04d}{n:010d}",
            "type": "log",
            "group": t.id,
            "attributes": {
                "timestamp": at.isoformat().replace("+00:00", "Z"),
                "message": message.split("\n", 1)[0] if t.kind else message,
                "service": t.service,
                "host": d.hosts[pod_index % len(d.hosts)],
                "status": "error",
                "tags": [
                    "env:production",
                    f"version:{d.version}",
                    f"git.commit.sha:{d.build}",
                    f"pod_name:{d.pods[pod_index]}",
                    f"source:{_SOURCE.get(t.lang, t.lang)}",
                ],
                "attributes": attrs,
            },
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--deploy", type=int, default=0, help="0 = before any deploy")
    parser.add_argument("--output", type=Path, default=CORPUS)
    args = parser.parse_args()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8", newline="\n") as out:
        for event in generate(args.seed, args.deploy):
            out.write(json.dumps(event, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {args.output} ({len(TEMPLATES)} templates)")


if __name__ == "__main__":
    main()
