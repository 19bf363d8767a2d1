<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>sd::ButtonNames</name>
    <message>
        <location filename="../widgets/buttonnames.cpp" line="24"/>
        <source>Close this panel (View brings it back)</source>
        <translation>이 패널 닫기(보기 메뉴에서 다시 열 수 있습니다)</translation>
    </message>
    <message>
        <location filename="../widgets/buttonnames.cpp" line="26"/>
        <source>Detach this panel from the window, or dock it again</source>
        <translation>이 패널을 창에서 떼어 내거나 다시 붙이기</translation>
    </message>
    <message>
        <location filename="../widgets/buttonnames.cpp" line="28"/>
        <source>Show the entries that do not fit</source>
        <translation>들어가지 못한 항목 보기</translation>
    </message>
    <message>
        <location filename="../widgets/buttonnames.cpp" line="30"/>
        <source>Select every row</source>
        <translation>모든 행 선택</translation>
    </message>
    <message>
        <location filename="../widgets/buttonnames.cpp" line="32"/>
        <source>Clear the text</source>
        <translation>텍스트 지우기</translation>
    </message>
    <message>
        <location filename="../widgets/buttonnames.cpp" line="34"/>
        <source>Show the tabs to the left</source>
        <translation>왼쪽 탭 보기</translation>
    </message>
    <message>
        <location filename="../widgets/buttonnames.cpp" line="36"/>
        <source>Show the tabs to the right</source>
        <translation>오른쪽 탭 보기</translation>
    </message>
