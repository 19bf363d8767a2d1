<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>sd</name>
    <message>
        <location filename="i18n.cpp" line="72"/>
        <source>English</source>
        <extracomment>The name of the language this catalogue translates into, written in that language.</extracomment>
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="102"/>
        <source>line %1, column %2</source>
        <extracomment>A position in the YAML text, put into other messages where they say &quot;at %N&quot;</extracomment>
        <translation>%1행 %2열</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="147"/>
        <source>the input contains a NUL byte at %1 (offset %2); it looks like binary data, not YAML text</source>
        <extracomment>%1 is a position (&quot;line 3, column 7&quot;), %2 the byte offset in the file</extracomment>
        <translation>입력의 %1(오프셋 %2)에 NUL 바이트가 있습니다. YAML 텍스트가 아니라 이진 데이터로 보입니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="154"/>
        <source>the input contains the control character U+%1 at %2 (offset %3); it looks like binary data, not YAML text</source>
        <extracomment>%1 is the character&apos;s code in hexadecimal (0007), %2 a position (&quot;line 3, column 7&quot;), %3 the byte offset in the file</extracomment>
        <translation>입력의 %2(오프셋 %3)에 제어 문자 U+%1이(가) 있습니다. YAML 텍스트가 아니라 이진 데이터로 보입니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="188"/>
        <source>the input is not valid UTF-8: the byte %1 at %2 (offset %3) is a continuation byte without a lead byte</source>
        <extracomment>%1 is the byte in hexadecimal (0x80), %2 its position (&quot;line 3, column 7&quot;), %3 its byte offset in the file</extracomment>
        <translation>입력이 올바른 UTF-8이 아닙니다: %2(오프셋 %3)의 바이트 %1은(는) 선두 바이트 없는 연속 바이트입니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="195"/>
        <source>the input is not valid UTF-8: the byte %1 at %2 (offset %3) can never appear in UTF-8 text</source>
        <extracomment>%1 is the byte in hexadecimal (0xFF), %2 its position (&quot;line 3, column 7&quot;), %3 its byte offset in the file</extracomment>
        <translation>입력이 올바른 UTF-8이 아닙니다: %2(오프셋 %3)의 바이트 %1은(는) UTF-8 텍스트에 나올 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="204"/>
        <source>the input is not valid UTF-8: the byte %1 at %2 (offset %3) starts a %4-byte sequence that the end of the input cuts short</source>
        <extracomment>%1 is the byte in hexadecimal (0xC3), %2 its position (&quot;line 3, column 7&quot;), %3 its byte offset in the file, %4 the length of the sequence it starts (2 to 4)</extracomment>
        <translation>입력이 올바른 UTF-8이 아닙니다: %2(오프셋 %3)의 바이트 %1은(는) %4바이트 시퀀스를 시작하지만 입력이 그 전에 끝납니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="222"/>
        <source>the input is not valid UTF-8: the byte %1 at %2 (offset %3) starts a %4-byte sequence whose byte %5 is %6, which is not allowed there</source>
        <extracomment>%1 is the byte in hexadecimal (0xE0), %2 its position (&quot;line 3, column 7&quot;), %3 its byte offset in the file, %4 the length of the sequence it starts (2 to 4), %5 which byte of the sequence is wrong (2 to 4), %6 that byte in hexadecimal</extracomment>
        <translation>입력이 올바른 UTF-8이 아닙니다: %2(오프셋 %3)의 바이트 %1은(는) %4바이트 시퀀스를 시작하지만 %5번째 바이트 %6은(는) 그 자리에 올 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="480"/>
        <location filename="../model/io/yamlcppparser.cpp" line="119"/>
        <source>the document nests collections deeper than the limit of %1 levels</source>
        <translation>문서의 컬렉션 중첩이 한도인 %1단계보다 깊습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="576"/>
        <location filename="../model/io/yamlparser.cpp" line="609"/>
        <source>the end of the document</source>
        <extracomment>What an error message found, put in place of its &quot;found %N&quot;</extracomment>
        <translation>문서의 끝</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="581"/>
        <source>the end of the line</source>
        <extracomment>What an error message found, put in place of its &quot;found %N&quot;</extracomment>
        <translation>줄의 끝</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="585"/>
        <source>a tab</source>
        <extracomment>What an error message found, put in place of its &quot;found %N&quot;: a tab character</extracomment>
        <translation>탭</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="601"/>
        <location filename="../model/io/yamlparser.cpp" line="631"/>
        <source>&apos;%1&apos;</source>
        <extracomment>What an error message found, put in place of its &quot;found %N&quot;: %1 is a character or a word of the YAML text, quoted</extracomment>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="613"/>
        <source>a sequence entry (&apos;- &apos;)</source>
        <extracomment>What an error message found, put in place of its &quot;found %N&quot;</extracomment>
        <translation>시퀀스 항목(&apos;- &apos;)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="619"/>
        <source>the mapping key &apos;%1&apos;</source>
        <extracomment>What an error message found, put in place of its &quot;found %N&quot;: %1 is the key&apos;s text</extracomment>
        <translation>매핑 키 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="688"/>
        <source>expected the end of the document, found %1; check the indentation of this line</source>
        <extracomment>%1 says what was found: the mapping key &apos;b&apos;, a sequence entry (&apos;- &apos;), &apos;text&apos;</extracomment>
        <translation>문서의 끝이 와야 합니다(실제: %1). 이 줄의 들여쓰기를 확인하세요</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="712"/>
        <source>expected the end of the line after the document end marker &apos;...&apos;, found %1</source>
        <extracomment>%1 says what was found: &apos;junk&apos;, a tab</extracomment>
        <translation>문서 끝 표시 &apos;...&apos; 뒤에는 줄의 끝이 와야 합니다(실제: %1)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="730"/>
        <source>expected the end of the line after the scalar, found %1</source>
        <extracomment>%1 says what was found: &apos;y&apos;, a tab</extracomment>
        <translation>스칼라 뒤에는 줄의 끝이 와야 합니다(실제: %1)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="733"/>
        <source>expected the end of the line after the flow collection, found %1</source>
        <extracomment>%1 says what was found: &apos;y&apos;, a tab</extracomment>
        <translation>플로우 컬렉션 뒤에는 줄의 끝이 와야 합니다(실제: %1)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="737"/>
        <source>expected the end of the line after the block scalar header, found %1</source>
        <extracomment>%1 says what was found: &apos;y&apos;, a tab</extracomment>
        <translation>블록 스칼라 헤더 뒤에는 줄의 끝이 와야 합니다(실제: %1)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="760"/>
        <source>found a tab character in the indentation of this line; YAML indents with spaces only</source>
        <translation>이 줄의 들여쓰기에 탭 문자가 있습니다. YAML은 공백으로만 들여씁니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="774"/>
        <source>a block mapping cannot start on the same line as its key or the &apos;---&apos; marker; start it on a new line, or quote the value if it is text</source>
        <translation>블록 매핑은 키나 &apos;---&apos; 표시와 같은 줄에서 시작할 수 없습니다. 새 줄에서 시작하거나, 텍스트라면 값을 따옴표로 감싸세요</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="778"/>
        <source>a block sequence cannot start on the same line as its key or the &apos;---&apos; marker; start it on a new line, or quote the value if it is text</source>
        <translation>블록 시퀀스는 키나 &apos;---&apos; 표시와 같은 줄에서 시작할 수 없습니다. 새 줄에서 시작하거나, 텍스트라면 값을 따옴표로 감싸세요</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="831"/>
        <source>a block sequence cannot start on the same line as its anchor or tag</source>
        <translation>블록 시퀀스는 앵커나 태그와 같은 줄에서 시작할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1647"/>
        <source>an alias cannot have an anchor or a tag</source>
        <translation>별칭(alias)에는 앵커나 태그를 붙일 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="883"/>
        <location filename="../model/io/yamlparser.cpp" line="991"/>
        <source>a mapping key must be on a single line</source>
        <translation>매핑 키는 한 줄이어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="931"/>
        <source>bad indentation: this line is indented more than the keys of the mapping at column %1 but is not part of a value</source>
        <translation>잘못된 들여쓰기: 이 줄은 %1열에 있는 매핑의 키보다 더 들여써졌지만 어떤 값에도 속하지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="943"/>
        <source>expected a mapping key at column %1, found a sequence entry (&apos;- &apos;); a sequence cannot follow the entries of a mapping at the same indentation</source>
        <translation>%1열에 매핑 키가 와야 하는데 시퀀스 항목(&apos;- &apos;)이 있습니다. 같은 들여쓰기에서 매핑 항목 뒤에 시퀀스가 올 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="967"/>
        <source>expected a mapping key after the anchor or tag, found %1</source>
        <extracomment>%1 says what was found: the end of the line, the end of the document</extracomment>
        <translation>앵커나 태그 뒤에 매핑 키가 와야 합니다(실제: %1)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="977"/>
        <source>expected a mapping entry (&apos;key: value&apos;) at column %1, found %2 without a &apos;:&apos;</source>
        <extracomment>%1 is a column number, %2 the text found there, quoted</extracomment>
        <translation>%1열에 매핑 항목(&apos;키: 값&apos;)이 와야 합니다(실제: &apos;:&apos; 없는 %2)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="988"/>
        <source>expected &apos;:&apos; after the mapping key, found %1</source>
        <extracomment>%1 says what was found: &apos;x&apos;, the end of the line</extracomment>
        <translation>매핑 키 뒤에 &apos;:&apos;가 와야 합니다(실제: %1)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1013"/>
        <source>expected a sequence entry (&apos;- &apos;) at column %1, found %2</source>
        <extracomment>%1 is a column number, %2 what was found there: the mapping key &apos;b&apos;, &apos;text&apos;</extracomment>
        <translation>%1열에 시퀀스 항목(&apos;- &apos;)이 와야 합니다(실제: %2)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1017"/>
        <source>bad indentation: this line is indented more than the entries of the sequence at column %1 but is not part of an entry</source>
        <translation>잘못된 들여쓰기: 이 줄은 %1열에 있는 시퀀스의 항목보다 더 들여써졌지만 어떤 항목에도 속하지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1045"/>
        <source>expected a chomping indicator (&apos;+&apos; or &apos;-&apos;), an indentation indicator (1-9), a comment or the end of the line after &apos;%1&apos;, found %2</source>
        <extracomment>%1 is the block scalar indicator (&apos;|&apos; or &apos;&gt;&apos;), %2 what was found after it: &apos;x&apos;</extracomment>
        <translation>&apos;%1&apos; 뒤에는 줄바꿈 처리 표시(&apos;+&apos; 또는 &apos;-&apos;), 들여쓰기 표시(1-9), 주석 또는 줄의 끝이 와야 합니다(실제: %2)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1083"/>
        <source>an empty line at the start of the block scalar has %1 spaces, more than the %2 of its first line of text</source>
        <extracomment>%1 and %2 are numbers of spaces</extracomment>
        <translation>블록 스칼라 시작 부분의 빈 줄에 공백이 %1개 있어, 첫 텍스트 줄의 %2개보다 많습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1211"/>
        <source>found a mapping key inside the multi-line plain scalar that starts at %1; check the indentation of this line, or quote the value</source>
        <extracomment>%1 is a position (&quot;line 3, column 7&quot;)</extracomment>
        <translation>%1에서 시작하는 여러 줄 일반 스칼라 안에 매핑 키가 있습니다. 이 줄의 들여쓰기를 확인하거나 값을 따옴표로 감싸세요</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1297"/>
        <source>a block sequence entry (&apos;- &apos;) is not allowed inside a flow collection</source>
        <translation>플로우 컬렉션 안에는 블록 시퀀스 항목(&apos;- &apos;)을 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1299"/>
        <source>found %1, which cannot start a plain scalar; quote the value if it is text</source>
        <extracomment>%1 is the character found, quoted: &apos;@&apos;</extracomment>
        <translation>%1(으)로는 일반 스칼라를 시작할 수 없습니다. 텍스트라면 값을 따옴표로 감싸세요</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1342"/>
        <source>a block scalar (&apos;%1&apos;) is not allowed inside a flow collection</source>
        <extracomment>%1 is the block scalar indicator, &apos;|&apos; or &apos;&gt;&apos;</extracomment>
        <translation>플로우 컬렉션 안에는 블록 스칼라(&apos;%1&apos;)를 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1405"/>
        <source>expected &apos;]&apos; in the flow sequence that starts at %1, found %2</source>
        <extracomment>%1 is where the sequence starts (&quot;line 3, column 7&quot;), %2 what was found: the end of the document</extracomment>
        <translation>%1에서 시작하는 플로우 시퀀스에 &apos;]&apos;가 와야 합니다(실제: %2)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1410"/>
        <source>expected an entry or &apos;]&apos; in the flow sequence that starts at %1, found %2</source>
        <extracomment>%1 is where the sequence starts (&quot;line 3, column 7&quot;), %2 what was found: &apos;,&apos;</extracomment>
        <translation>%1에서 시작하는 플로우 시퀀스에 항목이나 &apos;]&apos;가 와야 합니다(실제: %2)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1441"/>
        <source>expected &apos;,&apos; or &apos;]&apos; in the flow sequence that starts at %1, found %2</source>
        <extracomment>%1 is where the sequence starts (&quot;line 3, column 7&quot;), %2 what was found: &apos;}&apos;, the end of the document</extracomment>
        <translation>%1에서 시작하는 플로우 시퀀스에 &apos;,&apos; 또는 &apos;]&apos;가 와야 합니다(실제: %2)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1483"/>
        <source>expected &apos;}&apos; in the flow mapping that starts at %1, found %2</source>
        <extracomment>%1 is where the mapping starts (&quot;line 3, column 7&quot;), %2 what was found: the end of the document</extracomment>
        <translation>%1에서 시작하는 플로우 매핑에 &apos;}&apos;가 와야 합니다(실제: %2)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1488"/>
        <source>expected a key or &apos;}&apos; in the flow mapping that starts at %1, found %2</source>
        <extracomment>%1 is where the mapping starts (&quot;line 3, column 7&quot;), %2 what was found: &apos;,&apos;</extracomment>
        <translation>%1에서 시작하는 플로우 매핑에 키나 &apos;}&apos;가 와야 합니다(실제: %2)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1521"/>
        <source>expected &apos;:&apos;, &apos;,&apos; or &apos;}&apos; in the flow mapping that starts at %1, found %2</source>
        <extracomment>%1 is where the mapping starts (&quot;line 3, column 7&quot;), %2 what was found: the end of the document</extracomment>
        <translation>%1에서 시작하는 플로우 매핑에 &apos;:&apos;, &apos;,&apos; 또는 &apos;}&apos;가 와야 합니다(실제: %2)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1526"/>
        <source>expected &apos;:&apos;, &apos;,&apos; or &apos;}&apos; after the key &apos;%1&apos; in the flow mapping that starts at %2, found %3</source>
        <extracomment>%1 is the key&apos;s text, %2 where the mapping starts (&quot;line 3, column 7&quot;), %3 what was found: &apos;]&apos;</extracomment>
        <translation>%2에서 시작하는 플로우 매핑의 키 &apos;%1&apos; 뒤에 &apos;:&apos;, &apos;,&apos; 또는 &apos;}&apos;가 와야 합니다(실제: %3)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1540"/>
        <source>expected &apos;,&apos; or &apos;}&apos; in the flow mapping that starts at %1, found %2</source>
        <extracomment>%1 is where the mapping starts (&quot;line 3, column 7&quot;), %2 what was found: &apos;]&apos;, the end of the document</extracomment>
        <translation>%1에서 시작하는 플로우 매핑에 &apos;,&apos; 또는 &apos;}&apos;가 와야 합니다(실제: %2)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1597"/>
        <source>the double-quoted scalar that starts at %1 is not closed: expected &apos;&quot;&apos;, found the end of the document</source>
        <extracomment>%1 is a position (&quot;line 3, column 7&quot;)</extracomment>
        <translation>%1에서 시작하는 큰따옴표 스칼라가 닫히지 않았습니다: &apos;&quot;&apos;가 나오기 전에 문서가 끝났습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1662"/>
        <source>expected an escape sequence after &apos;\&apos;, found the end of the document</source>
        <translation>&apos;\&apos; 뒤에 이스케이프 시퀀스가 와야 하는데 문서가 끝났습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1677"/>
        <source>the escape sequence &apos;\%1&apos; needs %2 hexadecimal digits</source>
        <extracomment>%1 is the escape&apos;s letter (x, u or U), %2 a number of digits</extracomment>
        <translation>이스케이프 시퀀스 &apos;\%1&apos;에는 16진수 숫자 %2개가 필요합니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1756"/>
        <source>the escape sequence at %1 is not a Unicode character (U+%2)</source>
        <extracomment>%1 is a position (&quot;line 3, column 7&quot;), %2 the escaped code in hexadecimal</extracomment>
        <translation>%1의 이스케이프 시퀀스는 유니코드 문자가 아닙니다(U+%2)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1780"/>
        <source>unknown escape sequence &apos;\%1&apos; in a double-quoted scalar</source>
        <extracomment>%1 is the character after the backslash</extracomment>
        <translation>큰따옴표 스칼라에 알 수 없는 이스케이프 시퀀스 &apos;\%1&apos;이(가) 있습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1604"/>
        <source>the single-quoted scalar that starts at %1 is not closed: expected &quot;&apos;&quot;, found the end of the document</source>
        <extracomment>%1 is a position (&quot;line 3, column 7&quot;)</extracomment>
        <translation>%1에서 시작하는 작은따옴표 스칼라가 닫히지 않았습니다: &quot;&apos;&quot;가 와야 하는데 문서가 끝났습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1810"/>
        <source>the verbatim tag that starts at %1 has no closing &apos;&gt;&apos;</source>
        <extracomment>%1 is a position (&quot;line 3, column 7&quot;)</extracomment>
        <translation>%1에서 시작하는 축어 태그에 닫는 &apos;&gt;&apos;가 없습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1823"/>
        <location filename="../model/io/yamlparser.cpp" line="1856"/>
        <source>a node can have only one anchor</source>
        <translation>노드에는 앵커를 하나만 붙일 수 있습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1827"/>
        <source>expected an anchor name after &apos;&amp;&apos;</source>
        <translation>&apos;&amp;&apos; 뒤에 앵커 이름이 와야 합니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1830"/>
        <location filename="../model/io/yamlparser.cpp" line="1858"/>
        <source>a node can have only one tag</source>
        <translation>노드에는 태그를 하나만 붙일 수 있습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1836"/>
        <source>expected a space after the anchor, found %1</source>
        <extracomment>%1 says what was found: &apos;&quot;&apos;, &apos;[&apos;</extracomment>
        <translation>앵커 뒤에 공백이 와야 합니다(실제: %1)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1839"/>
        <source>expected a space after the tag, found %1</source>
        <extracomment>%1 says what was found: &apos;&quot;&apos;, &apos;[&apos;</extracomment>
        <translation>태그 뒤에 공백이 와야 합니다(실제: %1)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1919"/>
        <source>expected an alias name after &apos;*&apos;</source>
        <translation>&apos;*&apos; 뒤에 별칭 이름이 와야 합니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1924"/>
        <source>the alias &apos;*%1&apos; refers to an anchor that is not defined before it in this document</source>
        <extracomment>%1 is the alias name</extracomment>
        <translation>별칭 &apos;*%1&apos;이(가) 가리키는 앵커가 이 문서에서 그보다 앞에 정의되어 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1931"/>
        <source>the alias &apos;*%1&apos; would nest collections deeper than the limit of %2 levels</source>
        <extracomment>%1 is the alias name, %2 the nesting limit</extracomment>
        <translation>별칭 &apos;*%1&apos;을(를) 펼치면 컬렉션 중첩이 한도인 %2단계보다 깊어집니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1939"/>
        <source>the aliases of this document expand to more than %1 nodes; reading stopped at &apos;*%2&apos;</source>
        <extracomment>%1 is a number of nodes, %2 the name of the alias where reading stopped</extracomment>
        <translation>이 문서의 별칭을 펼치면 노드가 %1개를 넘습니다. &apos;*%2&apos;에서 읽기를 멈췄습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1954"/>
        <location filename="../model/io/yamlcppparser.cpp" line="350"/>
        <source>a mapping key must be a scalar; a mapping as a key is not supported</source>
        <translation>매핑 키는 스칼라여야 합니다. 매핑을 키로 쓰는 것은 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlparser.cpp" line="1959"/>
        <location filename="../model/io/yamlcppparser.cpp" line="355"/>
        <source>a mapping key must be a scalar; a sequence as a key is not supported</source>
        <translation>매핑 키는 스칼라여야 합니다. 시퀀스를 키로 쓰는 것은 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="282"/>
        <source>yaml-cpp ended the document inside a collection</source>
        <translation>yaml-cpp가 컬렉션 안에서 문서를 끝냈습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="317"/>
        <source>an alias refers to an anchor not defined before it</source>
        <translation>별칭이 가리키는 앵커가 그보다 앞에 정의되어 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="319"/>
        <source>an alias would nest collections deeper than the limit of %1 levels</source>
        <translation>별칭을 펼치면 컬렉션 중첩이 한도인 %1단계보다 깊어집니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="326"/>
        <source>the aliases of this document expand to more than %1 nodes</source>
        <translation>이 문서의 별칭을 펼치면 노드가 %1개를 넘습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="340"/>
        <source>yaml-cpp ended the document inside a sequence</source>
        <translation>yaml-cpp가 시퀀스 안에서 문서를 끝냈습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="363"/>
        <source>yaml-cpp ended the document inside a mapping</source>
        <translation>yaml-cpp가 매핑 안에서 문서를 끝냈습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="368"/>
        <source>yaml-cpp reported the end of a collection that was not open</source>
        <translation>yaml-cpp가 열리지 않은 컬렉션의 끝을 보고했습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="416"/>
        <source>yaml-cpp reported an error without a message</source>
        <translation>yaml-cpp가 메시지 없는 오류를 보고했습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="418"/>
        <source>%1 (reported by yaml-cpp)</source>
        <extracomment>%1 is yaml-cpp&apos;s own message, in English: &quot;illegal map value&quot;</extracomment>
        <translation>%1 (yaml-cpp 보고)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="495"/>
        <source>the document ends inside a flow collection that is not closed</source>
        <translation>닫히지 않은 플로우 컬렉션 안에서 문서가 끝납니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="500"/>
        <source>yaml-cpp read a second document where a document marker was not expected</source>
        <translation>yaml-cpp가 문서 표시가 올 수 없는 곳에서 두 번째 문서를 읽었습니다</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="509"/>
        <source>the document nests too deeply for yaml-cpp (%1 levels)</source>
        <extracomment>%1 is a number of levels</extracomment>
        <translation>문서의 중첩이 yaml-cpp에게 너무 깊습니다(%1단계)</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="515"/>
        <source>yaml-cpp failed: %1</source>
        <extracomment>%1 is the text of a C++ exception, in English</extracomment>
        <translation>yaml-cpp 실패: %1</translation>
    </message>
    <message>
        <location filename="../model/io/yamlcppparser.cpp" line="517"/>
        <source>yaml-cpp failed with an unknown exception</source>
        <translation>yaml-cpp가 알 수 없는 예외로 실패했습니다</translation>
    </message>
    <message>
        <location filename="../model/io/decodemessages.cpp" line="24"/>
        <location filename="../model/io/decodemessages.cpp" line="33"/>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <location filename="../model/io/decodemessages.cpp" line="22"/>
        <location filename="../model/io/decodemessages.cpp" line="35"/>
        <source>an object</source>
        <translation>객체</translation>
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
        <location filename="../model/io/decodemessages.cpp" line="14"/>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <location filename="../model/io/decodemessages.cpp" line="58"/>
        <source>%1 does not fit in a 32-bit integer</source>
        <translation>%1은(는) 32비트 정수에 들어가지 않습니다</translation>
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
        <location filename="../model/io/decodemessages.cpp" line="60"/>
        <source>expected %1, found %2</source>
        <translation>%1이어야 합니다(실제: %2)</translation>
    </message>
    <message>
        <location filename="../model/io/servicereader.cpp" line="226"/>
        <source>duplicate key &quot;%1&quot; (first at line %2); kubectl keeps the last value, strict YAML parsers reject the file</source>
        <translation>중복된 키 &quot;%1&quot;(처음 나온 곳: %2행). kubectl은 마지막 값을 쓰고, 엄격한 YAML 파서는 파일을 거부합니다</translation>
    </message>
    <message>
        <location filename="../model/io/manifestio.cpp" line="25"/>
        <source>this is not a text file: control byte 0x%1 at line %2, column %3</source>
        <translation>텍스트 파일이 아닙니다: %2행 %3열에 제어 바이트 0x%1이(가) 있습니다</translation>
    </message>
    <message>
        <location filename="../model/io/manifestio.cpp" line="61"/>
        <source>the file is not UTF-8 text: invalid byte 0x%1 at line %2, column %3; save it as UTF-8</source>
        <translation>파일이 UTF-8 텍스트가 아닙니다: %2행 %3열에 잘못된 바이트 0x%1이(가) 있습니다. UTF-8로 저장하세요</translation>
    </message>
    <message>
        <location filename="../model/io/manifestio.cpp" line="90"/>
        <location filename="../model/io/manifestio.cpp" line="127"/>
        <source>the file is too large (%1 MB); Service Designer reads manifests of up to %2 MB</source>
        <translation>파일이 너무 큽니다(%1 MB). Service Designer는 %2 MB까지의 매니페스트를 읽습니다</translation>
    </message>
    <message>
        <location filename="../model/io/manifestio.cpp" line="106"/>
        <source>the file is empty: it holds no documents</source>
        <translation>파일이 비어 있습니다: 문서가 하나도 없습니다</translation>
    </message>
    <message>
        <location filename="../model/io/manifestio.cpp" line="116"/>
        <source>this is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <location filename="../model/io/manifestio.cpp" line="121"/>
        <source>cannot open the file: %1</source>
        <translation>파일을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../model/io/manifestio.cpp" line="141"/>
        <location filename="../model/io/manifestio.cpp" line="144"/>
        <location filename="../model/io/manifestio.cpp" line="147"/>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../model/document/manifestdocument.cpp" line="36"/>
        <source>untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="112"/>
        <location filename="../app/cli/main.cpp" line="230"/>
        <source>&lt;stdin&gt;</source>
        <translation>&lt;표준 입력&gt;</translation>
    </message>
    <message>
        <location filename="../model/validation/report.cpp" line="68"/>
        <location filename="../model/validation/report.cpp" line="93"/>
        <location filename="../app/cli/main.cpp" line="116"/>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../model/validation/report.cpp" line="72"/>
        <source>info</source>
        <translation>정보</translation>
    </message>
    <message>
        <location filename="../model/validation/report.cpp" line="104"/>
        <source>%1 error(s), %2 warning(s), %3 info(s)</source>
        <translation>오류 %1개, 경고 %2개, 정보 %3개</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="38"/>
        <source>Usage: %1 &lt;command&gt; [options] [FILE...]

Commands:
  export    Print the manifests of the files as kubectl apply -f takes them.
  validate  Check the Services of the files as the Kubernetes API server would.

Options for every command:
  --lang en|ko  The language of messages (default: the system&apos;s).

Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>사용법: %1 &lt;명령&gt; [옵션] [파일...]

명령:
  export    파일의 매니페스트를 kubectl apply -f가 받는 형태로 출력합니다.
  validate  파일의 서비스를 쿠버네티스 API 서버처럼 검사합니다.

모든 명령의 옵션:
  --lang en|ko  메시지 언어(기본값: 시스템 언어).

명령의 옵션은 &apos;%1 &lt;명령&gt; --help&apos;로 봅니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="59"/>
        <source>cannot read standard input</source>
        <translation>표준 입력을 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="69"/>
        <source>Prints the manifests of the files, written anew in kubectl&apos;s style, ready for &apos;kubectl apply -f&apos;. FILE &apos;-&apos; reads standard input.</source>
        <translation>파일의 매니페스트를 kubectl 스타일로 새로 써서 &apos;kubectl apply -f&apos;에 바로 쓸 수 있게 출력합니다. 파일 &apos;-&apos;는 표준 입력을 읽습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="74"/>
        <source>Output format: yaml (default) or json.</source>
        <translation>출력 형식: yaml(기본값) 또는 json.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="78"/>
        <source>Write to OUT instead of standard output.</source>
        <translation>표준 출력 대신 OUT 파일에 씁니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="81"/>
        <source>Write the values the API server fills in for fields left out (protocol: TCP, type: ClusterIP, targetPort = port, ...).</source>
        <translation>생략된 필드에 API 서버가 채우는 값(protocol: TCP, type: ClusterIP, targetPort = port, ...)을 씁니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="86"/>
        <location filename="../app/cli/main.cpp" line="176"/>
        <source>Manifest files (YAML or JSON).</source>
        <translation>매니페스트 파일(YAML 또는 JSON).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="98"/>
        <source>unknown format &apos;%1&apos;: use yaml or json</source>
        <translation>알 수 없는 형식 &apos;%1&apos;: yaml 또는 json을 쓰세요</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="103"/>
        <location filename="../app/cli/main.cpp" line="222"/>
        <source>no input files: name one or more files, or &apos;-&apos; for standard input</source>
        <translation>입력 파일이 없습니다: 파일을 하나 이상 지정하거나, 표준 입력이면 &apos;-&apos;를 지정하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="155"/>
        <source>Checks the Services of the files as the Kubernetes API server would on create, and warns where the result depends on the cluster. Exit status: 0 without errors, 1 with errors, 2 when a file cannot be read or the command line is wrong.</source>
        <translation>파일의 서비스를 쿠버네티스 API 서버가 생성 시 하는 것처럼 검사하고, 결과가 클러스터에 따라 달라지는 곳을 경고합니다. 종료 상태: 오류가 없으면 0, 오류가 있으면 1, 파일을 읽을 수 없거나 명령줄이 잘못되면 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="161"/>
        <source>Report format: text (default), json or sarif.</source>
        <translation>보고서 형식: text(기본값), json 또는 sarif.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="164"/>
        <source>Kubernetes version: 1.31, 1.32 or 1.33 (default).</source>
        <translation>쿠버네티스 버전: 1.31, 1.32 또는 1.33(기본값).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="168"/>
        <source>A Service CIDR of the cluster (repeat for dual-stack).</source>
        <translation>클러스터의 서비스 CIDR(듀얼 스택이면 반복해서 지정).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="172"/>
        <source>The cluster&apos;s node-port range, e.g. 30000-32767.</source>
        <translation>클러스터의 노드 포트 범위(예: 30000-32767).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="188"/>
        <source>unknown format &apos;%1&apos;: use text, json or sarif</source>
        <translation>알 수 없는 형식 &apos;%1&apos;: text, json 또는 sarif를 쓰세요</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="200"/>
        <source>unknown Kubernetes version &apos;%1&apos;: use 1.31, 1.32 or 1.33</source>
        <translation>알 수 없는 쿠버네티스 버전 &apos;%1&apos;: 1.31, 1.32 또는 1.33을 쓰세요</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="212"/>
        <source>invalid node-port range &apos;%1&apos;: write it as A-B, e.g. 30000-32767</source>
        <translation>잘못된 노드 포트 범위 &apos;%1&apos;: A-B 형식으로 쓰세요(예: 30000-32767)</translation>
    </message>
    <message>
        <location filename="../model/validation/report.cpp" line="70"/>
        <location filename="../app/cli/main.cpp" line="118"/>
        <location filename="../app/cli/main.cpp" line="126"/>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="284"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>알 수 없는 명령 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="80"/>
        <source>Design Kubernetes v1 Service manifests.</source>
        <translation>쿠버네티스 v1 서비스 매니페스트를 설계합니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="84"/>
        <source>The manifest to open (YAML or JSON).</source>
        <translation>열 매니페스트(YAML 또는 JSON).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="88"/>
        <source>Save a picture of the window to FILE (PNG) and quit; for documentation and automated checks.</source>
        <translation>창의 그림을 FILE(PNG)에 저장하고 종료합니다. 문서와 자동 점검용입니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="91"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
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
        <location filename="../model/validation/validator.cpp" line="73"/>
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
        <location filename="../model/validation/syntax.cpp" line="45"/>
        <source>must be no more than %1 characters</source>
        <translation>%1자를 넘을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="50"/>
        <source>name part must consist of alphanumeric characters, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;MyName&apos;,  or &apos;my.name&apos;,  or &apos;123-abc&apos;, regex used for validation is &apos;([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]&apos;)</source>
        <translation>이름 부분은 영숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;로만 이루어지고 영숫자로 시작하고 끝나야 합니다(예: &apos;MyName&apos;, &apos;my.name&apos;, &apos;123-abc&apos;. 검증에 쓰는 정규식은 &apos;([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]&apos;)</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="318"/>
        <source>a DNS-1035 label must consist of lower case alphanumeric characters or &apos;-&apos;, start with an alphabetic character, and end with an alphanumeric character (e.g. &apos;my-name&apos;,  or &apos;abc-123&apos;, regex used for validation is &apos;[a-z]([-a-z0-9]*[a-z0-9])?&apos;)</source>
        <translation>DNS-1035 레이블은 소문자 영숫자와 &apos;-&apos;로만 이루어지고, 영문자로 시작하고 영숫자로 끝나야 합니다(예: &apos;my-name&apos;, &apos;abc-123&apos;. 검증에 쓰는 정규식은 &apos;[a-z]([-a-z0-9]*[a-z0-9])?&apos;)</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="333"/>
        <source>must not contain dots</source>
        <translation>점(.)을 포함할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="335"/>
        <source>a lowercase RFC 1123 label must consist of lower case alphanumeric characters or &apos;-&apos;, and must start and end with an alphanumeric character (e.g. &apos;my-name&apos;,  or &apos;123-abc&apos;, regex used for validation is &apos;[a-z0-9]([-a-z0-9]*[a-z0-9])?&apos;)</source>
        <translation>소문자 RFC 1123 레이블은 소문자 영숫자와 &apos;-&apos;로만 이루어지고 영숫자로 시작하고 끝나야 합니다(예: &apos;my-name&apos;, &apos;123-abc&apos;. 검증에 쓰는 정규식은 &apos;[a-z0-9]([-a-z0-9]*[a-z0-9])?&apos;)</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="350"/>
        <source>a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, &apos;-&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;example.com&apos;, regex used for validation is &apos;[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*&apos;)</source>
        <translation>소문자 RFC 1123 서브도메인은 소문자 영숫자, &apos;-&apos;, &apos;.&apos;로만 이루어지고 영숫자로 시작하고 끝나야 합니다(예: &apos;example.com&apos;. 검증에 쓰는 정규식은 &apos;[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*&apos;)</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="364"/>
        <source>a qualified name must consist of alphanumeric characters, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;MyName&apos;,  or &apos;my.name&apos;,  or &apos;123-abc&apos;, regex used for validation is &apos;([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]&apos;) with an optional DNS subdomain prefix and &apos;/&apos; (e.g. &apos;example.com/MyName&apos;)</source>
        <translation>정규화된 이름은 영숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;로만 이루어지고 영숫자로 시작하고 끝나야 하며(예: &apos;MyName&apos;, &apos;my.name&apos;, &apos;123-abc&apos;. 검증에 쓰는 정규식은 &apos;([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]&apos;), 앞에 DNS 서브도메인 접두사와 &apos;/&apos;를 붙일 수 있습니다(예: &apos;example.com/MyName&apos;)</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="375"/>
        <source>prefix part must be non-empty</source>
        <translation>접두사 부분은 비어 있을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="378"/>
        <source>prefix part %1</source>
        <translation>접두사 부분: %1</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="382"/>
        <source>name part must be non-empty</source>
        <translation>이름 부분은 비어 있을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="384"/>
        <source>name part must be no more than 63 characters</source>
        <translation>이름 부분은 63자를 넘을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="398"/>
        <source>a valid label must be an empty string or consist of alphanumeric characters, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;MyValue&apos;,  or &apos;my_value&apos;,  or &apos;12345&apos;, regex used for validation is &apos;(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?&apos;)</source>
        <translation>올바른 레이블 값은 빈 문자열이거나, 영숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;로만 이루어지고 영숫자로 시작하고 끝나야 합니다(예: &apos;MyValue&apos;, &apos;my_value&apos;, &apos;12345&apos;. 검증에 쓰는 정규식은 &apos;(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?&apos;)</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="414"/>
        <source>must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)</source>
        <translation>영숫자(a-z, 0-9)와 하이픈(-)만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="416"/>
        <source>must contain at least one letter (a-z)</source>
        <translation>영문자(a-z)가 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="418"/>
        <source>must not contain consecutive hyphens</source>
        <translation>하이픈을 연달아 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="420"/>
        <source>must not begin or end with a hyphen</source>
        <translation>하이픈으로 시작하거나 끝날 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="428"/>
        <source>must be between %1 and %2, inclusive</source>
        <translation>%1 이상 %2 이하여야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="435"/>
        <source>must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)</source>
        <translation>올바른 IP 주소여야 합니다(예: 10.9.8.7 또는 2001:db8::ffff)</translation>
    </message>
    <message>
        <location filename="../model/validation/syntax.cpp" line="442"/>
        <source>must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)</source>
        <translation>올바른 CIDR 값이어야 합니다(예: 10.9.8.0/24 또는 2001:db8::/64)</translation>
    </message>
    <message>
        <location filename="../model/validation/validator.cpp" line="74"/>
        <source>Required value: %1</source>
        <translation>필수 값: %1</translation>
    </message>
    <message>
        <location filename="../model/validation/validator.cpp" line="91"/>
        <source>Invalid value: %1: %2</source>
        <translation>잘못된 값: %1: %2</translation>
    </message>
    <message>
        <location filename="../model/validation/validator.cpp" line="107"/>
        <source>Forbidden: %1</source>
        <translation>금지됨: %1</translation>
    </message>
    <message>
        <location filename="../model/validation/validator.cpp" line="126"/>
        <source>Unsupported value: %1: supported values: %2</source>
        <translation>지원하지 않는 값: %1: 지원하는 값: %2</translation>
    </message>
    <message>
        <location filename="../model/validation/validator.cpp" line="141"/>
        <source>Duplicate value: %1</source>
        <translation>중복된 값: %1</translation>
    </message>
    <message>
        <location filename="../model/validation/decoderules.cpp" line="211"/>
        <source>Set protocol to TCP</source>
        <translation>프로토콜을 TCP로 설정</translation>
    </message>
    <message>
        <location filename="../model/validation/decoderules.cpp" line="216"/>
        <location filename="../model/validation/decoderules.cpp" line="257"/>
        <source>Remove the field</source>
        <translation>필드 제거</translation>
    </message>
    <message>
        <location filename="../model/validation/decoderules.cpp" line="270"/>
        <source>resourceVersion should not be set on objects to be created</source>
        <translation>생성할 오브젝트에는 resourceVersion을 설정하면 안 됩니다</translation>
    </message>
    <message>
        <location filename="../model/validation/decoderules.cpp" line="282"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>알 수 없는 필드 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../model/validation/decoderules.cpp" line="299"/>
        <source>apiVersion must be set to &quot;v1&quot;</source>
        <translation>apiVersion을 &quot;v1&quot;로 설정해야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/decoderules.cpp" line="300"/>
        <location filename="../model/validation/decoderules.cpp" line="309"/>
        <source>Set apiVersion to v1</source>
        <translation>apiVersion을 v1로 설정</translation>
    </message>
    <message>
        <location filename="../model/validation/decoderules.cpp" line="308"/>
        <source>a Service is served as apiVersion &quot;v1&quot;, not %1</source>
        <translation>서비스는 %1이(가) 아니라 apiVersion &quot;v1&quot;로 제공됩니다</translation>
    </message>
    <message>
        <location filename="../model/validation/decoderules.cpp" line="319"/>
        <source>kind must be set to &quot;Service&quot;</source>
        <translation>kind를 &quot;Service&quot;로 설정해야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/decoderules.cpp" line="320"/>
        <location filename="../model/validation/decoderules.cpp" line="329"/>
        <source>Set kind to Service</source>
        <translation>kind를 Service로 설정</translation>
    </message>
    <message>
        <location filename="../model/validation/decoderules.cpp" line="328"/>
        <source>expected kind &quot;Service&quot;, found %1</source>
        <translation>kind는 &quot;Service&quot;여야 합니다(실제: %1)</translation>
    </message>
    <message>
        <location filename="../model/validation/metadatarules.cpp" line="35"/>
        <location filename="../model/validation/metadatarules.cpp" line="180"/>
        <source>name or generateName is required</source>
        <translation>name 또는 generateName이 필요합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/metadatarules.cpp" line="89"/>
        <source>Too long: must have at most %1 bytes</source>
        <translation>너무 김: 최대 %1바이트여야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/metadatarules.cpp" line="100"/>
        <source>must match annotations[%1] when both are specified</source>
        <translation>둘 다 지정하면 annotations[%1]와(과) 값이 같아야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/metadatarules.cpp" line="101"/>
        <source>Use the topology-aware-hints value</source>
        <translation>topology-aware-hints 어노테이션의 값 사용</translation>
    </message>
    <message>
        <location filename="../model/validation/metadatarules.cpp" line="144"/>
        <source>name is neither a standard finalizer name nor is it fully qualified</source>
        <translation>표준 파이널라이저 이름도 아니고 정규화된 이름도 아닙니다</translation>
    </message>
    <message>
        <location filename="../model/validation/metadatarules.cpp" line="154"/>
        <source>finalizer orphan and foregroundDeletion cannot be both set</source>
        <translation>파이널라이저 orphan과 foregroundDeletion은 함께 설정할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/metadatarules.cpp" line="167"/>
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
        <location filename="../model/validation/portrules.cpp" line="42"/>
        <source>Name the port</source>
        <translation>포트에 이름 붙이기</translation>
    </message>
    <message>
        <location filename="../model/validation/portrules.cpp" line="126"/>
        <source>Remove nodePort</source>
        <translation>nodePort 제거</translation>
    </message>
    <message>
        <location filename="../model/validation/portrules.cpp" line="147"/>
        <source>provided port is not in the valid range. The range of valid ports is %1-%2</source>
        <translation>지정한 포트가 유효 범위를 벗어났습니다. 유효한 포트 범위는 %1-%2입니다</translation>
    </message>
    <message>
        <location filename="../model/validation/portrules.cpp" line="159"/>
        <source>nodePort %1 is outside the default node-port range 30000-32767; the cluster must have been started with a --service-node-port-range that includes it</source>
        <translation>nodePort %1은(는) 기본 노드 포트 범위 30000-32767을 벗어납니다. 클러스터가 이 포트를 포함하는 --service-node-port-range로 시작되어 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/portrules.cpp" line="182"/>
        <source>may not be used when `type` is &apos;ClusterIP&apos;</source>
        <translation>`type`이 &apos;ClusterIP&apos;이면 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/portrules.cpp" line="195"/>
        <source>provided port is already allocated</source>
        <translation>지정한 포트는 이미 할당되었습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/portrules.cpp" line="226"/>
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
        <location filename="../model/validation/iprules.cpp" line="154"/>
        <source>expected an IPv6 value as indicated by `ipFamilies[%1]`</source>
        <translation>`ipFamilies[%1]`에 따라 IPv6 값이어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="180"/>
        <source>Set ipFamilyPolicy to PreferDualStack</source>
        <translation>ipFamilyPolicy를 PreferDualStack으로 설정</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="189"/>
        <source>must be &apos;RequireDualStack&apos; or &apos;PreferDualStack&apos; when multiple cluster IPs are specified</source>
        <translation>클러스터 IP를 여러 개 지정하면 &apos;RequireDualStack&apos; 또는 &apos;PreferDualStack&apos;이어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="198"/>
        <source>must be &apos;RequireDualStack&apos; or &apos;PreferDualStack&apos; when multiple IP families are specified</source>
        <translation>IP 패밀리를 여러 개 지정하면 &apos;RequireDualStack&apos; 또는 &apos;PreferDualStack&apos;이어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="229"/>
        <source>may not be unspecified (%1)</source>
        <translation>미지정 주소(%1)일 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="234"/>
        <source>may not be in the loopback range (127.0.0.0/8, ::1/128)</source>
        <translation>루프백 범위(127.0.0.0/8, ::1/128)에 있을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="236"/>
        <source>may not be in the link-local range (169.254.0.0/16, fe80::/10)</source>
        <translation>링크 로컬 범위(169.254.0.0/16, fe80::/10)에 있을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="239"/>
        <source>may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)</source>
        <translation>링크 로컬 멀티캐스트 범위(224.0.0.0/24, ff02::/10)에 있을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="279"/>
        <source>RequireDualStack needs a dual-stack cluster: a single-stack cluster rejects it (give the cluster&apos;s Service CIDRs to check)</source>
        <translation>RequireDualStack는 듀얼 스택 클러스터가 필요합니다: 단일 스택 클러스터는 이를 거부합니다(확인하려면 클러스터의 서비스 CIDR을 지정하세요)</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="294"/>
        <source>needs a cluster that serves IPv6: a single-stack IPv4 cluster rejects it (give the cluster&apos;s Service CIDRs to check)</source>
        <translation>IPv6를 제공하는 클러스터가 필요합니다: 단일 스택 IPv4 클러스터는 이를 거부합니다(확인하려면 클러스터의 서비스 CIDR을 지정하세요)</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="303"/>
        <source>%1 must be inside the cluster&apos;s Service CIDR (10.96.0.0/12 on a default kubeadm cluster) and not used by another Service</source>
        <translation>%1은(는) 클러스터의 서비스 CIDR(기본 kubeadm 클러스터에서는 10.96.0.0/12) 안에 있어야 하고 다른 서비스가 쓰고 있지 않아야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="336"/>
        <source>IPv4 is not configured on this cluster</source>
        <translation>이 클러스터에는 IPv4가 구성되어 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="337"/>
        <source>IPv6 is not configured on this cluster</source>
        <translation>이 클러스터에는 IPv6가 구성되어 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="348"/>
        <source>this cluster is not configured for dual-stack services</source>
        <translation>이 클러스터는 듀얼 스택 서비스용으로 구성되어 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="364"/>
        <source>not configured on this cluster</source>
        <translation>이 클러스터에 구성되어 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/iprules.cpp" line="388"/>
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
        <location filename="../model/validation/trafficrules.cpp" line="153"/>
        <source>Remove healthCheckNodePort</source>
        <translation>healthCheckNodePort 제거</translation>
    </message>
    <message>
        <location filename="../model/validation/trafficrules.cpp" line="169"/>
        <source>Set trafficDistribution to PreferClose</source>
        <translation>trafficDistribution을 PreferClose로 설정</translation>
    </message>
    <message>
        <location filename="../model/validation/trafficrules.cpp" line="184"/>
        <source>spec.externalIPs is ignored when spec.type is &quot;ExternalName&quot;</source>
        <translation>spec.type이 &quot;ExternalName&quot;이면 spec.externalIPs는 무시됩니다</translation>
    </message>
    <message>
        <location filename="../model/validation/trafficrules.cpp" line="185"/>
        <source>Remove externalIPs</source>
        <translation>externalIPs 제거</translation>
    </message>
    <message>
        <location filename="../model/validation/trafficrules.cpp" line="191"/>
        <source>spec.externalName is ignored when spec.type is not &quot;ExternalName&quot;</source>
        <translation>spec.type이 &quot;ExternalName&quot;이 아니면 spec.externalName은 무시됩니다</translation>
    </message>
    <message>
        <location filename="../model/validation/trafficrules.cpp" line="192"/>
        <source>Remove externalName</source>
        <translation>externalName 제거</translation>
    </message>
    <message>
        <location filename="../model/validation/trafficrules.cpp" line="200"/>
        <source>annotation service.kubernetes.io/topology-aware-hints is deprecated, please use service.kubernetes.io/topology-mode instead</source>
        <translation>service.kubernetes.io/topology-aware-hints 어노테이션은 더 이상 사용되지 않습니다. 대신 service.kubernetes.io/topology-mode를 사용하세요</translation>
    </message>
    <message>
        <location filename="../model/validation/warningrules.cpp" line="31"/>
        <source>%1: non-standard IP address %2 will be considered invalid in a future Kubernetes release: use %3</source>
        <translation>%1: 비표준 IP 주소 %2은(는) 향후 쿠버네티스 릴리스에서 잘못된 값으로 간주됩니다. %3을(를) 사용하세요</translation>
    </message>
    <message>
        <location filename="../model/validation/warningrules.cpp" line="38"/>
        <source>%1: IPv6 address %2 should be in RFC 5952 canonical format (%3)</source>
        <translation>%1: IPv6 주소 %2은(는) RFC 5952 정규 형식(%3)이어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/warningrules.cpp" line="49"/>
        <source>%1: IP address was accepted, but will be invalid in a future Kubernetes release: ParseAddr(%2): %3</source>
        <translation>%1: IP 주소가 허용되었지만 향후 쿠버네티스 릴리스에서는 잘못된 값이 됩니다: ParseAddr(%2): %3</translation>
    </message>
    <message>
        <location filename="../model/validation/warningrules.cpp" line="53"/>
        <source>IPv4 field has octet with leading zero</source>
        <translation>IPv4 필드의 옥텟이 0으로 시작합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/warningrules.cpp" line="54"/>
        <source>unable to parse IP</source>
        <translation>IP를 해석할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/warningrules.cpp" line="59"/>
        <source>%1: IPv6 address %2 is not in RFC 5952 canonical format (%3), which may cause controller apply-loops</source>
        <translation>%1: IPv6 주소 %2이(가) RFC 5952 정규 형식(%3)이 아니어서 컨트롤러가 적용을 반복할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/warningrules.cpp" line="89"/>
        <source>%1: IP prefix was accepted, but will be invalid in a future Kubernetes release: netip.ParsePrefix(%2)</source>
        <translation>%1: IP 접두사가 허용되었지만 향후 쿠버네티스 릴리스에서는 잘못된 값이 됩니다: netip.ParsePrefix(%2)</translation>
    </message>
    <message>
        <location filename="../model/validation/warningrules.cpp" line="96"/>
        <source>%1: IPv6 prefix %2 is not in RFC 5952 canonical format (%3), which may cause controller apply-loops</source>
        <translation>%1: IPv6 접두사 %2이(가) RFC 5952 정규 형식(%3)이 아니어서 컨트롤러가 적용을 반복할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/warningrules.cpp" line="117"/>
        <source>%1: CIDR value %2 is ambiguous in this context (should be %3 or %4?)</source>
        <translation>%1: CIDR 값 %2은(는) 이 맥락에서 모호합니다(%3 또는 %4를 의도했나요?)</translation>
    </message>
    <message>
        <location filename="../model/validation/warningrules.cpp" line="128"/>
        <source>%1: non-standard CIDR value %2 will be considered invalid in a future Kubernetes release: use %3</source>
        <translation>%1: 비표준 CIDR 값 %2은(는) 향후 쿠버네티스 릴리스에서 잘못된 값으로 간주됩니다. %3을(를) 사용하세요</translation>
    </message>
    <message>
        <location filename="../model/validation/warningrules.cpp" line="135"/>
        <source>%1: IPv6 CIDR value %2 should be in RFC 5952 canonical format (%3)</source>
        <translation>%1: IPv6 CIDR 값 %2은(는) RFC 5952 정규 형식(%3)이어야 합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/crossdocrules.cpp" line="144"/>
        <source>no label %1</source>
        <translation>레이블 %1 없음</translation>
    </message>
    <message>
        <location filename="../model/validation/crossdocrules.cpp" line="198"/>
        <source>no container of %1 has a port named %2, so the Service finds no port to send this traffic to in its pods</source>
        <translation>%1의 어떤 컨테이너에도 이름이 %2인 포트가 없어, 서비스가 파드에서 이 트래픽을 보낼 포트를 찾지 못합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/crossdocrules.cpp" line="206"/>
        <source>the container port %1 of %2 is %3 but this Service port is %4; a named port resolves only to a container port of the same protocol, so these pods get no endpoints for it</source>
        <translation>%2의 컨테이너 포트 %1은(는) %3이지만 이 서비스 포트는 %4입니다. 이름 있는 포트는 같은 프로토콜의 컨테이너 포트로만 연결되므로, 이 파드들은 이 포트의 엔드포인트가 되지 않습니다</translation>
    </message>
    <message>
        <location filename="../model/validation/crossdocrules.cpp" line="240"/>
        <source>no container of %1 declares containerPort %2; declaring ports is optional in Kubernetes, so this works if the container listens on %2, but check the number</source>
        <translation>%1의 어떤 컨테이너도 containerPort %2을(를) 선언하지 않습니다. 쿠버네티스에서 포트 선언은 선택 사항이므로 컨테이너가 %2에서 수신하면 동작하지만, 번호를 확인하세요</translation>
    </message>
    <message>
        <location filename="../model/validation/crossdocrules.cpp" line="249"/>
        <source>%1 declares containerPort %2 as %3 but this Service port is %4; the traffic arrives over a protocol the container does not declare</source>
        <translation>%1은(는) containerPort %2을(를) %3(으)로 선언했지만 이 서비스 포트는 %4입니다. 트래픽이 컨테이너가 선언하지 않은 프로토콜로 도착합니다</translation>
    </message>
    <message>
        <location filename="../model/validation/crossdocrules.cpp" line="330"/>
        <source>no pod template in this file has the labels %1; the nearest is %2 with %3. Unless such pods come from elsewhere, the Service has no endpoints</source>
        <translation>이 파일의 어떤 파드 템플릿에도 레이블 %1이(가) 없습니다. 가장 가까운 것은 %3인 %2입니다. 그런 파드가 다른 곳에서 오지 않는 한, 서비스에는 엔드포인트가 없습니다</translation>
    </message>
</context>
<context>
    <name>sd::FindingsModel</name>
    <message>
        <location filename="../model/itemmodels/findingsmodel.cpp" line="198"/>
        <source>(unnamed)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/findingsmodel.cpp" line="205"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/findingsmodel.cpp" line="207"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/findingsmodel.cpp" line="209"/>
        <source>Info</source>
        <translation>정보</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/findingsmodel.cpp" line="238"/>
        <source>Fix: %1</source>
        <translation>수정: %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/findingsmodel.cpp" line="266"/>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/findingsmodel.cpp" line="268"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/findingsmodel.cpp" line="270"/>
        <source>Path</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/findingsmodel.cpp" line="272"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/findingsmodel.cpp" line="274"/>
        <source>Line</source>
        <translation>행</translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="145"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="146"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="147"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="148"/>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="149"/>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="150"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="151"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="174"/>
        <source>Kubernetes manifests (*.yaml *.yml *.json);;All files (*)</source>
        <translation>쿠버네티스 매니페스트 (*.yaml *.yml *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="185"/>
        <source>Cannot Open File</source>
        <translation>파일을 열 수 없음</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="186"/>
        <source>%1 could not be opened.</source>
        <translation>%1을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="205"/>
        <source>Cannot Open Document</source>
        <translation>문서를 열 수 없음</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="206"/>
        <source>The document could not be read.</source>
        <translation>문서를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="221"/>
        <source>Open Manifest</source>
        <translation>매니페스트 열기</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="240"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(그 밖에 %n개 더)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="242"/>
        <source>They are marked in the list and kept in the file as they are: saving writes them back unchanged.</source>
        <translation>목록에 표시되어 있고 파일에 그대로 남아 있습니다: 저장하면 바뀌지 않은 채로 다시 씁니다.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="246"/>
        <source>Some Documents Could Not Be Read</source>
        <translation>읽을 수 없는 문서가 있음</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="247"/>
        <source>%n document(s) of %1 could not be read.</source>
        <translation>
            <numerusform>%1의 문서 %n개를 읽을 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="287"/>
        <source>Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="288"/>
        <source>Do you want to save the changes to %1?</source>
        <translation>%1의 변경 사항을 저장하시겠습니까?</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="289"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>저장하지 않으면 변경 사항을 잃게 됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="315"/>
        <source>service.yaml</source>
        <translation>service.yaml</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="317"/>
        <source>Save Manifest As</source>
        <translation>다른 이름으로 매니페스트 저장</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="326"/>
        <source>Cannot Save File</source>
        <translation>파일을 저장할 수 없음</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="327"/>
        <source>%1 could not be saved.</source>
        <translation>%1을(를) 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="333"/>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="352"/>
        <source>%1[*] — Service Designer</source>
        <translation>%1[*] — Service Designer</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="353"/>
        <source>Service Designer</source>
        <translation>Service Designer</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="371"/>
        <source>%n Service(s)</source>
        <translation>
            <numerusform>서비스 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="372"/>
        <source>%n other object(s)</source>
        <translation>
            <numerusform>다른 오브젝트 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="374"/>
        <source>%n unreadable document(s)</source>
        <translation>
            <numerusform>읽을 수 없는 문서 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="375"/>
        <source>, </source>
        <translation>, </translation>
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
    <name>sd::ServiceListModel</name>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="146"/>
        <source>(unnamed)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="148"/>
        <source>Namespace: %1</source>
        <translation>네임스페이스: %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="148"/>
        <source>(not set)</source>
        <translation>(설정 안 됨)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="149"/>
        <source>Type: %1</source>
        <translation>타입: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="150"/>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="156"/>
        <source>%n port(s)</source>
        <translation>
            <numerusform>포트 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="152"/>
        <source>Line %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="158"/>
        <source>namespace %1</source>
        <translation>네임스페이스 %1</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="187"/>
        <source>line %1, column %2: %3</source>
        <translation>%1행 %2열: %3</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="194"/>
        <source>Document %1 could not be read</source>
        <translation>문서 %1을(를) 읽을 수 없음</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="196"/>
        <source>Document %1 could not be read.</source>
        <translation>문서 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="197"/>
        <source>It is kept in the file and saved as it is.</source>
        <translation>파일에 그대로 남아 있으며 그대로 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="201"/>
        <source>document %1: %2</source>
        <translation>문서 %1: %2</translation>
    </message>
</context>
<context>
    <name>sd::ServiceListPane</name>
    <message>
        <location filename="../widgets/servicelistpane.cpp" line="66"/>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
</context>
<context>
    <name>sd::ServiceYamlPane</name>
    <message>
        <location filename="../widgets/serviceyamlpane.cpp" line="55"/>
        <source>No Services in %1</source>
        <translation>%1에 서비스가 없음</translation>
    </message>
    <message>
        <location filename="../widgets/serviceyamlpane.cpp" line="59"/>
        <source>This file holds no v1 Service.</source>
        <translation>이 파일에는 v1 서비스가 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/serviceyamlpane.cpp" line="60"/>
        <source>Open a manifest with File › Open, or drop a YAML file here.</source>
        <translation>파일 › 열기로 매니페스트를 열거나, YAML 파일을 여기에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <location filename="../widgets/serviceyamlpane.cpp" line="78"/>
        <source>It is kept in the file and saved as it is.</source>
        <translation>파일에 그대로 남아 있으며 그대로 저장됩니다.</translation>
    </message>
</context>
</TS>
