"""The import service end to end, on SQLite and PostgreSQL: every quirk, all or nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, insert, select, text

from demo.generate import FILE_NAMES
from importers.profiles import Mapping
from importers.service import ImportRefused, import_file, list_batches, plan_import, undo_batch
from models import audit
from models.checksum import content_checksum
from models.crypto import workspace_vault
from models.errors import InputRefused
from models.progress import Cancelled, Progress
from models.tables import AffiliatePayout, AuditEvent, ImportBatch, Ledger, LedgerLine, Report

from .conftest import PAY_HEADERS, PAY_ROWS, titled, write_xlsx

R, P = Report.__table__, AffiliatePayout.__table__


def _count(ws, table) -> int:
    with ws.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_all_five_demo_files_import_by_detection(workspace, demo_dir):
    truth = json.loads((demo_dir / FILE_NAMES["truth"]).read_text())
    kinds = {}
    for kind in ("claims", "mobility", "games", "pay", "entertainment"):
        r = import_file(workspace, demo_dir / FILE_NAMES[kind],
                        password=truth["entertainment_password"] if kind == "entertainment" else None)
        kinds[kind] = r
        assert r.profile == kind and r.rows_rejected == 0 and r.batch_id
    assert kinds["claims"].rows_imported == truth["counts"]["reports_total"]
    assert kinds["entertainment"].sheets == ["웹툰·페이지", "멜론"]  # the hidden 검토용 is skipped
    by_aff = {a: sum(1 for p in truth["payouts"] if p["affiliate"] == a)
              for a in ("mobility", "games", "pay", "entertainment")}
    for aff, n in by_aff.items():
        assert kinds[aff].rows_imported == n
    # provenance: each truth row is where the database says it is
    with workspace.engine.connect() as conn:
        for p in truth["payouts"][:200]:
            row = conn.execute(select(P.c.affiliate, P.c.amount_krw).where(
                P.c.affiliate == p["affiliate"], P.c.row_number == p["row"],
                P.c.sheet == p["sheet"])).one()
            assert row.affiliate == p["affiliate"]
        # a BRN with a bad check digit is kept, marked invalid
        assert conn.execute(select(func.count()).where(R.c.brn.is_not(None), R.c.brn_valid.is_(False))
                            .select_from(R)).scalar_one() > 0
        # phones that lost their leading 0 in Excel are restored
        mobiles = conn.execute(select(P.c.mobile).where(P.c.affiliate == "mobility")).scalars().all()
        assert all(m is None or m.startswith("01") for m in mobiles)
        masked = conn.execute(select(func.count()).select_from(P).where(P.c.mobile_masked.is_(True))).scalar_one()
        assert masked > 0
        # Excel's naive times are Korean time, stored as UTC
        first = conn.execute(select(R.c.received_at).order_by(R.c.report_no).limit(1)).scalar_one()
    assert first.tzinfo is not None and first < datetime(2022, 10, 19, 0, 30, tzinfo=UTC)


def test_import_json_shape(workspace, pay_xlsx):
    r = import_file(workspace, pay_xlsx).as_dict()
    assert set(r) >= {"batch_id", "kind", "profile", "sheets", "rows_read", "rows_imported",
                      "rows_rejected", "warnings", "errors"}
    assert (r["rows_read"], r["rows_imported"], r["rows_rejected"]) == (3, 3, 0)


def _bad_pay(tmp_path, rows):
    return write_xlsx(tmp_path / "bad.xlsx", {"지원금": titled(PAY_HEADERS, rows)})


def test_rejected_rows_abort_and_leave_database_unchanged(workspace, pay_xlsx, tmp_path):
    import_file(workspace, pay_xlsx)
    before = content_checksum(workspace.engine)
    rows = [
        ["M10", "정상가게", "124-81-00998", "최유나", "010-9999-0000", "50,000", "20221220"],
        ["M11", "음수가게", "", "김", "010-1111-2222", "-5,000", "20221220"],
        ["M12", "날짜가게", "", "이", "010-1111-3333", "5,000", "2022-02-30"],
        ["M13", "빈금액", "", "박", "010-1111-4444", "", "20221220"],
        ["M14", "", "", "", "", "5,000", "20221220"],
    ]
    path = _bad_pay(tmp_path, rows)
    with pytest.raises(ImportRefused) as e:
        import_file(workspace, path)
    msg = str(e.value)
    assert "bad.xlsx" in msg and "4개 행" in msg
    assert "시트 '지원금' 6행 F열 (지원금액)" in msg and "음수" in msg
    assert "7행 G열 (지급일자)" in msg and "없는 날짜" in msg
    assert "8행 F열 (지원금액): 필수 값이 비어 있습니다" in msg
    assert "9행" in msg
    assert content_checksum(workspace.engine) == before
    result = e.value.result.as_dict()
    assert result["batch_id"] is None and len(result["errors"]) >= 4
    assert {x["column"] for x in result["errors"]} >= {"F", "G"}


def test_all_rows_failing_leaves_database_unchanged(workspace, tmp_path):
    before = content_checksum(workspace.engine)
    path = _bad_pay(tmp_path, [["M1", "가게", "", "김", "010-1111-2222", "공짜", "20221220"],
                               ["M2", "가게", "", "김", "010-1111-2223", "-1", "20221220"]])
    for set_aside in (False, True):
        with pytest.raises(ImportRefused):
            import_file(workspace, path, set_aside=set_aside)
    assert content_checksum(workspace.engine) == before
    assert not list(tmp_path.glob("*오류행*"))


def test_set_aside_writes_rejected_workbook_and_imports_the_rest(workspace, tmp_path):
    rows = [PAY_ROWS[0], ["M11", "음수가게", "", "김", "010-1111-2222", "-5,000", "20221220"],
            PAY_ROWS[1], ["=HYPERLINK(\"x\")", "수식가게", "", "김", "010-1111-2223", "abc", "20221220"]]
    path = _bad_pay(tmp_path, rows)
    wb = load_workbook(path)
    cell = wb.active["A8"]
    cell.data_type = "s"  # text that starts with "=", as an affiliate's export may hold
    wb.save(path)
    out = tmp_path / "rejected.xlsx"
    r = import_file(workspace, path, set_aside=True, rejected_path=out)
    assert (r.rows_imported, r.rows_rejected) == (2, 2) and r.rejected_file == str(out)
    wb = load_workbook(out)
    ws = wb.active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0][0] == "원본 행" and values[0][-1] == "오류 사유"
    assert [v[0] for v in values[1:]] == [6, 8]
    assert "음수" in values[1][-1] and "F열" in values[1][-1]
    assert ws.cell(3, 2).data_type in ("s", "inlineStr") and values[2][1].startswith("=")  # text, not a formula
    assert _count(workspace, P) == 2


def test_same_file_twice_is_refused(workspace, pay_xlsx):
    first = import_file(workspace, pay_xlsx)
    before = content_checksum(workspace.engine)
    with pytest.raises(ImportRefused, match=f"이미 가져온 파일입니다 \\(배치 {first.batch_id}"):
        import_file(workspace, pay_xlsx)
    assert content_checksum(workspace.engine) == before


def test_report_numbers_cannot_come_in_twice(workspace, tmp_path):
    headers = ["접수번호", "신청인구분", "성명", "휴대전화", "서비스"]
    a = write_xlsx(tmp_path / "a.xlsx", {"s": [headers, ["1015-1", "일반이용자", "김민용", "010-1234-5678", "카카오톡"]]})
    b = write_xlsx(tmp_path / "b.xlsx", {"s": [headers, ["1015-2", "일반이용자", "이서연", "010-1234-5679", "멜론"],
                                              ["1015-1", "일반이용자", "김민용", "010-1234-5678", "카카오톡"]]})
    import_file(workspace, a)
    with pytest.raises(ImportRefused, match="이미 가져온 접수번호가 1건"):
        import_file(workspace, b)
    dup = write_xlsx(tmp_path / "c.xlsx", {"s": [headers, ["1015-9", "일반이용자", "가", "010-1234-5670", "멜론"],
                                                ["1015-9", "일반이용자", "가", "010-1234-5670", "멜론"]]})
    with pytest.raises(ImportRefused, match="3행에도|2행에도"):
        import_file(workspace, dup)


def test_company_derived_from_service_and_flags_read(workspace, tmp_path):
    headers = ["접수번호", "신청인 구분", "성명", "휴대폰", "서비스명", "유료여부", "금전피해", "매출 손실액"]
    path = write_xlsx(tmp_path / "r.xlsx", {"s": [headers,
        ["1", "소상공인", "김민용", "010-1234-5678", "카카오T", "Y", "예", "420,000원"],
        ["2", "일반 이용자", "이서연", "010 2222 3333", "카카오톡", "N", "N", None]]})
    import_file(workspace, path)
    with workspace.engine.connect() as conn:
        rows = conn.execute(select(R.c.company, R.c.claimant_type, R.c.paid_service,
                                   R.c.monetary_loss, R.c.loss_krw, R.c.mobile).order_by(R.c.id)).all()
    assert rows[0] == ("카카오모빌리티", "small_business", True, True, 420_000, "01012345678")
    assert rows[1] == ("카카오", "user", False, False, None, "01022223333")


def test_rrn_column_is_refused_and_never_stored(workspace, tmp_path):
    headers = ["접수번호", "신청인구분", "성명", "휴대전화", "서비스", "비고", "주민번호"]
    path = write_xlsx(tmp_path / "rrn.xlsx", {"s": [["제목"], headers,
        ["1", "일반이용자", "김민용", "010-1234-5678", "카카오톡", "확인 900101-1234567", "851231-2345678"],
        ["2", "일반이용자", "이서연", "010-2222-3333", "카카오톡", "없음", "900505-1234567"]]})
    r = import_file(workspace, path)
    msgs = [str(w) for w in r.warnings]
    assert any("주민등록번호 열은 가져오지 않았습니다" in m and "G열" in m for m in msgs)
    hit = next(w for w in r.warnings if w.column == "F")
    assert hit.row == 3 and "주민등록번호로 보이는 값" in hit.message
    for m in msgs:  # the message never carries the value
        assert "900101" not in m and "851231" not in m and "1234567" not in m
    with workspace.engine.connect() as conn:
        dump = repr(conn.execute(select(R)).all())
    assert "900101" not in dump and "851231" not in dump and "900505" not in dump
    assert r.rows_imported == 2


@pytest.mark.parametrize("written", ["850101 - 1234567", "８５０１０１－１２３４５６７", "850101\u30001234567"])
def test_rrn_written_loosely_in_free_text_is_found(workspace, tmp_path, written):
    """Spaces around the dash and full-width digits are still a 주민등록번호."""
    headers = ["접수번호", "신청인구분", "성명", "휴대전화", "서비스", "피해내용"]
    rows = [[str(i), "일반이용자", "김민용", "010-1234-5678", "카카오톡", f"내용 {i}"] for i in range(10)]
    rows[5][5] = f"확인 {written}"
    r = import_file(workspace, write_xlsx(tmp_path / "rrn.xlsx", {"s": [headers, *rows]}))
    hit = next(w for w in r.warnings if w.column == "F")
    assert hit.row == 7 and "주민등록번호로 보이는 값" in hit.message
    with workspace.engine.connect() as conn:
        assert all(d is None for d in conn.execute(select(R.c.description)).scalars())


def test_rrn_file_bytes_never_reach_sqlite(sqlite_workspace, tmp_path):
    headers = ["접수번호", "신청인구분", "성명", "휴대전화", "서비스", "메모"]
    path = write_xlsx(tmp_path / "rrn.xlsx", {"s": [headers,
        ["1", "일반이용자", "김민용", "010-1234-5678", "카카오톡", "7003151234567"]]})
    import_file(sqlite_workspace, path)
    sqlite_workspace.close()
    blob = b"".join(p.read_bytes() for p in sqlite_workspace.path.parent.glob("workspace.sqlite3*"))
    assert b"7003151234567" not in blob


def test_accounts_encrypted_at_rest(sqlite_workspace, tmp_path):
    headers = ["접수번호", "신청인구분", "성명", "상호", "휴대전화", "사업자등록번호", "서비스", "은행", "계좌번호", "예금주"]
    path = write_xlsx(tmp_path / "acct.xlsx", {"s": [headers,
        ["1", "소상공인", "김민용", "햇살네일", "010-1234-5678", "116-82-00276", "카카오톡", "신한", "110-987-654321", "김민용"]]})
    import_file(sqlite_workspace, path)
    with sqlite_workspace.writer().begin() as conn:
        row = conn.execute(select(R.c.bank_code, R.c.account_enc, R.c.account_key, R.c.account_last4)).one()
        vault = workspace_vault(conn)
    assert row.bank_code == "088" and row.account_last4 == "4321"
    assert vault.open(row.account_enc) == "110-987-654321"
    assert row.account_key == vault.keyed_hash("088:110987654321")
    sqlite_workspace.engine.dispose()
    blob = b"".join(p.read_bytes() for p in sqlite_workspace.path.parent.glob("workspace.sqlite3*"))
    assert b"987654321" not in blob and b"987-654321" not in blob


def test_undo_batch(workspace, pay_xlsx):
    r = import_file(workspace, pay_xlsx)
    with pytest.raises(InputRefused, match="사유"):
        undo_batch(workspace, r.batch_id, " ")
    out = undo_batch(workspace, r.batch_id, "잘못 받은 파일")
    assert out["payouts"] == 3 and _count(workspace, P) == 0
    assert [b["status"] for b in list_batches(workspace)] == ["undone"]
    with workspace.engine.connect() as conn:
        ev = conn.execute(select(AuditEvent.__table__).where(
            AuditEvent.__table__.c.action == "import.undo")).mappings().one()
        assert ev["reason"] == "잘못 받은 파일" and audit.verify(conn).ok
    with pytest.raises(InputRefused, match="이미 취소"):
        undo_batch(workspace, r.batch_id, "again")
    assert import_file(workspace, pay_xlsx).rows_imported == 3  # may come in again


def test_undo_refused_when_in_an_approved_ledger(workspace, tmp_path):
    headers = ["접수번호", "신청인구분", "성명", "휴대전화", "서비스"]
    path = write_xlsx(tmp_path / "r.xlsx", {"s": [headers, ["1", "소상공인", "김", "010-1234-5678", "카카오톡"]]})
    r = import_file(workspace, path)
    with workspace.writer().begin() as conn:
        cid = conn.execute(text("INSERT INTO claimant (claimant_key, claimant_type, unidentifiable, flags) "
                                "VALUES ('m:01012345678', 'small_business', false, '[]') RETURNING id")).scalar()
        conn.execute(text(f"INSERT INTO report_claimant (report_id, claimant_id) SELECT id, {cid} FROM report"))
        pv = conn.execute(text("INSERT INTO policy_version (version, sha256, document, applied_at) "
                               "VALUES ('v', 'x', 'd', CURRENT_TIMESTAMP) RETURNING id")).scalar()
        pl = conn.execute(text(f"INSERT INTO payable_line (claimant_id, programme, amount_krw, policy_version_id, status, created_at, version) "
                               f"VALUES ({cid}, 'kakao', 30000, {pv}, 'live', CURRENT_TIMESTAMP, 1) RETURNING id")).scalar()
        led = conn.execute(insert(Ledger.__table__).values(number="1015-L-0001", status="approved",
                                                          prepared_by="kim", approved_by="lee")).inserted_primary_key[0]
        conn.execute(insert(LedgerLine.__table__).values(ledger_id=led, payable_line_id=pl, claimant_id=cid,
                                                        programme="kakao", amount_krw=30000, released=False))
    before = content_checksum(workspace.engine)
    with pytest.raises(InputRefused, match="지급대장"):
        undo_batch(workspace, r.batch_id, "x")
    assert content_checksum(workspace.engine) == before


class CancelAt(Progress):
    def __init__(self, stage: str):
        super().__init__()
        self.at = stage

    def changed(self):
        if self.stage == self.at and self.done > 0:
            self.cancel()


@pytest.mark.parametrize("stage", ["검사 중", "저장 중"])
def test_cancel_leaves_nothing(workspace, demo_dir, stage):
    before = content_checksum(workspace.engine)
    with pytest.raises(Cancelled):
        import_file(workspace, demo_dir / FILE_NAMES["claims"], progress=CancelAt(stage))
    assert content_checksum(workspace.engine) == before
    assert _count(workspace, ImportBatch.__table__) == 0


def test_saved_mapping_for_an_unknown_layout(workspace, tmp_path):
    headers = ["No", "업소", "사업자", "금액(원)", "코드"]
    path = write_xlsx(tmp_path / "odd.xlsx", {"s": [headers, [1, "햇살네일", "116-82-00276", 50000, "Z1"]]})
    with pytest.raises(InputRefused, match="찾지 못했습니다"):
        plan_import(path)
    mapping = Mapping("pay", {"업소": "business_name", "사업자": "brn", "금액(원)": "amount",
                              "코드": "partner_code"}, name="페이 구양식")
    mfile = tmp_path / "map.json"
    mapping.save(mfile)
    r = import_file(workspace, path, mapping=Mapping.load(mfile))
    assert r.profile == "pay" and r.rows_imported == 1
    bad = tmp_path / "bad.json"
    bad.write_text('{"profile": "pay", "columns": {"업소": "nonsense"}}', encoding="utf-8")
    with pytest.raises(InputRefused, match="nonsense"):
        Mapping.load(bad)


def test_no_known_header_says_what_it_saw_in_place_and_never_a_resident_number(tmp_path):
    """A layout no profile knows is refused with the rows seen, each cell in its column, for
    the wizard's mapping screen; a value shaped like a 주민등록번호 is blanked there and in the
    message."""
    from importers.service import NoHeaderFound

    rrn = "850101-1234567"
    path = write_xlsx(tmp_path / "unknown.xlsx", {"지급": titled(
        ["매장 번호", "PC방 상호", "비고", "보상 지급액(원)"],
        [["PC-1", "행복PC방", None, 50000.0], ["PC-2", "즐거운PC방", f"점주 {rrn}", 30000]])})
    with pytest.raises(NoHeaderFound) as caught:
        plan_import(path)
    (sheet, rows), = caught.value.sheets
    assert sheet == "지급"
    by_row = dict(rows)
    assert by_row[4] == ["매장 번호", "PC방 상호", "비고", "보상 지급액(원)"]
    assert by_row[5] == ["PC-1", "행복PC방", "", "50000"]  # the empty cell keeps its column
    assert by_row[6][2] == "*" * len(f"점주 {rrn}")
    assert rrn not in str(caught.value) and "1234567" not in repr(caught.value.sheets)
    assert "4행: 매장 번호, PC방 상호, 비고" in str(caught.value)
