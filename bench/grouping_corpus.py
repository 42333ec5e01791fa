"""Seeded generator of the labeled grouping corpus: ``tests/data/grouping/corpus.jsonl``.

Each line is one error event in the shape of Datadog's logs search (v2) ``data[]`` items,
plus a top-level ``"group"``: the id of the template that produced it, which is the ground
truth. The templates were written for this corpus (not taken from
``dogcatcher.sample_data``) across Java, Python, Go, Node, Ruby and .NET services, with and
without stack traces, and include near-misses that must stay apart (same exception type
thrown at another site, same message under another exception type or service, another HTTP
status, error code or missing key, another quoted endpoint, module or secret whose name holds
digits, another cause of a wrapped error) and per-event variables that must not split a group
(ids, hosts, IPs, ports, durations, sizes, temp paths, timestamps, tenants, warehouse codes).

``THROWN_IN_LIBRARIES`` adds, in services of their own, errors thrown inside third-party code:
a library's frames innermost (a database driver, an HTTP client, a serializer, a queue
client, a cloud SDK, an ORM, a template engine, the runtime's own modules), then the
service's, then the framework's, laid out as real deployments lay them out (Maven jars, a
virtualenv or Debian's dist-packages, npm or pnpm, Go's module cache or a vendor folder,
Bundler's gems, NuGet packages). Near-misses reach the same library error from another call
site of the service; some bugs' events take more than one path through the library and stay
one group. Their events follow the templates'.

``INSTALLED_AS_PACKAGES`` adds errors of further services (Python, Go, Node, Ruby) whose own
code is installed the way their dependencies are, so that where a file lives does not tell
their frames from their libraries': a wheel pip-installed into the virtualenv's
site-packages or Debian's dist-packages, a binary built by ``go install module@version`` (the
module cache's paths, or ``-trimpath``'s ``module@version/``), internal packages in
``node_modules`` (npm, pnpm's store, or the whole service installed globally), a domain gem in
the bundle (from a gem server, or Bundler's git checkout) under a thin Rails app. Each deploy
releases the service's own packages anew. Near-misses reach the same error from another call
site in the service's own code; some bugs' events come through two entry points (an HTTP
handler and a background job) or through another number of a library's retries, and stay one
group. Their events follow all the others'.

A *deploy* redraws what a release changes: line numbers, versions, build hashes, pod and
node names, release folders, and the libraries' versions (whose lines move with them).
``--deploy 1`` renders the same events (same per-event values) as after such a deploy, for
the stability check of ``bench/grouping.py``.

Regenerate the committed corpus, from the repository root, with exactly::

    .venv/bin/python bench/grouping_corpus.py --output tests/data/grouping/corpus.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
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
    # --- What tells these apart is in the message: a quoted name with digits, a wrapped
    # cause, a code (their near-misses change only that; found by probing on 2026-11-30) ---
    _t(
        "g-outbox-timeout",
        "gateway",
        "go",
        "*url.Error",
        'Post "http://{ip}:{port}/v1/charges": context deadline exceeded'
        " (Client.Timeout exceeded while awaiting headers)",
        "outbox:(*Relay).post outbox:(*Relay).Run",
    ),
    _t(
        "g-ledger-wrapped",
        "gateway",
        "go",
        "*errors.errorString",
        "sync ledger {uuid}: get account: EOF",
        "ledger:(*Syncer).sync ledger:(*Syncer).Run",
    ),
    _t(
        "g-log-offsets",
        "gateway",
        "go",
        "",
        "partition {partition}: failed to store offsets: context canceled",
    ),
    _t(
        "g-log-secret",
        "gateway",
        "go",
        "",
        'Unable to attach or mount volumes for pod {pod}: secret "s3-credentials" not found',
    ),
    _t(
        "p-missing-module",
        "catalog",
        "python",
        "ModuleNotFoundError",
        "No module named 'boto3'",
        "catalog/plugins.py:load catalog/tasks.py:boot",
    ),
    _t(
        "p-missing-env",
        "catalog",
        "python",
        "KeyError",
        "'S3_BUCKET'",
        "catalog/settings.py:env catalog/settings.py:load",
    ),
    _t(
        "j-bean-creation",
        "billing",
        "java",
        "org.springframework.beans.factory.BeanCreationException",
        "Error creating bean with name 's3Client': Invocation of init method failed",
        "StorageConfig:client BillingApplication:main",
    ),
    _t(
        "d-com-hresult",
        "pricing",
        "dotnet",
        "System.Runtime.InteropServices.COMException",
        "Exception from HRESULT: 0x80070005",
        "ReportExporter:SaveAsync ExportJob:RunAsync",
    ),
    _t(
        "n-log-fetch-status",
        "storefront",
        "node",
        "",
        "Failed to fetch orders for tenant {tenant}: 503",
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

    def message(src: str, new_id: str, old: str, new: str) -> Template:
        assert old in by_id[src].message, (src, old)
        return replace(by_id[src], id=new_id, message=by_id[src].message.replace(old, new))

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
        # same type and throw site, another name, cause or code in the message
        message("g-outbox-timeout", "g-outbox-timeout~reserve", "/v1/charges", "/v1/reserve"),
        message("g-ledger-wrapped", "g-ledger-wrapped~unauthorized", "EOF", "unauthorized"),
        message("g-log-offsets", "g-log-offsets~checkpoint", "offsets", "checkpoint"),
        message("g-log-secret", "g-log-secret~oauth2", "s3-credentials", "oauth2-proxy"),
        message("p-missing-module", "p-missing-module~psycopg2", "boto3", "psycopg2"),
        message("p-missing-env", "p-missing-env~oauth2", "S3_BUCKET", "OAUTH2_CLIENT_ID"),
        message("j-bean-creation", "j-bean-creation~k8s", "s3Client", "k8sClient"),
        message("d-com-hresult", "d-com-hresult~sharing", "0x80070005", "0x80070020"),
        message("n-log-fetch-status", "n-log-fetch-status~404", ": 503", ": 404"),
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
    "bad_date": lambda r: r.choice(
        (
            f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026",
            f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2026",
            f"{r.choice(('Nov', 'Dec', 'Jan'))} {r.randint(1, 28)}, 2026",
        )
    ),
    "stripe_req": lambda r: "req_" + _pick(r, _ALNUM, 14),
    "s3_ext_id": lambda r: _pick(r, _ALNUM + "+/", 75) + "=",
    "threads": lambda r: str(r.randint(6, 64)),
    "goroutine": lambda r: str(r.randint(18, 60_000)),
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

# ---------------------------------------------------------------------------- thrown in libraries
# Errors thrown inside third-party code: the innermost frames are a library's (a database
# driver, an HTTP client, a serializer, a message-queue client, a cloud SDK, an ORM, a
# template engine, the runtime's own modules), then the service's own frames, then the
# framework/runtime tail. They live apart from TEMPLATES, in services of their own, and every
# random value they need comes from generators keyed by _LIB, so the events above stay as
# they were.

_LIB = "thrown-in-libraries"


@dataclass(frozen=True)
class LibraryTemplate:
    """One true group whose error is thrown inside third-party code.

    ``paths`` are the library's frames, one tuple per way the library reaches the throw
    (each event draws one: a pooled or a fresh connection, headers or body...); ``frames``
    the service's own frames; ``tail`` the framework/runtime frames they run under. All are
    innermost first, except Python's, which are in traceback order (outermost first), as
    Python prints them; in a Python path, ``"!!<exception line>!!cause"`` (or ``context``)
    ends a chained traceback printed before the last one. ``cause`` is Java's ``Caused by:``
    (its header line, then its frames), which shares the enclosing trace's frames but its
    first ``cause_join``. ``header`` replaces the first line of the stack (``{kind}``,
    ``{message}``); ``signal`` adds the signal line under a Go panic."""

    id: str
    service: str
    lang: str
    kind: str
    message: str
    paths: tuple[tuple[str, ...], ...]
    frames: tuple[str, ...]
    tail: tuple[str, ...]
    cause: tuple[str, ...] = ()
    cause_join: int = 0
    header: str = ""
    signal: bool = False


@dataclass(frozen=True)
class _Service:
    """Where a service's code and its libraries are, and its lockfile: the versions a deploy
    draws each library's from. ``code`` is its Java package, Go module or .NET namespace."""

    lang: str
    versions: dict[str, tuple[str, ...]]
    code: str = ""
    app: str = ""
    libs: str = ""
    runtime: str = ""
    style: str = ""


_LIBRARY_SERVICES: dict[str, _Service] = {
    # Spring Boot 3 on Tomcat, JDK 21
    "orders": _Service(
        "java",
        {
            "jdk": ("21.0.3", "21.0.4", "21.0.5"),
            "pgjdbc": ("42.7.2", "42.7.3", "42.7.4"),
            "hikaricp": ("5.0.1", "5.1.0"),
            "spring": ("6.1.8", "6.1.10", "6.1.12"),
            "tomcat": ("10.1.24", "10.1.25", "10.1.28"),
            "lettuce": ("6.3.2.RELEASE", "6.4.0.RELEASE"),
            "angus-mail": ("2.0.2", "2.0.3"),
            "jakarta-mail": ("2.1.2", "2.1.3"),
            "httpclient": ("4.5.13", "4.5.14"),
        },
        code="com.acme.orders",
    ),
    # Spring Boot 3, RabbitMQ and Kafka consumers, JDK 17
    "payouts": _Service(
        "java",
        {
            "jdk": ("17.0.10", "17.0.11", "17.0.12"),
            "spring": ("6.1.6", "6.1.8"),
            "spring-amqp": ("3.1.5", "3.1.6", "3.1.7"),
            "tomcat": ("10.1.20", "10.1.24"),
            "jackson": ("2.17.0", "2.17.1", "2.17.2"),
            "kafka-clients": ("3.7.0", "3.7.1"),
            "confluent": ("7.6.0", "7.6.1", "7.7.0"),
            "aws-sdk-java": ("2.25.60", "2.26.12", "2.26.25"),
        },
        code="com.acme.payouts",
    ),
    # Django + DRF under gunicorn, Celery workers; a virtualenv in the image
    "payments": _Service(
        "python",
        {
            "python": ("3.11", "3.12"),
            "django": ("5.0.6", "5.0.7", "5.0.8"),
            "rest_framework": ("3.15.1", "3.15.2"),
            "celery": ("5.3.6", "5.4.0"),
            "stripe": ("9.8.0", "9.12.0", "10.1.0"),
            "boto3": ("1.34.120", "1.34.144", "1.35.2"),
            "botocore": ("1.34.120", "1.34.144", "1.35.2"),
        },
        app="/app",
        libs="/opt/venv/lib/python{python}/site-packages",
        runtime="/usr/local/lib/python{python}",
    ),
    # FastAPI under uvicorn; packages installed into the image's own Python
    "recommendations": _Service(
        "python",
        {
            "python": ("3.11", "3.12"),
            "uvicorn": ("0.29.0", "0.30.1", "0.30.5"),
            "fastapi": ("0.111.0", "0.111.1", "0.112.0"),
            "starlette": ("0.37.2", "0.38.2"),
            "anyio": ("4.3.0", "4.4.0"),
            "sqlalchemy": ("2.0.29", "2.0.30", "2.0.31"),
            "psycopg2": ("2.9.9",),
            "httpx": ("0.27.0",),
            "httpcore": ("1.0.5",),
        },
        app="/app",
        libs="/usr/local/lib/python{python}/site-packages",
        runtime="/usr/local/lib/python{python}",
    ),
    # a worker on Debian's own Python and packages (python3-pymongo, python3-requests)
    "feeds-worker": _Service(
        "python",
        {"python": ("3.11",), "pymongo": ("3.11.0",), "requests": ("2.28.1",)},
        app="/opt/feeds",
        libs="/usr/lib/python3/dist-packages",
        runtime="/usr/lib/python{python}",
    ),
    # NestJS compiled to dist/, npm's flat node_modules
    "checkout-bff": _Service(
        "node",
        {
            "node": ("20.14.0", "20.15.1", "20.16.0"),
            "pg": ("8.11.5", "8.12.0"),
            "pg-pool": ("3.6.2",),
            "mongoose": ("8.4.1", "8.5.1"),
            "@nestjs/core": ("10.3.8", "10.3.10"),
        },
        app="/app/dist",
        libs="/app/node_modules",
    ),
    # BullMQ workers, pnpm's node_modules/.pnpm store
    "notifier": _Service(
        "node",
        {
            "node": ("20.14.0", "20.15.1"),
            "@aws-sdk/client-s3": ("3.600.0", "3.614.0", "3.637.0"),
            "@aws-sdk/middleware-sdk-s3": ("3.598.0", "3.614.0", "3.635.0"),
            "@aws-sdk/middleware-flexible-checksums": ("3.598.0", "3.614.0", "3.620.0"),
            "@aws-sdk/middleware-logger": ("3.598.0", "3.609.0"),
            "@smithy/middleware-serde": ("3.0.1", "3.0.3"),
            "@smithy/middleware-retry": ("3.0.4", "3.0.9", "3.0.15"),
            "handlebars": ("4.7.8",),
            "amqplib": ("0.10.3", "0.10.4"),
            "bullmq": ("5.7.15", "5.8.3", "5.12.0"),
        },
        app="/usr/src/app/dist",
        libs="/usr/src/app/node_modules",
        style="pnpm",
    ),
    # Kafka consumers and webhook senders, built in golang's image from the module cache
    "tracking": _Service(
        "go",
        {
            "go": ("1.22.4", "1.22.5", "1.22.6"),
            "github.com/google/uuid": ("1.5.0", "1.6.0"),
            "github.com/go-playground/validator/v10": ("10.19.0", "10.20.0", "10.22.0"),
            "github.com/IBM/sarama": ("1.43.1", "1.43.2", "1.43.3"),
        },
        code="github.com/acme/tracking",
        app="/src",
        libs="/go/pkg/mod",
        runtime="/usr/local/go",
    ),
    # a gRPC server that vendors its dependencies, built with Debian's Go
    "dispatch": _Service(
        "go",
        {
            "go": ("1.21", "1.22"),
            "github.com/prometheus/client_golang": ("1.19.0", "1.19.1", "1.20.0"),
            "go.mongodb.org/mongo-driver": ("1.15.0", "1.15.1", "1.16.0"),
            "google.golang.org/grpc": ("1.64.0", "1.64.1", "1.65.0"),
        },
        code="github.com/acme/dispatch",
        app="/app",
        libs="/app/vendor",
        runtime="/usr/lib/go-{go}",
        style="vendor",
    ),
    # Rails 8 on Ruby 3.4 (which quotes 'Class#method'), gems in the image's bundle
    "subscriptions": _Service(
        "ruby",
        {
            "ruby": ("3.4.1", "3.4.2"),
            "rails": ("8.0.0", "8.0.1"),
            "stripe": ("13.0.2", "13.1.0", "13.2.0"),
            "aws-sdk-core": ("3.201.1", "3.201.3", "3.205.0"),
            "aws-sdk-s3": ("1.156.0", "1.157.0", "1.159.0"),
            "sidekiq": ("7.3.0", "7.3.1"),
            "puma": ("6.4.2", "6.4.3"),
        },
        app="/rails",
        libs="/usr/local/bundle/gems",
        runtime="/usr/local/lib/ruby/3.4.0",
        style="'",
    ),
    # Rails 7.0 on Ruby 3.2, deployed by Capistrano: gems in the shared bundle
    "helpdesk": _Service(
        "ruby",
        {
            "ruby": ("3.2.4", "3.2.5", "3.2.6"),
            "rails": ("7.0.8.1", "7.0.8.4"),
            "json": ("2.7.1", "2.7.2"),
            "sidekiq": ("7.2.4", "7.3.0"),
        },
        app="/srv/helpdesk/releases/{release}",
        libs="/srv/helpdesk/shared/bundle/ruby/3.2.0/gems",
        runtime="/usr/local/lib/ruby/3.2.0",
        style="`",
    ),
    # ASP.NET Core 8 with Npgsql, Dapper and StackExchange.Redis
    "invoicing": _Service(
        "dotnet",
        {
            "npgsql": ("8.0.2", "8.0.3", "8.0.4"),
            "dapper": ("2.1.35", "2.1.44"),
            "stackexchange-redis": ("2.7.33.41805", "2.8.0.27420", "2.8.12.30512"),
        },
        code="Acme.Invoicing",
        app="/src/Invoicing",
    ),
    # a .NET 8 worker: RabbitMQ consumer, HttpClientFactory with Polly, Newtonsoft.Json
    "documents": _Service("dotnet", {}, code="Acme.Documents", app="/src/Documents"),
}

_RUBY_GEMS = {  # gems released together share one version
    "activerecord": "rails",
    "activesupport": "rails",
    "activejob": "rails",
    "actionpack": "rails",
    "railties": "rails",
}
_JAVA_LIBS = (
    ("java.base/", "jdk"),
    ("org.postgresql.", "pgjdbc"),
    ("com.zaxxer.hikari.", "hikaricp"),
    ("org.springframework.amqp.", "spring-amqp"),
    ("org.springframework.", "spring"),
    ("jakarta.servlet.", "tomcat"),
    ("org.apache.catalina.", "tomcat"),
    ("org.apache.coyote.", "tomcat"),
    ("org.apache.tomcat.", "tomcat"),
    ("com.fasterxml.jackson.", "jackson"),
    ("io.lettuce.", "lettuce"),
    ("org.apache.kafka.", "kafka-clients"),
    ("io.confluent.", "confluent"),
    ("software.amazon.awssdk.", "aws-sdk-java"),
    ("org.eclipse.angus.", "angus-mail"),
    ("jakarta.mail.", "jakarta-mail"),
    ("org.apache.http.", "httpclient"),
)
_DOTNET_LIBS = (
    ("Npgsql.", "npgsql"),
    ("Dapper.", "dapper"),
    ("StackExchange.Redis.", "stackexchange-redis"),
)
_PY_CHAINS = {
    "cause": "The above exception was the direct cause of the following exception:",
    "context": "During handling of the above exception, another exception occurred:",
}


@dataclass(frozen=True)
class _Env:
    """What one service's stacks look like at one deploy."""

    seed: int
    deploy: int
    service: str
    spec: _Service
    versions: dict[str, str]
    build: str
    release: str

    def root(self, path: str) -> str:
        return path.format(release=self.release, **self.versions)

    def lib_line(self, lib: str, file: str, line: int) -> int:
        """A library's line: the same for the same version everywhere; an upgrade may move
        it (a file the release did not touch keeps its lines)."""
        version = self.versions[lib]
        rng = random.Random(f"{self.seed}/{_LIB}/lines/{self.spec.lang}/{lib}/{version}/{file}")
        return max(1, line + rng.choice((0, 0, rng.randint(-6, 40))))

    def app_line(self, file: str, site: str) -> int:
        """The service's own line at a call site; a deploy may move a file's lines."""
        line = 12 + zlib.crc32(f"{self.service}/{site}".encode()) % 380
        if not self.deploy:
            return line
        rng = random.Random(f"{self.seed}/{_LIB}/deploy/{self.deploy}/{self.service}/{file}")
        return max(1, line + rng.choice((0, rng.randint(-15, 45))))

    def offset(self, function: str, lib: str = "") -> str:
        """A Go frame's pc offset: a library's moves with its version, the service's with
        its build."""
        key = f"{function}/{self.versions[lib] if lib else self.build}"
        return f"+0x{0x1D + zlib.crc32(key.encode()) % 0x5E0:x}"


def _library_env(seed: int, deploy: int, service: str, d: _Deploy) -> _Env:
    spec = _LIBRARY_SERVICES[service]
    versions = {
        lib: random.Random(f"{seed}/{_LIB}/deploy/{deploy}/{service}/{lib}").choice(choices)
        for lib, choices in spec.versions.items()
    }
    return _Env(seed, deploy, service, spec, versions, d.build, d.release)


_Filler = Callable[[str], str]  # an event's placeholders filled in a text


def _header(t: LibraryTemplate, fill: _Filler) -> str:
    """The stack's first line: the exception and its message."""
    header = t.header or "{kind}: {message}"
    return header.replace("{kind}", t.kind).replace("{message}", fill(t.message))


def _callers(frames: tuple[str, ...]) -> list[str]:
    """Each frame's call site: the frame and the one it calls (the library, innermost)."""
    return [f"{f}<{frames[i - 1] if i else 'library'}" for i, f in enumerate(frames)]


# Java ----------------------------------------------------------------------------------

_JAVA_LINE = re.compile(r"\((?P<file>[\w$]+\.java):(?P<line>\d+)\)$")


def _java_lib(frame: str, env: _Env) -> str:
    frame = frame.replace("{proxy}", str(_proxy_number(env)))
    match = _JAVA_LINE.search(frame)
    if not match:  # (Unknown Source), (<generated>), (Native Method), or a line-less class
        return f"\tat {frame}"
    lib = next(lib for prefix, lib in _JAVA_LIBS if frame.startswith(prefix))
    line = env.lib_line(lib, match["file"], int(match["line"]))
    return f"\tat {frame[: match.start()]}({match['file']}:{line})"


def _proxy_number(env: _Env) -> int:
    """A JDK dynamic proxy's class number ($Proxy123): fixed per build of the service."""
    return random.Random(f"{env.seed}/{_LIB}/proxy/{env.service}/{env.build}").randint(96, 240)


def _java_library(t: LibraryTemplate, path: tuple[str, ...], env: _Env, fill: _Filler) -> str:
    lines = [_header(t, fill)]
    lines += [_java_lib(f, env) for f in path]
    for spec, site in zip(t.frames, _callers(t.frames), strict=True):
        if "(" in spec:  # a framework's proxy between the service's frames
            lines.append(_java_lib(spec, env))
            continue
        package, cls, method = (
            spec.rsplit(".", 2) if spec.count(".") > 1 else ("", *spec.split("."))
        )
        file = cls.split("$")[0] + ".java"
        qualified = ".".join(p for p in (env.spec.code, package) if p)
        line = env.app_line(f"{qualified}.{file}", site)
        lines.append(f"\tat {qualified}.{cls}.{method}({file}:{line})")
    lines += [_java_lib(f, env) for f in t.tail]
    if t.cause:
        enclosing = len(lines) - 1
        lines.append(f"Caused by: {fill(t.cause[0])}")
        lines += [_java_lib(f, env) for f in t.cause[1:]]
        lines.append(f"\t... {enclosing - t.cause_join} more")
    return "\n".join(lines)


# Python --------------------------------------------------------------------------------


def _python_frame(spec: str, env: _Env) -> str:
    where, source = spec.split("|", 1)
    path, line, function = where.rsplit(":", 2)
    if path.startswith("<"):  # code compiled at run time: "<string>"
        text = f'  File "{path}", line {line}, in {function}'
    else:
        if path.startswith("py:"):
            lib, root, path = "python", env.spec.runtime, path[3:]
        else:
            lib, root = path.split("/", 1)[0], env.spec.libs
        number = env.lib_line(lib, path, int(line))
        text = f'  File "{env.root(root)}/{path}", line {number}, in {function}'
    return f"{text}\n    {source}" if source else text


