<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>sd::MainWindow</name>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="240"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="247"/>
        <source>%n document(s) of %1 could not be read.</source>
        <translation>
            <numerusform>%n document of %1 could not be read.</numerusform>
            <numerusform>%n documents of %1 could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="371"/>
        <source>%n Service(s)</source>
        <translation>
            <numerusform>%n Service</numerusform>
            <numerusform>%n Services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="372"/>
        <source>%n other object(s)</source>
        <translation>
            <numerusform>%n other object</numerusform>
            <numerusform>%n other objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="374"/>
        <source>%n unreadable document(s)</source>
        <translation>
            <numerusform>%n unreadable document</numerusform>
            <numerusform>%n unreadable documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ServiceListModel</name>
    <message numerus="yes">
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="150"/>
        <location filename="../model/itemmodels/servicelistmodel.cpp" line="156"/>
        <source>%n port(s)</source>
        <translation>
            <numerusform>%n port</numerusform>
            <numerusform>%n ports</numerusform>
        </translation>
    </message>
</context>
</TS>
