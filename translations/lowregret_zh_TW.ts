<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Autosave</name>
    <message>
        <source>The autosaved copy is damaged.</source>
        <translation>自動儲存的副本已損毀。</translation>
    </message>
    <message>
        <source>Unsaved work could not be autosaved to %1: %2</source>
        <translation>未儲存的工作無法自動儲存到 %1：%2</translation>
    </message>
    <message>
        <source>Unsaved work is not autosaved: no autosave file can be written in %1.</source>
        <translation>未儲存的工作沒有自動儲存：%1 裡無法寫入任何自動儲存檔。</translation>
    </message>
    <message>
        <source>%1 is not a file, so unsaved work is autosaved to %2 instead.</source>
        <translation>%1 不是檔案，因此未儲存的工作改為自動儲存到 %2。</translation>
    </message>
    <message>
        <source>The autosaved copy was written by a newer version of LowRegret.</source>
        <translation>自動儲存的副本是由較新版本的 LowRegret 寫入的。</translation>
    </message>
    <message>
        <source>The copy has been kept as %1.</source>
        <translation>副本已另存為 %1。</translation>
    </message>
</context>
<context>
    <name>BreakevenChartView</name>
    <message>
        <source>Breakeven against monthly usage</source>
        <translation>不同用量下的回本期</translation>
    </message>
    <message>
        <source>Monthly tokens</source>
        <translation>每月 tokens</translation>
    </message>
    <message>
        <source>Threshold: %1</source>
        <translation>門檻：%1</translation>
    </message>
    <message>
        <source>You: %1 at %2 tokens</source>
        <translation>你：%2 tokens，%1</translation>
    </message>
    <message>
        <source>You: no breakeven at %1 tokens</source>
        <translation>你：%1 tokens，不會回本</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月數</translation>
    </message>
    <message>
        <source>Breakeven</source>
        <translation>回本期</translation>
    </message>
</context>
<context>
    <name>BreakevenMapView</name>
    <message>
        <source>Breakeven over usage and cloud price: green pays back within the threshold (darker sooner), blue later, grey never</source>
        <translation>不同用量與雲端價格下的回本期：綠色表示在門檻內回本（越深越快），藍色較晚，灰色不會回本</translation>
    </message>
    <message>
        <source>you</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Monthly tokens (log scale); the line: breakeven at the threshold of %1</source>
        <translation>每月 tokens（對數刻度）；線條：回本期等於門檻 %1</translation>
    </message>
    <message>
        <source>Cloud price, %1 per 1M tokens (log)</source>
        <translation>雲端價格，每 100 萬 tokens（%1，對數刻度）</translation>
    </message>