def _python_library(t: LibraryTemplate, path: tuple[str, ...], env: _Env, fill: _Filler) -> str:
    lines: list[str] = []
    block: list[str] = []
    for spec in path:
        if spec.startswith("!!"):  # a chained exception printed before the last one
            _, exception, chain = spec.split("!!")
            lines += ["Traceback (most recent call last):", *block, fill(exception)]
            lines += ["", _PY_CHAINS[chain], ""]
            block = []
        else:
            block.append(_python_frame(spec, env))
    lines.append("Traceback (most recent call last):")
    lines += [_python_frame(f, env) for f in t.tail]
    sites = _callers(tuple(reversed(t.frames)))[::-1]
    for spec, site in zip(t.frames, sites, strict=True):
        file, function, source = spec.split("|")
        line = env.app_line(file, site)
        lines.append(f'  File "{env.root(env.spec.app)}/{file}", line {line}, in {function}')
        lines.append(f"    {source}")
    lines += block
    message = fill(t.message)
    lines.append(f"{t.kind}: {message}" if message else t.kind)
    return "\n".join(lines)


# Node ----------------------------------------------------------------------------------

_NODE_LOCATION = re.compile(r"(?P<path>[^\s(),<>]+):(?P<line>\d+):(?P<column>\d+)")


def _node_lib(spec: str, env: _Env) -> str:
    function, location = spec.split("|")

    def resolve(match: re.Match[str]) -> str:
        path = match["path"]
        if path.startswith("node:"):
            lib = "node"
        else:
            parts = path.split("/")
            lib = "/".join(parts[:2] if path.startswith("@") else parts[:1])
            if env.spec.style == "pnpm":
                store = f"{lib.replace('/', '+')}@{env.versions[lib]}"
                path = f"{env.spec.libs}/.pnpm/{store}/node_modules/{path}"
            else:
                path = f"{env.spec.libs}/{path}"
        line = env.lib_line(lib, match["path"], int(match["line"]))
        return f"{path}:{line}:{match['column']}"

    location = _NODE_LOCATION.sub(resolve, location)
    if not function:  # an anonymous function: its location alone
        return f"    at {location}"
    if function == "async":  # an anonymous async function further up the await chain
        return f"    at async {location}"
    return f"    at {function} ({location})"


def _node_library(t: LibraryTemplate, path: tuple[str, ...], env: _Env, fill: _Filler) -> str:
    message = fill(t.message)
    lines = [f"{t.kind}: {message}" if message else t.kind]
    lines += [_node_lib(f, env) for f in path]
    for spec, site in zip(t.frames, _callers(t.frames), strict=True):
        function, file = spec.split("|")
        line, column = env.app_line(file, site), 5 + zlib.crc32(site.encode()) % 28
        lines.append(f"    at {function} ({env.spec.app}/{file}:{line}:{column})")
    lines += [_node_lib(f, env) for f in t.tail]
    return "\n".join(lines)


# Go ------------------------------------------------------------------------------------


def _go_module_path(module: str) -> str:
    """The module cache's spelling of a module path: capitals escaped as !lower."""
    return re.sub(r"[A-Z]", lambda m: "!" + m.group().lower(), module)


def _go_lib(spec: str, env: _Env) -> list[str]:
    function, where = spec.split("|")
    file, line = where.rsplit(":", 1)
    name = function.removeprefix("created by ")
    module = next((m for m in env.spec.versions if m != "go" and name.startswith(m)), "go")
    number = env.lib_line(module, file, int(line))
    if module == "go":
        path = f"{env.root(env.spec.runtime)}/src/{file}"
    elif env.spec.style == "vendor":
        path = f"{env.spec.libs}/{module}/{file}"
    else:
        version = env.versions[module]
        path = f"{env.spec.libs}/{_go_module_path(module)}@v{version}/{file}"
    inlined = function.endswith("(...)")
    where = f"\t{path}:{number}" + ("" if inlined else f" {env.offset(function, module)}")
    return [function, where]


def _go_library(t: LibraryTemplate, path: tuple[str, ...], env: _Env, fill: _Filler) -> str:
    message = fill(t.message)
    lines = [f"{t.kind}: {message}"]
    if t.signal:
        pc = 0x400000 + zlib.crc32(f"{t.id}/{env.build}".encode()) % 0x800000
        lines.append(f"[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x{pc:x}]")
    lines += ["", f"goroutine {fill('{goroutine}')} [running]:"]
    for spec in path:
        lines += _go_lib(spec, env)
    for spec, site in zip(t.frames, _callers(t.frames), strict=True):
        function, file = spec.split("|")
        created = function.startswith("created by ")
        name = function.removeprefix("created by ")
        if not name.startswith("main."):
            name = f"{env.spec.code}/{name}"
        function = f"created by {name}" if created else name
        where = f"\t{env.spec.app}/{file}:{env.app_line(file, site)}"
        lines += [function, where + ("" if function.endswith("(...)") else f" {env.offset(name)}")]
    for spec in t.tail:
        lines += _go_lib(spec, env)
    return "\n".join(lines)


# Ruby ----------------------------------------------------------------------------------


def _ruby_lib(spec: str, env: _Env) -> str:
    gem, file, line, label = spec.split(":", 3)
    if gem == "ruby":
        lib, path = "ruby", f"{env.spec.runtime}/{file}"
    else:
        lib = _RUBY_GEMS.get(gem, gem)
        path = f"{env.spec.libs}/{gem}-{env.versions[lib]}/{file}"
    return f"{path}:{env.lib_line(lib, file, int(line))}:in {_ruby_label(label, env)}"


def _ruby_label(label: str, env: _Env) -> str:
    return f"'{label}'" if env.spec.style == "'" else f"`{label}'"


def _ruby_library(t: LibraryTemplate, path: tuple[str, ...], env: _Env, fill: _Filler) -> str:
    lines = [_ruby_lib(f, env) for f in path]
    for spec, site in zip(t.frames, _callers(t.frames), strict=True):
        file, label = spec.split("|")
        root = env.root(env.spec.app)
        lines.append(f"{root}/{file}:{env.app_line(file, site)}:in {_ruby_label(label, env)}")
    lines += [_ruby_lib(f, env) for f in t.tail]
    return "\n".join(lines)


# .NET ----------------------------------------------------------------------------------

_DOTNET_LINE = re.compile(r" in (?P<file>/_/\S+):line (?P<line>\d+)$")


def _dotnet_lib(spec: str, env: _Env) -> str:
    match = _DOTNET_LINE.search(spec)
    if match:  # a package that ships its symbols: SourceLink's /_/ paths
        lib = next(lib for prefix, lib in _DOTNET_LIBS if spec.startswith(prefix))
        line = env.lib_line(lib, match["file"], int(match["line"]))
        spec = f"{spec[: match.start()]} in {match['file']}:line {line}"
    return f"   at {spec}"


def _dotnet_library(t: LibraryTemplate, path: tuple[str, ...], env: _Env, fill: _Filler) -> str:
    lines = [_header(t, fill)]
    lines += [_dotnet_lib(f, env) for f in path]
    for spec, site in zip(t.frames, _callers(t.frames), strict=True):
        method, file = spec.split("|")
        line = env.app_line(file, site)
        lines.append(f"   at {env.spec.code}.{method} in {env.spec.app}/{file}:line {line}")
    lines += [_dotnet_lib(f, env) for f in t.tail]
    return "\n".join(lines)


_LIBRARY_STACKS: dict[str, Callable[[LibraryTemplate, tuple[str, ...], _Env, _Filler], str]] = {
    "java": _java_library,
    "python": _python_library,
    "node": _node_library,
    "go": _go_library,
    "ruby": _ruby_library,
    "dotnet": _dotnet_library,
}


def _lt(
    id: str,
    service: str,
    kind: str,
    message: str,
    paths: tuple[tuple[str, ...], ...],
    frames: tuple[str, ...],
    tail: tuple[str, ...],
    **more: Any,
) -> LibraryTemplate:
    lang = _LIBRARY_SERVICES[service].lang
    return LibraryTemplate(id, service, lang, kind, message, paths, frames, tail, **more)


def _elsewhere(
    base: LibraryTemplate, id: str, frames: tuple[str, ...], tail: tuple[str, ...] = ()
) -> LibraryTemplate:
    """The same library error reached from another call site of the service: another bug."""
    return replace(base, id=id, frames=frames, tail=tail or base.tail)


# --- Java ------------------------------------------------------------------------------

_ORDERS_WEB = (
    "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke"
    "(DirectMethodHandleAccessor.java:103)",
    "java.base/java.lang.reflect.Method.invoke(Method.java:580)",
    "org.springframework.web.method.support.InvocableHandlerMethod.doInvoke"
    "(InvocableHandlerMethod.java:255)",
    "org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest"
    "(InvocableHandlerMethod.java:188)",
    "org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod"
    ".invokeAndHandle(ServletInvocableHandlerMethod.java:118)",
    "org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter"
    ".invokeHandlerMethod(RequestMappingHandlerAdapter.java:926)",
    "org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter"
    ".handleInternal(RequestMappingHandlerAdapter.java:831)",
    "org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)",
    "org.springframework.web.servlet.DispatcherServlet.doService(DispatcherServlet.java:979)",
    "org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)",
    "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
    "jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658)",
    "org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:167)",
    "org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:391)",
    "org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1744)",
    "org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)",
    "org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:63)",
    "java.base/java.lang.Thread.run(Thread.java:1583)",
)
_ORDERS_FILTER = (
    "org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)",
    "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter"
    "(ApplicationFilterChain.java:174)",
    "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:149)",
    "org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:167)",
    "org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:391)",
    "org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1744)",
    "org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)",
    "org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:63)",
    "java.base/java.lang.Thread.run(Thread.java:1583)",
)
_ORDERS_ASYNC = (
    "org.springframework.aop.interceptor.AsyncExecutionInterceptor.lambda$invoke$0"
    "(AsyncExecutionInterceptor.java:115)",
    "java.base/java.util.concurrent.FutureTask.run(FutureTask.java:317)",
    "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
    "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)",
    "java.base/java.lang.Thread.run(Thread.java:1583)",
)
_TRANSACTIONAL = (  # a @Transactional bean's CGLIB proxy, between the service's frames
    "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke"
    "(DirectMethodHandleAccessor.java:103)",
    "java.base/java.lang.reflect.Method.invoke(Method.java:580)",
    "org.springframework.aop.support.AopUtils.invokeJoinpointUsingReflection(AopUtils.java:355)",
    "org.springframework.aop.framework.ReflectiveMethodInvocation.invokeJoinpoint"
    "(ReflectiveMethodInvocation.java:196)",
    "org.springframework.aop.framework.ReflectiveMethodInvocation.proceed"
    "(ReflectiveMethodInvocation.java:163)",
    "org.springframework.transaction.interceptor.TransactionInterceptor$1.proceedWithInvocation"
    "(TransactionInterceptor.java:123)",
    "org.springframework.transaction.interceptor.TransactionAspectSupport"
    ".invokeWithinTransaction(TransactionAspectSupport.java:392)",
    "org.springframework.transaction.interceptor.TransactionInterceptor.invoke"
    "(TransactionInterceptor.java:119)",
    "org.springframework.aop.framework.ReflectiveMethodInvocation.proceed"
    "(ReflectiveMethodInvocation.java:184)",
    "org.springframework.aop.framework.CglibAopProxy$DynamicAdvisedInterceptor.intercept"
    "(CglibAopProxy.java:765)",
)
_PAYOUTS_WEB = (
    "java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
    "java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke"
    "(NativeMethodAccessorImpl.java:77)",
    "java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke"
    "(DelegatingMethodAccessorImpl.java:43)",
    "java.base/java.lang.reflect.Method.invoke(Method.java:568)",
    "org.springframework.web.method.support.InvocableHandlerMethod.doInvoke"
    "(InvocableHandlerMethod.java:255)",
    "org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest"
    "(InvocableHandlerMethod.java:188)",
    "org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod"
    ".invokeAndHandle(ServletInvocableHandlerMethod.java:118)",
    "org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter"
    ".invokeHandlerMethod(RequestMappingHandlerAdapter.java:926)",
    "org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)",
    "org.springframework.web.servlet.FrameworkServlet.doGet(FrameworkServlet.java:903)",
    "jakarta.servlet.http.HttpServlet.service(HttpServlet.java:564)",
    "org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:167)",
    "org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:391)",
    "org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)",
    "org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:63)",
    "java.base/java.lang.Thread.run(Thread.java:840)",
)
_PAYOUTS_RABBIT = (
    "org.springframework.amqp.rabbit.listener.AbstractMessageListenerContainer.doInvokeListener"
    "(AbstractMessageListenerContainer.java:1684)",
    "org.springframework.amqp.rabbit.listener.AbstractMessageListenerContainer"
    ".actualInvokeListener(AbstractMessageListenerContainer.java:1594)",
    "org.springframework.amqp.rabbit.listener.AbstractMessageListenerContainer.invokeListener"
    "(AbstractMessageListenerContainer.java:1582)",
    "org.springframework.amqp.rabbit.listener.AbstractMessageListenerContainer"
    ".doExecuteListener(AbstractMessageListenerContainer.java:1573)",
    "org.springframework.amqp.rabbit.listener.AbstractMessageListenerContainer"
    ".executeListenerAndHandleException(AbstractMessageListenerContainer.java:1517)",
    "org.springframework.amqp.rabbit.listener.AbstractMessageListenerContainer.executeListener"
    "(AbstractMessageListenerContainer.java:1496)",
    "org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer"
    ".doReceiveAndExecute(SimpleMessageListenerContainer.java:1076)",
    "org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer.receiveAndExecute"
    "(SimpleMessageListenerContainer.java:1022)",
    "org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer"
    "$AsyncMessageProcessingConsumer.mainLoop(SimpleMessageListenerContainer.java:1423)",
    "org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer"
    "$AsyncMessageProcessingConsumer.run(SimpleMessageListenerContainer.java:1324)",
    "java.base/java.lang.Thread.run(Thread.java:840)",
)
_PAYOUTS_EXECUTOR = (
    "java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539)",
    "java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)",
    "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "java.base/java.lang.Thread.run(Thread.java:840)",
)

_PG_INSERT = (
    "org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)",
    "org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412)",
    "org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:371)",
    "org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:502)",
    "org.postgresql.jdbc.PgStatement.execute(PgStatement.java:419)",
    "org.postgresql.jdbc.PgPreparedStatement.executeWithFlags(PgPreparedStatement.java:194)",
    "org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:155)",
    "com.zaxxer.hikari.pool.ProxyPreparedStatement.executeUpdate(ProxyPreparedStatement.java:61)",
    "com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate"
    "(HikariProxyPreparedStatement.java)",
    "org.springframework.jdbc.core.JdbcTemplate.lambda$update$2(JdbcTemplate.java:975)",
    "org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:658)",
)
_TLS_READ = (
    "java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
    "java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:314)",
    "java.base/sun.nio.ch.NioSocketImpl.read(NioSocketImpl.java:355)",
    "java.base/sun.nio.ch.NioSocketImpl$1.read(NioSocketImpl.java:808)",
    "java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)",
    "java.base/sun.security.ssl.SSLSocketInputRecord.read(SSLSocketInputRecord.java:489)",
)
_HTTPCLIENT_EXECUTE = (
    "java.base/sun.security.ssl.SSLSocketImpl$AppInputStream.read(SSLSocketImpl.java:1066)",
    "org.apache.http.impl.io.SessionInputBufferImpl.streamRead(SessionInputBufferImpl.java:137)",
    "org.apache.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:153)",
    "org.apache.http.impl.io.SessionInputBufferImpl.readLine(SessionInputBufferImpl.java:280)",
    "org.apache.http.impl.conn.DefaultHttpResponseParser.parseHead"
    "(DefaultHttpResponseParser.java:138)",
    "org.apache.http.impl.conn.DefaultHttpResponseParser.parseHead"
    "(DefaultHttpResponseParser.java:56)",
    "org.apache.http.impl.io.AbstractMessageParser.parse(AbstractMessageParser.java:259)",
    "org.apache.http.impl.DefaultBHttpClientConnection.receiveResponseHeader"
    "(DefaultBHttpClientConnection.java:163)",
    "org.apache.http.impl.conn.CPoolProxy.receiveResponseHeader(CPoolProxy.java:157)",
    "org.apache.http.protocol.HttpRequestExecutor.doReceiveResponse(HttpRequestExecutor.java:273)",
    "org.apache.http.protocol.HttpRequestExecutor.execute(HttpRequestExecutor.java:125)",
    "org.apache.http.impl.execchain.MainClientExec.execute(MainClientExec.java:272)",
    "org.apache.http.impl.execchain.ProtocolExec.execute(ProtocolExec.java:186)",
    "org.apache.http.impl.execchain.RetryExec.execute(RetryExec.java:89)",
    "org.apache.http.impl.execchain.RedirectExec.execute(RedirectExec.java:110)",
    "org.apache.http.impl.client.InternalHttpClient.doExecute(InternalHttpClient.java:185)",
    "org.apache.http.impl.client.CloseableHttpClient.execute(CloseableHttpClient.java:83)",
    "org.apache.http.impl.client.CloseableHttpClient.execute(CloseableHttpClient.java:108)",
)
_LETTUCE_GET = (
    "io.lettuce.core.internal.ExceptionFactory.createTimeoutException(ExceptionFactory.java:59)",
    "io.lettuce.core.internal.Futures.awaitOrCancel(Futures.java:246)",
    "io.lettuce.core.FutureSyncInvocationHandler.handleInvocation"
    "(FutureSyncInvocationHandler.java:75)",
    "io.lettuce.core.internal.AbstractInvocationHandler.invoke(AbstractInvocationHandler.java:80)",
    "jdk.proxy2/jdk.proxy2.$Proxy{proxy}.get(Unknown Source)",
)
_KAFKA_POLL = (
    "org.apache.kafka.clients.consumer.internals.CompletedFetch.parseRecord"
    "(CompletedFetch.java:331)",
    "org.apache.kafka.clients.consumer.internals.CompletedFetch.fetchRecords"
    "(CompletedFetch.java:283)",
    "org.apache.kafka.clients.consumer.internals.FetchCollector.fetchRecords"
    "(FetchCollector.java:168)",
    "org.apache.kafka.clients.consumer.internals.FetchCollector.collectFetch"
    "(FetchCollector.java:134)",
    "org.apache.kafka.clients.consumer.internals.Fetcher.collectFetch(Fetcher.java:145)",
    "org.apache.kafka.clients.consumer.internals.LegacyKafkaConsumer.pollForFetches"
    "(LegacyKafkaConsumer.java:693)",
    "org.apache.kafka.clients.consumer.internals.LegacyKafkaConsumer.poll"
    "(LegacyKafkaConsumer.java:617)",
    "org.apache.kafka.clients.consumer.internals.LegacyKafkaConsumer.poll"
    "(LegacyKafkaConsumer.java:590)",
    "org.apache.kafka.clients.consumer.KafkaConsumer.poll(KafkaConsumer.java:874)",
)