</context>
<context>
    <name>sd::ClusterSettingsDialog</name>
    <message>
        <location filename="../widgets/clustersettingsdialog.cpp" line="121"/>
        <source>Cluster Settings</source>
        <translation>클러스터 설정</translation>
    </message>
    <message>
        <location filename="../widgets/clustersettingsdialog.cpp" line="122"/>
        <source>Service &amp;CIDRs:</source>
        <translation>서비스 CIDR(&amp;C):</translation>
    </message>
    <message>
        <location filename="../widgets/clustersettingsdialog.cpp" line="126"/>
        <source>One range per line, as kube-apiserver&apos;s %1 has them; empty when unknown.</source>
        <translation>kube-apiserver의 %1처럼 한 줄에 범위를 하나씩 씁니다. 모르면 비워 둡니다.</translation>
    </message>
    <message>
        <location filename="../widgets/clustersettingsdialog.cpp" line="129"/>
        <source>&amp;Node-port range (--service-node-port-range)</source>
        <translation>노드 포트 범위(&amp;N) (--service-node-port-range)</translation>
    </message>
    <message>
        <location filename="../widgets/clustersettingsdialog.cpp" line="130"/>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <location filename="../widgets/clustersettingsdialog.cpp" line="131"/>
        <source>&amp;To:</source>
        <translation>끝(&amp;T):</translation>
    </message>
    <message>
        <location filename="../widgets/clustersettingsdialog.cpp" line="132"/>
        <source>Network plugin</source>
        <translation>네트워크 플러그인</translation>
    </message>
    <message>
        <location filename="../widgets/clustersettingsdialog.cpp" line="133"/>
        <source>Supports &amp;SCTP</source>
        <translation>SCTP 지원(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/clustersettingsdialog.cpp" line="134"/>
        <source>Pods have several network &amp;interfaces (Multus and the like)</source>
        <translation>파드에 네트워크 인터페이스가 여러 개 있음(&amp;I) (Multus 등)</translation>
    </message>
    <message>
        <location filename="../widgets/clustersettingsdialog.cpp" line="193"/>
        <source>Line %1: “%2” %3</source>
        <translation>%1행: “%2”: %3</translation>
    </message>
    <message>
        <location filename="../widgets/clustersettingsdialog.cpp" line="196"/>
        <source>The node-port range ends before it starts.</source>
        <translation>노드 포트 범위의 끝이 시작보다 앞에 있습니다.</translation>
    </message>
</context>
<context>
    <name>sd::ConnectionPathView</name>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="167"/>
        <source>(no port)</source>
        <translation>(포트 없음)</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="171"/>
        <location filename="../widgets/connectionpathview.cpp" line="200"/>
        <source>Client</source>
        <translation>클라이언트</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="171"/>
        <location filename="../widgets/connectionpathview.cpp" line="197"/>
        <source>a pod in the cluster</source>
        <translation>클러스터 안의 파드</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="173"/>
        <location filename="../widgets/connectionpathview.cpp" line="232"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="173"/>
        <source>DNS name only: a CNAME, no proxying</source>
        <translation>DNS 이름만: CNAME이며 프록시하지 않음</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="174"/>
        <source>External host</source>
        <translation>외부 호스트</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="198"/>
        <source>outside the cluster</source>
        <translation>클러스터 밖</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="199"/>
        <source>on the internet</source>
        <translation>인터넷</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="211"/>
        <source>external IP:%1</source>
        <translation>외부 IP:%1</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="203"/>
        <location filename="../widgets/connectionpathview.cpp" line="214"/>
        <source>Load balancer</source>
        <translation>로드밸런서</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="156"/>
        <source>Choose a port of a Service to see whether it gets a PROXY header.</source>
        <translation>서비스의 포트를 고르면 PROXY 헤더가 붙는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="204"/>
        <source>never created: the cluster has none (the Service stays pending)</source>
        <translation>만들어지지 않음: 클러스터에 로드 밸런서가 없습니다(서비스는 대기 상태로 남습니다)</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="223"/>
        <source>30000–32767 (allocated)</source>
        <translation>30000–32767 (자동 할당)</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="224"/>
        <source>Node port</source>
        <translation>노드 포트</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="224"/>
        <source>node IP:%1</source>
        <translation>노드 IP:%1</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="229"/>
        <source>headless: DNS gives the pod IPs</source>
        <translation>헤드리스: DNS가 파드 IP를 반환</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="230"/>
        <source>cluster IP</source>
        <translation>클러스터 IP</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="236"/>
        <source>container port %1</source>
        <translation>컨테이너 포트 %1</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="238"/>
        <source>reads the PROXY header first</source>
        <translation>PROXY 헤더를 먼저 읽음</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="240"/>
        <source>speaks %1</source>
        <translation>%1 사용</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="241"/>
        <source>Pod</source>
        <translation>파드</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="248"/>
        <source>No PROXY header: only a load balancer adds one, and this Service is of type %1.</source>
        <translation>PROXY 헤더 없음: 헤더는 로드 밸런서만 붙이는데, 이 서비스의 타입은 %1입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="252"/>
        <source>No PROXY header: no provider is chosen.</source>
        <translation>PROXY 헤더 없음: 프로바이더를 고르지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="256"/>
        <source>No PROXY header: %1 has no load balancer, so none is created.</source>
        <translation>PROXY 헤더 없음: %1에는 로드 밸런서가 없어 만들어지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="258"/>
        <source>No PROXY header from %1: it leaves this Service to another controller.</source>
        <translation>%1의 PROXY 헤더 없음: 이 서비스를 다른 컨트롤러에 맡깁니다.</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="261"/>
        <source>No PROXY header: PROXY protocol carries TCP and UDP connections, not SCTP.</source>
        <translation>PROXY 헤더 없음: PROXY 프로토콜은 TCP와 UDP 연결을 다루며 SCTP는 다루지 않습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="264"/>
        <source>%1 adds a PROXY protocol version %2 header to this port.</source>
        <translation>%1은(는) 이 포트에 PROXY 프로토콜 버전 %2 헤더를 붙입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="267"/>
        <source>%1 adds a PROXY header to this port; its version is not documented.</source>
        <translation>%1은(는) 이 포트에 PROXY 헤더를 붙입니다. 버전은 문서에 나와 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="274"/>
        <source>No PROXY header: %1 does not add one.</source>
        <translation>PROXY 헤더 없음: %1은(는) 헤더를 붙이지 않습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="275"/>
        <source>No PROXY header: %1 adds one only when the Service asks for it with %2.</source>
        <translation>PROXY 헤더 없음: %1은(는) 서비스가 %2(으)로 요청할 때만 헤더를 붙입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="276"/>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="289"/>
        <source>Choose a port to see the way a connection takes to the pods.</source>
        <translation>포트를 고르면 연결이 파드까지 가는 길을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="342"/>
        <source>TLS ends here</source>
        <translation>여기서 TLS 종료</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="346"/>
        <source>adds PROXY v%1 header</source>
        <translation>PROXY v%1 헤더 추가</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="347"/>
        <source>adds PROXY header</source>
        <translation>PROXY 헤더 추가</translation>
    </message>
    <message>
        <location filename="../widgets/connectionpathview.cpp" line="373"/>
        <source>TLS over %1</source>
        <translation>%1 위의 TLS</translation>
    </message>
</context>
<context>
    <name>sd::DiffDialog</name>
    <message>
        <location filename="../widgets/diffdialog.cpp" line="57"/>
        <source>Lines starting with - are only in the first version, lines starting with + only in the second.</source>
        <translation>-로 시작하는 줄은 첫 번째 버전에만, +로 시작하는 줄은 두 번째 버전에만 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/diffdialog.cpp" line="65"/>
        <source>The two versions are the same.</source>
        <translation>두 버전이 같습니다.</translation>
    </message>
</context>
<context>
    <name>sd::DocumentActions</name>
    <message>
        <location filename="../widgets/documentactions.cpp" line="121"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="122"/>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="123"/>
        <source>New &amp;Window</source>
        <translation>새 창(&amp;W)</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="124"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="125"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="126"/>
        <location filename="../widgets/documentactions.cpp" line="331"/>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="127"/>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="128"/>
        <source>The File as &amp;YAML…</source>
        <translation>파일을 YAML로(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="129"/>
        <source>The File as &amp;JSON…</source>
        <translation>파일을 JSON으로(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="130"/>
        <source>The Selected Service as Y&amp;AML…</source>
        <translation>선택한 서비스를 YAML로(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="131"/>
        <source>The Selected Service as J&amp;SON…</source>
        <translation>선택한 서비스를 JSON으로(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="132"/>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="133"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="158"/>
        <source>Kubernetes manifests (*.yaml *.yml *.json);;All files (*)</source>
        <translation>쿠버네티스 매니페스트 (*.yaml *.yml *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="169"/>
        <source>Cannot Open File</source>
        <translation>파일을 열 수 없음</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="170"/>
        <source>%1 could not be opened.</source>
        <translation>%1을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="182"/>
        <source>%1 is opened read-only: %2</source>
        <translation>%1을(를) 읽기 전용으로 열었습니다: %2</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="207"/>
        <source>Cannot Open Document</source>
        <translation>문서를 열 수 없음</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="208"/>
        <source>The document could not be read.</source>
        <translation>문서를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="231"/>
        <source>Open Manifest</source>
        <translation>매니페스트 열기</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/documentactions.cpp" line="252"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(그 밖에 %n개 더)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="254"/>
        <source>They are marked in the list and kept in the file as they are: saving writes them back unchanged.</source>
        <translation>목록에 표시되어 있고 파일에 그대로 남아 있습니다: 저장하면 바뀌지 않은 채로 다시 씁니다.</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="258"/>
        <source>Some Documents Could Not Be Read</source>
        <translation>읽을 수 없는 문서가 있음</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/documentactions.cpp" line="259"/>
        <source>%n document(s) of %1 could not be read.</source>
        <translation>
            <numerusform>%1의 문서 %n개를 읽을 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="273"/>
        <location filename="../widgets/documentactions.cpp" line="278"/>
        <source>Line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="283"/>
        <source>kubectl Would Read This File Differently</source>
        <translation>kubectl은 이 파일을 다르게 읽습니다</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="284"/>
        <source>kubectl apply -f would not apply everything listed in %1.</source>
        <translation>kubectl apply -f는 %1에 나열된 것을 모두 적용하지는 않습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="299"/>
        <source>Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="301"/>
        <source>%1 was deleted or renamed by another program. Do you want to save it again?</source>
        <translation>다른 프로그램이 %1을(를) 삭제했거나 이름을 바꿨습니다. 다시 저장할까요?</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="304"/>
        <source>Do you want to save the changes to %1?</source>
        <translation>%1의 변경 사항을 저장하시겠습니까?</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="305"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>저장하지 않으면 변경 사항을 잃게 됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="327"/>
        <location filename="../widgets/documentactions.cpp" line="361"/>
        <source>Cannot Save File</source>
        <translation>파일을 저장할 수 없음</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="328"/>
        <source>%1 cannot be saved in place.</source>
        <translation>%1은(는) 그 자리에 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="332"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="346"/>
        <source>service.yaml</source>
        <translation>service.yaml</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="348"/>
        <source>Save Manifest As</source>
        <translation>다른 이름으로 매니페스트 저장</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="362"/>
        <source>%1 could not be saved.</source>
        <translation>%1을(를) 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="364"/>
        <source>The file on disk was not changed, and your edits are still here.</source>
        <translation>디스크의 파일은 바뀌지 않았고, 편집한 내용은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="371"/>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="396"/>
        <source>Cannot Export</source>
        <translation>내보낼 수 없음</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="397"/>
        <source>%1 could not be written.</source>
        <translation>%1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="402"/>
        <source>Exported %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="412"/>
        <location filename="../widgets/documentactions.cpp" line="416"/>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="420"/>
        <source>Export the Selected Service</source>
        <translation>선택한 서비스 내보내기</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="421"/>
        <source>Export the File</source>
        <translation>파일 내보내기</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="423"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/documentactions.cpp" line="424"/>
        <source>YAML (*.yaml *.yml);;All files (*)</source>
        <translation>YAML (*.yaml *.yml);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>sd::DocumentSafety</name>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="38"/>
        <source>an untitled document</source>
        <translation>제목 없는 문서</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="67"/>
        <source>Cannot keep a recovery copy of the unsaved changes: %1</source>
        <translation>저장하지 않은 변경 사항의 복구용 사본을 남길 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="72"/>
        <source>%1 was deleted or renamed by another program. Save to write it again.</source>
        <translation>다른 프로그램이 %1을(를) 삭제했거나 이름을 바꿨습니다. 저장하면 다시 씁니다.</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="132"/>
        <location filename="../widgets/documentsafety.cpp" line="195"/>
        <source>File Changed on Disk</source>
        <translation>디스크의 파일이 바뀜</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="135"/>
        <source>%1 was changed by another program.</source>
        <translation>다른 프로그램이 %1을(를) 바꿨습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="136"/>
        <source>Reload it to see the changes? You have no unsaved edits.</source>
        <translation>다시 읽어서 바뀐 내용을 볼까요? 저장하지 않은 편집은 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="139"/>
        <source>&amp;Reload</source>
        <translation>다시 읽기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="140"/>
        <source>&amp;Always Reload</source>
        <translation>항상 다시 읽기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="141"/>
        <source>&amp;Ignore</source>
        <translation>무시(&amp;I)</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="153"/>
        <source>%1 was changed by another program, and you have unsaved edits.</source>
        <translation>다른 프로그램이 %1을(를) 바꿨고, 저장하지 않은 편집이 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="154"/>
        <source>Reload it and lose your edits, or keep your version (saving it will then replace the other program&apos;s changes)?</source>
        <translation>다시 읽고 편집 내용을 버릴까요, 아니면 내 버전을 유지할까요(그러면 저장할 때 다른 프로그램의 변경 내용을 덮어씁니다)?</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="159"/>
        <source>&amp;Reload and Lose My Edits</source>
        <translation>다시 읽고 내 편집 버리기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="161"/>
        <source>&amp;Keep My Version</source>
        <translation>내 버전 유지(&amp;K)</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="162"/>
        <location filename="../widgets/documentsafety.cpp" line="204"/>
        <source>&amp;Compare…</source>
        <translation>비교(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="98"/>
        <source>Your Version and the File on Disk</source>
        <translation>내 버전과 디스크의 파일</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="101"/>
        <location filename="../widgets/documentsafety.cpp" line="271"/>
        <source>%1 (on disk)</source>
        <translation>%1 (디스크)</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="102"/>
        <source>%1 (your version)</source>
        <translation>%1 (내 버전)</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="180"/>
        <source>Cannot reload %1: %2</source>
        <translation>%1을(를) 다시 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="184"/>
        <source>Reloaded %1: it was changed by another program.</source>
        <translation>%1을(를) 다시 읽었습니다: 다른 프로그램이 바꿨습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="197"/>
        <source>%1 was changed by another program since you opened or last saved it.</source>
        <translation>%1을(를) 열었거나 마지막으로 저장한 뒤에 다른 프로그램이 바꿨습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="198"/>
        <source>Saving now replaces those changes with your version.</source>
        <translation>지금 저장하면 그 변경 내용이 내 버전으로 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="203"/>
        <source>&amp;Overwrite</source>
        <translation>덮어쓰기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="205"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="239"/>
        <source>Recover Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항 복구</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="240"/>
        <source>Service Designer ended without saving your changes to %1. A copy from %2 was kept.</source>
        <translation>Service Designer가 %1의 변경 사항을 저장하지 않은 채 끝났습니다. %2의 사본이 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="244"/>
        <source>Restore them (you can still undo that), or discard the copy?</source>
        <translation>변경 사항을 복원할까요(복원도 실행 취소할 수 있습니다), 아니면 사본을 버릴까요?</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="250"/>
        <source>The file has changed on disk since your edits began: restoring replaces those changes too. Show the differences to check.</source>
        <translation>편집을 시작한 뒤 디스크의 파일이 바뀌었습니다. 복원하면 그 변경 내용도 바뀝니다. 차이를 보고 확인하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="257"/>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="258"/>
        <source>Show &amp;Differences…</source>
        <translation>차이 보기(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="259"/>
        <source>&amp;Discard</source>
        <translation>버리기(&amp;D)</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="260"/>
        <source>&amp;Later</source>
        <translation>나중에(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="268"/>
        <source>The Recovered Copy and the File on Disk</source>
        <translation>복구한 사본과 디스크의 파일</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="272"/>
        <source>%1 (recovered)</source>
        <translation>%1 (복구본)</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="276"/>
        <source>Discarded the recovered changes to %1.</source>
        <translation>%1의 복구한 변경 사항을 버렸습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="293"/>
        <source>Restored the unsaved changes to %1.</source>
        <translation>%1의 저장하지 않은 변경 사항을 복원했습니다.</translation>
    </message>
</context>
<context>
    <name>sd::DocumentStatus</name>
    <message>
        <location filename="../widgets/documentstatus.cpp" line="50"/>
        <source>This edit could not be made in the file&apos;s text as it is: the Service will be written anew in kubectl&apos;s style when saved.</source>
        <translation>이 편집은 파일의 텍스트에 그대로 반영할 수 없습니다. 저장할 때 이 Service를 kubectl 스타일로 새로 씁니다.</translation>
    </message>
    <message>
        <location filename="../widgets/documentstatus.cpp" line="53"/>
        <source>Part of this edit could not be placed in the file&apos;s text without guessing: that part was written anew in kubectl&apos;s style.</source>
        <translation>이 편집의 일부는 추측 없이 파일의 텍스트에 넣을 수 없어, 그 부분을 kubectl 스타일로 새로 썼습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/documentstatus.cpp" line="65"/>
        <source>Service Designer</source>
        <translation>Service Designer</translation>
    </message>
    <message>
        <location filename="../widgets/documentstatus.cpp" line="73"/>
        <source>%1 (deleted on disk)</source>
        <translation>%1 (디스크에서 삭제됨)</translation>
    </message>
    <message>
        <location filename="../widgets/documentstatus.cpp" line="75"/>
        <source>%1 [read-only]</source>
        <translation>%1 [읽기 전용]</translation>
    </message>
    <message>
        <location filename="../widgets/documentstatus.cpp" line="76"/>
        <source>%1[*] — Service Designer</source>
        <translation>%1[*] — Service Designer</translation>
    </message>
    <message>
        <location filename="../widgets/documentstatus.cpp" line="77"/>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/documentstatus.cpp" line="98"/>
        <source>%n Service(s)</source>
        <translation>
            <numerusform>서비스 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/documentstatus.cpp" line="99"/>
        <source>%n other object(s)</source>
        <translation>
            <numerusform>다른 오브젝트 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/documentstatus.cpp" line="101"/>
        <source>%n unreadable document(s)</source>
        <translation>
            <numerusform>읽을 수 없는 문서 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/documentstatus.cpp" line="102"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>sd::EnvironmentToolBar</name>
    <message>
        <location filename="../widgets/environmenttoolbar.cpp" line="45"/>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <location filename="../widgets/environmenttoolbar.cpp" line="49"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../widgets/environmenttoolbar.cpp" line="53"/>
        <source>Mixed</source>
        <translation>혼합</translation>
    </message>
    <message>
        <location filename="../widgets/environmenttoolbar.cpp" line="46"/>
        <source>Every node runs Linux.</source>
        <translation>모든 노드가 Linux를 실행합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/environmenttoolbar.cpp" line="50"/>
        <source>Every node runs Windows.</source>
        <translation>모든 노드가 Windows를 실행합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/environmenttoolbar.cpp" line="54"/>
        <source>Some nodes run Linux, some Windows.</source>
        <translation>일부 노드는 Linux를, 일부 노드는 Windows를 실행합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/environmenttoolbar.cpp" line="165"/>
        <source>Environment</source>
        <translation>실행 환경</translation>
    </message>
    <message>
        <location filename="../widgets/environmenttoolbar.cpp" line="166"/>
        <source>&amp;Provider:</source>
        <translation>프로바이더(&amp;P):</translation>
    </message>
    <message>
        <location filename="../widgets/environmenttoolbar.cpp" line="167"/>
        <source>&amp;Nodes:</source>
        <translation>노드(&amp;N):</translation>
    </message>
    <message>
        <location filename="../widgets/environmenttoolbar.cpp" line="168"/>
        <source>&amp;Kubernetes:</source>
        <translation>쿠버네티스(&amp;K):</translation>
    </message>
    <message>
        <location filename="../widgets/environmenttoolbar.cpp" line="173"/>
        <source>The operating system of the cluster&apos;s nodes</source>
        <translation>클러스터 노드의 운영 체제</translation>
    </message>
    <message>
        <location filename="../widgets/environmenttoolbar.cpp" line="174"/>
        <source>The Kubernetes version whose API server rules apply</source>
        <translation>API 서버 규칙을 적용할 쿠버네티스 버전</translation>
    </message>
    <message>
        <location filename="../widgets/environmenttoolbar.cpp" line="175"/>
        <source>Cluster…</source>
        <translation>클러스터…</translation>
    </message>
    <message>
        <location filename="../widgets/environmenttoolbar.cpp" line="176"/>
        <source>Service CIDRs, node-port range and network plugin</source>
        <translation>서비스 CIDR, 노드 포트 범위, 네트워크 플러그인</translation>
    </message>
</context>
<context>
    <name>sd::ExplanationPanel</name>
    <message>
        <location filename="../widgets/explanationpanel.cpp" line="90"/>
        <source>Explanation</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../widgets/explanationpanel.cpp" line="91"/>
        <source>Choose a topic to read about</source>
        <translation>읽을 주제를 고르세요</translation>
    </message>
    <message>
        <location filename="../widgets/explanationpanel.cpp" line="115"/>
        <source>The explanation of “%1” could not be read.</source>
        <translation>“%1”의 설명을 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>sd::FindDialog</name>
    <message>
        <location filename="../widgets/finddialog.cpp" line="110"/>
        <source>&amp;Find...</source>
        <translation>찾기(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../widgets/finddialog.cpp" line="126"/>
        <source>(unnamed)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <location filename="../widgets/finddialog.cpp" line="128"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/finddialog.cpp" line="129"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/finddialog.cpp" line="135"/>
        <source>Type a Service&apos;s name, a field&apos;s name or a value.</source>
        <translation>서비스 이름, 필드 이름 또는 값을 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../widgets/finddialog.cpp" line="137"/>
        <source>Nothing found.</source>
        <translation>찾은 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/finddialog.cpp" line="140"/>
        <source>The first %1 places found; type more to narrow them.</source>
        <translation>처음 %1곳을 찾았습니다. 더 입력해 범위를 좁히십시오.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/finddialog.cpp" line="142"/>
        <source>%n place(s) found.</source>
        <translation>
            <numerusform>%n곳을 찾았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/finddialog.cpp" line="167"/>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <location filename="../widgets/finddialog.cpp" line="168"/>
        <source>Find a Service or a field by name or value</source>
        <translation>이름이나 값으로 서비스나 필드 찾기</translation>
    </message>
</context>
<context>
    <name>sd::FindingCountsLabel</name>
    <message numerus="yes">
        <location filename="../widgets/findingcounts.cpp" line="55"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>오류 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/findingcounts.cpp" line="57"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/findingcounts.cpp" line="59"/>
        <source>%n info(s)</source>
        <translation>
            <numerusform>정보 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/findingcounts.cpp" line="66"/>
        <source>%1 · %2 · %3</source>
        <comment>errors · warnings · infos</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/findingcounts.cpp" line="82"/>
        <source>%1 — %2</source>
        <comment>finding counts — provider name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/findingcounts.cpp" line="86"/>
        <source>Findings of the last check, against the provider %1</source>
        <translation>프로바이더 %1 기준 마지막 검사 결과</translation>
    </message>
    <message>
        <location filename="../widgets/findingcounts.cpp" line="87"/>
        <source>Findings of the last check</source>
        <translation>마지막 검사 결과</translation>
    </message>
</context>
<context>
    <name>sd::FindingsDock</name>
    <message>
        <location filename="../widgets/findingsdock.cpp" line="180"/>
        <source>Findings</source>
        <translation>검사 결과</translation>
    </message>
    <message>
        <location filename="../widgets/findingsdock.cpp" line="182"/>
        <source>Filter findings</source>
        <translation>검사 결과 필터링</translation>
    </message>
    <message>
        <location filename="../widgets/findingsdock.cpp" line="228"/>
        <source>%1 (click to show or hide them)</source>
        <translation>%1 (클릭하면 표시하거나 숨깁니다)</translation>
    </message>
    <message>
        <location filename="../widgets/findingsdock.cpp" line="244"/>
        <source>Apply fix: %1</source>
        <translation>수정 적용: %1</translation>
    </message>
    <message>
        <location filename="../widgets/findingsdock.cpp" line="244"/>
        <location filename="../widgets/findingsdock.cpp" line="245"/>
        <source>Apply Fix</source>
        <translation>수정 적용</translation>
    </message>
</context>
<context>
    <name>sd::FindingsFilterModel</name>
    <message>
        <location filename="../widgets/findingsfiltermodel.cpp" line="170"/>
        <source>Fix: %1</source>
        <translation>수정: %1</translation>
    </message>
</context>
<context>
    <name>sd::FindingsModel</name>
    <message>
        <location filename="../model/itemmodels/findingsmodel.cpp" line="184"/>
        <source>(unnamed)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/findingsmodel.cpp" line="191"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/findingsmodel.cpp" line="193"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/findingsmodel.cpp" line="195"/>
        <source>Info</source>
        <translation>정보</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/findingsmodel.cpp" line="240"/>
        <source>Fix: %1</source>
        <translation>수정: %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/findingsmodel.cpp" line="269"/>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/findingsmodel.cpp" line="271"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/findingsmodel.cpp" line="273"/>
        <source>Path</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/findingsmodel.cpp" line="275"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/findingsmodel.cpp" line="277"/>
        <source>Line</source>
        <translation>행</translation>
    </message>
</context>
<context>
    <name>sd::HelpMenu</name>
    <message>
        <location filename="../widgets/helpmenu.cpp" line="31"/>
        <source>Getting Started</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <location filename="../widgets/helpmenu.cpp" line="32"/>
        <source>Design a Kubernetes Service in three steps.</source>
        <translation>세 단계로 쿠버네티스 Service를 설계하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/helpmenu.cpp" line="33"/>
        <source>1. Open a manifest (File › Open, or drop a file on the window), or add a Service from a template (Service › Add from Template).
2. Edit it in the form, or its text in the In the File tab. The findings below say what the API server would refuse and what depends on the provider chosen in the toolbar; many offer a fix.
3. Save: only what you changed is written, your comments stay. File › Export writes what kubectl apply -f takes.

Press F1 in a field to read what it does.</source>
        <translation>1. 매니페스트를 엽니다(파일 › 열기, 또는 창에 파일을 끌어다 놓기). 또는 템플릿으로 Service를 추가합니다(Service › 템플릿에서 추가).
2. 폼에서 편집하거나, 파일 원문 탭에서 텍스트를 편집합니다. 아래의 검사 결과는 API 서버가 거부할 내용과 도구 모음에서 고른 제공자에 따라 달라지는 내용을 알려 주며, 많은 항목에 수정 방법이 있습니다.
3. 저장합니다. 바꾼 부분만 쓰이고 주석은 그대로 남습니다. 파일 › 내보내기는 kubectl apply -f가 받아들이는 형태로 씁니다.

필드에서 F1을 누르면 그 필드가 하는 일을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/helpmenu.cpp" line="47"/>
        <source>Keyboard Shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <location filename="../widgets/helpmenu.cpp" line="48"/>
        <source>Keyboard shortcuts of Service Designer</source>
        <translation>Service Designer의 키보드 단축키</translation>
    </message>
    <message>
        <location filename="../widgets/helpmenu.cpp" line="57"/>
        <source>About Service Designer</source>
        <translation>Service Designer 정보</translation>
    </message>
    <message>
        <location filename="../widgets/helpmenu.cpp" line="58"/>
        <source>Service Designer %1</source>
        <translation>Service Designer %1</translation>
    </message>
    <message>
        <location filename="../widgets/helpmenu.cpp" line="59"/>
        <source>Designs Kubernetes v1 Service manifests, checks them as the API server and the cloud providers would, and keeps your files&apos; comments.

Licence: GNU General Public License, version 3 or later.
Built with Qt %1 (running on Qt %2).</source>
        <translation>Kubernetes v1 Service 매니페스트를 설계하고, API 서버와 클라우드 제공자가 하는 그대로 검사하며, 파일의 주석을 지킵니다.

라이선스: GNU General Public License 버전 3 또는 그 이후 버전.
Qt %1로 빌드됨(Qt %2에서 실행 중).</translation>
    </message>
    <message>
        <location filename="../widgets/helpmenu.cpp" line="79"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/helpmenu.cpp" line="97"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/helpmenu.cpp" line="98"/>
        <source>&amp;Explain the Focused Field</source>
        <translation>포커스된 필드 설명(&amp;E)</translation>
    </message>
    <message>
        <location filename="../widgets/helpmenu.cpp" line="99"/>
        <source>&amp;Getting Started</source>
        <translation>시작하기(&amp;G)</translation>
    </message>
    <message>
        <location filename="../widgets/helpmenu.cpp" line="100"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../widgets/helpmenu.cpp" line="101"/>
        <source>&amp;About Service Designer</source>
        <translation>Service Designer 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>sd::KeyValueModel</name>
    <message>
        <location filename="../model/itemmodels/keyvaluemodel.cpp" line="188"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/keyvaluemodel.cpp" line="190"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
</context>
<context>
    <name>sd::LanguageMenu</name>
    <message>
        <location filename="../widgets/languagemenu.cpp" line="62"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/languagemenu.cpp" line="63"/>
        <source>The System&apos;s Language</source>
        <translation>시스템 언어</translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="145"/>
        <source>%n provider profile(s) could not be read and were skipped: %1</source>
        <translation>
            <numerusform>%n개의 프로바이더 프로파일을 읽을 수 없어 건너뛰었습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="222"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="223"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="226"/>
        <source>Form</source>
        <translation>양식</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="227"/>
        <source>In the File</source>
        <translation>파일 원문</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="343"/>
        <source>Applied: %1</source>
        <translation>적용함: %1</translation>
    </message>
</context>
<context>
    <name>sd::PortClipboard</name>
    <message>
        <location filename="../widgets/portclipboard.cpp" line="41"/>
        <source>The clipboard holds no ports.</source>
        <translation>클립보드에 포트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>sd::PortTableModel</name>
    <message>
        <location filename="../model/itemmodels/porttablemodel.cpp" line="32"/>
        <source>Plain HTTP to the pods (IANA name)</source>
        <translation>파드까지 평문 HTTP(IANA 이름)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/porttablemodel.cpp" line="33"/>
        <source>HTTP over TLS to the pods (IANA name)</source>
        <translation>파드까지 TLS 위의 HTTP(IANA 이름)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/porttablemodel.cpp" line="35"/>
        <source>HTTP/2 over cleartext, with prior knowledge</source>
        <translation>평문 HTTP/2, 사전 지식(prior knowledge) 방식</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/porttablemodel.cpp" line="36"/>
        <source>WebSocket over cleartext</source>
        <translation>평문 WebSocket</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/porttablemodel.cpp" line="37"/>
        <source>WebSocket over TLS</source>
        <translation>TLS 위의 WebSocket</translation>
    </message>
</context>
<context>
    <name>sd::ProtocolMixChart</name>
    <message>
        <location filename="../widgets/protocolmixchart.cpp" line="138"/>
        <source>Ports by protocol (inside) and appProtocol (outside)</source>
        <translation>프로토콜(안쪽)과 appProtocol(바깥쪽)별 포트</translation>
    </message>
    <message>
        <location filename="../widgets/protocolmixchart.cpp" line="176"/>
        <source>%1: %2</source>
        <comment>chart slice: name and number of ports</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sd::ProtocolMixModel</name>
    <message>
        <location filename="../model/itemmodels/protocolmixmodel.cpp" line="73"/>
        <source>no appProtocol</source>
        <translation>appProtocol 없음</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/protocolmixmodel.cpp" line="86"/>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/protocolmixmodel.cpp" line="88"/>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
</context>
<context>
    <name>sd::ProvenanceText</name>
    <message>
        <location filename="../widgets/provenancetext.cpp" line="23"/>
        <source>high</source>
        <comment>confidence of a provider fact</comment>
        <translation>높음</translation>
    </message>
    <message>
        <location filename="../widgets/provenancetext.cpp" line="25"/>
        <source>medium</source>
        <comment>confidence of a provider fact</comment>
        <translation>중간</translation>
    </message>
    <message>
        <location filename="../widgets/provenancetext.cpp" line="27"/>
        <source>low</source>
        <comment>confidence of a provider fact</comment>
        <translation>낮음</translation>
    </message>
    <message>
        <location filename="../widgets/provenancetext.cpp" line="36"/>
        <source>Source: %1 (confidence: %2)</source>
        <translation>출처: %1 (신뢰도: %2)</translation>
    </message>
</context>
<context>
    <name>sd::ProviderCompatibilityChart</name>
    <message>
        <location filename="../widgets/providerchart.cpp" line="114"/>
        <source>LoadBalancer ports by provider</source>
        <translation>프로바이더별 LoadBalancer 포트</translation>
    </message>
    <message>
        <location filename="../widgets/providerchart.cpp" line="115"/>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <location filename="../widgets/providerchart.cpp" line="195"/>
        <source>%1 carries %2 of the %3 LoadBalancer ports.</source>
        <translation>%1은(는) LoadBalancer 포트 %3개 중 %2개를 전달합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/providerchart.cpp" line="198"/>
        <source>%1 carries %2 of the %3 LoadBalancer ports only on a condition.</source>
        <translation>%1은(는) LoadBalancer 포트 %3개 중 %2개를 조건이 맞을 때만 전달합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/providerchart.cpp" line="201"/>
        <source>%1 does not carry %2 of the %3 LoadBalancer ports.</source>
        <translation>%1은(는) LoadBalancer 포트 %3개 중 %2개를 전달하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/providerchart.cpp" line="205"/>
        <source>Click to see the findings for this provider.</source>
        <translation>클릭하면 이 프로바이더의 검사 결과를 봅니다.</translation>
    </message>
</context>
<context>
    <name>sd::ProviderCompatibilityModel</name>
    <message>
        <location filename="../model/itemmodels/providercompatibilitymodel.cpp" line="193"/>
        <source>Provider</source>
        <translation>프로바이더</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/providercompatibilitymodel.cpp" line="195"/>
        <source>Supported</source>
        <translation>지원</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/providercompatibilitymodel.cpp" line="197"/>
        <source>Conditional</source>
        <translation>조건부</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/providercompatibilitymodel.cpp" line="199"/>
        <source>Not supported</source>
        <translation>지원 안 함</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/providercompatibilitymodel.cpp" line="201"/>
        <source>Provider id</source>
        <translation>프로바이더 ID</translation>
    </message>
</context>
<context>
    <name>sd::ProxyHeaderView</name>
    <message>
        <location filename="../widgets/proxyheaderview.cpp" line="155"/>
        <source>What the workload receives from the load balancer before the client&apos;s first byte, for these sample addresses:</source>
        <translation>이 예시 주소에서 워크로드가 클라이언트의 첫 바이트보다 먼저 로드밸런서에게서 받는 것:</translation>
    </message>
    <message>
        <location filename="../widgets/proxyheaderview.cpp" line="157"/>
        <source>&amp;Client (source):</source>
        <translation>클라이언트(출발지)(&amp;C):</translation>
    </message>
    <message>
        <location filename="../widgets/proxyheaderview.cpp" line="158"/>
        <source>&amp;Load balancer (destination):</source>
        <translation>로드밸런서(목적지)(&amp;L):</translation>
    </message>
    <message>
        <location filename="../widgets/proxyheaderview.cpp" line="159"/>
        <source>PROXY protocol &amp;version:</source>
        <translation>PROXY protocol 버전(&amp;V):</translation>
    </message>
    <message>
        <location filename="../widgets/proxyheaderview.cpp" line="160"/>
        <source>&amp;Transport:</source>
        <translation>전송 프로토콜(&amp;T):</translation>
    </message>
    <message>
        <location filename="../widgets/proxyheaderview.cpp" line="161"/>
        <source>An address and port: 192.0.2.1:443 or [2001:db8::1]:443</source>
        <translation>주소와 포트: 192.0.2.1:443 또는 [2001:db8::1]:443</translation>
    </message>
    <message>
        <location filename="../widgets/proxyheaderview.cpp" line="163"/>
        <source>1 (text)</source>
        <translation>1 (텍스트)</translation>
    </message>
    <message>
        <location filename="../widgets/proxyheaderview.cpp" line="164"/>
        <source>2 (binary)</source>
        <translation>2 (바이너리)</translation>
    </message>
    <message>
        <location filename="../widgets/proxyheaderview.cpp" line="176"/>
        <source>The client address is not an IPv4 or IPv6 address with a port.</source>
        <translation>클라이언트 주소가 포트를 포함한 IPv4 또는 IPv6 주소가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../widgets/proxyheaderview.cpp" line="178"/>
        <source>The load balancer address is not an IPv4 or IPv6 address with a port.</source>
        <translation>로드밸런서 주소가 포트를 포함한 IPv4 또는 IPv6 주소가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>sd::RecentFilesMenu</name>
    <message>
        <location filename="../widgets/recentfilesmenu.cpp" line="88"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/recentfilesmenu.cpp" line="89"/>
        <source>&amp;Clear Menu</source>
        <translation>메뉴 비우기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>sd::ServiceActions</name>
    <message>
        <location filename="../widgets/serviceactions.cpp" line="89"/>
        <source>&amp;Service</source>
        <translation>서비스(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/serviceactions.cpp" line="90"/>
        <source>Add &amp;Blank Service</source>
        <translation>빈 서비스 추가(&amp;B)</translation>
    </message>
    <message>
        <location filename="../widgets/serviceactions.cpp" line="91"/>
        <source>&amp;Add from Template</source>
        <translation>템플릿에서 추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/serviceactions.cpp" line="102"/>
        <source>&amp;Duplicate</source>
        <translation>복제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../widgets/serviceactions.cpp" line="103"/>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/serviceactions.cpp" line="104"/>
        <source>Move &amp;Up</source>
        <translation>위로 이동(&amp;U)</translation>
    </message>
    <message>
        <location filename="../widgets/serviceactions.cpp" line="105"/>
        <source>Move &amp;Down</source>
        <translation>아래로 이동(&amp;D)</translation>
    </message>
    <message>
        <location filename="../widgets/serviceactions.cpp" line="193"/>
        <source>HTTPS at a load balancer on %1</source>
        <translation>%1의 로드 밸런서에서 HTTPS</translation>
    </message>
    <message>
        <location filename="../widgets/serviceactions.cpp" line="205"/>
        <source>HTTPS at a load balancer</source>
        <translation>로드밸런서에서 HTTPS 처리</translation>
    </message>
    <message>
        <location filename="../widgets/serviceactions.cpp" line="206"/>
        <source>%1 does not terminate TLS for a Service.</source>
        <translation>%1은(는) 서비스의 TLS를 종료하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/serviceactions.cpp" line="207"/>
        <source>The Service is added as it is; its load balancer passes TLS through to the pods, which then serve HTTPS themselves. To end TLS before the pods, use an Ingress or a Gateway.</source>
        <translation>서비스는 그대로 추가됩니다. 로드 밸런서는 TLS를 파드까지 그대로 전달하고, 파드가 직접 HTTPS를 제공해야 합니다. 파드 앞에서 TLS를 끝내려면 Ingress나 Gateway를 쓰십시오.</translation>
    </message>
</context>
<context>
    <name>sd::ServiceField</name>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="139"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="140"/>
        <source>required, e.g. web</source>
        <translation>필수, 예: web</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="148"/>
        <source>Namespace:</source>
        <translation>네임스페이스:</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="149"/>
        <source>the namespace kubectl uses</source>
        <translation>kubectl이 쓰는 네임스페이스</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="160"/>
        <source>&amp;Type:</source>
        <translation>타입(&amp;T):</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="161"/>
        <source>ClusterIP (default)</source>
        <translation>ClusterIP (기본값)</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="168"/>
        <source>Cluster IP:</source>
        <translation>클러스터 IP:</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="170"/>
        <source>Headless (clusterIP: None): DNS returns the pods&apos; addresses</source>
        <translation>헤드리스(clusterIP: None): DNS가 파드의 주소를 반환</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="197"/>
        <source>External name:</source>
        <translation>외부 이름:</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="198"/>
        <source>a DNS name, e.g. db.example.com</source>
        <translation>DNS 이름, 예: db.example.com</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="212"/>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="219"/>
        <source>Selector: the pods that get the traffic</source>
        <translation>셀렉터: 트래픽을 받을 파드</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="228"/>
        <source>External traffic policy:</source>
        <translation>외부 트래픽 정책:</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="229"/>
        <location filename="../model/domain/fieldtable.cpp" line="248"/>
        <source>Cluster (default)</source>
        <translation>Cluster (기본값)</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="247"/>
        <source>Internal traffic policy:</source>
        <translation>내부 트래픽 정책:</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="258"/>
        <source>Session affinity:</source>
        <translation>세션 어피니티:</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="259"/>
        <source>None (default)</source>
        <translation>None (기본값)</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="277"/>
        <source>Affinity timeout:</source>
        <translation>어피니티 타임아웃:</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="278"/>
        <source>10800 s (default)</source>
        <translation>10800초 (기본값)</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="313"/>
        <source>IP family policy:</source>
        <translation>IP 패밀리 정책:</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="315"/>
        <source>SingleStack (default)</source>
        <translation>SingleStack (기본값)</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="326"/>
        <source>IP families:</source>
        <translation>IP 패밀리:</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="327"/>
        <source>the cluster&apos;s primary family (default)</source>
        <translation>클러스터의 기본 IP 패밀리 (기본값)</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="361"/>
        <source>Cluster IPs:</source>
        <translation>클러스터 IP 목록:</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="362"/>
        <source>allocated by the cluster</source>
        <translation>클러스터가 할당</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="390"/>
        <source>External IPs:</source>
        <translation>외부 IP 목록:</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="391"/>
        <source>none; comma-separated addresses</source>
        <translation>없음. 쉼표로 구분한 주소</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="399"/>
        <source>Load balancer class:</source>
        <translation>로드밸런서 클래스:</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="400"/>
        <source>the cluster&apos;s default implementation</source>
        <translation>클러스터의 기본 구현</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="411"/>
        <source>Source ranges:</source>
        <translation>소스 범위:</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="412"/>
        <source>any source; comma-separated CIDRs</source>
        <translation>모든 소스. 쉼표로 구분한 CIDR</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="423"/>
        <source>Allocate node ports:</source>
        <translation>노드 포트 할당:</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="424"/>
        <source>true (default)</source>
        <translation>true (기본값)</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="435"/>
        <source>Health check node port:</source>
        <translation>헬스 체크 노드 포트:</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="436"/>
        <source>allocated when needed</source>
        <translation>필요할 때 할당</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="451"/>
        <source>Load balancer IP:</source>
        <translation>로드밸런서 IP:</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="453"/>
        <source>deprecated; chosen by the provider</source>
        <translation>더 이상 사용되지 않음. 프로바이더가 선택</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="464"/>
        <source>Labels:</source>
        <translation>레이블:</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="471"/>
        <source>Annotations:</source>
        <translation>어노테이션:</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="478"/>
        <source>Publish not-ready addresses:</source>
        <translation>준비되지 않은 주소 게시:</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="479"/>
        <source>false (default)</source>
        <translation>false (기본값)</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="488"/>
        <source>Traffic distribution:</source>
        <translation>트래픽 분배:</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="489"/>
        <source>no preference (default)</source>
        <translation>선호 없음 (기본값)</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable_ports.cpp" line="59"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable_ports.cpp" line="67"/>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable_ports.cpp" line="85"/>
        <source>App protocol</source>
        <translation>앱 프로토콜</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable_ports.cpp" line="90"/>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable_ports.cpp" line="97"/>
        <source>Target port</source>
        <translation>대상 포트</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable_ports.cpp" line="117"/>
        <source>Node port</source>
        <translation>노드 포트</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable_ports.cpp" line="124"/>
        <source>auto</source>
        <translation>자동</translation>
    </message>
</context>
<context>
    <name>sd::ServiceForm</name>
    <message>
        <location filename="../widgets/serviceform.cpp" line="149"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../widgets/serviceform.cpp" line="150"/>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <location filename="../widgets/serviceform.cpp" line="151"/>
        <source>Selector: the pods that get the traffic</source>
        <translation>셀렉터: 트래픽을 받을 파드</translation>
    </message>
    <message>
        <location filename="../widgets/serviceform.cpp" line="152"/>
        <source>Traffic</source>
        <translation>트래픽</translation>
    </message>
    <message>
        <location filename="../widgets/serviceform.cpp" line="153"/>
        <source>Addresses</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../widgets/serviceform.cpp" line="154"/>
        <source>Load balancer</source>
        <translation>로드밸런서</translation>
    </message>
    <message>
        <location filename="../widgets/serviceform.cpp" line="155"/>
        <source>Labels and annotations</source>
        <translation>레이블과 어노테이션</translation>
    </message>
    <message>
        <location filename="../widgets/serviceform.cpp" line="156"/>
        <source>Advanced</source>
        <translation>고급</translation>
    </message>
    <message>
        <location filename="../widgets/fieldeditor.cpp" line="112"/>
        <source> s</source>
        <translation>초</translation>
    </message>
</context>
<context>
    <name>sd::ServiceListModel</name>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="169"/>
        <source>(no kind)</source>
        <translation>(kind 없음)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="170"/>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="207"/>
        <source>(unnamed)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="173"/>
        <source>%1 %2</source>
        <comment>an object of another kind: its kind and name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="175"/>
        <source>A %1, not a Service: its text is in the In the File tab.</source>
        <translation>서비스가 아닌 %1입니다. 텍스트는 파일 원문 탭에 있습니다.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="178"/>
        <source>%1 · line %2</source>
        <translation>%1 · %2행</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="209"/>
        <source>Namespace: %1</source>
        <translation>네임스페이스: %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="209"/>
        <source>(not set)</source>
        <translation>(설정 안 됨)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="210"/>
        <source>Type: %1</source>
        <translation>타입: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="211"/>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="217"/>
        <source>%n port(s)</source>
        <translation>
            <numerusform>포트 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="213"/>
        <source>Line %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="219"/>
        <source>namespace %1</source>
        <translation>네임스페이스 %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="248"/>
        <source>line %1, column %2: %3</source>
        <translation>%1행 %2열: %3</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="255"/>
        <source>Document %1 could not be read</source>
        <translation>문서 %1을(를) 읽을 수 없음</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="257"/>
        <source>Document %1 could not be read.</source>
        <translation>문서 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="258"/>
        <source>It is kept in the file and saved as it is.</source>
        <translation>파일에 그대로 남아 있으며 그대로 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="262"/>
        <source>document %1: %2</source>
        <translation>문서 %1: %2</translation>
    </message>
</context>
<context>
    <name>sd::ServiceListPane</name>
    <message>
        <location filename="../widgets/servicelistpane.cpp" line="131"/>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../widgets/servicelistpane.cpp" line="132"/>
        <source>This file has no Service yet. Add one with Service › Add Blank Service (Ctrl+Shift+N) or Add from Template, or right-click below.</source>
        <translation>이 파일에는 아직 서비스가 없습니다. 서비스 › 빈 서비스 추가(Ctrl+Shift+N)나 템플릿에서 추가로 추가하거나, 아래를 마우스 오른쪽 버튼으로 클릭하십시오.</translation>
    </message>
</context>
<context>
    <name>sd::ServiceYamlPane</name>
    <message>
        <location filename="../widgets/serviceyamlpane.cpp" line="121"/>
        <source>No Services in %1</source>
        <translation>%1에 서비스가 없음</translation>
    </message>
    <message>
        <location filename="../widgets/serviceyamlpane.cpp" line="125"/>
        <source>This file holds no v1 Service.</source>
        <translation>이 파일에는 v1 서비스가 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/serviceyamlpane.cpp" line="126"/>
        <source>Open a manifest with File › Open, or drop a YAML file here.</source>
        <translation>파일 › 열기로 매니페스트를 열거나, YAML 파일을 여기에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <location filename="../widgets/serviceyamlpane.cpp" line="143"/>
        <source>It is kept in the file and saved as it is until you fix it here.</source>
        <translation>여기에서 고치기 전까지는 파일에 그대로 남아 있고 그대로 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/serviceyamlpane.cpp" line="181"/>
        <source>Line %1, column %2: %3</source>
        <translation>%1번째 줄, %2번째 열: %3</translation>
    </message>
</context>
<context>
    <name>sd::TableCellDelegate</name>
    <message>
        <location filename="../widgets/formdelegates.cpp" line="216"/>
        <source>A node port is a number from 1 to 65535 (usually 30000-32767), or empty for one the cluster chooses. Fix it, or press Esc to keep the old value.</source>
        <translation>노드 포트는 1부터 65535 사이의 숫자(보통 30000-32767)이거나, 클러스터가 고르게 하려면 비워 둡니다. 고치거나 Esc를 눌러 이전 값을 유지하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/formdelegates.cpp" line="219"/>
        <source>A port is a number from 1 to 65535. Fix it, or press Esc to keep the old value.</source>
        <translation>포트는 1부터 65535 사이의 숫자입니다. 고치거나 Esc를 눌러 이전 값을 유지하세요.</translation>
    </message>
</context>
<context>
    <name>sd::TableSection</name>
    <message>
        <location filename="../widgets/tablesection.cpp" line="124"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/tablesection.cpp" line="126"/>
        <source>Add a row</source>
        <translation>행 추가</translation>
    </message>
    <message>
        <location filename="../widgets/tablesection.cpp" line="126"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../widgets/tablesection.cpp" line="127"/>
        <source>Remove the selected rows</source>
        <translation>선택한 행 제거</translation>
    </message>
    <message>
        <location filename="../widgets/tablesection.cpp" line="127"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../widgets/tablesection.cpp" line="128"/>
        <source>Move the row up</source>
        <translation>행을 위로 이동</translation>
    </message>
    <message>
        <location filename="../widgets/tablesection.cpp" line="128"/>
        <source>Alt+Up</source>
        <translation>Alt+위쪽</translation>
    </message>
    <message>
        <location filename="../widgets/tablesection.cpp" line="129"/>
        <source>Move the row down</source>
        <translation>행을 아래로 이동</translation>
    </message>
    <message>
        <location filename="../widgets/tablesection.cpp" line="129"/>
        <source>Alt+Down</source>
        <translation>Alt+아래쪽</translation>
    </message>
</context>
<context>
    <name>sd::TeachingDocks</name>
    <message>
        <location filename="../widgets/teachingdocks.cpp" line="228"/>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../widgets/teachingdocks.cpp" line="229"/>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <location filename="../widgets/teachingdocks.cpp" line="230"/>
        <source>Trace</source>
        <translation>추적</translation>
    </message>
</context>
<context>
    <name>sd::TraceDiagram</name>
    <message>
        <location filename="../widgets/tracediagram.cpp" line="207"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../widgets/tracediagram.cpp" line="209"/>
        <source>✕ Not delivered: %1</source>
        <translation>✕ 도착하지 않음: %1</translation>
    </message>
    <message>
        <location filename="../widgets/tracediagram.cpp" line="210"/>
        <source>Connection trace</source>
        <translation>연결 추적</translation>
    </message>
    <message>
        <location filename="../widgets/tracediagram.cpp" line="273"/>
        <source>Client</source>
        <translation>클라이언트</translation>
    </message>
    <message>
        <location filename="../widgets/tracediagram.cpp" line="276"/>
        <source>Load balancer</source>
        <translation>로드밸런서</translation>
    </message>
    <message>
        <location filename="../widgets/tracediagram.cpp" line="278"/>
        <source>Cluster DNS</source>
        <translation>클러스터 DNS</translation>
    </message>
    <message>
        <location filename="../widgets/tracediagram.cpp" line="280"/>
        <source>External host</source>
        <translation>외부 호스트</translation>
    </message>
    <message>
        <location filename="../widgets/tracediagram.cpp" line="361"/>
        <source>client pod</source>
        <translation>클라이언트 파드</translation>
    </message>
    <message>
        <location filename="../widgets/tracediagram.cpp" line="362"/>
        <source>client</source>
        <translation>클라이언트</translation>
    </message>
    <message>
        <location filename="../widgets/tracediagram.cpp" line="482"/>
        <source>no endpoint</source>
        <translation>엔드포인트 없음</translation>
    </message>
    <message>
        <location filename="../widgets/tracediagram.cpp" line="591"/>
        <source>DNAT</source>
        <translation>DNAT</translation>
    </message>
    <message>
        <location filename="../widgets/tracediagram.cpp" line="591"/>
        <source>SNAT</source>
        <translation>SNAT</translation>
    </message>
</context>
<context>
    <name>sd::TraceResultPanel</name>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="40"/>
        <location filename="../widgets/traceresultpanel.cpp" line="56"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="94"/>
        <source>Pods see a node&apos;s address (%1) because externalTrafficPolicy is Cluster: set Local to keep the client&apos;s address. Then only nodes with an endpoint of the Service take these connections.</source>
        <translation>externalTrafficPolicy가 Cluster이므로 파드는 노드의 주소(%1)를 봅니다. 클라이언트의 주소를 유지하려면 Local로 설정하세요. 그러면 이 서비스의 엔드포인트가 있는 노드만 이 연결을 받습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="110"/>
        <source>externalTrafficPolicy is Local and %1 has no endpoint of the Service, so connections that reach %1 are not served. Move an endpoint to %1, or set the policy to Cluster (the pods then see a node&apos;s address).</source>
        <translation>externalTrafficPolicy가 Local인데 %1에 이 서비스의 엔드포인트가 없으므로 %1에 닿은 연결은 처리되지 않습니다. 엔드포인트를 %1(으)로 옮기거나 정책을 Cluster로 설정하세요(그러면 파드는 노드의 주소를 봅니다).</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="121"/>
        <source>internalTrafficPolicy is Local and %1, the client pod&apos;s node, has no endpoint of the Service, so its connections to the cluster IP are dropped. Move an endpoint to %1, or set the policy to Cluster.</source>
        <translation>internalTrafficPolicy가 Local인데 클라이언트 파드의 노드인 %1에 이 서비스의 엔드포인트가 없으므로 클러스터 IP로 가는 연결이 버려집니다. 엔드포인트를 %1(으)로 옮기거나 정책을 Cluster로 설정하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="136"/>
        <source>This connection cannot be traced: %1.</source>
        <translation>이 연결은 추적할 수 없습니다: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="150"/>
        <source>Delivered.</source>
        <translation>도착함.</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="150"/>
        <source>Not delivered.</source>
        <translation>도착하지 않음.</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="153"/>
        <source>Endpoint:</source>
        <translation>엔드포인트:</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="154"/>
        <source>%1 on %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="160"/>
        <source>%1, the client&apos;s own address</source>
        <translation>%1 (클라이언트 자신의 주소)</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="163"/>
        <source>%1, an address of a node</source>
        <translation>%1 (노드의 주소)</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="166"/>
        <source>%1, the load balancer&apos;s address</source>
        <translation>%1 (로드밸런서의 주소)</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="169"/>
        <source>%1, the client pod&apos;s address</source>
        <translation>%1 (클라이언트 파드의 주소)</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="173"/>
        <source>The pod sees as the source:</source>
        <translation>파드가 보는 출발지:</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="175"/>
        <source>The client&apos;s address:</source>
        <translation>클라이언트의 주소:</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="177"/>
        <source>PROXY header:</source>
        <translation>PROXY 헤더:</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="181"/>
        <source>Load balancer:</source>
        <translation>로드밸런서:</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="184"/>
        <source>Notes</source>
        <translation>참고</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="211"/>
        <source>Show the Field</source>
        <translation>필드 보기</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="212"/>
        <source>Shows %1 in the form</source>
        <translation>양식에서 %1을(를) 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="219"/>
        <source>Set %1</source>
        <translation>%1(으)로 설정</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="220"/>
        <source>Sets %1 to %2 (one undo step)</source>
        <translation>%1을(를) %2(으)로 설정합니다(실행 취소 한 단계)</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="228"/>
        <source>Move an Endpoint to %1</source>
        <translation>엔드포인트를 %1(으)로 옮기기</translation>
    </message>
    <message>
        <location filename="../widgets/traceresultpanel.cpp" line="229"/>
        <source>Changes the example cluster only, not the Service</source>
        <translation>서비스는 그대로 두고 예시 클러스터만 바꿉니다</translation>
    </message>
</context>
<context>
    <name>sd::TraceView</name>
    <message>
        <location filename="../widgets/traceview.cpp" line="234"/>
        <source>Client and cluster</source>
        <translation>클라이언트와 클러스터</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="235"/>
        <source>Client:</source>
        <translation>클라이언트:</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="236"/>
        <source>Via node:</source>
        <translation>거치는 노드:</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="237"/>
        <source>Client&apos;s node:</source>
        <translation>클라이언트의 노드:</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="238"/>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="238"/>
        <source>Endpoints</source>
        <translation>엔드포인트</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="239"/>
        <source>Add Node</source>
        <translation>노드 추가</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="240"/>
        <source>Adds a node without endpoints to the example cluster</source>
        <translation>엔드포인트가 없는 노드를 예시 클러스터에 추가합니다</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="241"/>
        <source>Remove Node</source>
        <translation>노드 제거</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="242"/>
        <source>Removes the selected node (or the last) from the example cluster</source>
        <translation>선택한 노드(없으면 마지막 노드)를 예시 클러스터에서 제거합니다</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="244"/>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="245"/>
        <source>Highlights the hop before this one (Left on the picture)</source>
        <translation>이전 구간을 강조합니다(그림에서 왼쪽 화살표 키)</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="246"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="247"/>
        <source>Highlights the next hop (Right on the picture)</source>
        <translation>다음 구간을 강조합니다(그림에서 오른쪽 화살표 키)</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="248"/>
        <source>Show All</source>
        <translation>모두 보기</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="249"/>
        <source>Draws every hop at once</source>
        <translation>모든 구간을 한꺼번에 그립니다</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="251"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="251"/>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="251"/>
        <source>Source</source>
        <translation>출발지</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="251"/>
        <source>Destination</source>
        <translation>목적지</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="251"/>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="251"/>
        <source>What happens</source>
        <translation>일어나는 일</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="252"/>
        <source>Left and Right step through the hops</source>
        <translation>왼쪽·오른쪽 화살표 키로 구간을 하나씩 오갑니다</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="253"/>
        <source>Where the connection comes from</source>
        <translation>연결이 어디서 오는지</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="254"/>
        <source>The node the connection from outside reaches</source>
        <translation>밖에서 오는 연결이 닿는 노드</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="255"/>
        <source>The node of the client pod</source>
        <translation>클라이언트 파드가 있는 노드</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="426"/>
        <source>Ready endpoints of the Service on %1</source>
        <translation>%1에 있는 이 서비스의 준비된 엔드포인트</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="427"/>
        <source>Endpoints on %1</source>
        <translation>%1의 엔드포인트</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="438"/>
        <source>Load balancer</source>
        <translation>로드밸런서</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="438"/>
        <source>Node port</source>
        <translation>노드 포트</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="438"/>
        <source>External IP</source>
        <translation>외부 IP</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="438"/>
        <source>Pod</source>
        <translation>파드</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="439"/>
        <source>From outside the cluster, through the load balancer</source>
        <translation>클러스터 밖에서 로드밸런서를 거쳐</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="440"/>
        <source>From outside the cluster, to a node&apos;s address and the node port</source>
        <translation>클러스터 밖에서 노드의 주소와 노드 포트로</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="441"/>
        <source>From outside the cluster, to one of the Service&apos;s external IPs</source>
        <translation>클러스터 밖에서 서비스의 외부 IP 중 하나로</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="442"/>
        <source>From a pod in the cluster, to the Service&apos;s name</source>
        <translation>클러스터 안의 파드에서 서비스의 이름으로</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="470"/>
        <source>Load balancer&apos;s choice</source>
        <translation>로드밸런서가 선택</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="491"/>
        <source>Choose a Service and one of its ports to trace a connection to it.</source>
        <translation>연결을 추적하려면 서비스와 그 포트 하나를 고르세요.</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="572"/>
        <source>at %1</source>
        <translation>%1에서</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="573"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="574"/>
        <source>DNAT</source>
        <translation>DNAT</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="575"/>
        <source>SNAT</source>
        <translation>SNAT</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="607"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="607"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="608"/>
        <source>Stops stepping through the hops</source>
        <translation>구간을 차례로 보여 주기를 멈춥니다</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="609"/>
        <source>Steps through the hops one by one</source>
        <translation>구간을 하나씩 차례로 보여 줍니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/traceview.cpp" line="613"/>
        <source>All %n hop(s)</source>
        <translation>
            <numerusform>구간 %n개 모두</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="615"/>
        <source>Hop %1 of %2</source>
        <translation>구간 %1/%2</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="617"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../widgets/traceview.cpp" line="622"/>
        <source>Choose a hop, or press Next or Play, to follow the connection step by step.</source>
        <translation>연결을 단계별로 따라가려면 구간을 고르거나 다음 또는 재생을 누르세요.</translation>
    </message>
</context>
<context>
    <name>sd::UserPrompts</name>
    <message>
        <location filename="../widgets/userprompts.cpp" line="37"/>
        <source>&amp;OK</source>
        <translation>확인(&amp;O)</translation>
    </message>
    <message>
        <location filename="../widgets/userprompts.cpp" line="38"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/userprompts.cpp" line="39"/>
        <source>Save &amp;All</source>
        <translation>모두 저장(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/userprompts.cpp" line="40"/>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../widgets/userprompts.cpp" line="41"/>
        <source>&amp;Yes</source>
        <translation>예(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../widgets/userprompts.cpp" line="42"/>
        <source>&amp;No</source>
        <translation>아니요(&amp;N)</translation>
    </message>
    <message>
        <location filename="../widgets/userprompts.cpp" line="43"/>
        <source>&amp;Discard</source>
        <translation>버리기(&amp;D)</translation>
    </message>
    <message>
        <location filename="../widgets/userprompts.cpp" line="44"/>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/userprompts.cpp" line="45"/>
        <source>C&amp;lose</source>
        <translation>닫기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/userprompts.cpp" line="46"/>
        <source>A&amp;pply</source>
        <translation>적용(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/userprompts.cpp" line="47"/>
        <source>&amp;Reset</source>
        <translation>재설정(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/userprompts.cpp" line="48"/>
        <source>&amp;Retry</source>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/userprompts.cpp" line="49"/>
        <source>&amp;Ignore</source>
        <translation>무시(&amp;I)</translation>
    </message>
    <message>
        <location filename="../widgets/userprompts.cpp" line="50"/>
        <source>A&amp;bort</source>
        <translation>중단(&amp;B)</translation>
    </message>
</context>
<context>
    <name>sd::YamlPreviewDock</name>
    <message>
        <location filename="../widgets/yamlpreviewdock.cpp" line="29"/>
        <source>YAML Preview</source>
        <translation>YAML 미리 보기</translation>
    </message>
    <message>
        <location filename="../widgets/yamlpreviewdock.cpp" line="30"/>
        <source>Select a Service to see the YAML that will be exported.</source>
        <translation>서비스를 선택하면 내보낼 YAML을 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>sd::ZoomMenu</name>
    <message>
        <location filename="../widgets/helpmenu.cpp" line="164"/>
        <source>&amp;Zoom</source>
        <translation>확대/축소(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../widgets/helpmenu.cpp" line="165"/>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location filename="../widgets/helpmenu.cpp" line="166"/>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../widgets/helpmenu.cpp" line="167"/>
        <source>&amp;Normal Size</source>
        <translation>원래 크기(&amp;N)</translation>
    </message>
</context>
<context>
    <name>sd::cli</name>
    <message>
        <location filename="../app/cli/common.cpp" line="51"/>
        <source>cannot read standard input</source>
        <translation>표준 입력을 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="57"/>
        <source>cannot read standard input: %1</source>
        <translation>표준 입력을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="93"/>
        <source>cannot write standard output: %1</source>
        <translation>표준 출력에 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="94"/>
        <source>write error</source>
        <translation>쓰기 오류</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="117"/>
        <source>the file holds no Service</source>
        <translation>파일에 Service가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="123"/>
        <source>the file holds %1 Services: choose one with --service</source>
        <translation>파일에 Service가 %1개 있습니다. --service로 하나를 고르세요</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="147"/>
        <source>%1 Services are named &apos;%2&apos;: add the namespace (NAMESPACE/NAME)</source>
        <translation>이름이 &apos;%2&apos;인 Service가 %1개입니다. 네임스페이스를 붙이세요(NAMESPACE/NAME)</translation>
    </message>
    <message>
        <location filename="../app/cli/explaincommand.cpp" line="15"/>
        <source>Explains a topic of Kubernetes Service networking, as the designer&apos;s explanation panel does, in the language of --lang or the system. Without a topic, lists the topics.</source>
        <translation>디자이너의 설명 패널처럼 쿠버네티스 서비스 네트워킹의 주제를 --lang 또는 시스템의 언어로 설명합니다. 주제를 주지 않으면 주제 목록을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/explaincommand.cpp" line="20"/>
        <source>The topic to explain.</source>
        <translation>설명할 주제.</translation>
    </message>
    <message>
        <location filename="../app/cli/explaincommand.cpp" line="38"/>
        <source>explain takes one topic</source>
        <translation>explain은 주제를 하나만 받습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/explaincommand.cpp" line="44"/>
        <source>unknown topic &apos;%1&apos;: run &apos;explain&apos; without a topic for the list</source>
        <translation>알 수 없는 주제 &apos;%1&apos;: 주제 없이 &apos;explain&apos;을 실행하면 목록을 볼 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="11"/>
        <source>Prints the manifests of the files, written anew in kubectl&apos;s style, ready for &apos;kubectl apply -f&apos;. FILE &apos;-&apos; reads standard input.</source>
        <translation>파일의 매니페스트를 kubectl 스타일로 새로 써서 &apos;kubectl apply -f&apos;에 바로 쓸 수 있게 출력합니다. 파일 &apos;-&apos;는 표준 입력을 읽습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="15"/>
        <source>Output format: yaml (default) or json.</source>
        <translation>출력 형식: yaml(기본값) 또는 json.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="20"/>
        <source>Write to the file OUT instead of standard output (&apos;-&apos; is standard output). OUT is replaced only once everything is written; devices, pipes and sockets are refused.</source>
        <translation>표준 출력 대신 파일 OUT에 씁니다(&apos;-&apos;는 표준 출력). OUT은 모든 내용을 다 쓴 뒤에야 바뀌며, 장치·파이프·소켓에는 쓰지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="26"/>
        <source>Write the values the API server fills in for fields left out (protocol: TCP, type: ClusterIP, targetPort = port, ...).</source>
        <translation>생략된 필드에 API 서버가 채우는 값(protocol: TCP, type: ClusterIP, targetPort = port, ...)을 씁니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="32"/>
        <location filename="../app/cli/validatecommand.cpp" line="89"/>
        <source>Manifest files (YAML or JSON).</source>
        <translation>매니페스트 파일(YAML 또는 JSON).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="38"/>
        <source>unknown format &apos;%1&apos;: use yaml or json</source>
        <translation>알 수 없는 형식 &apos;%1&apos;: yaml 또는 json을 쓰세요</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="43"/>
        <location filename="../app/cli/validatecommand.cpp" line="148"/>
        <source>no input files: name one or more files, or &apos;-&apos; for standard input</source>
        <translation>입력 파일이 없습니다: 파일을 하나 이상 지정하거나, 표준 입력이면 &apos;-&apos;를 지정하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommand.cpp" line="42"/>
        <source>--set needs PATH=VALUE, not &apos;%1&apos;</source>
        <translation>--set에는 &apos;%1&apos;이(가) 아니라 PATH=VALUE를 주어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommand.cpp" line="67"/>
        <source>there is no Service %1: the file holds %2 (counted from 0)</source>
        <translation>Service %1이(가) 없습니다. 파일에는 %2개가 있습니다(0부터 셉니다)</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="139"/>
        <source>no Service named &apos;%1&apos; in the file</source>
        <translation>파일에 이름이 &apos;%1&apos;인 Service가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="141"/>
        <source>%1 Services are named &apos;%2&apos;: add the namespace (NAMESPACE/NAME) or use --index</source>
        <translation>이름이 &apos;%2&apos;인 Service가 %1개입니다. 네임스페이스를 붙이거나(NAMESPACE/NAME) --index를 쓰세요</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="119"/>
        <source>the file holds %1 Services: choose one with --service or --index</source>
        <translation>파일에 Service가 %1개 있습니다. --service나 --index로 하나를 고르세요</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommand.cpp" line="82"/>
        <source>Changes fields of one Service of FILE and writes the file with only those bytes changed: comments, order and style are kept, as when editing in the designer.

PATH is a field path as &apos;validate&apos; prints it:
  spec.ports[0].port                 the first port&apos;s number
  spec.ports[name=http].targetPort   the port named http
  spec.selector[app]                 one key of a map
  metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-type]
  spec.ipFamilies                    a whole list
VALUE is a YAML scalar or flow value: 8081, UDP, &quot;8080&quot; (a string), [IPv4, IPv6], {app: web}. It must have the field&apos;s type. A list item one past the end is added.

Examples:
  %1 edit --set spec.ports[0].port=8081 -i web.yaml
  %1 edit --service shop/web --set spec.type=NodePort --remove spec.loadBalancerIP web.yaml &gt; out.yaml

Exit status: 0 when the edits are applied (errors the validator finds in the result are printed on standard error, and the file is still written); 2 for a bad path, a value of the wrong type, no such Service or an unreadable file, and then nothing is written.</source>
        <translation>FILE에 있는 Service 하나의 필드를 바꾸고, 바뀐 바이트만 고쳐 파일을 씁니다. 디자이너에서 편집할 때처럼 주석, 순서, 스타일이 그대로 남습니다.

PATH는 &apos;validate&apos;가 출력하는 필드 경로입니다:
  spec.ports[0].port                 첫 번째 포트의 번호
  spec.ports[name=http].targetPort   이름이 http인 포트
  spec.selector[app]                 맵의 키 하나
  metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-type]
  spec.ipFamilies                    목록 전체
VALUE는 YAML 스칼라나 flow 값입니다: 8081, UDP, &quot;8080&quot;(문자열), [IPv4, IPv6], {app: web}. 필드의 타입에 맞아야 합니다. 목록 끝 바로 다음 번호의 항목은 추가됩니다.

예:
  %1 edit --set spec.ports[0].port=8081 -i web.yaml
  %1 edit --service shop/web --set spec.type=NodePort --remove spec.loadBalancerIP web.yaml &gt; out.yaml

종료 상태: 편집을 적용하면 0(결과에서 검사기가 찾은 오류는 표준 오류에 출력되고, 파일은 그래도 씁니다). 잘못된 경로, 타입이 맞지 않는 값, 없는 Service, 읽을 수 없는 파일이면 2이고, 이때는 아무것도 쓰지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommand.cpp" line="108"/>
        <source>The Service to edit: NAME or NAMESPACE/NAME.</source>
        <translation>편집할 Service: NAME 또는 NAMESPACE/NAME.</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommand.cpp" line="111"/>
        <source>The Service to edit: the N-th of the file, counted from 0.</source>
        <translation>편집할 Service: 파일에서 N번째(0부터 셉니다).</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommand.cpp" line="115"/>
        <source>Set the field at PATH to VALUE (repeatable).</source>
        <translation>PATH의 필드를 VALUE로 설정합니다(여러 번 쓸 수 있음).</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommand.cpp" line="118"/>
        <source>Remove the field at PATH (repeatable).</source>
        <translation>PATH의 필드를 제거합니다(여러 번 쓸 수 있음).</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommand.cpp" line="122"/>
        <source>Write the edited file over FILE.</source>
        <translation>편집한 파일을 FILE에 덮어씁니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommand.cpp" line="125"/>
        <source>Write the edited file to OUT instead of standard output (&apos;-&apos; is standard output).</source>
        <translation>편집한 파일을 표준 출력 대신 OUT에 씁니다(&apos;-&apos;는 표준 출력).</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommand.cpp" line="133"/>
        <location filename="../app/cli/tracecommand.cpp" line="139"/>
        <source>The manifest file (YAML or JSON); &apos;-&apos; reads standard input.</source>
        <translation>매니페스트 파일(YAML 또는 JSON). &apos;-&apos;는 표준 입력을 읽습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommand.cpp" line="140"/>
        <source>name one file to edit</source>
        <translation>편집할 파일을 하나 지정하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommand.cpp" line="146"/>
        <source>--in-place needs a file, and no --output</source>
        <translation>--in-place에는 파일이 필요하고 --output은 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommand.cpp" line="150"/>
        <source>use --service or --index, not both</source>
        <translation>--service와 --index 중 하나만 쓰세요</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommand.cpp" line="158"/>
        <source>nothing to do: give --set PATH=VALUE or --remove PATH</source>
        <translation>할 일이 없습니다. --set PATH=VALUE나 --remove PATH를 주세요</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommand.cpp" line="162"/>
        <location filename="../app/cli/exportcommand.cpp" line="52"/>
        <location filename="../app/cli/tracecommand.cpp" line="188"/>
        <location filename="../app/cli/validatecommand.cpp" line="176"/>
        <source>&lt;stdin&gt;</source>
        <translation>&lt;표준 입력&gt;</translation>
    </message>
    <message>
        <location filename="../app/cli/common.cpp" line="158"/>
        <location filename="../app/cli/editcommand.cpp" line="176"/>
        <location filename="../app/cli/editcommand.cpp" line="212"/>
        <location filename="../app/cli/providerscommand.cpp" line="34"/>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommand.cpp" line="186"/>
        <source>note</source>
        <translation>참고</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommand.cpp" line="188"/>
        <source>the Service is written anew in kubectl&apos;s style: its text could not be changed in place</source>
        <translation>Service를 kubectl 스타일로 새로 썼습니다. 텍스트를 제자리에서 바꿀 수 없었습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/editcommand.cpp" line="190"/>
        <source>part of the Service is written anew in kubectl&apos;s style: it could not be changed in place</source>
        <translation>Service의 일부를 kubectl 스타일로 새로 썼습니다. 제자리에서 바꿀 수 없었습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="56"/>
        <location filename="../app/cli/exportcommand.cpp" line="66"/>
        <location filename="../app/cli/providerscommand.cpp" line="26"/>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="19"/>
        <source>Print the manifests of the files as kubectl apply -f takes them.</source>
        <translation>파일의 매니페스트를 kubectl apply -f가 받는 형태로 출력합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="23"/>
        <source>Change fields of a Service in its file, keeping comments and style.</source>
        <translation>주석과 스타일을 지키면서 파일 안의 Service 필드를 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="27"/>
        <source>Check the Services of the files as the Kubernetes API server would, and what the chosen provider, nodes and network plugin make of them.</source>
        <translation>파일의 서비스를 쿠버네티스 API 서버처럼 검사하고, 선택한 프로바이더와 노드, 네트워크 플러그인에서 어떻게 되는지도 알려 줍니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="33"/>
        <source>List the provider ids for --provider and what each supports.</source>
        <translation>--provider에 쓸 프로바이더 ID와 각각이 지원하는 것을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="37"/>
        <source>Explain a topic of Kubernetes Service networking (the list of topics without one).</source>
        <translation>쿠버네티스 서비스 네트워킹의 주제를 설명합니다(주제 없이 실행하면 주제 목록).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="42"/>
        <source>Print the PROXY protocol header a load balancer sends before the client&apos;s first byte.</source>
        <translation>로드 밸런서가 클라이언트의 첫 바이트 앞에 보내는 PROXY 프로토콜 헤더를 출력합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="47"/>
        <source>Follow a connection to a port of a Service through an example cluster and show every address translation.</source>
        <translation>예시 클러스터에서 Service 포트로 가는 연결을 따라가며 모든 주소 변환을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="66"/>
        <source>Usage: %1 &lt;command&gt; [options] [FILE...]

Commands:
%2
Options for every command:
  --lang en|ko  The language of messages (default: the system&apos;s).

Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>사용법: %1 &lt;명령&gt; [옵션] [파일...]

명령:
%2
모든 명령의 옵션:
  --lang en|ko  메시지의 언어(기본값: 시스템의 언어).

명령의 옵션은 &apos;%1 &lt;명령&gt; --help&apos;로 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="119"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>알 수 없는 명령 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/providerscommand.cpp" line="28"/>
        <source>(profile skipped)</source>
        <translation>(프로파일 건너뜀)</translation>
    </message>
    <message>
        <location filename="../app/cli/providerscommand.cpp" line="49"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../app/cli/providerscommand.cpp" line="51"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../app/cli/providerscommand.cpp" line="53"/>
        <source>cond.</source>
        <translation>조건부</translation>
    </message>
    <message>
        <location filename="../app/cli/providerscommand.cpp" line="57"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../app/cli/providerscommand.cpp" line="64"/>
        <source>Lists the provider ids that &apos;validate --provider&apos; takes, with what each load-balancer implementation supports on a Service of type LoadBalancer (cond.: under a condition; ?: not documented).</source>
        <translation>&apos;validate --provider&apos;에 쓸 수 있는 프로바이더 ID를, 각 로드밸런서 구현이 LoadBalancer 타입 서비스에서 지원하는 기능과 함께 나열합니다(조건부: 조건을 만족할 때만 지원, ?: 문서화되지 않음).</translation>
    </message>
    <message>
        <location filename="../app/cli/providerscommand.cpp" line="69"/>
        <source>Also load this provider profile (repeatable).</source>
        <translation>이 프로바이더 프로파일도 불러옵니다(반복 가능).</translation>
    </message>
    <message>
        <location filename="../app/cli/providerscommand.cpp" line="73"/>
        <source>Output format: text (default), or json for each profile in full: its facts, rules and annotation catalogue, each with its source.</source>
        <translation>출력 형식: text(기본값), 또는 각 프로파일 전체(사실, 규칙, 어노테이션 카탈로그와 각각의 출처)를 담은 json.</translation>
    </message>
    <message>
        <location filename="../app/cli/providerscommand.cpp" line="83"/>
        <location filename="../app/cli/tracecommand.cpp" line="153"/>
        <source>unknown format &apos;%1&apos;: use text or json</source>
        <translation>알 수 없는 형식 &apos;%1&apos;: text 또는 json을 사용하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/providerscommand.cpp" line="100"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/providerscommand.cpp" line="101"/>
        <source>LOAD BALANCER</source>
        <translation>로드밸런서</translation>
    </message>
    <message>
        <location filename="../app/cli/providerscommand.cpp" line="102"/>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location filename="../app/cli/providerscommand.cpp" line="103"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location filename="../app/cli/providerscommand.cpp" line="104"/>
        <source>SCTP</source>
        <translation>SCTP</translation>
    </message>
    <message>
        <location filename="../app/cli/providerscommand.cpp" line="105"/>
        <source>TCP+UDP</source>
        <translation>TCP+UDP</translation>
    </message>
    <message>
        <location filename="../app/cli/providerscommand.cpp" line="106"/>
        <source>PROXY</source>
        <translation>PROXY</translation>
    </message>
    <message>
        <location filename="../app/cli/providerscommand.cpp" line="107"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../app/cli/proxyheadercommand.cpp" line="11"/>
        <source>Prints the PROXY protocol header that a load balancer sends to the workload before the client&apos;s first byte. Version 1 is printed as its text line (ending in \r\n); version 2 as lowercase hex bytes separated by spaces, or with --annotate as a dump that names every field.</source>
        <translation>로드밸런서가 클라이언트의 첫 바이트 앞에 워크로드로 보내는 PROXY protocol 헤더를 출력합니다. 버전 1은 텍스트 한 줄(\r\n으로 끝남)로, 버전 2는 공백으로 구분한 소문자 16진수 바이트로 출력하며, --annotate를 지정하면 모든 필드의 이름을 붙인 덤프로 출력합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/proxyheadercommand.cpp" line="17"/>
        <source>PROXY protocol version: 1 or 2.</source>
        <translation>PROXY protocol 버전: 1 또는 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/proxyheadercommand.cpp" line="20"/>
        <source>The client&apos;s address and port: 192.0.2.1:5678 or [2001:db8::1]:5678.</source>
        <translation>클라이언트의 주소와 포트: 192.0.2.1:5678 또는 [2001:db8::1]:5678.</translation>
    </message>
    <message>
        <location filename="../app/cli/proxyheadercommand.cpp" line="24"/>
        <source>The address and port the client connected to.</source>
        <translation>클라이언트가 연결한 주소와 포트.</translation>
    </message>
    <message>
        <location filename="../app/cli/proxyheadercommand.cpp" line="28"/>
        <source>tcp (default) or udp.</source>
        <translation>tcp(기본값) 또는 udp.</translation>
    </message>
    <message>
        <location filename="../app/cli/proxyheadercommand.cpp" line="32"/>
        <source>Name every field of the header.</source>
        <translation>헤더의 모든 필드에 이름을 붙입니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/proxyheadercommand.cpp" line="43"/>
        <location filename="../app/cli/tracecommand.cpp" line="149"/>
        <source>--%1 is required</source>
        <translation>--%1 옵션이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/proxyheadercommand.cpp" line="47"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>예상하지 못한 인수 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/proxyheadercommand.cpp" line="51"/>
        <source>unknown version &apos;%1&apos;: use 1 or 2</source>
        <translation>알 수 없는 버전 &apos;%1&apos;: 1 또는 2를 쓰세요</translation>
    </message>
    <message>
        <location filename="../app/cli/proxyheadercommand.cpp" line="55"/>
        <source>unknown protocol &apos;%1&apos;: use tcp or udp</source>
        <translation>알 수 없는 프로토콜 &apos;%1&apos;: tcp 또는 udp를 쓰세요</translation>
    </message>
    <message>
        <location filename="../app/cli/proxyheadercommand.cpp" line="63"/>
        <source>invalid --%1 &apos;%2&apos;: write IP:PORT, e.g. 192.0.2.1:443 or [2001:db8::1]:443</source>
        <translation>잘못된 --%1 값 &apos;%2&apos;: IP:PORT 형식으로 쓰세요(예: 192.0.2.1:443 또는 [2001:db8::1]:443)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="20"/>
        <source>invalid value &apos;%1&apos; for --%2: use yes or no</source>
        <translation>--%2에 잘못된 값 &apos;%1&apos;: yes 또는 no를 쓰세요</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="30"/>
        <source>Checks the Services of the files as the Kubernetes API server would on create, and warns where the result depends on the cluster. Exit status: 0 without errors, 1 with errors, 2 when a file cannot be read or the command line is wrong.</source>
        <translation>파일의 서비스를 쿠버네티스 API 서버가 생성 시 하는 것처럼 검사하고, 결과가 클러스터에 따라 달라지는 곳을 경고합니다. 종료 상태: 오류가 없으면 0, 오류가 있으면 1, 파일을 읽을 수 없거나 명령줄이 잘못되면 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="36"/>
        <source>Report format: text (default), json or sarif.</source>
        <translation>보고서 형식: text(기본값), json 또는 sarif.</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="40"/>
        <source>Kubernetes version: 1.31, 1.32 or 1.33 (default).</source>
        <translation>쿠버네티스 버전: 1.31, 1.32 또는 1.33(기본값).</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="45"/>
        <source>A Service CIDR of the cluster (repeat for dual-stack).</source>
        <translation>클러스터의 서비스 CIDR(듀얼 스택이면 반복해서 지정).</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="49"/>
        <source>The cluster&apos;s node-port range, e.g. 30000-32767.</source>
        <translation>클러스터의 노드 포트 범위(예: 30000-32767).</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="53"/>
        <source>Where LoadBalancer Services are made: a provider id (see the &apos;providers&apos; command; default: generic).</source>
        <translation>LoadBalancer 서비스를 만드는 곳: 프로바이더 ID(&apos;providers&apos; 명령 참고, 기본값: generic).</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="59"/>
        <source>The nodes&apos; operating system: linux (default), windows or mixed.</source>
        <translation>노드의 운영 체제: linux(기본값), windows 또는 mixed.</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="64"/>
        <source>Whether the network plugin supports SCTP: yes (default) or no.</source>
        <translation>네트워크 플러그인의 SCTP 지원 여부: yes(기본값) 또는 no.</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="69"/>
        <source>Whether pods can have several network interfaces (e.g. Multus): yes or no (default).</source>
        <translation>파드가 네트워크 인터페이스를 여러 개 가질 수 있는지 여부(예: Multus): yes 또는 no(기본값).</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="75"/>
        <source>Load this provider profile too (repeatable); its id can be given to --provider.</source>
        <translation>이 프로바이더 프로파일도 불러옵니다(반복 가능). 그 ID를 --provider에 지정할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="95"/>
        <source>unknown format &apos;%1&apos;: use text, json or sarif</source>
        <translation>알 수 없는 형식 &apos;%1&apos;: text, json 또는 sarif를 쓰세요</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="107"/>
        <source>unknown Kubernetes version &apos;%1&apos;: use 1.31, 1.32 or 1.33</source>
        <translation>알 수 없는 쿠버네티스 버전 &apos;%1&apos;: 1.31, 1.32 또는 1.33을 쓰세요</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="119"/>
        <source>invalid node-port range &apos;%1&apos;: write it as A-B, e.g. 30000-32767</source>
        <translation>잘못된 노드 포트 범위 &apos;%1&apos;: A-B 형식으로 쓰세요(예: 30000-32767)</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="135"/>
        <source>unknown node OS &apos;%1&apos;: use linux, windows or mixed</source>
        <translation>알 수 없는 노드 OS &apos;%1&apos;: linux, windows 또는 mixed를 쓰세요</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="39"/>
        <source>invalid --endpoints item &apos;%1&apos;: write NODE=COUNT, e.g. node-a=2</source>
        <translation>잘못된 --endpoints 항목 &apos;%1&apos;: NODE=COUNT 형식으로 쓰세요(예: node-a=2)</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="48"/>
        <source>--endpoints names the node &apos;%1&apos;, which is not one of %2</source>
        <translation>--endpoints에 지정한 노드 &apos;%1&apos;은(는) %2 중 하나가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="65"/>
        <source>Follows one connection to a port of a Service through a small example cluster and prints every hop: the source and destination address and port, where DNAT and SNAT happen and why, which node&apos;s endpoint gets the connection, what source address the pod sees, where the client&apos;s own address is still to be had (PROXY header, X-Forwarded-For), and, when the connection does not arrive, why.</source>
        <translation>작은 예시 클러스터에서 Service 포트 하나로 가는 연결 하나를 따라가며 모든 구간을 출력합니다. 출발지와 목적지의 주소와 포트, DNAT(목적지 주소 변환)과 SNAT(출발지 주소 변환)이 어디서 왜 일어나는지, 어느 노드의 엔드포인트가 연결을 받는지, 파드가 보는 출발지 주소가 무엇인지, 클라이언트 자신의 주소를 아직 어디서 얻을 수 있는지(PROXY 헤더, X-Forwarded-For), 연결이 도착하지 않으면 그 이유를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="71"/>
        <source>The cluster has the nodes node-a, node-b and node-c (--nodes), with one ready endpoint on node-a and one on node-b (--endpoints: nodes it does not name have none). The client is outside the cluster (203.0.113.7) connecting through the load balancer (--from lb), to a node port (--from nodeport) or to an external IP (--from external-ip), or a pod (--from pod). kube-proxy&apos;s iptables and IPVS modes behave alike here; the notes say where nftables and eBPF data planes differ.</source>
        <translation>클러스터에는 노드 node-a, node-b, node-c가 있고(--nodes), node-a와 node-b에 준비된 엔드포인트가 하나씩 있습니다(--endpoints: 지정하지 않은 노드에는 없습니다). 클라이언트는 클러스터 밖(203.0.113.7)에서 로드밸런서를 거치거나(--from lb) 노드 포트로(--from nodeport) 또는 외부 IP로(--from external-ip) 연결하거나, 파드입니다(--from pod). kube-proxy의 iptables 모드와 IPVS 모드는 여기서 똑같이 동작하며, nftables와 eBPF 데이터 플레인이 어디서 다른지는 참고에 나옵니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="78"/>
        <source>Examples:</source>
        <translation>예:</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="82"/>
        <source>Exit status: 0 when the connection was traced, whether it arrives or not; 2 for no such Service, port or node, a --from the Service&apos;s type does not allow, or an unreadable file.</source>
        <translation>종료 상태: 연결을 추적했으면 도착 여부와 상관없이 0, 그런 Service나 포트나 노드가 없거나 Service 타입이 허용하지 않는 --from이거나 파일을 읽을 수 없으면 2입니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="87"/>
        <source>The Service: NAME or NAMESPACE/NAME (not needed when the file holds one).</source>
        <translation>Service: NAME 또는 NAMESPACE/NAME(파일에 하나뿐이면 필요 없음).</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="91"/>
        <source>The port of the Service: its name or number.</source>
        <translation>Service의 포트: 이름 또는 번호.</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="94"/>
        <source>Where the client is: lb, nodeport, external-ip or pod.</source>
        <translation>클라이언트의 위치: lb, nodeport, external-ip 또는 pod.</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="98"/>
        <source>For lb, nodeport and external-ip: the node the connection reaches (default: the first one the load balancer sends to, or the first node).</source>
        <translation>lb, nodeport, external-ip용: 연결이 도착하는 노드(기본값: 로드밸런서가 보내는 첫 노드, 또는 첫 번째 노드).</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="103"/>
        <source>For pod: the node of the client pod (default: the first node).</source>
        <translation>pod용: 클라이언트 파드가 있는 노드(기본값: 첫 번째 노드).</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="107"/>
        <source>The nodes of the example cluster, in order (default: node-a,node-b,node-c).</source>
        <translation>예시 클러스터의 노드, 순서대로(기본값: node-a,node-b,node-c).</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="111"/>
        <source>Ready endpoints per node, e.g. node-a=2,node-c=1; nodes not named have none.</source>
        <translation>노드별 준비된 엔드포인트 수, 예: node-a=2,node-c=1. 지정하지 않은 노드에는 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="116"/>
        <source>Whose load balancer: a provider id (see the &apos;providers&apos; command; default: generic, which means none).</source>
        <translation>어느 로드밸런서인지: 프로바이더 ID(&apos;providers&apos; 명령 참고, 기본값: generic, 곧 로드밸런서 없음).</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="122"/>
        <source>Load this provider profile too (repeatable).</source>
        <translation>이 프로바이더 프로파일도 불러옵니다(반복 가능).</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="125"/>
        <source>Output format: text (default) or json.</source>
        <translation>출력 형식: text(기본값) 또는 json.</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="146"/>
        <source>name one file to trace a Service of</source>
        <translation>Service를 추적할 파일을 하나 지정하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="157"/>
        <source>unknown --from &apos;%1&apos;: use lb, nodeport, external-ip or pod</source>
        <translation>알 수 없는 --from &apos;%1&apos;: lb, nodeport, external-ip 또는 pod를 쓰세요</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="162"/>
        <source>--via-node is for --from lb, nodeport and external-ip; use --client-node with --from pod</source>
        <translation>--via-node는 --from lb, nodeport, external-ip용입니다. --from pod에는 --client-node를 쓰세요</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="165"/>
        <source>--client-node is for --from pod; use --via-node with --from %1</source>
        <translation>--client-node는 --from pod용입니다. --from %1에는 --via-node를 쓰세요</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="183"/>
        <location filename="../app/cli/validatecommand.cpp" line="166"/>
        <source>unknown provider &apos;%1&apos;: use one of %2</source>
        <translation>알 수 없는 프로바이더 &apos;%1&apos;: %2 중 하나를 쓰세요</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="214"/>
        <source>%1 has no port &apos;%2&apos; (its ports: %3)</source>
        <translation>%1에 &apos;%2&apos; 포트가 없습니다(포트: %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/tracecommand.cpp" line="217"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>sd::editor</name>
    <message>
        <location filename="../model/document/manifestdocument.cpp" line="75"/>
        <source>untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location filename="../model/document/manifestdocument.cpp" line="87"/>
        <source>the document has no file name yet; choose where to save it</source>
        <translation>문서에 아직 파일 이름이 없습니다. 저장할 위치를 선택하세요</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/typechange.cpp" line="58"/>
        <source>%1 does not use %n field(s), removed: %2</source>
        <translation>
            <numerusform>%1은(는) 필드 %n개를 사용하지 않아 제거했습니다: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/servicetemplates.cpp" line="66"/>
        <source>Web over HTTP</source>
        <translation>HTTP 기반 웹</translation>
    </message>
    <message>
        <location filename="../model/document/servicetemplates.cpp" line="67"/>
        <source>A web application inside the cluster: port 80 to the container port named http, with appProtocol http.</source>
        <translation>클러스터 내부의 웹 애플리케이션: 포트 80을 이름이 http인 컨테이너 포트로 연결하며, appProtocol은 http입니다.</translation>
    </message>
    <message>
        <location filename="../model/document/servicetemplates.cpp" line="80"/>
        <source>HTTPS at a load balancer</source>
        <translation>로드밸런서에서 HTTPS 처리</translation>
    </message>
    <message>
        <location filename="../model/document/servicetemplates.cpp" line="81"/>
        <source>A load balancer that terminates TLS on port 443 and speaks plain HTTP to the pods on 8080 (appProtocol http). The certificate is set with a provider annotation: AWS service.beta.kubernetes.io/aws-load-balancer-ssl-cert; DigitalOcean service.beta.kubernetes.io/do-loadbalancer-certificate-id with do-loadbalancer-protocol https; Linode the JSON annotation service.beta.kubernetes.io/linode-loadbalancer-port-443 with a TLS Secret; Hetzner load-balancer.hetzner.cloud/http-certificates; Oracle service.beta.kubernetes.io/oci-load-balancer-ssl-ports with oci-load-balancer-tls-secret. Google Cloud and Azure load balancers do not terminate TLS for a Service: use an Ingress or a Gateway there.</source>
        <translation>포트 443에서 TLS를 종료하고 파드와는 8080에서 평문 HTTP로 통신하는 로드밸런서입니다(appProtocol http). 인증서는 프로바이더 어노테이션으로 설정합니다. AWS는 service.beta.kubernetes.io/aws-load-balancer-ssl-cert, DigitalOcean은 service.beta.kubernetes.io/do-loadbalancer-certificate-id 및 do-loadbalancer-protocol https, Linode는 JSON 어노테이션 service.beta.kubernetes.io/linode-loadbalancer-port-443 및 TLS 시크릿, Hetzner는 load-balancer.hetzner.cloud/http-certificates, Oracle은 service.beta.kubernetes.io/oci-load-balancer-ssl-ports 및 oci-load-balancer-tls-secret을 씁니다. Google Cloud와 Azure의 로드밸런서는 서비스에 대해 TLS를 종료하지 않으므로, 이들 클라우드에서는 인그레스나 게이트웨이를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../model/document/servicetemplates.cpp" line="103"/>
        <source>DNS over UDP and TCP</source>
        <translation>UDP와 TCP 기반 DNS</translation>
    </message>
    <message>
        <location filename="../model/document/servicetemplates.cpp" line="104"/>
        <source>A DNS server on port 53: UDP for queries, TCP for large answers and zone transfers. The two ports share the number and differ in protocol, so each needs its own name.</source>
        <translation>포트 53의 DNS 서버입니다: 질의에는 UDP를, 큰 응답과 영역 전송에는 TCP를 씁니다. 두 포트는 번호가 같고 프로토콜만 다르므로 각각 고유한 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../model/document/servicetemplates.cpp" line="115"/>
        <source>SCTP signalling (Diameter)</source>
        <translation>SCTP 시그널링(Diameter)</translation>
    </message>
    <message>
        <location filename="../model/document/servicetemplates.cpp" line="116"/>
        <source>Diameter over SCTP on port 3868 inside the cluster. The network plugin must support SCTP, and Windows nodes do not; few cloud load balancers carry SCTP.</source>
        <translation>클러스터 내부의 포트 3868에서 SCTP로 동작하는 Diameter입니다. 네트워크 플러그인이 SCTP를 지원해야 하며, Windows 노드는 SCTP를 지원하지 않습니다. SCTP를 전달하는 클라우드 로드밸런서는 많지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/document/servicetemplates.cpp" line="126"/>
        <source>TCP behind PROXY protocol</source>
        <translation>PROXY protocol을 사용하는 TCP</translation>
    </message>
    <message>
        <location filename="../model/document/servicetemplates.cpp" line="127"/>
        <source>A load balancer that passes TCP on port 443 through and tells the pods the client&apos;s address with a PROXY protocol header. The header is turned on with a provider annotation: AWS service.beta.kubernetes.io/aws-load-balancer-proxy-protocol: &quot;*&quot;; DigitalOcean service.beta.kubernetes.io/do-loadbalancer-enable-proxy-protocol: &quot;true&quot;; Linode service.beta.kubernetes.io/linode-loadbalancer-default-proxy-protocol: v2; Hetzner load-balancer.hetzner.cloud/uses-proxyprotocol: &quot;true&quot;; Oracle network load balancers oci-network-load-balancer.oraclecloud.com/is-ppv2-enabled: &quot;true&quot;. The server in the pods must expect the header, or it reads it as garbage.</source>
        <translation>TCP를 포트 443에서 그대로 통과시키고, PROXY protocol 헤더로 파드에 클라이언트의 주소를 알려 주는 로드밸런서입니다. 헤더는 프로바이더 어노테이션으로 켭니다. AWS는 service.beta.kubernetes.io/aws-load-balancer-proxy-protocol: &quot;*&quot;, DigitalOcean은 service.beta.kubernetes.io/do-loadbalancer-enable-proxy-protocol: &quot;true&quot;, Linode는 service.beta.kubernetes.io/linode-loadbalancer-default-proxy-protocol: v2, Hetzner는 load-balancer.hetzner.cloud/uses-proxyprotocol: &quot;true&quot;, Oracle 네트워크 로드밸런서는 oci-network-load-balancer.oraclecloud.com/is-ppv2-enabled: &quot;true&quot;를 씁니다. 파드의 서버가 이 헤더를 받도록 설정되어 있어야 하며, 그렇지 않으면 헤더를 쓰레기 데이터로 읽습니다.</translation>
    </message>
    <message>
        <location filename="../model/document/servicetemplates.cpp" line="151"/>
        <source>Headless Service for a StatefulSet</source>
        <translation>스테이트풀셋용 헤드리스 서비스</translation>
    </message>
    <message>
        <location filename="../model/document/servicetemplates.cpp" line="152"/>
        <source>No cluster IP: DNS gives the address of each pod, and each pod of the StatefulSet gets a name of its own (db-0.db). Set the StatefulSet&apos;s serviceName to this Service&apos;s name. Pods are published before they are ready (publishNotReadyAddresses), so that peers can find each other while the cluster starts.</source>
        <translation>클러스터 IP가 없습니다: DNS가 각 파드의 주소를 돌려주고, 스테이트풀셋의 각 파드는 고유한 이름(db-0.db)을 받습니다. 스테이트풀셋의 serviceName을 이 서비스의 이름으로 설정하세요. 파드는 준비되기 전에 게시되므로(publishNotReadyAddresses), 클러스터가 시작되는 동안 피어끼리 서로를 찾을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../model/document/servicetemplates.cpp" line="163"/>
        <source>External name</source>
        <translation>외부 이름</translation>
    </message>
    <message>
        <location filename="../model/document/servicetemplates.cpp" line="164"/>
        <source>A DNS alias (CNAME) inside the cluster for a host outside it: database resolves to db.example.com. No pods, no ports, no proxying.</source>
        <translation>클러스터 밖의 호스트를 가리키는 클러스터 내부의 DNS 별칭(CNAME)입니다: database가 db.example.com으로 해석됩니다. 파드도, 포트도, 프록시도 없습니다.</translation>
    </message>
    <message>
        <location filename="../model/document/servicetemplates.cpp" line="183"/>
        <source>The ARN of the certificate in AWS Certificate Manager:</source>
        <translation>AWS Certificate Manager에 있는 인증서의 ARN:</translation>
    </message>
    <message>
        <location filename="../model/document/servicetemplates.cpp" line="209"/>
        <source>The id of the certificate in DigitalOcean:</source>
        <translation>DigitalOcean에 있는 인증서의 ID:</translation>
    </message>
    <message>
        <location filename="../model/document/servicetemplates.cpp" line="218"/>
        <source>The id of the certificate in Hetzner Cloud:</source>
        <translation>Hetzner Cloud에 있는 인증서의 ID:</translation>
    </message>
    <message>
        <location filename="../model/document/servicetemplates.cpp" line="224"/>
        <source>The name of the TLS Secret with the certificate and key:</source>
        <translation>인증서와 키가 든 TLS 시크릿의 이름:</translation>
    </message>
    <message>
        <location filename="../model/document/recoverystore.cpp" line="131"/>
        <source>cannot create the folder %1</source>
        <translation>폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>sd::gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="63"/>
        <source>cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="97"/>
        <source>Design Kubernetes v1 Service manifests.</source>
        <translation>쿠버네티스 v1 서비스 매니페스트를 설계합니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="101"/>
        <source>The manifests to open (YAML or JSON), each in a window.</source>
        <translation>열 매니페스트(YAML 또는 JSON). 파일마다 창이 하나씩 열립니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="106"/>
        <source>Save a picture of the window to FILE (PNG) and quit; for documentation and automated checks.</source>
        <translation>창의 그림을 FILE(PNG)에 저장하고 종료합니다. 문서와 자동 점검용입니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="109"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
</context>
<context>
    <name>sd::i18n</name>
    <message>
        <location filename="i18n.cpp" line="81"/>
        <source>English</source>
        <extracomment>The name of the language this catalogue translates into, written in that language.</extracomment>
        <translation>한국어</translation>
    </message>
</context>
<context>
    <name>sd::io</name>
    <message>
        <location filename="../model/io/yamlreader_p.h" line="113"/>
        <source>line %1, column %2</source>
        <extracomment>A position in the YAML text, put into other messages where they say &quot;at %N&quot;</extracomment>
        <translation>%1행 %2열</translation>
    </message>
    <message>
        <location filename="../model/io/yamlreader_p.h" line="292"/>
        <location filename="../model/io/yamlcppparser.cpp" line="119"/>
        <source>the document nests collections deeper than the limit of %1 levels</source>
        <translation>문서의 컬렉션 중첩이 한도인 %1단계보다 깊습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlstream.cpp" line="109"/>
        <source>the input is %1 MB; a YAML stream can be at most %2 MB</source>
        <translation>입력이 %1 MB입니다. YAML 스트림은 최대 %2 MB까지 읽을 수 있습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlstream.cpp" line="132"/>
        <source>the input contains a NUL byte at %1 (offset %2); it looks like binary data, not YAML text</source>
        <extracomment>%1 is a position (&quot;line 3, column 7&quot;), %2 the byte offset in the file</extracomment>
        <translation>입력의 %1(오프셋 %2)에 NUL 바이트가 있습니다. YAML 텍스트가 아니라 이진 데이터로 보입니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlstream.cpp" line="139"/>
        <source>the input contains the control character U+%1 at %2 (offset %3); it looks like binary data, not YAML text</source>
        <extracomment>%1 is the character&apos;s code in hexadecimal (0007), %2 a position (&quot;line 3, column 7&quot;), %3 the byte offset in the file</extracomment>
        <translation>입력의 %2(오프셋 %3)에 제어 문자 U+%1이(가) 있습니다. YAML 텍스트가 아니라 이진 데이터로 보입니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlstream.cpp" line="169"/>
        <source>the input is not valid UTF-8: the byte %1 at %2 (offset %3) is a continuation byte without a lead byte</source>
        <extracomment>%1 is the byte in hexadecimal (0x80), %2 its position (&quot;line 3, column 7&quot;), %3 its byte offset in the file</extracomment>
        <translation>입력이 올바른 UTF-8이 아닙니다: %2(오프셋 %3)의 바이트 %1은(는) 선두 바이트 없는 연속 바이트입니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlstream.cpp" line="176"/>
        <source>the input is not valid UTF-8: the byte %1 at %2 (offset %3) can never appear in UTF-8 text</source>
        <extracomment>%1 is the byte in hexadecimal (0xFF), %2 its position (&quot;line 3, column 7&quot;), %3 its byte offset in the file</extracomment>
        <translation>입력이 올바른 UTF-8이 아닙니다: %2(오프셋 %3)의 바이트 %1은(는) UTF-8 텍스트에 나올 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlstream.cpp" line="185"/>
        <source>the input is not valid UTF-8: the byte %1 at %2 (offset %3) starts a %4-byte sequence that the end of the input cuts short</source>
        <extracomment>%1 is the byte in hexadecimal (0xC3), %2 its position (&quot;line 3, column 7&quot;), %3 its byte offset in the file, %4 the length of the sequence it starts (2 to 4)</extracomment>
        <translation>입력이 올바른 UTF-8이 아닙니다: %2(오프셋 %3)의 바이트 %1은(는) %4바이트 시퀀스를 시작하지만 입력이 그 전에 끝납니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlstream.cpp" line="203"/>
        <source>the input is not valid UTF-8: the byte %1 at %2 (offset %3) starts a %4-byte sequence whose byte %5 is %6, which is not allowed there</source>
        <extracomment>%1 is the byte in hexadecimal (0xE0), %2 its position (&quot;line 3, column 7&quot;), %3 its byte offset in the file, %4 the length of the sequence it starts (2 to 4), %5 which byte of the sequence is wrong (2 to 4), %6 that byte in hexadecimal</extracomment>
        <translation>입력이 올바른 UTF-8이 아닙니다: %2(오프셋 %3)의 바이트 %1은(는) %4바이트 시퀀스를 시작하지만 %5번째 바이트 %6은(는) 그 자리에 올 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="80"/>
        <location filename="../model/io/yamlblock.cpp" line="113"/>
        <source>the end of the document</source>
        <extracomment>What an error message found, put in place of its &quot;found %N&quot;</extracomment>
        <translation>문서의 끝</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="85"/>
        <source>the end of the line</source>
        <extracomment>What an error message found, put in place of its &quot;found %N&quot;</extracomment>
        <translation>줄의 끝</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="89"/>
        <source>a tab</source>
        <extracomment>What an error message found, put in place of its &quot;found %N&quot;: a tab character</extracomment>
        <translation>탭</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="105"/>
        <location filename="../model/io/yamlblock.cpp" line="135"/>
        <source>&apos;%1&apos;</source>
        <extracomment>What an error message found, put in place of its &quot;found %N&quot;: %1 is a character or a word of the YAML text, quoted</extracomment>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="117"/>
        <source>a sequence entry (&apos;- &apos;)</source>
        <extracomment>What an error message found, put in place of its &quot;found %N&quot;</extracomment>
        <translation>시퀀스 항목(&apos;- &apos;)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="123"/>
        <source>the mapping key &apos;%1&apos;</source>
        <extracomment>What an error message found, put in place of its &quot;found %N&quot;: %1 is the key&apos;s text</extracomment>
        <translation>매핑 키 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="194"/>
        <source>expected the end of the document, found %1; check the indentation of this line</source>
        <extracomment>%1 says what was found: the mapping key &apos;b&apos;, a sequence entry (&apos;- &apos;), &apos;text&apos;</extracomment>
        <translation>문서의 끝이 와야 합니다(실제: %1). 이 줄의 들여쓰기를 확인하세요</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="218"/>
        <source>expected the end of the line after the document end marker &apos;...&apos;, found %1</source>
        <extracomment>%1 says what was found: &apos;junk&apos;, a tab</extracomment>
        <translation>문서 끝 표시 &apos;...&apos; 뒤에는 줄의 끝이 와야 합니다(실제: %1)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="237"/>
        <source>expected the end of the line after the scalar, found %1</source>
        <extracomment>%1 says what was found: &apos;y&apos;, a tab</extracomment>
        <translation>스칼라 뒤에는 줄의 끝이 와야 합니다(실제: %1)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="240"/>
        <source>expected the end of the line after the flow collection, found %1</source>
        <extracomment>%1 says what was found: &apos;y&apos;, a tab</extracomment>
        <translation>플로우 컬렉션 뒤에는 줄의 끝이 와야 합니다(실제: %1)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="244"/>
        <source>expected the end of the line after the block scalar header, found %1</source>
        <extracomment>%1 says what was found: &apos;y&apos;, a tab</extracomment>
        <translation>블록 스칼라 헤더 뒤에는 줄의 끝이 와야 합니다(실제: %1)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="267"/>
        <source>found a tab character in the indentation of this line; YAML indents with spaces only</source>
        <translation>이 줄의 들여쓰기에 탭 문자가 있습니다. YAML은 공백으로만 들여씁니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="281"/>
        <source>a block mapping cannot start on the same line as its key or the &apos;---&apos; marker; start it on a new line, or quote the value if it is text</source>
        <translation>블록 매핑은 키나 &apos;---&apos; 표시와 같은 줄에서 시작할 수 없습니다. 새 줄에서 시작하거나, 텍스트라면 값을 따옴표로 감싸세요</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="285"/>
        <source>a block sequence cannot start on the same line as its key or the &apos;---&apos; marker; start it on a new line, or quote the value if it is text</source>
        <translation>블록 시퀀스는 키나 &apos;---&apos; 표시와 같은 줄에서 시작할 수 없습니다. 새 줄에서 시작하거나, 텍스트라면 값을 따옴표로 감싸세요</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="347"/>
        <source>a block sequence cannot start on the same line as its anchor or tag</source>
        <translation>블록 시퀀스는 앵커나 태그와 같은 줄에서 시작할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="401"/>
        <location filename="../model/io/yamlblock.cpp" line="552"/>
        <source>a mapping key must be on a single line</source>
        <translation>매핑 키는 한 줄이어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="457"/>
        <source>bad indentation: this line is indented more than the keys of the mapping at column %1 but is not part of a value</source>
        <translation>잘못된 들여쓰기: 이 줄은 %1열에 있는 매핑의 키보다 더 들여써졌지만 어떤 값에도 속하지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="507"/>
        <source>expected a mapping key at column %1, found a sequence entry (&apos;- &apos;); a sequence cannot follow the entries of a mapping at the same indentation</source>
        <translation>%1열에 매핑 키가 와야 하는데 시퀀스 항목(&apos;- &apos;)이 있습니다. 같은 들여쓰기에서 매핑 항목 뒤에 시퀀스가 올 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="538"/>
        <source>expected a mapping key after the anchor or tag, found %1</source>
        <extracomment>%1 says what was found: the end of the line, the end of the document</extracomment>
        <translation>앵커나 태그 뒤에 매핑 키가 와야 합니다(실제: %1)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="570"/>
        <source>expected a mapping entry (&apos;key: value&apos;) at column %1, found %2 without a &apos;:&apos;</source>
        <extracomment>%1 is a column number, %2 the text found there, quoted</extracomment>
        <translation>%1열에 매핑 항목(&apos;키: 값&apos;)이 와야 합니다(실제: &apos;:&apos; 없는 %2)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="549"/>
        <source>expected &apos;:&apos; after the mapping key, found %1</source>
        <extracomment>%1 says what was found: &apos;x&apos;, the end of the line</extracomment>
        <translation>매핑 키 뒤에 &apos;:&apos;가 와야 합니다(실제: %1)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="592"/>
        <source>expected a sequence entry (&apos;- &apos;) at column %1, found %2</source>
        <extracomment>%1 is a column number, %2 what was found there: the mapping key &apos;b&apos;, &apos;text&apos;</extracomment>
        <translation>%1열에 시퀀스 항목(&apos;- &apos;)이 와야 합니다(실제: %2)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="597"/>
        <source>bad indentation: this line is indented more than the entries of the sequence at column %1 but is not part of an entry</source>
        <translation>잘못된 들여쓰기: 이 줄은 %1열에 있는 시퀀스의 항목보다 더 들여써졌지만 어떤 항목에도 속하지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="626"/>
        <source>expected a chomping indicator (&apos;+&apos; or &apos;-&apos;), an indentation indicator (1-9), a comment or the end of the line after &apos;%1&apos;, found %2</source>
        <extracomment>%1 is the block scalar indicator (&apos;|&apos; or &apos;&gt;&apos;), %2 what was found after it: &apos;x&apos;</extracomment>
        <translation>&apos;%1&apos; 뒤에는 줄바꿈 처리 표시(&apos;+&apos; 또는 &apos;-&apos;), 들여쓰기 표시(1-9), 주석 또는 줄의 끝이 와야 합니다(실제: %2)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="665"/>
        <source>an empty line at the start of the block scalar has %1 spaces, more than the %2 of its first line of text</source>
        <extracomment>%1 and %2 are numbers of spaces</extracomment>
        <translation>블록 스칼라 시작 부분의 빈 줄에 공백이 %1개 있어, 첫 텍스트 줄의 %2개보다 많습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="786"/>
        <source>found a mapping key inside the multi-line plain scalar that starts at %1; check the indentation of this line, or quote the value</source>
        <extracomment>%1 is a position (&quot;line 3, column 7&quot;)</extracomment>
        <translation>%1에서 시작하는 여러 줄 일반 스칼라 안에 매핑 키가 있습니다. 이 줄의 들여쓰기를 확인하거나 값을 따옴표로 감싸세요</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="881"/>
        <source>a block sequence entry (&apos;- &apos;) is not allowed inside a flow collection</source>
        <translation>플로우 컬렉션 안에는 블록 시퀀스 항목(&apos;- &apos;)을 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlblock.cpp" line="884"/>
        <source>found %1, which cannot start a plain scalar; quote the value if it is text</source>
        <extracomment>%1 is the character found, quoted: &apos;@&apos;</extracomment>
        <translation>%1(으)로는 일반 스칼라를 시작할 수 없습니다. 텍스트라면 값을 따옴표로 감싸세요</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="48"/>
        <source>a block scalar (&apos;%1&apos;) is not allowed inside a flow collection</source>
        <extracomment>%1 is the block scalar indicator, &apos;|&apos; or &apos;&gt;&apos;</extracomment>
        <translation>플로우 컬렉션 안에는 블록 스칼라(&apos;%1&apos;)를 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="112"/>
        <source>expected &apos;]&apos; in the flow sequence that starts at %1, found %2</source>
        <extracomment>%1 is where the sequence starts (&quot;line 3, column 7&quot;), %2 what was found: the end of the document</extracomment>
        <translation>%1에서 시작하는 플로우 시퀀스에 &apos;]&apos;가 와야 합니다(실제: %2)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="117"/>
        <source>expected an entry or &apos;]&apos; in the flow sequence that starts at %1, found %2</source>
        <extracomment>%1 is where the sequence starts (&quot;line 3, column 7&quot;), %2 what was found: &apos;,&apos;</extracomment>
        <translation>%1에서 시작하는 플로우 시퀀스에 항목이나 &apos;]&apos;가 와야 합니다(실제: %2)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="149"/>
        <source>expected &apos;,&apos; or &apos;]&apos; in the flow sequence that starts at %1, found %2</source>
        <extracomment>%1 is where the sequence starts (&quot;line 3, column 7&quot;), %2 what was found: &apos;}&apos;, the end of the document</extracomment>
        <translation>%1에서 시작하는 플로우 시퀀스에 &apos;,&apos; 또는 &apos;]&apos;가 와야 합니다(실제: %2)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="194"/>
        <source>expected &apos;}&apos; in the flow mapping that starts at %1, found %2</source>
        <extracomment>%1 is where the mapping starts (&quot;line 3, column 7&quot;), %2 what was found: the end of the document</extracomment>
        <translation>%1에서 시작하는 플로우 매핑에 &apos;}&apos;가 와야 합니다(실제: %2)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="199"/>
        <source>expected a key or &apos;}&apos; in the flow mapping that starts at %1, found %2</source>
        <extracomment>%1 is where the mapping starts (&quot;line 3, column 7&quot;), %2 what was found: &apos;,&apos;</extracomment>
        <translation>%1에서 시작하는 플로우 매핑에 키나 &apos;}&apos;가 와야 합니다(실제: %2)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="233"/>
        <source>expected &apos;:&apos;, &apos;,&apos; or &apos;}&apos; in the flow mapping that starts at %1, found %2</source>
        <extracomment>%1 is where the mapping starts (&quot;line 3, column 7&quot;), %2 what was found: the end of the document</extracomment>
        <translation>%1에서 시작하는 플로우 매핑에 &apos;:&apos;, &apos;,&apos; 또는 &apos;}&apos;가 와야 합니다(실제: %2)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="238"/>
        <source>expected &apos;:&apos;, &apos;,&apos; or &apos;}&apos; after the key &apos;%1&apos; in the flow mapping that starts at %2, found %3</source>
        <extracomment>%1 is the key&apos;s text, %2 where the mapping starts (&quot;line 3, column 7&quot;), %3 what was found: &apos;]&apos;</extracomment>
        <translation>%2에서 시작하는 플로우 매핑의 키 &apos;%1&apos; 뒤에 &apos;:&apos;, &apos;,&apos; 또는 &apos;}&apos;가 와야 합니다(실제: %3)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="252"/>
        <source>expected &apos;,&apos; or &apos;}&apos; in the flow mapping that starts at %1, found %2</source>
        <extracomment>%1 is where the mapping starts (&quot;line 3, column 7&quot;), %2 what was found: &apos;]&apos;, the end of the document</extracomment>
        <translation>%1에서 시작하는 플로우 매핑에 &apos;,&apos; 또는 &apos;}&apos;가 와야 합니다(실제: %2)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="311"/>
        <source>the double-quoted scalar that starts at %1 is not closed: expected &apos;&quot;&apos;, found the end of the document</source>
        <extracomment>%1 is a position (&quot;line 3, column 7&quot;)</extracomment>
        <translation>%1에서 시작하는 큰따옴표 스칼라가 닫히지 않았습니다: &apos;&quot;&apos;가 나오기 전에 문서가 끝났습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="317"/>
        <source>the single-quoted scalar that starts at %1 is not closed: expected &quot;&apos;&quot;, found the end of the document</source>
        <extracomment>%1 is a position (&quot;line 3, column 7&quot;)</extracomment>
        <translation>%1에서 시작하는 작은따옴표 스칼라가 닫히지 않았습니다: &quot;&apos;&quot;가 와야 하는데 문서가 끝났습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="359"/>
        <source>an alias cannot have an anchor or a tag</source>
        <translation>별칭(alias)에는 앵커나 태그를 붙일 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="374"/>
        <source>expected an escape sequence after &apos;\&apos;, found the end of the document</source>
        <translation>&apos;\&apos; 뒤에 이스케이프 시퀀스가 와야 하는데 문서가 끝났습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="389"/>
        <source>the escape sequence &apos;\%1&apos; needs %2 hexadecimal digits</source>
        <extracomment>%1 is the escape&apos;s letter (x, u or U), %2 a number of digits</extracomment>
        <translation>이스케이프 시퀀스 &apos;\%1&apos;에는 16진수 숫자 %2개가 필요합니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="468"/>
        <source>the escape sequence at %1 is not a Unicode character (U+%2)</source>
        <extracomment>%1 is a position (&quot;line 3, column 7&quot;), %2 the escaped code in hexadecimal</extracomment>
        <translation>%1의 이스케이프 시퀀스는 유니코드 문자가 아닙니다(U+%2)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="492"/>
        <source>unknown escape sequence &apos;\%1&apos; in a double-quoted scalar</source>
        <extracomment>%1 is the character after the backslash</extracomment>
        <translation>큰따옴표 스칼라에 알 수 없는 이스케이프 시퀀스 &apos;\%1&apos;이(가) 있습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="522"/>
        <source>the verbatim tag that starts at %1 has no closing &apos;&gt;&apos;</source>
        <extracomment>%1 is a position (&quot;line 3, column 7&quot;)</extracomment>
        <translation>%1에서 시작하는 축어 태그에 닫는 &apos;&gt;&apos;가 없습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="536"/>
        <location filename="../model/io/yamlflow.cpp" line="569"/>
        <source>a node can have only one anchor</source>
        <translation>노드에는 앵커를 하나만 붙일 수 있습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="540"/>
        <source>expected an anchor name after &apos;&amp;&apos;</source>
        <translation>&apos;&amp;&apos; 뒤에 앵커 이름이 와야 합니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="543"/>
        <location filename="../model/io/yamlflow.cpp" line="571"/>
        <source>a node can have only one tag</source>
        <translation>노드에는 태그를 하나만 붙일 수 있습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="549"/>
        <source>expected a space after the anchor, found %1</source>
        <extracomment>%1 says what was found: &apos;&quot;&apos;, &apos;[&apos;</extracomment>
        <translation>앵커 뒤에 공백이 와야 합니다(실제: %1)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="552"/>
        <source>expected a space after the tag, found %1</source>
        <extracomment>%1 says what was found: &apos;&quot;&apos;, &apos;[&apos;</extracomment>
        <translation>태그 뒤에 공백이 와야 합니다(실제: %1)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="632"/>
        <source>expected an alias name after &apos;*&apos;</source>
        <translation>&apos;*&apos; 뒤에 별칭 이름이 와야 합니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="638"/>
        <source>the alias &apos;*%1&apos; refers to an anchor that is not defined before it in this document; to use &apos;*%2&apos; as a mapping key, put a space before the &apos;:&apos;</source>
        <extracomment>%1 is the alias name, which ends in &apos;:&apos;; %2 the same without the &apos;:&apos;</extracomment>
        <translation>별칭 &apos;*%1&apos;이(가) 가리키는 앵커가 이 문서에서 그보다 앞에 정의되어 있지 않습니다. &apos;*%2&apos;을(를) 매핑 키로 쓰려면 &apos;:&apos; 앞에 공백을 넣으십시오</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="645"/>
        <source>the alias &apos;*%1&apos; refers to an anchor that is not defined before it in this document</source>
        <extracomment>%1 is the alias name</extracomment>
        <translation>별칭 &apos;*%1&apos;이(가) 가리키는 앵커가 이 문서에서 그보다 앞에 정의되어 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="652"/>
        <source>the alias &apos;*%1&apos; would nest collections deeper than the limit of %2 levels</source>
        <extracomment>%1 is the alias name, %2 the nesting limit</extracomment>
        <translation>별칭 &apos;*%1&apos;을(를) 펼치면 컬렉션 중첩이 한도인 %2단계보다 깊어집니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="659"/>
        <source>the aliases of this document expand to more than %1 nodes; reading stopped at &apos;*%2&apos;</source>
        <extracomment>%1 is a number of nodes, %2 the name of the alias where reading stopped</extracomment>
        <translation>이 문서의 별칭을 펼치면 노드가 %1개를 넘습니다. &apos;*%2&apos;에서 읽기를 멈췄습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="673"/>
        <location filename="../model/io/yamlcppparser.cpp" line="359"/>
        <source>a mapping key must be a scalar; a mapping as a key is not supported</source>
        <translation>매핑 키는 스칼라여야 합니다. 매핑을 키로 쓰는 것은 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlflow.cpp" line="677"/>
        <location filename="../model/io/yamlcppparser.cpp" line="364"/>
        <source>a mapping key must be a scalar; a sequence as a key is not supported</source>
        <translation>매핑 키는 스칼라여야 합니다. 시퀀스를 키로 쓰는 것은 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="291"/>
        <source>yaml-cpp ended the document inside a collection</source>
        <translation>yaml-cpp가 컬렉션 안에서 문서를 끝냈습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="326"/>
        <source>an alias refers to an anchor not defined before it</source>
        <translation>별칭이 가리키는 앵커가 그보다 앞에 정의되어 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="328"/>
        <source>an alias would nest collections deeper than the limit of %1 levels</source>
        <translation>별칭을 펼치면 컬렉션 중첩이 한도인 %1단계보다 깊어집니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="335"/>
        <source>the aliases of this document expand to more than %1 nodes</source>
        <translation>이 문서의 별칭을 펼치면 노드가 %1개를 넘습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="349"/>
        <source>yaml-cpp ended the document inside a sequence</source>
        <translation>yaml-cpp가 시퀀스 안에서 문서를 끝냈습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="373"/>
        <source>yaml-cpp ended the document inside a mapping</source>
        <translation>yaml-cpp가 매핑 안에서 문서를 끝냈습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="378"/>
        <source>yaml-cpp reported the end of a collection that was not open</source>
        <translation>yaml-cpp가 열리지 않은 컬렉션의 끝을 보고했습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="430"/>
        <source>yaml-cpp reported an error without a message</source>
        <translation>yaml-cpp가 메시지 없는 오류를 보고했습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="432"/>
        <source>%1 (reported by yaml-cpp)</source>
        <extracomment>%1 is yaml-cpp&apos;s own message, in English: &quot;illegal map value&quot;</extracomment>
        <translation>%1 (yaml-cpp 보고)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="504"/>
        <source>the document ends inside a flow collection that is not closed</source>
        <translation>닫히지 않은 플로우 컬렉션 안에서 문서가 끝납니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="509"/>
        <source>yaml-cpp read a second document where a document marker was not expected</source>
        <translation>yaml-cpp가 문서 표시가 올 수 없는 곳에서 두 번째 문서를 읽었습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="518"/>
        <source>the document nests too deeply for yaml-cpp (%1 levels)</source>
        <extracomment>%1 is a number of levels</extracomment>
        <translation>문서의 중첩이 yaml-cpp에게 너무 깊습니다(%1단계)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="524"/>
        <source>yaml-cpp failed: %1</source>
        <extracomment>%1 is the text of a C++ exception, in English</extracomment>
        <translation>yaml-cpp 실패: %1</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="526"/>
        <source>yaml-cpp failed with an unknown exception</source>
        <translation>yaml-cpp가 알 수 없는 예외로 실패했습니다</translation>
    </message>
    <message>
        <location filename="../model/io/decodemessages.cpp" line="14"/>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <location filename="../model/io/decodemessages.cpp" line="16"/>
        <source>an integer</source>
        <translation>정수</translation>
    </message>
    <message>
        <location filename="../model/io/decodemessages.cpp" line="18"/>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <location filename="../model/io/decodemessages.cpp" line="20"/>
        <source>an integer or a string</source>
        <translation>정수 또는 문자열</translation>
    </message>
    <message>
        <location filename="../model/io/decodemessages.cpp" line="22"/>
        <location filename="../model/io/decodemessages.cpp" line="35"/>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <location filename="../model/io/decodemessages.cpp" line="24"/>
        <location filename="../model/io/decodemessages.cpp" line="33"/>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <location filename="../model/io/decodemessages.cpp" line="41"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../model/io/decodemessages.cpp" line="43"/>
        <source>the boolean %1</source>
        <translation>불리언 %1</translation>
    </message>
    <message>
        <location filename="../model/io/decodemessages.cpp" line="46"/>
        <source>the number %1</source>
        <translation>숫자 %1</translation>
    </message>
    <message>
        <location filename="../model/io/decodemessages.cpp" line="51"/>
        <source>the string &quot;%1&quot;</source>
        <translation>문자열 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../model/io/decodemessages.cpp" line="58"/>
        <source>%1 does not fit in a 32-bit integer</source>
        <translation>%1은(는) 32비트 정수에 들어가지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/io/decodemessages.cpp" line="60"/>
        <source>expected %1, found %2</source>
        <translation>%1이어야 합니다(실제: %2)</translation>
    </message>
    <message>
        <location filename="../model/io/servicereader.cpp" line="238"/>
        <source>duplicate key &quot;%1&quot; (first at line %2); kubectl keeps the last value, strict YAML parsers reject the file</source>
        <translation>중복된 키 &quot;%1&quot;(처음 나온 곳: %2행). kubectl은 마지막 값을 쓰고, 엄격한 YAML 파서는 파일을 거부합니다</translation>
    </message>
    <message>
        <location filename="../model/io/kubectlstream.cpp" line="268"/>
        <source>the end of the file</source>
        <extracomment>What a message found, put in place of its &quot;%1 is not allowed here&quot;</extracomment>
        <translation>파일의 끝</translation>
    </message>
    <message>
        <location filename="../model/io/kubectlstream.cpp" line="278"/>
        <source>kubectl reads a file whose first character is &apos;{&apos; as JSON, and this is not JSON: %1 is not allowed here; kubectl applies nothing from here on; write JSON, or put a comment line first so that kubectl reads the file as YAML</source>
        <extracomment>%1 is what was found: &apos;a&apos;, &apos;#&apos;, the end of the file</extracomment>
        <translation>kubectl은 첫 문자가 &apos;{&apos;인 파일을 JSON으로 읽는데, 이것은 JSON이 아닙니다. 여기에는 %1이(가) 올 수 없습니다. kubectl은 여기부터 아무것도 적용하지 않습니다. JSON으로 쓰거나, 맨 앞에 주석 줄을 넣어 kubectl이 파일을 YAML로 읽게 하십시오</translation>
    </message>
    <message>
        <location filename="../model/io/kubectlstream.cpp" line="319"/>
        <source>kubectl refuses this document separator: it takes every line that starts with &apos;---&apos; for one, and allows only a comment after it, not &apos;%1&apos; (&quot;invalid Yaml document separator&quot;); kubectl applies nothing from here on, nor the document before this line; put the content on the next line</source>
        <extracomment>%1 is what follows the &apos;---&apos; on its line</extracomment>
        <translation>kubectl은 이 문서 구분자를 거부합니다. kubectl은 &apos;---&apos;로 시작하는 모든 줄을 구분자로 보며, 그 뒤에는 주석만 허용하고 &apos;%1&apos;은(는) 허용하지 않습니다(&quot;invalid Yaml document separator&quot;). kubectl은 이 줄 바로 앞의 문서와 이후의 모든 것을 적용하지 않습니다. 내용을 다음 줄에 쓰십시오</translation>
    </message>
    <message>
        <location filename="../model/io/kubectlstream.cpp" line="386"/>
        <source>kubectl cannot read a directive (&apos;%YAML&apos;, &apos;%TAG&apos;): it splits the file at the &apos;---&apos; line after it, which leaves the directive without a document (&quot;did not find expected &lt;document start&gt;&quot;); kubectl applies nothing from here on; remove the directive</source>
        <translation>kubectl은 지시어(&apos;%YAML&apos;, &apos;%TAG&apos;)를 읽을 수 없습니다. 지시어 뒤의 &apos;---&apos; 줄에서 파일을 나누므로 지시어에 딸린 문서가 없게 됩니다(&quot;did not find expected &lt;document start&gt;&quot;). kubectl은 여기부터 아무것도 적용하지 않습니다. 지시어를 지우십시오</translation>
    </message>
    <message>
        <location filename="../model/io/kubectlstream.cpp" line="404"/>
        <source>kubectl cannot read a document that starts with the end marker &apos;...&apos; (&quot;did not find expected node content&quot;); kubectl applies nothing from here on; remove this line, or put &apos;---&apos; before what follows it</source>
        <translation>kubectl은 끝 표시 &apos;...&apos;로 시작하는 문서를 읽을 수 없습니다(&quot;did not find expected node content&quot;). kubectl은 여기부터 아무것도 적용하지 않습니다. 이 줄을 지우거나, 뒤따르는 내용 앞에 &apos;---&apos;를 넣으십시오</translation>
    </message>
    <message>
        <location filename="../model/io/manifestio.cpp" line="57"/>
        <source>this is not a text file: control byte 0x%1 at line %2, column %3</source>
        <translation>텍스트 파일이 아닙니다: %2행 %3열에 제어 바이트 0x%1이(가) 있습니다</translation>
    </message>
    <message>
        <location filename="../model/io/manifestio.cpp" line="81"/>
        <source>the file is not UTF-8 text: invalid byte 0x%1 at line %2, column %3; save it as UTF-8</source>
        <translation>파일이 UTF-8 텍스트가 아닙니다: %2행 %3열에 잘못된 바이트 0x%1이(가) 있습니다. UTF-8로 저장하세요</translation>
    </message>
    <message>
        <location filename="../model/io/manifestio.cpp" line="138"/>
        <source>kubectl ignores this document: it follows the end marker &apos;...&apos; at line %1, and kubectl reads only the first document between two &apos;---&apos; lines; put &apos;---&apos; before this document to apply it</source>
        <extracomment>%1 is a line number</extracomment>
        <translation>kubectl은 이 문서를 무시합니다. 이 문서는 %1번째 줄의 끝 표시 &apos;...&apos; 뒤에 있는데, kubectl은 두 &apos;---&apos; 줄 사이에서 첫 번째 문서만 읽습니다. 이 문서를 적용하려면 앞에 &apos;---&apos;를 넣으십시오</translation>
    </message>
    <message>
        <location filename="../model/io/manifestio.cpp" line="144"/>
        <source>kubectl ignores this document: its &apos;---&apos; at line %1 follows a lone carriage return, and kubectl splits a file only at &apos;---&apos; lines that follow a line feed; save the file with LF or CRLF line ends</source>
        <extracomment>%1 is a line number</extracomment>
        <translation>kubectl은 이 문서를 무시합니다. %1번째 줄의 &apos;---&apos;가 단독 캐리지 리턴(CR) 뒤에 있는데, kubectl은 줄 바꿈(LF) 뒤에 오는 &apos;---&apos; 줄에서만 파일을 나눕니다. 파일을 LF 또는 CRLF 줄 끝으로 저장하십시오</translation>
    </message>
    <message>
        <location filename="../model/io/manifestio.cpp" line="207"/>
        <source>this looks like a Helm template (&apos;{{ }}&apos;): kubectl cannot apply it as it is; render it with &apos;helm template&apos; and read the result from standard input, e.g. helm template NAME CHART | service-designer-cli validate -</source>
        <translation>Helm 템플릿(&apos;{{ }}&apos;)으로 보입니다. kubectl은 이대로 적용할 수 없습니다. &apos;helm template&apos;으로 렌더링한 결과를 표준 입력으로 읽으십시오. 예: helm template NAME CHART | service-designer-cli validate -</translation>
    </message>
    <message>
        <location filename="../model/io/manifestio.cpp" line="216"/>
        <source>this is a kustomization, not a manifest: kubectl apply -f does not build it; render it with &apos;kubectl kustomize&apos; and read the result from standard input, e.g. kubectl kustomize DIR | service-designer-cli validate -</source>
        <translation>매니페스트가 아니라 kustomization입니다. kubectl apply -f는 이를 빌드하지 않습니다. &apos;kubectl kustomize&apos;로 렌더링한 결과를 표준 입력으로 읽으십시오. 예: kubectl kustomize DIR | service-designer-cli validate -</translation>
    </message>
    <message>
        <location filename="../model/io/manifestio.cpp" line="280"/>
        <location filename="../model/io/manifestio.cpp" line="327"/>
        <source>the file is too large (%1 MB); Service Designer reads manifests of up to %2 MB</source>
        <translation>파일이 너무 큽니다(%1 MB). Service Designer는 %2 MB까지의 매니페스트를 읽습니다</translation>
    </message>
    <message>
        <location filename="../model/io/manifestio.cpp" line="300"/>
        <source>the file holds no objects; kubectl apply -f fails with &quot;no objects passed to apply&quot; when none of its files holds one</source>
        <translation>파일에 오브젝트가 없습니다. 주어진 파일 중 어느 것에도 오브젝트가 없으면 kubectl apply -f는 &quot;no objects passed to apply&quot;로 실패합니다</translation>
    </message>
    <message>
        <location filename="../model/io/manifestio.cpp" line="323"/>
        <source>cannot open the file: %1</source>
        <translation>파일을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../model/io/manifestio.cpp" line="334"/>
        <source>cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../model/io/safefile.cpp" line="91"/>
        <source>Permission denied on the folder %1</source>
        <extracomment>%1 is a folder&apos;s path</extracomment>
        <translation>폴더 %1에 대한 권한이 없습니다(Permission denied)</translation>
    </message>
    <message>
        <location filename="../model/io/safefile.cpp" line="94"/>
        <source>the folder %1 does not exist</source>
        <translation>폴더 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../model/io/safefile.cpp" line="96"/>
        <source>the folder %1 is on a read-only file system</source>
        <translation>폴더 %1은(는) 읽기 전용 파일 시스템에 있습니다</translation>
    </message>
    <message>
        <location filename="../model/io/safefile.cpp" line="99"/>
        <source>cannot create a file in the folder %1: %2</source>
        <extracomment>%1 is a folder&apos;s path, %2 the system&apos;s reason (&quot;No space left on device&quot;)</extracomment>
        <translation>폴더 %1에 파일을 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../model/io/safefile.cpp" line="107"/>
        <source>%1 is %2, not a regular file; Service Designer only reads and writes regular files</source>
        <extracomment>%1 is a path, %2 what it is (&quot;a named pipe (FIFO)&quot;, &quot;a device&quot;)</extracomment>
        <translation>%1은(는) 일반 파일이 아니라 %2입니다. Service Designer는 일반 파일만 읽고 씁니다</translation>
    </message>
    <message>
        <location filename="../model/io/safefile.cpp" line="162"/>
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location filename="../model/io/safefile.cpp" line="164"/>
        <source>a named pipe (FIFO)</source>
        <translation>이름 있는 파이프(FIFO)</translation>
    </message>
    <message>
        <location filename="../model/io/safefile.cpp" line="166"/>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <location filename="../model/io/safefile.cpp" line="168"/>
        <source>a device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../model/io/safefile.cpp" line="170"/>
        <source>a special file</source>
        <translation>특수 파일</translation>
    </message>
    <message>
        <location filename="../model/io/safefile.cpp" line="179"/>
        <source>No space left on device</source>
        <translation>장치에 남은 공간이 없습니다(No space left on device)</translation>
    </message>
    <message>
        <location filename="../model/io/safefile.cpp" line="181"/>
        <source>Disk quota exceeded</source>
        <translation>디스크 할당량을 초과했습니다(Disk quota exceeded)</translation>
    </message>
    <message>
        <location filename="../model/io/safefile.cpp" line="184"/>
        <source>Permission denied</source>
        <translation>권한이 없습니다(Permission denied)</translation>
    </message>
    <message>
        <location filename="../model/io/safefile.cpp" line="186"/>
        <source>Read-only file system</source>
        <translation>읽기 전용 파일 시스템입니다(Read-only file system)</translation>
    </message>
    <message>
        <location filename="../model/io/safefile.cpp" line="188"/>
        <source>Input/output error</source>
        <translation>입출력 오류입니다(Input/output error)</translation>
    </message>
    <message>
        <location filename="../model/io/safefile.cpp" line="190"/>
        <source>File too large</source>
        <translation>파일이 너무 큽니다(File too large)</translation>
    </message>
    <message>
        <location filename="../model/io/safefile.cpp" line="192"/>
        <source>No such file or directory</source>
        <translation>그런 파일이나 디렉터리가 없습니다(No such file or directory)</translation>
    </message>
    <message>
        <location filename="../model/io/safefile.cpp" line="194"/>
        <source>the new file and the old one are on different file systems</source>
        <translation>새 파일과 기존 파일이 서로 다른 파일 시스템에 있습니다</translation>
    </message>
    <message>
        <location filename="../model/io/safefile.cpp" line="204"/>
        <source>this is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <location filename="../model/io/safefile.cpp" line="221"/>
        <source>%1 is on a read-only file system</source>
        <translation>%1은(는) 읽기 전용 파일 시스템에 있습니다</translation>
    </message>
    <message>
        <location filename="../model/io/safefile.cpp" line="223"/>
        <source>%1 is read-only: Permission denied</source>
        <extracomment>%1 is a path</extracomment>
        <translation>%1은(는) 읽기 전용입니다: 권한이 없습니다(Permission denied)</translation>
    </message>
    <message>
        <location filename="../model/io/safefile.cpp" line="269"/>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is a path, %2 the system&apos;s reason (&quot;No space left on device&quot;)</extracomment>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../model/io/serviceedit.cpp" line="99"/>
        <source>%1 has no item whose %2 is &apos;%3&apos;</source>
        <translation>%1에 %2이(가) &apos;%3&apos;인 항목이 없습니다</translation>
    </message>
    <message>
        <location filename="../model/io/serviceedit.cpp" line="122"/>
        <source>not one YAML value</source>
        <translation>YAML 값 하나가 아닙니다</translation>
    </message>
    <message>
        <location filename="../model/io/serviceedit.cpp" line="123"/>
        <source>the value &apos;%1&apos; cannot be read: %2</source>
        <translation>값 &apos;%1&apos;을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../model/io/serviceedit.cpp" line="128"/>
        <source>the value &apos;%1&apos; is not a scalar or flow value: write a map as {key: value}</source>
        <translation>값 &apos;%1&apos;은(는) 스칼라나 flow 값이 아닙니다. 맵은 {key: value}로 쓰세요</translation>
    </message>
    <message>
        <location filename="../model/io/serviceedit.cpp" line="151"/>
        <source>%1 is out of range: the list has %2 items</source>
        <translation>%1은(는) 범위를 벗어났습니다. 목록에는 항목이 %2개 있습니다</translation>
    </message>
    <message>
        <location filename="../model/io/serviceedit.cpp" line="188"/>
        <location filename="../model/io/serviceedit.cpp" line="206"/>
        <source>%1 is not set: nothing to remove</source>
        <translation>%1은(는) 설정되어 있지 않아 제거할 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../model/io/serviceedit.cpp" line="235"/>
        <source>a field path is missing</source>
        <translation>필드 경로가 없습니다</translation>
    </message>
    <message>
        <location filename="../model/io/serviceedit.cpp" line="241"/>
        <source>%1 is not a field of a v1 Service that can be edited</source>
        <translation>%1은(는) 편집할 수 있는 v1 Service의 필드가 아닙니다</translation>
    </message>
</context>
<context>
    <name>sd::providers</name>
    <message>
        <location filename="../model/providers/profile.cpp" line="12"/>
        <source>en</source>
        <comment>The ISO 639-1 code of this translation&apos;s language (ko for Korean)</comment>
        <translation>ko</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader.cpp" line="67"/>
        <source>unsupported profile format %1; this version reads format %2</source>
        <translation>지원하지 않는 프로파일 형식 %1. 이 버전은 형식 %2을(를) 읽습니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader.cpp" line="141"/>
        <source>a profile needs at least one variant</source>
        <translation>프로파일에는 variant가 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader.cpp" line="152"/>
        <source>duplicate variant id &quot;%1&quot; (first at line %2)</source>
        <translation>중복된 variant id &quot;%1&quot;(처음 나온 곳: %2행)</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader.cpp" line="164"/>
        <source>a second default variant (&quot;%1&quot; is the default already); exactly one variant has &quot;default: true&quot;</source>
        <translation>두 번째 기본 variant입니다(&quot;%1&quot;이(가) 이미 기본값입니다). &quot;default: true&quot;는 정확히 하나의 variant에만 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader.cpp" line="175"/>
        <source>no variant has &quot;default: true&quot;; exactly one variant must</source>
        <translation>&quot;default: true&quot;인 variant가 없습니다. 정확히 하나의 variant에 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader.cpp" line="334"/>
        <location filename="../model/providers/profileloader_rules.cpp" line="345"/>
        <source>the separator must not be empty</source>
        <translation>구분자는 비어 있을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader.cpp" line="393"/>
        <source>a second YAML document; a profile file holds one</source>
        <translation>두 번째 YAML 문서가 있습니다. 프로파일 파일에는 문서가 하나만 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader.cpp" line="397"/>
        <source>the file holds no profile</source>
        <translation>파일에 프로파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader.cpp" line="421"/>
        <source>cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader_rules.cpp" line="72"/>
        <source>a commit is 7 to 40 lower-case hexadecimal digits</source>
        <translation>커밋은 소문자 16진수 7~40자리입니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader_rules.cpp" line="103"/>
        <source>&quot;%1&quot; is not a tag of &quot;sources&quot;</source>
        <translation>&quot;%1&quot;은(는) &quot;sources&quot;의 태그가 아닙니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader_rules.cpp" line="146"/>
        <source>a selector needs one of: %1</source>
        <translation>셀렉터에는 다음 중 하나가 필요합니다: %1</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader_rules.cpp" line="152"/>
        <source>a selector tests either &quot;%1&quot; or &quot;%2&quot;, not both</source>
        <translation>셀렉터는 &quot;%1&quot;과(와) &quot;%2&quot; 중 하나만 검사할 수 있고, 둘 다 검사할 수는 없습니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader_rules.cpp" line="166"/>
        <location filename="../model/providers/profileloader_rules.cpp" line="172"/>
        <source>the list must not be empty</source>
        <translation>목록은 비어 있을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader_rules.cpp" line="189"/>
        <source>&quot;%1&quot; does not apply to a test of &quot;%2&quot;</source>
        <translation>&quot;%1&quot;은(는) &quot;%2&quot; 검사에는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader_rules.cpp" line="205"/>
        <source>&quot;absent: true&quot; cannot go with &quot;equals&quot; or &quot;item&quot;</source>
        <translation>&quot;absent: true&quot;는 &quot;equals&quot;나 &quot;item&quot;과 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader_rules.cpp" line="233"/>
        <source>&quot;%1&quot; applies only to a &quot;setting&quot; test</source>
        <translation>&quot;%1&quot;은(는) &quot;setting&quot; 검사에만 적용됩니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader_rules.cpp" line="288"/>
        <source>a rejection needs &quot;equals&quot; (a non-empty list), &quot;whenPresent: true&quot; or &quot;when&quot;</source>
        <translation>거부 규칙에는 &quot;equals&quot;(비어 있지 않은 목록), &quot;whenPresent: true&quot; 또는 &quot;when&quot;이 필요합니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader_rules.cpp" line="292"/>
        <source>&quot;equals&quot; and &quot;whenPresent&quot; test a &quot;field&quot;</source>
        <translation>&quot;equals&quot;와 &quot;whenPresent&quot;는 &quot;field&quot;를 검사합니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader_rules.cpp" line="373"/>
        <source>the maximum %1 is less than the minimum %2</source>
        <translation>최댓값 %1이(가) 최솟값 %2보다 작습니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader_rules.cpp" line="391"/>
        <location filename="../model/providers/profileloader_rules.cpp" line="416"/>
        <source>an annotation of type enum needs &quot;values&quot;</source>
        <translation>enum 타입 어노테이션에는 &quot;values&quot;가 필요합니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader_rules.cpp" line="473"/>
        <source>no variant has the id &quot;%1&quot;</source>
        <translation>id가 &quot;%1&quot;인 variant가 없습니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profileloader_rules.cpp" line="488"/>
        <source>no port setting has the name &quot;%1&quot;</source>
        <translation>이름이 &quot;%1&quot;인 포트 설정이 없습니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profilereader_p.cpp" line="64"/>
        <source>unknown key &quot;%1&quot;; the keys allowed here are: %2</source>
        <translation>알 수 없는 키 &quot;%1&quot;. 여기에 쓸 수 있는 키: %2</translation>
    </message>
    <message>
        <location filename="../model/providers/profilereader_p.cpp" line="80"/>
        <source>duplicate key &quot;%1&quot; (first at line %2)</source>
        <translation>중복된 키 &quot;%1&quot;(처음 나온 곳: %2행)</translation>
    </message>
    <message>
        <location filename="../model/providers/profilereader_p.cpp" line="92"/>
        <source>missing required key &quot;%1&quot;</source>
        <translation>필수 키 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profilereader_p.cpp" line="110"/>
        <source>the value must not be empty</source>
        <translation>값은 비어 있을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profilereader_p.cpp" line="147"/>
        <source>%1 is out of range; expected %2 to %3</source>
        <translation>%1은(는) 범위를 벗어났습니다. %2 이상 %3 이하여야 합니다</translation>
    </message>
    <message>
        <location filename="../model/providers/profilereader_p.cpp" line="221"/>
        <source>expected a string or an object with &quot;en&quot; and &quot;ko&quot;, found %1</source>
        <translation>문자열 또는 &quot;en&quot;과 &quot;ko&quot;가 있는 객체여야 합니다(실제: %1)</translation>
    </message>
    <message>
        <location filename="../model/providers/profilereader_p.cpp" line="241"/>
        <source>expected true, false, all or none, found %1</source>
        <translation>true, false, all 또는 none이어야 합니다(실제: %1)</translation>
    </message>
    <message>
        <location filename="../model/providers/profilereader_p.cpp" line="262"/>
        <source>unknown value &quot;%1&quot;; expected one of: %2</source>
        <translation>알 수 없는 값 &quot;%1&quot;. 다음 중 하나여야 합니다: %2</translation>
    </message>
    <message>
        <location filename="../model/providers/profilereader_p.cpp" line="267"/>
        <source>&quot;%1&quot; is not one of &quot;values&quot;</source>
        <translation>&quot;%1&quot;은(는) &quot;values&quot;에 없는 값입니다</translation>
    </message>
</context>
<context>
    <name>sd::teaching</name>
    <message>
        <location filename="../model/teaching/proxyheader.cpp" line="53"/>
        <source>the word PROXY</source>
        <translation>PROXY라는 단어</translation>
    </message>
    <message>
        <location filename="../model/teaching/proxyheader.cpp" line="55"/>
        <source>the protocol and address family (%1)</source>
        <translation>프로토콜과 주소 패밀리(%1)</translation>
    </message>
    <message>
        <location filename="../model/teaching/proxyheader.cpp" line="56"/>
        <location filename="../model/teaching/proxyheader.cpp" line="91"/>
        <source>source address %1</source>
        <translation>출발지 주소 %1</translation>
    </message>
    <message>
        <location filename="../model/teaching/proxyheader.cpp" line="57"/>
        <location filename="../model/teaching/proxyheader.cpp" line="93"/>
        <source>destination address %1</source>
        <translation>목적지 주소 %1</translation>
    </message>
    <message>
        <location filename="../model/teaching/proxyheader.cpp" line="58"/>
        <location filename="../model/teaching/proxyheader.cpp" line="94"/>
        <source>source port %1</source>
        <translation>출발지 포트 %1</translation>
    </message>
    <message>
        <location filename="../model/teaching/proxyheader.cpp" line="59"/>
        <location filename="../model/teaching/proxyheader.cpp" line="95"/>
        <source>destination port %1</source>
        <translation>목적지 포트 %1</translation>
    </message>
    <message>
        <location filename="../model/teaching/proxyheader.cpp" line="60"/>
        <source>the end of the line (CR LF)</source>
        <translation>줄의 끝(CR LF)</translation>
    </message>
    <message>
        <location filename="../model/teaching/proxyheader.cpp" line="78"/>
        <source>UDP over IPv4</source>
        <translation>IPv4 기반 UDP</translation>
    </message>
    <message>
        <location filename="../model/teaching/proxyheader.cpp" line="79"/>
        <source>TCP over IPv4</source>
        <translation>IPv4 기반 TCP</translation>
    </message>
    <message>
        <location filename="../model/teaching/proxyheader.cpp" line="80"/>
        <source>UDP over IPv6</source>
        <translation>IPv6 기반 UDP</translation>
    </message>
    <message>
        <location filename="../model/teaching/proxyheader.cpp" line="81"/>
        <source>TCP over IPv6</source>
        <translation>IPv6 기반 TCP</translation>
    </message>
    <message>
        <location filename="../model/teaching/proxyheader.cpp" line="85"/>
        <source>signature</source>
        <translation>시그니처</translation>
    </message>
    <message>
        <location filename="../model/teaching/proxyheader.cpp" line="86"/>
        <source>version 2, command PROXY</source>
        <translation>버전 2, 명령 PROXY</translation>
    </message>
    <message>
        <location filename="../model/teaching/proxyheader.cpp" line="87"/>
        <source>address family and transport: %1</source>
        <translation>주소 패밀리와 전송 프로토콜: %1</translation>
    </message>
    <message>
        <location filename="../model/teaching/proxyheader.cpp" line="89"/>
        <source>length of the addresses that follow: %1 bytes</source>
        <translation>뒤따르는 주소의 길이: %1바이트</translation>
    </message>
    <message>
        <location filename="../model/teaching/proxyheader.cpp" line="145"/>
        <source>PROXY protocol has versions 1 and 2, not %1</source>
        <translation>PROXY protocol에는 버전 1과 2만 있고 %1은(는) 없습니다</translation>
    </message>
    <message>
        <location filename="../model/teaching/proxyheader.cpp" line="148"/>
        <source>the source and the destination must both be IPv4 or both IPv6: a PROXY header has one address family</source>
        <translation>출발지와 목적지는 둘 다 IPv4이거나 둘 다 IPv6여야 합니다: PROXY 헤더에는 주소 패밀리가 하나뿐입니다</translation>
    </message>
    <message>
        <location filename="../model/teaching/proxyheader.cpp" line="153"/>
        <source>PROXY protocol version 1 describes TCP connections only; use version 2 for UDP</source>
        <translation>PROXY protocol 버전 1은 TCP 연결만 기술합니다. UDP에는 버전 2를 사용하세요</translation>
    </message>
</context>
<context>
    <name>sd::trace</name>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="268"/>
        <source>Delivered to the pod %1 on %2.</source>
        <translation>%2의 파드 %1에 도착합니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="290"/>
        <source>The client pod asks the cluster DNS for the Service&apos;s name. The answer is a CNAME record: the name %1. The Service has no address of its own.</source>
        <translation>클라이언트 파드가 클러스터 DNS에 서비스 이름을 묻습니다. 답은 CNAME 레코드, 곧 %1이라는 이름입니다. 이 서비스에는 자신의 주소가 없습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="298"/>
        <source>The client looks up %1 and connects to it itself. No cluster IP, no kube-proxy rule and no endpoint are involved; the Service&apos;s ports change nothing (the client connects to the port it chose).</source>
        <translation>클라이언트가 %1을(를) 직접 조회해 그곳에 연결합니다. 클러스터 IP도, kube-proxy 규칙도, 엔드포인트도 관여하지 않으며 서비스의 포트도 아무것도 바꾸지 않습니다(클라이언트는 자신이 고른 포트로 연결합니다).</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="304"/>
        <source>An ExternalName Service is only a DNS alias: nothing proxies the connection. It goes to %1, to whatever answers there, and no pod behind the Service receives it.</source>
        <translation>ExternalName 서비스는 DNS 별칭일 뿐이라 연결을 프록시하는 것이 없습니다. 연결은 %1(으)로, 그곳에서 응답하는 무엇에게든 가며 서비스 뒤의 파드는 이 연결을 받지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="321"/>
        <source>The client pod asks the cluster DNS for the Service&apos;s name. A headless Service has no cluster IP, and no pod is ready: the name has no address.</source>
        <translation>클라이언트 파드가 클러스터 DNS에 서비스 이름을 묻습니다. 헤드리스 서비스에는 클러스터 IP가 없고 준비된 파드도 없어, 이 이름에는 주소가 없습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="326"/>
        <source>The headless Service has no ready pod, so its name resolves to no address and there is nothing to connect to.</source>
        <translation>헤드리스 서비스에 준비된 파드가 없어 이름이 어떤 주소로도 풀리지 않으므로 연결할 대상이 없습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="333"/>
        <source>The client pod asks the cluster DNS for the Service&apos;s name. A headless Service has no cluster IP: the answer lists the ready pods&apos; own addresses: %1.</source>
        <translation>클라이언트 파드가 클러스터 DNS에 서비스 이름을 묻습니다. 헤드리스 서비스에는 클러스터 IP가 없어, 답에는 준비된 파드들의 주소가 그대로 나열됩니다: %1.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="343"/>
        <source>The client picks one of the addresses (here the first) and connects to the pod directly. kube-proxy does not handle headless Services: nothing translates the addresses.</source>
        <translation>클라이언트가 주소 가운데 하나(여기서는 첫 번째)를 골라 파드에 직접 연결합니다. kube-proxy는 헤드리스 서비스를 다루지 않으므로 주소를 변환하는 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="349"/>
        <source>internalTrafficPolicy and sessionAffinity have no effect on a headless Service: no kube-proxy rule handles its connections.</source>
        <translation>internalTrafficPolicy와 sessionAffinity는 헤드리스 서비스에 아무 효과가 없습니다. 그 연결을 다루는 kube-proxy 규칙이 없기 때문입니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="364"/>
        <source>The client pod connects to the Service&apos;s name, which resolves to the cluster IP %1. The packet leaves the pod for its node, %2, where kube-proxy&apos;s rules catch it.</source>
        <translation>클라이언트 파드가 서비스 이름으로 연결하고, 이름은 클러스터 IP %1(으)로 풀립니다. 패킷은 파드를 떠나 그 노드 %2(으)로 가고, 거기서 kube-proxy의 규칙에 걸립니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="372"/>
        <source>The Service has no ready endpoint: kube-proxy on %1 rejects the connection (REJECT), so the client gets &quot;connection refused&quot; at once.</source>
        <translation>서비스에 준비된 엔드포인트가 없습니다. %1의 kube-proxy가 연결을 거부하므로(REJECT) 클라이언트는 곧바로 &quot;connection refused&quot;를 받습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="384"/>
        <source>internalTrafficPolicy is Local and %1 has no ready endpoint of the Service: kube-proxy drops the packet (DROP), so the connection times out. Endpoints on other nodes are never used for this client.</source>
        <translation>internalTrafficPolicy가 Local인데 %1에 이 서비스의 준비된 엔드포인트가 없습니다. kube-proxy가 패킷을 버리므로(DROP) 연결은 시간 초과로 끝납니다. 이 클라이언트에게는 다른 노드의 엔드포인트가 쓰이지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="397"/>
        <source>kube-proxy on %1 picks an endpoint on this node only (internalTrafficPolicy: Local) and rewrites the destination %2 to %3 (DNAT). The source stays the client pod&apos;s address.</source>
        <translation>%1의 kube-proxy가 이 노드의 엔드포인트 중에서만 하나를 고르고(internalTrafficPolicy: Local) 목적지 %2를 %3(으)로 바꿉니다(DNAT, 목적지 주소 변환). 출발지는 클라이언트 파드의 주소 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="401"/>
        <source>kube-proxy on %1 picks one of the Service&apos;s endpoints on any node (at random; here the first) and rewrites the destination %2 to %3 (DNAT). The source stays the client pod&apos;s address: there is no SNAT.</source>
        <translation>%1의 kube-proxy가 모든 노드에 있는 서비스 엔드포인트 중 하나를 고르고(무작위, 여기서는 첫 번째) 목적지 %2를 %3(으)로 바꿉니다(DNAT, 목적지 주소 변환). 출발지는 클라이언트 파드의 주소 그대로이며 SNAT은 없습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="412"/>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="140"/>
        <source>Delivered to the pod on the same node.</source>
        <translation>같은 노드의 파드에 전달됩니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="413"/>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="141"/>
        <source>Routed over the pod network to %1 (the network plugin may encapsulate it, but it translates no address).</source>
        <translation>파드 네트워크를 거쳐 %1(으)로 라우팅됩니다(네트워크 플러그인이 캡슐화할 수는 있지만 주소를 변환하지는 않습니다).</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="419"/>
        <source>sessionAffinity: ClientIP: kube-proxy on %1 sends every connection from %2 to the same endpoint for %3 seconds after the last one.</source>
        <translation>sessionAffinity: ClientIP: %1의 kube-proxy는 %2에서 오는 모든 연결을 마지막 연결 후 %3초 동안 같은 엔드포인트로 보냅니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="426"/>
        <source>externalTrafficPolicy: Local does not apply here: this connection comes from inside the cluster to the cluster IP, where internalTrafficPolicy decides.</source>
        <translation>externalTrafficPolicy: Local은 여기에 적용되지 않습니다. 이 연결은 클러스터 안에서 클러스터 IP로 오므로 internalTrafficPolicy가 결정합니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="518"/>
        <source>the Service has no port %1</source>
        <translation>서비스에 포트 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="522"/>
        <source>spec.ports[%1] has no port number</source>
        <translation>spec.ports[%1]에 포트 번호가 없습니다</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="526"/>
        <source>the cluster needs 1 to %1 nodes</source>
        <translation>클러스터에는 노드가 1개에서 %1개까지 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="531"/>
        <source>node names must be given and different: &apos;%1&apos;</source>
        <translation>노드 이름은 비어 있지 않고 서로 달라야 합니다: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="534"/>
        <source>a node has 0 to %1 endpoints, not %2 (%3)</source>
        <translation>노드의 엔드포인트는 0개에서 %1개까지이며 %2개일 수 없습니다(%3)</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="541"/>
        <source>there is no node &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 노드가 없습니다</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="547"/>
        <source>an ExternalName Service is only a DNS name: trace it from a pod</source>
        <translation>ExternalName 서비스는 DNS 이름일 뿐입니다. 파드에서 추적하세요</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="552"/>
        <source>a headless Service has no cluster IP, node port or load balancer: trace it from a pod</source>
        <translation>헤드리스 서비스에는 클러스터 IP도, 노드 포트도, 로드밸런서도 없습니다. 파드에서 추적하세요</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="560"/>
        <source>only a Service of type LoadBalancer has a load balancer; this one is of type %1</source>
        <translation>로드밸런서는 LoadBalancer 타입 서비스에만 있는데, 이 서비스의 타입은 %1입니다</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="568"/>
        <source>a Service of type %1 has no node port: only types NodePort and LoadBalancer have one</source>
        <translation>%1 타입 서비스에는 노드 포트가 없습니다. 노드 포트는 NodePort와 LoadBalancer 타입에만 있습니다</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="574"/>
        <source>allocateLoadBalancerNodePorts is false and spec.ports[%1].nodePort is not set: the Service has no node port</source>
        <translation>allocateLoadBalancerNodePorts가 false이고 spec.ports[%1].nodePort가 설정되지 않아 서비스에 노드 포트가 없습니다</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="583"/>
        <source>the Service has no spec.externalIPs to connect to</source>
        <translation>서비스에 연결할 spec.externalIPs가 없습니다</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="621"/>
        <source>The client&apos;s own address %1 reaches the pod unchanged.</source>
        <translation>클라이언트 자신의 주소 %1이(가) 바뀌지 않고 파드에 도달합니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="624"/>
        <source>The client pod&apos;s own address %1 reaches the pod unchanged.</source>
        <translation>클라이언트 파드 자신의 주소 %1이(가) 바뀌지 않고 파드에 도달합니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="648"/>
        <source>kube-proxy&apos;s iptables and IPVS modes give this same trace. Its nftables mode makes the same translations, but by default opens node ports only on the node&apos;s primary addresses, and never on 127.0.0.1.</source>
        <translation>kube-proxy의 iptables 모드와 IPVS 모드는 똑같은 추적 결과를 냅니다. nftables 모드도 같은 변환을 하지만, 기본적으로 노드 포트를 노드의 기본(primary) 주소에서만 열고 127.0.0.1에서는 절대 열지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="654"/>
        <source>eBPF data planes such as Cilium&apos;s kube-proxy replacement make these translations in eBPF programs instead of netfilter rules; with DSR (loadBalancer.mode=dsr) replies go from the endpoint&apos;s node straight to the client.</source>
        <translation>Cilium의 kube-proxy 대체 같은 eBPF 데이터 플레인은 이 변환을 netfilter 규칙 대신 eBPF 프로그램에서 합니다. DSR(loadBalancer.mode=dsr)을 쓰면 응답이 엔드포인트의 노드에서 클라이언트로 곧장 갑니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="659"/>
        <source>eBPF data planes differ here: Cilium&apos;s kube-proxy replacement applies SNAT only when it forwards to an endpoint on another node, so with it the pod would see %1.</source>
        <translation>eBPF 데이터 플레인은 여기서 다릅니다. Cilium의 kube-proxy 대체는 다른 노드의 엔드포인트로 전달할 때만 SNAT을 하므로, 그것을 쓰면 파드는 %1을(를) 보게 됩니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="664"/>
        <source>eBPF data planes differ here: Cilium&apos;s kube-proxy replacement also applies SNAT by default, but not in DSR mode (loadBalancer.mode=dsr): then the pod sees %1, and the reply goes from the endpoint&apos;s node straight to the client.</source>
        <translation>eBPF 데이터 플레인은 여기서 다릅니다. Cilium의 kube-proxy 대체도 기본적으로는 SNAT을 하지만 DSR 모드(loadBalancer.mode=dsr)에서는 하지 않습니다. 그러면 파드는 %1을(를) 보고, 응답은 엔드포인트의 노드에서 클라이언트로 곧장 갑니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="677"/>
        <source>targetPort %1 is the container port of that name in the pods the selector matches: %2.</source>
        <translation>targetPort %1은(는) 셀렉터가 고르는 파드에 있는 같은 이름의 컨테이너 포트로, 번호는 %2입니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="680"/>
        <source>targetPort %1 names a container port; no pod template in the file gives its number, so the trace shows the name.</source>
        <translation>targetPort %1은(는) 컨테이너 포트의 이름입니다. 파일의 어떤 파드 템플릿에도 그 번호가 없어 추적에는 이름을 그대로 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace.cpp" line="690"/>
        <source>nodePort is not set: %1 stands for the port the API server allocates from the node-port range.</source>
        <translation>nodePort가 설정되지 않았습니다. %1은(는) API 서버가 노드 포트 범위에서 할당할 포트를 대신 나타냅니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="30"/>
        <source>sessionAffinity: ClientIP: kube-proxy on %1 keys the choice on the source it sees, %2, the load balancer&apos;s address. Every client that comes through it from that address sticks to the same endpoint for %3 seconds.</source>
        <translation>sessionAffinity: ClientIP: %1의 kube-proxy는 자신이 보는 출발지, 곧 로드밸런서의 주소 %2을(를) 기준으로 엔드포인트를 고릅니다. 그 주소를 거쳐 오는 모든 클라이언트가 %3초 동안 같은 엔드포인트에 묶입니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="36"/>
        <source>sessionAffinity: ClientIP: kube-proxy on %1 keys the choice on the source it sees, %2, for %3 seconds. Each node keeps its own choices: a connection that arrives at another node may get another endpoint.</source>
        <translation>sessionAffinity: ClientIP: %1의 kube-proxy는 자신이 보는 출발지 %2을(를) 기준으로 %3초 동안 같은 엔드포인트를 고릅니다. 이 기록은 노드마다 따로 있으므로, 다른 노드에 도착한 연결은 다른 엔드포인트로 갈 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="48"/>
        <source>internalTrafficPolicy: Local does not apply here: it is for connections from inside the cluster to the cluster IP.</source>
        <translation>internalTrafficPolicy: Local은 여기에 적용되지 않습니다. 이 설정은 클러스터 안에서 클러스터 IP로 가는 연결에만 쓰입니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="70"/>
        <source>The Service has no ready endpoint: kube-proxy on %1 rejects the connection (REJECT), so the client gets &quot;connection refused&quot;.</source>
        <translation>서비스에 준비된 엔드포인트가 없습니다. %1의 kube-proxy가 연결을 거부하므로(REJECT) 클라이언트는 &quot;connection refused&quot;를 받습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="82"/>
        <source>externalTrafficPolicy is Local and %1 has no ready endpoint of the Service: kube-proxy drops the packet (DROP), so the connection times out. Only nodes with an endpoint answer.</source>
        <translation>externalTrafficPolicy가 Local인데 %1에 이 서비스의 준비된 엔드포인트가 없습니다. kube-proxy가 패킷을 버리므로(DROP) 연결은 시간 초과로 끝납니다. 엔드포인트가 있는 노드만 응답합니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="94"/>
        <source>kube-proxy on %1 picks an endpoint on this node only (externalTrafficPolicy: Local) and rewrites the destination %2 to %3 (DNAT). It leaves the source alone: no SNAT.</source>
        <translation>%1의 kube-proxy가 이 노드의 엔드포인트 중에서만 하나를 고르고(externalTrafficPolicy: Local) 목적지 %2를 %3(으)로 바꿉니다(DNAT, 목적지 주소 변환). 출발지는 건드리지 않으므로 SNAT은 없습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="103"/>
        <source>Delivered to the pod on the same node, with the source %1.</source>
        <translation>출발지 %1 그대로 같은 노드의 파드에 전달됩니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="118"/>
        <source>kube-proxy on %1 picks one of the Service&apos;s endpoints on any node (externalTrafficPolicy: Cluster; at random, here the first) and rewrites the destination %2 to %3 (DNAT).</source>
        <translation>%1의 kube-proxy가 모든 노드에 있는 서비스 엔드포인트 중 하나를 고르고(externalTrafficPolicy: Cluster, 무작위, 여기서는 첫 번째) 목적지 %2를 %3(으)로 바꿉니다(DNAT, 목적지 주소 변환).</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="129"/>
        <source>With externalTrafficPolicy: Cluster, kube-proxy also masquerades the packet: the source %1 becomes %2, an address of %3 (SNAT, with a random source port), so that the reply comes back through %3, which undoes both translations.</source>
        <translation>externalTrafficPolicy: Cluster에서는 kube-proxy가 패킷을 마스커레이드하기도 합니다. 출발지 %1이(가) %3의 주소인 %2(으)로 바뀝니다(SNAT, 출발지 주소 변환, 출발지 포트는 무작위). 그래야 응답이 %3을(를) 거쳐 돌아오고, %3이(가) 두 변환을 모두 되돌립니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="147"/>
        <source>The client&apos;s address %1 does not reach the pod: kube-proxy on %2 replaced it (SNAT). externalTrafficPolicy: Local keeps it.</source>
        <translation>클라이언트의 주소 %1은(는) 파드에 도달하지 않습니다. %2의 kube-proxy가 바꿨기 때문입니다(SNAT). externalTrafficPolicy: Local이면 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="216"/>
        <source>The client&apos;s address %1 is in the PROXY protocol header (version %2) that the load balancer sends before the first byte of data: the pod must read it on every connection.</source>
        <translation>클라이언트의 주소 %1은(는) 로드밸런서가 데이터의 첫 바이트보다 먼저 보내는 PROXY 프로토콜 헤더(버전 %2)에 들어 있습니다. 파드는 모든 연결에서 이 헤더를 읽어야 합니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="222"/>
        <source>The client&apos;s address %1 is in the PROXY protocol header that the load balancer sends before the first byte of data (the profile does not say which version): the pod must read it on every connection.</source>
        <translation>클라이언트의 주소 %1은(는) 로드밸런서가 데이터의 첫 바이트보다 먼저 보내는 PROXY 프로토콜 헤더에 들어 있습니다(프로파일에 버전이 나와 있지 않습니다). 파드는 모든 연결에서 이 헤더를 읽어야 합니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="232"/>
        <source>The load balancer speaks HTTP to the pods and adds the client&apos;s address %1 to each request in the X-Forwarded-For header.</source>
        <translation>로드밸런서는 파드와 HTTP로 통신하며, 요청마다 X-Forwarded-For 헤더에 클라이언트의 주소 %1을(를) 덧붙입니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="248"/>
        <source>The Service has no ready endpoint: the load balancer has no healthy target to send the connection to.</source>
        <translation>서비스에 준비된 엔드포인트가 없습니다. 로드밸런서에는 연결을 보낼 정상 대상이 없습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="261"/>
        <source>The load balancer does not keep the client&apos;s address for these targets: it replaces the source with its own address %1 (SNAT).</source>
        <translation>로드밸런서는 이런 대상에 대해 클라이언트의 주소를 유지하지 않고, 출발지를 자신의 주소 %1(으)로 바꿉니다(SNAT, 출발지 주소 변환).</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="265"/>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="534"/>
        <source>The client&apos;s address %1 does not reach the pod: the load balancer replaced it with its own.</source>
        <translation>클라이언트의 주소 %1은(는) 파드에 도달하지 않습니다. 로드밸런서가 자신의 주소로 바꿨기 때문입니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="273"/>
        <source>The load balancer sends to the pods&apos; own addresses (target type ip) and rewrites the destination to %1 (DNAT). kube-proxy is not involved: externalTrafficPolicy and the node ports do not apply.</source>
        <translation>로드밸런서가 파드 자신의 주소로 보내며(대상 유형 ip) 목적지를 %1(으)로 바꿉니다(DNAT, 목적지 주소 변환). kube-proxy는 관여하지 않으므로 externalTrafficPolicy와 노드 포트는 적용되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="282"/>
        <source>The network routes the packet straight to the pod on %1.</source>
        <translation>네트워크가 패킷을 %1의 파드로 곧장 라우팅합니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="289"/>
        <source>sessionAffinity has no effect here: kube-proxy does not handle this connection.</source>
        <translation>sessionAffinity는 여기서 아무 효과가 없습니다. 이 연결은 kube-proxy가 다루지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="331"/>
        <source>The client connects to the address of %1 and the node port %2; every node opens the node port.</source>
        <translation>클라이언트가 %1의 주소와 노드 포트 %2(으)로 연결합니다. 노드 포트는 모든 노드에 열려 있습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="337"/>
        <source>loadBalancerSourceRanges do not restrict node ports: kube-proxy applies them only to traffic for the load balancer&apos;s address.</source>
        <translation>loadBalancerSourceRanges는 노드 포트를 제한하지 않습니다. kube-proxy는 이 목록을 로드밸런서 주소로 가는 트래픽에만 적용합니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="353"/>
        <source>The client connects to the external IP %1. Kubernetes does not route it: the network must bring it to a node, here %2, where kube-proxy has a rule for %1 and port %3.</source>
        <translation>클라이언트가 외부 IP %1(으)로 연결합니다. 쿠버네티스는 이 주소를 라우팅하지 않으므로 네트워크가 노드까지 데려와야 합니다. 여기서는 %2이며, 그 노드의 kube-proxy에 %1과 포트 %3에 대한 규칙이 있습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="373"/>
        <source>(pending)</source>
        <translation>(보류 중)</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="374"/>
        <source>The Service&apos;s status.loadBalancer stays empty: there is no address to connect to.</source>
        <translation>서비스의 status.loadBalancer가 비어 있어 연결할 주소가 없습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="378"/>
        <source>No load-balancer implementation acts on this Service, so its load balancer is never built and stays pending. The node ports still work on every node.</source>
        <translation>이 서비스를 처리하는 로드밸런서 구현이 없어 로드밸런서가 만들어지지 않고 보류 상태로 남습니다. 노드 포트는 여전히 모든 노드에서 동작합니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="390"/>
        <source>The client connects to the load balancer&apos;s address %1. The load balancer is a proxy: this TCP connection ends there.</source>
        <translation>클라이언트가 로드밸런서의 주소 %1(으)로 연결합니다. 이 로드밸런서는 프록시이므로 이 TCP 연결은 거기서 끝납니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="393"/>
        <source>The client connects to the load balancer&apos;s address %1.</source>
        <translation>클라이언트가 로드밸런서의 주소 %1(으)로 연결합니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="404"/>
        <source>%1 is not in loadBalancerSourceRanges (%2): the load balancer&apos;s firewall, which the provider builds from that list, drops the connection.</source>
        <translation>%1은(는) loadBalancerSourceRanges(%2)에 들어 있지 않습니다. 프로바이더가 이 목록으로 만든 로드밸런서의 방화벽이 연결을 버립니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="412"/>
        <source>%1 is in loadBalancerSourceRanges (%2), so it may connect.</source>
        <translation>%1은(는) loadBalancerSourceRanges(%2)에 들어 있으므로 연결할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="421"/>
        <source>The address is announced from %1; the packet arrives there unchanged.</source>
        <translation>주소는 %1에서 알려지며(announce), 패킷은 바뀌지 않고 그곳에 도착합니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="426"/>
        <source>%1 is not in loadBalancerSourceRanges (%2): kube-proxy on %3 drops the packet (its firewall rules for the load balancer&apos;s address), so the connection times out.</source>
        <translation>%1은(는) loadBalancerSourceRanges(%2)에 들어 있지 않습니다. %3의 kube-proxy가 로드밸런서 주소용 방화벽 규칙으로 패킷을 버리므로 연결은 시간 초과로 끝납니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="448"/>
        <source>externalTrafficPolicy is Local and no node has a ready endpoint: every node answers the health check on port %1 with 503, so the load balancer has no node to send to.</source>
        <translation>externalTrafficPolicy가 Local인데 준비된 엔드포인트가 있는 노드가 없습니다. 모든 노드가 포트 %1의 헬스 체크에 503으로 답하므로 로드밸런서는 보낼 노드가 없습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="452"/>
        <source>externalTrafficPolicy is Local and no node has a ready endpoint, so no node announces the address: nothing answers.</source>
        <translation>externalTrafficPolicy가 Local인데 준비된 엔드포인트가 있는 노드가 없어 주소를 알리는 노드도 없습니다. 아무것도 응답하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="464"/>
        <source>externalTrafficPolicy is Local and %1 has no ready endpoint: its health check on port %2 (healthCheckNodePort, path /healthz) answers 503, so the load balancer sends it nothing. It sends to %3 instead.</source>
        <translation>externalTrafficPolicy가 Local인데 %1에 준비된 엔드포인트가 없습니다. 포트 %2(healthCheckNodePort, 경로 /healthz)의 헬스 체크가 503으로 답하므로 로드밸런서는 이 노드에 아무것도 보내지 않고 대신 %3(으)로 보냅니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="469"/>
        <source>externalTrafficPolicy is Local and %1 has no ready endpoint, so it does not announce the address: traffic goes to %2 instead.</source>
        <translation>externalTrafficPolicy가 Local인데 %1에 준비된 엔드포인트가 없어 이 노드는 주소를 알리지 않습니다. 트래픽은 대신 %2(으)로 갑니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="479"/>
        <source>The load balancer health-checks every node on port %1 (healthCheckNodePort, path /healthz): nodes with a ready endpoint answer 200, the others 503 and get no traffic. Here: %2.</source>
        <translation>로드밸런서는 모든 노드를 포트 %1(healthCheckNodePort, 경로 /healthz)로 헬스 체크합니다. 준비된 엔드포인트가 있는 노드는 200으로, 나머지는 503으로 답하며 트래픽을 받지 못합니다. 여기서는 %2입니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="484"/>
        <source>Only nodes with a ready endpoint announce the address. Here: %1.</source>
        <translation>준비된 엔드포인트가 있는 노드만 주소를 알립니다. 여기서는 %1입니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="493"/>
        <source>This load balancer sends to node ports, but allocateLoadBalancerNodePorts is false and the port has no nodePort: it has nowhere to send.</source>
        <translation>이 로드밸런서는 노드 포트로 보내는데, allocateLoadBalancerNodePorts가 false이고 포트에 nodePort가 없어 보낼 곳이 없습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="506"/>
        <source>The load balancer opens a new connection from its own address %1 to the node port of %2. This is not NAT: the client&apos;s connection ended at the load balancer, and this one starts there.</source>
        <translation>로드밸런서가 자신의 주소 %1에서 %2의 노드 포트로 새 연결을 엽니다. 이것은 NAT이 아닙니다. 클라이언트의 연결은 로드밸런서에서 끝났고, 이 연결은 거기서 새로 시작합니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="511"/>
        <source>The client&apos;s address %1 does not reach the pod: the load balancer connects from its own address. PROXY protocol or HTTP with X-Forwarded-For would pass it on.</source>
        <translation>클라이언트의 주소 %1은(는) 파드에 도달하지 않습니다. 로드밸런서가 자신의 주소로 연결하기 때문입니다. PROXY 프로토콜이나 X-Forwarded-For를 붙이는 HTTP를 쓰면 전달됩니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="530"/>
        <source>The load balancer does not keep the client&apos;s address: it replaces the source with its own address %1 (SNAT).</source>
        <translation>로드밸런서는 클라이언트의 주소를 유지하지 않고, 출발지를 자신의 주소 %1(으)로 바꿉니다(SNAT, 출발지 주소 변환).</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="544"/>
        <source>The load balancer rewrites the destination to the address of %1 and the node port (DNAT).</source>
        <translation>로드밸런서가 목적지를 %1의 주소와 노드 포트로 바꿉니다(DNAT, 목적지 주소 변환).</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="552"/>
        <source>It forwards the packet to %1.</source>
        <translation>패킷을 %1(으)로 전달합니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/connectiontrace_external.cpp" line="559"/>
        <source>The load balancer passes the packet to %1 unchanged: it is still addressed to the load balancer&apos;s address, which kube-proxy on %1 has a rule for.</source>
        <translation>로드밸런서가 패킷을 바꾸지 않고 %1(으)로 넘깁니다. 목적지는 여전히 로드밸런서의 주소이며, %1의 kube-proxy에 그 주소에 대한 규칙이 있습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/loadbalancerbehaviour.cpp" line="40"/>
        <source>The classic ELB is a TCP proxy: it ends the client&apos;s connection and opens its own to a node port.</source>
        <translation>클래식 ELB는 TCP 프록시입니다. 클라이언트의 연결을 끝내고 노드 포트로 자신의 연결을 새로 엽니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/loadbalancerbehaviour.cpp" line="49"/>
        <source>The cloud controller&apos;s NLB registers the nodes (instance targets): it forwards the client&apos;s packets to a node port and keeps the client&apos;s address.</source>
        <translation>클라우드 컨트롤러의 NLB는 노드를 대상으로 등록합니다(instance 대상). 클라이언트의 패킷을 노드 포트로 전달하며 클라이언트의 주소를 유지합니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/loadbalancerbehaviour.cpp" line="59"/>
        <source>The AWS Load Balancer Controller&apos;s NLB forwards packets: to a node port with instance targets (its default), to the pods with ip targets.</source>
        <translation>AWS Load Balancer Controller의 NLB는 패킷을 전달합니다. instance 대상(기본값)이면 노드 포트로, ip 대상이면 파드로 보냅니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/loadbalancerbehaviour.cpp" line="68"/>
        <source>EKS Auto Mode&apos;s NLB forwards packets: to the pods with ip targets (its default), to a node port with instance targets.</source>
        <translation>EKS 자동 모드의 NLB는 패킷을 전달합니다. ip 대상(기본값)이면 파드로, instance 대상이면 노드 포트로 보냅니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/loadbalancerbehaviour.cpp" line="77"/>
        <source>GKE&apos;s Service load balancers pass packets through: they reach a node still addressed to the load balancer, from the client&apos;s address.</source>
        <translation>GKE의 서비스 로드밸런서는 패킷을 그대로 통과시킵니다. 패킷은 목적지가 여전히 로드밸런서 주소이고 출발지가 클라이언트 주소인 채로 노드에 도착합니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/loadbalancerbehaviour.cpp" line="86"/>
        <source>Azure Load Balancer passes packets through (with floating IP, as the cloud controller sets its rules up): they reach a node still addressed to the load balancer, from the client&apos;s address.</source>
        <translation>Azure Load Balancer는 패킷을 그대로 통과시킵니다(클라우드 컨트롤러가 규칙을 만들 때 쓰는 플로팅 IP). 패킷은 목적지가 여전히 로드밸런서 주소이고 출발지가 클라이언트 주소인 채로 노드에 도착합니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/loadbalancerbehaviour.cpp" line="96"/>
        <source>DigitalOcean&apos;s regional network load balancer passes packets through to the Service&apos;s port on the nodes, from the client&apos;s address.</source>
        <translation>DigitalOcean의 리전 네트워크 로드밸런서는 패킷을 클라이언트 주소 그대로 노드의 서비스 포트로 통과시킵니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/loadbalancerbehaviour.cpp" line="105"/>
        <source>DigitalOcean&apos;s regional load balancer ends the client&apos;s connection and opens its own to a node port.</source>
        <translation>DigitalOcean의 리전 로드밸런서는 클라이언트의 연결을 끝내고 노드 포트로 자신의 연결을 새로 엽니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/loadbalancerbehaviour.cpp" line="114"/>
        <source>A NodeBalancer is a proxy: it ends the client&apos;s connection and opens its own to a node port.</source>
        <translation>NodeBalancer는 프록시입니다. 클라이언트의 연결을 끝내고 노드 포트로 자신의 연결을 새로 엽니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/loadbalancerbehaviour.cpp" line="123"/>
        <source>The Hetzner Cloud load balancer is a proxy: it ends the client&apos;s connection and opens its own to a node port.</source>
        <translation>Hetzner Cloud 로드밸런서는 프록시입니다. 클라이언트의 연결을 끝내고 노드 포트로 자신의 연결을 새로 엽니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/loadbalancerbehaviour.cpp" line="132"/>
        <source>The OCI load balancer is a proxy: it ends the client&apos;s connection and opens its own to a node port.</source>
        <translation>OCI 로드밸런서는 프록시입니다. 클라이언트의 연결을 끝내고 노드 포트로 자신의 연결을 새로 엽니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/loadbalancerbehaviour.cpp" line="141"/>
        <source>The OCI network load balancer forwards packets to a node port; it keeps the client&apos;s address only with externalTrafficPolicy: Local (is-preserve-source).</source>
        <translation>OCI 네트워크 로드밸런서는 패킷을 노드 포트로 전달합니다. 클라이언트의 주소는 externalTrafficPolicy: Local일 때만 유지합니다(is-preserve-source).</translation>
    </message>
    <message>
        <location filename="../model/teaching/loadbalancerbehaviour.cpp" line="151"/>
        <source>MetalLB builds no load balancer: it announces the address from the nodes (ARP or BGP), and packets arrive at a node unchanged.</source>
        <translation>MetalLB는 로드밸런서 장치를 만들지 않습니다. 노드에서 주소를 알리며(ARP 또는 BGP), 패킷은 바뀌지 않고 노드에 도착합니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/loadbalancerbehaviour.cpp" line="284"/>
        <source>There is no load-balancer implementation (bare metal without MetalLB or the like): LoadBalancer Services stay pending.</source>
        <translation>로드밸런서 구현이 없습니다(MetalLB 같은 것이 없는 베어메탈). LoadBalancer 서비스는 보류 상태로 남습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/loadbalancerbehaviour.cpp" line="290"/>
        <source>The generic provider names no load-balancer implementation; the trace assumes none, as on bare metal. Choose your provider to trace its load balancer.</source>
        <translation>generic 프로바이더는 로드밸런서 구현을 지정하지 않으므로, 추적은 베어메탈처럼 구현이 없다고 가정합니다. 로드밸런서를 추적하려면 사용하는 프로바이더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../model/teaching/loadbalancerbehaviour.cpp" line="302"/>
        <source>%1 leaves this Service to another controller (annotation %2): the trace cannot tell what that one builds.</source>
        <translation>%1은(는) 이 서비스를 다른 컨트롤러에 맡깁니다(어노테이션 %2). 그 컨트롤러가 무엇을 만드는지는 추적할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/loadbalancerbehaviour.cpp" line="311"/>
        <source>%1 does not act on this Service (loadBalancerClass %2): no load balancer is built unless a controller of that class runs.</source>
        <translation>%1은(는) 이 서비스를 처리하지 않습니다(loadBalancerClass %2). 그 클래스의 컨트롤러가 실행되지 않으면 로드밸런서는 만들어지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/loadbalancerbehaviour.cpp" line="314"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../model/teaching/loadbalancerbehaviour.cpp" line="334"/>
        <source>The trace does not know how this implementation forwards; it assumes that it passes packets through to a node port.</source>
        <translation>이 구현이 어떻게 전달하는지 추적기는 알지 못해, 패킷을 노드 포트로 그대로 통과시킨다고 가정합니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/loadbalancerbehaviour.cpp" line="338"/>
        <source>The AWS cloud controller leaves this Service (aws-load-balancer-type: %1) to the AWS Load Balancer Controller, traced here; without that controller it stays pending.</source>
        <translation>AWS 클라우드 컨트롤러는 이 서비스(aws-load-balancer-type: %1)를 AWS Load Balancer Controller에 맡기며, 여기서는 그 컨트롤러를 추적합니다. 그 컨트롤러가 없으면 보류 상태로 남습니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/loadbalancerbehaviour.cpp" line="362"/>
        <source>AWS Load Balancer Controller (NLB)</source>
        <translation>AWS Load Balancer Controller (NLB)</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="50"/>
        <source>from outside the cluster through the load balancer</source>
        <translation>클러스터 밖에서 로드밸런서를 거쳐</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="52"/>
        <source>from outside the cluster to the node port of %1</source>
        <translation>클러스터 밖에서 %1의 노드 포트로</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="55"/>
        <source>from outside the cluster to an external IP, routed to %1</source>
        <translation>클러스터 밖에서 외부 IP로, %1(으)로 라우팅되어</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="58"/>
        <source>from a pod on %1</source>
        <translation>%1의 파드에서</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="67"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="69"/>
        <source>passes packets through</source>
        <translation>패킷을 그대로 통과시킴</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="71"/>
        <source>a proxy</source>
        <translation>프록시</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="82"/>
        <source>the client&apos;s own address</source>
        <translation>클라이언트 자신의 주소</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="84"/>
        <source>an address of a node</source>
        <translation>노드의 주소</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="86"/>
        <source>the load balancer&apos;s address</source>
        <translation>로드밸런서의 주소</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="88"/>
        <source>the client pod&apos;s address</source>
        <translation>클라이언트 파드의 주소</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="275"/>
        <source>client</source>
        <translation>클라이언트</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="277"/>
        <source>client pod on %1</source>
        <translation>%1의 클라이언트 파드</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="279"/>
        <source>load balancer</source>
        <translation>로드밸런서</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="281"/>
        <source>cluster DNS</source>
        <translation>클러스터 DNS</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="287"/>
        <source>pod %1 on %2</source>
        <translation>%2의 파드 %1</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="325"/>
        <source>Trace of %1, port %2, %3</source>
        <translation>연결 추적: %1, 포트 %2, %3</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="330"/>
        <source>Ready endpoints per node: %1</source>
        <translation>노드별 준비된 엔드포인트: %1</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="336"/>
        <source>Load balancer: %1, %2</source>
        <translation>로드밸런서: %1, %2</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="349"/>
        <source>Result: %1</source>
        <translation>결과: %1</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="350"/>
        <source>Result: not delivered. %1</source>
        <translation>결과: 도착하지 않습니다. %1</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="355"/>
        <source>Nodes whose endpoints could be chosen: %1.</source>
        <translation>엔드포인트가 선택될 수 있는 노드: %1.</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="356"/>
        <source>Nodes with a ready endpoint: %1.</source>
        <translation>준비된 엔드포인트가 있는 노드: %1.</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="360"/>
        <source>The pod sees the source address %1: %2.</source>
        <translation>파드가 보는 출발지 주소는 %1, 곧 %2입니다.</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="367"/>
        <source>PROXY header: %1</source>
        <translation>PROXY 헤더: %1</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="369"/>
        <source>Notes:</source>
        <translation>참고:</translation>
    </message>
    <message>
        <location filename="../model/teaching/tracereport.cpp" line="375"/>
        <source>Facts (docs/connection-trace.md): %1</source>
        <translation>근거 사실(docs/connection-trace.md): %1</translation>
    </message>
</context>
<context>
    <name>sd::undo</name>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="141"/>
        <source>Rename the Service</source>
        <translation>서비스 이름 변경</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="150"/>
        <source>Set the namespace</source>
        <translation>네임스페이스 설정</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="162"/>
        <source>Change the type</source>
        <translation>유형 변경</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="172"/>
        <source>Make the Service headless</source>
        <translation>서비스를 헤드리스로 변경</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="173"/>
        <source>Give the Service a cluster IP</source>
        <translation>서비스에 클러스터 IP 부여</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="200"/>
        <source>Set externalName</source>
        <translation>externalName 설정</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="230"/>
        <source>Set externalTrafficPolicy</source>
        <translation>externalTrafficPolicy 설정</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="249"/>
        <source>Set internalTrafficPolicy</source>
        <translation>internalTrafficPolicy 설정</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="260"/>
        <source>Set sessionAffinity</source>
        <translation>sessionAffinity 설정</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="279"/>
        <source>Set the session affinity timeout</source>
        <translation>세션 어피니티 타임아웃 설정</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="317"/>
        <source>Set ipFamilyPolicy</source>
        <translation>ipFamilyPolicy 설정</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="329"/>
        <source>Set ipFamilies</source>
        <translation>ipFamilies 설정</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="363"/>
        <source>Set the cluster IPs</source>
        <translation>클러스터 IP 목록 설정</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="392"/>
        <source>Set externalIPs</source>
        <translation>externalIPs 설정</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="402"/>
        <source>Set loadBalancerClass</source>
        <translation>loadBalancerClass 설정</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="414"/>
        <source>Set loadBalancerSourceRanges</source>
        <translation>loadBalancerSourceRanges 설정</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="425"/>
        <source>Set allocateLoadBalancerNodePorts</source>
        <translation>allocateLoadBalancerNodePorts 설정</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="437"/>
        <source>Set healthCheckNodePort</source>
        <translation>healthCheckNodePort 설정</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="455"/>
        <source>Set loadBalancerIP</source>
        <translation>loadBalancerIP 설정</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="480"/>
        <source>Set publishNotReadyAddresses</source>
        <translation>publishNotReadyAddresses 설정</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable.cpp" line="490"/>
        <source>Set trafficDistribution</source>
        <translation>trafficDistribution 설정</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable_ports.cpp" line="60"/>
        <source>Set port name</source>
        <translation>포트 이름 설정</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable_ports.cpp" line="68"/>
        <source>Set port protocol</source>
        <translation>포트 프로토콜 설정</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable_ports.cpp" line="86"/>
        <source>Set app protocol</source>
        <translation>앱 프로토콜 설정</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable_ports.cpp" line="91"/>
        <source>Set port number</source>
        <translation>포트 번호 설정</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable_ports.cpp" line="98"/>
        <source>Set target port</source>
        <translation>대상 포트 설정</translation>
    </message>
    <message>
        <location filename="../model/domain/fieldtable_ports.cpp" line="118"/>
        <source>Set node port</source>
        <translation>노드 포트 설정</translation>
    </message>
    <message>
        <location filename="../model/document/typechange.cpp" line="68"/>
        <source>Change the type to %1</source>
        <translation>타입을 %1(으)로 변경</translation>
    </message>
    <message>
        <location filename="../model/document/typechange.cpp" line="69"/>
        <source>Change the type to %1 and remove %2</source>
        <translation>타입을 %1(으)로 변경하고 %2 제거</translation>
    </message>
    <message>
        <location filename="../model/document/documentcommands.cpp" line="158"/>
        <source>Add Service</source>
        <translation>서비스 추가</translation>
    </message>
    <message>
        <location filename="../model/document/documentcommands.cpp" line="178"/>
        <source>Duplicate Service</source>
        <translation>서비스 복제</translation>
    </message>
    <message>
        <location filename="../model/document/documentcommands.cpp" line="191"/>
        <source>Remove Service</source>
        <translation>서비스 제거</translation>
    </message>
    <message>
        <location filename="../model/document/documentcommands.cpp" line="192"/>
        <source>Remove document</source>
        <translation>문서 제거</translation>
    </message>
    <message>
        <location filename="../model/document/documentcommands.cpp" line="210"/>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <location filename="../model/document/documentcommands.cpp" line="210"/>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <location filename="../model/document/documentcommands.cpp" line="247"/>
        <source>Edit the text</source>
        <translation>텍스트 편집</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/porttablemodel.cpp" line="226"/>
        <source>Add %n port(s)</source>
        <translation>
            <numerusform>포트 %n개 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/porttablemodel.cpp" line="237"/>
        <source>Remove %n port(s)</source>
        <translation>
            <numerusform>포트 %n개 제거</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/porttablemodel.cpp" line="253"/>
        <source>Move %n port(s)</source>
        <translation>
            <numerusform>포트 %n개 이동</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/porttablemodel.cpp" line="299"/>
        <source>Paste %n port(s)</source>
        <translation>
            <numerusform>포트 %n개 붙여넣기</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/itemmodels/keyvaluemodel.cpp" line="118"/>
        <source>Rename label</source>
        <translation>레이블 이름 변경</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/keyvaluemodel.cpp" line="121"/>
        <source>Rename selector key</source>
        <translation>셀렉터 키 이름 변경</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/keyvaluemodel.cpp" line="124"/>
        <source>Rename annotation</source>
        <translation>어노테이션 이름 변경</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/keyvaluemodel.cpp" line="131"/>
        <source>Set label value</source>
        <translation>레이블 값 설정</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/keyvaluemodel.cpp" line="134"/>
        <source>Set selector value</source>
        <translation>셀렉터 값 설정</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/keyvaluemodel.cpp" line="137"/>
        <source>Set annotation value</source>
        <translation>어노테이션 값 설정</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/keyvaluemodel.cpp" line="239"/>
        <source>Move %n entries</source>
        <translation>
            <numerusform>항목 %n개 이동</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/keyvaluemodel.cpp" line="256"/>
        <source>Add %n label(s)</source>
        <translation>
            <numerusform>레이블 %n개 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/keyvaluemodel.cpp" line="258"/>
        <source>Add %n selector entries</source>
        <translation>
            <numerusform>셀렉터 항목 %n개 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/keyvaluemodel.cpp" line="262"/>
        <source>Add %n annotation(s)</source>
        <translation>
            <numerusform>어노테이션 %n개 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/keyvaluemodel.cpp" line="269"/>
        <source>Remove %n label(s)</source>
        <translation>
            <numerusform>레이블 %n개 제거</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/keyvaluemodel.cpp" line="271"/>
        <source>Remove %n selector entries</source>
        <translation>
            <numerusform>셀렉터 항목 %n개 제거</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/keyvaluemodel.cpp" line="275"/>
        <source>Remove %n annotation(s)</source>
        <translation>
            <numerusform>어노테이션 %n개 제거</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/documentsafety.cpp" line="289"/>
        <source>Restore Recovered Changes</source>
        <translation>복구한 변경 사항 복원</translation>
    </message>
    <message>
        <location filename="../widgets/serviceactions.cpp" line="148"/>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <location filename="../widgets/serviceactions.cpp" line="164"/>
        <source>Add Blank Service</source>
        <translation>빈 서비스 추가</translation>
    </message>
</context>
<context>
    <name>sd::validation</name>
    <message>
        <location filename="../model/validation/finding.cpp" line="15"/>
        <source>Wrong type</source>
        <translation>잘못된 타입</translation>
    </message>
    <message>
        <location filename="../model/validation/finding.cpp" line="17"/>
        <source>Unknown field</source>
        <translation>알 수 없는 필드</translation>
    </message>
    <message>
        <location filename="../model/validation/finding.cpp" line="19"/>
        <location filename="../model/validation/validator.cpp" line="125"/>
        <source>Required value</source>
        <translation>필수 값</translation>
    </message>
    <message>
        <location filename="../model/validation/finding.cpp" line="21"/>
        <source>Invalid value</source>
        <translation>잘못된 값</translation>
    </message>
    <message>
        <location filename="../model/validation/finding.cpp" line="23"/>
        <source>Unsupported value</source>
        <translation>지원하지 않는 값</translation>
    </message>
    <message>
        <location filename="../model/validation/finding.cpp" line="25"/>
        <source>Duplicate value</source>
        <translation>중복된 값</translation>
    </message>
    <message>
        <location filename="../model/validation/finding.cpp" line="27"/>
        <source>Forbidden</source>
        <translation>금지됨</translation>
    </message>
    <message>
        <location filename="../model/validation/finding.cpp" line="29"/>
        <source>Too long</source>
        <translation>너무 김</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="143"/>
        <source>must be no more than %1 characters</source>
        <translation>%1자를 넘을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="148"/>
        <source>name part must consist of alphanumeric characters, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;MyName&apos;,  or &apos;my.name&apos;,  or &apos;123-abc&apos;, regex used for validation is &apos;([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]&apos;)</source>
        <translation>이름 부분은 영숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;로만 이루어지고 영숫자로 시작하고 끝나야 합니다(예: &apos;MyName&apos;, &apos;my.name&apos;, &apos;123-abc&apos;. 검증에 쓰는 정규식은 &apos;([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]&apos;)</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="450"/>
        <source>a DNS-1035 label must consist of lower case alphanumeric characters or &apos;-&apos;, start with an alphabetic character, and end with an alphanumeric character (e.g. &apos;my-name&apos;,  or &apos;abc-123&apos;, regex used for validation is &apos;[a-z]([-a-z0-9]*[a-z0-9])?&apos;)</source>
        <translation>DNS-1035 레이블은 소문자 영숫자와 &apos;-&apos;로만 이루어지고, 영문자로 시작하고 영숫자로 끝나야 합니다(예: &apos;my-name&apos;, &apos;abc-123&apos;. 검증에 쓰는 정규식은 &apos;[a-z]([-a-z0-9]*[a-z0-9])?&apos;)</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="468"/>
        <source>must not contain dots</source>
        <translation>점(.)을 포함할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="470"/>
        <source>a lowercase RFC 1123 label must consist of lower case alphanumeric characters or &apos;-&apos;, and must start and end with an alphanumeric character (e.g. &apos;my-name&apos;,  or &apos;123-abc&apos;, regex used for validation is &apos;[a-z0-9]([-a-z0-9]*[a-z0-9])?&apos;)</source>
        <translation>소문자 RFC 1123 레이블은 소문자 영숫자와 &apos;-&apos;로만 이루어지고 영숫자로 시작하고 끝나야 합니다(예: &apos;my-name&apos;, &apos;123-abc&apos;. 검증에 쓰는 정규식은 &apos;[a-z0-9]([-a-z0-9]*[a-z0-9])?&apos;)</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="488"/>
        <source>a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, &apos;-&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;example.com&apos;, regex used for validation is &apos;[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*&apos;)</source>
        <translation>소문자 RFC 1123 서브도메인은 소문자 영숫자, &apos;-&apos;, &apos;.&apos;로만 이루어지고 영숫자로 시작하고 끝나야 합니다(예: &apos;example.com&apos;. 검증에 쓰는 정규식은 &apos;[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*&apos;)</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="530"/>
        <source>a qualified name must consist of alphanumeric characters, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;MyName&apos;,  or &apos;my.name&apos;,  or &apos;123-abc&apos;, regex used for validation is &apos;([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]&apos;) with an optional DNS subdomain prefix and &apos;/&apos; (e.g. &apos;example.com/MyName&apos;)</source>
        <translation>정규화된 이름은 영숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;로만 이루어지고 영숫자로 시작하고 끝나야 하며(예: &apos;MyName&apos;, &apos;my.name&apos;, &apos;123-abc&apos;. 검증에 쓰는 정규식은 &apos;([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]&apos;), 앞에 DNS 서브도메인 접두사와 &apos;/&apos;를 붙일 수 있습니다(예: &apos;example.com/MyName&apos;)</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="542"/>
        <source>prefix part must be non-empty</source>
        <translation>접두사 부분은 비어 있을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="545"/>
        <source>prefix part %1</source>
        <translation>접두사 부분: %1</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="549"/>
        <source>name part must be non-empty</source>
        <translation>이름 부분은 비어 있을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="551"/>
        <source>name part must be no more than 63 characters</source>
        <translation>이름 부분은 63자를 넘을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="566"/>
        <source>a valid label must be an empty string or consist of alphanumeric characters, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;MyValue&apos;,  or &apos;my_value&apos;,  or &apos;12345&apos;, regex used for validation is &apos;(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?&apos;)</source>
        <translation>올바른 레이블 값은 빈 문자열이거나, 영숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;로만 이루어지고 영숫자로 시작하고 끝나야 합니다(예: &apos;MyValue&apos;, &apos;my_value&apos;, &apos;12345&apos;. 검증에 쓰는 정규식은 &apos;(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?&apos;)</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="583"/>
        <source>must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)</source>
        <translation>영숫자(a-z, 0-9)와 하이픈(-)만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="586"/>
        <source>must contain at least one letter (a-z)</source>
        <translation>영문자(a-z)가 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="588"/>
        <source>must not contain consecutive hyphens</source>
        <translation>하이픈을 연달아 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="590"/>
        <source>must not begin or end with a hyphen</source>
        <translation>하이픈으로 시작하거나 끝날 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="598"/>
        <source>must be between %1 and %2, inclusive</source>
        <translation>%1 이상 %2 이하여야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="605"/>
        <source>must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)</source>
        <translation>올바른 IP 주소여야 합니다(예: 10.9.8.7 또는 2001:db8::ffff)</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="612"/>
        <source>must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)</source>
        <translation>올바른 CIDR 값이어야 합니다(예: 10.9.8.0/24 또는 2001:db8::/64)</translation>
    </message>
    <message>
        <location filename="../model/validation/validator.cpp" line="126"/>
        <source>Required value: %1</source>
        <translation>필수 값: %1</translation>
    </message>
    <message>
        <location filename="../model/validation/validator.cpp" line="143"/>
        <source>Invalid value: %1: %2</source>
        <translation>잘못된 값: %1: %2</translation>
    </message>
    <message>
        <location filename="../model/validation/validator.cpp" line="159"/>
        <source>Forbidden: %1</source>
        <translation>금지됨: %1</translation>
    </message>
    <message>
        <location filename="../model/validation/validator.cpp" line="178"/>
        <source>Unsupported value: %1: supported values: %2</source>
        <translation>지원하지 않는 값: %1: 지원하는 값: %2</translation>
    </message>
    <message>
        <location filename="../model/validation/validator.cpp" line="194"/>
        <source>Duplicate value: %1</source>
        <translation>중복된 값: %1</translation>
    </message>
    <message>
        <location filename="../model/validation/report.cpp" line="121"/>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../model/validation/report.cpp" line="123"/>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../model/validation/report.cpp" line="125"/>
        <source>info</source>
        <translation>정보</translation>
    </message>
    <message>
        <location filename="../model/validation/report.cpp" line="340"/>
        <source>%1 error(s), %2 warning(s), %3 info(s)</source>
        <translation>오류 %1개, 경고 %2개, 정보 %3개</translation>
    </message>
    <message>
        <location filename="../model/validation/decoderules.cpp" line="54"/>
        <source>Rename it to %1</source>
        <translation>%1(으)로 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../model/validation/decoderules.cpp" line="300"/>
        <location filename="../model/validation/providerrules_protocols.cpp" line="118"/>
        <source>Set protocol to TCP</source>
        <translation>프로토콜을 TCP로 설정</translation>
    </message>
    <message>
        <location filename="../model/validation/decoderules.cpp" line="305"/>
        <location filename="../model/validation/decoderules.cpp" line="347"/>
        <source>Remove the field</source>
        <translation>필드 제거</translation>
    </message>
    <message>
        <location filename="../model/validation/decoderules.cpp" line="361"/>
        <source>resourceVersion should not be set on objects to be created</source>
        <translation>생성할 오브젝트에는 resourceVersion을 설정하면 안 됩니다</translation>
    </message>
    <message>
        <location filename="../model/validation/decoderules.cpp" line="375"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>알 수 없는 필드 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../model/validation/decoderules.cpp" line="392"/>
        <source>apiVersion must be set to &quot;v1&quot;</source>
        <translation>apiVersion을 &quot;v1&quot;로 설정해야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/decoderules.cpp" line="393"/>
        <location filename="../model/validation/decoderules.cpp" line="403"/>
        <source>Set apiVersion to v1</source>
        <translation>apiVersion을 v1로 설정</translation>
    </message>
    <message>
        <location filename="../model/validation/decoderules.cpp" line="401"/>
        <source>a Service is served as apiVersion &quot;v1&quot;, not %1</source>
        <translation>서비스는 %1이(가) 아니라 apiVersion &quot;v1&quot;로 제공됩니다</translation>
    </message>
    <message>
        <location filename="../model/validation/decoderules.cpp" line="413"/>
        <source>kind must be set to &quot;Service&quot;</source>
        <translation>kind를 &quot;Service&quot;로 설정해야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/decoderules.cpp" line="414"/>
        <location filename="../model/validation/decoderules.cpp" line="423"/>
        <source>Set kind to Service</source>
        <translation>kind를 Service로 설정</translation>
    </message>
    <message>
        <location filename="../model/validation/decoderules.cpp" line="422"/>
        <source>expected kind &quot;Service&quot;, found %1</source>
        <translation>kind는 &quot;Service&quot;여야 합니다(실제: %1)</translation>
    </message>
    <message>
        <location filename="../model/validation/metadatarules.cpp" line="36"/>
        <location filename="../model/validation/metadatarules.cpp" line="303"/>
        <source>name or generateName is required</source>
        <translation>name 또는 generateName이 필요합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/metadatarules.cpp" line="111"/>
        <source>Too long: must have at most %1 bytes</source>
        <translation>너무 김: 최대 %1바이트여야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/metadatarules.cpp" line="122"/>
        <source>must match annotations[%1] when both are specified</source>
        <translation>둘 다 지정하면 annotations[%1]와(과) 값이 같아야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/metadatarules.cpp" line="124"/>
        <source>Use the topology-aware-hints value</source>
        <translation>topology-aware-hints 어노테이션의 값 사용</translation>
    </message>
    <message>
        <location filename="../model/validation/metadatarules.cpp" line="184"/>
        <source>version must not be empty</source>
        <translation>version은 비어 있을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/metadatarules.cpp" line="191"/>
        <source>kind must not be empty</source>
        <translation>kind는 비어 있을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/metadatarules.cpp" line="198"/>
        <source>name must not be empty</source>
        <translation>name은 비어 있을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/metadatarules.cpp" line="206"/>
        <source>uid must not be empty</source>
        <translation>uid는 비어 있을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/metadatarules.cpp" line="213"/>
        <source>%1 is disallowed from being an owner</source>
        <translation>%1은(는) 소유자가 될 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/metadatarules.cpp" line="225"/>
        <source>Only one reference can have Controller set to true. Found &quot;true&quot; in references for %1 and %2</source>
        <translation>Controller를 true로 설정할 수 있는 참조는 하나뿐입니다. %1과(와) %2의 참조에서 &quot;true&quot;가 발견되었습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/metadatarules.cpp" line="262"/>
        <source>name is neither a standard finalizer name nor is it fully qualified</source>
        <translation>표준 파이널라이저 이름도 아니고 정규화된 이름도 아닙니다</translation>
    </message>
    <message>
        <location filename="../model/validation/metadatarules.cpp" line="275"/>
        <source>finalizer orphan and foregroundDeletion cannot be both set</source>
        <translation>파이널라이저 orphan과 foregroundDeletion은 함께 설정할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/metadatarules.cpp" line="290"/>
        <source>must be greater than or equal to 0</source>
        <translation>0 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/typerules.cpp" line="27"/>
        <source>may not be set to &apos;None&apos; for LoadBalancer services</source>
        <translation>LoadBalancer 서비스에서는 &apos;None&apos;으로 설정할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/typerules.cpp" line="34"/>
        <source>may not be set to &apos;None&apos; for NodePort services</source>
        <translation>NodePort 서비스에서는 &apos;None&apos;으로 설정할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/typerules.cpp" line="39"/>
        <source>may not be set for ExternalName services</source>
        <translation>ExternalName 서비스에서는 설정할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/typerules.cpp" line="45"/>
        <source>Remove clusterIP</source>
        <translation>clusterIP 제거</translation>
    </message>
    <message>
        <location filename="../model/validation/typerules.cpp" line="57"/>
        <source>Remove ipFamilies</source>
        <translation>ipFamilies 제거</translation>
    </message>
    <message>
        <location filename="../model/validation/typerules.cpp" line="67"/>
        <source>Remove ipFamilyPolicy</source>
        <translation>ipFamilyPolicy 제거</translation>
    </message>
    <message>
        <location filename="../model/validation/portrules.cpp" line="36"/>
        <source>Name the port</source>
        <translation>포트에 이름 붙이기</translation>
    </message>
    <message>
        <location filename="../model/validation/portrules.cpp" line="132"/>
        <source>Remove nodePort</source>
        <translation>nodePort 제거</translation>
    </message>
    <message>
        <location filename="../model/validation/portrules.cpp" line="153"/>
        <source>provided port is not in the valid range. The range of valid ports is %1-%2</source>
        <translation>지정한 포트가 유효 범위를 벗어났습니다. 유효한 포트 범위는 %1-%2입니다</translation>
    </message>
    <message>
        <location filename="../model/validation/portrules.cpp" line="166"/>
        <source>nodePort %1 is outside the default node-port range 30000-32767; the cluster must have been started with a --service-node-port-range that includes it</source>
        <translation>nodePort %1은(는) 기본 노드 포트 범위 30000-32767을 벗어납니다. 클러스터가 이 포트를 포함하는 --service-node-port-range로 시작되어 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/portrules.cpp" line="190"/>
        <source>may not be used when `type` is &apos;ClusterIP&apos;</source>
        <translation>`type`이 &apos;ClusterIP&apos;이면 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/portrules.cpp" line="203"/>
        <source>provided port is already allocated</source>
        <translation>지정한 포트는 이미 할당되었습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/portrules.cpp" line="236"/>
        <location filename="../model/validation/trafficrules.cpp" line="153"/>
        <source>Remove healthCheckNodePort</source>
        <translation>healthCheckNodePort 제거</translation>
    </message>
    <message>
        <location filename="../model/validation/portrules.cpp" line="245"/>
        <source>healthCheckNodePort %1 is outside the default node-port range 30000-32767; the cluster must have been started with a --service-node-port-range that includes it</source>
        <translation>healthCheckNodePort %1이(가) 기본 노드 포트 범위 30000-32767 밖에 있습니다. 클러스터가 이 포트를 포함하는 --service-node-port-range로 시작되어 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/portrules.cpp" line="263"/>
        <source>Internal error occurred: failed to allocate requested HealthCheck NodePort %1: provided port is not in the valid range. The range of valid ports is %2-%3</source>
        <translation>내부 오류 발생: 요청한 HealthCheck NodePort %1 할당 실패: 지정한 포트가 유효 범위를 벗어났습니다. 유효한 포트 범위는 %2-%3입니다</translation>
    </message>
    <message>
        <location filename="../model/validation/portrules.cpp" line="285"/>
        <source>{Protocol: %1, Port: %2}</source>
        <translation>{프로토콜: %1, 포트: %2}</translation>
    </message>
    <message>
        <location filename="../model/validation/selectorrules.cpp" line="44"/>
        <source>must be greater than 0 and less than %1</source>
        <translation>0보다 크고 %1보다 작아야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/selectorrules.cpp" line="45"/>
        <source>Use the default timeout (10800 seconds)</source>
        <translation>기본 타임아웃(10800초) 사용</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="56"/>
        <source>first value must match `clusterIP`</source>
        <translation>첫 값은 `clusterIP`와 같아야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="62"/>
        <source>must be empty when `clusterIP` is not specified</source>
        <translation>`clusterIP`를 지정하지 않으면 비어 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="63"/>
        <source>Set clusterIP to the first of clusterIPs</source>
        <translation>clusterIP를 clusterIPs의 첫 값으로 설정</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="80"/>
        <source>&apos;None&apos; must be the first and only value</source>
        <translation>&apos;None&apos;은 첫 번째이자 유일한 값이어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="97"/>
        <source>may only hold up to 2 values</source>
        <translation>값은 최대 2개까지만 가질 수 있습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="133"/>
        <source>may specify no more than one IP for each IP family</source>
        <translation>IP 패밀리마다 IP를 하나만 지정할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="148"/>
        <source>expected an IPv4 value as indicated by `ipFamilies[%1]`</source>
        <translation>`ipFamilies[%1]`에 따라 IPv4 값이어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="156"/>
        <source>expected an IPv6 value as indicated by `ipFamilies[%1]`</source>
        <translation>`ipFamilies[%1]`에 따라 IPv6 값이어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="186"/>
        <source>Set ipFamilyPolicy to PreferDualStack</source>
        <translation>ipFamilyPolicy를 PreferDualStack으로 설정</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="196"/>
        <source>must be &apos;RequireDualStack&apos; or &apos;PreferDualStack&apos; when multiple cluster IPs are specified</source>
        <translation>클러스터 IP를 여러 개 지정하면 &apos;RequireDualStack&apos; 또는 &apos;PreferDualStack&apos;이어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="206"/>
        <source>must be &apos;RequireDualStack&apos; or &apos;PreferDualStack&apos; when multiple IP families are specified</source>
        <translation>IP 패밀리를 여러 개 지정하면 &apos;RequireDualStack&apos; 또는 &apos;PreferDualStack&apos;이어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="238"/>
        <source>may not be unspecified (%1)</source>
        <translation>미지정 주소(%1)일 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="243"/>
        <source>may not be in the loopback range (127.0.0.0/8, ::1/128)</source>
        <translation>루프백 범위(127.0.0.0/8, ::1/128)에 있을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="245"/>
        <source>may not be in the link-local range (169.254.0.0/16, fe80::/10)</source>
        <translation>링크 로컬 범위(169.254.0.0/16, fe80::/10)에 있을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="249"/>
        <source>may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)</source>
        <translation>링크 로컬 멀티캐스트 범위(224.0.0.0/24, ff02::/10)에 있을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="321"/>
        <source>RequireDualStack needs a dual-stack cluster: a single-stack cluster rejects it (give the cluster&apos;s Service CIDRs to check)</source>
        <translation>RequireDualStack는 듀얼 스택 클러스터가 필요합니다: 단일 스택 클러스터는 이를 거부합니다(확인하려면 클러스터의 서비스 CIDR을 지정하세요)</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="337"/>
        <source>needs a cluster that serves IPv6: a single-stack IPv4 cluster rejects it (give the cluster&apos;s Service CIDRs to check)</source>
        <translation>IPv6를 제공하는 클러스터가 필요합니다: 단일 스택 IPv4 클러스터는 이를 거부합니다(확인하려면 클러스터의 서비스 CIDR을 지정하세요)</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="347"/>
        <source>%1 must be inside the cluster&apos;s Service CIDR (10.96.0.0/12 on a default kubeadm cluster) and not used by another Service</source>
        <translation>%1은(는) 클러스터의 서비스 CIDR(기본 kubeadm 클러스터에서는 10.96.0.0/12) 안에 있어야 하고 다른 서비스가 쓰고 있지 않아야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="381"/>
        <source>IPv4 is not configured on this cluster</source>
        <translation>이 클러스터에는 IPv4가 구성되어 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="382"/>
        <source>IPv6 is not configured on this cluster</source>
        <translation>이 클러스터에는 IPv6가 구성되어 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="393"/>
        <source>this cluster is not configured for dual-stack services</source>
        <translation>이 클러스터는 듀얼 스택 서비스용으로 구성되어 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="411"/>
        <source>not configured on this cluster</source>
        <translation>이 클러스터에 구성되어 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="440"/>
        <source>failed to allocate IP %1: provided IP is already allocated</source>
        <translation>IP %1 할당 실패: 지정한 IP는 이미 할당되었습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="456"/>
        <source>failed to allocate IP %1: provided IP is not in the valid range. The range of valid IPs is %2</source>
        <translation>IP %1 할당 실패: 지정한 IP가 유효한 범위에 있지 않습니다. 유효한 IP 범위는 %2입니다</translation>
    </message>
    <message>
        <location filename="../model/validation/trafficrules.cpp" line="18"/>
        <source>may only be used when `type` is &apos;LoadBalancer&apos;</source>
        <translation>`type`이 &apos;LoadBalancer&apos;일 때만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/trafficrules.cpp" line="44"/>
        <source>Remove loadBalancerSourceRanges</source>
        <translation>loadBalancerSourceRanges 제거</translation>
    </message>
    <message>
        <location filename="../model/validation/trafficrules.cpp" line="73"/>
        <location filename="../model/validation/providerrules_p.cpp" line="171"/>
        <source>Remove the annotation</source>
        <translation>어노테이션 제거</translation>
    </message>
    <message>
        <location filename="../model/validation/trafficrules.cpp" line="101"/>
        <source>Remove allocateLoadBalancerNodePorts</source>
        <translation>allocateLoadBalancerNodePorts 제거</translation>
    </message>
    <message>
        <location filename="../model/validation/trafficrules.cpp" line="112"/>
        <location filename="../model/validation/providerrules.cpp" line="65"/>
        <source>Remove loadBalancerClass</source>
        <translation>loadBalancerClass 제거</translation>
    </message>
    <message>
        <location filename="../model/validation/trafficrules.cpp" line="137"/>
        <source>may only be set for externally-accessible services</source>
        <translation>외부에서 접근 가능한 서비스에만 설정할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/trafficrules.cpp" line="138"/>
        <source>Remove externalTrafficPolicy</source>
        <translation>externalTrafficPolicy 제거</translation>
    </message>
    <message>
        <location filename="../model/validation/trafficrules.cpp" line="151"/>
        <source>may only be set when `type` is &apos;LoadBalancer&apos; and `externalTrafficPolicy` is &apos;Local&apos;</source>
        <translation>`type`이 &apos;LoadBalancer&apos;이고 `externalTrafficPolicy`가 &apos;Local&apos;일 때만 설정할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/trafficrules.cpp" line="169"/>
        <source>Set trafficDistribution to PreferClose</source>
        <translation>trafficDistribution을 PreferClose로 설정</translation>
    </message>
    <message>
        <location filename="../model/validation/trafficrules.cpp" line="185"/>
        <source>spec.externalIPs is ignored when spec.type is &quot;ExternalName&quot;</source>
        <translation>spec.type이 &quot;ExternalName&quot;이면 spec.externalIPs는 무시됩니다</translation>
    </message>
    <message>
        <location filename="../model/validation/trafficrules.cpp" line="187"/>
        <source>Remove externalIPs</source>
        <translation>externalIPs 제거</translation>
    </message>
    <message>
        <location filename="../model/validation/trafficrules.cpp" line="194"/>
        <source>spec.externalName is ignored when spec.type is not &quot;ExternalName&quot;</source>
        <translation>spec.type이 &quot;ExternalName&quot;이 아니면 spec.externalName은 무시됩니다</translation>
    </message>
    <message>
        <location filename="../model/validation/trafficrules.cpp" line="196"/>
        <source>Remove externalName</source>
        <translation>externalName 제거</translation>
    </message>
    <message>
        <location filename="../model/validation/trafficrules.cpp" line="205"/>
        <source>annotation service.kubernetes.io/topology-aware-hints is deprecated, please use service.kubernetes.io/topology-mode instead</source>
        <translation>service.kubernetes.io/topology-aware-hints 어노테이션은 더 이상 사용되지 않습니다. 대신 service.kubernetes.io/topology-mode를 사용하세요</translation>
    </message>
    <message>
        <location filename="../model/validation/warningrules.cpp" line="31"/>
        <source>%1: non-standard IP address %2 will be considered invalid in a future Kubernetes release: use %3</source>
        <translation>%1: 비표준 IP 주소 %2은(는) 향후 쿠버네티스 릴리스에서 잘못된 값으로 간주됩니다. %3을(를) 사용하세요</translation>
    </message>
    <message>
        <location filename="../model/validation/warningrules.cpp" line="39"/>
        <source>%1: IPv6 address %2 should be in RFC 5952 canonical format (%3)</source>
        <translation>%1: IPv6 주소 %2은(는) RFC 5952 정규 형식(%3)이어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/warningrules.cpp" line="51"/>
        <source>%1: IP address was accepted, but will be invalid in a future Kubernetes release: ParseAddr(%2): %3</source>
        <translation>%1: IP 주소가 허용되었지만 향후 쿠버네티스 릴리스에서는 잘못된 값이 됩니다: ParseAddr(%2): %3</translation>
    </message>
    <message>
        <location filename="../model/validation/warningrules.cpp" line="56"/>
        <source>IPv4 field has octet with leading zero</source>
        <translation>IPv4 필드의 옥텟이 0으로 시작합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/warningrules.cpp" line="57"/>
        <source>unable to parse IP</source>
        <translation>IP를 해석할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/warningrules.cpp" line="62"/>
        <source>%1: IPv6 address %2 is not in RFC 5952 canonical format (%3), which may cause controller apply-loops</source>
        <translation>%1: IPv6 주소 %2이(가) RFC 5952 정규 형식(%3)이 아니어서 컨트롤러가 적용을 반복할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/warningrules.cpp" line="93"/>
        <source>%1: IP prefix was accepted, but will be invalid in a future Kubernetes release: netip.ParsePrefix(%2)</source>
        <translation>%1: IP 접두사가 허용되었지만 향후 쿠버네티스 릴리스에서는 잘못된 값이 됩니다: netip.ParsePrefix(%2)</translation>
    </message>
    <message>
        <location filename="../model/validation/warningrules.cpp" line="101"/>
        <source>%1: IPv6 prefix %2 is not in RFC 5952 canonical format (%3), which may cause controller apply-loops</source>
        <translation>%1: IPv6 접두사 %2이(가) RFC 5952 정규 형식(%3)이 아니어서 컨트롤러가 적용을 반복할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/warningrules.cpp" line="123"/>
        <source>%1: CIDR value %2 is ambiguous in this context (should be %3 or %4?)</source>
        <translation>%1: CIDR 값 %2은(는) 이 맥락에서 모호합니다(%3 또는 %4를 의도했나요?)</translation>
    </message>
    <message>
        <location filename="../model/validation/warningrules.cpp" line="135"/>
        <source>%1: non-standard CIDR value %2 will be considered invalid in a future Kubernetes release: use %3</source>
        <translation>%1: 비표준 CIDR 값 %2은(는) 향후 쿠버네티스 릴리스에서 잘못된 값으로 간주됩니다. %3을(를) 사용하세요</translation>
    </message>
    <message>
        <location filename="../model/validation/warningrules.cpp" line="143"/>
        <source>%1: IPv6 CIDR value %2 should be in RFC 5952 canonical format (%3)</source>
        <translation>%1: IPv6 CIDR 값 %2은(는) RFC 5952 정규 형식(%3)이어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/crossdocrules.cpp" line="138"/>
        <source>no label %1</source>
        <translation>레이블 %1 없음</translation>
    </message>
    <message>
        <location filename="../model/validation/crossdocrules.cpp" line="192"/>
        <source>no container of %1 has a port named %2, so the Service finds no port to send this traffic to in its pods</source>
        <translation>%1의 어떤 컨테이너에도 이름이 %2인 포트가 없어, 서비스가 파드에서 이 트래픽을 보낼 포트를 찾지 못합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/crossdocrules.cpp" line="201"/>
        <source>the container port %1 of %2 is %3 but this Service port is %4; a named port resolves only to a container port of the same protocol, so these pods get no endpoints for it</source>
        <translation>%2의 컨테이너 포트 %1은(는) %3이지만 이 서비스 포트는 %4입니다. 이름 있는 포트는 같은 프로토콜의 컨테이너 포트로만 연결되므로, 이 파드들은 이 포트의 엔드포인트가 되지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/crossdocrules.cpp" line="236"/>
        <source>no container of %1 declares containerPort %2; declaring ports is optional in Kubernetes, so this works if the container listens on %2, but check the number</source>
        <translation>%1의 어떤 컨테이너도 containerPort %2을(를) 선언하지 않습니다. 쿠버네티스에서 포트 선언은 선택 사항이므로 컨테이너가 %2에서 수신하면 동작하지만, 번호를 확인하세요</translation>
    </message>
    <message>
        <location filename="../model/validation/crossdocrules.cpp" line="246"/>
        <source>%1 declares containerPort %2 as %3 but this Service port is %4; the traffic arrives over a protocol the container does not declare</source>
        <translation>%1은(는) containerPort %2을(를) %3(으)로 선언했지만 이 서비스 포트는 %4입니다. 트래픽이 컨테이너가 선언하지 않은 프로토콜로 도착합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/crossdocrules.cpp" line="335"/>
        <source>no pod template in this file has the labels %1; the nearest is %2 with %3. Unless such pods come from elsewhere, the Service has no endpoints</source>
        <translation>이 파일의 어떤 파드 템플릿에도 레이블 %1이(가) 없습니다. 가장 가까운 것은 %3인 %2입니다. 그런 파드가 다른 곳에서 오지 않는 한, 서비스에는 엔드포인트가 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="44"/>
        <source>spec.loadBalancerClass is one of %1</source>
        <translation>spec.loadBalancerClass가 %1 중 하나임</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="47"/>
        <source>%1 is not set</source>
        <translation>%1이(가) 설정되지 않음</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="48"/>
        <source>%1 is %2</source>
        <translation>%1이(가) %2임</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="53"/>
        <source>protocol %1</source>
        <translation>프로토콜 %1</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="56"/>
        <source>no %1</source>
        <comment>a per-port setting that is not set</comment>
        <translation>%1 없음</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="58"/>
        <source>%1 %2</source>
        <comment>a per-port setting and its values: protocol &quot;https&quot;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="63"/>
        <source>listed in %1</source>
        <translation>%1에 나열됨</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="65"/>
        <source>sharing its number with another port</source>
        <translation>다른 포트와 번호가 같음</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="66"/>
        <source>no port with %1</source>
        <translation>%1인 포트 없음</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="67"/>
        <source>a port with %1</source>
        <translation>%1인 포트</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="73"/>
        <source> and </source>
        <translation> 그리고 </translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="73"/>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="76"/>
        <source>the annotation %1 is not set</source>
        <translation>어노테이션 %1이(가) 설정되지 않음</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="78"/>
        <source>the annotation %1 lists %2</source>
        <translation>어노테이션 %1에 %2이(가) 나열됨</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="80"/>
        <source>the annotation %1 is set</source>
        <translation>어노테이션 %1이(가) 설정됨</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="82"/>
        <source>the annotation %1 is %2</source>
        <translation>어노테이션 %1이(가) %2임</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="84"/>
        <source>not: %1</source>
        <translation>아님: %1</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="111"/>
        <location filename="../model/validation/providerrules_backend.cpp" line="119"/>
        <source>Set the annotation %1 to %2</source>
        <translation>어노테이션 %1을(를) %2(으)로 설정</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="113"/>
        <source>Set the annotations the condition needs</source>
        <translation>조건에 필요한 어노테이션 설정</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="186"/>
        <source>Rename the annotation to %1</source>
        <translation>어노테이션 이름을 %1(으)로 변경</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="238"/>
        <source>%1, %2</source>
        <comment>provider, load-balancer type</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="282"/>
        <source>%1 supports %2 only when this holds: %3</source>
        <translation>%1은(는) 다음 조건을 만족할 때만 %2을(를) 지원합니다: %3</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="287"/>
        <source>Whether %1 supports %2 depends on the implementation; check it before you rely on it.</source>
        <translation>%1이(가) %2을(를) 지원하는지는 구현에 따라 다릅니다. 이에 의존하기 전에 확인하세요.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="300"/>
        <source>%1 does not support %2: its controller refuses the Service and the load balancer is never created.</source>
        <translation>%1은(는) %2을(를) 지원하지 않습니다: 컨트롤러가 서비스를 거부하므로 로드밸런서가 만들어지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="309"/>
        <source>%1 does not support %2: it is left out of the load balancer.</source>
        <translation>%1은(는) %2을(를) 지원하지 않습니다: 로드밸런서에서 제외됩니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="318"/>
        <source>%1 does not support %2: it has no effect.</source>
        <translation>%1은(는) %2을(를) 지원하지 않습니다: 아무 효과가 없습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_p.cpp" line="327"/>
        <source>%1 does not support %2.</source>
        <translation>%1은(는) %2을(를) 지원하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules.cpp" line="38"/>
        <source>Set loadBalancerClass to %1</source>
        <translation>loadBalancerClass를 %1(으)로 설정</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules.cpp" line="48"/>
        <source>%1 acts on a Service without spec.loadBalancerClass only when this holds: %2. It makes no load balancer for this one, unless something sets the class %3 when the Service is created.</source>
        <translation>%1은(는) spec.loadBalancerClass가 없는 서비스를 다음 조건이 맞을 때만 처리합니다: %2. 서비스를 만들 때 무언가가 클래스 %3을(를) 설정하지 않는 한, 이 서비스에는 로드밸런서를 만들지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules.cpp" line="57"/>
        <source>%1 acts only on Services of class %2: without spec.loadBalancerClass no load balancer is made for this Service.</source>
        <translation>%1은(는) 클래스가 %2인 서비스만 처리합니다: spec.loadBalancerClass가 없으면 이 서비스에는 로드밸런서가 만들어지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules.cpp" line="72"/>
        <source>%1 ignores Services that set spec.loadBalancerClass: no load balancer is made for this Service unless a controller for class %2 runs in the cluster.</source>
        <translation>%1은(는) spec.loadBalancerClass를 설정한 서비스를 무시합니다: 클래스 %2용 컨트롤러가 클러스터에서 실행되지 않는 한 이 서비스에는 로드밸런서가 만들어지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules.cpp" line="79"/>
        <source>%1 acts only on the classes %2; class %3 is left to another controller.</source>
        <translation>%1은(는) 클래스 %2만 처리합니다. 클래스 %3은(는) 다른 컨트롤러가 맡습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules.cpp" line="99"/>
        <source>%1 leaves this Service to another load-balancer controller because of %2; choose that controller as the provider to check it.</source>
        <translation>%1은(는) %2 때문에 이 서비스를 다른 로드밸런서 컨트롤러에 맡깁니다. 이 서비스를 검사하려면 그 컨트롤러를 프로바이더로 선택하세요.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules.cpp" line="118"/>
        <source>The cluster has no load-balancer implementation (%1): a LoadBalancer Service stays pending forever (its node ports still work).</source>
        <translation>클러스터에 로드밸런서 구현이 없습니다(%1): LoadBalancer 서비스는 계속 보류(pending) 상태로 남습니다(노드 포트는 그래도 동작합니다).</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules.cpp" line="122"/>
        <source>Make it a NodePort Service</source>
        <translation>NodePort 서비스로 변경</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_rejections.cpp" line="79"/>
        <source>Remove %1</source>
        <translation>%1 제거</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_rejections.cpp" line="118"/>
        <source>%1 refuses this Service: %2</source>
        <translation>%1은(는) 이 서비스를 거부합니다: %2</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_rejections.cpp" line="119"/>
        <source>%1: %2</source>
        <comment>provider, what it does</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_rejections.cpp" line="122"/>
        <source>%1 refuses a Service with %2 %3: the load balancer is never created.</source>
        <translation>%1은(는) %2이(가) %3인 서비스를 거부합니다: 로드밸런서가 만들어지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_rejections.cpp" line="126"/>
        <source>%1 refuses a Service with this %2: the load balancer is never created.</source>
        <translation>%1은(는) 이 %2이(가) 있는 서비스를 거부합니다: 로드밸런서가 만들어지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_protocols.cpp" line="71"/>
        <source>Use %1 (%2)</source>
        <translation>%1 사용(%2)</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_protocols.cpp" line="110"/>
        <source>%1 ports</source>
        <translation>%1 포트</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_protocols.cpp" line="148"/>
        <source>several protocols (%1) in one Service</source>
        <translation>한 서비스 안의 여러 프로토콜(%1)</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_protocols.cpp" line="169"/>
        <source>TCP and UDP on the same port (%1)</source>
        <translation>같은 포트(%1)의 TCP와 UDP</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_proxy.cpp" line="45"/>
        <source>%1 refuses PROXY protocol (%2) on UDP port %3: the load balancer is never created.</source>
        <translation>%1은(는) UDP 포트 %3의 PROXY protocol(%2)을 거부합니다: 로드밸런서가 만들어지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_proxy.cpp" line="57"/>
        <source>%1 does not apply PROXY protocol (%2) to UDP port %3.</source>
        <translation>%1은(는) UDP 포트 %3에 PROXY protocol(%2)을 적용하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_proxy.cpp" line="101"/>
        <location filename="../model/validation/annotationrules.cpp" line="79"/>
        <location filename="../model/validation/annotationrules.cpp" line="104"/>
        <source>Set it to %1</source>
        <translation>%1(으)로 설정</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_proxy.cpp" line="113"/>
        <source>%1 does not accept %2 for PROXY protocol; it accepts %3.</source>
        <translation>%1은(는) PROXY protocol에 %2을(를) 허용하지 않습니다. 허용하는 값은 %3입니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_proxy.cpp" line="131"/>
        <location filename="../model/validation/providerrules_proxy.cpp" line="183"/>
        <source>PROXY protocol</source>
        <translation>PROXY protocol</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_proxy.cpp" line="137"/>
        <source>%1 now sends a PROXY protocol v%2 header at the start of every connection: the workload behind this Service must expect it (for example proxy_protocol on an nginx listener), or every connection fails.</source>
        <translation>이제 %1은(는) 모든 연결의 시작에 PROXY protocol v%2 헤더를 보냅니다: 이 서비스 뒤의 워크로드가 이 헤더를 받도록 설정되어 있어야 하며(예: nginx 리스너의 proxy_protocol), 그렇지 않으면 모든 연결이 실패합니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_proxy.cpp" line="144"/>
        <source>%1 now sends a PROXY protocol header (its version is not documented) at the start of every connection: the workload behind this Service must expect it, or every connection fails.</source>
        <translation>이제 %1은(는) 모든 연결의 시작에 PROXY protocol 헤더(버전은 문서화되지 않음)를 보냅니다: 이 서비스 뒤의 워크로드가 이 헤더를 받도록 설정되어 있어야 하며, 그렇지 않으면 모든 연결이 실패합니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_tls.cpp" line="36"/>
        <source>TLS termination</source>
        <translation>TLS 종료</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_tls.cpp" line="72"/>
        <source>%1 refuses the Service for it: the load balancer is never created.</source>
        <translation>%1은(는) 이 때문에 서비스를 거부합니다: 로드밸런서가 만들어지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_tls.cpp" line="95"/>
        <source>%1 does not trim the entries of %2: %3 names ports that do not exist, so those ports silently get no TLS. Write the list without spaces.</source>
        <translation>%1은(는) %2의 항목에서 공백을 제거하지 않습니다: %3은(는) 존재하지 않는 포트를 가리키므로, 해당 포트에는 아무 경고 없이 TLS가 적용되지 않습니다. 목록을 공백 없이 쓰세요.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_tls.cpp" line="101"/>
        <source>Remove the spaces</source>
        <translation>공백 제거</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_tls.cpp" line="119"/>
        <source>On %1, &quot;*&quot; in %2 matches no port: no port gets TLS. Leave the annotation out to use TLS on every port, or list the ports.</source>
        <translation>%1에서는 %2의 &quot;*&quot;가 어떤 포트와도 일치하지 않습니다: 어떤 포트에도 TLS가 적용되지 않습니다. 모든 포트에 TLS를 쓰려면 어노테이션을 빼거나, 포트를 나열하세요.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_tls.cpp" line="125"/>
        <source>On %1, &quot;*&quot; in %2 matches no port: no port gets TLS. List the ports.</source>
        <translation>%1에서는 %2의 &quot;*&quot;가 어떤 포트와도 일치하지 않습니다: 어떤 포트에도 TLS가 적용되지 않습니다. 포트를 나열하세요.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_tls.cpp" line="146"/>
        <source>%1 in %2 is neither the number nor the name of a port of this Service.</source>
        <translation>%2의 %1은(는) 이 서비스의 포트 번호도 포트 이름도 아닙니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_tls.cpp" line="165"/>
        <source>A certificate is set, but %1 terminates TLS on no port of this Service.</source>
        <translation>인증서가 설정되어 있지만 %1은(는) 이 서비스의 어떤 포트에서도 TLS를 종료하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_tls.cpp" line="168"/>
        <source>A certificate is set, but %1 selects no port of this Service: %2 terminates TLS on none.</source>
        <translation>인증서가 설정되어 있지만 %1이(가) 이 서비스의 어떤 포트도 선택하지 않습니다: %2은(는) 어떤 포트에서도 TLS를 종료하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_backend.cpp" line="56"/>
        <source>%1 does not accept %2 for %3; it accepts %4.</source>
        <translation>%1은(는) %3에 %2을(를) 허용하지 않습니다. 허용하는 값은 %4입니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_backend.cpp" line="69"/>
        <source>%1: %2 makes the load balancer speak plain HTTP to the pods, but appProtocol %3 says they expect TLS.</source>
        <translation>%1: %2 설정으로 로드밸런서는 파드와 평문 HTTP로 통신하지만, appProtocol %3은(는) 파드가 TLS를 기대한다고 나타냅니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_backend.cpp" line="73"/>
        <source>%1: %2 makes the load balancer speak TLS to the pods, but appProtocol %3 says they expect cleartext.</source>
        <translation>%1: %2 설정으로 로드밸런서는 파드와 TLS로 통신하지만, appProtocol %3은(는) 파드가 평문을 기대한다고 나타냅니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_backend.cpp" line="114"/>
        <source>%1 does not read appProtocol: to make the load balancer speak %2 to the pods, set the annotation %3: %4 instead.</source>
        <translation>%1은(는) appProtocol을 읽지 않습니다: 로드밸런서가 파드와 %2(으)로 통신하게 하려면 대신 어노테이션 %3: %4을(를) 설정하세요.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_backend.cpp" line="129"/>
        <source>%1 does not read appProtocol, and has no annotation that makes the load balancer speak %2 to the pods: appProtocol is only a hint for Gateway API and service-mesh implementations here.</source>
        <translation>%1은(는) appProtocol을 읽지 않으며, 로드밸런서가 파드와 %2(으)로 통신하게 하는 어노테이션도 없습니다: 여기서 appProtocol은 Gateway API와 서비스 메시 구현을 위한 힌트일 뿐입니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="79"/>
        <source>it must be at least %1</source>
        <translation>%1 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="81"/>
        <source>it must be at most %1</source>
        <translation>%1 이하여야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="107"/>
        <source>it must be one of %1</source>
        <translation>%1 중 하나여야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="116"/>
        <source>it has an empty item</source>
        <translation>빈 항목이 있습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="121"/>
        <source>%1 is not an integer</source>
        <translation>%1은(는) 정수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="127"/>
        <source>%1 is neither the number nor the name of a port of this Service</source>
        <translation>%1은(는) 이 서비스의 포트 번호도 포트 이름도 아닙니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="133"/>
        <source>%1 is not an IP address</source>
        <translation>%1은(는) IP 주소가 아닙니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="135"/>
        <source>%1 is not an IPv4 address</source>
        <translation>%1은(는) IPv4 주소가 아닙니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="137"/>
        <source>%1 is not an IPv6 address</source>
        <translation>%1은(는) IPv6 주소가 아닙니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="143"/>
        <source>%1 is not a CIDR</source>
        <translation>%1은(는) CIDR이 아닙니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="147"/>
        <source>%1 is not an ARN (arn:...)</source>
        <translation>%1은(는) ARN(arn:...)이 아닙니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="149"/>
        <source>%1 is not one of %2</source>
        <translation>%1은(는) %2 중 하나가 아닙니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="170"/>
        <source>%1 is not key=value</source>
        <translation>%1은(는) key=value 형식이 아닙니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="172"/>
        <source>%1 is not one of the keys %2</source>
        <translation>%1은(는) 키 %2 중 하나가 아닙니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="176"/>
        <source>the value of %1 must be one of %2</source>
        <translation>%1의 값은 %2 중 하나여야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="187"/>
        <source>the field %1 must be a JSON string</source>
        <translation>필드 %1은(는) JSON 문자열이어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="190"/>
        <source>the field %1 must be an integer</source>
        <translation>필드 %1은(는) 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="193"/>
        <source>the field %1 must be one of %2</source>
        <translation>필드 %1은(는) %2 중 하나여야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="203"/>
        <source>it must be JSON (%1)</source>
        <translation>JSON이어야 합니다(%1)</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="207"/>
        <source>it must be a JSON object</source>
        <translation>JSON 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="223"/>
        <source>%1 is not the name of a port of this Service</source>
        <translation>%1은(는) 이 서비스의 포트 이름이 아닙니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="227"/>
        <source>the value for %1 must be one of %2</source>
        <translation>%1에 대한 값은 %2 중 하나여야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="247"/>
        <source>it must not be longer than %1 characters</source>
        <translation>%1자보다 길면 안 됩니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="255"/>
        <source>it must be &quot;true&quot; or &quot;false&quot;</source>
        <translation>&quot;true&quot; 또는 &quot;false&quot;여야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="263"/>
        <source>it must be true or false (or 1, t, T, TRUE, True, 0, f, F, FALSE, False)</source>
        <translation>true 또는 false여야 합니다(또는 1, t, T, TRUE, True, 0, f, F, FALSE, False)</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="272"/>
        <source>it must be an integer</source>
        <translation>정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="273"/>
        <source>it must be an integer or one of %1</source>
        <translation>정수이거나 %1 중 하나여야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="278"/>
        <source>it must be a number</source>
        <translation>숫자여야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="291"/>
        <source>it must be a duration such as 5s, 1m30s or 250ms</source>
        <translation>5s, 1m30s, 250ms 같은 기간이어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="297"/>
        <source>it must be between 1 and 65535</source>
        <translation>1에서 65535 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/providerrules_values.cpp" line="298"/>
        <source>it must be a port number or the name of a port of this Service</source>
        <translation>포트 번호이거나 이 서비스의 포트 이름이어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/platformrules.cpp" line="34"/>
        <source>SCTP is not supported on Windows nodes: this port carries no traffic in a cluster of Windows nodes.</source>
        <translation>Windows 노드는 SCTP를 지원하지 않습니다: Windows 노드로 이루어진 클러스터에서 이 포트는 트래픽을 전달하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/platformrules.cpp" line="41"/>
        <source>SCTP is not supported on Windows nodes: schedule the pods behind this Service on Linux nodes (nodeSelector kubernetes.io/os: linux).</source>
        <translation>Windows 노드는 SCTP를 지원하지 않습니다: 이 서비스 뒤의 파드를 Linux 노드에 스케줄링하세요(nodeSelector kubernetes.io/os: linux).</translation>
    </message>
    <message>
        <location filename="../model/validation/platformrules.cpp" line="50"/>
        <source>The cluster&apos;s network plugin does not support SCTP: this port carries no traffic.</source>
        <translation>클러스터의 네트워크 플러그인이 SCTP를 지원하지 않습니다: 이 포트는 트래픽을 전달하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/platformrules.cpp" line="60"/>
        <source>Multihomed SCTP (one association over several addresses) also needs NAT support for multihomed associations in the kernel; Services do not translate them, so reach multihomed pods by their own addresses.</source>
        <translation>멀티홈 SCTP(여러 주소에 걸친 하나의 연결(association))에는 커널의 멀티홈 연결용 NAT 지원도 필요합니다. 서비스는 이런 연결을 변환하지 않으므로, 멀티홈 파드에는 파드 자체의 주소로 접근하세요.</translation>
    </message>
    <message>
        <location filename="../model/validation/platformrules.cpp" line="66"/>
        <source>The network plugin gives each pod one interface, so SCTP associations to these pods are single-homed. Multihoming needs a plugin that adds interfaces (Multus and the like) and kernel NAT support for multihomed associations, which Services do not provide.</source>
        <translation>네트워크 플러그인이 파드마다 인터페이스를 하나만 주므로, 이 파드로 가는 SCTP 연결(association)은 싱글홈입니다. 멀티홈에는 인터페이스를 추가하는 플러그인(Multus 등)과 멀티홈 연결을 위한 커널 NAT 지원이 필요하며, 서비스는 이를 제공하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/platformrules.cpp" line="103"/>
        <source>appProtocol %1 is the Kubernetes name %2 without its prefix; implementations look for %2.</source>
        <translation>appProtocol %1은(는) 접두사가 빠진 쿠버네티스 이름 %2입니다. 구현은 %2을(를) 찾습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/platformrules.cpp" line="107"/>
        <source>Use %1</source>
        <translation>%1 사용</translation>
    </message>
    <message>
        <location filename="../model/validation/platformrules.cpp" line="117"/>
        <source>appProtocol %1 uses the reserved prefix kubernetes.io/ but is not one of its names: kubernetes.io/h2c, kubernetes.io/ws, kubernetes.io/wss.</source>
        <translation>appProtocol %1은(는) 예약된 접두사 kubernetes.io/를 쓰지만 이 접두사의 이름이 아닙니다: kubernetes.io/h2c, kubernetes.io/ws, kubernetes.io/wss.</translation>
    </message>
    <message>
        <location filename="../model/validation/platformrules.cpp" line="132"/>
        <source>appProtocol %1 is not an IANA service name, and implementations disagree on it (GKE reads HTTP2 as HTTP/2 over TLS, Istio as cleartext HTTP/2). For cleartext HTTP/2 use kubernetes.io/h2c.</source>
        <translation>appProtocol %1은(는) IANA 서비스 이름이 아니며, 구현마다 해석이 다릅니다(GKE는 HTTP2를 TLS 위의 HTTP/2로, Istio는 평문 HTTP/2로 읽습니다). 평문 HTTP/2에는 kubernetes.io/h2c를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../model/validation/platformrules.cpp" line="138"/>
        <source>appProtocol %1 is not a known IANA service name; unprefixed values are reserved for IANA service names. Use a name with a domain prefix (example.com/%2) or a standard one such as http, https or kubernetes.io/h2c.</source>
        <translation>appProtocol %1은(는) 알려진 IANA 서비스 이름이 아닙니다. 접두사 없는 값은 IANA 서비스 이름용으로 예약되어 있습니다. 도메인 접두사가 붙은 이름(example.com/%2)이나 http, https, kubernetes.io/h2c 같은 표준 이름을 사용하세요.</translation>
    </message>
    <message>
        <location filename="../model/validation/annotationrules.cpp" line="72"/>
        <source>%1: the value %2 of %3 is deprecated.</source>
        <translation>%1: %3의 값 %2은(는) 더 이상 사용되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/annotationrules.cpp" line="74"/>
        <source>%1: the value %2 of %3 is deprecated; use %4.</source>
        <translation>%1: %3의 값 %2은(는) 더 이상 사용되지 않습니다. %4을(를) 사용하세요.</translation>
    </message>
    <message>
        <location filename="../model/validation/annotationrules.cpp" line="91"/>
        <source>%1 refuses %2 for %3: %4. The load balancer is never created.</source>
        <translation>%1은(는) %3의 값 %2을(를) 거부합니다: %4. 로드밸런서가 만들어지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/annotationrules.cpp" line="93"/>
        <source>%1 does not accept %2 for %3: %4.</source>
        <translation>%1은(는) %3에 %2을(를) 허용하지 않습니다: %4.</translation>
    </message>
    <message>
        <location filename="../model/validation/annotationrules.cpp" line="163"/>
        <source>The annotation %1 is read by %2 only; %3 ignores it.</source>
        <translation>어노테이션 %1은(는) %2만 읽습니다. %3은(는) 이 어노테이션을 무시합니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/annotationrules.cpp" line="171"/>
        <source>For PROXY protocol use %1.</source>
        <translation>PROXY protocol에는 %1을(를) 사용하세요.</translation>
    </message>
    <message>
        <location filename="../model/validation/annotationrules.cpp" line="190"/>
        <source>The annotation %1 belongs to %2: it is ignored on %3.</source>
        <translation>어노테이션 %1은(는) %2의 어노테이션입니다: %3에서는 무시됩니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/annotationrules.cpp" line="206"/>
        <source>The profile of %1 has no annotation %2: if it is misspelt, it has no effect.</source>
        <translation>%1의 프로파일에는 어노테이션 %2이(가) 없습니다: 철자가 틀렸다면 아무 효과가 없습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/annotationrules.cpp" line="218"/>
        <source>The profile of %1 has no annotation %2; did you mean %3?</source>
        <translation>%1의 프로파일에는 어노테이션 %2이(가) 없습니다. %3을(를) 의도했나요?</translation>
    </message>
    <message>
        <location filename="../model/validation/annotationrules.cpp" line="234"/>
        <source>%1 writes the annotation %2 itself and does not read it: a value set by hand has no effect.</source>
        <translation>%1은(는) 어노테이션 %2을(를) 직접 쓰고 읽지는 않습니다: 직접 설정한 값은 효과가 없습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/annotationrules.cpp" line="252"/>
        <source>The annotation %1 is deprecated on %2.</source>
        <translation>어노테이션 %1은(는) %2에서 더 이상 사용되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../model/validation/annotationrules.cpp" line="253"/>
        <source>The annotation %1 is deprecated on %2; use %3 instead.</source>
        <translation>어노테이션 %1은(는) %2에서 더 이상 사용되지 않습니다. 대신 %3을(를) 사용하세요.</translation>
    </message>
</context>
</TS>
