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
</context>
</TS>