_JL_PG_UNIQUE = _lt(
    "jl-pg-unique",
    "orders",
    "org.springframework.dao.DuplicateKeyException",
    "PreparedStatementCallback; SQL [INSERT INTO orders (id, customer_id, idempotency_key,"
    " total_cents, currency, status) VALUES (?, ?, ?, ?, ?, ?)]; ERROR: duplicate key value"
    ' violates unique constraint "orders_idempotency_key_key"\n  Detail: Key'
    " (idempotency_key)=({uuid}) already exists.",
    (
        (
            "org.springframework.jdbc.support.SQLStateSQLExceptionTranslator.doTranslate"
            "(SQLStateSQLExceptionTranslator.java:118)",
            "org.springframework.jdbc.support.AbstractFallbackSQLExceptionTranslator.translate"
            "(AbstractFallbackSQLExceptionTranslator.java:107)",
            "org.springframework.jdbc.support.AbstractFallbackSQLExceptionTranslator.translate"
            "(AbstractFallbackSQLExceptionTranslator.java:116)",
            "org.springframework.jdbc.core.JdbcTemplate.translateException(JdbcTemplate.java:1548)",
            "org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:677)",
            "org.springframework.jdbc.core.JdbcTemplate.update(JdbcTemplate.java:970)",
            "org.springframework.jdbc.core.JdbcTemplate.update(JdbcTemplate.java:1014)",
            "org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate.update"
            "(NamedParameterJdbcTemplate.java:365)",
        ),
    ),
    (
        "repository.OrderRepository.insert",
        "service.OrderService.place",
        *_TRANSACTIONAL,
        "com.acme.orders.service.OrderService$$SpringCGLIB$$0.place(<generated>)",
        "api.OrderController.place",
    ),
    _ORDERS_WEB,
    cause=(
        "org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique"
        ' constraint "orders_idempotency_key_key"\n  Detail: Key (idempotency_key)=({uuid})'
        " already exists.",
        *_PG_INSERT,
    ),
    cause_join=5,
)
_JL_JACKSON = _lt(
    "jl-jackson-date",
    "payouts",
    "com.fasterxml.jackson.databind.exc.InvalidFormatException",
    'Cannot deserialize value of type `java.time.LocalDate` from String "{bad_date}": Failed'
    " to deserialize java.time.LocalDate: (java.time.format.DateTimeParseException) Text"
    " '{bad_date}' could not be parsed at index 0\n at [Source: REDACTED"
    " (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: {col}]"
    ' (through reference chain: com.acme.payouts.messaging.PayoutRequested["valueDate"])',
    (
        (
            "com.fasterxml.jackson.databind.exc.InvalidFormatException.from"
            "(InvalidFormatException.java:67)",
            "com.fasterxml.jackson.databind.DeserializationContext.weirdStringException"
            "(DeserializationContext.java:1958)",
            "com.fasterxml.jackson.databind.DeserializationContext.handleWeirdStringValue"
            "(DeserializationContext.java:1245)",
            "com.fasterxml.jackson.datatype.jsr310.deser.JSR310DeserializerBase"
            "._handleDateTimeException(JSR310DeserializerBase.java:176)",
            "com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer._fromString"
            "(LocalDateDeserializer.java:179)",
            "com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer.deserialize"
            "(LocalDateDeserializer.java:91)",
            "com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer.deserialize"
            "(LocalDateDeserializer.java:37)",
            "com.fasterxml.jackson.databind.deser.impl.MethodProperty.deserializeAndSet"
            "(MethodProperty.java:129)",
            "com.fasterxml.jackson.databind.deser.BeanDeserializer.vanillaDeserialize"
            "(BeanDeserializer.java:310)",
            "com.fasterxml.jackson.databind.deser.BeanDeserializer.deserialize"
            "(BeanDeserializer.java:177)",
            "com.fasterxml.jackson.databind.deser.DefaultDeserializationContext.readRootValue"
            "(DefaultDeserializationContext.java:342)",
            "com.fasterxml.jackson.databind.ObjectMapper._readMapAndClose(ObjectMapper.java:4905)",
            "com.fasterxml.jackson.databind.ObjectMapper.readValue(ObjectMapper.java:3948)",
        ),
    ),
    ("messaging.PayoutRequestParser.parse", "messaging.PayoutRequestListener.onMessage"),
    _PAYOUTS_RABBIT,
)
_JL_LETTUCE = _lt(
    "jl-lettuce-timeout",
    "orders",
    "io.lettuce.core.RedisCommandTimeoutException",
    "Command timed out after 2 second(s)",
    (_LETTUCE_GET,),
    ("cart.CartCache.load", "cart.CartService.current", "api.CartController.get"),
    _ORDERS_WEB,
)
_JL_KAFKA = _lt(
    "jl-kafka-deserialize",
    "payouts",
    "org.apache.kafka.common.errors.RecordDeserializationException",
    "Error deserializing key/value for partition payout-requests-{partition} at offset {txid}."
    " If needed, please seek past the record to continue consumption.",
    (_KAFKA_POLL,),
    ("events.PayoutEventsPoller.pollOnce", "events.PayoutEventsPoller.run"),
    _PAYOUTS_EXECUTOR,
    cause=(
        "org.apache.kafka.common.errors.SerializationException: Unknown magic byte!",
        "io.confluent.kafka.serializers.AbstractKafkaSchemaSerDe.getByteBuffer"
        "(AbstractKafkaSchemaSerDe.java:638)",
        "io.confluent.kafka.serializers.AbstractKafkaAvroDeserializer$DeserializationContext"
        ".<init>(AbstractKafkaAvroDeserializer.java:400)",
        "io.confluent.kafka.serializers.AbstractKafkaAvroDeserializer.deserialize"
        "(AbstractKafkaAvroDeserializer.java:212)",
        "io.confluent.kafka.serializers.KafkaAvroDeserializer.deserialize"
        "(KafkaAvroDeserializer.java:65)",
        "org.apache.kafka.common.serialization.Deserializer.deserialize(Deserializer.java:62)",
        "org.apache.kafka.clients.consumer.internals.CompletedFetch.parseRecord"
        "(CompletedFetch.java:318)",
    ),
    cause_join=1,
)
_JL_S3 = _lt(
    "jl-s3-nosuchkey",
    "payouts",
    "software.amazon.awssdk.services.s3.model.NoSuchKeyException",
    "The specified key does not exist. (Service: S3, Status Code: 404, Request ID: {awsreq},"
    " Extended Request ID: {s3_ext_id})",
    (
        (
            "software.amazon.awssdk.services.s3.model.NoSuchKeyException$BuilderImpl.build"
            "(NoSuchKeyException.java:126)",
            "software.amazon.awssdk.services.s3.model.NoSuchKeyException$BuilderImpl.build"
            "(NoSuchKeyException.java:80)",
            "software.amazon.awssdk.protocols.xml.internal.unmarshall"
            ".AwsXmlPredicatedResponseHandler.handleErrorResponse"
            "(AwsXmlPredicatedResponseHandler.java:156)",
            "software.amazon.awssdk.protocols.xml.internal.unmarshall"
            ".AwsXmlPredicatedResponseHandler.handleResponse"
            "(AwsXmlPredicatedResponseHandler.java:108)",
            "software.amazon.awssdk.protocols.xml.internal.unmarshall"
            ".AwsXmlPredicatedResponseHandler.handle(AwsXmlPredicatedResponseHandler.java:85)",
            "software.amazon.awssdk.protocols.xml.internal.unmarshall"
            ".AwsXmlPredicatedResponseHandler.handle(AwsXmlPredicatedResponseHandler.java:43)",
            "software.amazon.awssdk.awscore.client.handler.AwsSyncClientHandler"
            "$Crc32ValidationResponseHandler.handle(AwsSyncClientHandler.java:93)",
            "software.amazon.awssdk.core.internal.handler.BaseClientHandler"
            ".lambda$successTransformationResponseHandler$7(BaseClientHandler.java:279)",
            "software.amazon.awssdk.core.internal.http.pipeline.stages.HandleResponseStage"
            ".execute(HandleResponseStage.java:50)",
            "software.amazon.awssdk.core.internal.http.pipeline.stages.HandleResponseStage"
            ".execute(HandleResponseStage.java:38)",
            "software.amazon.awssdk.core.internal.http.pipeline.RequestPipelineBuilder"
            "$ComposingRequestPipelineStage.execute(RequestPipelineBuilder.java:206)",
            "software.amazon.awssdk.core.internal.http.pipeline.stages"
            ".ApiCallAttemptTimeoutTrackingStage.execute"
            "(ApiCallAttemptTimeoutTrackingStage.java:72)",
            "software.amazon.awssdk.core.internal.http.pipeline.stages.RetryableStage.execute"
            "(RetryableStage.java:59)",
            "software.amazon.awssdk.core.internal.http.pipeline.stages"
            ".ApiCallTimeoutTrackingStage.execute(ApiCallTimeoutTrackingStage.java:50)",
            "software.amazon.awssdk.core.internal.http.AmazonSyncHttpClient"
            "$RequestExecutionBuilderImpl.execute(AmazonSyncHttpClient.java:224)",
            "software.amazon.awssdk.core.internal.handler.BaseSyncClientHandler.invoke"
            "(BaseSyncClientHandler.java:103)",
            "software.amazon.awssdk.core.internal.handler.BaseSyncClientHandler.doExecute"
            "(BaseSyncClientHandler.java:173)",
            "software.amazon.awssdk.core.internal.handler.BaseSyncClientHandler"
            ".lambda$execute$1(BaseSyncClientHandler.java:80)",
            "software.amazon.awssdk.core.internal.handler.BaseSyncClientHandler"
            ".measureApiCallSuccess(BaseSyncClientHandler.java:182)",
            "software.amazon.awssdk.core.internal.handler.BaseSyncClientHandler.execute"
            "(BaseSyncClientHandler.java:74)",
            "software.amazon.awssdk.awscore.client.handler.AwsSyncClientHandler.execute"
            "(AwsSyncClientHandler.java:45)",
            "software.amazon.awssdk.services.s3.DefaultS3Client.getObject"
            "(DefaultS3Client.java:5186)",
            "software.amazon.awssdk.services.s3.S3Client.getObjectAsBytes(S3Client.java:9063)",
        ),
    ),
    ("statements.StatementArchive.fetch", "statements.StatementController.download"),
    _PAYOUTS_WEB,
)
_JL_MAIL = _lt(
    "jl-mail-connect",
    "orders",
    "org.eclipse.angus.mail.util.MailConnectException",
    "Couldn't connect to host, port: smtp.sendgrid.net, 587; timeout 10000;\n  nested exception"
    " is:\n\tjava.net.SocketTimeoutException: Connect timed out",
    (
        (
            "org.eclipse.angus.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:2258)",
            "org.eclipse.angus.mail.smtp.SMTPTransport.protocolConnect(SMTPTransport.java:736)",
            "jakarta.mail.Service.connect(Service.java:345)",
            "jakarta.mail.Service.connect(Service.java:225)",
            "jakarta.mail.Service.connect(Service.java:174)",
            "jakarta.mail.Transport.send0(Transport.java:254)",
            "jakarta.mail.Transport.send(Transport.java:124)",
        ),
    ),
    ("notification.ReceiptMailer.send", "notification.OrderNotifications.orderPlaced"),
    _ORDERS_ASYNC,
    cause=(
        "java.net.SocketTimeoutException: Connect timed out",
        "java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:546)",
        "java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:592)",
        "java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:327)",
        "java.base/java.net.Socket.connect(Socket.java:751)",
        "org.eclipse.angus.mail.util.SocketFetcher.createSocket(SocketFetcher.java:372)",
        "org.eclipse.angus.mail.util.SocketFetcher.getSocket(SocketFetcher.java:243)",
        "org.eclipse.angus.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:2222)",
    ),
    cause_join=1,
)
# a read timeout from the tax provider's API: while TLS waits for the next record's header,
# or while it reads the rest of a record it has begun
_JL_HTTP_TIMEOUT = _lt(
    "jl-http-read-timeout",
    "orders",
    "java.net.SocketTimeoutException",
    "Read timed out",
    (
        (
            *_TLS_READ,
            "java.base/sun.security.ssl.SSLSocketInputRecord.readHeader"
            "(SSLSocketInputRecord.java:483)",
            "java.base/sun.security.ssl.SSLSocketInputRecord.bytesInCompletePacket"
            "(SSLSocketInputRecord.java:70)",
            "java.base/sun.security.ssl.SSLSocketImpl.readApplicationRecord"
            "(SSLSocketImpl.java:1461)",
            *_HTTPCLIENT_EXECUTE,
        ),
        (
            *_TLS_READ,
            "java.base/sun.security.ssl.SSLSocketInputRecord.readFully"
            "(SSLSocketInputRecord.java:472)",
            "java.base/sun.security.ssl.SSLSocketInputRecord.decodeInputRecord"
            "(SSLSocketInputRecord.java:243)",
            "java.base/sun.security.ssl.SSLSocketInputRecord.decode(SSLSocketInputRecord.java:181)",
            "java.base/sun.security.ssl.SSLTransport.decode(SSLTransport.java:111)",
            "java.base/sun.security.ssl.SSLSocketImpl.decode(SSLSocketImpl.java:1510)",
            "java.base/sun.security.ssl.SSLSocketImpl.readApplicationRecord"
            "(SSLSocketImpl.java:1477)",
            *_HTTPCLIENT_EXECUTE,
        ),
    ),
    ("tax.TaxProviderClient.quote", "tax.TaxService.taxFor", "api.CheckoutController.quote"),
    _ORDERS_WEB,
)

_JL_PG_UNIQUE_REORDER = _elsewhere(
    _JL_PG_UNIQUE,
    "jl-pg-unique~reorder",
    (
        "repository.OrderRepository.insert",
        "service.ReorderService.reorder",
        *_TRANSACTIONAL,
        "com.acme.orders.service.ReorderService$$SpringCGLIB$$0.reorder(<generated>)",
        "api.ReorderController.reorder",
    ),
)
_JL_LETTUCE_LIMIT = _elsewhere(
    _JL_LETTUCE,
    "jl-lettuce-timeout~ratelimit",
    ("ratelimit.RedisRateLimiter.remaining", "ratelimit.RateLimitFilter.doFilterInternal"),
    _ORDERS_FILTER,
)
_JL_KAFKA_REPLAY = _elsewhere(
    _JL_KAFKA,
    "jl-kafka-deserialize~replay",
    ("audit.PayoutAuditReplayer.replayBatch", "audit.PayoutAuditReplayer.run"),
)

# --- Python (traceback order: outermost first) -----------------------------------------

_DJANGO_VIEW = (
    "django/core/handlers/exception.py:55:inner|response = get_response(request)",
    "django/core/handlers/base.py:197:_get_response|response = wrapped_callback(request,"
    " *callback_args, **callback_kwargs)",
    "django/views/decorators/csrf.py:65:_view_wrapper|return view_func(request, *args, **kwargs)",
    "django/views/generic/base.py:104:view|return self.dispatch(request, *args, **kwargs)",
    "rest_framework/views.py:509:dispatch|response = self.handle_exception(exc)",
    "rest_framework/views.py:469:handle_exception|self.raise_uncaught_exception(exc)",
    "rest_framework/views.py:480:raise_uncaught_exception|raise exc",
    "rest_framework/views.py:506:dispatch|response = handler(request, *args, **kwargs)",
)
_CELERY_TASK = (
    "celery/app/trace.py:477:trace_task|R = retval = fun(*args, **kwargs)",
    "celery/app/trace.py:760:__protected_call__|return self.run(*args, **kwargs)",
)
_STARLETTE = (
    "uvicorn/protocols/http/httptools_impl.py:411:run_asgi|result = await app(  # type:"
    " ignore[func-returns-value]",
    "uvicorn/middleware/proxy_headers.py:69:__call__|return await self.app(scope, receive, send)",
    "fastapi/applications.py:1054:__call__|await super().__call__(scope, receive, send)",
    "starlette/applications.py:123:__call__|await self.middleware_stack(scope, receive, send)",
    "starlette/middleware/errors.py:186:__call__|raise exc",
    "starlette/middleware/errors.py:164:__call__|await self.app(scope, receive, _send)",
    "starlette/middleware/exceptions.py:65:__call__|await wrap_app_handling_exceptions(self.app,"
    " conn)(scope, receive, send)",
    "starlette/_exception_handler.py:64:wrapped_app|raise exc",
    "starlette/_exception_handler.py:53:wrapped_app|await app(scope, receive, sender)",
    "starlette/routing.py:756:__call__|await self.middleware_stack(scope, receive, send)",
    "starlette/routing.py:776:app|await route.handle(scope, receive, send)",
    "starlette/routing.py:297:handle|await self.app(scope, receive, send)",
    "starlette/routing.py:77:app|await wrap_app_handling_exceptions(app, request)(scope,"
    " receive, send)",
    "starlette/_exception_handler.py:64:wrapped_app|raise exc",
    "starlette/_exception_handler.py:53:wrapped_app|await app(scope, receive, sender)",
    "starlette/routing.py:72:app|response = await func(request)",
    "fastapi/routing.py:278:app|raw_response = await run_endpoint_function(",
)
_FASTAPI_ASYNC = (
    *_STARLETTE,
    "fastapi/routing.py:191:run_endpoint_function|return await dependant.call(**values)",
)
_FASTAPI_SYNC = (  # a plain def endpoint runs in anyio's worker threads
    *_STARLETTE,
    "fastapi/routing.py:193:run_endpoint_function|return await run_in_threadpool(dependant.call,"
    " **values)",
    "starlette/concurrency.py:42:run_in_threadpool|return await anyio.to_thread.run_sync(func,"
    " *args)",
    "anyio/to_thread.py:56:run_sync|return await get_async_backend().run_sync_in_worker_thread(",
    "anyio/_backends/_asyncio.py:2177:run_sync_in_worker_thread|return await future",
    "anyio/_backends/_asyncio.py:859:run|result = context.run(func, *args)",
)
_RUNPY = (
    "py:runpy.py:198:_run_module_as_main|return _run_code(code, main_globals, None,",
    "py:runpy.py:88:_run_code|exec(code, run_globals)",
)

_PL_STRIPE = _lt(
    "pl-stripe-card",
    "payments",
    "stripe._error.CardError",
    "Request {stripe_req}: Your card was declined.",
    (
        (
            "stripe/_payment_intent.py:8843:create|cls._static_request(",
            "stripe/_api_resource.py:172:_static_request|return _APIRequestor._global_instance()"
            ".request(",
            "stripe/_api_requestor.py:197:request|resp = requestor._interpret_response(rbody,"
            " rcode, rheaders)",
            "stripe/_api_requestor.py:854:_interpret_response|self.handle_error_response(rbody,"
            " rcode, resp.data, rheaders)",
            "stripe/_api_requestor.py:333:handle_error_response|raise err",
        ),
    ),
    (
        "payments/checkout/views.py|post|charge = charge_card(order,"
        ' request.data["payment_method"])',
        "payments/checkout/charges.py|charge_card|intent = stripe.PaymentIntent.create(",
    ),
    _DJANGO_VIEW,
)
_PL_STRIPE_RENEWAL = _elsewhere(
    _PL_STRIPE,
    "pl-stripe-card~renewal",
    (
        "payments/subscriptions/tasks.py|renew_due_subscriptions|renew(subscription)",
        "payments/subscriptions/renewals.py|renew|intent = stripe.PaymentIntent.create(",
    ),
    _CELERY_TASK,
)
_BOTO3_PUT = (
    "boto3/resources/factory.py:581:do_action|response = action(self, *args, **kwargs)",
    "boto3/resources/action.py:88:__call__|response = getattr(parent.meta.client,"
    " operation_name)(*args, **params)",
    "botocore/client.py:569:_api_call|return self._make_api_call(operation_name, kwargs)",
    "botocore/context.py:124:wrapper|return func(*args, **kwargs)",
    "botocore/client.py:1023:_make_api_call|raise error_class(parsed_response, operation_name)",
)
_PL_DYNAMO = _lt(
    "pl-dynamo-condition",
    "payments",
    "botocore.errorfactory.ConditionalCheckFailedException",
    "An error occurred (ConditionalCheckFailedException) when calling the PutItem operation:"
    " The conditional request failed",
    (_BOTO3_PUT,),
    (
        "payments/ledger/tasks.py|settle_payout|claim(payout_id)",
        "payments/ledger/idempotency.py|claim|table.put_item(",
    ),
    _CELERY_TASK,
)
_PL_DYNAMO_REFUND = _elsewhere(
    _PL_DYNAMO,
    "pl-dynamo-condition~refund",
    (
        "payments/refunds/tasks.py|process_refund|acquire(refund_id)",
        "payments/refunds/locks.py|acquire|table.put_item(",
    ),
)

# SQLAlchemy opening a connection for the pool: a new one, or an old one it recycles
_SA_CONNECT = (
    "sqlalchemy/pool/base.py:901:__connect|with util.safe_reraise():",
    "sqlalchemy/util/langhelpers.py:146:__exit__|raise exc_value.with_traceback(exc_tb)",
    "sqlalchemy/pool/base.py:897:__connect|self.dbapi_connection = connection ="
    " pool._invoke_creator(self)",
    "sqlalchemy/engine/create.py:646:connect|return dialect.connect(*cargs, **cparams)",
    "sqlalchemy/engine/default.py:622:connect|return self.loaded_dbapi.connect(*cargs, **cparams)",
    "psycopg2/__init__.py:122:connect|conn = _connect(dsn, connection_factory=connection_factory,"
    " **kwasync)",
)
_SA_CHECKOUT = (
    "sqlalchemy/engine/base.py:145:__init__|self._dbapi_connection = engine.raw_connection()",
    "sqlalchemy/engine/base.py:3297:raw_connection|return self.pool.connect()",
    "sqlalchemy/pool/base.py:449:connect|return _ConnectionFairy._checkout(self)",
    "sqlalchemy/pool/base.py:1263:_checkout|fairy = _ConnectionRecord.checkout(pool)",
)
_SA_NEW = (
    "sqlalchemy/pool/base.py:712:checkout|rec = pool._do_get()",
    "sqlalchemy/pool/impl.py:179:_do_get|with util.safe_reraise():",
    "sqlalchemy/util/langhelpers.py:146:__exit__|raise exc_value.with_traceback(exc_tb)",
    "sqlalchemy/pool/impl.py:177:_do_get|return self._create_connection()",
    "sqlalchemy/pool/base.py:390:_create_connection|return _ConnectionRecord(self)",
    "sqlalchemy/pool/base.py:674:__init__|self.__connect()",
)
_SA_RECYCLED = (
    "sqlalchemy/pool/base.py:716:checkout|dbapi_connection = rec.get_connection()",
    "sqlalchemy/pool/base.py:841:get_connection|self.__connect()",
)
_SA_REFUSED = (
    '!!psycopg2.OperationalError: connection to server at "{ip}", port 5432 failed:'
    " Connection refused\n\tIs the server running on that host and accepting TCP/IP"
    " connections?!!cause"
)
_SA_QUERY = (
    "sqlalchemy/orm/query.py:2728:first|return self.limit(1)._iter().first()  # type:"
    " ignore[return-value]",
    "sqlalchemy/orm/query.py:2827:_iter|result: Union[ScalarResult[_T], Result[_T]] ="
    " self.session.execute(",
    "sqlalchemy/orm/session.py:2351:execute|return self._execute_internal(",
    "sqlalchemy/orm/session.py:2226:_execute_internal|conn = self._connection_for_bind(bind)",
    "sqlalchemy/orm/session.py:2095:_connection_for_bind|return trans._connection_for_bind(engine,"
    " execution_options)",
    "<string>:2:_connection_for_bind|",
    "sqlalchemy/orm/state_changes.py:139:_go|ret_value = fn(self, *arg, **kw)",
    "sqlalchemy/orm/session.py:1189:_connection_for_bind|conn = bind.connect()",
    "sqlalchemy/engine/base.py:3273:connect|return self._connection_cls(self)",
    "sqlalchemy/engine/base.py:147:__init__|Connection._handle_dbapi_exception_noconnection(",
    "sqlalchemy/engine/base.py:2436:_handle_dbapi_exception_noconnection|raise"
    " sqla_exc.with_traceback(exc_info[2]) from e",
)
_PL_SQLALCHEMY = _lt(
    "pl-sqlalchemy-refused",
    "recommendations",
    "sqlalchemy.exc.OperationalError",
    '(psycopg2.OperationalError) connection to server at "{ip}", port 5432 failed: Connection'
    " refused\n\tIs the server running on that host and accepting TCP/IP connections?\n\n"
    "(Background on this error at: https://sqlalche.me/e/20/e3q8)",
    tuple(
        (
            *_SA_CHECKOUT,
            *how,
            *_SA_CONNECT,
            _SA_REFUSED,
            *_SA_QUERY,
            *_SA_CHECKOUT,
            *how,
            *_SA_CONNECT,
        )
        for how in (_SA_NEW, _SA_RECYCLED)
    ),
    (
        "recommendations/api/profiles.py|read_profile|profile = get_profile(session, user_id)",
        "recommendations/repositories/profiles.py|get_profile|row ="
        " session.query(Profile).filter_by(user_id=user_id).first()",
    ),
    _FASTAPI_SYNC,
)

