"""The operator's HTTP listener: /healthz (is the service doing its work?) and /metrics."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot.config import ENV_PREFIX, listen_address
from bot.delivery.sender import OutboxSender
from bot.operations.metrics import ServiceMetrics, watch_loop_lag
from storage.store import Storage

log = logging.getLogger(__name__)


class ListenerError(Exception):
    """The health and metrics listener cannot listen where it was asked to."""


@dataclass(frozen=True)
class HealthView:
    """What /healthz looks at: the service's loops, its storage, sender and metrics."""

    loops: Mapping[str, asyncio.Task[None]]
    storage: Storage
    sender: OutboxSender
    metrics: ServiceMetrics
    # Seconds a poll or a send may stall before the service counts as unhealthy.
    max_age: float
    clock: Callable[[], float] = time.time


async def unhealthy_reasons(view: HealthView) -> list[str]:
    """Why the service is not doing its work; empty when it is."""
    reasons = [f"the {name} loop has stopped" for name, task in view.loops.items() if task.done()]
    metrics, max_age = view.metrics, view.max_age
    now, mono = view.clock(), time.monotonic()
    # "The last poll cycle is recent": a check started or finished lately, or no feed is
    # overdue (the scheduler need not work in cycles).
    since_check = mono - max(metrics.last_check_done, metrics.last_check_started)
    if since_check > max_age and (overdue := await view.storage.feeds.due(now - max_age, 1)):
        reasons.append(
            f"no feed check has started or finished for {since_check:.0f} s while feeds have "
            f"been due for {now - overdue[0].next_check_at:.0f} s"
        )
    if metrics.send_started is not None and mono - metrics.send_started > max_age:
        reasons.append(f"a send has waited {mono - metrics.send_started:.0f} s for Telegram")
        return reasons
    post = await view.storage.outbox.next_pending(view.sender.waiting_channels())
    since_send = mono - metrics.last_send_started
    if post is not None and now - post.created_at > max_age and since_send > max_age:
        reasons.append(
            f"post #{post.id} has waited {now - post.created_at:.0f} s and no send was tried "
            f"for {since_send:.0f} s"
        )
    return reasons


def operations_app(view: HealthView) -> web.Application:
    """The aiohttp application serving /healthz and /metrics."""

    async def healthz(request: web.Request) -> web.Response:
        reasons = await unhealthy_reasons(view)
        if reasons:
            return web.Response(status=503, text="unhealthy: " + "; ".join(reasons) + "\n")
        return web.Response(text="ok\n")

    async def metrics(request: web.Request) -> web.Response:
        await view.metrics.refresh(view.storage, view.clock())
        body = generate_latest(view.metrics.registry)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    app = web.Application()
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics)
    return app


async def serve_operations(address: str, view: HealthView, stop: asyncio.Event) -> None:
    """Serve /healthz and /metrics on `address` and measure the loop's lag, until `stop`."""
    host, port = listen_address(address)
    runner = web.AppRunner(operations_app(view), access_log=None, shutdown_timeout=1.0)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
    except OSError as exc:
        await runner.cleanup()
        raise ListenerError(
            f"cannot listen on {address} ({ENV_PREFIX}METRICS_ADDRESS): {exc.strerror or exc}"
        ) from None
    log.info("health and metrics on http://%s:%d (/healthz, /metrics)", host, port)
    try:
        await watch_loop_lag(view.metrics, stop)
    finally:
        await runner.cleanup()
