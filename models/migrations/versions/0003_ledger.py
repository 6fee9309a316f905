"""ledger snapshots and clawbacks

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('ledger', schema=None) as batch_op:
        batch_op.add_column(sa.Column('details', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default='{}'))

    op.create_table('clawback',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ledger_id', sa.Integer(), nullable=False),
    sa.Column('ledger_line_id', sa.Integer(), nullable=False),
    sa.Column('claimant_id', sa.Integer(), nullable=False),
    sa.Column('amount_paid_krw', sa.Integer(), nullable=False),
    sa.Column('amount_due_krw', sa.Integer(), nullable=False),
    sa.Column('amount_krw', sa.Integer(), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('raised_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('raised_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.CheckConstraint("status IN ('open', 'settled', 'cancelled')", name='ck_clawback_status'),
    sa.CheckConstraint('amount_krw > 0', name='ck_clawback_amount'),
    sa.ForeignKeyConstraint(['claimant_id'], ['claimant.id'], ),
    sa.ForeignKeyConstraint(['ledger_id'], ['ledger.id'], ),
    sa.ForeignKeyConstraint(['ledger_line_id'], ['ledger_line.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('clawback', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_clawback_ledger_id'), ['ledger_id'], unique=False)
        batch_op.create_index('uq_clawback_open', ['ledger_line_id'], unique=True, sqlite_where=sa.text("status = 'open'"), postgresql_where=sa.text("status = 'open'"))

    with op.batch_alter_table('ledger_line', schema=None) as batch_op:
        batch_op.add_column(sa.Column('snapshot', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default='{}'))




def downgrade() -> None:
    with op.batch_alter_table('ledger', schema=None) as batch_op:
        batch_op.drop_column('details')

    with op.batch_alter_table('ledger_line', schema=None) as batch_op:
        batch_op.drop_column('snapshot')

    with op.batch_alter_table('clawback', schema=None) as batch_op:
        batch_op.drop_index('uq_clawback_open', sqlite_where=sa.text("status = 'open'"), postgresql_where=sa.text("status = 'open'"))
        batch_op.drop_index(batch_op.f('ix_clawback_ledger_id'))

    op.drop_table('clawback')

