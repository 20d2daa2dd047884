<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Autosave</name>
    <message>
        <source>The autosaved copy is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakevenChartView</name>
    <message>
        <source>Breakeven against monthly usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months to break even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You: %1 at %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You: no breakeven at %1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Decide whether a small team should run its AI models locally or pay a cloud API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the scenario FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page NAME: welcome, usage, stability, sensitivity, skill, costs or result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the language LANG: en or zh-Hant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the main window as the PNG image FILE and exit; needs no display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log LEVEL: trace, debug, info, warn, error or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scenario file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one scenario file can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the scenario either with --scenario or as FILE, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use en or zh-Hant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostChartView</name>
    <message>
        <source>Cumulative cost over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative cost: enter your monthly usage to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative cost (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local (hardware + running costs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakeven: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare total cost of ownership, not monthly fees: hardware, electricity, maintenance and API fees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices from the guide&apos;s examples. Editing a price switches to Custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input price (USD per 1M tokens):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the provider charges for one million input (prompt) tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output price (USD per 1M tokens):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the provider charges for one million output (answer) tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware examples from the guide. Editing a value switches to Custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hardware, once (USD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid up front. The guide: an RTX 4090 or better costs about 1,500–3,000 USD; vLLM on several GPUs about 5,000–20,000 USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Electricity a month (USD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide estimates 20–50 USD a month for one GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maintenance hours a month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent updating models, drivers and the server. The guide expects 4–8 hours a month; at most 744 (every hour of a month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly &amp;rate (USD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What an hour of that maintenance costs you. Zero if your team does it within its salary; the guide&apos;s outside technician costs 500 USD an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hori&amp;zon (months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far ahead to add up costs: 1 to 240 whole months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breakeven threshold (months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local counts as paying back when it does so within this many months. The guide uses 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance hours a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakeven threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 a month: the cloud API costs %2 a month; local costs %3 up front and %4 a month. Breakeven: %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and change an earlier answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to the next question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowchartView</name>
    <message>
        <source>Decision flowchart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new scenario with the guide&apos;s defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LowRegret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakeven against usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LowRegret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LowRegret scenarios (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario was not saved; any earlier file is unchanged.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LowRegret did not close normally last time. Restore the scenario you were working on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LowRegret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LowRegret %1&lt;/h3&gt;&lt;p&gt;Should a small team run its AI models locally or pay a cloud API? LowRegret walks the low-regret guide&apos;s flowchart with your answers and costs, and shows the total cost of ownership over time.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultHtml</name>
    <message>
        <source>Local deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the guide does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the guide got there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breakeven %1, threshold %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud API, a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud API, total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local hardware, up front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local running costs, a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local, total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakeven threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regret warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not suit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regret risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also consider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you decide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some answers are still missing:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Monthly usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monthly tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input and output tokens together, for a typical month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousand (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>million (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit of the number on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input share (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the monthly tokens is input (prompts) rather than output (answers). Providers price them differently; the guide&apos;s examples use 50%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t know your tokens? Estimate them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests a day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many requests your team or product sends to the model on a working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tokens a request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt plus answer. A short chat turn is a few hundred tokens; a document summary several thousand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days a month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days a month with that load: about 22 for working days, 30 for every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the estimate into Monthly tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your monthly tokens to see which band of the guide you are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month: the guide&apos;s &quot;%2&quot; band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate: %1 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the three fields to get an estimate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Answer a few questions: LowRegret follows the guide&apos;s flowchart and adds up the costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guide is for you if all of these hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does any of these describe you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If one does, the guide&apos;s framework does not apply, and the result says what to do instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