# httpx's read timeout: anyio's, re-raised as httpcore's, re-raised as httpx's
_PL_HTTPX = _lt(
    "pl-httpx-timeout",
    "recommendations",
    "httpx.ReadTimeout",
    "",
    (
        (
            "httpcore/_backends/anyio.py:35:read|return await self._stream.receive("
            "max_bytes=max_bytes)",
            "anyio/streams/tls.py:205:receive|data = await"
            " self._call_sslobject_method(self._ssl_object.read, max_bytes)",
            "anyio/streams/tls.py:147:_call_sslobject_method|data = await"
            " self.transport_stream.receive()",
            "anyio/_backends/_asyncio.py:1197:receive|await self._protocol.read_event.wait()",
            "py:asyncio/locks.py:212:wait|await fut",
            "!!asyncio.exceptions.CancelledError!!context",
            "httpcore/_backends/anyio.py:34:read|with anyio.fail_after(timeout):",
            "anyio/_core/_tasks.py:115:__exit__|raise TimeoutError",
            "!!TimeoutError!!cause",
            "httpx/_transports/default.py:69:map_httpcore_exceptions|yield",
            "httpx/_transports/default.py:373:handle_async_request|resp = await"
            " self._pool.handle_async_request(req)",
            "httpcore/_async/connection_pool.py:216:handle_async_request|raise exc from None",
            "httpcore/_async/connection_pool.py:196:handle_async_request|response = await"
            " connection.handle_async_request(",
            "httpcore/_async/connection.py:101:handle_async_request|return await"
            " self._connection.handle_async_request(request)",
            "httpcore/_async/http11.py:143:handle_async_request|raise exc",
            "httpcore/_async/http11.py:113:handle_async_request|) = await"
            " self._receive_response_headers(**kwargs)",
            "httpcore/_async/http11.py:186:_receive_response_headers|event = await"
            " self._receive_event(timeout=timeout)",
            "httpcore/_async/http11.py:224:_receive_event|data = await self._network_stream.read(",
            "httpcore/_backends/anyio.py:32:read|with map_exceptions(exc_map):",
            "py:contextlib.py:158:__exit__|self.gen.throw(value)",
            "httpcore/_exceptions.py:14:map_exceptions|raise to_exc(exc) from exc",
            "!!httpcore.ReadTimeout!!cause",
            "httpx/_client.py:1801:get|return await self.request(",
            "httpx/_client.py:1574:request|return await self.send(request, auth=auth,"
            " follow_redirects=follow_redirects)",
            "httpx/_client.py:1661:send|response = await self._send_handling_auth(",
            "httpx/_client.py:1689:_send_handling_auth|response = await"
            " self._send_handling_redirects(",
            "httpx/_client.py:1726:_send_handling_redirects|response = await"
            " self._send_single_request(request)",
            "httpx/_client.py:1763:_send_single_request|response = await"
            " transport.handle_async_request(request)",
            "httpx/_transports/default.py:372:handle_async_request|with map_httpcore_exceptions():",
            "py:contextlib.py:158:__exit__|self.gen.throw(value)",
            "httpx/_transports/default.py:86:map_httpcore_exceptions|raise mapped_exc(message)"
            " from exc",
        ),
    ),
    (
        "recommendations/api/routes.py|read_recommendations|products = await"
        " catalog.fetch_products(candidate_ids)",
        "recommendations/clients/catalog.py|fetch_products|response = await"
        ' self._http.get("/v2/products", params={"ids": ",".join(ids)})',
    ),
    _FASTAPI_ASYNC,
)
_PL_HTTPX_HISTORY = _elsewhere(
    _PL_HTTPX,
    "pl-httpx-timeout~history",
    (
        "recommendations/api/routes.py|read_recommendations|history = await"
        " profiles.fetch_history(user_id)",
        "recommendations/clients/profiles.py|fetch_history|response = await"
        ' self._http.get(f"/v1/users/{user_id}/history")',
    ),
)
_PL_PYMONGO = _lt(
    "pl-pymongo-selection",
    "feeds-worker",
    "pymongo.errors.ServerSelectionTimeoutError",
    "mongo-0.mongo.{ns}.svc.cluster.local:27017: [Errno 111] Connection refused, Timeout: 30s,"
    " Topology Description: <TopologyDescription id: {hex12}, topology_type:"
    " ReplicaSetNoPrimary, servers: [<ServerDescription"
    " ('mongo-0.mongo.{ns}.svc.cluster.local', 27017) server_type: Unknown, rtt: None,"
    " error=AutoReconnect('mongo-0.mongo.{ns}.svc.cluster.local:27017: [Errno 111] Connection"
    " refused')>]>",
    (
        (
            "pymongo/collection.py:1319:find_one|for result in cursor.limit(-1):",
            "pymongo/cursor.py:1207:next|if len(self.__data) or self._refresh():",
            "pymongo/cursor.py:1100:_refresh|self.__session ="
            " self.__collection.database.client._ensure_session()",
            "pymongo/mongo_client.py:1816:_ensure_session|return self.__start_session(True,"
            " causal_consistency=False)",
            "pymongo/mongo_client.py:1766:__start_session|server_session ="
            " self._get_server_session()",
            "pymongo/mongo_client.py:1802:_get_server_session|return"
            " self._topology.get_server_session()",
            "pymongo/topology.py:485:get_server_session|self._select_servers_loop(",
            "pymongo/topology.py:215:_select_servers_loop|raise ServerSelectionTimeoutError(",
        ),
    ),
    (
        "feeds/__main__.py|<module>|Worker.from_env().run()",
        "feeds/worker.py|run|self.process(job)",
        'feeds/worker.py|process|source = self.store.load_source(job["source_id"])',
        'feeds/store.py|load_source|doc = self.sources.find_one({"_id": source_id})',
    ),
    _RUNPY,
)
_PL_REQUESTS_JSON = _lt(
    "pl-requests-json",
    "feeds-worker",
    "requests.exceptions.JSONDecodeError",
    "Expecting value: line 1 column 1 (char 0)",
    (
        (
            "requests/models.py:971:json|return complexjson.loads(self.text, **kwargs)",
            "py:json/__init__.py:346:loads|return _default_decoder.decode(s)",
            "py:json/decoder.py:337:decode|obj, end = self.raw_decode(s, idx=_w(s, 0).end())",
            'py:json/decoder.py:355:raw_decode|raise JSONDecodeError("Expecting value", s,'
            " err.value) from None",
            "!!json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)!!context",
            "requests/models.py:975:json|raise RequestsJSONDecodeError(e.msg, e.doc, e.pos)",
        ),
    ),
    (
        "feeds/__main__.py|<module>|Worker.from_env().run()",
        "feeds/worker.py|run|self.process(job)",
        'feeds/worker.py|process|items = fetch_feed(source["url"], etag=source.get("etag"))',
        "feeds/fetch.py|fetch_feed|payload = response.json()",
    ),
    _RUNPY,
)

# --- Node ------------------------------------------------------------------------------

_TICKS = "process.processTicksAndRejections|node:internal/process/task_queues:95:5"
_NEST = (
    "async|@nestjs/core/router/router-execution-context.js:46:28",
    "async|@nestjs/core/router/router-proxy.js:9:17",
)
_BULLMQ = (
    "async Worker.processJob|bullmq/dist/cjs/classes/worker.js:455:28",
    "async Worker.retryIfFailed|bullmq/dist/cjs/classes/worker.js:640:24",
)

# pg re-captures the stack where the query's promise settles: in pg-pool when the
# repository is handed the pool, in pg's client inside a transaction
_NL_PG_UNIQUE = _lt(
    "nl-pg-unique",
    "checkout-bff",
    "error",
    'duplicate key value violates unique constraint "carts_session_id_key"',
    (("|pg-pool/index.js:45:11", _TICKS), ("|pg/lib/client.js:526:17", _TICKS)),
    (
        "async CartRepository.insert|carts/cart.repository.js",
        "async CartService.open|carts/cart.service.js",
        "async CartController.create|carts/cart.controller.js",
    ),
    _NEST,
)
_NL_FETCH = _lt(
    "nl-fetch-failed",
    "checkout-bff",
    "TypeError",
    "fetch failed",
    (("|node:internal/deps/undici/undici:13178:13", _TICKS),),
    (
        "async PaymentsClient.authorize|payments/payments.client.js",
        "async CheckoutService.pay|checkout/checkout.service.js",
        "async CheckoutController.pay|checkout/checkout.controller.js",
    ),
    _NEST,
)
_NL_FETCH_INVENTORY = _elsewhere(
    _NL_FETCH,
    "nl-fetch-failed~inventory",
    (
        "async InventoryClient.reserve|inventory/inventory.client.js",
        "async CheckoutService.pay|checkout/checkout.service.js",
        "async CheckoutController.pay|checkout/checkout.controller.js",
    ),
)
_NL_MONGOOSE = _lt(
    "nl-mongoose-cast",
    "checkout-bff",
    "CastError",
    'Cast to ObjectId failed for value "{order}" (type string) at path "_id" for model "Order"',
    (("model.Query.exec|mongoose/lib/query.js:4913:21", _TICKS),),
    (
        "async OrdersService.findOne|orders/orders.service.js",
        "async OrdersController.show|orders/orders.controller.js",
    ),
    _NEST,
)
_NL_S3 = _lt(
    "nl-s3-nosuchkey",
    "notifier",
    "NoSuchKey",
    "The specified key does not exist.",
    (
        (
            "de_NoSuchKeyRes|@aws-sdk/client-s3/dist-cjs/index.js:5593:21",
            "de_CommandError|@aws-sdk/client-s3/dist-cjs/index.js:4759:19",
            _TICKS,
            "async|@smithy/middleware-serde/dist-cjs/index.js:35:20",
            "async|@aws-sdk/middleware-sdk-s3/dist-cjs/index.js:483:18",
            "async|@smithy/middleware-retry/dist-cjs/index.js:320:38",
            "async|@aws-sdk/middleware-flexible-checksums/dist-cjs/index.js:315:18",
            "async|@aws-sdk/middleware-sdk-s3/dist-cjs/index.js:109:22",
            "async|@aws-sdk/middleware-sdk-s3/dist-cjs/index.js:136:14",
            "async|@aws-sdk/middleware-logger/dist-cjs/index.js:33:22",
        ),
    ),
    (
        "async TemplateStore.load|templates/template.store.js",
        "async EmailRenderer.render|email/email.renderer.js",
        "async SendEmailHandler.handle|handlers/send-email.handler.js",
    ),
    _BULLMQ,
)
_NL_HANDLEBARS = _lt(
    "nl-handlebars-helper",
    "notifier",
    "Error",
    'Missing helper: "formatMoney"',
    (
        (
            "Object.<anonymous>|handlebars/dist/cjs/helpers/helper-missing.js:19:13",
            "Object.wrapper|handlebars/dist/cjs/handlebars/internal/wrapHelper.js:15:19",
            "Object.eval [as main]|eval at createFunctionContext"
            " (handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js:262:23),"
            " <anonymous>:13:92",
            "main|handlebars/dist/cjs/handlebars/runtime.js:208:32",
            "ret|handlebars/dist/cjs/handlebars/runtime.js:212:12",
            "ret|handlebars/dist/cjs/handlebars/compiler/compiler.js:519:21",
        ),
    ),
    (
        "EmailRenderer.renderBody|email/email.renderer.js",
        "EmailRenderer.render|email/email.renderer.js",
        "async SendEmailHandler.handle|handlers/send-email.handler.js",
    ),
    _BULLMQ,
)
_NL_AMQP = _lt(
    "nl-amqp-closed",
    "notifier",
    "IllegalOperationError",
    "Channel closed",
    (
        (
            "ConfirmChannel.<anonymous>|amqplib/lib/channel.js:160:17",
            "ConfirmChannel.publish|amqplib/lib/channel_model.js:171:17",
        ),
    ),
    (
        "EventPublisher.publish|events/event.publisher.js",
        "DeliveryTracker.markSent|tracking/delivery.tracker.js",
        "SendEmailHandler.handle|handlers/send-email.handler.js",
    ),
    _BULLMQ,
)
_NL_AMQP_SMS = _elsewhere(
    _NL_AMQP,
    "nl-amqp-closed~sms",
    (
        "AuditTrail.record|audit/audit.trail.js",
        "SendSmsHandler.handle|handlers/send-sms.handler.js",
    ),
)

# --- Go --------------------------------------------------------------------------------

_SARAMA = (  # a Kafka consumer group's claim loop; the module cache escapes capitals (!i!b!m)
    "github.com/IBM/sarama.(*consumerGroupSession).consume(0xc0001e4000, {0xc0002a6000, 0x10},"
    " 0x3)|consumer_group.go:869",
    "github.com/IBM/sarama.newConsumerGroupSession.func2({0xc0002a6000?, 0x0?}, 0x0?)"
    "|consumer_group.go:794",
    "created by github.com/IBM/sarama.newConsumerGroupSession in goroutine 87"
    "|consumer_group.go:786",
)
_GRPC_UNARY = (
    "google.golang.org/grpc.(*Server).processUnaryRPC(0xc0001f2000, {0x1f3c2a8, 0xc0004a6f30},"
    " {0x1f45e60, 0xc000196000}, 0xc0004c8120, 0xc0002b6f90, 0x2b1a6e0, 0x0)|server.go:1379",
    "google.golang.org/grpc.(*Server).handleStream(0xc0001f2000, {0x1f45e60, 0xc000196000},"
    " 0xc0004c8120)|server.go:1790",
    "google.golang.org/grpc.(*Server).serveStreams.func2.1()|server.go:1029",
    "created by google.golang.org/grpc.(*Server).serveStreams.func2 in goroutine 42|server.go:1040",
)
_CONSUMER = (
    "internal/events.(*Handler).Handle(0xc000214000, {0x1c0e2a8, 0xc0002e5e30},"
    " 0xc0003b8000)|internal/events/handler.go",
    "internal/consumer.(*claimHandler).ConsumeClaim(0xc0001ce0f0, {0x1c1f2a0, 0xc0001e4000},"
    " {0x1c1e8c8, 0xc0003a6000})|internal/consumer/claims.go",
)

_GL_PROMETHEUS = _lt(
    "gl-prom-cardinality",
    "dispatch",
    "panic",
    'inconsistent label cardinality: expected 3 label values but got 2 in []string{"no_courier",'
    ' "{warehouse}"}',
    (
        (
            "github.com/prometheus/client_golang/prometheus.(*CounterVec).WithLabelValues(...)"
            "|prometheus/counter.go:294",
        ),
    ),
    (
        "internal/assign.(*Service).recordOutcome(0xc0002a4000, {0x1d7a4b3, 0xa},"
        " {0xc0003f2b00, 0x4})|internal/assign/service.go",
        "internal/assign.(*Service).Assign(0xc0002a4000, {0x1f3c2a8, 0xc0004a6f30},"
        " 0xc0004d2280)|internal/assign/service.go",
        "internal/rpc.(*Server).AssignCourier(0xc000180fc0, {0x1f3c2a8?, 0xc0004a6f30?},"
        " 0x1b7e9c0?)|internal/rpc/server.go",
        "internal/rpc._Dispatch_AssignCourier_Handler({0x1b7e9c0, 0xc000180fc0}, {0x1f3c2a8,"
        " 0xc0004a6f30}, 0xc0004b6a00, 0x0)|internal/rpc/dispatch_grpc.pb.go",
    ),
    _GRPC_UNARY,
)
_GL_PROMETHEUS_REASSIGN = _elsewhere(
    _GL_PROMETHEUS,
    "gl-prom-cardinality~reassign",
    (
        "internal/assign.(*Service).recordOutcome(0xc0002a4000, {0x1d7a4b3, 0xa},"
        " {0xc0003f2b00, 0x4})|internal/assign/service.go",
        "internal/assign.(*Service).Reassign(0xc0002a4000, {0x1f3c2a8, 0xc0004a6f30},"
        " {0xc0003e6a80, 0x24})|internal/assign/reassign.go",
        "internal/rpc.(*Server).ReassignCourier(0xc000180fc0, {0x1f3c2a8?, 0xc0004a6f30?},"
        " 0x1b7ea40?)|internal/rpc/server.go",
        "internal/rpc._Dispatch_ReassignCourier_Handler({0x1b7e9c0, 0xc000180fc0}, {0x1f3c2a8,"
        " 0xc0004a6f30}, 0xc0004b6a00, 0x0)|internal/rpc/dispatch_grpc.pb.go",
    ),
)
_GL_MONGO_NIL = _lt(
    "gl-mongo-nil",
    "dispatch",
    "panic",
    "runtime error: invalid memory address or nil pointer dereference",
    (
        (
            "go.mongodb.org/mongo-driver/mongo.(*Collection).find(0x0, {0x1f3c2a8,"
            " 0xc0004a6f30}, {0x1a1e4c0, 0xc0004f6a38}, 0x0, {0xc0004e7a48, 0x1, 0x1})"
            "|mongo/collection.go:1213",
            "go.mongodb.org/mongo-driver/mongo.(*Collection).Find(...)|mongo/collection.go:1200",
        ),
    ),
    (
        "internal/store.(*Couriers).Available(0xc0001b2f00, {0x1f3c2a8, 0xc0004a6f30},"
        " {0xc0004d2a38, 0x4})|internal/store/couriers.go",
        "internal/assign.(*Service).Assign(0xc0002a4000, {0x1f3c2a8, 0xc0004a6f30},"
        " 0xc0004d2280)|internal/assign/service.go",
        "internal/rpc.(*Server).AssignCourier(0xc000180fc0, {0x1f3c2a8?, 0xc0004a6f30?},"
        " 0x1b7e9c0?)|internal/rpc/server.go",
        "internal/rpc._Dispatch_AssignCourier_Handler({0x1b7e9c0, 0xc000180fc0}, {0x1f3c2a8,"
        " 0xc0004a6f30}, 0xc0004b6a00, 0x0)|internal/rpc/dispatch_grpc.pb.go",
    ),
    _GRPC_UNARY,
    signal=True,
)
_GL_UUID = _lt(
    "gl-uuid-parse",
    "tracking",
    "panic",
    'uuid: Parse("{order}"): invalid UUID length: 8',
    (("github.com/google/uuid.MustParse({0xc0003a2c00, 0x8})|uuid.go:178",),),
    (
        "internal/events.(*Handler).onDelivered(0xc000214000, {0x1c0e2a8, 0xc0002e5e30},"
        " {0xc0004a6000, 0x1f4, 0x1f4})|internal/events/delivered.go",
        *_CONSUMER,
    ),
    _SARAMA,
)
_GL_UUID_PICKUP = _elsewhere(
    _GL_UUID,
    "gl-uuid-parse~pickup",
    (
        "internal/events.(*Handler).onPickedUp(0xc000214000, {0x1c0e2a8, 0xc0002e5e30},"
        " {0xc0004a6000, 0x1c2, 0x1c2})|internal/events/picked_up.go",
        *_CONSUMER,
    ),
)
_GL_VALIDATOR = _lt(
    "gl-validator-undefined",
    "tracking",
    "panic",
    "Undefined validation function 'e164_phone' on field 'RecipientPhone'",
    (
        (
            "github.com/go-playground/validator/v10.(*Validate).parseFieldTagsRecursive("
            "0xc0001c6000, {0xc0003e2a40?, 0x16?}, {0xc0003e2a20, 0xe}, {0x0, 0x0}, 0x0)"
            "|cache.go:296",
            "github.com/go-playground/validator/v10.(*Validate).extractStructCache("
            "0xc0001c6000, {0x1a0b3e0?, 0xc0004d0280?, 0x0?}, {0x188f44d, 0x12})|cache.go:152",
            "github.com/go-playground/validator/v10.(*validate).validateStruct(0xc0003fe000,"
            " {0x1c0e2a8, 0xc0002e5e30}, {0x1a0b3e0?, 0xc0004d0280?, 0x0?}, {0x1a0b3e0?,"
            " 0xc0004d0280?, 0x0?}, {0x1c1b6c0, 0x1a0b3e0}, {0x0, 0x0}, ...)|validator.go:36",
            "github.com/go-playground/validator/v10.(*Validate).StructCtx(0xc0001c6000,"
            " {0x1c0e2a8, 0xc0002e5e30}, {0x1a0b3e0, 0xc0004d0280})|validator_instance.go:390",
            "github.com/go-playground/validator/v10.(*Validate).Struct(...)"
            "|validator_instance.go:363",
        ),
    ),
    (
        "internal/events.(*Handler).onOutForDelivery(0xc000214000, {0x1c0e2a8, 0xc0002e5e30},"
        " {0xc0004a6000, 0x23a, 0x23a})|internal/events/out_for_delivery.go",
        *_CONSUMER,
    ),
    _SARAMA,
)
_GL_MAP_WRITES = _lt(
    "gl-header-map-writes",
    "tracking",
    "fatal error",
    "concurrent map writes",
    (
        (
            "net/textproto.MIMEHeader.Set(...)|net/textproto/header.go:22",
            "net/http.Header.Set(...)|net/http/header.go:40",
        ),
    ),
    (
        "internal/webhook.(*Notifier).sign(0xc000228480, 0xc0003b4000, {0xc000712000, 0x1a4,"
        " 0x1a4})|internal/webhook/notifier.go",
        "internal/webhook.(*Notifier).deliver(0xc000228480, {0x1c0e2a8, 0xc0002e5e30},"
        " {0xc0002a4f00, 0x2b}, 0xc0003b4000)|internal/webhook/notifier.go",
        "created by internal/webhook.(*Notifier).Broadcast in goroutine 412"
        "|internal/webhook/notifier.go",
    ),
    (),
)

# --- Ruby ------------------------------------------------------------------------------

_RAILS8_CONTROLLER = (
    "actionpack:lib/action_controller/metal/basic_implicit_render.rb:8"
    ":ActionController::BasicImplicitRender#send_action",
    "actionpack:lib/abstract_controller/base.rb:226:AbstractController::Base#process_action",
    "actionpack:lib/action_controller/metal/rendering.rb:193"
    ":ActionController::Rendering#process_action",
    "actionpack:lib/abstract_controller/callbacks.rb:261"
    ":block in AbstractController::Callbacks#process_action",
    "activesupport:lib/active_support/callbacks.rb:120"
    ":block in ActiveSupport::Callbacks#run_callbacks",
    "activesupport:lib/active_support/callbacks.rb:140:ActiveSupport::Callbacks#run_callbacks",
    "actionpack:lib/abstract_controller/callbacks.rb:260"
    ":AbstractController::Callbacks#process_action",
    "actionpack:lib/action_controller/metal/instrumentation.rb:76"
    ":block in ActionController::Instrumentation#process_action",
    "actionpack:lib/action_dispatch/routing/route_set.rb:88"
    ":ActionDispatch::Routing::RouteSet::Dispatcher#dispatch",
    "actionpack:lib/action_dispatch/routing/route_set.rb:50"
    ":ActionDispatch::Routing::RouteSet::Dispatcher#serve",
    "puma:lib/puma/request.rb:99:Puma::Request#handle_request",
    "puma:lib/puma/server.rb:464:Puma::Server#process_client",
    "puma:lib/puma/thread_pool.rb:165:block in Puma::ThreadPool#spawn_thread",
)
_RAILS8_JOB = (
    "activejob:lib/active_job/execution.rb:68:block in ActiveJob::Execution#_perform_job",
    "activesupport:lib/active_support/callbacks.rb:120"
    ":block in ActiveSupport::Callbacks#run_callbacks",
    "activesupport:lib/active_support/callbacks.rb:140:ActiveSupport::Callbacks#run_callbacks",
    "activejob:lib/active_job/execution.rb:67:ActiveJob::Execution#_perform_job",
    "activejob:lib/active_job/execution.rb:32:ActiveJob::Execution#perform_now",
    "sidekiq:lib/active_job/queue_adapters/sidekiq_adapter.rb:60"
    ":Sidekiq::ActiveJob::Wrapper#perform",
    "sidekiq:lib/sidekiq/processor.rb:220:Sidekiq::Processor#execute_job",
    "sidekiq:lib/sidekiq/processor.rb:185:block (4 levels) in Sidekiq::Processor#process",
    "sidekiq:lib/sidekiq/middleware/chain.rb:180:Sidekiq::Middleware::Chain#traverse",
    "sidekiq:lib/sidekiq/processor.rb:86:Sidekiq::Processor#run",
    "sidekiq:lib/sidekiq/component.rb:10:Sidekiq::Component#watchdog",
    "sidekiq:lib/sidekiq/component.rb:19:block in Sidekiq::Component#safe_thread",
)
_RAILS70_JOB = (
    "activejob:lib/active_job/execution.rb:59:block in _perform_job",
    "activesupport:lib/active_support/callbacks.rb:118:block in run_callbacks",
    "activesupport:lib/active_support/callbacks.rb:138:run_callbacks",
    "activejob:lib/active_job/execution.rb:58:_perform_job",
    "activejob:lib/active_job/execution.rb:30:perform_now",
    "activejob:lib/active_job/queue_adapters/sidekiq_adapter.rb:56:perform",
    "sidekiq:lib/sidekiq/processor.rb:202:execute_job",
    "sidekiq:lib/sidekiq/processor.rb:170:block (2 levels) in process",
    "sidekiq:lib/sidekiq/middleware/chain.rb:177:traverse",
    "sidekiq:lib/sidekiq/processor.rb:86:run",
    "sidekiq:lib/sidekiq/component.rb:10:watchdog",
    "sidekiq:lib/sidekiq/component.rb:19:block in safe_thread",
)

