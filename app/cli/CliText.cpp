#include "CliText.h"

#include <map>
#include <utility>

namespace lowregret::cli {

std::string CliText::get(std::string_view key, Lang lang)
{
    static const std::map<std::string_view, std::pair<std::string_view, std::string_view>> table = {
        { "error", { "error", "錯誤" } },
        { ":", { ": ", "：" } },
        { ";", { "; ", "；" } },
        { "(", { " (", "（" } },
        { ")", { ")", "）" } },
        { "warning", { "warning", "警告" } },
        { "unknown_option", { "unknown option", "不認得的選項" } },
        { "missing_value", { "needs a value", "需要一個值" } },
        { "bad_value", { "invalid value", "無效的值" } },
        { "missing_file", { "missing SCENARIO file", "缺少情境檔案" } },
        { "unknown_command", { "unknown command", "不認得的指令" } },
        { "try_help", { "Try 'lowregret-cli --help'.", "請執行「lowregret-cli --help」查看用法。" } },
        { "missing_price_file", { "missing the price FILE to import", "缺少要匯入的價格檔案" } },
        { "prices_heading",
            { "Monthly cost of every offer for %IN% in and %OUT% out, cheapest first (USD per 1M in / out):",
                "每個方案在輸入 %IN%、輸出 %OUT% 下的每月費用，由便宜到貴（美元／每 100 萬 tokens，輸入／輸出）：" } },
        { "no_offers", { "No offer matches.", "沒有符合的方案。" } },
        { "price_change", { "%P% from %D%", "%D% 起為 %P%" } },
        { "other_source", { "another source: %P% (%D%)", "另一來源：%P%（%D%）" } },
        { "retired", { "[retired]", "［已停售］" } },
        { "compare_count", { "compare needs 2 to 4 scenario files", "compare 需要 2 到 4 個情境檔" } },
        { "compare_title", { "LowRegret: scenarios compared", "LowRegret：情境比較" } },
        { "missing_usage_file", { "missing the usage FILE to read", "缺少要讀取的用量檔案" } },
        { "only_usage", { "only for 'usage'", "只能用於「usage」" } },
        { "usage_files", { "Files read:", "讀取的檔案：" } },
        { "usage_file_line", { "%1  %2  %3 rows, %4 skipped", "%1  %2  %3 列，略過 %4 列" } },
        { "usage_skipped_row", { "skipped", "已略過" } },
        { "usage_month", { "Month", "月份" } },
        { "usage_input", { "Input", "輸入" } },
        { "usage_cached", { "of it cached", "其中快取" } },
        { "usage_output", { "Output", "輸出" } },
        { "usage_requests", { "Requests", "請求數" } },
        { "usage_spend", { "Spend (USD)", "花費（美元）" } },
        { "usage_partial", { "partial month, left out", "不完整月份，不列入計算" } },
        { "usage_local", { "served locally", "本地執行" } },
        { "usage_figures",
            { "Full months: %1 (%2), partial ones left out:", "完整月份：%1 個（%2），不完整的月份不列入：" } },
        { "usage_no_full_month",
            { "No full month was found: the figures need at least one.", "沒有完整的月份：至少需要一個才能計算。" } },
        { "usage_monthly_tokens", { "Monthly tokens (mean of %1):", "每月 tokens（%1的平均）：" } },
        { "usage_input_share", { "Input share:", "輸入占比：" } },
        { "usage_cached_share", { "Cached share of input:", "輸入中快取的占比：" } },
        { "usage_local_share", { "Served locally already:", "已在本地執行的占比：" } },
        { "usage_cv", { "Month-to-month variation (CV):", "逐月變異係數（CV）：" } },
        { "usage_growth", { "Growth (fitted):", "成長率（擬合）：" } },
        { "usage_growth_value", { "%1 a month", "每月 %1" } },
        { "usage_stable", { "Is usage stable? (suggested):", "用量穩定嗎？（建議）：" } },
        { "usage_stable_yes", { "yes", "是" } },
        { "usage_stable_no", { "no", "否" } },
        { "usage_stable_none",
            { "no suggestion: %1 full months are needed, %2 found", "無法建議：需要 %1 個完整月份，目前只有 %2 個" } },
        { "usage_rule",
            { "(stable: a variation of at most %1 and no month below half the mean)",
                "（穩定的條件：逐月變異係數不超過 %1，且沒有任何月份低於平均的一半）" } },
        { "usage_not_available", { "not known", "無法得知" } },
        { "usage_filled", { "Filled %1 into %2", "已把 %1 填入 %2" } },
        { "usage_nothing_to_fill", { "no full month of usage: nothing to fill", "沒有完整月份的用量，無法填入" } },
        { "usage_write_failed", { "cannot write %1: %2", "無法寫入 %1：%2" } },
        { "stale_note",
            { "* price checked more than 180 days ago: possibly out of date.",
                "* 價格查核已超過 180 天，可能已過時。" } },
        { "import_format", { "Price file format: ", "價格檔格式：" } },
        { "import_new", { "New offers:        ", "新增方案：" } },
        { "import_gone", { "No longer listed:  ", "已不在檔案中：" } },
        { "import_changed", { "Prices changed:    ", "價格變動：" } },
        { "import_more", { "and %1 more", "另有 %1 項" } },
        { "import_other_change",
            { " (cache, dated or tier prices, or retired)", "（快取、日後或分段價格，或已停售）" } },
        { "import_dry_run", { "Dry run: nothing written to ", "試算：未寫入 " } },
        { "import_read", { "Entries read:      ", "讀取項目：" } },
        { "import_imported", { "Offers imported:   ", "匯入方案：" } },
        { "import_skipped", { "Entries skipped:   ", "略過項目：" } },
        { "import_saved", { "Saved to ", "已儲存至 " } },
        { "import_merged", { "Merged (same id):  ", "合併（相同 id）：" } },
        { "import_suspect", { "Suspect prices:    ", "價格可疑：" } },
        { "import_as_of_file", { "Prices as of:      (the file's date) ", "價格日期：（檔案修改日期）" } },
        { "import_as_of_option", { "Prices as of:      (--as-of) ", "價格日期：（--as-of）" } },
        { "suspect_note",
            { "! the price looks wrong (over %ANY% USD per 1M tokens, or over %SMALL% for a model of at most %B% "
              "parameters): check it.",
                "! 價格看起來有誤（每 100 萬 tokens 超過 %ANY% 美元，或參數不超過 %B% 的模型超過 %SMALL% "
                "美元）：請查核。" } },
        { "stdin", { "standard input", "標準輸入" } },
        { "only_import", { "only import-prices takes it", "只有 import-prices 接受這個選項" } },
        { "only_hardware", { "only hardware takes it", "只有 hardware 接受這個選項" } },
        { "only_decide_csv", { "only decide and compare write CSV", "只有 decide 與 compare 能輸出 CSV" } },
        { "reason.free_or_unpriced", { "free or unpriced (a price of 0)", "免費或未定價（價格為 0）" } },
        { "reason.not_chat", { "not a chat model", "不是對話模型" } },
        { "reason.no_price", { "no usable price", "沒有可用的價格" } },
        { "reason.no_provider", { "no provider", "沒有供應商" } },
        { "reason.bad_entry", { "malformed entry", "格式錯誤的項目" } },
        { "reason.time_of_day", { "priced by the time of day", "依時段計價" } },
        { "reason.per_request_price", { "priced per request", "按請求次數計價" } },
        { "reason.unknown_shape", { "prices of an unknown shape", "無法辨識的價格格式" } },
        { "guide_error", { "the guide file is invalid", "指南檔案有誤" } },
        { "hardware_heading",
            { "Local hardware for %1 at %2, %3 a month, %4 input, on %5; cheapest first:",
                "以 %5 執行 %1（%2）、每月 %3、輸入占 %4 所需的本地硬體，由便宜到貴：" } },
        { "hw.device", { "Device", "裝置" } },
        { "hw.units", { "Units", "數量" } },
        { "hw.busy", { "Busy", "忙碌" } },
        { "hw.upfront", { "Up front", "前期投入" } },
        { "hw.power", { "Power/month", "每月電費" } },
        { "hw.breakeven", { "Breakeven", "回本期" } },
        { "hw.no_fit", { "does not fit (needs %1 GB a replica)", "放不下（每組需要 %1 GB）" } },
        { "hw.note",
            { "Decode is one stream's tokens a second at the context's depth, 1st token the seconds to the first "
              "token of a prompt of %2 tokens; * marks a speed from your llama-bench runs, the rest are estimates from "
              "bandwidth and compute fitted to published runs. Device data checked %1 (resources/hardware.json). "
              "See docs/sizing.md.",
                "「生成速度」是上下文已滿時單一串流每秒的 tokens，「首 token」是 %2 tokens 提示詞的首個 token "
                "等待秒數；"
                "標 * 者為你的 llama-bench 實測，其餘依頻寬與運算能力推估，並以公開實測校正。裝置資料查核日期 %1"
                "（resources/hardware.json）。詳見 docs/sizing.md。" } },
        { "hw.decode", { "Decode", "生成速度" } },
        { "hw.ttft", { "1st token", "首 token" } },
        { "no_sensitivity_nofit",
            { "No sensitivity analysis: the local setup cannot run its model on its device, so there is no local "
              "cost to weigh (%1).",
                "無法分析可靠程度：本地設備無法在這台裝置上執行此模型，沒有本地成本可以比較（%1）。" } },
        { "no_sensitivity",
            { "No sensitivity analysis: the guide's flowchart does not decide this scenario (%1).",
                "無法分析可靠程度：指南的流程圖不判斷這個情境（%1）。" } },
        { "help",
            { "Usage: lowregret-cli decide SCENARIO.json|- [--format text|json|csv] [--lang en|zh-Hant]\n"
              "       lowregret-cli prices [--input-tokens N] [--output-tokens N] [--use-case X]\n"
              "                            [--all] [--format text|json]\n"
              "       lowregret-cli import-prices FILE [--as-of YYYY-MM-DD] [--dry-run]\n"
              "                                   [--format text|json]\n"
              "       lowregret-cli hardware --model ID [--quantization Q] [--monthly-tokens N]\n"
              "                              [--input-share S] [--context N] [--concurrency N]\n"
              "                              [--engine ollama|vllm] [--scenario FILE]\n"
              "                              [--measured FILE]... [--format text|json]\n"
              "       lowregret-cli sensitivity SCENARIO.json|- [--format text|json] [--lang en|zh-Hant]\n"
              "       lowregret-cli usage FILE... [--format text|json] [--into SCENARIO] [--output OUT]\n"
              "       lowregret-cli compare A.json B.json [C.json D.json] [--format text|json|csv]\n"
              "       lowregret-cli --help | --version\n"
              "\n"
              "Decides, from a scenario file, whether a small team should run its AI models\n"
              "locally or pay a cloud API, following the low-regret guide's flowchart, and\n"
              "prints the path, the recommendation, products, regret warnings and costs.\n"
              "'prices' lists every catalog offer's monthly cost for a usage, cheapest first\n"
              "(default: the guide's example, %IN% input + %OUT% output tokens); 'import-prices'\n"
              "adds a LiteLLM price file (model_prices_and_context_window.json) or genai-prices'\n"
              "data.json to your catalog, its prices dated by the file's modification day\n"
              "unless --as-of gives the day; with --dry-run it only lists what would change.\n"
              "'hardware' sizes an open model on every device for a usage: whether it fits,\n"
              "how many devices, how busy, the hardware and the power, cheapest first.\n"
              "'sensitivity' says how sure a scenario's answer is: each input swung over its\n"
              "range, where the recommendation flips, and the regret of either choice.\n"
              "'usage' reads the usage exports of OpenAI, Anthropic, OpenRouter and LiteLLM\n"
              "(docs/usage-import.md): tokens month by month and the figures of the full months;\n"
              "with --output it writes a scenario (--into's, or a new one) with them filled.\n"
              "'compare' sets 2 to 4 scenarios side by side: the answer, the costs, breakeven,\n"
              "the local setup, the low-regret choice and the inputs that differ.\n"
              "A scenario of '-' is read from standard input.\n"
              "\n"
              "Options:\n"
              "  --format text|json  output for people (default) or for scripts;\n"
              "                      'decide --format csv' writes the monthly series,\n"
              "                      'compare --format csv' each scenario's\n"
              "  --lang LANG         en or zh-Hant (zh_TW and zh-TW accepted);\n"
              "                      default: from LC_ALL, LC_MESSAGES or LANG\n"
              "  --guide FILE        use another guide file instead of the built-in one\n"
              "  --input-tokens N    input tokens a month, for 'prices'\n"
              "  --output-tokens N   output tokens a month, for 'prices'\n"
              "  --use-case X        only offers for X: chat, coding, reasoning, multimodal,\n"
              "                      long_context, budget, realtime\n"
              "  --all               for 'prices': list the offers no longer sold, too\n"
              "  --as-of YYYY-MM-DD  the day an imported price file's prices were taken\n"
              "  --dry-run           for 'import-prices': list the new, gone and changed offers,\n"
              "                      write nothing\n"
              "  --model ID          for 'hardware': the open model (llama-3.1-8b, llama-3.3-70b…)\n"
              "  --quantization Q    for 'hardware': q4_k_m, q5_k_m, q8_0, fp16, fp8, mxfp4\n"
              "  --monthly-tokens N  for 'hardware': tokens a month (default: the scenario's or\n"
              "                      the guide's example)\n"
              "  --input-share S     for 'hardware': the input part of the tokens, 0 to 1\n"
              "  --context N         for 'hardware': context tokens a stream (default 8192)\n"
              "  --concurrency N     for 'hardware': concurrent streams (default 1)\n"
              "  --engine E          for 'hardware': ollama (llama.cpp) or vllm\n"
              "  --scenario FILE     for 'hardware': breakeven against this scenario's cloud price\n"
              "  --measured FILE     for 'hardware': your runs, a llama-bench -o json file;\n"
              "                      may be given more than once\n"
              "  --into SCENARIO     for 'usage': the scenario to fill (default: a new one)\n"
              "  --output OUT        for 'usage': where the filled scenario is written\n"
              "  --verbose           log what is read to standard error\n"
              "  -h, --help          show this help\n"
              "  --version           show the version\n"
              "\n"
              "Exit status: 0 success; 2 bad input or usage (the reason on standard error).\n"
              "The scenario format is described in docs/scenario-format.md.\n",
                "用法：lowregret-cli decide 情境檔.json|- [--format text|json|csv] [--lang en|zh-Hant]\n"
                "      lowregret-cli prices [--input-tokens N] [--output-tokens N] [--use-case X]\n"
                "                           [--all] [--format text|json]\n"
                "      lowregret-cli import-prices 檔案 [--as-of YYYY-MM-DD] [--dry-run]\n"
                "                                  [--format text|json]\n"
                "      lowregret-cli hardware --model ID [--quantization Q] [--monthly-tokens N]\n"
                "                             [--input-share S] [--context N] [--concurrency N]\n"
                "                             [--engine ollama|vllm] [--scenario 檔案]\n"
                "                             [--measured 檔案]... [--format text|json]\n"
                "      lowregret-cli sensitivity 情境檔.json|- [--format text|json] [--lang en|zh-Hant]\n"
                "      lowregret-cli usage 檔案... [--format text|json] [--into 情境檔] [--output 輸出檔]\n"
                "      lowregret-cli compare A.json B.json [C.json D.json] [--format text|json|csv]\n"
                "      lowregret-cli --help | --version\n"
                "\n"
                "依照低後悔指南的流程圖，從情境檔判斷小團隊該在本地執行 AI 模型，\n"
                "還是付費使用雲端 API，並列出路徑、建議、推薦產品、後悔風險與成本。\n"
                "「prices」依用量列出價目表中每個方案的每月費用，由便宜到貴\n"
                "（預設為指南的範例：輸入 %IN%、輸出 %OUT% tokens）；「import-prices」把 LiteLLM\n"
                "價格檔（model_prices_and_context_window.json）或 genai-prices 的 data.json\n"
                "加入你的價目表，價格日期取檔案的修改日期，或以 --as-of 指定；加上 --dry-run\n"
                "時只列出會有哪些變動。情境檔寫「-」時從標準輸入讀取。\n"
                "「hardware」依用量在每種裝置上估算開源模型：放不放得下、需要幾台、\n"
                "忙碌程度、硬體與電費，由便宜到貴。\n"
                "「sensitivity」說明情境的答案有多可靠：每項輸入在範圍內變動的影響、\n"
                "建議在哪裡翻轉，以及兩種選擇的後悔值。\n"
                "「usage」讀取 OpenAI、Anthropic、OpenRouter 與 LiteLLM 的用量匯出檔\n"
                "（docs/usage-import.md）：逐月的 tokens，以及完整月份算出的數字；\n"
                "加上 --output 時，把這些數字填入情境檔（--into 指定的，或新的一份）並寫出。\n"
                "「compare」把 2 到 4 個情境並列比較：答案、成本、回本期、本地設備、\n"
                "低後悔選擇，以及不同的輸入。\n"
                "\n"
                "選項：\n"
                "  --format text|json  給人看的文字（預設）或給程式用的 JSON；\n"
                "                      「decide --format csv」輸出逐月成本，\n"
                "                      「compare --format csv」輸出每個情境的逐月成本\n"
                "  --lang LANG         en 或 zh-Hant（也接受 zh_TW 與 zh-TW）；\n"
                "                      預設依 LC_ALL、LC_MESSAGES 或 LANG\n"
                "  --guide FILE        改用另一份指南檔，而非內建指南\n"
                "  --input-tokens N    「prices」用的每月輸入 tokens\n"
                "  --output-tokens N   「prices」用的每月輸出 tokens\n"
                "  --use-case X        只列出適合 X 的方案：chat、coding、reasoning、\n"
                "                      multimodal、long_context、budget、realtime\n"
                "  --all               「prices」也列出已停售的方案\n"
                "  --as-of YYYY-MM-DD  匯入的價格檔是哪一天的價格\n"
                "  --dry-run           用於「import-prices」：列出新增、已不在檔案中與價格變動的\n"
                "                      方案，不寫入任何檔案\n"
                "  --model ID          「hardware」的開源模型（llama-3.1-8b、llama-3.3-70b…）\n"
                "  --quantization Q    「hardware」的量化格式：q4_k_m、q5_k_m、q8_0、fp16、fp8、mxfp4\n"
                "  --monthly-tokens N  「hardware」的每月 tokens（預設為情境檔或指南範例的用量）\n"
                "  --input-share S     「hardware」的輸入占比，0 到 1\n"
                "  --context N         「hardware」每個請求的上下文長度（預設 8192）\n"
                "  --concurrency N     「hardware」的並行請求數（預設 1）\n"
                "  --engine E          「hardware」的推論引擎：ollama（llama.cpp）或 vllm\n"
                "  --scenario 檔案     「hardware」以此情境檔的雲端價格計算回本期\n"
                "  --measured 檔案     「hardware」你的實測結果：llama-bench -o json 的輸出檔；\n"
                "                      可指定多次\n"
                "  --into 情境檔       「usage」要填入的情境檔（預設為新的一份）\n"
                "  --output 輸出檔     「usage」填好的情境檔寫到哪裡\n"
                "  --verbose           在標準錯誤輸出記錄讀取過程\n"
                "  -h, --help          顯示本說明\n"
                "  --version           顯示版本\n"
                "\n"
                "結束代碼：0 成功；2 輸入或用法有誤（原因寫在標準錯誤輸出）。\n"
                "情境檔格式請見 docs/scenario-format.md。\n" } },
    };
    const auto it = table.find(key);
    if (it == table.end())
        return std::string(key);
    return std::string(lang == Lang::ZhHant ? it->second.second : it->second.first);
}

std::string CliText::format(std::string_view key, Lang lang, std::initializer_list<std::string> args)
{
    std::string text = get(key, lang);
    int n = 0;
    for (const auto& arg : args) {
        const std::string mark = "%" + std::to_string(++n);
        for (auto at = text.find(mark); at != std::string::npos; at = text.find(mark, at + arg.size()))
            text.replace(at, mark.size(), arg);
    }
    return text;
}

} // namespace lowregret::cli