</context>
<context>
    <name>CloudApiGroup</name>
    <message>
        <source>Cloud API</source>
        <translation>雲端 API</translation>
    </message>
    <message>
        <source>&amp;Example:</source>
        <translation>範例(&amp;E)：</translation>
    </message>
    <message>
        <source>Prices from the guide&apos;s examples. Editing a price switches to Custom.</source>
        <translation>指南範例中的價格。修改價格後會切換為「自訂」。</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <source>&amp;Compare Models…</source>
        <translation>比較模型(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare the catalog&apos;s models at your usage and use one as the cloud option.</source>
        <translation>依你的用量比較價目表中的模型，並選一個作為雲端選項。</translation>
    </message>
    <message>
        <source>&amp;Input price (%1 per 1M tokens):</source>
        <translation>輸入價格（每 100 萬 tokens，%1）(&amp;I)：</translation>
    </message>
    <message>
        <source>What the provider charges for one million input (prompt) tokens.</source>
        <translation>供應商對每 100 萬輸入 tokens（提示詞）收取的費用。</translation>
    </message>
    <message>
        <source>&amp;Output price (%1 per 1M tokens):</source>
        <translation>輸出價格（每 100 萬 tokens，%1）(&amp;O)：</translation>
    </message>
    <message>
        <source>What the provider charges for one million output (answer) tokens.</source>
        <translation>供應商對每 100 萬輸出 tokens（回答）收取的費用。</translation>
    </message>
    <message>
        <source>Cached input (% of input):</source>
        <translation>快取輸入（占輸入的 %）：</translation>
    </message>
    <message>
        <source>The share of input tokens the provider bills at its cache-read price (a prompt prefix it has seen before). 0: none.</source>
        <translation>供應商以快取讀取價計費的輸入 tokens 占比（先前送過的提示詞開頭）。0：沒有。</translation>
    </message>
    <message>
        <source>Cache-read price (%1 per 1M):</source>
        <translation>快取讀取價（每 100 萬，%1）：</translation>
    </message>
    <message>
        <source>What the provider charges for one million cached input tokens. Empty: the input price.</source>
        <translation>供應商對每 100 萬個快取輸入 tokens 的收費。留空：同輸入價格。</translation>
    </message>
    <message>
        <source>the input price</source>
        <translation>同輸入價格</translation>
    </message>
    <message>
        <source>Batch traffic (% of all):</source>
        <translation>批次流量（占全部的 %）：</translation>
    </message>
    <message>
        <source>The share of all traffic sent through the provider&apos;s batch API, answered within hours. 0: none.</source>
        <translation>透過供應商批次 API 送出、數小時內回覆的流量占比。0：沒有。</translation>
    </message>
    <message>
        <source>Batch discount (%):</source>
        <translation>批次折扣（%）：</translation>
    </message>
    <message>
        <source>What the batch API takes off the price; 50 at most providers.</source>
        <translation>批次 API 從價格扣掉的比例；多數供應商為 50。</translation>
    </message>
    <message>
        <source>Prices of %1.</source>
        <translation>價格來源：%1。</translation>
    </message>
    <message>
        <source>Pick an example, type the prices, or compare the catalog&apos;s models.</source>
        <translation>選擇範例、輸入價格，或比較價目表中的模型。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Decide whether a small team should run its AI models locally or pay a cloud API.</source>
        <translation>協助小團隊決定要在本地執行 AI 模型，還是付費使用雲端 API。</translation>
    </message>
    <message>
        <source>Open the scenario FILE.</source>
        <translation>開啟指定的情境檔案。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Show the page NAME: welcome, usage, stability, sensitivity, skill, costs or result.</source>
        <translation>顯示指定名稱的頁面：welcome、usage、stability、sensitivity、skill、costs 或 result。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Use the language LANG: en or zh-Hant.</source>
        <translation>使用指定的語言：en 或 zh-Hant。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Save the main window as the image FILE and exit: a PNG, or a BMP for a name ending in .bmp; needs no display.</source>
        <translation>將主視窗存成指定的圖檔後結束：檔名以 .bmp 結尾時存成 BMP，其餘存成 PNG；不需要顯示器。</translation>
    </message>
    <message>
        <source>Log LEVEL: trace, debug, info, warn, error or off.</source>
        <translation>記錄層級：trace、debug、info、warn、error 或 off。</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>A scenario file to open.</source>
        <translation>要開啟的情境檔案。</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[檔案]</translation>
    </message>
    <message>
        <source>Only one scenario file can be opened.</source>
        <translation>只能開啟一個情境檔案。</translation>
    </message>
    <message>
        <source>Give the scenario either with --scenario or as FILE, not both.</source>
        <translation>請用 --scenario 或檔案參數指定情境，兩者擇一。</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;.</source>
        <translation>不認得的頁面「%1」。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use en or zh-Hant.</source>
        <translation>不認得的語言「%1」；請使用 en 或 zh-Hant。</translation>
    </message>
    <message>
        <source>Write the recommendation report for the scenario as the PDF FILE and exit; needs no display.</source>
        <translation>將情境的建議報告寫成指定的 PDF 檔案後結束；不需要顯示器。</translation>
    </message>
    <message>
        <source>--export-pdf needs a scenario: give it with --scenario FILE.</source>
        <translation>--export-pdf 需要情境：請用 --scenario 指定情境檔案。</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>無法寫入報告 %1：%2</translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;.</source>
        <translation>不認得的記錄層級「%1」。</translation>
    </message>
    <message>
        <source>The scenario&apos;s answers do not lead to that page; showing the furthest page they reach.</source>
        <translation>情境中的答案無法通往該頁面；改為顯示答案所能到達的最後一頁。</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1: %2</source>
        <translation>無法寫入螢幕截圖 %1：%2</translation>
    </message>
    <message>
        <source>the image could not be encoded as %1</source>
        <translation>無法將影像編碼為 %1</translation>
    </message>
    <message>
        <source>Open the window at the SIZE WIDTHxHEIGHT in pixels, such as 900x600.</source>
        <translation>以指定的大小（寬x高，單位為像素，例如 900x600）開啟視窗。</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>The window size &quot;%1&quot; is not WIDTHxHEIGHT in pixels, such as 900x600.</source>
        <translation>視窗大小「%1」不是以像素表示的寬x高，例如 900x600。</translation>
    </message>
    <message>
        <source>Show the chart tab NAME beside the wizard: costs, breakeven or what-if.</source>
        <translation>在精靈旁顯示指定的圖表分頁：costs（成本）、breakeven（回本期）或 what-if（假設情境）。</translation>
    </message>
    <message>
        <source>Unknown tab &quot;%1&quot;; use costs, breakeven or what-if.</source>
        <translation>沒有「%1」這個分頁；請用 costs、breakeven 或 what-if。</translation>
    </message>
    <message>
        <source>Import the usage export FILE (File &gt; Import Usage); give it once for each file. With --screenshot, the import&apos;s summary is saved.</source>
        <translation>匯入指定的用量匯出檔（檔案 &gt; 匯入用量）；每個檔案各給一次。搭配 --screenshot 時，儲存的是匯入摘要。</translation>
    </message>
    <message>
        <source>Compare the 2 to 4 scenario FILEs given as arguments side by side (File &gt; Compare Scenarios); with --export-pdf, write the comparison report.</source>
        <translation>把以參數指定的 2 到 4 個情境檔並列比較（檔案 &gt; 比較情境）；搭配 --export-pdf 時，寫出比較報告。</translation>
    </message>
    <message>
        <source>--compare needs 2 to 4 scenario files as arguments, and no --scenario.</source>
        <translation>--compare 需要 2 到 4 個情境檔作為參數，且不能同時使用 --scenario。</translation>
    </message>
    <message>
        <source>--import-usage opens a summary to accept, so it cannot be used with --export-pdf: fill a scenario with lowregret-cli usage --output first.</source>
        <translation>--import-usage 會開啟需要確認的摘要，因此不能與 --export-pdf 一起使用：請先用 lowregret-cli usage --output 填好情境檔。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;; --help lists the options.</source>
        <translation>不認得的選項「%1」；--help 會列出所有選項。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>顯示本說明。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>顯示版本。</translation>
    </message>
    <message>
        <source>Usage: lowregret [OPTIONS] [FILE]</source>
        <translation>用法：lowregret [選項] [檔案]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>選項：</translation>
    </message>
    <message>
        <source>Show what the price file FILE would change (File &gt; Update Prices); nothing is written until you accept. With --screenshot, that summary is saved.</source>
        <translation>顯示指定的價格檔會變更什麼（檔案 &gt; 更新價格）；在你確認之前不會寫入任何內容。搭配 --screenshot 時，儲存的是這份摘要。</translation>
    </message>
    <message>
        <source>--update-prices opens a summary to accept, so it cannot be used with --export-pdf.</source>
        <translation>--update-prices 會開啟需要確認的摘要，因此不能與 --export-pdf 一起使用。</translation>
    </message>
</context>
<context>
    <name>CompareChartView</name>
    <message>
        <source>%1: cloud</source>
        <translation>%1：雲端</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>成本（%1）</translation>
    </message>
    <message>
        <source>Cumulative cost: local solid, cloud dashed</source>
        <translation>累計成本：實線為本地，虛線為雲端</translation>
    </message>
</context>
<context>
    <name>CompareModelsDialog</name>
    <message>
        <source>Compare Models</source>
        <translation>比較模型</translation>
    </message>
    <message>
        <source>Monthly costs are for %1 input and %2 output tokens a month. Prices checked more than %3 days ago are marked as possibly stale.</source>
        <translation>每月成本以每月 %1 輸入 tokens 與 %2 輸出 tokens 計算。價格查核已超過 %3 天的方案會標示為「可能已過時」。</translation>
    </message>
    <message>
        <source>Click a column header to sort. Press Enter or double-click a row to use that offer.</source>
        <translation>按一下欄位標題即可排序。按 Enter 鍵或按兩下某一列，即可採用該方案。</translation>
    </message>
    <message>
        <source>Top picks at your usage</source>
        <translation>依你的用量推薦首選</translation>
    </message>
    <message>
        <source>&amp;Use as the cloud option</source>
        <translation>設為雲端選項(&amp;U)</translation>
    </message>
    <message>
        <source>Put the selected offer&apos;s prices into the scenario&apos;s cloud option.</source>
        <translation>將所選方案的價格填入情境的雲端選項。</translation>
    </message>
    <message numerus="yes">
        <source>All %n offer(s) in the catalog:</source>
        <translation>
            <numerusform>價目表中的全部 %n 個方案：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n offer(s) match the filters:</source>
        <translation>
            <numerusform>%n 個方案中有 %1 個符合篩選條件：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareScenariosDialog</name>
    <message>
        <source>Compare Scenarios</source>
        <translation>比較情境</translation>
    </message>
    <message>
        <source>Each scenario is decided as it would be on its own. Amounts are in the first scenario&apos;s currency; the inputs that differ are highlighted.</source>
        <translation>每個情境都像單獨開啟時一樣判斷。金額以第一個情境的幣別顯示；不同的輸入會醒目標示。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>Inputs: the scenarios have the same inputs.</source>
        <translation>輸入：這些情境的輸入完全相同。</translation>
    </message>
    <message>
        <source>Inputs: %1 of %2 differ, highlighted.</source>
        <translation>輸入：%2 項中有 %1 項不同，已醒目標示。</translation>
    </message>
</context>
<context>
    <name>CostChartView</name>
    <message>
        <source>Cumulative cost over %1</source>
        <translation>%1累計成本</translation>
    </message>
    <message>
        <source>Cumulative cost: enter your monthly usage to see it</source>
        <translation>累計成本：輸入每月用量後即可顯示</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Cloud API</source>
        <translation>雲端 API</translation>
    </message>
    <message>
        <source>Breakeven: %1</source>
        <translation>回本期：%1</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地部署</translation>
    </message>
    <message>
        <source>Hybrid, %1 local</source>
        <translation>混合：%1 本地</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Costs</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Compare total cost of ownership, not monthly fees: hardware, electricity, maintenance and API fees.</source>
        <translation>比較總體擁有成本，而不只是月費：硬體、電費、維護與 API 費用。</translation>
    </message>
    <message>
        <source>Input price</source>
        <translation>輸入價格</translation>
    </message>
    <message>
        <source>Output price</source>
        <translation>輸出價格</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬體</translation>
    </message>
    <message>
        <source>Electricity a month</source>
        <translation>每月電費</translation>
    </message>
    <message>
        <source>Maintenance hours a month</source>
        <translation>每月維護時數</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>時薪</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>評估期間</translation>
    </message>
    <message>
        <source>Breakeven threshold</source>
        <translation>回本期門檻</translation>
    </message>
    <message>
        <source>At %1 a month: the cloud API costs %2 a month; local costs %3 up front and %4 a month. Breakeven: %5.</source>
        <translation>每月 %1：雲端 API 每月 %2；本地部署前期投入 %3，每月 %4；回本期 %5。</translation>
    </message>
    <message>
        <source>Until then, the figures and the charts use the last valid values.</source>
        <translation>在修正之前，數字與圖表沿用最後一次有效的數值。</translation>
    </message>
    <message>
        <source>Setup hours</source>
        <translation>架設時數</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>快取輸入</translation>
    </message>
    <message>
        <source>Cache-read price</source>
        <translation>快取讀取價</translation>
    </message>
    <message>
        <source>Batch traffic</source>
        <translation>批次流量</translation>
    </message>
    <message>
        <source>Batch discount</source>
        <translation>批次折扣</translation>
    </message>
    <message>
        <source>Resale value</source>
        <translation>轉售價值</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>折舊年限</translation>
    </message>
    <message>
        <source>Hybrid share</source>
        <translation>混合比例</translation>
    </message>
    <message>
        <source>Usage growth</source>
        <translation>用量成長</translation>
    </message>
    <message>
        <source>Cloud price change</source>
        <translation>雲端價格變動</translation>
    </message>
    <message>
        <source>At %1 in the first month: the cloud API costs %2 that month; local costs %3 up front and %4 that month. Breakeven, with the months as they move: %5.</source>
        <translation>第一個月用量 %1：雲端 API 當月 %2；本地前期投入 %3，當月 %4。依逐月變動計算的回本期：%5。</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>匯率</translation>
    </message>
    <message>
        <source>At %1 a month: the cloud API costs %2 a month. The local setup cannot run this model on this device, so no local cost is counted.</source>
        <translation>每月 %1：雲端 API 每月 %2。本地設備無法在這台裝置上執行此模型，因此不計算任何本地成本。</translation>
    </message>
</context>
<context>
    <name>DecisionWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Go back and change an earlier answer</source>
        <translation>返回修改先前的答案</translation>
    </message>
    <message>
        <source>Go on to the next question</source>
        <translation>前往下一題</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>What this page asks and where its defaults come from (F1)</source>
        <translation>這一頁在問什麼、預設值從哪裡來（F1）</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>復原「%1」(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做「%1」(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open Scenario</source>
        <translation>開啟情境</translation>
    </message>
    <message>
        <source>LowRegret scenarios (*.json);;All files (*)</source>
        <translation>LowRegret 情境 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import Usage</source>
        <translation>匯入用量</translation>
    </message>
    <message>
        <source>Usage exports (*.csv *.json);;All files (*)</source>
        <translation>用量匯出檔 (*.csv *.json);;所有檔案 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Usage filled from %n file(s); each field says where it came from.</source>
        <translation>
            <numerusform>已從 %n 個檔案填入用量；每個欄位都註明了來源。</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare Scenarios</source>
        <translation>比較情境</translation>
    </message>
    <message>
        <source>Choose one to three saved scenarios to set beside this one (you chose %1).</source>
        <translation>請選擇 1 到 3 個已儲存的情境，與目前的情境並列（你選了 %1 個）。</translation>
    </message>
    <message>
        <source>Choose two to four saved scenarios (you chose %1).</source>
        <translation>請選擇 2 到 4 個已儲存的情境（你選了 %1 個）。</translation>
    </message>
    <message>
        <source>This scenario</source>
        <translation>目前的情境</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1（開啟中）</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>無法開啟 %1</translation>
    </message>
    <message>
        <source>The file name is not valid UTF-8, so it cannot be opened. Rename the file and try again.</source>
        <translation>檔案名稱不是有效的 UTF-8，因此無法開啟。請重新命名檔案後再試一次。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已開啟 %1</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>儲存情境</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>無法儲存 %1</translation>
    </message>
    <message>
        <source>The scenario was not saved; any earlier file is unchanged.
%1</source>
        <translation>情境未儲存；原有的檔案維持不變。
%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Cannot export yet</source>
        <translation>尚無法匯出</translation>
    </message>
    <message>
        <source>The flowchart still needs some answers:
%1</source>
        <translation>流程圖還缺少部分答案：
%1</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>建議報告</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>匯出報告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>無法匯出報告</translation>
    </message>
    <message>
        <source>No report was written to %1.
%2</source>
        <translation>報告未寫入 %1。
%2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>報告已寫入 %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <source>The scenario has changes that are not saved. Save them first?</source>
        <translation>情境有尚未儲存的變更。要先儲存嗎？</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>捨棄(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>要還原未儲存的工作嗎？</translation>
    </message>
    <message>
        <source>LowRegret did not close normally last time. Restore the scenario you were working on?</source>
        <translation>LowRegret 上次未正常關閉。要還原你先前編輯中的情境嗎？</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>還原(&amp;R)</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>無法還原</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除清單(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FlowchartView</name>
    <message>
        <source>Decision flowchart</source>
        <translation>決策流程圖</translation>
    </message>
</context>
<context>
    <name>HardwareDialog</name>
    <message>
        <source>Which Hardware?</source>
        <translation>該用哪種硬體？</translation>
    </message>
    <message>
        <source>Open &amp;model:</source>
        <translation>開源模型(&amp;M)：</translation>
    </message>
    <message>
        <source>The open model to size on every device.</source>
        <translation>要在每種裝置上估算的開源模型。</translation>
    </message>
    <message>
        <source>&amp;Use This Device</source>
        <translation>採用這種裝置(&amp;U)</translation>
    </message>
    <message>
        <source>Size the local side of your scenario on the selected device and model.</source>
        <translation>以選取的裝置與模型估算情境的本地部分。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>裝置數</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌程度</translation>
    </message>
    <message>
        <source>Up front</source>
        <translation>前期投入</translation>
    </message>
    <message>
        <source>Breakeven</source>
        <translation>回本期</translation>
    </message>
    <message>
        <source>Enter your monthly usage first: the devices are sized for it.</source>
        <translation>請先輸入每月用量：裝置是依用量估算的。</translation>
    </message>
    <message>
        <source>does not fit: needs %1 GB</source>
        <translation>放不下：需要 %1 GB</translation>
    </message>
    <message>
        <source>Decode
(tokens/s)</source>
        <translation>生成速度
（tokens/s）</translation>
    </message>
    <message>
        <source>First token
(s)</source>
        <translation>第一個 token
（秒）</translation>
    </message>
    <message>
        <source>Electricity
a month</source>
        <translation>每月
電費</translation>
    </message>
    <message>
        <source>How fast one request&apos;s answer is written, at the context&apos;s depth, while the concurrent requests run together. ✓: measured by your llama-bench runs.</source>
        <translation>並行請求同時執行時，單一請求在上下文長度下生成回答的速度。✓：由你的 llama-bench 測試實測。</translation>
    </message>
    <message>
        <source>Seconds until the first token of an answer: the prompt read at the prefill speed, then one token. ✓: the prefill was measured by your llama-bench runs.</source>
        <translation>回答的第一個 token 出現前的秒數：以提示詞處理速度讀完提示詞，再生成一個 token。✓：提示詞處理速度由你的 llama-bench 測試實測。</translation>
    </message>
    <message>
        <source>At %1 a month, cheapest first over %2 (hardware and electricity). %3 The device data was checked on %4.</source>
        <translation>每月 %1，依 %2內的硬體與電費由便宜到貴排列。%3裝置資料查核日期 %4。</translation>
    </message>
    <message>
        <source>Speeds marked ✓ were measured by your llama-bench runs; the others are estimates.</source>
        <translation>標示 ✓ 的速度由你的 llama-bench 測試實測，其餘為估計值。</translation>
    </message>
    <message>
        <source>Speeds are estimates from memory bandwidth and compute.</source>
        <translation>速度是依記憶體頻寬與運算能力推估的。</translation>
    </message>
</context>
<context>
    <name>HelpHtml</name>
    <message>
        <source>LowRegret guide</source>
        <translation>LowRegret 使用指南</translation>
    </message>
    <message>
        <source>Whether the guide applies</source>
        <translation>指南是否適用</translation>
    </message>
    <message>
        <source>If one of these describes you, the flowchart does not decide your case, and the result says what to do instead:</source>
        <translation>如果符合下列任一情況，流程圖不判斷你的情況，結果會說明建議做法：</translation>
    </message>
    <message>
        <source>How the flowchart decides</source>
        <translation>流程圖如何判斷</translation>
    </message>
    <message>
        <source>It asks its questions in order and stops at a leaf. The first question, the monthly usage, picks a band; each band asks only what matters there:</source>
        <translation>流程圖依序提問，直到終點為止。第一題「每月用量」決定用量區間，每個區間只問與它相關的問題：</translation>
    </message>
    <message>
        <source>Monthly tokens</source>
        <translation>每月 tokens</translation>
    </message>
    <message>
        <source>Input and output tokens together, in a typical month. Your provider&apos;s usage page or export gives them; the estimator multiplies requests a day, tokens a request and days a month.</source>
        <translation>一般月份的輸入與輸出 tokens 合計。可從供應商的用量頁面或匯出檔取得；估算工具會把每日請求數、每次請求 tokens 與每月天數相乘。</translation>
    </message>
    <message>
        <source>Input share</source>
        <translation>輸入占比</translation>
    </message>
    <message>
        <source>The part of those tokens that is input (the prompt). Output usually costs more.</source>
        <translation>這些 tokens 中屬於輸入（提示詞）的比例。輸出通常比較貴。</translation>
    </message>
    <message>
        <source>The questions</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>The arrow keys answer a question; Alt+N goes on, Alt+B goes back. An answer that Back takes off the path is kept, and counts only for the warnings.</source>
        <translation>方向鍵可回答問題；Alt+N 前往下一步，Alt+B 返回。因返回而不在判斷路徑上的答案會保留，但只影響警示。</translation>
    </message>
    <message>
        <source>The costs, and where each default comes from</source>
        <translation>成本，以及各預設值的來源</translation>
    </message>
    <message>
        <source>Both sides are added up month by month over the horizon. The cloud costs the tokens at its prices; local costs the hardware once, then electricity and maintenance every month. Breakeven is the month local&apos;s total stops being dearer: hardware ÷ (cloud a month − local a month). Every default can be changed, and the report says which values you set.</source>
        <translation>兩邊都在評估期間內逐月累計。雲端依價格計算 tokens 費用；本地部署先付一次硬體費用，之後每月付電費與維護費。回本期是本地總成本不再較高的那個月：硬體 ÷（雲端每月 − 本地每月）。每個預設值都可以修改，報告會註明哪些數值是你設定的。</translation>
    </message>
    <message>
        <source>Cloud prices</source>
        <translation>雲端價格</translation>
    </message>
    <message>
        <source>Default: %1 and %2 per 1M input and output tokens, %3&apos;s prices in the built-in catalog, checked 2025-09-01: a middle price among mainstream offers, so that the default favours neither side. The guide&apos;s own examples are the presets labelled as the guide&apos;s.</source>
        <translation>預設值：每 100 萬輸入 tokens %1、輸出 tokens %2，為內建價目表中 %3 的價格（查核日期 2025-09-01）：在主流方案中屬中等價位，讓預設值不偏向任何一方。指南本身的範例是標示為「指南範例」的預設組合。</translation>
    </message>
    <message>
        <source>the guide</source>
        <translation>指南</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬體</translation>
    </message>
    <message>
        <source>Default: %1, the guide&apos;s RTX 4090 machine (the guide: %2 for one GPU, %3 for several).</source>
        <translation>預設值：%1，即指南中的 RTX 4090 主機（指南估計：單張 GPU %2，多張 GPU %3）。</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>電費</translation>
    </message>
    <message>
        <source>Default: %1 a month, within the guide&apos;s %2 for one GPU.</source>
        <translation>預設值：每月 %1，在指南估計單張 GPU 的 %2 之內。</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>維護</translation>
    </message>
    <message>
        <source>Default: %1 hours a month, the low end of the guide&apos;s %2, at %3 an hour: your team&apos;s own time at about a software developer&apos;s wage in the US (BLS, May 2024). The guide&apos;s outside technician costs %4 an hour. Set the rate to 0 to count the time as free.</source>
        <translation>預設值：每月 %1 小時（指南估計 %2 小時的下限），時薪 %3：以團隊自己的時間計，約為美國軟體開發人員的時薪（美國勞工統計局，2024 年 5 月）。指南中的外包技術人員時薪為 %4。把時薪設為 0，就表示這些時間不計成本。</translation>
    </message>
    <message>
        <source>Horizon and threshold</source>
        <translation>評估期間與門檻</translation>
    </message>
    <message>
        <source>Default: %1 each. The horizon is how far ahead the totals add up; local counts as paying back when its breakeven is within the threshold.</source>
        <translation>預設值：各 %1。評估期間是成本累計的長度；本地部署的回本期在門檻內，才算「能回本」。</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>The recommendation is the leaf the answers reach, set against your own totals: which side costs less over the horizon, and by how much. The regret warnings appear only where your answers and figures bear them out. File → Export Report writes the same result as a PDF.</source>
        <translation>建議是答案所到達的流程圖終點，並對照你自己的總成本：評估期間內哪一邊比較省、省多少。只有在你的答案與數字符合時，才會顯示後悔風險警示。檔案 → 匯出報告可將同樣的結果存成 PDF。</translation>
    </message>
</context>
<context>
    <name>LocalDeploymentGroup</name>
    <message>
        <source>Local deployment</source>
        <translation>本地部署</translation>
    </message>
    <message>
        <source>Loc&amp;al side:</source>
        <translation>本地部分(&amp;A)：</translation>
    </message>
    <message>
        <source>Enter my own figures</source>
        <translation>自行輸入金額</translation>
    </message>
    <message>
        <source>Size it for my usage</source>
        <translation>依我的用量估算</translation>
    </message>
    <message>
        <source>Your own hardware price and electricity bill, or the devices, power and electricity sized from your usage and an open model.</source>
        <translation>自行輸入硬體價格與電費，或依你的用量與開源模型估算裝置、耗電與電費。</translation>
    </message>
    <message>
        <source>&amp;Setup hours, once:</source>
        <translation>一次性架設時數(&amp;S)：</translation>
    </message>
    <message>
        <source>Time to set the local side up, counted once, up front, at the hourly rate.</source>
        <translation>架設本地環境所需的時間，以時薪計算，列為一次性的前期投入。</translation>
    </message>
    <message>
        <source>E&amp;xample:</source>
        <translation>範例(&amp;X)：</translation>
    </message>
    <message>
        <source>Hardware examples from the guide. Editing a value switches to Custom.</source>
        <translation>指南中的硬體範例。修改任一數值後會切換為「自訂」。</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <source>Hard&amp;ware, once (%1):</source>
        <translation>硬體，一次性（%1）(&amp;W)：</translation>
    </message>
    <message>
        <source>Paid up front. The guide: an RTX 4090 or better costs about %1; vLLM on several GPUs about %2.</source>
        <translation>購買時一次付清。指南估計：RTX 4090 或以上約 %1；vLLM 搭配多張 GPU 約 %2。</translation>
    </message>
    <message>
        <source>Elect&amp;ricity a month (%1):</source>
        <translation>每月電費（%1）(&amp;R)：</translation>
    </message>
    <message>
        <source>The guide estimates %1 a month for one GPU.</source>
        <translation>指南估計單張 GPU 每月電費約 %1。</translation>
    </message>
    <message>
        <source>&amp;Maintenance hours a month:</source>
        <translation>每月維護時數(&amp;M)：</translation>
    </message>
    <message>
        <source>Time spent updating models, drivers and the server. The guide expects %1 hours a month; at most %2 (every hour of a month).</source>
        <translation>更新模型、驅動程式與伺服器所花的時間。指南估計每月 %1 小時；上限為 %2（一個月的總時數）。</translation>
    </message>
    <message>
        <source>Hourl&amp;y rate (%1):</source>
        <translation>時薪（%1）(&amp;Y)：</translation>
    </message>
    <message>
        <source>What an hour of that maintenance costs you. The default, %1, is your team&apos;s own time at about a software developer&apos;s wage in the US (BLS, May 2024); the guide&apos;s outside technician costs %2 an hour. Zero if the time costs you nothing.</source>
        <translation>每小時維護的成本。預設值 %1 是團隊自己的時間，約為美國軟體開發人員的時薪（美國勞工統計局，2024 年 5 月）；指南中的外包技術人員時薪為 %2。若這些時間不花你任何成本，請填 0。</translation>
    </message>
    <message>
        <source>Resale at the horizon (%):</source>
        <translation>評估期末轉售（%）：</translation>
    </message>
    <message>
        <source>What the hardware still sells for at the horizon, taken off local&apos;s total. The breakeven is on the money paid, without it. 0: none.</source>
        <translation>硬體在評估期末還能賣到的價錢，會從本地總額扣除；回本期以實際支付的金額計算，不含它。0：沒有。</translation>
    </message>
    <message>
        <source>Or depreciation (years):</source>
        <translation>或折舊年限（年）：</translation>
    </message>
    <message>
        <source>Used when the resale value is 0: the hardware loses its value in a straight line over this many years. 0: none.</source>
        <translation>轉售價值為 0 時使用：硬體在這麼多年內直線折舊到零。0：沒有。</translation>
    </message>
    <message>
        <source>Hybrid, served locally (%):</source>
        <translation>混合，本地處理（%）：</translation>
    </message>
    <message>
        <source>Serve this share of the tokens locally (the sensitive part, say) and the rest by the cloud. It is costed beside the two pure choices, with its breakeven against the cloud alone. 0: no hybrid.</source>
        <translation>這個比例的 tokens 在本地處理（例如敏感的部分），其餘交給雲端。它會與兩種單一做法並列計算成本，並附上相較全用雲端的回本期。0：不混合。</translation>
    </message>
    <message>
        <source>Counted in the local costs: %1 of maintenance a month at %2 an hour, %3 a month.</source>
        <translation>已計入本地成本：每月維護 %1，時薪 %2，每月 %3。</translation>
    </message>
    <message>
        <source>No maintenance time is counted in the local costs.</source>
        <translation>本地成本未計入任何維護時間。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new scenario with the guide&apos;s defaults</source>
        <translation>以指南的預設值建立新情境</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved scenario</source>
        <translation>開啟已儲存的情境</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>開啟最近的檔案(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>儲存情境</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LowRegret</source>
        <translation>關於 LowRegret(&amp;A)</translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation>成本趨勢</translation>
    </message>
    <message>
        <source>Breakeven against usage</source>
        <translation>不同用量下的回本期</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>LowRegret</source>
        <translation>LowRegret</translation>
    </message>
    <message>
        <source>About LowRegret</source>
        <translation>關於 LowRegret</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LowRegret %1&lt;/h3&gt;&lt;p&gt;Should a small team run its AI models locally or pay a cloud API? LowRegret walks the low-regret guide&apos;s flowchart with your answers and costs, and shows the total cost of ownership over time.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LowRegret %1&lt;/h3&gt;&lt;p&gt;小團隊該在本地執行 AI 模型，還是付費使用雲端 API？LowRegret 會根據你的答案與成本，依低後悔指南的流程圖做出判斷，並呈現總體擁有成本隨時間的變化。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>匯出報告(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the recommendation report as a PDF in the current language</source>
        <translation>以目前的語言將建議報告匯出為 PDF</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Compare Models…</source>
        <translation>比較模型(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare the catalog&apos;s models at your usage and pick the cloud option</source>
        <translation>依你的用量比較價目表中的模型，並選定雲端選項</translation>
    </message>
    <message>
        <source>Cloud option: %1</source>
        <translation>雲端選項：%1</translation>
    </message>
    <message>
        <source>The settings file was damaged and has been set aside as %1; the defaults are used.</source>
        <translation>設定檔已損毀，已另存為 %1，現在使用預設值。</translation>
    </message>
    <message>
        <source>LowRegret &amp;Guide</source>
        <translation>LowRegret 使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>How the flowchart decides, what each input means and where each default comes from</source>
        <translation>流程圖如何判斷、各項輸入的意義，以及各預設值的來源</translation>
    </message>
    <message>
        <source>&amp;Which Hardware?…</source>
        <translation>該用哪種硬體(&amp;W)？…</translation>
    </message>
    <message>
        <source>Size an open model on every device at your usage and pick the local setup</source>
        <translation>依你的用量在每種裝置上估算開源模型，並選定本地設備</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>假設情境</translation>
    </message>
    <message>
        <source>How sure the answer is: each input swung over its range, where the recommendation flips, and the regret of either choice</source>
        <translation>答案有多可靠：每項輸入在範圍內變動的影響、建議在哪裡翻轉，以及兩種選擇的後悔值</translation>
    </message>
    <message>
        <source>&amp;Import Usage…</source>
        <translation>匯入用量(&amp;I)…</translation>
    </message>
    <message>
        <source>Read your provider&apos;s usage exports (OpenAI, Anthropic, OpenRouter, LiteLLM) and fill the usage from them</source>
        <translation>讀取供應商的用量匯出檔（OpenAI、Anthropic、OpenRouter、LiteLLM），並依此填入用量</translation>
    </message>
    <message>
        <source>Compare Sce&amp;narios…</source>
        <translation>比較情境(&amp;N)…</translation>
    </message>
    <message>
        <source>Set this scenario beside saved ones, or two to four saved ones side by side</source>
        <translation>把目前的情境與已儲存的情境並列，或並列比較 2 到 4 個已儲存的情境</translation>
    </message>
    <message>
        <source>&lt;p&gt;Most built-in prices are from pydantic&apos;s genai-prices (snapshot of 2026-08-21), copyright Pydantic Services Inc., under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;內建價格大多取自 pydantic 的 genai-prices（2026-08-21 的版本），版權屬於 Pydantic Services Inc.，以 MIT 授權釋出。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeasuredRunsAction</name>
    <message>
        <source>Use My Measurements…</source>
        <translation>使用我的實測結果…</translation>
    </message>
    <message>
        <source>Read a file that llama-bench wrote with -o json (your own runs of a model on your device): a run of the model, quantization and device sized replaces the estimated decode or prefill speed.</source>
        <translation>讀取 llama-bench 以 -o json 寫出的檔案（你自己在裝置上執行模型的測試）：與所試算的模型、量化格式和裝置相符的測試，取代估計的生成或提示詞處理速度。</translation>
    </message>
    <message>
        <source>Forget Measurements</source>
        <translation>清除實測結果</translation>
    </message>
    <message>
        <source>Remove the llama-bench runs from the scenario: the speeds are estimated again.</source>
        <translation>從情境中移除 llama-bench 測試：速度改回估計值。</translation>
    </message>
    <message>
        <source>Use My Measurements</source>
        <translation>使用我的實測結果</translation>
    </message>
    <message>
        <source>llama-bench JSON files (*.json);;All files (*)</source>
        <translation>llama-bench JSON 檔案 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>%1 holds no llama-bench run that can be used; nothing was changed.</source>
        <translation>%1 沒有可用的 llama-bench 測試結果，未做任何變更。</translation>
    </message>
    <message>
        <source>Cannot Use Measurements</source>
        <translation>無法使用實測結果</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) %1 %2 on %3</source>
        <translation>
            <numerusform>%n 次符合 %3 上的 %1 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) no model, quantization and device of the hardware data</source>
        <translation>
            <numerusform>%n 次不符合硬體資料中的任何模型、量化格式與裝置</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) read from %1: %2.</source>
        <translation>
            <numerusform>從 %1 讀取 %n 次測試：%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped, the first: %1</source>
        <translation>
            <numerusform>略過 %n 列，第一列：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The scenario holds %n measured run(s) in all.</source>
        <translation>
            <numerusform>情境中共有 %n 次實測。</numerusform>
        </translation>
    </message>
    <message>
        <source>No measurements: the speeds are estimates.</source>
        <translation>沒有實測結果：速度都是估計值。</translation>
    </message>
    <message numerus="yes">
        <source>%n measured run(s) in the scenario: %1.</source>
        <translation>
            <numerusform>情境中有 %n 次實測：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use My M&amp;easurements…</source>
        <translation>使用我的實測結果(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Forget Measurements</source>
        <translation>清除實測結果(&amp;F)</translation>
    </message>
</context>
<context>
    <name>NoFitNotice</name>
    <message>
        <source>S&amp;witch to %1</source>
        <translation>改用 %1(&amp;W)</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number: a comma may only separate thousands, as in 1,500.</source>
        <translation>%1：「%2」不是整數：逗號只能用來分隔千位，例如 1,500。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number: write decimals with a point, as in %3; a comma may only separate thousands, as in 1,500.</source>
        <translation>%1：「%2」不是數字：小數請用小數點，例如 %3；逗號只能用來分隔千位，例如 1,500。</translation>
    </message>
</context>
<context>
    <name>OfferBarChart</name>
    <message>
        <source>Monthly cost</source>
        <translation>每月成本</translation>
    </message>
    <message>
        <source>No offer matches the filters</source>
        <translation>沒有符合篩選條件的方案</translation>
    </message>
    <message>
        <source>Monthly cost of the cheapest matching offers</source>
        <translation>符合條件的最便宜方案每月成本</translation>
    </message>
    <message>
        <source>Monthly cost (%1)</source>
        <translation>每月成本（%1）</translation>
    </message>
</context>
<context>
    <name>OfferFilterBar</name>
    <message>
        <source>Maximum monthly cost</source>
        <translation>每月成本上限</translation>
    </message>
    <message>
        <source>Use &amp;case:</source>
        <translation>用途(&amp;C)：</translation>
    </message>
    <message>
        <source>Any use case</source>
        <translation>所有用途</translation>
    </message>
    <message>
        <source>Show only offers the catalog lists for this use case.</source>
        <translation>只顯示價目表中列為此用途的方案。</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>供應商(&amp;P)：</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>所有供應商</translation>
    </message>
    <message>
        <source>Show only one provider&apos;s offers.</source>
        <translation>只顯示單一供應商的方案。</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Hide offers that would cost more than this a month at your usage. Leave it empty for no limit.</source>
        <translation>隱藏在你的用量下每月成本超過此金額的方案。留空表示不限。</translation>
    </message>
    <message>
        <source>Minimum c&amp;ontext:</source>
        <translation>最小上下文長度(&amp;O)：</translation>
    </message>
    <message>
        <source>Any context</source>
        <translation>不限上下文長度</translation>
    </message>
    <message>
        <source>%1 tokens or more</source>
        <translation>%1 tokens 以上</translation>
    </message>
    <message>
        <source>Hide models that cannot read this many tokens at once. Offers with an unknown context are hidden too.</source>
        <translation>隱藏無法一次讀取這麼多 tokens 的模型。上下文長度不明的方案也會隱藏。</translation>
    </message>
    <message>
        <source>Ma&amp;ximum monthly cost (%1):</source>
        <translation>每月成本上限（%1）(&amp;X)：</translation>
    </message>
</context>
<context>
    <name>OfferTableModel</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>無日期</translation>
    </message>
    <message>
        <source>possibly stale</source>
        <translation>可能已過時</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>The separator between items of a short list, such as use cases.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>This price has no valid date and may be out of date.</source>
        <translation>此價格沒有有效日期，可能已過時。</translation>
    </message>
    <message>
        <source>The price was checked %1 days ago and may be out of date.</source>
        <translation>此價格於 %1 天前查核，可能已過時。</translation>
    </message>
    <message>
        <source>The price was checked on %1.</source>
        <translation>此價格於 %1 查核。</translation>
    </message>
    <message>
        <source>US dollars per million input (prompt) tokens.</source>
        <translation>每 100 萬輸入 tokens（提示詞）的價格，以美元計。</translation>
    </message>
    <message>
        <source>US dollars per million output (answer) tokens.</source>
        <translation>每 100 萬輸出 tokens（回答）的價格，以美元計。</translation>
    </message>
    <message>
        <source>What your monthly usage would cost with this offer.</source>
        <translation>以你的每月用量採用此方案的費用。</translation>
    </message>
    <message>
        <source>The most tokens the model reads at once.</source>
        <translation>模型一次最多能讀取的 tokens 數。</translation>
    </message>
    <message>
        <source>The day the price was checked. Prices older than %1 days are marked as possibly stale.</source>
        <translation>查核價格的日期。超過 %1 天的價格會標示為「可能已過時」。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>每月成本</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文長度</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Price date</source>
        <translation>價格日期</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>程式設計</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Images and text</source>
        <translation>多模態</translation>
    </message>
    <message>
        <source>Long documents</source>
        <translation>長上下文</translation>
    </message>
    <message>
        <source>Low cost</source>
        <translation>低成本</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>即時</translation>
    </message>
    <message>
        <source>(suspect)</source>
        <extracomment>Marks a price that looks wrong (the column&apos;s tooltip says why).</extracomment>
        <translation>（價格可疑）</translation>
    </message>
    <message>
        <source>This price looks wrong: over %1 per 1M tokens, or over %2 for a model of at most %3 parameters. Check it with the provider before you rely on it.</source>
        <translation>這個價格看起來有誤：每 100 萬 tokens 超過 %1，或參數不超過 %3 的模型超過 %2。採用前請先向供應商查核。</translation>
    </message>
    <message>
        <source>Input
%1/1M</source>
        <extracomment>Two lines, so the column stays narrow.</extracomment>
        <translation>輸入
%1/100 萬</translation>
    </message>
    <message>
        <source>Output
%1/1M</source>
        <extracomment>Two lines, so the column stays narrow.</extracomment>
        <translation>輸出
%1/100 萬</translation>
    </message>
    <message>
        <source>retired</source>
        <extracomment>Marks an offer no longer sold, kept for the scenarios that name it.</extracomment>
        <translation>已停售</translation>
    </message>
    <message>
        <source>(sources differ)</source>
        <extracomment>Marks a price another price book gives differently (the column&apos;s tooltip says what it gives).</extracomment>
        <translation>（來源不一）</translation>
    </message>
    <message>
        <source>From %1: %2 / %3 per 1M tokens in / out.</source>
        <translation>%1 起：每 100 萬 tokens 輸入 %2／輸出 %3。</translation>
    </message>
    <message>
        <source>Another source, %1 on %2, says %3 / %4 per 1M tokens in / out.</source>
        <translation>另一來源 %1 於 %2 列為每 100 萬 tokens 輸入 %3／輸出 %4。</translation>
    </message>
    <message>
        <source>No longer sold: kept so that the scenarios naming it keep their meaning, never proposed.</source>
        <translation>已停售：保留此方案，讓指定它的情境檔維持原意，但不再建議。</translation>
    </message>
</context>
<context>
    <name>PriceActions</name>
    <message>
        <source>Update &amp;Prices…</source>
        <translation>更新價格(&amp;P)…</translation>
    </message>
    <message>
        <source>Read a LiteLLM or genai-prices price file you downloaded, see what it would change, and update your price catalog from it</source>
        <translation>讀取你下載的 LiteLLM 或 genai-prices 價格檔，查看它會變更什麼，再用它更新你的價目表</translation>
    </message>
    <message>
        <source>Update Prices</source>
        <translation>更新價格</translation>
    </message>
    <message>
        <source>Price files (*.json);;All files (*)</source>
        <translation>價格檔 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Your prices were not updated; the price catalog is as it was.
%1</source>
        <translation>價格沒有更新；價目表維持原樣。
%1</translation>
    </message>
    <message>
        <source>Cannot update prices</source>
        <translation>無法更新價格</translation>
    </message>
    <message numerus="yes">
        <source>Prices updated: %n offer(s) from the file.</source>
        <translation>
            <numerusform>價格已更新：檔案中的 %n 個方案。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceDiffTree</name>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>cache read: %1, cache write: %2</source>
        <translation>快取讀取價：%1，快取寫入價：%2</translation>
    </message>
    <message>
        <source>no long-request prices</source>
        <translation>沒有長請求價格</translation>
    </message>
    <message>
        <source>above %1 input tokens: %2</source>
        <translation>輸入超過 %1 tokens：%2</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>%1 起：%2</translation>
    </message>
    <message>
        <source>no longer sold</source>
        <translation>已停售</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Before: input / output per 1M tokens</source>
        <translation>更新前：輸入／輸出每 100 萬 tokens</translation>
    </message>
    <message>
        <source>After: input / output per 1M tokens</source>
        <translation>更新後：輸入／輸出每 100 萬 tokens</translation>
    </message>
    <message>
        <source>The prices in your catalog now, and the day they were checked</source>
        <translation>你的價目表目前的價格，以及查核的日期</translation>
    </message>
    <message>
        <source>The prices in the file, and the day they were checked</source>
        <translation>檔案中的價格，以及查核的日期</translation>
    </message>
    <message>
        <source>New offers: %1</source>
        <translation>新方案：%1</translation>
    </message>
    <message>
        <source>Offers your catalog does not have yet</source>
        <translation>你的價目表還沒有的方案</translation>
    </message>
    <message>
        <source>not in your catalog</source>
        <translation>不在你的價目表中</translation>
    </message>
    <message>
        <source>Changed prices: %1</source>
        <translation>價格變動：%1</translation>
    </message>
    <message>
        <source>Gone from the file (kept): %1</source>
        <translation>檔案中已無（保留）：%1</translation>
    </message>
    <message>
        <source>Offers imported from this kind of price file before that the file no longer has. They stay in your catalog: a scenario may still name them.</source>
        <translation>先前從這類價格檔匯入、但這個檔案已不再列出的方案。它們會留在你的價目表中：情境可能仍指定它們。</translation>
    </message>
    <message>
        <source>not in the file; kept as it is</source>
        <translation>不在檔案中；維持原樣</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>billions</source>
        <translation>10 億</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>100 萬</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>千</translation>
    </message>
</context>
<context>
    <name>RangeEditor</name>
    <message>
        <source>tokens a month</source>
        <translation>每月 tokens</translation>
    </message>
    <message>
        <source>% of the tokens</source>
        <translation>占 tokens 的 %</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小時</translation>
    </message>
    <message>
        <source>hours a month</source>
        <translation>每月小時</translation>
    </message>
    <message>
        <source>watts</source>
        <translation>瓦</translation>
    </message>
    <message>
        <source>tokens per second</source>
        <translation>每秒 tokens</translation>
    </message>
    <message>
        <source>These are this scenario&apos;s own ranges, saved with it. An input with both ends empty is held fixed.</source>
        <translation>這是此情境自己的範圍，會隨情境一起儲存。兩端都留空的輸入會固定不變。</translation>
    </message>
    <message>
        <source>These are the documented defaults around your figures. Editing a range writes them all into the scenario, to be saved with it.</source>
        <translation>這是 LowRegret 依你的數字設定的預設測試範圍。修改任一範圍時，會把全部範圍寫入情境，隨情境一起儲存。</translation>
    </message>
    <message>
        <source>%1, low end</source>
        <translation>%1，下限</translation>
    </message>
    <message>
        <source>%1, high end</source>
        <translation>%1，上限</translation>
    </message>
    <message>
        <source>Until then, the analysis uses the last valid ranges.</source>
        <translation>修正之前，分析會沿用上一組有效的範圍。</translation>
    </message>
    <message>
        <source>Ranges tested</source>
        <translation>測試範圍</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>輸入項目</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>&amp;Use the defaults</source>
        <translation>使用預設值(&amp;U)</translation>
    </message>
    <message>
        <source>Take this scenario&apos;s own ranges out, and test the documented defaults around your figures again</source>
        <translation>移除此情境自訂的測試範圍，改回 LowRegret 依你的數字設定的預設範圍</translation>
    </message>
    <message>
        <source>held fixed</source>
        <translation>固定不變</translation>
    </message>
    <message>
        <source>%1: the lowest value the analysis tries, in %2. Empty at both ends holds it fixed.</source>
        <translation>%1：分析測試的最低值，單位為%2。兩端都留空則固定不變。</translation>
    </message>
    <message>
        <source>%1: the highest value the analysis tries, in %2. Empty at both ends holds it fixed.</source>
        <translation>%1：分析測試的最高值，單位為%2。兩端都留空則固定不變。</translation>
    </message>
    <message>
        <source>%1: give both ends, or leave both empty to hold it fixed.</source>
        <translation>%1：請填兩端，或兩端都留空以固定不變。</translation>
    </message>
    <message>
        <source>yours: %1</source>
        <translation>你的數字：%1</translation>
    </message>
    <message>
        <source>%1 per 1M tokens</source>
        <translation>每 100 萬 tokens %1</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>每月 %1</translation>
    </message>
    <message>
        <source>%1 an hour</source>
        <translation>每小時 %1</translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation>每 kWh %1</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>LowRegret recommendation report</source>
        <translation>LowRegret 建議報告</translation>
    </message>
    <message>
        <source>Made with LowRegret %1 from the low-regret guide. Figures are estimates from the inputs above; check current prices before you buy.</source>
        <translation>本報告由 LowRegret %1 依低後悔指南產生。數字皆根據上述輸入估算；購買前請先確認最新價格。</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>無法開始建立 PDF。</translation>
    </message>
    <message>
        <source>LowRegret scenario comparison</source>
        <translation>LowRegret 情境比較報告</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Recommendation</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>Some answers are still missing:</source>
        <translation>還有部分問題尚未回答：</translation>
    </message>
</context>
<context>
    <name>SizingPanel</name>
    <message>
        <source>De&amp;vice:</source>
        <translation>裝置(&amp;V)：</translation>
    </message>
    <message>
        <source>The GPU or Mac the model runs on. Its price, power and speed are published figures, each with its source and date.</source>
        <translation>執行模型的 GPU 或 Mac。價格、耗電與速度是公開資料，每一項都附來源與日期。</translation>
    </message>
    <message>
        <source>Open mo&amp;del:</source>
        <translation>開源模型(&amp;D)：</translation>
    </message>
    <message>
        <source>Not given (the fit is not checked)</source>
        <translation>未指定（不檢查是否放得下）</translation>
    </message>
    <message>
        <source>The open model you would run: its size decides how many devices hold it.</source>
        <translation>你要執行的開源模型：模型大小決定需要幾台裝置。</translation>
    </message>
    <message>
        <source>&amp;Quantization:</source>
        <translation>量化格式(&amp;Q)：</translation>
    </message>
    <message>
        <source>Fewer bits per weight take less memory and read faster, at some cost in quality.</source>
        <translation>每個權重的位元數越少，占用的記憶體越少、讀取越快，但品質會略降。</translation>
    </message>
    <message>
        <source>En&amp;gine:</source>
        <translation>推論引擎(&amp;G)：</translation>
    </message>
    <message>
        <source>Ollama (llama.cpp) for one user or a few; vLLM serves many concurrent requests and splits a model over several GPUs.</source>
        <translation>Ollama（llama.cpp）適合一人或少數人使用；vLLM 可同時處理大量請求，並把模型分散到多張 GPU。</translation>
    </message>
    <message>
        <source>Conte&amp;xt a request (tokens):</source>
        <translation>每個請求的上下文長度（tokens）(&amp;X)：</translation>
    </message>
    <message>
        <source>The tokens each request keeps in memory (the KV cache). Default 8,192.</source>
        <translation>每個請求保留在記憶體中的 tokens（KV 快取）。預設 8,192。</translation>
    </message>
    <message>
        <source>Concurrent requests:</source>
        <translation>並行請求數：</translation>
    </message>
    <message>
        <source>How many requests are served at once. More take more memory and raise the throughput by less than their number.</source>
        <translation>同時處理的請求數。越多越占記憶體，吞吐量的增幅也小於請求數的增幅。</translation>
    </message>
    <message>
        <source>Hou&amp;rs on a month:</source>
        <translation>每月開機時數(&amp;R)：</translation>
    </message>
    <message>
        <source>How long the setup is switched on: 730 is always on; 176 is 8 hours on 22 days.</source>
        <translation>設備每月開機的時數：730 表示全天候開機；176 表示 22 天、每天 8 小時。</translation>
    </message>
    <message>
        <source>Measured throughput (tokens/s):</source>
        <translation>實測吞吐量（tokens/s）：</translation>
    </message>
    <message>
        <source>Leave empty to estimate it. If you have measured one replica&apos;s sustained throughput over input and output tokens, enter it: it replaces every estimate.</source>
        <translation>留空則自動估算。如果你實測過一組設備在輸入與輸出 tokens 合計下的持續吞吐量，請填入：它會取代所有估計值。</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估計值</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>記憶體：</translation>
    </message>
    <message>
        <source>Context a request</source>
        <translation>每個請求的上下文長度</translation>
    </message>
    <message>
        <source>Concurrent requests</source>
        <translation>並行請求數</translation>
    </message>
    <message>
        <source>Hours on a month</source>
        <translation>每月開機時數</translation>
    </message>
    <message>
        <source>Electricity price</source>
        <translation>電價</translation>
    </message>
    <message>
        <source>Measured throughput</source>
        <translation>實測吞吐量</translation>
    </message>
    <message>
        <source>%1 of %2 in %3 × %4</source>
        <translation>%1／%2（%3 × %4）</translation>
    </message>
    <message>
        <source>%1: does not fit in %2</source>
        <translation>%1：放不進 %2</translation>
    </message>
    <message>
        <source>Weights %1 + KV cache %2 + the engine&apos;s %3, against the usable memory.</source>
        <translation>權重 %1 + KV 快取 %2 + 推論引擎 %3，與可用記憶體相比。</translation>
    </message>
    <message>
        <source>not checked: no model</source>
        <translation>未檢查：未指定模型</translation>
    </message>
    <message>
        <source>Enter your monthly usage to size the setup for it.</source>
        <translation>請輸入每月用量，才能依用量估算設備。</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 in %2 × %3</source>
        <translation>%1，裝在 %2 台%3</translation>
    </message>
    <message>
        <source>GPU server</source>
        <translation>GPU 伺服器</translation>
    </message>
    <message>
        <source>desktop PC</source>
        <translation>桌上型電腦</translation>
    </message>
    <message>
        <source>%1, %2 busy at your usage.</source>
        <translation>%1；依你的用量，忙碌 %2。</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>實測值</translation>
    </message>
    <message>
        <source>Hardware %1 up front; electricity %2 a month (%3 kWh).</source>
        <translation>硬體前期投入 %1；每月電費 %2（%3 kWh）。</translation>
    </message>
    <message>
        <source>Busier than the %1 headroom allows.</source>
        <translation>忙碌程度超過 %1 的使用率上限。</translation>
    </message>
    <message>
        <source>Electricity &amp;price (%1 per kWh):</source>
        <translation>電價（每 kWh，%1）(&amp;P)：</translation>
    </message>
    <message>
        <source>Default 0.1648 USD, the US residential average in 2024. Taiwan&apos;s residential tiers run from NT$1.78 to NT$8.86 per kWh; a GPU&apos;s extra kWh fall in the top tier.</source>
        <translation>預設 0.1648 美元，為 2024 年美國住宅平均電價。台電住宅累進電價每度從新臺幣 1.78 元到 8.86 元；GPU 多用的電落在最高一級。</translation>
    </message>
    <message>
        <source>Tariff:</source>
        <translation>電價方案：</translation>
    </message>
    <message>
        <source>Published electricity prices, each dated and sourced. A GPU&apos;s extra kWh are priced at the household&apos;s top tier, not its average. Editing the price switches to Custom.</source>
        <translation>公開的電價，各自註明日期與來源。GPU 多用的電應以家庭用電的最高級距計價，而不是平均電價。修改電價後會切換為「自訂」。</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <source>Capacity %1 a month against your %2, at %3 tokens/s a replica over your mix of input and output (%4).</source>
        <translation>每月容量 %1，你的用量 %2；依你的輸入與輸出比例，每組 %3 tokens/s（%4）。</translation>
    </message>
</context>
<context>
    <name>SpeedText</name>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>Measured: from your llama-bench runs of this model, quantization and device.</source>
        <translation>實測值：來自你以此模型、量化格式和裝置執行的 llama-bench 測試。</translation>
    </message>
    <message>
        <source>Estimated from the device&apos;s memory bandwidth and compute.</source>
        <translation>依裝置的記憶體頻寬與運算能力估計。</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>實測值</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估計值</translation>
    </message>
    <message>
        <source>Decode: %1 tokens/s a request at a context of %2 (%3).</source>
        <translation>生成速度：上下文 %2 時每個請求 %1 tokens/s（%3）。</translation>
    </message>
    <message>
        <source>Together: %1 tokens/s for %2 concurrent requests (%3).</source>
        <translation>合計：%2 個並行請求共 %1 tokens/s（%3）。</translation>
    </message>
    <message>
        <source>from the measured decode</source>
        <translation>由實測的生成速度推得</translation>
    </message>
    <message>
        <source>scaled from your measured run</source>
        <translation>依你的實測換算</translation>
    </message>
    <message>
        <source>Prefill: %1 tokens/s (%2); the first token after %3 s for a prompt of %4.</source>
        <translation>提示詞處理：%1 tokens/s（%2）；%4 的提示詞，第一個 token 在 %3 秒後產生。</translation>
    </message>
</context>
<context>
    <name>TimeAndCurrencyGroup</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Hori&amp;zon (months):</source>
        <translation>評估期間（月）(&amp;Z)：</translation>
    </message>
    <message>
        <source>How far ahead to add up costs: %1 to %2 whole months.</source>
        <translation>要累計多久的成本：%1 到 %2 個整月。</translation>
    </message>
    <message>
        <source>Usage growth (% a month):</source>
        <translation>用量成長（每月 %）：</translation>
    </message>
    <message>
        <source>Usage grows by this each month, compounding. The flowchart&apos;s usage band is that of the first month. 0: flat.</source>
        <translation>用量每月以這個比例成長（複利）。流程圖的用量區間以第一個月判斷。0：持平。</translation>
    </message>
    <message>
        <source>Cloud price change (% a year):</source>
        <translation>雲端價格變動（每年 %）：</translation>
    </message>
    <message>
        <source>How the cloud prices change a year, applied month by month; usually negative, as prices for the same capability have mostly fallen. 0: flat.</source>
        <translation>雲端價格每年的變動，逐月套用；通常為負值，因為同等能力的價格大多在下降。0：持平。</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>幣別(&amp;U)：</translation>
    </message>
    <message>
        <source>US dollars (USD)</source>
        <translation>美元（USD）</translation>
    </message>
    <message>
        <source>New Taiwan dollars (NT$)</source>
        <translation>新臺幣（NT$）</translation>
    </message>
    <message>
        <source>The currency every amount is shown, typed and exported in. Catalog and hardware prices are kept in US dollars with their dates, and converted at the rate.</source>
        <translation>所有金額顯示、輸入與匯出時使用的幣別。雲端價目表與硬體價格仍以美元計價並註明日期，依匯率換算。</translation>
    </message>
    <message>
        <source>NT$ to the US dollar:</source>
        <translation>1 美元兌新臺幣：</translation>
    </message>
    <message>
        <source>The exchange rate. The default, %1, is the Taipei interbank close of %2. The amounts are kept in US dollars: a new rate changes what they show in NT$.</source>
        <translation>匯率。預設值 %1 是 %2 臺北外匯市場的收盤匯率。金額一律以美元記錄：改變匯率會改變它們以新臺幣顯示的數字。</translation>
    </message>
    <message>
        <source>Rate of:</source>
        <translation>匯率日期：</translation>
    </message>
    <message>
        <source>The day of the exchange rate, which the report names.</source>
        <translation>匯率的日期，報告中會註明。</translation>
    </message>
    <message>
        <source>Brea&amp;keven threshold (months):</source>
        <translation>回本期門檻（月）(&amp;K)：</translation>
    </message>
    <message>
        <source>Local counts as paying back when it does so within this many months. The guide uses %1.</source>
        <translation>本地部署須在這個月數內回本，才算「能回本」。指南採用 %1 個月。</translation>
    </message>
</context>
<context>
    <name>TopPicksHtml</name>
    <message>
        <source>Lowest cost</source>
        <translation>最低成本</translation>
    </message>
    <message>
        <source>%1 at %2, %3 a month — the cheapest offer in the catalog at your usage.</source>
        <translation>%2 的 %1，每月 %3——在你的用量下，價目表中最便宜的方案。</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>程式設計</translation>
    </message>
    <message>
        <source>%1 at %2, %3 a month — the cheapest offer that is good at writing and reviewing code.</source>
        <translation>%2 的 %1，每月 %3——擅長撰寫與審查程式碼的方案中最便宜的一個。</translation>
    </message>
    <message>
        <source>Images and text</source>
        <translation>多模態</translation>
    </message>
    <message>
        <source>%1 at %2, %3 a month — the cheapest offer that reads images as well as text.</source>
        <translation>%2 的 %1，每月 %3——能同時讀取圖片與文字的方案中最便宜的一個。</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>%1 at %2, %3 a month — the cheapest offer that is strong at step-by-step reasoning.</source>
        <translation>%2 的 %1，每月 %3——擅長逐步推理的方案中最便宜的一個。</translation>
    </message>
    <message>
        <source>%1 at %2, %3 a month.</source>
        <translation>%2 的 %1，每月 %3。</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>無日期</translation>
    </message>
    <message>
        <source>Price from %1, possibly stale.</source>
        <translation>價格日期：%1，可能已過時。</translation>
    </message>
    <message>
        <source>The catalog has no offers.</source>
        <translation>價目表中沒有任何方案。</translation>
    </message>
    <message>
        <source>Picked from the whole catalog; the filters do not apply.</source>
        <translation>從整份價目表中挑選，不受篩選條件影響。</translation>
    </message>
</context>
<context>
    <name>TornadoView</name>
    <message>
        <source>Local − cloud over the horizon, each input alone at either end of its range</source>
        <translation>評估期間內本地減雲端的成本差，每項輸入單獨取範圍兩端</translation>
    </message>
    <message>
        <source>Nothing to swing: answer the questions first.</source>
        <translation>沒有可變動的項目：請先回答問題。</translation>
    </message>
    <message>
        <source>input at its low end (upper half)</source>
        <translation>輸入取低端（上半）</translation>
    </message>
    <message>
        <source>at its high end (lower half)</source>
        <translation>取高端（下半）</translation>
    </message>
    <message>
        <source>Local total minus cloud total (%1); below zero, local costs less</source>
        <translation>本地總額減雲端總額（%1）；低於零表示本地較省</translation>
    </message>
</context>
<context>
    <name>UpdatePricesDialog</name>
    <message>
        <source>Update Prices</source>
        <translation>更新價格</translation>
    </message>
    <message>
        <source>&amp;Update Prices</source>
        <translation>更新價格(&amp;U)</translation>
    </message>
    <message>
        <source>Add the file&apos;s offers to your price catalog and replace the prices that changed. Gone offers are kept.</source>
        <translation>把檔案中的方案加入你的價目表，並取代有變動的價格。檔案中已無的方案會保留。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Your prices are up to date with this file: %1 (%2).</source>
        <translation>你的價格與這個檔案一致，已是最新：%1（%2）。</translation>
    </message>
    <message>
        <source>What %1 (a %2 price file) would change in your price catalog. Nothing is written until you choose Update Prices.</source>
        <translation>%1（%2 價格檔）會對你的價目表做出的變更。在你選擇「更新價格」之前，不會寫入任何內容。</translation>
    </message>
    <message>
        <source>Gone offers are kept in your catalog with their last prices: a scenario may still name them.</source>
        <translation>檔案中已無的方案會以最後的價格留在你的價目表中：情境可能仍指定它們。</translation>
    </message>
    <message>
        <source>%1 is not a price file LowRegret reads (LiteLLM or genai-prices); nothing was changed.
%2</source>
        <translation>%1 不是 LowRegret 能讀取的價格檔（LiteLLM 或 genai-prices）；沒有做任何變更。
%2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a price file; nothing was changed.
%2</source>
        <translation>%1 無法當作價格檔讀取；沒有做任何變更。
%2</translation>
    </message>
    <message>
        <source>Read: %1 entries · new: %2 · changed: %3 · gone: %4 · skipped: %5</source>
        <translation>讀取項目：%1；新方案：%2；價格變動：%3；檔案中已無：%4；略過：%5</translation>
    </message>
    <message>
        <source>Entries that collapse into one offer: %1</source>
        <translation>合併為同一方案的項目：%1</translation>
    </message>
    <message>
        <source>Offers whose price looks wrong (they are imported, marked): %1</source>
        <translation>價格看來有誤的方案（仍會匯入並加上標記）：%1</translation>
    </message>
    <message>
        <source>Prices dated %1 (the file&apos;s date)</source>
        <translation>價格日期為 %1（檔案的日期）</translation>
    </message>
    <message>
        <source>None of your recent scenarios names a changed or gone offer.</source>
        <translation>你最近的情境都沒有指定價格變動或檔案中已無的方案。</translation>
    </message>
    <message>
        <source>Your recent scenarios that name a changed or gone offer:</source>
        <translation>指定了價格變動或檔案中已無方案的最近情境：</translation>
    </message>
    <message>
        <source>%1: %2 (gone, kept)</source>
        <translation>%1：%2（檔案中已無，保留）</translation>
    </message>
    <message>
        <source>%1: %2 (new prices)</source>
        <translation>%1：%2（新價格）</translation>
    </message>
</context>
<context>
    <name>UsageImportDialog</name>
    <message>
        <source>Import Usage</source>
        <translation>匯入用量</translation>
    </message>
    <message>
        <source>&amp;Use These Figures</source>
        <translation>採用這些數字(&amp;U)</translation>
    </message>
    <message>
        <source>Fill the monthly tokens, the input share, the stability answer, the growth and the cached share from the full months. You can still change each of them.</source>
        <translation>依完整月份填入每月 tokens、輸入占比、穩定度答案、成長率與快取占比。之後每一項仍可自行修改。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>列數</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>略過</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已讀取</translation>
    </message>
    <message>
        <source>Reading the files (%1)…</source>
        <translation>正在讀取檔案（%1 個）…</translation>
    </message>
    <message>
        <source>No usage was found in these files. The files LowRegret reads are the usage exports of OpenAI, Anthropic, OpenRouter and LiteLLM.</source>
        <translation>這些檔案中找不到用量。LowRegret 讀得懂的是 OpenAI、Anthropic、OpenRouter 與 LiteLLM 的用量匯出檔。</translation>
    </message>
    <message>
        <source>Usage was found, but no full month: the figures need at least one whole month. Partial months are shown in the chart and left out.</source>
        <translation>找到了用量，但沒有完整的月份：至少需要一個完整月份才能計算。不完整的月份會顯示在圖表中，但不列入計算。</translation>
    </message>
    <message>
        <source>Months found: %1. The figures below come from the full months only; partial months are shown apart and left out.</source>
        <translation>找到的月份：%1 個。以下數字只依完整月份計算；不完整的月份另外標示，不列入計算。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no, see below</source>
        <translation>否，請見下方</translation>
    </message>
    <message>
        <source>%1: more rows skipped: %2</source>
        <translation>%1：另有 %2 列略過</translation>
    </message>
    <message>
        <source>Files not read (nothing of them is counted):</source>
        <translation>未讀取的檔案（其內容完全不列入）：</translation>
    </message>
    <message>
        <source>Rows skipped (each is counted):</source>
        <translation>略過的列（每一列都有計數）：</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>雲端</translation>
    </message>
    <message>
        <source>Served locally</source>
        <translation>本地執行</translation>
    </message>
    <message>
        <source>Partial month (left out)</source>
        <translation>不完整月份（不列入）</translation>
    </message>
    <message>
        <source>Month (UTC)</source>
        <translation>月份（UTC）</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tokens (%1)</source>
        <translation>Tokens（%1）</translation>
    </message>
    <message>
        <source>Monthly tokens, input and output</source>
        <translation>每月 tokens（輸入加輸出）</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>無法得知</translation>
    </message>
    <message>
        <source>Full months</source>
        <translation>完整月份</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 個（%2）</translation>
    </message>
    <message>
        <source>Monthly tokens (mean of %1)</source>
        <translation>每月 tokens（%1的平均）</translation>
    </message>
    <message>
        <source>Input share</source>
        <translation>輸入占比</translation>
    </message>
    <message>
        <source>Cached share of input</source>
        <translation>輸入中快取的占比</translation>
    </message>
    <message>
        <source>Served locally already</source>
        <translation>已在本地執行的占比</translation>
    </message>
    <message>
        <source>Month-to-month variation (coefficient of variation)</source>
        <translation>逐月變異係數</translation>
    </message>
    <message>
        <source>needs two full months</source>
        <translation>需要兩個完整月份</translation>
    </message>
    <message>
        <source>Growth, fitted</source>
        <translation>成長率（擬合）</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>每月 %1</translation>
    </message>
    <message>
        <source>needs two months of usage</source>
        <translation>需要兩個有用量的月份</translation>
    </message>
    <message>
        <source>Is usage stable? (suggested)</source>
        <translation>用量穩定嗎？（建議）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>no suggestion: %1 full months are needed, %2 found</source>
        <translation>無法建議：需要 %1 個完整月份，目前只有 %2 個</translation>
    </message>
    <message>
        <source>Stable means a variation of at most %1 and no full month below half the mean. The answer stays yours to change.</source>
        <translation>「穩定」是指逐月變異係數不超過 %1，且沒有任何完整月份低於平均的一半。答案仍由你決定，可以修改。</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Monthly usage</source>
        <translation>每月用量</translation>
    </message>
    <message>
        <source>&amp;Monthly tokens:</source>
        <translation>每月 tokens(&amp;M)：</translation>
    </message>
    <message>
        <source>Input and output tokens together, for a typical month.</source>
        <translation>一般月份的輸入與輸出 tokens 合計。</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>thousand (K)</source>
        <translation>千（K）</translation>
    </message>
    <message>
        <source>million (M)</source>
        <translation>百萬（M）</translation>
    </message>
    <message>
        <source>The unit of the number on the left.</source>
        <translation>左側數字的單位。</translation>
    </message>
    <message>
        <source>&amp;Input share (%):</source>
        <translation>輸入占比（%）(&amp;I)：</translation>
    </message>
    <message>
        <source>How much of the monthly tokens is input (prompts) rather than output (answers). Providers price them differently; the guide&apos;s examples use 50%.</source>
        <translation>每月 tokens 中輸入（提示詞）所占的比例，其餘為輸出（回答）。供應商對兩者分別計價；指南範例採用 50%。</translation>
    </message>
    <message>
        <source>Don&apos;t know your tokens? Estimate them</source>
        <translation>不清楚 tokens 用量？來估算一下</translation>
    </message>
    <message>
        <source>&amp;Requests a day:</source>
        <translation>每日請求數(&amp;R)：</translation>
    </message>
    <message>
        <source>How many requests your team or product sends to the model on a working day.</source>
        <translation>你的團隊或產品在一個工作日內向模型送出的請求數。</translation>
    </message>
    <message>
        <source>Tok&amp;ens a request:</source>
        <translation>每次請求 tokens(&amp;E)：</translation>
    </message>
    <message>
        <source>Prompt plus answer. A short chat turn is a few hundred tokens; a document summary several thousand.</source>
        <translation>提示詞加上回答。一輪簡短對話約數百 tokens；一份文件摘要約數千 tokens。</translation>
    </message>
    <message>
        <source>&amp;Days a month:</source>
        <translation>每月天數(&amp;D)：</translation>
    </message>
    <message>
        <source>Days a month with that load: about 22 for working days, 30 for every day.</source>
        <translation>每月有此負載的天數：只算工作日約 22 天，每天使用則為 30 天。</translation>
    </message>
    <message>
        <source>&amp;Use estimate</source>
        <translation>使用估算值(&amp;U)</translation>
    </message>
    <message>
        <source>Put the estimate into Monthly tokens.</source>
        <translation>將估算值填入「每月 tokens」。</translation>
    </message>
    <message>
        <source>Monthly tokens</source>
        <translation>每月 tokens</translation>
    </message>
    <message>
        <source>Input share (%)</source>
        <translation>輸入占比（%）</translation>
    </message>
    <message>
        <source>Enter your monthly tokens to see which band of the guide you are in.</source>
        <translation>輸入每月 tokens，即可查看你屬於指南的哪個用量區間。</translation>
    </message>
    <message>
        <source>%1 a month: the guide&apos;s &quot;%2&quot; band.</source>
        <translation>每月 %1：屬於指南的「%2」區間。</translation>
    </message>
    <message>
        <source>Estimate: %1 a month</source>
        <translation>估算：每月 %1</translation>
    </message>
    <message>
        <source>Fill in the three fields to get an estimate.</source>
        <translation>填寫三個欄位即可取得估算值。</translation>
    </message>
    <message>
        <source>Until then, the figures and the charts use %1, the last valid value.</source>
        <translation>在修正之前，數字與圖表沿用最後一次有效的數值：%1。</translation>
    </message>
    <message>
        <source>Requests a day</source>
        <translation>每日請求數</translation>
    </message>
    <message>
        <source>Tokens a request</source>
        <translation>每次請求 tokens</translation>
    </message>
    <message>
        <source>Days a month</source>
        <translation>每月天數</translation>
    </message>
    <message>
        <source>monthly tokens</source>
        <translation>每月 tokens</translation>
    </message>
    <message>
        <source>input share</source>
        <translation>輸入占比</translation>
    </message>
    <message>
        <source>the stability answer</source>
        <translation>穩定度答案</translation>
    </message>
    <message>
        <source>usage growth (costs page)</source>
        <translation>用量成長率（成本頁）</translation>
    </message>
    <message>
        <source>cached share (costs page)</source>
        <translation>快取占比（成本頁）</translation>
    </message>
    <message>
        <source>Read from usage exports: %1 (%2).</source>
        <translation>從用量匯出檔讀取：%1（%2）。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Answer a few questions: LowRegret follows the guide&apos;s flowchart and adds up the costs.</source>
        <translation>回答幾個問題，LowRegret 就會依照指南的流程圖判斷，並加總各項成本。</translation>
    </message>
    <message>
        <source>This guide is for you if all of these hold:</source>
        <translation>符合以下所有條件，就適用本指南：</translation>
    </message>
    <message>
        <source>Does any of these describe you?</source>
        <translation>你是否符合以下任一情況？</translation>
    </message>
    <message>
        <source>If one does, the guide&apos;s framework does not apply, and the result says what to do instead.</source>
        <translation>只要符合任一項，本指南的框架就不適用，結果頁會說明該怎麼做。</translation>
    </message>
    <message>
        <source>Instead:</source>
        <translation>建議做法：</translation>
    </message>
</context>
<context>
    <name>WhatIfView</name>
    <message>
        <source>Answer the flowchart&apos;s questions to see how sure the answer is.</source>
        <translation>回答流程圖的問題後，即可查看答案有多可靠。</translation>
    </message>
</context>
</TS>