_RL_STRIPE = _lt(
    "rl-stripe-card",
    "subscriptions",
    "Stripe::CardError",
    "(Status 402) (Request {stripe_req}) Your card was declined.",
    (
        (
            "stripe:lib/stripe/api_requestor.rb:888:Stripe::APIRequestor#handle_error_response",
            "stripe:lib/stripe/api_requestor.rb:736"
            ":block in Stripe::APIRequestor#execute_request_internal",
            "stripe:lib/stripe/api_requestor.rb:804"
            ":Stripe::APIRequestor#execute_request_with_rescues",
            "stripe:lib/stripe/api_requestor.rb:727:Stripe::APIRequestor#execute_request_internal",
            "stripe:lib/stripe/api_requestor.rb:132:Stripe::APIRequestor#execute_request",
            "stripe:lib/stripe/api_operations/request.rb:93"
            ":Stripe::APIOperations::Request::ClassMethods#execute_resource_request",
            "stripe:lib/stripe/api_operations/request.rb:23"
            ":Stripe::APIOperations::Request::ClassMethods#request_stripe_object",
            "stripe:lib/stripe/api_operations/create.rb:8:Stripe::APIOperations::Create#create",
        ),
    ),
    (
        "app/services/billing/charge_renewal.rb|Billing::ChargeRenewal#call",
        "app/jobs/renewal_charge_job.rb|RenewalChargeJob#perform",
    ),
    _RAILS8_JOB,
)
_RL_STRIPE_PLAN = _elsewhere(
    _RL_STRIPE,
    "rl-stripe-card~change-plan",
    (
        "app/services/billing/change_plan.rb|Billing::ChangePlan#call",
        "app/controllers/plan_changes_controller.rb|PlanChangesController#create",
    ),
    _RAILS8_CONTROLLER,
)
_RL_PG_UNIQUE = _lt(
    "rl-pg-unique",
    "subscriptions",
    "ActiveRecord::RecordNotUnique",
    "PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint"
    ' "index_subscriptions_on_account_id_and_plan_id"\nDETAIL:  Key (account_id,'
    " plan_id)=({member_id}, {n}) already exists.",
    (
        (
            "activerecord:lib/active_record/connection_adapters/postgresql/"
            "database_statements.rb:160:PG::Connection#exec_params",
            "activerecord:lib/active_record/connection_adapters/postgresql/"
            "database_statements.rb:160:block (2 levels) in"
            " ActiveRecord::ConnectionAdapters::PostgreSQL::DatabaseStatements#perform_query",
            "activerecord:lib/active_record/connection_adapters/abstract_adapter.rb:1017"
            ":block in ActiveRecord::ConnectionAdapters::AbstractAdapter#with_raw_connection",
            "activesupport:lib/active_support/concurrency/null_lock.rb:9"
            ":ActiveSupport::Concurrency::NullLock#synchronize",
            "activerecord:lib/active_record/connection_adapters/abstract_adapter.rb:986"
            ":ActiveRecord::ConnectionAdapters::AbstractAdapter#with_raw_connection",
            "activerecord:lib/active_record/connection_adapters/postgresql/"
            "database_statements.rb:153"
            ":ActiveRecord::ConnectionAdapters::PostgreSQL::DatabaseStatements#perform_query",
            "activerecord:lib/active_record/connection_adapters/abstract/"
            "database_statements.rb:556:block (2 levels) in"
            " ActiveRecord::ConnectionAdapters::DatabaseStatements#raw_execute",
            "activesupport:lib/active_support/notifications/instrumenter.rb:58"
            ":ActiveSupport::Notifications::Instrumenter#instrument",
            "activerecord:lib/active_record/connection_adapters/abstract_adapter.rb:1129"
            ":ActiveRecord::ConnectionAdapters::AbstractAdapter#log",
            "activerecord:lib/active_record/connection_adapters/abstract/"
            "database_statements.rb:554"
            ":ActiveRecord::ConnectionAdapters::DatabaseStatements#raw_execute",
            "activerecord:lib/active_record/connection_adapters/abstract/"
            "database_statements.rb:591"
            ":ActiveRecord::ConnectionAdapters::DatabaseStatements#internal_execute",
            "activerecord:lib/active_record/connection_adapters/abstract/"
            "database_statements.rb:187"
            ":ActiveRecord::ConnectionAdapters::DatabaseStatements#exec_insert",
            "activerecord:lib/active_record/connection_adapters/abstract/"
            "database_statements.rb:219"
            ":ActiveRecord::ConnectionAdapters::DatabaseStatements#insert",
            "activerecord:lib/active_record/persistence.rb:256"
            ":ActiveRecord::Persistence::ClassMethods#_insert_record",
            "activerecord:lib/active_record/persistence.rb:905"
            ":ActiveRecord::Persistence#_create_record",
            "activerecord:lib/active_record/callbacks.rb:445"
            ":block in ActiveRecord::Callbacks#_create_record",
            "activesupport:lib/active_support/callbacks.rb:101"
            ":ActiveSupport::Callbacks#run_callbacks",
            "activerecord:lib/active_record/callbacks.rb:445"
            ":ActiveRecord::Callbacks#_create_record",
            "activerecord:lib/active_record/persistence.rb:882"
            ":ActiveRecord::Persistence#create_or_update",
            "activerecord:lib/active_record/persistence.rb:431:ActiveRecord::Persistence#save!",
            "activerecord:lib/active_record/validations.rb:53:ActiveRecord::Validations#save!",
            "activerecord:lib/active_record/transactions.rb:365"
            ":block in ActiveRecord::Transactions#save!",
            "activerecord:lib/active_record/transactions.rb:417"
            ":block in ActiveRecord::Transactions#with_transaction_returning_status",
            "activerecord:lib/active_record/transactions.rb:413"
            ":ActiveRecord::Transactions#with_transaction_returning_status",
            "activerecord:lib/active_record/transactions.rb:365:ActiveRecord::Transactions#save!",
            "activerecord:lib/active_record/persistence.rb:54"
            ":ActiveRecord::Persistence::ClassMethods#create!",
        ),
    ),
    (
        "app/services/subscriptions/subscribe.rb|Subscriptions::Subscribe#call",
        "app/controllers/subscriptions_controller.rb|SubscriptionsController#create",
    ),
    _RAILS8_CONTROLLER,
)
_RL_S3 = _lt(
    "rl-s3-nosuchkey",
    "subscriptions",
    "Aws::S3::Errors::NoSuchKey",
    "The specified key does not exist.",
    (
        (
            "aws-sdk-core:lib/seahorse/client/plugins/raise_response_errors.rb:17"
            ":Seahorse::Client::Plugins::RaiseResponseErrors::Handler#call",
            "aws-sdk-s3:lib/aws-sdk-s3/plugins/sse_cpk.rb:24"
            ":Aws::S3::Plugins::SseCpk::Handler#call",
            "aws-sdk-s3:lib/aws-sdk-s3/plugins/dualstack.rb:21"
            ":Aws::S3::Plugins::Dualstack::Handler#call",
            "aws-sdk-s3:lib/aws-sdk-s3/plugins/accelerate.rb:43"
            ":Aws::S3::Plugins::Accelerate::Handler#call",
            "aws-sdk-core:lib/aws-sdk-core/plugins/checksum_algorithm.rb:111"
            ":Aws::Plugins::ChecksumAlgorithm::ChecksumHandler#call",
            "aws-sdk-core:lib/aws-sdk-core/plugins/jsonvalue_converter.rb:16"
            ":Aws::Plugins::JsonvalueConverter::Handler#call",
            "aws-sdk-core:lib/aws-sdk-core/plugins/invocation_id.rb:16"
            ":Aws::Plugins::InvocationId::Handler#call",
            "aws-sdk-core:lib/aws-sdk-core/plugins/idempotency_token.rb:19"
            ":Aws::Plugins::IdempotencyToken::Handler#call",
            "aws-sdk-core:lib/aws-sdk-core/plugins/param_converter.rb:26"
            ":Aws::Plugins::ParamConverter::Handler#call",
            "aws-sdk-core:lib/seahorse/client/plugins/request_callback.rb:89"
            ":Seahorse::Client::Plugins::RequestCallback::OptionHandler#call",
            "aws-sdk-core:lib/aws-sdk-core/plugins/response_paging.rb:12"
            ":Aws::Plugins::ResponsePaging::Handler#call",
            "aws-sdk-core:lib/seahorse/client/plugins/response_target.rb:24"
            ":Seahorse::Client::Plugins::ResponseTarget::Handler#call",
            "aws-sdk-core:lib/seahorse/client/request.rb:72:Seahorse::Client::Request#send_request",
            "aws-sdk-s3:lib/aws-sdk-s3/client.rb:8848:Aws::S3::Client#get_object",
        ),
    ),
    (
        "app/models/invoice_document.rb|InvoiceDocument#download",
        "app/controllers/invoice_documents_controller.rb|InvoiceDocumentsController#show",
    ),
    _RAILS8_CONTROLLER,
)
# Net::HTTP timing out on the status line, or in the middle of the body
_NET_HTTP_REQUEST = (
    "ruby:net/http.rb:2354:catch",
    "ruby:net/http.rb:2354:transport_request",
    "ruby:net/http.rb:2327:request",
    "ruby:net/http.rb:2320:block in request",
    "ruby:net/http.rb:1615:start",
    "ruby:net/http.rb:2318:request",
)
_RL_NET_TIMEOUT = _lt(
    "rl-net-read-timeout",
    "helpdesk",
    "Net::ReadTimeout",
    "Net::ReadTimeout with #<TCPSocket:(closed)>",
    (
        (
            "ruby:net/protocol.rb:229:rbuf_fill",
            "ruby:net/protocol.rb:199:readuntil",
            "ruby:net/protocol.rb:209:readline",
            "ruby:net/http/response.rb:158:read_status_line",
            "ruby:net/http/response.rb:147:read_new",
            "ruby:net/http.rb:2363:block in transport_request",
            *_NET_HTTP_REQUEST,
        ),
        (
            "ruby:net/protocol.rb:229:rbuf_fill",
            "ruby:net/protocol.rb:142:read",
            "ruby:net/http/response.rb:622:read_body_0",
            "ruby:net/http/response.rb:361:block in read_body",
            "ruby:net/http/response.rb:386:inflater",
            "ruby:net/http/response.rb:359:read_body",
            "ruby:net/http.rb:2376:block (2 levels) in transport_request",
            "ruby:net/http/response.rb:367:reading_body",
            "ruby:net/http.rb:2375:block in transport_request",
            *_NET_HTTP_REQUEST,
        ),
    ),
    (
        "app/lib/zendesk/client.rb|post",
        "app/services/tickets/push_to_zendesk.rb|call",
        "app/jobs/zendesk_push_job.rb|perform",
    ),
    _RAILS70_JOB,
)
_RL_JSON = _lt(
    "rl-json-parse",
    "helpdesk",
    "JSON::ParserError",
    "unexpected token at 'upstream connect error or disconnect/reset before headers. reset"
    " reason: connection failure'",
    (("json:lib/json/common.rb:219:parse", "json:lib/json/common.rb:219:parse"),),
    (
        "app/services/tickets/import_from_zendesk.rb|fetch_ticket",
        "app/services/tickets/import_from_zendesk.rb|call",
        "app/jobs/zendesk_import_job.rb|perform",
    ),
    _RAILS70_JOB,
)
_RL_JSON_USERS = _elsewhere(
    _RL_JSON,
    "rl-json-parse~users",
    (
        "app/services/users/sync_from_zendesk.rb|fetch_user",
        "app/services/users/sync_from_zendesk.rb|call",
        "app/jobs/zendesk_user_sync_job.rb|perform",
    ),
)

# --- .NET ------------------------------------------------------------------------------

_ASPNETCORE = (
    "Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor"
    ".Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor"
    " executor, Object controller, Object[] arguments)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeActionMethodAsync>g"
    "__Awaited|12_0(ControllerActionInvoker invoker, ValueTask`1 actionResultValueTask)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeNextActionFilterAsync"
    ">g__Awaited|10_0(ControllerActionInvoker invoker, Task lastTask, State next, Scope scope,"
    " Object state, Boolean isCompleted)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.Rethrow"
    "(ActionExecutedContextSealed context)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.Next(State& next, Scope&"
    " scope, Object& state, Boolean& isCompleted)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeInnerFilterAsync>g"
    "__Awaited|13_0(ControllerActionInvoker invoker, Task lastTask, State next, Scope scope,"
    " Object state, Boolean isCompleted)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.<InvokeFilterPipelineAsync>g"
    "__Awaited|20_0(ResourceInvoker invoker, Task lastTask, State next, Scope scope, Object"
    " state, Boolean isCompleted)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.<InvokeAsync>g__Awaited|17_0"
    "(ResourceInvoker invoker, Task task, IDisposable scope)",
    "Microsoft.AspNetCore.Routing.EndpointMiddleware.<Invoke>g__AwaitRequestTask|7_0(Endpoint"
    " endpoint, Task requestTask, ILogger logger)",
    "Microsoft.AspNetCore.Authorization.AuthorizationMiddleware.Invoke(HttpContext context)",
    "Microsoft.AspNetCore.Authentication.AuthenticationMiddleware.Invoke(HttpContext context)",
)
_HOSTED_SERVICE = (
    "Microsoft.Extensions.Hosting.Internal.Host.TryExecuteBackgroundServiceAsync"
    "(BackgroundService backgroundService)",
)
_RABBIT_CONSUMER = (
    "RabbitMQ.Client.Events.AsyncEventingBasicConsumer.HandleBasicDeliver(String consumerTag,"
    " UInt64 deliveryTag, Boolean redelivered, String exchange, String routingKey,"
    " IBasicProperties properties, ReadOnlyMemory`1 body)",
    "RabbitMQ.Client.Impl.AsyncConsumerWorkService.WorkPool.Loop()",
)
_INVOICE_ISSUE = (
    "Services.InvoiceIssuer.IssueAsync(IssueInvoiceCommand command, CancellationToken ct)"
    "|Services/InvoiceIssuer.cs",
    "Api.InvoicesController.Issue(IssueInvoiceRequest request, CancellationToken ct)"
    "|Api/InvoicesController.cs",
)

_DL_NPGSQL = _lt(
    "dl-npgsql-deadlock",
    "invoicing",
    "Npgsql.PostgresException",
    "40P01: deadlock detected\n\nDETAIL: Detail redacted as it may contain sensitive data."
    " Specify 'Include Error Detail' in the connection string to include this information.",
    (
        (
            "Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode"
            " dataRowLoadingMode, Boolean readingNotifications, Boolean"
            " isReadingPrependedMessage)",
            "System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder`1.StateMachineBox"
            "`1.System.Threading.Tasks.Sources.IValueTaskSource<TResult>.GetResult(Int16 token)",
            "Npgsql.NpgsqlDataReader.NextResult(Boolean async, Boolean isConsuming,"
            " CancellationToken cancellationToken)",
            "Npgsql.NpgsqlDataReader.NextResult(Boolean async, Boolean isConsuming,"
            " CancellationToken cancellationToken)",
            "Npgsql.NpgsqlCommand.ExecuteReader(Boolean async, CommandBehavior behavior,"
            " CancellationToken cancellationToken)",
            "Npgsql.NpgsqlCommand.ExecuteReader(Boolean async, CommandBehavior behavior,"
            " CancellationToken cancellationToken)",
            "Npgsql.NpgsqlCommand.ExecuteNonQuery(Boolean async, CancellationToken"
            " cancellationToken)",
            "Dapper.SqlMapper.ExecuteImplAsync(IDbConnection cnn, CommandDefinition command,"
            " Object param) in /_/Dapper/SqlMapper.Async.cs:line 662",
        ),
    ),
    (
        "Data.InvoiceNumberRepository.ReserveAsync(String tenantId, Int32 year,"
        " CancellationToken ct)|Data/InvoiceNumberRepository.cs",
        *_INVOICE_ISSUE,
    ),
    _ASPNETCORE,
    header="{kind} (0x80004005): {message}",
)
_DL_NPGSQL_CREDIT = _elsewhere(
    _DL_NPGSQL,
    "dl-npgsql-deadlock~credit-note",
    (
        "Data.InvoiceNumberRepository.ReserveAsync(String tenantId, Int32 year,"
        " CancellationToken ct)|Data/InvoiceNumberRepository.cs",
        "Services.CreditNoteIssuer.IssueAsync(IssueCreditNoteCommand command, CancellationToken"
        " ct)|Services/CreditNoteIssuer.cs",
        "Api.CreditNotesController.Create(CreateCreditNoteRequest request, CancellationToken ct)"
        "|Api/CreditNotesController.cs",
    ),
)
_DL_REDIS = _lt(
    "dl-redis-timeout",
    "invoicing",
    "StackExchange.Redis.RedisTimeoutException",
    "Timeout performing GET (5000ms), next: GET fx-rates:latest, inst: 0, qu: 0, qs: {n}, aw:"
    " False, bw: SpinningDown, rs: ReadAsync, ws: Idle, in: 0, last-in: {n2}, cur-in: 0,"
    " sync-ops: {count}, async-ops: {count2}, serverEndpoint:"
    " redis-invoicing.{ns}.svc.cluster.local:6379, conn-sec: {secs}, aoc: 1, mc: 1/1/0, mgr: 10"
    " of 10 available, clientName: {pod}(SE.Redis-v{version:stackexchange-redis}), IOCP:"
    " (Busy=0,Free=1000,Min=1,Max=1000), WORKER: (Busy={pool_n},Free=32766,Min=2,Max=32767),"
    " POOL: (Threads={threads},QueuedItems=0,CompletedItems={count}), v:"
    " {version:stackexchange-redis} (Please take a look at this article for some common"
    " client-side issues that can cause timeouts:"
    " https://stackexchange.github.io/StackExchange.Redis/Timeouts)",
    (
        (
            "StackExchange.Redis.ConnectionMultiplexer.ExecuteSyncImpl[T](Message message,"
            " ResultProcessor`1 processor, ServerEndPoint server, T defaultValue) in"
            " /_/src/StackExchange.Redis/ConnectionMultiplexer.cs:line 2099",
            "StackExchange.Redis.RedisBase.ExecuteSync[T](Message message, ResultProcessor`1"
            " processor, ServerEndPoint server, T defaultValue) in"
            " /_/src/StackExchange.Redis/RedisBase.cs:line 62",
            "StackExchange.Redis.RedisDatabase.StringGet(RedisKey key, CommandFlags flags) in"
            " /_/src/StackExchange.Redis/RedisDatabase.cs:line 3105",
        ),
    ),
    (
        "Fx.RedisRateCache.GetLatest(String currency)|Fx/RedisRateCache.cs",
        "Fx.CurrencyConverter.Convert(Decimal amount, String from, String to)"
        "|Fx/CurrencyConverter.cs",
        *_INVOICE_ISSUE,
    ),
    _ASPNETCORE,
)
_DL_REDIS_WARMUP = _elsewhere(
    _DL_REDIS,
    "dl-redis-timeout~warmup",
    ("Fx.RateWarmup.ExecuteAsync(CancellationToken stoppingToken)|Fx/RateWarmup.cs",),
    _HOSTED_SERVICE,
)
_DL_POLLY = _lt(
    "dl-polly-open",
    "documents",
    "Polly.CircuitBreaker.BrokenCircuitException`1[System.Net.Http.HttpResponseMessage]",
    "The circuit is now open and is not allowing calls.",
    (
        (
            "Polly.CircuitBreaker.CircuitStateController`1.OnActionPreExecute()",
            "Polly.CircuitBreaker.AsyncCircuitBreakerEngine.ImplementationAsync[TResult](Func`3"
            " action, Context context, CancellationToken cancellationToken, Boolean"
            " continueOnCapturedContext, ExceptionPredicates shouldHandleExceptionPredicates,"
            " ResultPredicates`1 shouldHandleResultPredicates, ICircuitController`1"
            " breakerController)",
            "Polly.AsyncPolicy`1.ExecuteAsync(Func`3 action, Context context, CancellationToken"
            " cancellationToken, Boolean continueOnCapturedContext)",
            "Microsoft.Extensions.Http.PolicyHttpMessageHandler.SendCoreAsync(HttpRequestMessage"
            " request, Context context, CancellationToken cancellationToken)",
            "Microsoft.Extensions.Http.PolicyHttpMessageHandler.SendAsync(HttpRequestMessage"
            " request, CancellationToken cancellationToken)",
            "Microsoft.Extensions.Http.Logging.LoggingScopeHttpMessageHandler.<SendCoreAsync>g"
            "__Core|5_0(HttpRequestMessage request, Boolean useAsync, CancellationToken"
            " cancellationToken)",
            "System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request,"
            " HttpCompletionOption completionOption, CancellationTokenSource cts, Boolean"
            " disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken"
            " originalCancellationToken)",
        ),
    ),
    (
        "Ocr.OcrClient.RecognizeAsync(Guid documentId, Stream image, CancellationToken ct)"
        "|Ocr/OcrClient.cs",
        "Pipeline.ScanProcessor.ProcessAsync(DocumentReceived message, CancellationToken ct)"
        "|Pipeline/ScanProcessor.cs",
        "Messaging.DocumentConsumer.HandleAsync(Object sender, BasicDeliverEventArgs ea)"
        "|Messaging/DocumentConsumer.cs",
    ),
    _RABBIT_CONSUMER,
)
_DL_NEWTONSOFT = _lt(
    "dl-newtonsoft-reader",
    "documents",
    "Newtonsoft.Json.JsonReaderException",
    "Unexpected character encountered while parsing value: <. Path '', line 0, position 0.",
    (
        (
            "Newtonsoft.Json.JsonTextReader.ParseValue()",
            "Newtonsoft.Json.JsonTextReader.Read()",
            "Newtonsoft.Json.JsonReader.ReadForType(JsonContract contract, Boolean hasConverter)",
            "Newtonsoft.Json.Serialization.JsonSerializerInternalReader.Deserialize(JsonReader"
            " reader, Type objectType, Boolean checkAdditionalContent)",
            "Newtonsoft.Json.JsonSerializer.DeserializeInternal(JsonReader reader, Type"
            " objectType)",
            "Newtonsoft.Json.JsonConvert.DeserializeObject(String value, Type type,"
            " JsonSerializerSettings settings)",
            "Newtonsoft.Json.JsonConvert.DeserializeObject[T](String value,"
            " JsonSerializerSettings settings)",
        ),
    ),
    (
        "Signing.SignatureProviderClient.GetEnvelopeAsync(String envelopeId, CancellationToken"
        " ct)|Signing/SignatureProviderClient.cs",
        "Pipeline.SignatureProcessor.ProcessAsync(DocumentSigned message, CancellationToken ct)"
        "|Pipeline/SignatureProcessor.cs",
        "Messaging.DocumentConsumer.HandleAsync(Object sender, BasicDeliverEventArgs ea)"
        "|Messaging/DocumentConsumer.cs",
    ),
    _RABBIT_CONSUMER,
)
_DL_RABBIT = _lt(
    "dl-rabbit-closed",
    "documents",
    "RabbitMQ.Client.Exceptions.AlreadyClosedException",
    "Already closed: The AMQP operation was interrupted: AMQP close-reason, initiated by Peer,"
    " code=320, text='CONNECTION_FORCED - broker forced connection closure with reason"
    " 'shutdown'', classId=0, methodId=0",
    (
        (
            "RabbitMQ.Client.Impl.SessionBase.Transmit(OutgoingCommand& cmd)",
            "RabbitMQ.Client.Impl.ModelBase.ModelSend(MethodBase method, ContentHeaderBase"
            " header, ReadOnlyMemory`1 body)",
            "RabbitMQ.Client.Framing.Impl.Model._Private_BasicPublish(String exchange, String"
            " routingKey, Boolean mandatory, IBasicProperties basicProperties, ReadOnlyMemory`1"
            " body)",
            "RabbitMQ.Client.Impl.ModelBase.BasicPublish(String exchange, String routingKey,"
            " Boolean mandatory, IBasicProperties basicProperties, ReadOnlyMemory`1 body)",
            "RabbitMQ.Client.Impl.AutorecoveringModel.BasicPublish(String exchange, String"
            " routingKey, Boolean mandatory, IBasicProperties basicProperties, ReadOnlyMemory`1"
            " body)",
            "RabbitMQ.Client.IModelExensions.BasicPublish(IModel model, String exchange, String"
            " routingKey, IBasicProperties basicProperties, ReadOnlyMemory`1 body)",
        ),
    ),
    (
        "Messaging.EventPublisher.Publish(String routingKey, Object payload)"
        "|Messaging/EventPublisher.cs",
        "Pipeline.ScanProcessor.ProcessAsync(DocumentReceived message, CancellationToken ct)"
        "|Pipeline/ScanProcessor.cs",
        "Messaging.DocumentConsumer.HandleAsync(Object sender, BasicDeliverEventArgs ea)"
        "|Messaging/DocumentConsumer.cs",
    ),
    _RABBIT_CONSUMER,
)

