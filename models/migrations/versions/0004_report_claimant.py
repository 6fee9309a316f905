"""report -> claimant links in a table of their own; outcome's redundant index dropped

Reconciling relinks reports to claimants. In a column of ``report`` that rewrote every
report row (25 MB for the demo register, most of a first reconcile's writing); a narrow
``report_claimant`` table holds the same links in 2 MB. ``ix_outcome_claimant_id`` is
covered by the unique (claimant_id, programme) constraint.

On SQLite, dropping the column rebuilds ``report``: that is done while no other table's
rows refer to a report (``match.report_id`` is never written), and the links wait in a
temporary table meanwhile.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def _create_links() -> None:
    op.create_table('report_claimant',
    sa.Column('report_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('claimant_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['claimant_id'], ['claimant.id'], ),
    sa.ForeignKeyConstraint(['report_id'], ['report.id'], ),
    sa.PrimaryKeyConstraint('report_id')
    )
    with op.batch_alter_table('report_claimant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_claimant_claimant_id'), ['claimant_id'], unique=False)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == 'sqlite'
    if sqlite:
        op.execute("CREATE TEMP TABLE _links AS SELECT id AS report_id, claimant_id FROM report "
                   "WHERE claimant_id IS NOT NULL")
    else:
        _create_links()
        op.execute("INSERT INTO report_claimant (report_id, claimant_id) "
                   "SELECT id, claimant_id FROM report WHERE claimant_id IS NOT NULL")
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_claimant_id'))
        batch_op.drop_column('claimant_id')
    if sqlite:
        _create_links()
        op.execute("INSERT INTO report_claimant (report_id, claimant_id) "
                   "SELECT report_id, claimant_id FROM temp._links ORDER BY report_id")
        op.execute("DROP TABLE temp._links")
    with op.batch_alter_table('outcome', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outcome_claimant_id'))


def downgrade() -> None:
    with op.batch_alter_table('outcome', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outcome_claimant_id'), ['claimant_id'], unique=False)
    op.execute("CREATE TEMP TABLE _links AS SELECT report_id, claimant_id FROM report_claimant")
    with op.batch_alter_table('report_claimant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_claimant_claimant_id'))
    op.drop_table('report_claimant')
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.add_column(sa.Column('claimant_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(None, 'claimant', ['claimant_id'], ['id'])
        batch_op.create_index(batch_op.f('ix_report_claimant_id'), ['claimant_id'], unique=False)
    op.execute("UPDATE report SET claimant_id = (SELECT claimant_id FROM _links WHERE _links.report_id = report.id)")
    op.execute("DROP TABLE _links")
