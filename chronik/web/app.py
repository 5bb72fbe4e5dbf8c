"""The web app behind ``chronik serve``: HTML pages, a JSON API under /api/,
and the static files (chronik's own style and script, vendored vis-timeline).
Nothing is loaded from anywhere but this server."""
from __future__ import annotations

import ipaddress
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from chronik import __version__
from chronik.web.snapshot import StoreView

STATIC = Path(__file__).resolve().parent / "static"


def create_app(db: str) -> FastAPI:
    """The app for the store at ``db``, opened read-only and loaded once now,
    so that a bad store fails at start-up and the first page is fast."""
    import chronik
    from chronik.web import api, pages

    chron = chronik.open(db, read_only=True)
    view = StoreView(chron.store)
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
    app.include_router(api.router)
    app.include_router(pages.router)
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


def serve(db: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    app = create_app(db)
    uvicorn.run(app, host=host, port=port, log_level="warning")