THROWN_IN_LIBRARIES: tuple[LibraryTemplate, ...] = (
    # base: one app call site reaching one library error
    _JL_PG_UNIQUE,
    _JL_JACKSON,
    _JL_LETTUCE,
    _JL_KAFKA,
    _JL_S3,
    _JL_MAIL,
    _PL_STRIPE,
    _PL_DYNAMO,
    _PL_HTTPX,
    _PL_PYMONGO,
    _PL_REQUESTS_JSON,
    _NL_FETCH,
    _NL_MONGOOSE,
    _NL_S3,
    _NL_HANDLEBARS,
    _NL_AMQP,
    _GL_PROMETHEUS,
    _GL_MONGO_NIL,
    _GL_UUID,
    _GL_VALIDATOR,
    _GL_MAP_WRITES,
    _RL_STRIPE,
    _RL_PG_UNIQUE,
    _RL_S3,
    _RL_JSON,
    _DL_NPGSQL,
    _DL_REDIS,
    _DL_POLLY,
    _DL_NEWTONSOFT,
    _DL_RABBIT,
    # one bug whose events take more than one path through the library
    _JL_HTTP_TIMEOUT,
    _PL_SQLALCHEMY,
    _NL_PG_UNIQUE,
    _RL_NET_TIMEOUT,
    # near-misses: the same library error from another call site of the same service
    _JL_PG_UNIQUE_REORDER,
    _JL_LETTUCE_LIMIT,
    _JL_KAFKA_REPLAY,
    _PL_STRIPE_RENEWAL,
    _PL_DYNAMO_REFUND,
    _PL_HTTPX_HISTORY,
    _NL_FETCH_INVENTORY,
    _NL_AMQP_SMS,
    _GL_PROMETHEUS_REASSIGN,
    _GL_UUID_PICKUP,
    _RL_STRIPE_PLAN,
    _RL_JSON_USERS,
    _DL_NPGSQL_CREDIT,
    _DL_REDIS_WARMUP,
)


_VERSION = re.compile(r"\{version:([^{}]+)\}")


def _event_filler(rng: random.Random, pod: str, versions: dict[str, str]) -> _Filler:
    """Fills an event's texts: the same value for a placeholder everywhere in the event, and
    {version:lib} the deployed version of a library."""
    values: dict[str, str] = {}

    def fill(text: str) -> str:
        return _fill(_VERSION.sub(lambda m: versions[m.group(1)], text), values, rng, pod)

    return fill


def _library_slots(seed: int) -> list[tuple[LibraryTemplate, int]]:
    return [
        (t, k)
        for t in THROWN_IN_LIBRARIES
        for k in range(random.Random(f"{seed}/{_LIB}/count/{t.id}").randint(MIN_EVENTS, MAX_EVENTS))
    ]


def _library_events(seed: int, deploy: int, first: int) -> Iterator[dict[str, Any]]:
    """THROWN_IN_LIBRARIES' events, in their own shuffled order, numbered from ``first``."""
    deploys = {
        s: _deploy(seed, deploy, s) for s in sorted({t.service for t in THROWN_IN_LIBRARIES})
    }
    envs = {s: _library_env(seed, deploy, s, d) for s, d in deploys.items()}
    slots = _library_slots(seed)
    yield from _stacked_events(seed, _LIB, slots, deploys, envs, _LIBRARY_STACKS, first)


def _stacked_events(
    seed: int,
    tag: str,
    slots: list[Any],
    deploys: dict[str, _Deploy],
    envs: dict[str, Any],
    stacks: dict[str, Callable[..., str]],
    first: int,
) -> Iterator[dict[str, Any]]:
    """The events of templates that list whole stacks (``paths``), one drawn per event, in
    the order ``tag``'s own shuffle gives ``slots``, numbered from ``first``."""
    random.Random(f"{seed}/{tag}/order").shuffle(slots)
    for n, (t, k) in enumerate(slots, start=first):
        rng = random.Random(f"{seed}/{tag}/event/{t.id}/{k}")
        env = envs[t.service]
        d = deploys[t.service]
        pod_index = rng.randrange(len(d.pods))
        path = t.paths[rng.randrange(len(t.paths))]
        fill = _event_filler(rng, d.pods[pod_index], env.versions)
        message = fill(t.message)
        error = {"kind": t.kind, "message": message, "stack": stacks[t.lang](t, path, env, fill)}
        yield _record(seed, n, rng, d, pod_index, t, message.split("\n", 1)[0], error)


# ---------------------------------------------------------------------------- installed as packages
# Services whose own code is installed the way their dependencies are: a wheel pip-installed
# into the virtualenv (or Debian's dist-packages) next to Django's and requests', a Go binary
# built by `go install module@version` from the module cache (or with -trimpath), internal npm
# packages in node_modules (npm, pnpm, or the whole service installed globally), a domain gem
# in the bundle next to Rails (released to a gem server, or from git). Where a file lives says
# nothing of whose it is. They live apart from the above, in services of their own, and every
# random value they need comes from generators keyed by _PKG, so the events above stay as they
# were.

_PKG = "installed-as-packages"


@dataclass(frozen=True)
class InstalledTemplate:
    """One true group in a service whose own code is installed as a package.

    ``paths`` are whole stacks, one per way the bug's events run (through another entry
    point, or another number of a library's retries), each in its language's print order:
    Python's outermost first (``"!!<exception line>!!cause"`` or ``context`` ends a chained
    traceback printed before the last), the others' innermost first. Every frame names the
    package its file is in, the service's own (``_Installation.own``) or a third party's; a
    Go path's ``"^..."`` lines are its header (``{message}`` the event's message), and a Go
    path without one is a logger's stacktrace (zap's: no arguments, no pc offsets)."""

    id: str
    service: str
    lang: str
    kind: str
    message: str
    paths: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class _Installation:
    """How one service is installed. ``own`` are its own packages (Python import packages, its
    Go module, npm packages, gems; ``app`` a source tree beside them) and their versions at the
    first release: every deploy releases each anew. ``versions`` is the lockfile of its
    libraries and runtime: the versions a deploy draws from. ``roots`` are where packages are
    installed; ``style`` the layout (Go's "trimpath", npm's "pnpm" or "global", Ruby's label
    quote); ``peers`` pnpm's peer dependencies in a package's store name; ``git`` the gems
    Bundler checked out from git."""

    lang: str
    own: dict[str, str]
    versions: dict[str, tuple[str, ...]]
    roots: dict[str, str]
    style: str = ""
    peers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    git: tuple[str, ...] = ()


_INSTALLATIONS: dict[str, _Installation] = {
    # Django + DRF under gunicorn, Celery workers; the service's wheel in the image's venv
    "claims-api": _Installation(
        "python",
        {"claimsapi": "4.18.0"},
        {
            "python": ("3.12",),
            "django": ("5.0.7", "5.0.8", "5.0.9"),
            "rest_framework": ("3.15.2",),
            "celery": ("5.4.0",),
            "requests": ("2.32.3",),
            "urllib3": ("2.2.2", "2.2.3"),
            "psycopg": ("3.1.19", "3.2.1"),
        },
        {"*": "/opt/venv/lib/python{python}/site-packages", "py": "/usr/local/lib/python{python}"},
    ),
    # FastAPI under uvicorn: `pip install .` into the official image's own Python
    "quotes-api": _Installation(
        "python",
        {"quoteengine": "1.9.4"},
        {
            "python": ("3.12",),
            "uvicorn": ("0.30.1", "0.30.6"),
            "fastapi": ("0.111.1", "0.112.2"),
            "starlette": ("0.37.2", "0.38.2"),
            "sqlalchemy": ("2.0.31", "2.0.32"),
        },
        {"*": "/usr/local/lib/python{python}/site-packages", "py": "/usr/local/lib/python{python}"},
    ),
    # a worker on Debian 12: its wheel pip-installed into the system Python's dist-packages,
    # its libraries from apt (python3-jinja2), its console script in /usr/local/bin
    "statements-worker": _Installation(
        "python",
        {"statements": "2.3.0"},
        {"python": ("3.11",), "jinja2": ("3.1.2",)},
        {
            "statements": "/usr/local/lib/python{python}/dist-packages",
            "*": "/usr/lib/python3/dist-packages",
            "py": "/usr/lib/python{python}",
        },
    ),
    # `go install github.com/northwind/ledgerd/v2/cmd/ledgerd@v2.x.y` in golang's image: the
    # service's own frames are in the module cache, next to chi's and decimal's
    "ledgerd": _Installation(
        "go",
        {"github.com/northwind/ledgerd/v2": "2.7.1"},
        {
            "go": ("1.22.5", "1.22.6"),
            "github.com/go-chi/chi/v5": ("5.0.12", "5.1.0"),
            "github.com/shopspring/decimal": ("1.3.1", "1.4.0"),
        },
        {"mod": "/go/pkg/mod", "go": "/usr/local/go/src"},
    ),
    # `go install -trimpath github.com/orbital/telemetry-ingest/cmd/ingest@v1.x.y`: module
    # paths at their versions, the standard library by import path
    "telemetry-ingest": _Installation(
        "go",
        {"github.com/orbital/telemetry-ingest": "1.12.3"},
        {"go": ("1.22.6", "1.23.1"), "golang.org/x/sync": ("0.7.0", "0.8.0")},
        {},
        style="trimpath",
    ),
    # Express; its domain code in internal packages from the private registry, npm's flat
    # node_modules; the routes and workers in the app's own dist/
    "partner-api": _Installation(
        "node",
        {"app": "3.8.0", "@northwind/partner-core": "4.2.0"},
        {
            "node": ("20.15.1", "20.16.0", "20.17.0"),
            "decimal.js": ("10.4.3",),
            "zod": ("3.23.8",),
            "bullmq": ("5.8.3", "5.12.0"),
        },
        {"app": "/app/dist", "modules": "/app/node_modules"},
    ),
    # NestJS with pnpm: the internal client in the .pnpm store at its version, like axios
    "ops-bff": _Installation(
        "node",
        {"app": "2.21.0", "@orbital/ledger-client": "3.2.0"},
        {
            "node": ("20.15.1", "20.16.0"),
            "axios": ("1.7.2", "1.7.4", "1.7.7"),
            "@nestjs/core": ("10.3.10", "10.4.1"),
            "@nestjs/common": ("10.3.10", "10.4.1"),
            "reflect-metadata": ("0.2.2",),
            "rxjs": ("7.8.1",),
        },
        {"app": "/app/dist", "modules": "/app/node_modules"},
        style="pnpm",
        peers={"@nestjs/core": ("@nestjs/common", "reflect-metadata", "rxjs")},
    ),
    # the whole service an npm package, `npm install -g`: its dependencies nested under it
    "reminders": _Installation(
        "node",
        {"@acmeco/reminders": "1.14.0"},
        {"node": ("20.16.0", "20.17.0"), "date-fns": ("3.6.0",)},
        {"modules": "/usr/local/lib/node_modules"},
        style="global",
    ),
    # a thin Rails 7.1 app on Ruby 3.3; the domain code a gem from the private gem server
    "freight": _Installation(
        "ruby",
        {"app": "1.30.2", "northwind-freight": "2.4.1"},
        {
            "ruby": ("3.3.4", "3.3.5"),
            "rails": ("7.1.3.4", "7.1.4"),
            "faraday": ("2.9.2", "2.10.1"),
            "puma": ("6.4.2", "6.4.3"),
            "sidekiq": ("7.2.4", "7.3.0"),
        },
        {"app": "/rails", "gems": "/usr/local/bundle/gems", "ruby": "/usr/local/lib/ruby/3.3.0"},
        style="`",
    ),
    # a thin Rails 8 API on Ruby 3.4; the domain gem checked out by Bundler from git
    "rewards": _Installation(
        "ruby",
        {"app": "5.2.0", "rewards-core": "0.9.3"},
        {
            "ruby": ("3.4.1", "3.4.2"),
            "rails": ("8.0.0", "8.0.1"),
            "puma": ("6.4.3", "6.5.0"),
            "sidekiq": ("7.3.2", "7.3.5"),
        },
        {
            "app": "/rails",
            "gems": "/usr/local/bundle/gems",
            "git": "/usr/local/bundle/bundler/gems",
            "ruby": "/usr/local/lib/ruby/3.4.0",
        },
        style="'",
        git=("rewards-core",),
    ),
}


def _release(seed: int, deploy: int, service: str, package: str, first: str) -> str:
    """An own package's version at a deploy: each deploy is a release, a patch or a minor."""
    major, minor, patch = map(int, first.split("."))
    for n in range(1, deploy + 1):
        if random.Random(f"{seed}/{_PKG}/release/{service}/{package}/{n}").random() < 0.2:
            minor, patch = minor + 1, 0
        else:
            patch += 1
    return f"{major}.{minor}.{patch}"


