"""Alembic environment: always run from models.schema with a live connection."""

from alembic import context

from models import tables  # noqa: F401  (registers the tables on SQLModel.metadata)
from sqlmodel import SQLModel

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI
    raise RuntimeError("Run migrations through `recon1015 init` (models.schema.upgrade).")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
