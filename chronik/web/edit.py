"""The editing mode's POST endpoints (``chronik serve --edit``): each calls one
``chronik.review`` function (``correct``, ``undo``), the same the CLI's
``chronik correct`` calls, then sends the browser back with a 303.

A read-only server refuses every POST (403). So does an editing server when
the form lacks the server's random token: another site can make a browser
post to localhost, but cannot read a page of it to learn the token.
"""
from __future__ import annotations

import secrets
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from chronik.errors import ChronikError
from chronik.web import views

router = APIRouter(prefix="/edit", include_in_schema=False)
MERGES = ("merge-entities", "merge-events")
# A form is a few fields; anything larger is not one of ours.
MAX_FORM_BYTES = 64 * 1024


async def _form(request: Request) -> dict[str, list[str]]:
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        return {}
    return parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)


def _one(form: dict[str, list[str]], name: str) -> str:
    return (form.get(name) or [""])[0].strip()


def _local(path: str) -> str | None:
    """``path`` if it is a page of this server (never another site's)."""
    if path.startswith("/") and not path.startswith("//") and "\\" not in path:
        return path
    return None


def _message(request: Request, message: str, status: int, back: str | None) -> HTMLResponse:
    from chronik.web.pages import _page

    return _page(request, "error.html", message=message, back=back, status=status)


def _refused(request: Request, form: dict[str, list[str]]) -> HTMLResponse | None:
    if not request.app.state.view.writable:
        return _message(request, "This server is read-only: start it with 'chronik serve --edit' to make "
                                 "corrections.", 403, None)
    if not secrets.compare_digest(_one(form, "token").encode(), request.app.state.token.encode()):
        return _message(request, "This form is not from this server (its token is missing or old): reload the "
                                 "page and try again.", 403, None)
    return None


@router.post("/correct")
async def correct_post(request: Request) -> Response:
    """accept, reject, set FIELD VALUE, merge-entities, split-entity,
    merge-events, split-event: the fields of ``chronik.review.correct``."""
    # Past reading the form, every step may read or reload the store: all of
    # it runs in one worker thread, never on the event loop.
    return await run_in_threadpool(_correct, request, await _form(request))


def _correct(request: Request, form: dict[str, list[str]]) -> Response:
    from chronik.review import correct

    refused = _refused(request, form)
    if refused:
        return refused
    view = request.app.state.view
    action, item, back = _one(form, "action"), _one(form, "item"), _local(_one(form, "next"))
    ids = [item]
    if action in MERGES:
        other = _one(form, "other")
        ids.append(views.resolve_entity(view.snapshot(), other) if action == "merge-entities" else other)
    field = _one(form, "field") or None
    value = (form.get("value") or [None])[0]
    args = tuple(a.strip() for a in form.get("args", []) if a.strip())
    note = _one(form, "note") or None

    def change(store):
        return correct(store, action, ids, field=field, value=value, args=args, note=note)
    try:
        made = view.write(change)
    except ChronikError as err:
        return _message(request, str(err), 400, back or (views.item_url_guess(view.snapshot(), item)))
    if made.status == "stale":
        return _message(request, f"The correction was kept but matched nothing: {made.detail}", 400,
                        "/corrections")
    snap = view.snapshot()  # reloaded here, so the page the browser is sent to is quick
    return RedirectResponse(back or views.landing(snap, made, views.LIST_PATHS[made.kind]), status_code=303)


@router.post("/undo")
async def undo_post(request: Request) -> Response:
    """Forget a correction (``chronik correct undo``) and re-link without it."""
    return await run_in_threadpool(_undo, request, await _form(request))


def _undo(request: Request, form: dict[str, list[str]]) -> Response:
    from chronik.review import undo

    refused = _refused(request, form)
    if refused:
        return refused
    view = request.app.state.view
    wanted = _one(form, "correction")
    try:
        view.write(lambda store: undo(store, wanted))
    except ChronikError as err:
        return _message(request, str(err), 400, "/corrections")
    view.snapshot()  # reloaded here, so the page the browser is sent to is quick
    return RedirectResponse(_local(_one(form, "next")) or "/corrections", status_code=303)
