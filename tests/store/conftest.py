"""Both backends for the store tests: every contract test runs on SQLite and on PostgreSQL."""
import sqlite3

import pytest


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request, tmp_path):
    """Where a fresh store goes: an SQLite path, or an empty PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "s.db")
    return request.getfixturevalue("postgres_url")


def raw_sql(url: str, *statements: str) -> None:
    """Run statements with the database's own driver, around chronik."""
    if url.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            for stmt in statements:
                conn.execute(stmt)
        return
    conn = sqlite3.connect(url)
    for stmt in statements:
        conn.execute(stmt)
    conn.commit()
    conn.close()