@dataclass(frozen=True)
class _InstalledEnv:
    """What one service's stacks look like at one deploy."""

    seed: int
    service: str
    spec: _Installation
    versions: dict[str, str]  # libraries', the runtime's and the service's own packages'

    @property
    def release(self) -> str:
        return self.versions[next(iter(self.spec.own))]

    def root(self, path: str) -> str:
        return path.format(**self.versions)

    def line(self, package: str, file: str, line: int) -> int:
        """A frame's line: a library's moves only when its version does (if the release
        touched the file); the service's own files are edited by most releases."""
        version = self.versions[package]
        if package in self.spec.own:
            rng = random.Random(
                f"{self.seed}/{_PKG}/lines/{self.service}/{package}/{version}/{file}"
            )
            shift = rng.choice((0, rng.randint(-12, 40), rng.randint(-12, 40)))
            return max(line // 2 + 1, line + shift)
        rng = random.Random(f"{self.seed}/{_PKG}/lines/{self.spec.lang}/{package}/{version}/{file}")
        return max(1, line + rng.choice((0, 0, rng.randint(-6, 40))))


def _installed_env(seed: int, deploy: int, service: str) -> _InstalledEnv:
    spec = _INSTALLATIONS[service]
    versions = {
        lib: random.Random(f"{seed}/{_PKG}/deploy/{deploy}/{service}/{lib}").choice(choices)
        for lib, choices in spec.versions.items()
    }
    versions |= {p: _release(seed, deploy, service, p, v) for p, v in spec.own.items()}
    return _InstalledEnv(seed, service, spec, versions)


# Python --------------------------------------------------------------------------------


def _ip_frame(spec: str, env: _InstalledEnv) -> str:
    where, source = spec.split("|", 1)
    path, line, function = where.rsplit(":", 2)
    if path.startswith("/"):  # a file outside any package: a console script's wrapper
        text = f'  File "{path}", line {line}, in {function}'
    else:
        if path.startswith("py:"):
            package, root, path = "python", env.spec.roots["py"], path[3:]
        else:
            package = path.split("/", 1)[0]
            root = env.spec.roots.get(package, env.spec.roots["*"])
        number = env.line(package, path, int(line))
        text = f'  File "{env.root(root)}/{path}", line {number}, in {function}'
    return f"{text}\n    {source}" if source else text


def _ip_stack(
    t: InstalledTemplate, path: tuple[str, ...], env: _InstalledEnv, fill: _Filler
) -> str:
    lines = ["Traceback (most recent call last):"]
    for spec in path:
        if spec.startswith("!!"):  # a chained exception printed before the last one
            _, exception, chain = spec.split("!!")
            lines += [fill(exception), "", _PY_CHAINS[chain], ""]
            lines.append("Traceback (most recent call last):")
        else:
            lines.append(_ip_frame(spec, env))
    message = fill(t.message)
    lines.append(f"{t.kind}: {message}" if message else t.kind)
    return "\n".join(lines)


# Go ------------------------------------------------------------------------------------


def _ig_stack(
    t: InstalledTemplate, path: tuple[str, ...], env: _InstalledEnv, fill: _Filler
) -> str:
    message = fill(t.message)
    trimpath = env.spec.style == "trimpath"
    traceback = any(spec.startswith("^") for spec in path)  # else a logger's stacktrace
    lines = []
    for spec in path:
        if spec.startswith("^"):
            lines.append(message.join(fill(part) for part in spec[1:].split("{message}")))
            continue
        function, where = spec.rsplit("|", 1)
        module, file, line = where.split(":")
        if module == "go":
            package, base = "go", ("" if trimpath else env.spec.roots["go"] + "/")
        else:
            package = next(iter(env.spec.own)) if module == "own" else module
            at = f"{package}@v{env.versions[package]}"
            base = f"{at}/" if trimpath else f"{env.spec.roots['mod']}/{_go_module_path(at)}/"
        where = f"\t{base}{file}:{env.line(package, file, int(line))}"
        if traceback and not function.endswith("(...)"):  # an inlined call has no pc
            pc = zlib.crc32(f"{function}/{env.versions[package]}".encode())
            where += f" +0x{0x1D + pc % 0x5E0:x}"
        lines += [function, where]
    return "\n".join(lines)


def _zap(frames: tuple[str, ...]) -> tuple[str, ...]:
    """Goroutine frames as zap's stacktrace prints them: no arguments, no creator."""
    return tuple(
        f"{function[: function.rindex('(')]}|{where}"
        for function, where in (spec.rsplit("|", 1) for spec in frames)
        if not function.startswith("created by ")
    )


# Node ----------------------------------------------------------------------------------

_IN_LOCATION = re.compile(
    r"(?P<package>(?:@[^/]+/)?[^/]+)/(?P<file>.+):(?P<line>\d+):(?P<column>\d+)$"
)


def _in_path(package: str, file: str, env: _InstalledEnv) -> str:
    spec = env.spec
    if package == "app":
        return f"{spec.roots['app']}/{file}"
    modules = spec.roots["modules"]
    if spec.style == "pnpm":  # the store's folder: the package at its version, then its peers
        store = "_".join(
            f"{p.replace('/', '+')}@{env.versions[p]}"
            for p in (package, *spec.peers.get(package, ()))
        )
        return f"{modules}/.pnpm/{store}/node_modules/{package}/{file}"
    if spec.style == "global" and package not in spec.own:  # nested under the service
        return f"{modules}/{next(iter(spec.own))}/node_modules/{package}/{file}"
    return f"{modules}/{package}/{file}"


def _in_frame(spec: str, env: _InstalledEnv, fill: _Filler) -> str:
    function, location = spec.split("|")
    if location.startswith("node:"):
        where, line, column = location.rsplit(":", 2)
        location = f"{where}:{env.line('node', where, int(line))}:{column}"
    elif match := _IN_LOCATION.match(location):
        package, file = match["package"], match["file"]
        line = env.line(package, file, int(match["line"]))
        location = f"{_in_path(package, file, env)}:{line}:{match['column']}"
    else:  # a builtin's "<anonymous>", Promise.all's "index 3"
        return f"    at {function} ({fill(location)})"
    if not function:
        return f"    at {location}"
    if function == "async":
        return f"    at async {location}"
    return f"    at {function} ({location})"


def _in_stack(
    t: InstalledTemplate, path: tuple[str, ...], env: _InstalledEnv, fill: _Filler
) -> str:
    message = fill(t.message)
    lines = [f"{t.kind}: {message}" if message else t.kind]
    lines += [_in_frame(spec, env, fill) for spec in path]
    return "\n".join(lines)


# Ruby ----------------------------------------------------------------------------------


def _ir_frame(spec: str, env: _InstalledEnv) -> str:
    gem, file, line, label = spec.split(":", 3)
    roots = env.spec.roots
    if gem in ("app", "ruby"):
        package, path = gem, f"{roots[gem]}/{file}"
    elif gem in env.spec.git:  # Bundler's checkout: the gem at a revision of its repository
        package = gem
        revision = _hex(random.Random(f"{env.seed}/{_PKG}/git/{gem}/{env.versions[gem]}"), 12)
        path = f"{roots['git']}/{gem}-{revision}/{file}"
    else:
        package = _RUBY_GEMS.get(gem, gem)
        path = f"{roots['gems']}/{gem}-{env.versions[package]}/{file}"
    quoted = f"'{label}'" if env.spec.style == "'" else f"`{label}'"
    return f"{path}:{env.line(package, file, int(line))}:in {quoted}"


def _ir_stack(
    t: InstalledTemplate, path: tuple[str, ...], env: _InstalledEnv, fill: _Filler
) -> str:
    return "\n".join(_ir_frame(spec, env) for spec in path)


_INSTALLED_STACKS: dict[
    str, Callable[[InstalledTemplate, tuple[str, ...], _InstalledEnv, _Filler], str]
] = {"python": _ip_stack, "go": _ig_stack, "node": _in_stack, "ruby": _ir_stack}


def _it(
    id: str, service: str, kind: str, message: str, paths: tuple[tuple[str, ...], ...]
) -> InstalledTemplate:
    return InstalledTemplate(id, service, _INSTALLATIONS[service].lang, kind, message, paths)


# --- Python (traceback order: outermost first) -----------------------------------------

# requests' POST refused: the socket's error, urllib3's, then MaxRetryError after urllib3
# called urlopen again once per retry (Retry(total=3, connect=2): two retries, or three when
# the pool's kept-alive connection had gone stale first), then requests' own
_URLLIB3_REFUSED = (
    "urllib3/connection.py:198:_new_conn|sock = connection.create_connection(",
    "urllib3/util/connection.py:85:create_connection|raise err",
    "urllib3/util/connection.py:73:create_connection|sock.connect(sa)",
    "!!ConnectionRefusedError: [Errno 111] Connection refused!!cause",
    "urllib3/connectionpool.py:789:urlopen|response = self._make_request(",
    "urllib3/connectionpool.py:490:_make_request|raise new_e",
    "urllib3/connectionpool.py:466:_make_request|self._validate_conn(conn)",
    "urllib3/connectionpool.py:1095:_validate_conn|conn.connect()",
    "urllib3/connection.py:615:connect|self.sock = sock = self._new_conn()",
    "urllib3/connection.py:213:_new_conn|raise NewConnectionError(",
    "!!urllib3.exceptions.NewConnectionError: <urllib3.connection.HTTPSConnection object at"
    " {hexaddr}>: Failed to establish a new connection: [Errno 111] Connection refused!!cause",
)
_FRAUD_REFUSED = (
    "HTTPSConnectionPool(host='fraud-score.{ns}.svc.cluster.local', port=443): Max retries"
    " exceeded with url: /v2/score (Caused by NewConnectionError('<urllib3.connection"
    ".HTTPSConnection object at {hexaddr}>: Failed to establish a new connection: [Errno 111]"
    " Connection refused'))"
)


def _urllib3_retries(retries: int) -> tuple[str, ...]:
    return (
        "requests/adapters.py:667:send|resp = conn.urlopen(",
        *["urllib3/connectionpool.py:873:urlopen|return self.urlopen("] * retries,
        "urllib3/connectionpool.py:843:urlopen|retries = retries.increment(",
        "urllib3/util/retry.py:519:increment|raise MaxRetryError(_pool, url, reason) from reason"
        "  # type: ignore[arg-type]",
        "!!urllib3.exceptions.MaxRetryError: " + _FRAUD_REFUSED + "!!context",
    )


_REQUESTS_POST = (
    'requests/sessions.py:637:post|return self.request("POST", url, data=data, json=json,'
    " **kwargs)",
    "requests/sessions.py:589:request|resp = self.send(prep, **send_kwargs)",
    "requests/sessions.py:703:send|r = adapter.send(request, **kwargs)",
    "requests/adapters.py:700:send|raise ConnectionError(e, request=request)",
)
_IP_FRAUD = _it(
    "ip-fraud-score-refused",
    "claims-api",
    "requests.exceptions.ConnectionError",
    _FRAUD_REFUSED,
    tuple(
        (
            *_URLLIB3_REFUSED,
            *_urllib3_retries(retries),
            *_DJANGO_VIEW,
            "claimsapi/claims/views.py:64:create|claim = submit_claim(request.user,"
            " serializer.validated_data)",
            "claimsapi/claims/services.py:118:submit_claim|claim.fraud_score = fraud.score(claim)",
            "claimsapi/fraud/client.py:47:score|response = self._session.post(",
            *_REQUESTS_POST,
        )
        for retries in (2, 3)
    ),
)
_IP_FRAUD_RESCORE = _it(
    "ip-fraud-score-refused~rescore",
    "claims-api",
    "requests.exceptions.ConnectionError",
    _FRAUD_REFUSED,
    tuple(
        (
            *_URLLIB3_REFUSED,
            *_urllib3_retries(retries),
            *_CELERY_TASK,
            "claimsapi/fraud/tasks.py:31:rescore_open_claims|rescore_batch(batch)",
            "claimsapi/fraud/batch.py:58:rescore_batch|response = session.post(SCORE_URL,"
            ' json={"claims": payload}, timeout=10)',
            *_REQUESTS_POST,
        )
        for retries in (2, 3)
    ),
)
_CLAIM_REF_TAKEN = (
    'duplicate key value violates unique constraint "claims_claim_external_ref_key"\nDETAIL: '
    " Key (external_ref)=({uuid}) already exists."
)
_IP_CLAIM_REF = _it(
    "ip-claim-external-ref",
    "claims-api",
    "django.db.utils.IntegrityError",
    _CLAIM_REF_TAKEN,
    (
        (
            "django/db/backends/utils.py:105:_execute|return self.cursor.execute(sql, params)",
            "psycopg/cursor.py:732:execute|raise ex.with_traceback(None)",
            "!!psycopg.errors.UniqueViolation: " + _CLAIM_REF_TAKEN + "!!cause",
            *_CELERY_TASK,
            "claimsapi/intake/tasks.py:44:import_partner_claims|imported = importer.run(rows)",
            "claimsapi/intake/importer.py:73:run|self.import_row(row)",
            "claimsapi/intake/importer.py:131:import_row|Claim.objects.create(",
            "django/db/models/manager.py:87:manager_method|return getattr(self.get_queryset(),"
            " name)(*args, **kwargs)",
            "django/db/models/query.py:679:create|obj.save(force_insert=True, using=self.db)",
            "django/db/models/base.py:822:save|self.save_base(",
            "django/db/models/base.py:909:save_base|updated = self._save_table(",
            "django/db/models/base.py:1067:_save_table|results = self._do_insert(",
            "django/db/models/base.py:1108:_do_insert|return manager._insert(",
            "django/db/models/manager.py:87:manager_method|return getattr(self.get_queryset(),"
            " name)(*args, **kwargs)",
            "django/db/models/query.py:1847:_insert|return"
            " query.get_compiler(using=using).execute_sql(returning_fields)",
            "django/db/models/sql/compiler.py:1823:execute_sql|cursor.execute(sql, params)",
            "django/db/backends/utils.py:79:execute|return self._execute_with_wrappers(",
            "django/db/backends/utils.py:92:_execute_with_wrappers|return executor(sql, params,"
            " many, context)",
            "django/db/backends/utils.py:100:_execute|with self.db.wrap_database_errors:",
            "django/db/utils.py:91:__exit__|raise dj_exc_value.with_traceback(traceback) from"
            " exc_value",
            "django/db/backends/utils.py:105:_execute|return self.cursor.execute(sql, params)",
            "psycopg/cursor.py:732:execute|raise ex.with_traceback(None)",
        ),
    ),
)
_STRPTIME = (
    "py:_strptime.py:554:_strptime_datetime|tt, fraction, gmtoff_fraction ="
    " _strptime(data_string, format)",
    'py:_strptime.py:333:_strptime|raise ValueError("time data %r does not match format %r" %',
)
# one bug: the policy sync, from the API's refresh action or from the nightly Celery task
_IP_POLICY_DATE = _it(
    "ip-policy-effective-date",
    "claims-api",
    "ValueError",
    "time data '{bad_date}' does not match format '%Y-%m-%d'",
    tuple(
        (
            *tail,
            entry,
            "claimsapi/policies/sync.py:57:sync_policy|policy = parse_policy(payload)",
            "claimsapi/policies/mapping.py:29:parse_policy|effective_from=datetime.strptime("
            'raw["effective_from"], "%Y-%m-%d").date(),',
            *_STRPTIME,
        )
        for tail, entry in (
            (_DJANGO_VIEW, "claimsapi/policies/views.py:41:refresh|policy = sync_policy(number)"),
            (
                _CELERY_TASK,
                "claimsapi/policies/tasks.py:22:sync_renewed_policies|sync_policy(number)",
            ),
        )
    ),
)
_IP_POLICY_DATE_INCIDENT = _it(
    "ip-policy-effective-date~incident",
    "claims-api",
    "ValueError",
    "time data '{bad_date}' does not match format '%Y-%m-%d'",
    (
        (
            *_DJANGO_VIEW,
            "claimsapi/claims/views.py:64:create|claim = submit_claim(request.user,"
            " serializer.validated_data)",
            "claimsapi/claims/services.py:97:submit_claim|incident ="
            ' parse_incident(data["incident"])',
            "claimsapi/claims/incidents.py:18:parse_incident|occurred_on=datetime.strptime("
            'raw["occurred_on"], "%Y-%m-%d").date(),',
            *_STRPTIME,
        ),
    ),
)
_IP_TARIFF = _it(
    "ip-tariff-missing",
    "quotes-api",
    "sqlalchemy.exc.NoResultFound",
    "No row was found when one was required",
    (
        (
            *_FASTAPI_ASYNC,
            "quoteengine/api/quotes.py:52:create_quote|quote = await pricing.quote(session, body)",
            "quoteengine/pricing/service.py:88:quote|tariff = await tariffs.get_tariff(session,"
            " body.lane, body.service_level)",
            "quoteengine/pricing/tariffs.py:34:get_tariff|return result.scalar_one()",
            "sqlalchemy/engine/result.py:1462:scalar_one|return self._only_one_row(",
            "sqlalchemy/engine/result.py:752:_only_one_row|raise exc.NoResultFound(",
        ),
    ),
)
# Jinja rewrites the traceback: the template's own line, in the service's package, sits
# between Jinja's frames
_JINJA_RENDER = (
    "jinja2/environment.py:1301:render|self.environment.handle_exception()",
    "jinja2/environment.py:936:handle_exception|raise rewrite_traceback_stack(source=source)",
)
_JINJA_GETATTR = "jinja2/environment.py:485:getattr|return getattr(obj, attribute)"
_STATEMENTS_WORKER = (
    "/usr/local/bin/statements-worker:8:<module>|sys.exit(main())",
    "statements/cli.py:40:main|worker.run()",
    "statements/worker.py:77:run|self.handle(job)",
)
_IP_IBAN = _it(
    "ip-statement-payout-iban",
    "statements-worker",
    "jinja2.exceptions.UndefinedError",
    "'dict object' has no attribute 'payout'",
    (
        (
            *_STATEMENTS_WORKER,
            "statements/worker.py:95:handle|document = build_statement(job.account_id, job.period)",
            "statements/build.py:61:build_statement|html = render_statement(account, lines,"
            " period)",
            "statements/render.py:33:render_statement|return STATEMENT.render(account=account,"
            " lines=lines, period=period)",
            *_JINJA_RENDER,
            "statements/templates/statement.html:14:top-level template code|<td>{{"
            " account.payout.iban }}</td>",
            _JINJA_GETATTR,
        ),
    ),
)
_IP_IBAN_REMINDER = _it(
    "ip-statement-payout-iban~reminder",
    "statements-worker",
    "jinja2.exceptions.UndefinedError",
    "'dict object' has no attribute 'payout'",
    (
        (
            *_STATEMENTS_WORKER,
            "statements/worker.py:99:handle|send_reminder(job.account_id)",
            "statements/reminders.py:27:send_reminder|body = render_reminder(account, overdue)",
            "statements/render.py:48:render_reminder|return REMINDER.render(account=account,"
            " overdue=overdue)",
            *_JINJA_RENDER,
            "statements/templates/reminder.html:9:top-level template code|Please transfer the"
            " amount to {{ account.payout.iban }} by {{ due }}.",
            _JINJA_GETATTR,
        ),
    ),
)

# --- Go (innermost first) --------------------------------------------------------------

_LEDGERD = "github.com/northwind/ledgerd/v2"
_TELEMETRY = "github.com/orbital/telemetry-ingest"
_GO_CRASH = ("^panic: {message}", "^", "^goroutine {goroutine} [running]:")
_GO_HTTP_PANIC = (  # net/http recovers a handler's panic and logs its goroutine
    "^http: panic serving {ip}:{eport}: {message}",
    "^goroutine {goroutine} [running]:",
    "net/http.(*conn).serve.func1()|go:net/http/server.go:1898",
    "panic({0x9c3b40?, 0xb1e5f0?})|go:runtime/panic.go:770",
)
_CHI = (
    "net/http.HandlerFunc.ServeHTTP(0xc0001b8f40?, {0xb3c2a8?, 0xc0004e6380?}, 0x0?)"
    "|go:net/http/server.go:2166",
    "github.com/go-chi/chi/v5.(*Mux).routeHTTP(0xc0001b6060, {0xb3c2a8, 0xc0004e6380},"
    " 0xc000512a00)|github.com/go-chi/chi/v5:mux.go:459",
    "net/http.HandlerFunc.ServeHTTP(0xb3f6e0?, {0xb3c2a8?, 0xc0004e6380?}, 0xc0004b2070?)"
    "|go:net/http/server.go:2166",
    "github.com/go-chi/chi/v5/middleware.RequestID.func1({0xb3c2a8, 0xc0004e6380},"
    " 0xc000512900)|github.com/go-chi/chi/v5:middleware/request_id.go:76",
    "net/http.HandlerFunc.ServeHTTP(0xc0004a8f00?, {0xb3c2a8?, 0xc0004e6380?}, 0xc0004a8ee8?)"
    "|go:net/http/server.go:2166",
    "github.com/go-chi/chi/v5.(*Mux).ServeHTTP(0xc0001b6060, {0xb3c2a8, 0xc0004e6380},"
    " 0xc000512800)|github.com/go-chi/chi/v5:mux.go:90",
    "net/http.serverHandler.ServeHTTP({0xc0004b2000?}, {0xb3c2a8?, 0xc0004e6380?}, 0x6?)"
    "|go:net/http/server.go:3137",
    "net/http.(*conn).serve(0xc0004d6000, {0xb3d2b8, 0xc0004a4150})|go:net/http/server.go:2039",
    "created by net/http.(*Server).Serve in goroutine 1|go:net/http/server.go:3285",
)
_LEDGERD_POST = (
    _LEDGERD + "/internal/api.(*Handler).PostEntries(0xc0001a2000, {0xb3c2a8, 0xc0004e6380},"
    " 0xc000512a00)|own:internal/api/entries.go:71",
    *_CHI,
)
_IG_NIL_MAP = _it(
    "ig-batch-nil-map",
    "ledgerd",
    "panic",
    "assignment to entry in nil map",
    (
        (
            *_GO_HTTP_PANIC,
            _LEDGERD + "/internal/posting.(*Batch).Add(...)|own:internal/posting/batch.go:57",
            _LEDGERD + "/internal/posting.(*Service).Post(0xc000182a50, {0xb3c2a8, 0xc0004e6380},"
            " {0xc00051c000, 0x3, 0x4})|own:internal/posting/service.go:112",
            *_LEDGERD_POST,
        ),
    ),
)
_IG_NIL_MAP_REVERSAL = _it(
    "ig-batch-nil-map~reversal",
    "ledgerd",
    "panic",
    "assignment to entry in nil map",
    (
        (
            *_GO_HTTP_PANIC,
            _LEDGERD
            + "/internal/posting.(*Reversal).index(...)|own:internal/posting/reversal.go:33",
            _LEDGERD + "/internal/posting.(*Service).Reverse(0xc000182a50, {0xb3c2a8,"
            " 0xc0004e6380}, {0xc0003e2a80, 0x24})|own:internal/posting/service.go:164",
            _LEDGERD + "/internal/api.(*Handler).ReverseEntry(0xc0001a2000, {0xb3c2a8,"
            " 0xc0004e6380}, 0xc000512a00)|own:internal/api/entries.go:118",
            *_CHI,
        ),
    ),
)
_DECIMAL_DIV = (
    "github.com/shopspring/decimal.Decimal.QuoRem({0xc0004f2a40, 0xfffffffe}, {0x0, 0x0}, 0x10)"
    "|github.com/shopspring/decimal:decimal.go:600",
    "github.com/shopspring/decimal.Decimal.DivRound({0xc0004f2a40?, 0xfffffffe?}, {0x0?, 0x0?},"
    " 0x10)|github.com/shopspring/decimal:decimal.go:662",
    "github.com/shopspring/decimal.Decimal.Div(...)|github.com/shopspring/decimal:decimal.go:584",
)
_FX_CONVERT = (
    _LEDGERD + "/internal/fx.(*Table).Convert(0xc0001c4e10, {0xc0004f2a40, 0xfffffffe},"
    " {0xc00041c6f0, 0x3}, {0xc00041c6f3, 0x3})|own:internal/fx/table.go:88",
    _LEDGERD + "/internal/posting.(*Service).convertLines(0xc000182a50, {0xc00051c000, 0x3,"
    " 0x4}, {0xc00041c6f0, 0x3})|own:internal/posting/convert.go:41",
)
# one bug: converting with a zero rate, from a posting request (net/http recovers it) or from
# the revaluation worker's goroutine (the process crashes)
_IG_FX_ZERO = _it(
    "ig-fx-division-by-zero",
    "ledgerd",
    "panic",
    "decimal division by 0",
    (
        (
            *_GO_HTTP_PANIC,
            *_DECIMAL_DIV,
            *_FX_CONVERT,
            _LEDGERD + "/internal/posting.(*Service).Post(0xc000182a50, {0xb3c2a8, 0xc0004e6380},"
            " {0xc00051c000, 0x3, 0x4})|own:internal/posting/service.go:97",
            *_LEDGERD_POST,
        ),
        (
            *_GO_CRASH,
            *_DECIMAL_DIV,
            *_FX_CONVERT,
            _LEDGERD + "/internal/posting.(*Service).Revalue(0xc000182a50, {0xb3c2e0,"
            " 0xc0001b4000}, {0xc00041c6f0, 0x3})|own:internal/posting/revalue.go:52",
            _LEDGERD + "/internal/revalue.(*Worker).runOnce(0xc0001d2000, {0xb3c2e0,"
            " 0xc0001b4000})|own:internal/revalue/worker.go:63",
            _LEDGERD + "/internal/revalue.(*Worker).Run(0xc0001d2000, {0xb3c2e0, 0xc0001b4000})"
            "|own:internal/revalue/worker.go:40",
            "created by main.run in goroutine 1|own:cmd/ledgerd/main.go:88",
        ),
    ),
)
_IG_FX_ZERO_FEES = _it(
    "ig-fx-division-by-zero~fees",
    "ledgerd",
    "panic",
    "decimal division by 0",
    (
        (
            *_GO_HTTP_PANIC,
            *_DECIMAL_DIV,
            _LEDGERD + "/internal/fees.(*Schedule).Apportion(0xc0002d4000, {0xc0004f2a40,"
            " 0xfffffffe}, {0xc0003e0000, 0x0, 0x0})|own:internal/fees/schedule.go:129",
            _LEDGERD + "/internal/posting.(*Service).applyFees(0xc000182a50, {0xc00051c000, 0x3,"
            " 0x4})|own:internal/posting/fees.go:25",
            _LEDGERD + "/internal/posting.(*Service).Post(0xc000182a50, {0xb3c2a8, 0xc0004e6380},"
            " {0xc00051c000, 0x3, 0x4})|own:internal/posting/service.go:104",
            *_LEDGERD_POST,
        ),
    ),
)
# pgx's error, logged by the handlers' error helper with zap's stacktrace
_ENTRY_KEY_TAKEN = (
    'ERROR: duplicate key value violates unique constraint "journal_entries_idempotency_key_key"'
    " (SQLSTATE 23505)"
)
_IG_ENTRY_KEY = _it(
    "ig-entry-idempotency-key",
    "ledgerd",
    "*pgconn.PgError",
    _ENTRY_KEY_TAKEN,
    (
        _zap(
            (
                _LEDGERD + "/internal/api.(*Handler).fail()|own:internal/api/errors.go:31",
                _LEDGERD + "/internal/api.(*Handler).PostEntries()|own:internal/api/entries.go:74",
                *_CHI,
            )
        ),
    ),
)
_IG_ENTRY_KEY_IMPORT = _it(
    "ig-entry-idempotency-key~import",
    "ledgerd",
    "*pgconn.PgError",
    _ENTRY_KEY_TAKEN,
    (
        _zap(
            (
                _LEDGERD + "/internal/api.(*Handler).fail()|own:internal/api/errors.go:31",
                _LEDGERD + "/internal/api.(*Handler).ImportJournal()|own:internal/api/import.go:58",
                *_CHI,
            )
        ),
    ),
)
_ERRGROUP = (
    "golang.org/x/sync/errgroup.(*Group).Go.func1()|golang.org/x/sync:errgroup/errgroup.go:78",
    "created by golang.org/x/sync/errgroup.(*Group).Go in goroutine 1"
    "|golang.org/x/sync:errgroup/errgroup.go:75",
)
_CONSUME_LOOP = (
    _TELEMETRY + "/internal/consume.(*Loop).Run(0xc0001c8000, {0x9e6f28, 0xc0001b0050})"
    "|own:internal/consume/loop.go:84",
    "main.run.func2()|own:cmd/ingest/main.go:97",
    *_ERRGROUP,
)
_TIME_IN = "time.Time.In(...)|go:time/time.go:1146"
_IG_LOCATION = _it(
    "ig-rollup-missing-location",
    "telemetry-ingest",
    "panic",
    "time: missing Location in call to Time.In",
    (
        (
            *_GO_CRASH,
            _TIME_IN,
            _TELEMETRY + "/internal/rollup.bucketStart(...)|own:internal/rollup/bucket.go:41",
            _TELEMETRY + "/internal/rollup.(*Aggregator).Add(0xc0001e2000, {0xc0003a4000, 0x24},"
            " {0xc0004b8000, 0x1c, 0x1c})|own:internal/rollup/aggregator.go:73",
            _TELEMETRY + "/internal/consume.(*Loop).handle(0xc0001c8000, {0x9e6f28,"
            " 0xc0001b0050}, 0xc0004c2000)|own:internal/consume/loop.go:118",
            *_CONSUME_LOOP,
        ),
    ),
)
_IG_LOCATION_EXPORT = _it(
    "ig-rollup-missing-location~export",
    "telemetry-ingest",
    "panic",
    "time: missing Location in call to Time.In",
    (
        (
            *_GO_CRASH,
            _TIME_IN,
            _TELEMETRY + "/internal/export.(*Writer).partitionFor(...)"
            "|own:internal/export/writer.go:142",
            _TELEMETRY + "/internal/export.(*Writer).Flush(0xc0002a0000, {0x9e6f28, 0xc0001b0050})"
            "|own:internal/export/writer.go:97",
            _TELEMETRY + "/internal/export.(*Writer).Run(0xc0002a0000, {0x9e6f28, 0xc0001b0050})"
            "|own:internal/export/writer.go:61",
            "main.run.func3()|own:cmd/ingest/main.go:104",
            *_ERRGROUP,
        ),
    ),
)
_IG_SHORT_HEADER = _it(
    "ig-frame-short-header",
    "telemetry-ingest",
    "panic",
    "runtime error: index out of range [3] with length 2",
    (
        (
            *_GO_CRASH,
            "encoding/binary.bigEndian.Uint32(...)|go:encoding/binary/binary.go:179",
            _TELEMETRY + "/internal/decode.readHeader({0xc0004b8000, 0x2, 0x2})"
            "|own:internal/decode/header.go:29",
            _TELEMETRY + "/internal/decode.(*Decoder).Next(0xc0002be0a0)"
            "|own:internal/decode/decoder.go:52",
            _TELEMETRY + "/internal/consume.(*Loop).handle(0xc0001c8000, {0x9e6f28,"
            " 0xc0001b0050}, 0xc0004c2000)|own:internal/consume/loop.go:109",
            *_CONSUME_LOOP,
        ),
    ),
)

# --- Node (innermost first) ------------------------------------------------------------

_DECIMAL_JS = (
    "parseOther|decimal.js/decimal.js:4105:13",
    "new Decimal|decimal.js/decimal.js:4320:20",
)
_COMMISSION_PREVIEW = (
    "toMoney|@northwind/partner-core/dist/money.js:12:12",
    "commissionFor|@northwind/partner-core/dist/commission/rules.js:48:27",
    "Array.map|<anonymous>",
    "CommissionService.preview|@northwind/partner-core/dist/commission/service.js:33:30",
)
# one bug: the commission preview, from the API's route or from the nightly settlement job
_IN_COMMISSION = _it(
    "in-commission-amount",
    "partner-api",
    "Error",
    "[DecimalError] Invalid argument: {amount_bad}",
    (
        (
            *_DECIMAL_JS,
            *_COMMISSION_PREVIEW,
            "async previewCommission|app/routes/commissions.js:27:23",
        ),
        (
            *_DECIMAL_JS,
            *_COMMISSION_PREVIEW,
            "async CommissionService.settle"
            "|@northwind/partner-core/dist/commission/service.js:71:23",
            "async settleCommissions|app/workers/settlement.js:19:9",
            *_BULLMQ,
        ),
    ),
)
_IN_COMMISSION_FEE = _it(
    "in-commission-amount~fee",
    "partner-api",
    "Error",
    "[DecimalError] Invalid argument: {amount_bad}",
    (
        (
            *_DECIMAL_JS,
            "feeFor|@northwind/partner-core/dist/fees/schedule.js:22:19",
            "Array.reduce|<anonymous>",
            "FeeService.quote|@northwind/partner-core/dist/fees/service.js:40:28",
            "async quoteFees|app/routes/fees.js:18:21",
        ),
    ),
)
_IN_PARTNER_VAT = _it(
    "in-partner-import-vat",
    "partner-api",
    "ZodError",
    '[\n  {\n    "code": "invalid_type",\n    "expected": "string",\n    "received": "undefined",'
    '\n    "path": [\n      "rows",\n      {n2},\n      "vatNumber"\n    ],\n    "message":'
    ' "Required"\n  }\n]',
    (
        (
            "get error [as error]|zod/lib/types.js:55:31",
            "ZodObject.parse|zod/lib/types.js:160:22",
            "parsePartnerFile|@northwind/partner-core/dist/partners/import.js:31:30",
            "PartnerImporter.importCsv|@northwind/partner-core/dist/partners/import.js:58:31",
            "async importPartners|app/routes/partners.js:44:20",
        ),
    ),
)
# axios 1.7 appends the stack of the request's caller to the socket's
_AXIOS_502 = (
    "settle|axios/dist/node/axios.cjs:1966:12",
    "IncomingMessage.handleStreamEnd|axios/dist/node/axios.cjs:3065:11",
    "IncomingMessage.emit|node:events:531:35",
    "endReadableNT|node:internal/streams/readable:1696:12",
    "process.processTicksAndRejections|node:internal/process/task_queues:82:21",
    "Axios.request|axios/dist/node/axios.cjs:4224:41",
    _TICKS,
)
_IN_LEDGER_502 = _it(
    "in-ledger-balances-502",
    "ops-bff",
    "AxiosError",
    "Request failed with status code 502",
    (
        (
            *_AXIOS_502,
            "async LedgerClient.getBalances|@orbital/ledger-client/dist/client.js:74:26",
            "async AccountsService.overview|app/accounts/accounts.service.js:31:26",
            "async AccountsController.overview|app/accounts/accounts.controller.js:22:16",
            *_NEST,
        ),
    ),
)
_IN_LEDGER_502_ENTRIES = _it(
    "in-ledger-balances-502~entries",
    "ops-bff",
    "AxiosError",
    "Request failed with status code 502",
    (
        (
            *_AXIOS_502,
            "async LedgerClient.listEntries|@orbital/ledger-client/dist/client.js:101:26",
            "async StatementsService.monthly|app/statements/statements.service.js:40:25",
            "async StatementsController.monthly|app/statements/statements.controller.js:19:16",
            *_NEST,
        ),
    ),
)
_IN_DUE_DATE = _it(
    "in-reminder-due-date",
    "reminders",
    "RangeError",
    "Invalid time value",
    (
        (
            "format|date-fns/format.js:358:11",
            "formatDueDate|@acmeco/reminders/dist/templates/helpers.js:14:37",
            "renderReminder|@acmeco/reminders/dist/templates/reminder.js:22:22",
            "buildMessage|@acmeco/reminders/dist/reminders/build.js:40:18",
            "async ReminderRun.sendOne|@acmeco/reminders/dist/reminders/run.js:57:21",
            "async Promise.allSettled|index {n2}",
            "async ReminderRun.tick|@acmeco/reminders/dist/reminders/run.js:31:25",
            "async Timeout._onTimeout|@acmeco/reminders/dist/scheduler.js:18:7",
        ),
    ),
)
_IN_DUE_DATE_DIGEST = _it(
    "in-reminder-due-date~digest",
    "reminders",
    "RangeError",
    "Invalid time value",
    (
        (
            "format|date-fns/format.js:358:11",
            "weekLabel|@acmeco/reminders/dist/digest/labels.js:9:10",
            "renderDigest|@acmeco/reminders/dist/digest/render.js:31:17",
            "async DigestRun.sendOne|@acmeco/reminders/dist/digest/run.js:44:19",
            "async Promise.allSettled|index {n2}",
            "async DigestRun.tick|@acmeco/reminders/dist/digest/run.js:23:25",
            "async Timeout._onTimeout|@acmeco/reminders/dist/scheduler.js:26:7",
        ),
    ),
)

# --- Ruby (innermost first) ------------------------------------------------------------

_RAILS71_CONTROLLER = (
    "actionpack:lib/action_controller/metal/basic_implicit_render.rb:6:send_action",
    "actionpack:lib/abstract_controller/base.rb:224:process_action",
    "actionpack:lib/action_controller/metal/rendering.rb:165:process_action",
    "actionpack:lib/abstract_controller/callbacks.rb:259:block in process_action",
    "activesupport:lib/active_support/callbacks.rb:121:block in run_callbacks",
    "activesupport:lib/active_support/callbacks.rb:141:run_callbacks",
    "actionpack:lib/abstract_controller/callbacks.rb:258:process_action",
    "actionpack:lib/action_controller/metal/rescue.rb:25:process_action",
    "actionpack:lib/action_controller/metal/instrumentation.rb:74:block in process_action",
    "activesupport:lib/active_support/notifications.rb:206:block in instrument",
    "activesupport:lib/active_support/notifications/instrumenter.rb:58:instrument",
    "activesupport:lib/active_support/notifications.rb:206:instrument",
    "actionpack:lib/action_controller/metal/instrumentation.rb:73:process_action",
    "actionpack:lib/action_controller/metal/params_wrapper.rb:261:process_action",
    "activerecord:lib/active_record/railties/controller_runtime.rb:32:process_action",
    "actionpack:lib/abstract_controller/base.rb:160:process",
    "actionpack:lib/action_controller/metal.rb:227:dispatch",
    "actionpack:lib/action_controller/metal.rb:309:dispatch",
    "actionpack:lib/action_dispatch/routing/route_set.rb:49:dispatch",
    "actionpack:lib/action_dispatch/routing/route_set.rb:32:serve",
    "actionpack:lib/action_dispatch/journey/router.rb:51:block in serve",
    "actionpack:lib/action_dispatch/journey/router.rb:131:block in find_routes",
    "actionpack:lib/action_dispatch/journey/router.rb:131:each",
    "actionpack:lib/action_dispatch/journey/router.rb:131:find_routes",
    "actionpack:lib/action_dispatch/journey/router.rb:32:serve",
    "actionpack:lib/action_dispatch/routing/route_set.rb:882:call",
    "puma:lib/puma/configuration.rb:272:call",
    "puma:lib/puma/request.rb:100:block in handle_request",
    "puma:lib/puma/thread_pool.rb:378:with_force_shutdown",
    "puma:lib/puma/request.rb:99:handle_request",
    "puma:lib/puma/server.rb:464:process_client",
    "puma:lib/puma/server.rb:245:block in run",
    "puma:lib/puma/thread_pool.rb:155:block in spawn_thread",
)
_RAILS71_JOB = (
    "activejob:lib/active_job/execution.rb:68:block in _perform_job",
    "activesupport:lib/active_support/callbacks.rb:121:block in run_callbacks",
    "activesupport:lib/active_support/callbacks.rb:141:run_callbacks",
    "activejob:lib/active_job/execution.rb:67:_perform_job",
    "activejob:lib/active_job/instrumentation.rb:32:_perform_job",
    "activejob:lib/active_job/execution.rb:51:perform_now",
    "activejob:lib/active_job/instrumentation.rb:26:block in perform_now",
    "activejob:lib/active_job/instrumentation.rb:40:block in instrument",
    "activesupport:lib/active_support/notifications.rb:206:block in instrument",
    "activesupport:lib/active_support/notifications/instrumenter.rb:58:instrument",
    "activesupport:lib/active_support/notifications.rb:206:instrument",
    "activejob:lib/active_job/instrumentation.rb:39:instrument",
    "activejob:lib/active_job/instrumentation.rb:26:perform_now",
    "activejob:lib/active_job/logging.rb:32:perform_now",
    "activejob:lib/active_job/execution.rb:29:block in execute",
    "activesupport:lib/active_support/callbacks.rb:121:block in run_callbacks",
    "activesupport:lib/active_support/callbacks.rb:141:run_callbacks",
    "activejob:lib/active_job/execution.rb:27:execute",
    "activejob:lib/active_job/queue_adapters/sidekiq_adapter.rb:72:perform",
    "sidekiq:lib/sidekiq/processor.rb:202:execute_job",
    "sidekiq:lib/sidekiq/processor.rb:170:block (4 levels) in process",
    "sidekiq:lib/sidekiq/middleware/chain.rb:180:traverse",
    "sidekiq:lib/sidekiq/processor.rb:86:run",
    "sidekiq:lib/sidekiq/component.rb:10:watchdog",
    "sidekiq:lib/sidekiq/component.rb:19:block in safe_thread",
)
_IR_CARRIER_422 = _it(
    "ir-carrier-booking-422",
    "freight",
    "Faraday::UnprocessableEntityError",
    "the server responded with status 422",
    (
        (
            "faraday:lib/faraday/response/raise_error.rb:30:on_complete",
            "faraday:lib/faraday/middleware.rb:18:block in call",
            "faraday:lib/faraday/response.rb:42:on_complete",
            "faraday:lib/faraday/middleware.rb:17:call",
            "faraday:lib/faraday/rack_builder.rb:152:build_response",
            "faraday:lib/faraday/connection.rb:444:run_request",
            "faraday:lib/faraday/connection.rb:280:post",
            "northwind-freight:lib/northwind/freight/carrier_client.rb:58:book",
            "northwind-freight:lib/northwind/freight/booking.rb:91:confirm!",
            "app:app/controllers/bookings_controller.rb:24:create",
            *_RAILS71_CONTROLLER,
        ),
    ),
)
_AR_CREATE = (
    "activerecord:lib/active_record/validations.rb:84:raise_validation_error",
    "activerecord:lib/active_record/validations.rb:55:save!",
    "activerecord:lib/active_record/transactions.rb:313:block in save!",
    "activerecord:lib/active_record/transactions.rb:365:block in with_transaction_returning_status",
    "activerecord:lib/active_record/connection_adapters/abstract/database_statements.rb:342"
    ":transaction",
    "activerecord:lib/active_record/transactions.rb:361:with_transaction_returning_status",
    "activerecord:lib/active_record/transactions.rb:313:save!",
    "activerecord:lib/active_record/suppressor.rb:56:save!",
    "activerecord:lib/active_record/persistence.rb:55:create!",
)
_IR_WEIGHT = _it(
    "ir-shipment-weight",
    "freight",
    "ActiveRecord::RecordInvalid",
    "Validation failed: Weight kg must be greater than 0",
    (
        (
            *_AR_CREATE,
            "northwind-freight:lib/northwind/freight/manifest_import.rb:47:import_line",
            "northwind-freight:lib/northwind/freight/manifest_import.rb:29:block in call",
            "northwind-freight:lib/northwind/freight/manifest_import.rb:28:each",
            "northwind-freight:lib/northwind/freight/manifest_import.rb:28:call",
            "app:app/jobs/manifest_import_job.rb:9:perform",
            *_RAILS71_JOB,
        ),
    ),
)
_IR_WEIGHT_PARCEL = _it(
    "ir-shipment-weight~parcel",
    "freight",
    "ActiveRecord::RecordInvalid",
    "Validation failed: Weight kg must be greater than 0",
    (
        (
            *_AR_CREATE,
            "northwind-freight:lib/northwind/freight/booking.rb:122:add_parcel",
            "app:app/controllers/parcels_controller.rb:12:create",
            *_RAILS71_CONTROLLER,
        ),
    ),
)
_VERIFY = (
    "activesupport:lib/active_support/messages/codec.rb:57"
    ":ActiveSupport::Messages::Codec#catch_and_raise",
    "activesupport:lib/active_support/message_verifier.rb:278"
    ":ActiveSupport::MessageVerifier#verify",
)
_IR_VOUCHER = _it(
    "ir-voucher-signature",
    "rewards",
    "ActiveSupport::MessageVerifier::InvalidSignature",
    "ActiveSupport::MessageVerifier::InvalidSignature",
    (
        (
            *_VERIFY,
            "rewards-core:lib/rewards/core/voucher_token.rb:24:Rewards::Core::VoucherToken.decode",
            "rewards-core:lib/rewards/core/redemption.rb:37:Rewards::Core::Redemption#call",
            "app:app/controllers/api/redemptions_controller.rb:11"
            ":Api::RedemptionsController#create",
            *_RAILS8_CONTROLLER,
        ),
    ),
)
_IR_VOUCHER_UNSUBSCRIBE = _it(
    "ir-voucher-signature~unsubscribe",
    "rewards",
    "ActiveSupport::MessageVerifier::InvalidSignature",
    "ActiveSupport::MessageVerifier::InvalidSignature",
    (
        (
            *_VERIFY,
            "rewards-core:lib/rewards/core/unsubscribe_link.rb:15"
            ":Rewards::Core::UnsubscribeLink.decode",
            "app:app/controllers/unsubscribes_controller.rb:8:UnsubscribesController#show",
            *_RAILS8_CONTROLLER,
        ),
    ),
)
_POINTS_CREDIT = (
    "rewards-core:lib/rewards/core/points_ledger.rb:64:Rewards::Core::PointsLedger#multiplier_for",
    "rewards-core:lib/rewards/core/points_ledger.rb:31:Rewards::Core::PointsLedger#credit",
)
# one bug: crediting a member without a tier, from the purchases API or the nightly import
_IR_NIL_TIER = _it(
    "ir-points-nil-tier",
    "rewards",
    "NoMethodError",
    "undefined method 'multiplier' for nil",
    (
        (
            *_POINTS_CREDIT,
            "app:app/controllers/api/purchases_controller.rb:14:Api::PurchasesController#create",
            *_RAILS8_CONTROLLER,
        ),
        (
            *_POINTS_CREDIT,
            "app:app/jobs/purchase_import_job.rb:11:block in PurchaseImportJob#perform",
            "app:app/jobs/purchase_import_job.rb:10:Array#each",
            "app:app/jobs/purchase_import_job.rb:10:PurchaseImportJob#perform",
            *_RAILS8_JOB,
        ),
    ),
)

INSTALLED_AS_PACKAGES: tuple[InstalledTemplate, ...] = (
    # base: one bug, one call site in the service's own code
    _IP_CLAIM_REF,
    _IP_TARIFF,
    _IP_IBAN,
    _IG_NIL_MAP,
    _IG_ENTRY_KEY,
    _IG_LOCATION,
    _IG_SHORT_HEADER,
    _IN_PARTNER_VAT,
    _IN_LEDGER_502,
    _IN_DUE_DATE,
    _IR_CARRIER_422,
    _IR_WEIGHT,
    _IR_VOUCHER,
    # one bug whose events take more than one path: another entry point, another retry count
    _IP_FRAUD,
    _IP_POLICY_DATE,
    _IG_FX_ZERO,
    _IN_COMMISSION,
    _IR_NIL_TIER,
    # near-misses: the same error from another call site of the same service's own code
    _IP_FRAUD_RESCORE,
    _IP_POLICY_DATE_INCIDENT,
    _IP_IBAN_REMINDER,
    _IG_NIL_MAP_REVERSAL,
    _IG_FX_ZERO_FEES,
    _IG_ENTRY_KEY_IMPORT,
    _IG_LOCATION_EXPORT,
    _IN_COMMISSION_FEE,
    _IN_LEDGER_502_ENTRIES,
    _IN_DUE_DATE_DIGEST,
    _IR_WEIGHT_PARCEL,
    _IR_VOUCHER_UNSUBSCRIBE,
)


def _installed_slots(seed: int) -> list[tuple[InstalledTemplate, int]]:
    counts = {
        t.id: random.Random(f"{seed}/{_PKG}/count/{t.id}").randint(MIN_EVENTS, MAX_EVENTS)
        for t in INSTALLED_AS_PACKAGES
    }
    return [(t, k) for t in INSTALLED_AS_PACKAGES for k in range(counts[t.id])]


def _installed_events(seed: int, deploy: int, first: int) -> Iterator[dict[str, Any]]:
    """INSTALLED_AS_PACKAGES' events, in their own shuffled order, numbered from ``first``."""
    services = sorted({t.service for t in INSTALLED_AS_PACKAGES})
    envs = {s: _installed_env(seed, deploy, s) for s in services}
    deploys = {s: replace(_deploy(seed, deploy, s), version=envs[s].release) for s in services}
    slots = _installed_slots(seed)
    yield from _stacked_events(seed, _PKG, slots, deploys, envs, _INSTALLED_STACKS, first)


# ---------------------------------------------------------------------------- events


def _record(
    seed: int,
    n: int,
    rng: random.Random,
    d: _Deploy,
    pod_index: int,
    t: Template | LibraryTemplate | InstalledTemplate,
    line: str,
    error: dict[str, Any] | None,
) -> dict[str, Any]:
    """Event ``n`` of the corpus as Datadog's logs search returns it, labeled with its
    template; ``rng`` (the event's own) draws its trace id, then its second."""
    attrs: dict[str, Any] = {"logger": {"name": f"{t.service}.{t.lang}"}}
    if error is not None:
        attrs["error"] = error
    attrs["dd"] = {"trace_id": str(rng.getrandbits(63)), "version": d.version}
    at = datetime(2026, 11, 1, tzinfo=UTC) + timedelta(seconds=n * 17 + rng.randint(0, 16))
    return {
        "id": f"AQAAAZ{seed:04d}{n:010d}",
        "type": "log",
        "group": t.id,
        "attributes": {
            "timestamp": at.isoformat().replace("+00:00", "Z"),
            "message": line,
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


def _count(seed: int, template: Template) -> int:
    return random.Random(f"{seed}/count/{template.id}").randint(MIN_EVENTS, MAX_EVENTS)


def generate(seed: int = SEED, deploy: int = 0) -> Iterator[dict[str, Any]]:
    """The corpus' events, each with its ``group`` label, in a fixed shuffled order.

    Per-event values depend on ``seed`` only; what a release changes also on ``deploy``.
    """
    deploys = {s: _deploy(seed, deploy, s) for s in sorted({t.service for t in TEMPLATES})}
    slots = [(t, k) for t in TEMPLATES for k in range(_count(seed, t))]
    random.Random(f"{seed}/order").shuffle(slots)
    for n, (t, k) in enumerate(slots):
        rng = random.Random(f"{seed}/event/{t.id}/{k}")
        d = deploys[t.service]
        pod_index = rng.randrange(len(d.pods))
        values: dict[str, str] = {}
        message = _fill(t.message, values, rng, d.pods[pod_index])
        error: dict[str, Any] | None = None
        if t.kind:
            error = {"kind": t.kind, "message": message}
            if t.frames:
                error["stack"] = _STACKS[t.lang](t, message, d)
        line = message.split("\n", 1)[0] if t.kind else message
        yield _record(seed, n, rng, d, pod_index, t, line, error)
    yield from _library_events(seed, deploy, len(slots))
    yield from _installed_events(seed, deploy, len(slots) + len(_library_slots(seed)))


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
    print(
        f"wrote {args.output} ({len(TEMPLATES)} templates,"
        f" {len(THROWN_IN_LIBRARIES)} thrown in libraries,"
        f" {len(INSTALLED_AS_PACKAGES)} installed as packages)"
    )


if __name__ == "__main__":
    main()
