"""Refresh the Qt translations: extract with pyside6-lupdate, fill, compile with pyside6-lrelease.

    python tools/translations.py

Korean is the source language (the strings in the code); recon1015_ko.ts repeats
them as its translations. English lives in EN below (kept here so a string
changed in the code shows up as missing instead of silently staying stale).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"

EN = {
    "담당자": "Operator", "담당자 이름 (감사 기록에 남습니다):": "Your name (recorded in the audit log):",
    "Recon1015": "Recon1015",
    "아직 작업 파일이 없습니다. 새로 만들까요, 데모를 열까요?": "There is no workspace yet. Create a new one, or open the demo?",
    "새 작업 파일": "New workspace", "데모 열기": "Open the demo",
    "파일이 다른 프로그램에서 열려 있거나 권한이 없습니다: {0}": "The file is open in another program, or you may not open it: {0}",
    "파일을 찾을 수 없습니다: {0}": "File not found: {0}",
    "디스크 공간이 부족합니다. 공간을 확보한 뒤 다시 시도하세요.": "The disk is full. Free some space and try again.",
    "파일 작업에 실패했습니다: {0}": "A file operation failed: {0}",
    "예상하지 못한 오류가 발생했습니다. 작업은 저장되지 않았습니다.": "An unexpected error occurred. Nothing was saved.",
    "검사 결과": "Checking report",
    "아직 아무것도 저장하지 않았습니다. 오류 행을 어떻게 할지 고르세요.": "Nothing has been saved yet. Choose what to do with rows that have errors.",
    "파일": "File", "시트": "Sheet", "행": "Row", "열": "Column", "내용": "Message",
    "오류가 있는 파일은 가져오지 않기 (권장)": "Do not import a file that has errors (recommended)",
    "오류 행은 따로 두고 나머지를 가져오기": "Set the rejected rows aside and import the rest",
    "{0}개 파일, {1}행: 오류 {2}건, 경고 {3}건": "{0} files, {1} rows: {2} errors, {3} warnings",
    "이름, 휴대전화, 사업자등록번호, 접수번호로 검색": "Search by name, mobile, business number or report number",
    "이름, 휴대전화, 사업자등록번호 또는 접수번호 (Ctrl+F)": "Name, mobile, business registration number or report number (Ctrl+F)",
    "신청인 구분": "Claimant type", "담당회사": "Company", "서비스": "Service", "결과": "Outcome",
    "개인정보 보기": "Show personal data",
    "가려진 이름과 전화번호를 보여 줍니다. 볼 때마다 감사 기록에 남습니다.": "Shows masked names and phone numbers. Every reveal is recorded in the audit log.",
    "접수 내역: 열 머리글을 눌러 정렬합니다": "Reports: click a column header to sort",
    "선택한 신청인의 접수, 계열사 지급 내역, 결과와 그 이유": "The selected claimant's reports, affiliate payouts, outcome and why",
    "모든 신청인": "All claimants", "일반이용자": "General user", "소상공인": "Small business",
    "중대형기업": "Mid/large company", "모든 회사": "All companies", "모든 서비스": "All services",
    "모든 결과": "All outcomes", "미대사": "Not reconciled", "{0}건": "{0} rows",
    "<p>선택한 접수의 신청인이 아직 정리되지 않았습니다 (대사 전).</p>": "<p>The selected report's claimant is not resolved yet (run reconcile).</p>",
    "확인 필요": "Needs checking", "접수": "Reports", "계열사 지급 내역": "Affiliate payouts",
    "가져오기": "Import", "✔ {0}: 배치 {1}, {2}행 가져옴, {3}행 제외": "✔ {0}: batch {1}, {2} rows imported, {3} set aside",
    " → 오류 행: {0}": " → rejected rows: {0}",
    "✖ {0}: 가져오지 않았습니다 (데이터베이스는 그대로입니다).\n{1}": "✖ {0}: not imported (the database is unchanged).\n{1}",
    "■ {0}: 취소했습니다. 저장된 것은 없습니다.": "■ {0}: cancelled. Nothing was saved.",
    "{0} 가져오는 중…": "Importing {0}…", "접수 현황": "Reports", "전체 접수": "All reports",
    "카카오 접수": "Kakao", "계열사 접수": "Affiliates", "일반 이용자": "General users",
    "유료 서비스 피해": "Paid-service damage", "무료 서비스 금전 피해": "Free service, money mentioned",
    "대사 결과": "Reconciliation", "지급 대상": "Payable", "지급 예정액": "Amount payable",
    "협의체 심의": "Committee review", "계열사 기지급": "Covered by affiliate",
    "이중 지급 방지액": "Kept from double payment", "손실 없음": "No loss",
    "혜택 대상 (현금 없음)": "Benefits only (no cash)", "확인 불가": "Unidentifiable",
    "검토 대기": "Review queue", "검토 완료": "Reviewed", "확실한 일치": "Sure matches",
    "지급 구간별 인원": "Claimants by tier", "계열사별 신고 정산": "Reports by affiliate",
    "{0}명": "{0}", "인원": "Claimants", "가져올 파일": "Files to import",
    "파일마다 알아낸 종류를 확인하세요. 종류를 바꾸면 다시 읽습니다.": "Check the kind detected for each file. Changing it reads the file again.",
    "종류": "Kind", "오류": "Errors", "상태": "Status", "이 파일의 종류": "This file's kind",
    "자동 감지": "Detect", "읽는 중…": "Reading…", "{0}의 암호:": "Password for {0}:",
    "암호가 맞지 않습니다. {0}의 암호를 다시 입력하세요:": "Wrong password. Enter the password for {0} again:",
    "암호가 걸린 통합문서": "Password-protected workbook", "{0} 읽는 중…": "Reading {0}…",
    "자동: {0}": "Detected: {0}", "확인됨: 시트 {0}": "Checked: sheets {0}", "배치": "Batch",
    "가져온 행": "Rows", "가져온 일시": "Imported at", "가져오기 취소…": "Undo import…",
    "선택한 배치와 그 행을 지웁니다 (승인된 지급대장에 없을 때만)": "Removes the selected batch and its rows (only while none of it is in an approved ledger)",
    "가져옴": "Imported", "취소됨": "Undone", "가져오기 취소": "Undo import",
    "배치 {0}을(를) 취소하는 사유:": "Why undo batch {0}:", "배치 {0}을(를) 취소했습니다": "Batch {0} undone",
    "Recon1015 — {0}": "Recon1015 — {0}", "대시보드": "Dashboard", "접수 내역": "Reports",
    "가져오기 기록": "Import history", "파일(&F)": "&File", "새 작업 파일…": "New workspace…",
    "작업 파일 열기…": "Open workspace…", "최근 작업 파일": "Recent workspaces",
    "팀 데이터베이스 연결…": "Connect to a team database…",
    "PostgreSQL 주소로 팀이 함께 쓰는 데이터베이스에 연결합니다": "Connect to a database the team shares, by its PostgreSQL URL",
    "종료": "Quit", "작업(&W)": "&Work", "가져오기…": "Import…",
    "접수 내역이나 계열사 지급 내역 파일을 가져옵니다": "Import a claims register or affiliate payout sheets",
    "대사 실행": "Reconcile", "지급 내역을 신청인과 맞추고 지급액을 계산합니다": "Match payouts to claimants and compute what is owed",
    "새로 고침": "Refresh", "보기(&V)": "&View", "검색": "Search", "언어": "Language",
    "담당자: {0}": "Operator: {0}", "작업 파일 (*.sqlite3)": "Workspaces (*.sqlite3)",
    "작업 파일 열기": "Open workspace", "작업 파일 (*.sqlite3);;모든 파일 (*)": "Workspaces (*.sqlite3);;All files (*)",
    "팀 데이터베이스": "Team database",
    "PostgreSQL 주소 (postgresql+psycopg://사용자@서버/DB):": "PostgreSQL URL (postgresql+psycopg://user@server/db):",
    "취소했습니다. 저장된 것은 없습니다.": "Cancelled. Nothing was saved.",
    "대사 완료: 지급 대상 {0}명, {1}원, 검토 대기 {2}건": "Reconciled: {0} payable, {1} KRW, {2} waiting for review",
    "대사하는 중…": "Reconciling…", "스프레드시트 ({0})": "Spreadsheets ({0})",
    "작업이 진행 중입니다. 취소하고 닫을까요?": "Work is in progress. Cancel it and close?",
    "미리 보기와 열 매핑": "Preview and column mapping",
    "첫 행들과 각 열이 어느 항목으로 들어가는지 확인하고, 필요하면 고쳐 저장하세요.": "Check the first rows and where each column goes; correct and save the mapping if needed.",
    "미리 볼 파일": "File to preview", "머리글": "Header", "항목": "Field", "매핑 적용": "Apply mapping",
    "고친 매핑으로 다시 읽습니다": "Read the file again with the corrected mapping", "매핑 저장…": "Save mapping…",
    "이 매핑을 이름을 붙여 저장해 다음에 다시 씁니다": "Save this mapping under a name to use it again",
    "(가져오지 않음)": "(not imported)", "필수 항목이 빠졌습니다: {0}": "Required fields are missing: {0}",
    "매핑 저장": "Save mapping", "매핑 이름:": "Mapping name:", "매핑을 저장했습니다: {0}": "Mapping saved: {0}",
    "취소": "Cancel", "취소하는 중…": "Cancelling…", "접수번호": "Report no.", "접수일시": "Received",
    "신청인구분": "Claimant type", "성명": "Name", "상호": "Business", "휴대전화": "Mobile",
    "사업자등록번호": "Business reg. no.", "매출손실액": "Revenue loss", "지급": "Pay",
    "혜택 대상": "Benefits only", "개별 검토": "Individual review", "계열사 정산": "Settled by affiliate",
    "계열사 미결": "Open at affiliate", "피해 접수 내역": "Claims register", "카카오게임즈": "Kakao Games",
    "카카오모빌리티": "Kakao Mobility", "카카오엔터테인먼트": "Kakao Entertainment", "카카오페이": "Kakao Pay",
    "동일인 확인": "Confirmed same", "다른 사람": "Different person",
    "저장해 둔 매핑으로 다시 읽습니다": "Read the file again with a saved mapping",
    "점수": "Score", "계열사": "Affiliate", "신청인": "Claimant", "검토 {0}: {1}": "Review {0}: {1}",
    "계열사로 거르기": "Filter by affiliate", "점수 구간으로 거르기": "Filter by score band",
    "모든 점수": "All scores", "0.7 이상": "0.7 and above", "0.5–0.7": "0.5–0.7", "0.5 미만": "Below 0.5",
    "신청인과 지급 내역을 나란히 봅니다. 다른 값은 강조됩니다.": "The claimant and the payout side by side; values that differ are highlighted.",
    "메모 (선택)": "Note (optional)", "판단과 함께 감사 기록에 남습니다": "Recorded in the audit log with the decision",
    "동일인 (Y)": "Same (Y)", "다른 사람 (N)": "Different (N)", "건너뛰기 (S)": "Skip (S)",
    "선택 항목 모두 동일인…": "Confirm all selected…",
    "선택한 후보를 한꺼번에 동일인으로 확인합니다 (확인 후)": "Confirm every selected candidate as the same person (after a prompt)",
    "같은 사람입니다": "The same person", "다른 사람입니다": "A different person",
    "다음 후보로 넘어갑니다": "Go to the next candidate", "모든 계열사": "All affiliates",
    "{0} / {1} 검토 완료": "{0} / {1} reviewed", "한꺼번에 확인": "Confirm together",
    "선택한 {0}건을 모두 동일인으로 확인할까요?": "Confirm all {0} selected as the same person?",
    "{0}건 한꺼번에 확인": "Confirm {0} together", "<p>검토할 후보가 없습니다.</p>": "<p>No candidates to review.</p>",
    "상호/성명": "Business/name", "증빙": "Evidence", "결정": "Decision",
    "원": " KRW", "협의체가 승인한 금액": "The amount the committee approved",
    "회의 번호 (예: 제3차 협의체)": "Meeting reference (e.g. 3rd committee meeting)",
    "결정한 회의의 번호": "The meeting that decided", "결정 기록": "Record decision",
    "선택한 신청인의 협의체 결정을 기록합니다 (다음 대사에서 지급 대상이 됩니다)": "Records the committee's decision for the selected claimant (payable from the next reconcile)",
    "승인 금액": "Approved amount", "회의 번호": "Meeting", "{0} ({1})": "{0} ({1})", "심의 대기": "Waiting",
    "심의 대기 {0}명, 결정 {1}명": "{0} waiting, {1} decided",
    "작업, 담당자, 대상으로 거르기": "Filter by action, operator or subject", "예: ledger, review, 김정산": "e.g. ledger, review, a name",
    "변조 검사": "Verify", "감사 기록의 해시 사슬을 처음부터 확인합니다": "Checks the audit log's hash chain from the start",
    "번호": "No.", "일시": "When", "작업": "Action", "대상": "Subject",
    "✔ 기록 {0}건: 변조 없음": "✔ {0} events: intact", "✖ 기록 {0}번부터 변조됨: {1}": "✖ tampered from event {0}: {1}",
    "지급대장 {0} 내보내기": "Export ledger {0}", "찾아보기…": "Browse…", "마스킹 사본 (회계 밖 공유용)": "Masked copy (to share outside accounting)",
    "이름은 김*용, 계좌는 끝 4자리만 보입니다": "Names as 김*용, accounts with their last 4 digits only",
    "비워 두면 암호 없음": "Leave empty for no password", "Excel과 LibreOffice가 열 때 묻는 암호": "The password Excel and LibreOffice ask for",
    "대량이체 파일도 만들기": "Also write the bank transfer sheet", "은행 대량이체 업로드 양식 (원본에만)": "The bank's bulk-transfer upload (original only)",
    "암호": "Password", "지급대장 저장": "Save ledger", "Excel 통합문서 (*.xlsx)": "Excel workbook (*.xlsx)",
    "지급액": "Amount", "작성자": "Prepared by", "승인자": "Approved by", "작성 일시": "Prepared at",
    "환수액": "To recover", "사유": "Reason", "지급대장 작성…": "Prepare ledger…",
    "지급 대상 중 아직 지급대장에 없는 항목을 모읍니다": "Gathers every payable line not yet in a ledger",
    "승인": "Approve", "선택한 지급대장을 승인합니다 (작성자는 승인할 수 없습니다)": "Approves the selected ledger (not by the one who prepared it)",
    "내보내기…": "Export…", "승인된 지급대장을 Excel로 내보냅니다": "Exports an approved ledger to Excel",
    "취소(무효)…": "Void…", "선택한 지급대장을 취소하고 항목을 풀어 줍니다": "Voids the selected ledger and releases its lines",
    "계열사 보고서…": "Affiliate reports…", "계열사마다 미결 신고, 차감, 미매칭 내역 통합문서를 씁니다": "Writes one workbook per affiliate: open reports, offsets, unmatched rows",
    "환수 (지급 후 중복 확인)": "Clawbacks (duplicates found after payment)",
    "지급대장에 넣을 항목이 없습니다. 먼저 대사를 실행하세요.": "Nothing to put in a ledger. Run reconcile first.",
    "지급대장 작성": "Prepare ledger", "{0}명, {1}을(를) 새 지급대장에 넣습니다 (제외 {2}명). 작성할까요?": "Put {0} claimants, {1}, into a new ledger ({2} excluded)?",
    "지급대장 취소": "Void ledger", "{0}을(를) 취소하는 사유:": "Why void {0}:", "내보내기 완료": "Exported",
    "{0}에 썼습니다. 폴더를 열까요?": "Written to {0}. Open the folder?", "계열사 보고서를 쓸 폴더": "Folder for the affiliate reports",
    "작성": "Draft", "내보냄": "Exported", "취소(무효)": "Void",
    "지급대장": "Ledgers", "감사 기록": "Audit log", "대사 완료": "Reconciled", "지난 대사 이후 바뀐 것:": "Changed since the last run:",
    "  없음": "  nothing", "새 신청인": "new claimants", "바뀐 신청인": "changed claimants", "없어진 신청인": "removed claimants",
    "신청인에 연결된 접수": "reports linked", "새 일치": "new matches", "바뀐 일치": "changed matches", "없어진 일치": "removed matches",
    "새 결과": "new outcomes", "바뀐 결과": "changed outcomes", "없어진 결과": "removed outcomes",
    "새 지급 항목": "new payable lines", "취소된 지급 항목": "voided payable lines", "정책": "policy",
    "지급 구간": "Tier", "차감액": "Offset", "{0}명, 합계 {1}. 제외 {2}명: {3}": "{0} claimants, {1} in all. {2} excluded: {3}",
    "이름/상호": "Name/business", "대표자": "Representative", "되돌리기": "Undo", "지급 내역": "Payout",
    "지급대장 파일": "Ledger file",
    "저장된 매핑…": "Saved mappings…",
    "신청인 {0}": "Claimant {0}", "같은 휴대전화를 쓰는 다른 신청인: {0}": "Other claimants with the same mobile: {0}",
    "신청인을 알아볼 정보(휴대전화·사업자등록번호·카카오계정) 없음":
        "Nothing to identify the claimant by (mobile, business registration number, Kakao account)",
    "사업자등록번호 검증번호 오류": "Business registration number fails its check digit",
    "휴대전화 번호가 여럿": "Several mobile numbers",
    "동일인": "same person",
    # mapping a layout no profile knows
    "읽지 못했거나 열을 맞추지 않아 이 파일은 가져오지 않습니다": "Not imported: the file could not be read, or its columns were not mapped",
    "머리글을 알아보지 못했습니다. 다음 화면에서 열을 맞추세요.": "No known header row. Map its columns on the next page.",
    "머리글이 있는 행": "The row that holds the headers", "머리글 행": "Header row", "{0}행: {1}": "row {0}: {1}",
    "알려진 머리글이 없는 파일입니다. 종류와 머리글 행을 고르고, 열마다 항목을 정한 뒤 [매핑 적용]을 누르세요 (* 표시는 필수 항목).":
        "No profile knows this layout. Choose the kind of file and its header row, give each column a field, "
        "then press Apply mapping (* marks a required field).",
    # why a claimant stays out of a ledger
    "매출손실 없음": "no revenue loss", "신청인 확인 불가": "claimant unidentifiable",
    "개별 검토 대상": "reviewed case by case", "다른 지급대장에 포함": "in another ledger",
    # what the importers say of a row
    "금액을 읽을 수 없습니다: {reason}": "Cannot read the amount: {reason}", "음수 금액": "negative amount",
    "숫자가 아님": "not a number", "원 단위 미만 금액": "a fraction of a won",
    "비정상적으로 큰 금액 (1조원 초과)": "implausibly large (over 1 trillion won)",
    "날짜를 읽을 수 없습니다 ({reason})": "Cannot read the date ({reason})", "없는 날짜": "no such date",
    "없는 시각": "no such time", "날짜 범위를 벗어남": "date out of range", "날짜 형식이 아님": "not a date",
    "사업자등록번호 검증번호가 맞지 않습니다: 값은 보관하지만 확실한 식별 키로 쓰지 않습니다":
        "The business registration number fails its check digit: it is kept, but never used as a sure key",
    "사업자등록번호가 마스킹되어 있어 식별에 쓰지 않습니다":
        "The business registration number is masked, so it is not used to identify anyone",
    "사업자등록번호 형식이 아닙니다 (XXX-XX-XXXXX)": "Not a business registration number (XXX-XX-XXXXX)",
    "휴대전화 번호가 아닙니다 (010-XXXX-XXXX)": "Not a mobile number (010-XXXX-XXXX)",
    "계좌번호를 읽을 수 없습니다 ({reason})": "Cannot read the account number ({reason})",
    "숫자로 저장되어 자릿수가 사라졌을 수 있습니다. 텍스트로 보내 주세요":
        "it was stored as a number and may have lost digits; ask for it as text",
    "계좌번호 형식이 아닙니다": "not an account number",
    "신청인구분 '{value}'을(를) 알 수 없습니다 (일반이용자/소상공인/중대형기업)":
        "Unknown claimant type '{value}' (일반이용자/소상공인/중대형기업)",
    "담당회사 '{value}'을(를) 알 수 없습니다": "Unknown company '{value}'",
    "Y 또는 N이어야 합니다 (값을 비워 둡니다)": "Must be Y or N (left empty)",
    "은행 '{value}'을(를) 알 수 없습니다 (은행명 또는 3자리 은행코드)": "Unknown bank '{value}' (a bank's name or its 3-digit code)",
    "알려진 머리글이 없어 이 시트는 가져오지 않았습니다": "No known header row: this sheet was not imported",
    "주민등록번호 열은 가져오지 않았습니다 (저장 금지)": "Resident registration number column not imported (never stored)",
    "주민등록번호로 보이는 값이 있어 이 열은 가져오지 않았습니다 ({where}). 값은 저장하지도 표시하지도 않습니다.":
        "This column holds what looks like a resident registration number ({where}), so it was not imported. "
        "The value is neither stored nor shown.",
    "{row}행 외 {n}건": "row {row} and {n} more", "{row}행": "row {row}",
    "표 밖의 메모로 보고 건너뛴 행: '{value}'": "Row skipped as a note outside the table: '{value}'",
    "값이 너무 깁니다 ({n}자; 최대 {max}자)": "Value too long ({n} characters; at most {max})",
    "필수 값이 비어 있습니다": "A required value is empty",
    "신청인을 알아볼 정보(휴대전화·사업자등록번호·계정·성명)가 하나도 없습니다":
        "Nothing identifies the claimant (mobile, business registration number, account or name)",
    "접수번호 {value}이(가) 이 파일의 {sheet} {row}행에도 있습니다": "Report no. {value} is also in {sheet} row {row} of this file",
    "시트 '{value}'": "sheet '{value}'",
    "서비스 '{value}'의 담당회사를 알 수 없습니다 (담당회사 열이 필요합니다)":
        "No company is known for the service '{value}' (the file needs a 담당회사 column)",
    "계좌번호는 있는데 은행이 없습니다": "An account number without a bank",
    # the parts of an outcome's explanation
    "{c} 서비스 신고: {c}가 {a} 지급": "report about a {c} service: {c} paid {a}",
    "{c} 서비스 신고: {c} 지급 내역에 없음": "report about a {c} service: not in {c}'s payouts",
    "{c} 미결 목록": "on {c}'s list of open claims", "정산 완료": "settled",
    "매출손실 {a}: 최고 구간({b}) 초과": "revenue loss {a}: above the top tier ({b})",
    "매출손실 {a}": "revenue loss {a}", "{a} 구간": "tier {a}", "최고 구간 {a}": "top tier {a}",
    "협의체 심의 대기": "waiting for the committee", "협의체 결정 {a} ({r})": "committee decided {a} ({r})",
    "{c} 지급 {a} 차감": "{c} paid {a}, deducted", "{c} 지급 {a} (정책상 차감 안 함)": "{c} paid {a} (not deducted: policy)",
    "{c} 지급 {a} 이력": "{c} paid {a} before", "정책상 제외": "excluded by the policy",
    "계열사 기지급으로 지급액 없음": "nothing to pay: an affiliate already paid",
    "지급액 없음": "nothing to pay", "지급 {a}": "pay {a}",
    "매출손실액 신고 없음: 지급 대상 아님": "no revenue loss reported: nothing to pay",
    "신청인을 알아볼 정보(휴대전화·사업자등록번호·카카오계정)가 없어 담당자 확인이 필요합니다":
        "nothing identifies the claimant (mobile, business registration number, Kakao account): a clerk must check",
    "일반 이용자: 이모티콘·쿠폰 등 혜택 대상 (현금 지급 없음)": "general user: benefits such as emoticons and coupons (no cash)",
    "중대형기업: 개별 검토 대상": "mid/large company: reviewed case by case",
    # why a match is proposed
    "사업자등록번호 일치": "Business registration numbers agree", "휴대전화 일치": "Mobiles agree",
    "성명 일치": "Names agree", "성명 불일치": "Names differ",
    "마스킹된 휴대전화의 보이는 숫자 일치": "The visible digits of the masked mobile agree",
    "사업자등록번호 일치(검증번호 오류)": "Business registration numbers agree (check digit fails)",
    "지급 내역의 사업자등록번호는 신청인에게 없음": "The payout's business registration number is not the claimant's",
    "같은 휴대전화의 신청인이 여럿": "Several claimants have this mobile", "담당자 판단": "Clerk's decision",
    "다른 신청인이 동일인으로 확인됨": "Another claimant was confirmed as this payee",
    # the audit log
    "파일 가져오기": "File imported", "지급 항목 생성": "Payable line created",
    "지급 항목 무효": "Payable line voided", "환수 대상 발생": "Clawback raised", "검토 판단": "Review decision",
    "검토 판단 되돌림": "Review decision undone", "협의체 결정": "Committee decision",
    "지급대장 승인": "Ledger approved", "지급대장 내보내기": "Ledger exported", "작업 파일 백업": "Workspace backed up",
    "가져오기 배치 {0}": "Import batch {0}", "검토 항목 {0}": "Review item {0}",
    "계열사 지급 행 {0}": "Affiliate payout row {0}", "지급 항목 {0}": "Payable line {0}",
    "정책 버전 {0}": "Policy version {0}", "접수 내역 화면 {0}": "Reports screen {0}",
    "검토 대기 화면 {0}": "Review queue screen {0}", "협의체 심의 목록 {0}": "Committee list {0}",
    "화면": "front end",
    "비교 화면에 이름을 가리지 않고 보여 줍니다. 볼 때마다 감사 기록에 남습니다.":
        "Shows the names in the comparison unmasked. Every reveal is recorded in the audit log.", "지급대장 {0}": "Ledger {0}",
    "읽은 행": "rows read", "따로 둔 행": "Set aside", "경고": "warnings", "SHA-256": "SHA-256",
    "지급 행": "payout row", "근거": "by", "금액": "amount", "이전 금액": "previous amount",
    "보상 구분": "programme", "합계": "total", "제외": "excluded", "항목 SHA-256": "lines SHA-256",
    "풀려난 항목": "lines released", "대량이체 파일": "bank transfer file", "가림": "masked",
    "판단": "decision", "되돌린 판단": "decision undone", "이전 상태": "previous status",
    "되돌린 상태": "status restored", "지급 행 지문": "payout fingerprint", "회의": "meeting",
    "크기(바이트)": "size (bytes)", "보이던 행": "rows in view", "거르기": "filter", "바뀐 것": "changes",
    "일치": "matches", "중복 지급 방지액": "kept from double payment",
     "휴대전화와 성명": "mobile and name",
    "휴대전화를 함께 쓰는 신청인": "shared mobile", "알아볼 정보 없음": "unidentifiable",
    "휴대전화 여럿": "several mobiles", "휴대전화 {0}": "mobile {0}", "사업자 {0}": "business {0}",
    "카카오계정 {0}": "Kakao account {0}", "접수 {0}": "report {0}", "예": "yes", "아니오": "no",
    "사유: {0}": "reason: {0}", "대장 번호": "ledger number", "카카오 보상": "Kakao compensation", "예: 지급대장, 검토, 김정산": "e.g. ledger, review, 김정산",
    "{0}건 중 {1}건": "{1} of {0}",
    "최근 {0}건만 보입니다. 거르기로 좁히세요.": "Only the latest {0} are shown; filter to narrow them down.",
}


def run(tool: str, *args: str) -> None:
    exe = Path(sys.executable).with_name(tool)
    subprocess.run([str(exe), *args], check=True, cwd=ROOT, capture_output=True)


# Where one Korean word needs other English in one screen: (context, source) -> English.
# The audit log names past events ("Ledger prepared"), where a menu names a command.
EN_IN = {
    ("AuditPage", "지급대장 작성"): "Ledger prepared", ("AuditPage", "대사 실행"): "Reconciled",
    ("AuditPage", "지급대장 취소"): "Ledger voided", ("AuditPage", "가져오기 취소"): "Import undone",
    ("AuditPage", "개인정보 보기"): "Personal data shown", ("AuditPage", "확실한 일치"): "Sure match",
    ("AuditPage", "신청인"): "claimant",
    ("AuditPage", "파일"): "file", ("AuditPage", "항목"): "lines",
    ("AuditPage", "암호"): "encrypted", ("AuditPage", "시트"): "sheets", ("AuditPage", "종류"): "kind",
    ("AuditPage", "가져온 행"): "rows imported", ("AuditPage", "따로 둔 행"): "rows set aside", ("AuditPage", "접수"): "reports",
    ("AuditPage", "검색"): "search", ("AuditPage", "담당회사"): "company", ("AuditPage", "서비스"): "service",
    ("AuditPage", "결과"): "outcomes", ("AuditPage", "신청인 구분"): "claimant type",
    ("AuditPage", "확인 필요"): "needs checking", ("AuditPage", "지급액"): "payable",
    ("AuditPage", "다른 사람"): "different person",
    ("AuditPage", "검토 대기"): "waiting for review", ("AuditPage", "동일인 확인"): "confirmed same",
    ("AuditPage", "작성"): "draft", ("AuditPage", "승인"): "approved", ("AuditPage", "내보냄"): "exported",
    ("AuditPage", "취소(무효)"): "void", ("AuditPage", "사업자등록번호"): "business registration number",
    ("AuditPage", "사업자등록번호 검증번호 오류"): "BRN check digit fails",
}


def fill(ts: Path, english: bool) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    context_of = {m: ctx.find("name").text for ctx in tree.iter("context") for m in ctx.iter("message")}
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if message.get("type") == "vanished" or translation.get("type") == "vanished":
            continue
        text = EN_IN.get((context_of[message], source), EN.get(source)) if english else source
        if text is None:
            missing.append(source)
            continue
        translation.text = text
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").glob("*.py"))
    ts = {lang: TS_DIR / f"recon1015_{lang}.ts" for lang in ("ko", "en")}
    run("pyside6-lupdate", *sources, "-no-obsolete", "-ts", *(str(p) for p in ts.values()))
    missing = fill(ts["en"], english=True)
    fill(ts["ko"], english=False)
    for path in ts.values():
        run("pyside6-lrelease", str(path), "-qm", str(path.with_suffix(".qm")))
    if missing:
        print("missing English for:\n  " + "\n  ".join(missing))
        return 1
    print("translations up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
