"""GET /v1/account/export?format=json|ndjson|csv — everything we hold about the
authenticated customer, streamed (see `export/`). The small sections are read
first and metering's stream is opened before the response starts, so a failure
there is a clean 503; a failure mid-stream aborts the connection (the document
is then visibly incomplete, never silently short)."""

from __future__ import annotations

from datetime import UTC, datetime

from aiohttp import web

from gammainfra_common.kafka.cloudevents import rfc3339

from ..appkeys import EXPORTS, PRINCIPAL
from ..errors import ApiError, InvalidRequest, NotFound
from ..export.formats import WRITERS
from ..export.sources import UpstreamUnavailable, budgets_of, ndjson_batches

OBJECTING = ("You object to non-essential processing: your request metadata is left out of routing "
             "optimisation statistics; it is still used for billing and for service health (essential).")
NOT_OBJECTING = ("Your request metadata is used for billing, service health and routing optimisation "
                 "statistics; set processing_objection to opt out of the non-essential use.")


class ExportUnavailable(ApiError):
    status = 503
    type = "server_error"
    code = "export_unavailable"


async def export_account(request: web.Request) -> web.StreamResponse:
    fmt = request.query.get("format", "json")
    if fmt not in WRITERS:
        raise InvalidRequest(f"format must be one of {', '.join(WRITERS)}.", param="format")
    customer_id = request[PRINCIPAL].customer_id
    sections, apis = request.app[EXPORTS]
    account = await sections.account(customer_id)
    if account is None:
        raise NotFound("This account no longer exists.")
    keys = await sections.api_keys(customer_id)
    byok = await sections.byok_providers(customer_id)
    billing = await apis.billing(customer_id)
    try:
        monthly = await apis.monthly_totals(customer_id)
        upstream = await apis.open_request_log(customer_id)
    except UpstreamUnavailable as exc:
        raise ExportUnavailable("The export is temporarily unavailable; retry in a minute.") from exc
    writer = WRITERS[fmt]()
    response = web.StreamResponse(headers={
        "Content-Type": writer.content_type,
        "Content-Disposition": f'attachment; filename="gammainfra-export-{customer_id}.{writer.extension}"'})
    response.enable_chunked_encoding()
    try:
        await response.prepare(request)
        meta = {"customer_id": customer_id, "format": fmt, "generated_at": rfc3339(datetime.now(UTC)),
                "processing_objection": account["processing_objection"],
                "processing_statement": OBJECTING if account["processing_objection"] else NOT_OBJECTING,
                "notes": "Money is integer micro-USD; times are RFC 3339 UTC. Provider keys and API key "
                         "secrets are never exported."}
        for name, value in (("export", meta), ("account", account), ("api_keys", keys), ("byok_providers", byok),
                            ("budgets", budgets_of(account, keys)),
                            ("invoices_and_credits", {"status": billing.status, "reason": billing.reason,
                                                      "records": billing.records}),
                            ("monthly_totals", monthly)):
            await response.write(writer.record(name, value))
        await response.write(writer.begin_requests())
        async for lines in ndjson_batches(upstream):
            await response.write(writer.requests(lines))  # awaits the socket: backpressure
        await response.write(writer.end())
        await response.write_eof()
    finally:
        upstream.close()
    return response
