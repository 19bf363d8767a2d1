<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>sd::DocumentActions</name>
    <message numerus="yes">
        <location filename="../widgets/documentactions.cpp" line="252"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/documentactions.cpp" line="259"/>
        <source>%n document(s) of %1 could not be read.</source>
        <translation>
            <numerusform>%n document of %1 could not be read.</numerusform>
            <numerusform>%n documents of %1 could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::DocumentStatus</name>
    <message numerus="yes">
        <location filename="../widgets/documentstatus.cpp" line="98"/>
        <source>%n Service(s)</source>
        <translation>
            <numerusform>%n Service</numerusform>
            <numerusform>%n Services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/documentstatus.cpp" line="99"/>
        <source>%n other object(s)</source>
        <translation>
            <numerusform>%n other object</numerusform>
            <numerusform>%n other objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/documentstatus.cpp" line="101"/>
        <source>%n unreadable document(s)</source>
        <translation>
            <numerusform>%n unreadable document</numerusform>
            <numerusform>%n unreadable documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::FindDialog</name>
    <message numerus="yes">
        <location filename="../widgets/finddialog.cpp" line="142"/>
        <source>%n place(s) found.</source>
        <translation>
            <numerusform>%n place found.</numerusform>
            <numerusform>%n places found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::FindingCountsLabel</name>
    <message numerus="yes">
        <location filename="../widgets/findingcounts.cpp" line="55"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/findingcounts.cpp" line="57"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/findingcounts.cpp" line="59"/>
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="145"/>
        <source>%n provider profile(s) could not be read and were skipped: %1</source>
        <translation>
            <numerusform>%n provider profile could not be read and was skipped: %1</numerusform>
            <numerusform>%n provider profiles could not be read and were skipped: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ServiceListModel</name>
    <message numerus="yes">
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="211"/>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="217"/>
        <source>%n port(s)</source>
        <translation>
            <numerusform>%n port</numerusform>
            <numerusform>%n ports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::TraceView</name>
    <message numerus="yes">
        <location filename="../widgets/traceview.cpp" line="613"/>
        <source>All %n hop(s)</source>
        <translation>
            <numerusform>All %n hop</numerusform>
            <numerusform>All %n hops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::editor</name>
    <message numerus="yes">
        <location filename="../model/document/typechange.cpp" line="58"/>
        <source>%1 does not use %n field(s), removed: %2</source>
        <translation>
            <numerusform>%1 does not use %n field, removed: %2</numerusform>
            <numerusform>%1 does not use %n fields, removed: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::undo</name>
    <message numerus="yes">
        <location filename="../model/itemmodels/porttablemodel.cpp" line="226"/>
        <source>Add %n port(s)</source>
        <translation>
            <numerusform>Add %n port</numerusform>
            <numerusform>Add %n ports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/porttablemodel.cpp" line="237"/>
        <source>Remove %n port(s)</source>
        <translation>
            <numerusform>Remove %n port</numerusform>
            <numerusform>Remove %n ports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/porttablemodel.cpp" line="253"/>
        <source>Move %n port(s)</source>
        <translation>
            <numerusform>Move %n port</numerusform>
            <numerusform>Move %n ports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/porttablemodel.cpp" line="299"/>
        <source>Paste %n port(s)</source>
        <translation>
            <numerusform>Paste %n port</numerusform>
            <numerusform>Paste %n ports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/keyvaluemodel.cpp" line="239"/>
        <source>Move %n entries</source>
        <translation>
            <numerusform>Move %n entry</numerusform>
            <numerusform>Move %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/keyvaluemodel.cpp" line="256"/>
        <source>Add %n label(s)</source>
        <translation>
            <numerusform>Add %n label</numerusform>
            <numerusform>Add %n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/keyvaluemodel.cpp" line="258"/>
        <source>Add %n selector entries</source>
        <translation>
            <numerusform>Add %n selector entry</numerusform>
            <numerusform>Add %n selector entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/keyvaluemodel.cpp" line="262"/>
        <source>Add %n annotation(s)</source>
        <translation>
            <numerusform>Add %n annotation</numerusform>
            <numerusform>Add %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/keyvaluemodel.cpp" line="269"/>
        <source>Remove %n label(s)</source>
        <translation>
            <numerusform>Remove %n label</numerusform>
            <numerusform>Remove %n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/keyvaluemodel.cpp" line="271"/>
        <source>Remove %n selector entries</source>
        <translation>
            <numerusform>Remove %n selector entry</numerusform>
            <numerusform>Remove %n selector entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/keyvaluemodel.cpp" line="275"/>
        <source>Remove %n annotation(s)</source>
        <translation>
            <numerusform>Remove %n annotation</numerusform>
            <numerusform>Remove %n annotations</numerusform>
        </translation>
    </message>
</context>
</TS>
