<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CompareModelsDialog</name>
    <message numerus="yes">
        <source>All %n offer(s) in the catalog:</source>
        <translation>
            <numerusform>The one offer in the catalog:</numerusform>
            <numerusform>All %n offers in the catalog:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n offer(s) match the filters:</source>
        <translation>
            <numerusform>%1 of %n offer matches the filters:</numerusform>
            <numerusform>%1 of %n offers match the filters:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>Usage filled from %n file(s); each field says where it came from.</source>
        <translation>
            <numerusform>Usage filled from %n file; each field says where it came from.</numerusform>
            <numerusform>Usage filled from %n files; each field says where it came from.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeasuredRunsAction</name>
    <message numerus="yes">
        <source>%n match(es) %1 %2 on %3</source>
        <translation>
            <numerusform>%n matches %1 %2 on %3</numerusform>
            <numerusform>%n match %1 %2 on %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) no model, quantization and device of the hardware data</source>
        <translation>
            <numerusform>%n matches no model, quantization and device of the hardware data</numerusform>
            <numerusform>%n match no model, quantization and device of the hardware data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) read from %1: %2.</source>
        <translation>
            <numerusform>%n run read from %1: %2.</numerusform>
            <numerusform>%n runs read from %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped, the first: %1</source>
        <translation>
            <numerusform>%n row skipped: %1</numerusform>
            <numerusform>%n rows skipped, the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The scenario holds %n measured run(s) in all.</source>
        <translation>
            <numerusform>The scenario holds %n measured run in all.</numerusform>
            <numerusform>The scenario holds %n measured runs in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measured run(s) in the scenario: %1.</source>
        <translation>
            <numerusform>%n measured run in the scenario: %1.</numerusform>
            <numerusform>%n measured runs in the scenario: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceActions</name>
    <message numerus="yes">
        <source>Prices updated: %n offer(s) from the file.</source>
        <translation>
            <numerusform>Prices updated: %n offer from the file.</numerusform>
            <numerusform>Prices updated: %n offers from the file.</numerusform>
        </translation>
    </message>
</context>
</TS>
