<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/audit_log.py" line="232" />
        <source>작업, 담당자, 대상으로 거르기</source>
        <translation>Filter by action, operator or subject</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="236" />
        <source>변조 검사</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="237" />
        <source>감사 기록의 해시 사슬을 처음부터 확인합니다</source>
        <translation>Checks the audit log's hash chain from the start</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="242" />
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="26" />
        <source>파일 가져오기</source>
        <translation>File imported</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="27" />
        <source>가져오기 취소</source>
        <translation>Import undone</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="28" />
        <source>대사 실행</source>
        <translation>Reconciled</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="29" />
        <location filename="../../desktop/audit_log.py" line="107" />
        <source>확실한 일치</source>
        <translation>Sure match</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="30" />
        <source>지급 항목 생성</source>
        <translation>Payable line created</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="31" />
        <source>지급 항목 무효</source>
        <translation>Payable line voided</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="32" />
        <source>환수 대상 발생</source>
        <translation>Clawback raised</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="33" />
        <source>검토 판단</source>
        <translation>Review decision</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="34" />
        <source>검토 판단 되돌림</source>
        <translation>Review decision undone</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="35" />
        <source>협의체 결정</source>
        <translation>Committee decision</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="36" />
        <source>지급대장 작성</source>
        <translation>Ledger prepared</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="37" />
        <source>지급대장 승인</source>
        <translation>Ledger approved</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="38" />
        <source>지급대장 내보내기</source>
        <translation>Ledger exported</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="39" />
        <source>지급대장 취소</source>
        <translation>Ledger voided</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="40" />
        <source>개인정보 보기</source>
        <translation>Personal data shown</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="41" />
        <source>작업 파일 백업</source>
        <translation>Workspace backed up</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="62" />
        <location filename="../../desktop/audit_log.py" line="63" />
        <location filename="../../desktop/audit_log.py" line="83" />
        <source>신청인</source>
        <translation>claimant</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="44" />
        <source>가져오기 배치 {0}</source>
        <translation>Import batch {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="45" />
        <source>지급대장 {0}</source>
        <translation>Ledger {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="46" />
        <source>신청인 {0}</source>
        <translation>Claimant {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="47" />
        <source>검토 항목 {0}</source>
        <translation>Review item {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="48" />
        <source>계열사 지급 행 {0}</source>
        <translation>Affiliate payout row {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="49" />
        <source>지급 항목 {0}</source>
        <translation>Payable line {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="50" />
        <source>정책 버전 {0}</source>
        <translation>Policy version {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="51" />
        <source>접수 내역 화면 {0}</source>
        <translation>Reports screen {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="52" />
        <source>검토 대기 화면 {0}</source>
        <translation>Review queue screen {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="53" />
        <source>협의체 심의 목록 {0}</source>
        <translation>Committee list {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="56" />
        <source>파일</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="56" />
        <source>종류</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="57" />
        <source>시트</source>
        <translation>sheets</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="57" />
        <source>읽은 행</source>
        <translation>rows read</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="58" />
        <source>가져온 행</source>
        <translation>rows imported</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="59" />
        <source>따로 둔 행</source>
        <translation>rows set aside</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="60" />
        <source>경고</source>
        <translation>warnings</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="60" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="61" />
        <source>접수</source>
        <translation>reports</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="61" />
        <location filename="../../desktop/audit_log.py" line="76" />
        <source>지급 행</source>
        <translation>payout row</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="64" />
        <source>근거</source>
        <translation>by</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="64" />
        <source>금액</source>
        <translation>amount</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="65" />
        <source>이전 금액</source>
        <translation>previous amount</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="66" />
        <source>보상 구분</source>
        <translation>programme</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="66" />
        <source>대장 번호</source>
        <translation>ledger number</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="67" />
        <source>항목</source>
        <translation>lines</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="67" />
        <source>합계</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="68" />
        <source>제외</source>
        <translation>excluded</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="69" />
        <source>항목 SHA-256</source>
        <translation>lines SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="70" />
        <source>풀려난 항목</source>
        <translation>lines released</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="71" />
        <source>대량이체 파일</source>
        <translation>bank transfer file</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="72" />
        <source>암호</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="72" />
        <source>가림</source>
        <translation>masked</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="73" />
        <source>판단</source>
        <translation>decision</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="73" />
        <source>되돌린 판단</source>
        <translation>decision undone</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="74" />
        <source>이전 상태</source>
        <translation>previous status</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="75" />
        <source>되돌린 상태</source>
        <translation>status restored</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="77" />
        <source>지급 행 지문</source>
        <translation>payout fingerprint</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="78" />
        <source>회의</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="78" />
        <source>크기(바이트)</source>
        <translation>size (bytes)</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="79" />
        <source>보이던 행</source>
        <translation>rows in view</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="79" />
        <source>거르기</source>
        <translation>filter</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="80" />
        <source>검색</source>
        <translation>search</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="80" />
        <source>담당회사</source>
        <translation>company</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="81" />
        <source>서비스</source>
        <translation>service</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="81" />
        <location filename="../../desktop/audit_log.py" line="84" />
        <source>결과</source>
        <translation>outcomes</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="82" />
        <source>신청인 구분</source>
        <translation>claimant type</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="83" />
        <source>바뀐 것</source>
        <translation>changes</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="84" />
        <source>일치</source>
        <translation>matches</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="85" />
        <source>확인 필요</source>
        <translation>needs checking</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="85" />
        <source>지급액</source>
        <translation>payable</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="86" />
        <source>중복 지급 방지액</source>
        <translation>kept from double payment</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="87" />
        <source>정책</source>
        <translation>policy</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="88" />
        <source>화면</source>
        <translation>front end</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="106" />
        <source>동일인</source>
        <translation>same person</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="106" />
        <location filename="../../desktop/audit_log.py" line="108" />
        <source>다른 사람</source>
        <translation>different person</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="107" />
        <source>검토 대기</source>
        <translation>waiting for review</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="108" />
        <source>동일인 확인</source>
        <translation>confirmed same</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="109" />
        <source>작성</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="109" />
        <source>승인</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="110" />
        <source>내보냄</source>
        <translation>exported</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="110" />
        <source>취소(무효)</source>
        <translation>void</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="111" />
        <source>사업자등록번호</source>
        <translation>business registration number</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="111" />
        <source>휴대전화와 성명</source>
        <translation>mobile and name</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="112" />
        <source>휴대전화를 함께 쓰는 신청인</source>
        <translation>shared mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="113" />
        <source>알아볼 정보 없음</source>
        <translation>unidentifiable</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="114" />
        <source>사업자등록번호 검증번호 오류</source>
        <translation>BRN check digit fails</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="115" />
        <source>휴대전화 여럿</source>
        <translation>several mobiles</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="140" />
        <source>휴대전화 {0}</source>
        <translation>mobile {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="142" />
        <source>사업자 {0}</source>
        <translation>business {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="144" />
        <source>카카오계정 {0}</source>
        <translation>Kakao account {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="146" />
        <source>접수 {0}</source>
        <translation>report {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="155" />
        <source>카카오 보상</source>
        <translation>Kakao compensation</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="178" />
        <source>예</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="178" />
        <source>아니오</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="220" />
        <source>사유: {0}</source>
        <translation>reason: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="233" />
        <source>예: 지급대장, 검토, 김정산</source>
        <translation>e.g. ledger, review, 김정산</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="242" />
        <source>일시</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="242" />
        <source>담당자</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="242" />
        <source>작업</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="243" />
        <source>대상</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="243" />
        <source>내용</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="298" />
        <source>{0}건 중 {1}건</source>
        <translation>{1} of {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="300" />
        <source>최근 {0}건만 보입니다. 거르기로 좁히세요.</source>
        <translation>Only the latest {0} are shown; filter to narrow them down.</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="307" />
        <source>✔ 기록 {0}건: 변조 없음</source>
        <translation>✔ {0} events: intact</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="309" />
        <source>✖ 기록 {0}번부터 변조됨: {1}</source>
        <translation>✖ tampered from event {0}: {1}</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../desktop/import_wizard.py" line="455" />
        <source>검사 결과</source>
        <translation>Checking report</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="456" />
        <source>아직 아무것도 저장하지 않았습니다. 오류 행을 어떻게 할지 고르세요.</source>
        <translation>Nothing has been saved yet. Choose what to do with rows that have errors.</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="459" />
        <source>파일</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="459" />
        <source>시트</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="459" />
        <source>행</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="459" />
        <source>열</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="460" />
        <source>내용</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="466" />
        <source>오류가 있는 파일은 가져오지 않기 (권장)</source>
        <translation>Do not import a file that has errors (recommended)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="468" />
        <source>오류 행은 따로 두고 나머지를 가져오기</source>
        <translation>Set the rejected rows aside and import the rest</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="485" />
        <source>읽지 못했거나 열을 맞추지 않아 이 파일은 가져오지 않습니다</source>
        <translation>Not imported: the file could not be read, or its columns were not mapped</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="496" />
        <source>{0}개 파일, {1}행: 오류 {2}건, 경고 {3}건</source>
        <translation>{0} files, {1} rows: {2} errors, {3} warnings</translation>
    </message>
</context>
<context>
    <name>ClaimsBrowser</name>
    <message>
        <location filename="../../desktop/browser.py" line="36" />
        <source>이름, 휴대전화, 사업자등록번호, 접수번호로 검색</source>
        <translation>Search by name, mobile, business number or report number</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="37" />
        <source>이름, 휴대전화, 사업자등록번호 또는 접수번호 (Ctrl+F)</source>
        <translation>Name, mobile, business registration number or report number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="39" />
        <source>신청인 구분</source>
        <translation>Claimant type</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="40" />
        <source>담당회사</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="41" />
        <source>서비스</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="42" />
        <source>결과</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="43" />
        <source>개인정보 보기</source>
        <translation>Show personal data</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="45" />
        <source>가려진 이름과 전화번호를 보여 줍니다. 볼 때마다 감사 기록에 남습니다.</source>
        <translation>Shows masked names and phone numbers. Every reveal is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="59" />
        <source>접수 내역: 열 머리글을 눌러 정렬합니다</source>
        <translation>Reports: click a column header to sort</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="62" />
        <source>선택한 신청인의 접수, 계열사 지급 내역, 결과와 그 이유</source>
        <translation>The selected claimant's reports, affiliate payouts, outcome and why</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="110" />
        <source>모든 신청인</source>
        <translation>All claimants</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="110" />
        <location filename="../../desktop/browser.py" line="164" />
        <source>일반이용자</source>
        <translation>General user</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="111" />
        <location filename="../../desktop/browser.py" line="164" />
        <source>소상공인</source>
        <translation>Small business</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="111" />
        <location filename="../../desktop/browser.py" line="165" />
        <source>중대형기업</source>
        <translation>Mid/large company</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="113" />
        <source>모든 회사</source>
        <translation>All companies</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="114" />
        <source>모든 서비스</source>
        <translation>All services</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="115" />
        <source>모든 결과</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="115" />
        <source>미대사</source>
        <translation>Not reconciled</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="144" />
        <source>{0}건</source>
        <translation>{0} rows</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="151" />
        <source>&lt;p&gt;선택한 접수의 신청인이 아직 정리되지 않았습니다 (대사 전).&lt;/p&gt;</source>
        <translation>&lt;p&gt;The selected report's claimant is not resolved yet (run reconcile).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="168" />
        <source>확인 필요</source>
        <translation>Needs checking</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="170" />
        <source>정책</source>
        <translation>policy</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="175" />
        <source>접수</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="179" />
        <source>확실한 일치</source>
        <translation>Sure matches</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="179" />
        <source>검토 대기</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="180" />
        <source>동일인 확인</source>
        <translation>Confirmed same</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="180" />
        <source>다른 사람</source>
        <translation>Different person</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="186" />
        <source>계열사 지급 내역</source>
        <translation>Affiliate payouts</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="189" />
        <source>휴대전화</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="203" />
        <source>신청인 {0}</source>
        <translation>Claimant {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="204" />
        <source>같은 휴대전화를 쓰는 다른 신청인: {0}</source>
        <translation>Other claimants with the same mobile: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="206" />
        <source>신청인을 알아볼 정보(휴대전화·사업자등록번호·카카오계정) 없음</source>
        <translation>Nothing to identify the claimant by (mobile, business registration number, Kakao account)</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="207" />
        <source>사업자등록번호 검증번호 오류</source>
        <translation>Business registration number fails its check digit</translation>
    </message>
    <message>
        <location filename="../../desktop/browser.py" line="208" />
        <source>휴대전화 번호가 여럿</source>
        <translation>Several mobile numbers</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../../desktop/claims_model.py" line="32" />
        <source>접수번호</source>
        <translation>Report no.</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="32" />
        <source>접수일시</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="32" />
        <source>신청인구분</source>
        <translation>Claimant type</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="32" />
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="32" />
        <source>상호</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="32" />
        <source>휴대전화</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="33" />
        <source>사업자등록번호</source>
        <translation>Business reg. no.</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="33" />
        <source>서비스</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="33" />
        <source>담당회사</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="33" />
        <source>매출손실액</source>
        <translation>Revenue loss</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="33" />
        <source>결과</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="38" />
        <source>지급</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="38" />
        <source>계열사 기지급</source>
        <translation>Covered by affiliate</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="38" />
        <source>협의체 심의</source>
        <translation>Committee review</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="39" />
        <source>손실 없음</source>
        <translation>No loss</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="39" />
        <source>혜택 대상</source>
        <translation>Benefits only</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="39" />
        <source>개별 검토</source>
        <translation>Individual review</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="40" />
        <source>계열사 정산</source>
        <translation>Settled by affiliate</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="40" />
        <source>계열사 미결</source>
        <translation>Open at affiliate</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="41" />
        <source>확인 불가</source>
        <translation>Unidentifiable</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="43" />
        <location filename="../../desktop/claims_model.py" line="232" />
        <source>미대사</source>
        <translation>Not reconciled</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="236" />
        <source>일반이용자</source>
        <translation>General user</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="236" />
        <source>소상공인</source>
        <translation>Small business</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="237" />
        <source>중대형기업</source>
        <translation>Mid/large company</translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message>
        <location filename="../../desktop/import_wizard.py" line="507" />
        <source>가져오기</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="531" />
        <source>✔ {0}: 배치 {1}, {2}행 가져옴, {3}행 제외</source>
        <translation>✔ {0}: batch {1}, {2} rows imported, {3} set aside</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="533" />
        <source> → 오류 행: {0}</source>
        <translation> → rejected rows: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="539" />
        <source>✖ {0}: 가져오지 않았습니다 (데이터베이스는 그대로입니다).
{1}</source>
        <translation>✖ {0}: not imported (the database is unchanged).
{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="544" />
        <source>■ {0}: 취소했습니다. 저장된 것은 없습니다.</source>
        <translation>■ {0}: cancelled. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="547" />
        <source>{0} 가져오는 중…</source>
        <translation>Importing {0}…</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <location filename="../../desktop/committee.py" line="42" />
        <source>신청인</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <location filename="../../desktop/committee.py" line="42" />
        <source>상호/성명</source>
        <translation>Business/name</translation>
    </message>
    <message>
        <location filename="../../desktop/committee.py" line="42" />
        <source>사업자등록번호</source>
        <translation>Business reg. no.</translation>
    </message>
    <message>
        <location filename="../../desktop/committee.py" line="43" />
        <source>접수</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/committee.py" line="43" />
        <source>매출손실액</source>
        <translation>Revenue loss</translation>
    </message>
    <message>
        <location filename="../../desktop/committee.py" line="43" />
        <source>증빙</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/committee.py" line="44" />
        <source>결정</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop/committee.py" line="52" />
        <source>원</source>
        <translation> KRW</translation>
    </message>
    <message>
        <location filename="../../desktop/committee.py" line="54" />
        <source>협의체가 승인한 금액</source>
        <translation>The amount the committee approved</translation>
    </message>
    <message>
        <location filename="../../desktop/committee.py" line="57" />
        <source>회의 번호 (예: 제3차 협의체)</source>
        <translation>Meeting reference (e.g. 3rd committee meeting)</translation>
    </message>
    <message>
        <location filename="../../desktop/committee.py" line="58" />
        <source>결정한 회의의 번호</source>
        <translation>The meeting that decided</translation>
    </message>
    <message>
        <location filename="../../desktop/committee.py" line="59" />
        <source>결정 기록</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <location filename="../../desktop/committee.py" line="60" />
        <source>선택한 신청인의 협의체 결정을 기록합니다 (다음 대사에서 지급 대상이 됩니다)</source>
        <translation>Records the committee's decision for the selected claimant (payable from the next reconcile)</translation>
    </message>
    <message>
        <location filename="../../desktop/committee.py" line="64" />
        <source>승인 금액</source>
        <translation>Approved amount</translation>
    </message>
    <message>
        <location filename="../../desktop/committee.py" line="64" />
        <source>회의 번호</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/committee.py" line="82" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/committee.py" line="83" />
        <source>심의 대기</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/committee.py" line="87" />
        <source>심의 대기 {0}명, 결정 {1}명</source>
        <translation>{0} waiting, {1} decided</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/dashboard.py" line="16" />
        <source>카카오모빌리티</source>
        <translation>Kakao Mobility</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="17" />
        <source>카카오게임즈</source>
        <translation>Kakao Games</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="18" />
        <source>카카오엔터테인먼트</source>
        <translation>Kakao Entertainment</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="19" />
        <source>카카오페이</source>
        <translation>Kakao Pay</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="32" />
        <source>접수 현황</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="33" />
        <source>전체 접수</source>
        <translation>All reports</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="33" />
        <source>카카오 접수</source>
        <translation>Kakao</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="34" />
        <source>계열사 접수</source>
        <translation>Affiliates</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="34" />
        <source>일반 이용자</source>
        <translation>General users</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="35" />
        <source>소상공인</source>
        <translation>Small business</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="35" />
        <source>중대형기업</source>
        <translation>Mid/large company</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="36" />
        <source>유료 서비스 피해</source>
        <translation>Paid-service damage</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="36" />
        <source>무료 서비스 금전 피해</source>
        <translation>Free service, money mentioned</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="37" />
        <source>대사 결과</source>
        <translation>Reconciliation</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="38" />
        <source>지급 대상</source>
        <translation>Payable</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="38" />
        <source>지급 예정액</source>
        <translation>Amount payable</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="39" />
        <source>협의체 심의</source>
        <translation>Committee review</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="39" />
        <source>계열사 기지급</source>
        <translation>Covered by affiliate</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="40" />
        <source>이중 지급 방지액</source>
        <translation>Kept from double payment</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="40" />
        <source>손실 없음</source>
        <translation>No loss</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="41" />
        <source>혜택 대상 (현금 없음)</source>
        <translation>Benefits only (no cash)</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="41" />
        <source>확인 불가</source>
        <translation>Unidentifiable</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="42" />
        <location filename="../../desktop/dashboard.py" line="43" />
        <source>검토 대기</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="43" />
        <source>검토 완료</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="44" />
        <source>확실한 일치</source>
        <translation>Sure matches</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="45" />
        <source>지급 구간별 인원</source>
        <translation>Claimants by tier</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="46" />
        <source>계열사별 신고 정산</source>
        <translation>Reports by affiliate</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="100" />
        <source>{0}명</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboard.py" line="107" />
        <source>인원</source>
        <translation>Claimants</translation>
    </message>
</context>
<context>
    <name>Explanations</name>
    <message>
        <location filename="../../desktop/claims_model.py" line="73" />
        <source>{c} 서비스 신고: {c}가 {a} 지급</source>
        <translation>report about a {c} service: {c} paid {a}</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="74" />
        <source>{c} 서비스 신고: {c} 지급 내역에 없음</source>
        <translation>report about a {c} service: not in {c}'s payouts</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="75" />
        <source>{c} 미결 목록</source>
        <translation>on {c}'s list of open claims</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="76" />
        <source>정산 완료</source>
        <translation>settled</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="77" />
        <source>매출손실 {a}: 최고 구간({b}) 초과</source>
        <translation>revenue loss {a}: above the top tier ({b})</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="78" />
        <source>매출손실 {a}</source>
        <translation>revenue loss {a}</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="79" />
        <source>{a} 구간</source>
        <translation>tier {a}</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="80" />
        <source>최고 구간 {a}</source>
        <translation>top tier {a}</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="81" />
        <source>협의체 심의 대기</source>
        <translation>waiting for the committee</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="82" />
        <source>협의체 결정 {a} ({r})</source>
        <translation>committee decided {a} ({r})</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="83" />
        <source>{c} 지급 {a} 차감</source>
        <translation>{c} paid {a}, deducted</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="84" />
        <source>{c} 지급 {a} (정책상 차감 안 함)</source>
        <translation>{c} paid {a} (not deducted: policy)</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="85" />
        <source>{c} 지급 {a} 이력</source>
        <translation>{c} paid {a} before</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="86" />
        <source>정책상 제외</source>
        <translation>excluded by the policy</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="87" />
        <source>계열사 기지급으로 지급액 없음</source>
        <translation>nothing to pay: an affiliate already paid</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="88" />
        <source>지급액 없음</source>
        <translation>nothing to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="89" />
        <source>지급 {a}</source>
        <translation>pay {a}</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="90" />
        <source>매출손실액 신고 없음: 지급 대상 아님</source>
        <translation>no revenue loss reported: nothing to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="91" />
        <source>신청인을 알아볼 정보(휴대전화·사업자등록번호·카카오계정)가 없어 담당자 확인이 필요합니다</source>
        <translation>nothing identifies the claimant (mobile, business registration number, Kakao account): a clerk must check</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="92" />
        <source>일반 이용자: 이모티콘·쿠폰 등 혜택 대상 (현금 지급 없음)</source>
        <translation>general user: benefits such as emoticons and coupons (no cash)</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="93" />
        <source>중대형기업: 개별 검토 대상</source>
        <translation>mid/large company: reviewed case by case</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ledgers.py" line="66" />
        <source>지급대장 {0} 내보내기</source>
        <translation>Export ledger {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="70" />
        <source>지급대장 파일</source>
        <translation>Ledger file</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="71" />
        <source>찾아보기…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="73" />
        <source>마스킹 사본 (회계 밖 공유용)</source>
        <translation>Masked copy (to share outside accounting)</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="74" />
        <source>이름은 김*용, 계좌는 끝 4자리만 보입니다</source>
        <translation>Names as 김*용, accounts with their last 4 digits only</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="77" />
        <source>비워 두면 암호 없음</source>
        <translation>Leave empty for no password</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="78" />
        <source>Excel과 LibreOffice가 열 때 묻는 암호</source>
        <translation>The password Excel and LibreOffice ask for</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="79" />
        <source>대량이체 파일도 만들기</source>
        <translation>Also write the bank transfer sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="80" />
        <source>은행 대량이체 업로드 양식 (원본에만)</source>
        <translation>The bank's bulk-transfer upload (original only)</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="86" />
        <source>파일</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="88" />
        <source>암호</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="98" />
        <source>지급대장 저장</source>
        <translation>Save ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="99" />
        <source>Excel 통합문서 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../../desktop/import_wizard.py" line="128" />
        <source>가져올 파일</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="129" />
        <source>파일마다 알아낸 종류를 확인하세요. 종류를 바꾸면 다시 읽습니다.</source>
        <translation>Check the kind detected for each file. Changing it reads the file again.</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="132" />
        <source>파일</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="132" />
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="132" />
        <source>행</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="133" />
        <source>오류</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="133" />
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="152" />
        <source>이 파일의 종류</source>
        <translation>This file's kind</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="153" />
        <source>자동 감지</source>
        <translation>Detect</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="179" />
        <source>읽는 중…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="191" />
        <source>{0}의 암호:</source>
        <translation>Password for {0}:</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="192" />
        <source>암호가 맞지 않습니다. {0}의 암호를 다시 입력하세요:</source>
        <translation>Wrong password. Enter the password for {0} again:</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="193" />
        <source>암호가 걸린 통합문서</source>
        <translation>Password-protected workbook</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="204" />
        <source>{0} 읽는 중…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="226" />
        <source>자동: {0}</source>
        <translation>Detected: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="230" />
        <source>확인됨: 시트 {0}</source>
        <translation>Checked: sheets {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="235" />
        <source>머리글을 알아보지 못했습니다. 다음 화면에서 열을 맞추세요.</source>
        <translation>No known header row. Map its columns on the next page.</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <location filename="../../desktop/main_window.py" line="60" />
        <source>배치</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="60" />
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="60" />
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="60" />
        <source>파일</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="61" />
        <source>가져온 행</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="61" />
        <source>가져온 일시</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="61" />
        <source>따로 둔 행</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="62" />
        <source>담당자</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="66" />
        <source>가져오기 취소…</source>
        <translation>Undo import…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="67" />
        <source>선택한 배치와 그 행을 지웁니다 (승인된 지급대장에 없을 때만)</source>
        <translation>Removes the selected batch and its rows (only while none of it is in an approved ledger)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="81" />
        <source>가져옴</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="81" />
        <source>취소됨</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="97" />
        <source>가져오기 취소</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="98" />
        <source>배치 {0}을(를) 취소하는 사유:</source>
        <translation>Why undo batch {0}:</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="106" />
        <source>배치 {0}을(를) 취소했습니다</source>
        <translation>Batch {0} undone</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/import_wizard.py" line="40" />
        <source>피해 접수 내역</source>
        <translation>Claims register</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="41" />
        <source>카카오게임즈</source>
        <translation>Kakao Games</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="42" />
        <source>카카오모빌리티</source>
        <translation>Kakao Mobility</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="43" />
        <source>카카오엔터테인먼트</source>
        <translation>Kakao Entertainment</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="44" />
        <source>카카오페이</source>
        <translation>Kakao Pay</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="562" />
        <location filename="../../desktop/import_wizard.py" line="570" />
        <source>가져오기</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../../desktop/import_wizard.py" line="52" />
        <source>금액을 읽을 수 없습니다: {reason}</source>
        <translation>Cannot read the amount: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="53" />
        <source>음수 금액</source>
        <translation>negative amount</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="53" />
        <source>숫자가 아님</source>
        <translation>not a number</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="54" />
        <source>원 단위 미만 금액</source>
        <translation>a fraction of a won</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="54" />
        <source>비정상적으로 큰 금액 (1조원 초과)</source>
        <translation>implausibly large (over 1 trillion won)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="55" />
        <source>날짜를 읽을 수 없습니다 ({reason})</source>
        <translation>Cannot read the date ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="56" />
        <source>없는 날짜</source>
        <translation>no such date</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="56" />
        <source>없는 시각</source>
        <translation>no such time</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="57" />
        <source>날짜 범위를 벗어남</source>
        <translation>date out of range</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="57" />
        <source>날짜 형식이 아님</source>
        <translation>not a date</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="58" />
        <source>사업자등록번호 검증번호가 맞지 않습니다: 값은 보관하지만 확실한 식별 키로 쓰지 않습니다</source>
        <translation>The business registration number fails its check digit: it is kept, but never used as a sure key</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="59" />
        <source>사업자등록번호가 마스킹되어 있어 식별에 쓰지 않습니다</source>
        <translation>The business registration number is masked, so it is not used to identify anyone</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="60" />
        <source>사업자등록번호 형식이 아닙니다 (XXX-XX-XXXXX)</source>
        <translation>Not a business registration number (XXX-XX-XXXXX)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="61" />
        <source>휴대전화 번호가 아닙니다 (010-XXXX-XXXX)</source>
        <translation>Not a mobile number (010-XXXX-XXXX)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="62" />
        <source>계좌번호를 읽을 수 없습니다 ({reason})</source>
        <translation>Cannot read the account number ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="63" />
        <source>숫자로 저장되어 자릿수가 사라졌을 수 있습니다. 텍스트로 보내 주세요</source>
        <translation>it was stored as a number and may have lost digits; ask for it as text</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="64" />
        <source>계좌번호 형식이 아닙니다</source>
        <translation>not an account number</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="65" />
        <source>신청인구분 '{value}'을(를) 알 수 없습니다 (일반이용자/소상공인/중대형기업)</source>
        <translation>Unknown claimant type '{value}' (일반이용자/소상공인/중대형기업)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="66" />
        <source>담당회사 '{value}'을(를) 알 수 없습니다</source>
        <translation>Unknown company '{value}'</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="67" />
        <source>Y 또는 N이어야 합니다 (값을 비워 둡니다)</source>
        <translation>Must be Y or N (left empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="68" />
        <source>은행 '{value}'을(를) 알 수 없습니다 (은행명 또는 3자리 은행코드)</source>
        <translation>Unknown bank '{value}' (a bank's name or its 3-digit code)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="69" />
        <source>알려진 머리글이 없어 이 시트는 가져오지 않았습니다</source>
        <translation>No known header row: this sheet was not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="70" />
        <source>주민등록번호 열은 가져오지 않았습니다 (저장 금지)</source>
        <translation>Resident registration number column not imported (never stored)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="71" />
        <source>주민등록번호로 보이는 값이 있어 이 열은 가져오지 않았습니다 ({where}). 값은 저장하지도 표시하지도 않습니다.</source>
        <translation>This column holds what looks like a resident registration number ({where}), so it was not imported. The value is neither stored nor shown.</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="73" />
        <source>{row}행 외 {n}건</source>
        <translation>row {row} and {n} more</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="73" />
        <source>{row}행</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="74" />
        <source>표 밖의 메모로 보고 건너뛴 행: '{value}'</source>
        <translation>Row skipped as a note outside the table: '{value}'</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="75" />
        <source>값이 너무 깁니다 ({n}자; 최대 {max}자)</source>
        <translation>Value too long ({n} characters; at most {max})</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="76" />
        <source>필수 값이 비어 있습니다</source>
        <translation>A required value is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="77" />
        <source>신청인을 알아볼 정보(휴대전화·사업자등록번호·계정·성명)가 하나도 없습니다</source>
        <translation>Nothing identifies the claimant (mobile, business registration number, account or name)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="78" />
        <source>접수번호 {value}이(가) 이 파일의 {sheet} {row}행에도 있습니다</source>
        <translation>Report no. {value} is also in {sheet} row {row} of this file</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="79" />
        <source>시트 '{value}'</source>
        <translation>sheet '{value}'</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="80" />
        <source>서비스 '{value}'의 담당회사를 알 수 없습니다 (담당회사 열이 필요합니다)</source>
        <translation>No company is known for the service '{value}' (the file needs a 담당회사 column)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="81" />
        <source>계좌번호는 있는데 은행이 없습니다</source>
        <translation>An account number without a bank</translation>
    </message>
</context>
<context>
    <name>LedgersPage</name>
    <message>
        <location filename="../../desktop/ledgers.py" line="49" />
        <source>작성</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="49" />
        <location filename="../../desktop/ledgers.py" line="176" />
        <source>승인</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="50" />
        <source>내보냄</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="51" />
        <source>취소(무효)</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="53" />
        <source>계열사 기지급</source>
        <translation>Covered by affiliate</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="54" />
        <source>매출손실 없음</source>
        <translation>no revenue loss</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="55" />
        <source>협의체 심의 대기</source>
        <translation>waiting for the committee</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="56" />
        <source>신청인 확인 불가</source>
        <translation>claimant unidentifiable</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="57" />
        <source>개별 검토 대상</source>
        <translation>reviewed case by case</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="58" />
        <source>다른 지급대장에 포함</source>
        <translation>in another ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="161" />
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="161" />
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="161" />
        <source>인원</source>
        <translation>Claimants</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="161" />
        <location filename="../../desktop/ledgers.py" line="169" />
        <source>지급액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="162" />
        <source>작성자</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="162" />
        <source>승인자</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="162" />
        <source>작성 일시</source>
        <translation>Prepared at</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="169" />
        <source>지급대장</source>
        <translation>Ledgers</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="169" />
        <source>신청인</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="170" />
        <source>환수액</source>
        <translation>To recover</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="170" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="174" />
        <source>지급대장 작성…</source>
        <translation>Prepare ledger…</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="175" />
        <source>지급 대상 중 아직 지급대장에 없는 항목을 모읍니다</source>
        <translation>Gathers every payable line not yet in a ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="177" />
        <source>선택한 지급대장을 승인합니다 (작성자는 승인할 수 없습니다)</source>
        <translation>Approves the selected ledger (not by the one who prepared it)</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="178" />
        <source>내보내기…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="179" />
        <source>승인된 지급대장을 Excel로 내보냅니다</source>
        <translation>Exports an approved ledger to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="180" />
        <source>취소(무효)…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="181" />
        <source>선택한 지급대장을 취소하고 항목을 풀어 줍니다</source>
        <translation>Voids the selected ledger and releases its lines</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="182" />
        <source>계열사 보고서…</source>
        <translation>Affiliate reports…</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="183" />
        <source>계열사마다 미결 신고, 차감, 미매칭 내역 통합문서를 씁니다</source>
        <translation>Writes one workbook per affiliate: open reports, offsets, unmatched rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="191" />
        <source>환수 (지급 후 중복 확인)</source>
        <translation>Clawbacks (duplicates found after payment)</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="252" />
        <source>지급대장에 넣을 항목이 없습니다. 먼저 대사를 실행하세요.</source>
        <translation>Nothing to put in a ledger. Run reconcile first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="266" />
        <source>지급대장 취소</source>
        <translation>Void ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="267" />
        <source>{0}을(를) 취소하는 사유:</source>
        <translation>Why void {0}:</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="281" />
        <source>내보내기 완료</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="281" />
        <source>{0}에 썼습니다. 폴더를 열까요?</source>
        <translation>Written to {0}. Open the folder?</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="286" />
        <source>계열사 보고서를 쓸 폴더</source>
        <translation>Folder for the affiliate reports</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/audit_log.py" line="92" />
        <source>새 신청인</source>
        <translation>new claimants</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="93" />
        <source>바뀐 신청인</source>
        <translation>changed claimants</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="94" />
        <source>없어진 신청인</source>
        <translation>removed claimants</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="95" />
        <source>신청인에 연결된 접수</source>
        <translation>reports linked</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="96" />
        <source>새 일치</source>
        <translation>new matches</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="97" />
        <source>바뀐 일치</source>
        <translation>changed matches</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="98" />
        <source>없어진 일치</source>
        <translation>removed matches</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="99" />
        <source>새 결과</source>
        <translation>new outcomes</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="100" />
        <source>바뀐 결과</source>
        <translation>changed outcomes</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="101" />
        <source>없어진 결과</source>
        <translation>removed outcomes</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="102" />
        <source>새 지급 항목</source>
        <translation>new payable lines</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_log.py" line="103" />
        <source>취소된 지급 항목</source>
        <translation>voided payable lines</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="120" />
        <source>Recon1015 — {0}</source>
        <translation>Recon1015 — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="132" />
        <source>대시보드</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="133" />
        <source>접수 내역</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="134" />
        <source>검토 대기</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="135" />
        <source>협의체 심의</source>
        <translation>Committee review</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="136" />
        <source>지급대장</source>
        <translation>Ledgers</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="137" />
        <source>가져오기 기록</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="138" />
        <source>감사 기록</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="165" />
        <source>파일(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="166" />
        <source>새 작업 파일…</source>
        <translation>New workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="167" />
        <source>작업 파일 열기…</source>
        <translation>Open workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="168" />
        <source>최근 작업 파일</source>
        <translation>Recent workspaces</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="172" />
        <source>팀 데이터베이스 연결…</source>
        <translation>Connect to a team database…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="173" />
        <source>PostgreSQL 주소로 팀이 함께 쓰는 데이터베이스에 연결합니다</source>
        <translation>Connect to a database the team shares, by its PostgreSQL URL</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="175" />
        <source>종료</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="176" />
        <source>작업(&amp;W)</source>
        <translation>&amp;Work</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="177" />
        <source>가져오기…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="178" />
        <source>접수 내역이나 계열사 지급 내역 파일을 가져옵니다</source>
        <translation>Import a claims register or affiliate payout sheets</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="179" />
        <source>대사 실행</source>
        <translation>Reconcile</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="180" />
        <source>지급 내역을 신청인과 맞추고 지급액을 계산합니다</source>
        <translation>Match payouts to claimants and compute what is owed</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="181" />
        <source>새로 고침</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="182" />
        <source>되돌리기</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="188" />
        <source>보기(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="189" />
        <source>검색</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="191" />
        <source>언어</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="211" />
        <source>담당자: {0}</source>
        <translation>Operator: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="216" />
        <source>새 작업 파일</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="217" />
        <source>작업 파일 (*.sqlite3)</source>
        <translation>Workspaces (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="222" />
        <source>작업 파일 열기</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="223" />
        <source>작업 파일 (*.sqlite3);;모든 파일 (*)</source>
        <translation>Workspaces (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="228" />
        <source>팀 데이터베이스</source>
        <translation>Team database</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="229" />
        <source>PostgreSQL 주소 (postgresql+psycopg://사용자@서버/DB):</source>
        <translation>PostgreSQL URL (postgresql+psycopg://user@server/db):</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="257" />
        <source>취소했습니다. 저장된 것은 없습니다.</source>
        <translation>Cancelled. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="267" />
        <source>대사 완료: 지급 대상 {0}명, {1}원, 검토 대기 {2}건</source>
        <translation>Reconciled: {0} payable, {1} KRW, {2} waiting for review</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="271" />
        <source>대사 완료</source>
        <translation>Reconciled</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="272" />
        <source>지난 대사 이후 바뀐 것:</source>
        <translation>Changed since the last run:</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="274" />
        <source>  없음</source>
        <translation>  nothing</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="279" />
        <source>대사하는 중…</source>
        <translation>Reconciling…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="285" />
        <source>가져올 파일</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="286" />
        <source>스프레드시트 ({0})</source>
        <translation>Spreadsheets ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="319" />
        <source>Recon1015</source>
        <translation>Recon1015</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="320" />
        <source>작업이 진행 중입니다. 취소하고 닫을까요?</source>
        <translation>Work is in progress. Cancel it and close?</translation>
    </message>
</context>
<context>
    <name>PreparePreview</name>
    <message>
        <location filename="../../desktop/ledgers.py" line="116" />
        <source>지급대장 작성</source>
        <translation>Prepare ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="119" />
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="119" />
        <source>상호/성명</source>
        <translation>Business/name</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="119" />
        <source>지급 구간</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="120" />
        <source>차감액</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="120" />
        <source>지급액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="133" />
        <source>{0}명, 합계 {1}. 제외 {2}명: {3}</source>
        <translation>{0} claimants, {1} in all. {2} excluded: {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ledgers.py" line="139" />
        <source>작성</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop/import_wizard.py" line="248" />
        <source>미리 보기와 열 매핑</source>
        <translation>Preview and column mapping</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="249" />
        <source>첫 행들과 각 열이 어느 항목으로 들어가는지 확인하고, 필요하면 고쳐 저장하세요.</source>
        <translation>Check the first rows and where each column goes; correct and save the mapping if needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="251" />
        <source>미리 볼 파일</source>
        <translation>File to preview</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="254" />
        <source>머리글</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="254" />
        <source>항목</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="258" />
        <source>매핑 적용</source>
        <translation>Apply mapping</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="259" />
        <source>고친 매핑으로 다시 읽습니다</source>
        <translation>Read the file again with the corrected mapping</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="260" />
        <source>매핑 저장…</source>
        <translation>Save mapping…</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="261" />
        <source>이 매핑을 이름을 붙여 저장해 다음에 다시 씁니다</source>
        <translation>Save this mapping under a name to use it again</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="264" />
        <source>저장해 둔 매핑으로 다시 읽습니다</source>
        <translation>Read the file again with a saved mapping</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="269" />
        <source>이 파일의 종류</source>
        <translation>This file's kind</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="274" />
        <source>머리글이 있는 행</source>
        <translation>The row that holds the headers</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="275" />
        <source>알려진 머리글이 없는 파일입니다. 종류와 머리글 행을 고르고, 열마다 항목을 정한 뒤 [매핑 적용]을 누르세요 (* 표시는 필수 항목).</source>
        <translation>No profile knows this layout. Choose the kind of file and its header row, give each column a field, then press Apply mapping (* marks a required field).</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="280" />
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="282" />
        <source>머리글 행</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="306" />
        <source>저장된 매핑…</source>
        <translation>Saved mappings…</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="358" />
        <source>(가져오지 않음)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="392" />
        <source>{0}행: {1}</source>
        <translation>row {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="430" />
        <source>필수 항목이 빠졌습니다: {0}</source>
        <translation>Required fields are missing: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="437" />
        <source>매핑 저장</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="437" />
        <source>매핑 이름:</source>
        <translation>Mapping name:</translation>
    </message>
    <message>
        <location filename="../../desktop/import_wizard.py" line="447" />
        <source>매핑을 저장했습니다: {0}</source>
        <translation>Mapping saved: {0}</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../desktop/review.py" line="62" />
        <source>점수</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="62" />
        <source>계열사</source>
        <translation>Affiliate</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="62" />
        <source>지급 내역</source>
        <translation>Payout</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="62" />
        <source>신청인</source>
        <translation>Claimant</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../desktop/claims_model.py" line="49" />
        <source>사업자등록번호 일치</source>
        <translation>Business registration numbers agree</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="49" />
        <source>휴대전화 일치</source>
        <translation>Mobiles agree</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="50" />
        <source>성명 일치</source>
        <translation>Names agree</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="50" />
        <source>성명 불일치</source>
        <translation>Names differ</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="51" />
        <source>마스킹된 휴대전화의 보이는 숫자 일치</source>
        <translation>The visible digits of the masked mobile agree</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="52" />
        <source>사업자등록번호 일치(검증번호 오류)</source>
        <translation>Business registration numbers agree (check digit fails)</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="53" />
        <source>지급 내역의 사업자등록번호는 신청인에게 없음</source>
        <translation>The payout's business registration number is not the claimant's</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="54" />
        <source>같은 휴대전화의 신청인이 여럿</source>
        <translation>Several claimants have this mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="54" />
        <source>담당자 판단</source>
        <translation>Clerk's decision</translation>
    </message>
    <message>
        <location filename="../../desktop/claims_model.py" line="55" />
        <source>다른 신청인이 동일인으로 확인됨</source>
        <translation>Another claimant was confirmed as this payee</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desktop/review.py" line="103" />
        <source>계열사로 거르기</source>
        <translation>Filter by affiliate</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="105" />
        <source>점수 구간으로 거르기</source>
        <translation>Filter by score band</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="106" />
        <source>모든 점수</source>
        <translation>All scores</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="107" />
        <source>0.7 이상</source>
        <translation>0.7 and above</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="108" />
        <source>0.5–0.7</source>
        <translation>0.5–0.7</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="109" />
        <source>0.5 미만</source>
        <translation>Below 0.5</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="112" />
        <source>개인정보 보기</source>
        <translation>Show personal data</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="114" />
        <source>비교 화면에 이름을 가리지 않고 보여 줍니다. 볼 때마다 감사 기록에 남습니다.</source>
        <translation>Shows the names in the comparison unmasked. Every reveal is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="123" />
        <source>신청인과 지급 내역을 나란히 봅니다. 다른 값은 강조됩니다.</source>
        <translation>The claimant and the payout side by side; values that differ are highlighted.</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="125" />
        <source>메모 (선택)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="126" />
        <source>판단과 함께 감사 기록에 남습니다</source>
        <translation>Recorded in the audit log with the decision</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="127" />
        <source>동일인 (Y)</source>
        <translation>Same (Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="128" />
        <source>다른 사람 (N)</source>
        <translation>Different (N)</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="129" />
        <source>건너뛰기 (S)</source>
        <translation>Skip (S)</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="130" />
        <source>선택 항목 모두 동일인…</source>
        <translation>Confirm all selected…</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="131" />
        <source>선택한 후보를 한꺼번에 동일인으로 확인합니다 (확인 후)</source>
        <translation>Confirm every selected candidate as the same person (after a prompt)</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="132" />
        <source>같은 사람입니다</source>
        <translation>The same person</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="132" />
        <source>다른 사람입니다</source>
        <translation>A different person</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="133" />
        <source>다음 후보로 넘어갑니다</source>
        <translation>Go to the next candidate</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="190" />
        <source>모든 계열사</source>
        <translation>All affiliates</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="200" />
        <source>{0} / {1} 검토 완료</source>
        <translation>{0} / {1} reviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="212" />
        <source>동일인</source>
        <translation>same person</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="212" />
        <source>다른 사람</source>
        <translation>Different person</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="213" />
        <source>검토 {0}: {1}</source>
        <translation>Review {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="237" />
        <source>한꺼번에 확인</source>
        <translation>Confirm together</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="238" />
        <source>선택한 {0}건을 모두 동일인으로 확인할까요?</source>
        <translation>Confirm all {0} selected as the same person?</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="241" />
        <source>{0}건 한꺼번에 확인</source>
        <translation>Confirm {0} together</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="263" />
        <source>&lt;p&gt;검토할 후보가 없습니다.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No candidates to review.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="271" />
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="272" />
        <source>상호</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="273" />
        <source>휴대전화</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="274" />
        <source>사업자등록번호</source>
        <translation>Business reg. no.</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="285" />
        <source>점수</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="285" />
        <source>지급 내역</source>
        <translation>Payout</translation>
    </message>
    <message>
        <location filename="../../desktop/review.py" line="285" />
        <source>신청인</source>
        <translation>Claimant</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../desktop/tasks.py" line="111" />
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks.py" line="124" />
        <source>취소하는 중…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="35" />
        <source>담당자</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="35" />
        <source>담당자 이름 (감사 기록에 남습니다):</source>
        <translation>Your name (recorded in the audit log):</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="81" />
        <source>Recon1015</source>
        <translation>Recon1015</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="82" />
        <source>아직 작업 파일이 없습니다. 새로 만들까요, 데모를 열까요?</source>
        <translation>There is no workspace yet. Create a new one, or open the demo?</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="83" />
        <source>새 작업 파일</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="84" />
        <source>데모 열기</source>
        <translation>Open the demo</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/errors.py" line="24" />
        <source>파일이 다른 프로그램에서 열려 있거나 권한이 없습니다: {0}</source>
        <translation>The file is open in another program, or you may not open it: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="26" />
        <source>파일을 찾을 수 없습니다: {0}</source>
        <translation>File not found: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="28" />
        <source>디스크 공간이 부족합니다. 공간을 확보한 뒤 다시 시도하세요.</source>
        <translation>The disk is full. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="30" />
        <source>파일 작업에 실패했습니다: {0}</source>
        <translation>A file operation failed: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="31" />
        <source>예상하지 못한 오류가 발생했습니다. 작업은 저장되지 않았습니다.</source>
        <translation>An unexpected error occurred. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="41" />
        <source>Recon1015</source>
        <translation>Recon1015</translation>
    </message>
</context>
</TS>