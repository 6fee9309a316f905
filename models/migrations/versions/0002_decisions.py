"""review and committee decisions

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('committee_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claimant_key', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('programme', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('amount_krw', sa.Integer(), nullable=False),
    sa.Column('reference', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('operator', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('decided_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.CheckConstraint('amount_krw >= 0', name='ck_committee_amount'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('claimant_key', 'programme', name='uq_committee_claimant')
    )
    op.create_table('match_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('payout_key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('claimant_key', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('decision', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('operator', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('decided_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.CheckConstraint("decision IN ('same', 'different')", name='ck_decision_value'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('payout_key', 'claimant_key', name='uq_decision_pair')
    )
    with op.batch_alter_table('match_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_match_decision_payout_key'), ['payout_key'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('match_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_match_decision_payout_key'))

    op.drop_table('match_decision')
    op.drop_table('committee_decision')

