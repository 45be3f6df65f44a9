import sqlalchemy as sa
from fastapi import FastAPI, Request
from sqlalchemy import select, text
from sqlalchemy.orm import Session

app = FastAPI()
engine = sa.create_engine("postgresql+psycopg://app@localhost/app")


@app.get("/products")
async def search(request: Request):
    term = request.query_params["q"]
    with Session(engine) as session:
        # ruleid: python/sqlalchemy-text-injection
        rows = session.execute(text("SELECT * FROM products WHERE name LIKE :term").bindparams(term=f"%{term}%"))
        return [dict(r._mapping) for r in rows]


def sort_users(session: Session, column):
    # ruleid: python/sqlalchemy-text-injection
    return session.execute(sa.text("SELECT * FROM users ORDER BY " + column)).all()


@app.get("/products/safe")
async def search_safe(request: Request):
    term = request.query_params["q"]
    with Session(engine) as session:
        # ok: python/sqlalchemy-text-injection
        rows = session.execute(text("SELECT * FROM products WHERE name LIKE :term"), {"term": f"%{term}%"})
        return [dict(r._mapping) for r in rows]


def active_users(session: Session):
    # ok: python/sqlalchemy-text-injection
    return session.execute(text("SELECT * FROM users WHERE active")).all()


def by_email(session: Session, users, email):
    # ok: python/sqlalchemy-text-injection
    return session.execute(select(users).where(users.c.email == email)).first()
