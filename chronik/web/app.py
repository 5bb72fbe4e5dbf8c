"""The web app behind ``chronik serve``: HTML pages, a JSON API under /api/,
and the static files (chronik's own style and script, vendored vis-timeline).
Nothing is loaded from anywhere but this server."""
from __future__ import annotations

import ipaddress
import os
import secrets
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from chronik import __version__
from chronik.errors import StoreError
from chronik.web.snapshot import StoreView

STATIC = Path(__file__).resolve().parent / "static"


def create_app(db: str, edit: bool = False) -> FastAPI:
    """The app for the store at ``db``, loaded once now, so that a bad store
    fails at start-up and the first page is fast. The store is opened
    read-only unless ``edit`` (``chronik serve --edit``): then item pages
    carry correction forms, each with this server's random token."""
    import chronik
    from chronik.web import api, edit as editing, pages

    if edit and "://" not in db and not os.path.exists(db):
        raise StoreError(f"no store at {db}; build one first with 'chronik build PATH --db {db}'")
    chron = chronik.open(db, read_only=not edit)
    view = StoreView(chron.store, writable=edit)
    view.snapshot()

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        view.close()

    app = FastAPI(title="chronik", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="A sourced, dated chronicle: articles, events, quotes, figure series and entities "
                              "as JSON. Lists page with `page` and `per_page`.")
    app.state.view = view
    app.state.store_name = Path(db).name
    # Every form of an editing server carries it; a POST without it is refused
    # (another site cannot read it, so it cannot make the browser post for it).
    app.state.token = secrets.token_urlsafe(24)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(editing.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    # Compile the templates and the OpenAPI schema now, not on a user's first visit.
    for name in pages.ENV.list_templates():
        pages.ENV.get_template(name)
    app.openapi()
    return app


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, edit: bool = False) -> None:
    import uvicorn

    app = create_app(db, edit)
    uvicorn.run(app, host=host, port=port, log_level="warning")
