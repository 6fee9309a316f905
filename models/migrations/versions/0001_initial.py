"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-28
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('workspace_meta',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )

    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('operator', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('entity_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('details', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('prev_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('hash'),
    sa.UniqueConstraint('prev_hash')
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_action'), ['action'], unique=False)

    op.create_table('claimant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claimant_key', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('claimant_type', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('display_name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('business_name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('brn', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('mobile', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('kakao_account', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('account_key', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('unidentifiable', sa.Boolean(), nullable=False),
    sa.Column('flags', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.CheckConstraint("claimant_type IN ('user', 'small_business', 'enterprise')", name='ck_claimant_type'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('claimant_key')
    )

    op.create_table('import_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('file_size', sa.Integer(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('profile', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('sheets', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('rows_read', sa.Integer(), nullable=False),
    sa.Column('rows_imported', sa.Integer(), nullable=False),
    sa.Column('rows_rejected', sa.Integer(), nullable=False),
    sa.Column('operator', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('imported_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('undone_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('undone_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.CheckConstraint("kind IN ('claims', 'games', 'mobility', 'entertainment', 'pay')", name='ck_batch_kind'),
    sa.CheckConstraint("status IN ('committed', 'undone')", name='ck_batch_status'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('import_batch', schema=None) as batch_op:
        batch_op.create_index('uq_batch_sha256_live', ['sha256'], unique=True, sqlite_where=sa.text("status = 'committed'"), postgresql_where=sa.text("status = 'committed'"))

    op.create_table('ledger',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('prepared_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('prepared_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('approved_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('approved_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('exported_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('voided_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('void_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('line_count', sa.Integer(), nullable=False),
    sa.Column('total_krw', sa.Integer(), nullable=False),
    sa.Column('lines_sha256', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("status IN ('draft', 'approved', 'exported', 'void')", name='ck_ledger_status'),
    sa.CheckConstraint('approved_by IS NULL OR approved_by <> prepared_by', name='ck_ledger_maker_checker'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('number')
    )
    op.create_table('policy_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('document', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('applied_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('version')
    )
    op.create_table('affiliate_payout',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('sheet', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('row_number', sa.Integer(), nullable=False),
    sa.Column('affiliate', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('programme', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('amount_krw', sa.Integer(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('partner_code', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('payee_name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('payee_name_masked', sa.Boolean(), nullable=False),
    sa.Column('business_name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('representative', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('brn', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('brn_valid', sa.Boolean(), nullable=False),
    sa.Column('mobile', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('mobile_masked', sa.Boolean(), nullable=False),
    sa.Column('vehicle_no', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.CheckConstraint("affiliate IN ('games', 'mobility', 'entertainment', 'pay')", name='ck_payout_affiliate'),
    sa.CheckConstraint('amount_krw >= 0', name='ck_payout_amount'),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batch.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('affiliate_payout', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_affiliate_payout_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_affiliate_payout_brn'), ['brn'], unique=False)
        batch_op.create_index(batch_op.f('ix_affiliate_payout_mobile'), ['mobile'], unique=False)

    op.create_table('outcome',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claimant_id', sa.Integer(), nullable=False),
    sa.Column('programme', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('policy_version_id', sa.Integer(), nullable=False),
    sa.Column('loss_krw', sa.Integer(), nullable=True),
    sa.Column('tier', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('entitled_krw', sa.Integer(), nullable=False),
    sa.Column('offset_krw', sa.Integer(), nullable=False),
    sa.Column('payable_krw', sa.Integer(), nullable=False),
    sa.Column('explanation', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('decided_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['claimant_id'], ['claimant.id'], ),
    sa.ForeignKeyConstraint(['policy_version_id'], ['policy_version.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('claimant_id', 'programme', name='uq_outcome_claimant_programme')
    )
    with op.batch_alter_table('outcome', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outcome_claimant_id'), ['claimant_id'], unique=False)

    op.create_table('report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('sheet', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('row_number', sa.Integer(), nullable=False),
    sa.Column('report_no', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('received_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('claimant_type', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('business_name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('mobile', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('mobile_masked', sa.Boolean(), nullable=False),
    sa.Column('brn', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('brn_valid', sa.Boolean(), nullable=False),
    sa.Column('kakao_account', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('service', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('company', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('paid_service', sa.Boolean(), nullable=False),
    sa.Column('monetary_loss', sa.Boolean(), nullable=False),
    sa.Column('loss_krw', sa.Integer(), nullable=True),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('evidence', sa.Boolean(), nullable=False),
    sa.Column('bank_code', sqlmodel.sql.sqltypes.AutoString(length=3), nullable=True),
    sa.Column('account_enc', sa.LargeBinary(), nullable=True),
    sa.Column('account_key', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('account_last4', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=True),
    sa.Column('account_holder', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('claimant_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("claimant_type IN ('user', 'small_business', 'enterprise')", name='ck_report_type'),
    sa.CheckConstraint('loss_krw IS NULL OR loss_krw >= 0', name='ck_report_loss'),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batch.id'], ),
    sa.ForeignKeyConstraint(['claimant_id'], ['claimant.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('report_no')
    )
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_claimant_id'), ['claimant_id'], unique=False)

    op.create_table('match',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('payout_id', sa.Integer(), nullable=True),
    sa.Column('report_id', sa.Integer(), nullable=True),
    sa.Column('claimant_id', sa.Integer(), nullable=False),
    sa.Column('method', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('reasons', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('decided_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('decided_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.CheckConstraint("status IN ('sure', 'candidate', 'confirmed', 'rejected')", name='ck_match_status'),
    sa.CheckConstraint('(payout_id IS NULL) <> (report_id IS NULL)', name='ck_match_subject'),
    sa.ForeignKeyConstraint(['claimant_id'], ['claimant.id'], ),
    sa.ForeignKeyConstraint(['payout_id'], ['affiliate_payout.id'], ),
    sa.ForeignKeyConstraint(['report_id'], ['report.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('match', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_match_claimant_id'), ['claimant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_match_payout_id'), ['payout_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_match_report_id'), ['report_id'], unique=False)

    op.create_table('payable_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claimant_id', sa.Integer(), nullable=False),
    sa.Column('programme', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('amount_krw', sa.Integer(), nullable=False),
    sa.Column('policy_version_id', sa.Integer(), nullable=False),
    sa.Column('outcome_id', sa.Integer(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("status IN ('live', 'void')", name='ck_payable_status'),
    sa.CheckConstraint('amount_krw > 0', name='ck_payable_amount'),
    sa.ForeignKeyConstraint(['claimant_id'], ['claimant.id'], ),
    sa.ForeignKeyConstraint(['outcome_id'], ['outcome.id'], ),
    sa.ForeignKeyConstraint(['policy_version_id'], ['policy_version.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('payable_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payable_line_claimant_id'), ['claimant_id'], unique=False)
        batch_op.create_index('uq_payable_live', ['claimant_id', 'programme'], unique=True, sqlite_where=sa.text("status = 'live'"), postgresql_where=sa.text("status = 'live'"))

    op.create_table('ledger_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ledger_id', sa.Integer(), nullable=False),
    sa.Column('payable_line_id', sa.Integer(), nullable=False),
    sa.Column('claimant_id', sa.Integer(), nullable=False),
    sa.Column('programme', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('amount_krw', sa.Integer(), nullable=False),
    sa.Column('released', sa.Boolean(), nullable=False),
    sa.CheckConstraint('amount_krw > 0', name='ck_ledger_line_amount'),
    sa.ForeignKeyConstraint(['claimant_id'], ['claimant.id'], ),
    sa.ForeignKeyConstraint(['ledger_id'], ['ledger.id'], ),
    sa.ForeignKeyConstraint(['payable_line_id'], ['payable_line.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('ledger_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ledger_line_ledger_id'), ['ledger_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_line_payable_line_id'), ['payable_line_id'], unique=False)
        batch_op.create_index('uq_ledger_line_live', ['claimant_id', 'programme'], unique=True, sqlite_where=sa.text('released = 0'), postgresql_where=sa.text('released = false'))




def downgrade() -> None:

    with op.batch_alter_table('ledger_line', schema=None) as batch_op:
        batch_op.drop_index('uq_ledger_line_live', sqlite_where=sa.text('released = 0'), postgresql_where=sa.text('released = false'))
        batch_op.drop_index(batch_op.f('ix_ledger_line_payable_line_id'))
        batch_op.drop_index(batch_op.f('ix_ledger_line_ledger_id'))

    op.drop_table('ledger_line')
    with op.batch_alter_table('payable_line', schema=None) as batch_op:
        batch_op.drop_index('uq_payable_live', sqlite_where=sa.text("status = 'live'"), postgresql_where=sa.text("status = 'live'"))
        batch_op.drop_index(batch_op.f('ix_payable_line_claimant_id'))

    op.drop_table('payable_line')
    with op.batch_alter_table('match', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_match_report_id'))
        batch_op.drop_index(batch_op.f('ix_match_payout_id'))
        batch_op.drop_index(batch_op.f('ix_match_claimant_id'))

    op.drop_table('match')
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_claimant_id'))

    op.drop_table('report')
    with op.batch_alter_table('outcome', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outcome_claimant_id'))

    op.drop_table('outcome')
    with op.batch_alter_table('affiliate_payout', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_affiliate_payout_mobile'))
        batch_op.drop_index(batch_op.f('ix_affiliate_payout_brn'))
        batch_op.drop_index(batch_op.f('ix_affiliate_payout_batch_id'))

    op.drop_table('affiliate_payout')
    op.drop_table('policy_version')
    op.drop_table('ledger')
    with op.batch_alter_table('import_batch', schema=None) as batch_op:
        batch_op.drop_index('uq_batch_sha256_live', sqlite_where=sa.text("status = 'committed'"), postgresql_where=sa.text("status = 'committed'"))

    op.drop_table('import_batch')

    op.drop_table('claimant')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_action'))

    op.drop_table('audit_event')
    op.drop_table('workspace_meta')
