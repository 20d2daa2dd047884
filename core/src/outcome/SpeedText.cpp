#include "outcome/OutcomeText.h"

// The outcome's words about a local setup's speeds: decode, the batch, prefill, the time to the
// first token, and the team's own measurements.
namespace lowregret::detail {

const OutcomeWords& speedWords()
{
    static const OutcomeWords words = {
        { "speed.row.decode", { "Decode, each stream", "每個串流的生成速度" } },
        { "speed.row.aggregate", { "All streams together", "所有串流合計" } },
        { "speed.row.prefill", { "Prompt processing", "提示詞處理" } },
        { "speed.row.ttft", { "Time to the first token", "首個 token 的等待時間" } },
        { "speed.decode", { "%1 at %2 tokens of context", "上下文已有 %2 tokens 時為 %1" } },
        { "speed.aggregate", { "%1 for %2 streams", "%2 個串流共 %1" } },
        { "speed.ttft", { "%1 s for a prompt of %2 tokens", "提示詞 %2 tokens 需 %1 秒" } },
        { "speed.measured", { "%1 (measured)", "%1（實測值）" } },
        { "speed.estimated", { "%1 (estimated)", "%1（估計值）" } },
        { "speed.scaled", { "%1 (from your measured run, scaled)", "%1（依你的實測換算）" } },
        { "speed.run", { "%1 on %2: %3 tokens/s (%4)", "%1，%2：每秒 %3 tokens（%4）" } },
        { "speed.run_prompt", { "prompt of %1", "提示詞 %1 tokens" } },
        { "speed.run_prompt_deep", { "prompt of %1 at depth %2", "提示詞 %1 tokens，上下文已有 %2 tokens" } },
        { "speed.run_generation", { "generation of %1 at depth %2", "生成 %1 tokens，上下文已有 %2 tokens" } },
        { "warning.sizing_experts_in_system_memory",
            { "The model is larger than the devices: %1 of its experts stay in the computer's memory, read "
              "at its speed each token (the engine allows it). Decode is slower than with the whole model on the "
              "devices.",
                "模型比裝置的記憶體大：有 %1 的專家權重留在電腦的主記憶體，每個 token 都以主記憶體的速度讀取"
                "（推論引擎支援這種做法）。生成速度比整個模型放進裝置時慢。" } },
    };
    return words;
}

} // namespace lowregret::detail
