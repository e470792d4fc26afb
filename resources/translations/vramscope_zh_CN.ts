<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About VRAMScope</source>
        <translation>关于 VRAMScope</translation>
    </message>
    <message>
        <source>&lt;b&gt;VRAMScope %1&lt;/b&gt;&lt;br&gt;Can this PC run that model? Memory, placement and speed estimates you can check.&lt;br&gt;Works offline: no network access, ever.&lt;br&gt;Qt %2, PySide6 %3. The Qt libraries are used under the LGPL 3.0 and can be replaced in the installed program's folder.</source>
        <translation>&lt;b&gt;VRAMScope %1&lt;/b&gt;&lt;br&gt;这台电脑能运行那个模型吗？可核查的内存、放置与速度估算。&lt;br&gt;完全离线工作：从不访问网络。&lt;br&gt;Qt %2，PySide6 %3。Qt 库依据 LGPL 3.0 使用，可在已安装程序的文件夹中替换。</translation>
    </message>
    <message>
        <source>Licences of VRAMScope and the components it bundles:</source>
        <translation>VRAMScope 及其附带组件的许可证：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The licence files are missing from this installation.</source>
        <translation>此安装中缺少许可证文件。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>{change} → {effect}</source>
        <translation>{change} → {effect}</translation>
    </message>
    <message>
        <source>KV cache {kv_type}</source>
        <translation>KV 缓存 {kv_type}</translation>
    </message>
    <message>
        <source>context {context_tokens}</source>
        <translation>上下文 {context_tokens}</translation>
    </message>
    <message>
        <source>parallel sequences: {sequences}</source>
        <translation>并行序列：{sequences}</translation>
    </message>
    <message>
        <source>all layers on GPU, {decode_tps} tok/s</source>
        <translation>所有层都在 GPU 上，{decode_tps} 词元/秒</translation>
    </message>
    <message>
        <source>fits with part in RAM, {decode_tps} tok/s</source>
        <translation>可以运行，部分在内存中，{decode_tps} 词元/秒</translation>
    </message>
    <message>
        <source>runs on the CPU, {decode_tps} tok/s</source>
        <translation>在 CPU 上运行，{decode_tps} 词元/秒</translation>
    </message>
    <message>
        <source>fits at {context_tokens}</source>
        <translation>在 {context_tokens} 时可以容纳</translation>
    </message>
    <message>
        <source>Best pick: the most bits per weight that fits at this context at {min_tps} tok/s or faster</source>
        <translation>最佳选择：在此上下文下可以容纳且速度不低于 {min_tps} 词元/秒的格式中，每个权重位数最多的一个</translation>
    </message>
</context>
<context>
    <name>BreakdownPanel</name>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Copy settings</source>
        <translation>复制设置</translation>
    </message>
    <message>
        <source>Largest context with this placement: %1 tokens</source>
        <translation>此放置方式下的最大上下文：%1 个 token</translation>
    </message>
    <message>
        <source>Largest context if the placement is chosen for it: %1 tokens</source>
        <translation>为该上下文重新选择放置方式时的最大上下文：%1 个 token</translation>
    </message>
    <message>
        <source>Largest context with everything on the GPU: %1 tokens</source>
        <translation>全部放在 GPU 上时的最大上下文：%1 个 token</translation>
    </message>
    <message>
        <source>llama.cpp placement: %1</source>
        <translation>llama.cpp 放置方式：%1</translation>
    </message>
    <message>
        <source>Why this placement: %1</source>
        <translation>选择此放置方式的原因：%1</translation>
    </message>
    <message>
        <source>Alternative: %1, about %2 tokens/s, needs %3 on %4 and %5 of RAM</source>
        <translation>备选：%1，约 %2 token/秒，需要 %4 上 %3 和 %5 内存</translation>
    </message>
    <message>
        <source>Copy the settings that reproduce this estimate: the llama.cpp command line, Ollama's and LM Studio's settings, the vLLM command or the Python code.</source>
        <translation>复制重现此估算的设置：llama.cpp 命令行、Ollama 和 LM Studio 的设置、vLLM 命令或 Python 代码。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Total on %1: %2</source>
        <translation>%1 合计：%2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Best pick in the table: %1</source>
        <translation>表中的最佳选择：%1</translation>
    </message>
    <message>
        <source>Memory breakdown</source>
        <translation>内存明细</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>No context fits this way.</source>
        <translation>按此方式放置，任何上下文都放不下。</translation>
    </message>
    <message>
        <source>What would make it fit:</source>
        <translation>怎样才能容纳：</translation>
    </message>
    <message>
        <source>Generation: about %1 tokens/s</source>
        <translation>生成：约 %1 token/秒</translation>
    </message>
    <message>
        <source>prompt: about %1 tokens/s</source>
        <translation>提示词：约 %1 token/秒</translation>
    </message>
    <message>
        <source>GPU layers: %1 of %2</source>
        <translation>GPU 层数：%1 / %2</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Totals: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Likely range: %1</source>
        <translation>可能范围：%1</translation>
    </message>
    <message>
        <source>The likely range comes from how far measured runs were from the estimate, term by term (modelled terms carry a band; exact ones do not).</source>
        <translation>可能范围来自实测运行与估算之间逐项的偏差（建模项带有误差范围，精确项没有）。</translation>
    </message>
    <message>
        <source>Speed assumptions:</source>
        <translation>速度估算依据：</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Exact arithmetic</source>
        <translation>精确计算</translation>
    </message>
    <message>
        <source>Modelled (measured constants)</source>
        <translation>模型估算（实测常数）</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>{file}: field '{field}' must be {expected}, got {value}</source>
        <translation>{file}：字段 '{field}' 必须为 {expected}，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be lower-case letters, digits, '.' and '-', got {value}</source>
        <translation>{file}：字段 '{field}' 只能包含小写字母、数字、'.' 和 '-'，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be an ISO date (YYYY-MM-DD), got {value}</source>
        <translation>{file}：字段 '{field}' 必须是 ISO 日期（YYYY-MM-DD），实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' is missing (every number needs a source)</source>
        <translation>{file}：缺少字段 '{field}'（每个数字都需要注明来源）</translation>
    </message>
    <message>
        <source>{file}: field 'config' is wrong: {detail}</source>
        <translation>{file}：字段 'config' 有误：{detail}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' exceeds params_published ({total}), got {value}</source>
        <translation>{file}：字段 '{field}' 超过 params_published（{total}），实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: {name} names both {first} and {second}</source>
        <translation>{file}：{name} 同时指向 {first} 和 {second}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' needs a params_note saying why the counts differ</source>
        <translation>{file}：字段 '{field}' 需要 params_note 说明数量为何不同</translation>
    </message>
    <message>
        <source>{file}: the model id {name} is used by two entries</source>
        <translation>{file}：模型 ID {name} 被两个条目使用</translation>
    </message>
    <message>
        <source>models: no catalog files found in {folder}</source>
        <translation>models：在 {folder} 中找不到目录文件</translation>
    </message>
    <message>
        <source>{file}: duplicate preset id {value}</source>
        <translation>{file}：预设 id {value} 重复</translation>
    </message>
    <message>
        <source>unknown model {query}</source>
        <translation>未知模型 {query}</translation>
    </message>
    <message>
        <source>unknown model {query}; did you mean {near}?</source>
        <translation>未知模型 {query}；您是指 {near} 吗？</translation>
    </message>
    <message>
        <source>unknown GPU {query}</source>
        <translation>未知 GPU {query}</translation>
    </message>
    <message>
        <source>unknown GPU {query}; did you mean {near}?</source>
        <translation>未知 GPU {query}；您是指 {near} 吗？</translation>
    </message>
    <message>
        <source>GPU {query} is ambiguous: it could be {candidates}</source>
        <translation>GPU {query} 有歧义：可能是 {candidates}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must name a catalog model id, got {value}</source>
        <translation>{file}：字段 '{field}' 必须是目录中的模型 id，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a weight format {runtime} loads, got {value}</source>
        <translation>{file}：字段 '{field}' 必须是 {runtime} 能加载的权重格式，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' is {value} but {model} is {model_kind}</source>
        <translation>{file}：字段 '{field}' 为 {value}，但 {model} 是 {model_kind}</translation>
    </message>
</context>
<context>
    <name>ChartPlaceholder</name>
    <message>
        <source>Drawing the chart…</source>
        <translation>正在绘制图表…</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>cannot check this log: {detail}; pass --model ID (a catalog id, config.json, model folder or .gguf)</source>
        <translation>无法检查此日志：{detail}；请传入 --model ID（目录 id、config.json、模型文件夹或 .gguf）</translation>
    </message>
    <message>
        <source>cannot check this log: {detail}; pass --weights FORMAT</source>
        <translation>无法检查此日志：{detail}；请传入 --weights FORMAT</translation>
    </message>
    <message>
        <source>cannot check this log: {detail}</source>
        <translation>无法检查此日志：{detail}</translation>
    </message>
    <message>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
</context>
<context>
    <name>CheckRunDialog</name>
    <message>
        <source>Check a real run</source>
        <translation>对照真实运行检查</translation>
    </message>
    <message>
        <source>Paste the load log of llama.cpp, Ollama or LM Studio (from the model load to the compute buffers), or open a log file. VRAMScope re-estimates that exact setup and shows both, term by term.</source>
        <translation>粘贴 llama.cpp、Ollama 或 LM Studio 的加载日志（从加载模型到计算缓冲区），或打开日志文件。VRAMScope 会按该配置重新估算，并逐项并排显示。</translation>
    </message>
    <message>
        <source>Paste the log here…</source>
        <translation>在此粘贴日志…</translation>
    </message>
    <message>
        <source>&amp;Open log file…</source>
        <translation>打开日志文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Ollama &amp;server log</source>
        <translation>Ollama 服务器日志(&amp;S)</translation>
    </message>
    <message>
        <source>Not found here; on Linux run: journalctl -u ollama --no-pager</source>
        <translation>未找到；在 Linux 上请运行：journalctl -u ollama --no-pager</translation>
    </message>
    <message>
        <source>As in the log</source>
        <translation>按日志</translation>
    </message>
    <message>
        <source>Logs often show only part of the model's shape: choose the model that ran</source>
        <translation>日志通常只显示模型的部分结构：请选择实际运行的模型</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the models by name or size</source>
        <translation>按名称或规模搜索模型</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Weight format:</source>
        <translation>权重格式(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>日志记录</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Estimate against the log</source>
        <translation>估算与日志对比</translation>
    </message>
    <message>
        <source>&amp;Save check</source>
        <translation>保存检查(&amp;S)</translation>
    </message>
    <message>
        <source>Keep this check in VRAMScope's data folder</source>
        <translation>将此次检查保存在 VRAMScope 的数据文件夹中</translation>
    </message>
    <message>
        <source>&amp;Export all checks…</source>
        <translation>导出全部检查(&amp;E)…</translation>
    </message>
    <message>
        <source>Write every saved check to one Markdown or JSON file, for a bug report</source>
        <translation>将所有已保存的检查写入一个 Markdown 或 JSON 文件，用于问题报告</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Open a load log</source>
        <translation>打开加载日志</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation>日志 (*.log *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Only the end of the file was read (%1).</source>
        <translation>只读取了文件末尾（%1）。</translation>
    </message>
    <message>
        <source>Paste a log or open a log file first.</source>
        <translation>请先粘贴日志或打开日志文件。</translation>
    </message>
    <message>
        <source>Which model wrote this log? Type to search, Enter to choose.</source>
        <translation>哪个模型生成了此日志？输入以搜索，按 Enter 选择。</translation>
    </message>
    <message>
        <source>The log names the model “%1”, which is not in the catalog.</source>
        <translation>日志中的模型名为“%1”，它不在目录中。</translation>
    </message>
    <message>
        <source>Neither the log's model name nor its numbers point at one catalog model: choose the model that ran.</source>
        <translation>日志中的模型名称和数值都无法对应到目录中的唯一模型：请选择实际运行的模型。</translation>
    </message>
    <message>
        <source>The log does not say the weight format: choose it under Weight format, then press Check.</source>
        <translation>日志未说明权重格式：请在“权重格式”中选择，然后点击“检查”。</translation>
    </message>
    <message>
        <source>Cannot check this log: %1</source>
        <translation>无法检查此日志：%1</translation>
    </message>
    <message>
        <source>all layers on the GPU</source>
        <translation>全部层在 GPU 上</translation>
    </message>
    <message>
        <source>%1 layers on the GPU</source>
        <translation>%1 层在 GPU 上</translation>
    </message>
    <message>
        <source>Re-estimated: %1 · %2 · %3 tokens × %4 · KV %5 · %6 · %7 GPU(s)</source>
        <translation>重新估算：%1 · %2 · %3 个 token × %4 · KV %5 · %6 · %7 个 GPU</translation>
    </message>
    <message>
        <source>Export all checks</source>
        <translation>导出全部检查</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Check saved: %1</source>
        <translation>检查已保存：%1</translation>
    </message>
    <message>
        <source>All checks written to %1</source>
        <translation>全部检查已写入 %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>skipped {file}: {reason}</source>
        <translation>已跳过 {file}：{reason}</translation>
    </message>
    <message>
        <source>the last line is cut off; it was skipped</source>
        <translation>最后一行被截断；已跳过</translation>
    </message>
    <message>
        <source>the log holds {count} model loads; the first is used</source>
        <translation>日志中有 {count} 次模型加载；使用第一次</translation>
    </message>
    <message>
        <source>flash attention is not in the log; assumed on</source>
        <translation>日志中没有 flash attention；假定为开启</translation>
    </message>
    <message>
        <source>flash attention is not in the log; assumed off</source>
        <translation>日志中没有 flash attention；假定为关闭</translation>
    </message>
    <message>
        <source>the KV cache type is not in the log; assumed f16</source>
        <translation>日志中没有 KV 缓存类型；假定为 f16</translation>
    </message>
    <message>
        <source>the number of offloaded layers is not in the log; assumed all</source>
        <translation>日志中没有卸载的层数；假定为全部</translation>
    </message>
    <message>
        <source>Ollama's context of {context} tokens is shared by {count} sequences</source>
        <translation>Ollama 的 {context} 个 token 的上下文由 {count} 个序列共享</translation>
    </message>
    <message>
        <source>the file is {size} MB; its last {limit} MB</source>
        <translation>文件大小为 {size} MB；已读取最后 {limit} MB</translation>
    </message>
    <message>
        <source>{key} = {value} in the log is implausible</source>
        <translation>日志中的 {key} = {value} 不合理</translation>
    </message>
    <message>
        <source>{device} {kind} buffer of {size} MiB in the log is implausible</source>
        <translation>日志中 {device} 上 {size} MiB 的 {kind} 缓冲区不合理</translation>
    </message>
    <message>
        <source>size {value} in the log is implausible</source>
        <translation>日志中的大小 {value} 不合理</translation>
    </message>
    <message>
        <source>--ctx-size {value} in the log is implausible</source>
        <translation>日志中的 --ctx-size {value} 不合理</translation>
    </message>
    <message>
        <source>could not read the log: {error}</source>
        <translation>无法读取日志：{error}</translation>
    </message>
    <message>
        <source>a log must be text, got {type}</source>
        <translation>日志必须是文本，得到的是 {type}</translation>
    </message>
    <message>
        <source>{file} is not a text file</source>
        <translation>{file} 不是文本文件</translation>
    </message>
    <message>
        <source>the log is {size} MB; VRAMScope reads up to {limit} MB (paste the part from the model load on)</source>
        <translation>日志大小为 {size} MB；VRAMScope 最多读取 {limit} MB（请粘贴从模型加载开始的部分）</translation>
    </message>
    <message>
        <source>no llama.cpp load lines found (is this a llama.cpp / Ollama log?)</source>
        <translation>未找到 llama.cpp 加载行（这是 llama.cpp / Ollama 日志吗？）</translation>
    </message>
    <message>
        <source>the log does not say the file type; it needs print_info: file type or general.file_type</source>
        <translation>日志未给出文件类型；需要 print_info: file type 或 general.file_type</translation>
    </message>
    <message>
        <source>the log's file type ({value}) is not one VRAMScope models; it needs print_info: file type or general.file_type</source>
        <translation>VRAMScope 不支持日志中的文件类型（{value}）；需要 print_info: file type 或 general.file_type</translation>
    </message>
    <message>
        <source>the log lacks the model's {fields} (print_info / llm_load_print_meta lines); paste the whole load log or choose the model</source>
        <translation>日志缺少模型的 {fields}（print_info / llm_load_print_meta 行）；请粘贴完整的加载日志或选择模型</translation>
    </message>
    <message>
        <source>the log does not show the model's shape</source>
        <translation>日志未显示模型的结构</translation>
    </message>
    <message>
        <source>the model in the log cannot be modelled: {detail}</source>
        <translation>无法为日志中的模型建模：{detail}</translation>
    </message>
    <message>
        <source>the log lacks the context size (llama_context: n_ctx = ...)</source>
        <translation>日志缺少上下文大小（llama_context: n_ctx = ...）</translation>
    </message>
    <message>
        <source>the logged settings cannot be estimated: {detail}</source>
        <translation>无法估算日志中的设置：{detail}</translation>
    </message>
    <message>
        <source>Nothing to compare: the log holds no buffer sizes {runtime} allocated.</source>
        <translation>无可比较：日志中没有 {runtime} 分配的缓冲区大小。</translation>
    </message>
    <message>
        <source>Estimate within {error} of what {runtime} allocated on {devices}.</source>
        <translation>估算与 {runtime} 在 {devices} 上实际分配的相差在 {error} 以内。</translation>
    </message>
    <message>
        <source>Estimate over by {error} on {devices} (largest gap: {term}, {gap} MiB).</source>
        <translation>在 {devices} 上高估了 {error}（最大差距：{term}，{gap} MiB）。</translation>
    </message>
    <message>
        <source>Estimate under by {error} on {devices} (largest gap: {term}, {gap} MiB).</source>
        <translation>在 {devices} 上低估了 {error}（最大差距：{term}，{gap} MiB）。</translation>
    </message>
    <message>
        <source>{device} total within {error} of the measured peak.</source>
        <translation>{device} 总量与实测峰值相差在 {error} 以内。</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>no llama.cpp load lines found in {lines} lines (is this a llama.cpp / Ollama log?); not recognised: {examples}</source>
        <translation>在 {lines} 行中未找到 llama.cpp 加载行（这是 llama.cpp / Ollama 日志吗？）；未识别：{examples}</translation>
    </message>
    <message>
        <source>no llama.cpp load lines found in {lines} lines (is this a llama.cpp / Ollama log?); {long} longer than {limit} characters were skipped; not recognised: {examples}</source>
        <translation>在 {lines} 行中未找到 llama.cpp 加载行（这是 llama.cpp / Ollama 日志吗？）；已跳过 {long} 行超过 {limit} 个字符的行；未识别：{examples}</translation>
    </message>
    <message>
        <source>{count} lines longer than {limit} characters were skipped</source>
        <translation>已跳过 {count} 行超过 {limit} 个字符的行</translation>
    </message>
    <message>
        <source>only the first {limit} lines were read</source>
        <translation>只读取了前 {limit} 行</translation>
    </message>
    <message>
        <source>written by {family}; llama.cpp output of {first} to {last}</source>
        <translation>由 {family} 写入；{first} 至 {last} 的 llama.cpp 输出</translation>
    </message>
    <message>
        <source>written by {family}, llama.cpp build {build}; output of {first} to {last}</source>
        <translation>由 {family} 写入，llama.cpp 构建 {build}；{first} 至 {last} 的输出</translation>
    </message>
    <message>
        <source>written by {family}; llama.cpp output of {first} or later</source>
        <translation>由 {family} 写入；{first} 或之后的 llama.cpp 输出</translation>
    </message>
    <message>
        <source>written by {family}, llama.cpp build {build}; output of {first} or later</source>
        <translation>由 {family} 写入，llama.cpp 构建 {build}；{first} 或之后的输出</translation>
    </message>
    <message>
        <source>this build printed totals, not buffers: what it used on the GPU is compared on the first GPU</source>
        <translation>此构建打印的是总量而非缓冲区：其在 GPU 上的用量按第一块 GPU 比较</translation>
    </message>
    <message>
        <source>the log shows no model (weights) buffers; only what it shows is compared</source>
        <translation>日志中没有模型（权重）缓冲区；只比较日志中有的部分</translation>
    </message>
    <message>
        <source>the log shows no KV cache buffers; only what it shows is compared</source>
        <translation>日志中没有 KV 缓存缓冲区；只比较日志中有的部分</translation>
    </message>
    <message>
        <source>the log shows no compute buffers; only what it shows is compared</source>
        <translation>日志中没有计算缓冲区；只比较日志中有的部分</translation>
    </message>
    <message>
        <source>the model's shape in the log matches {model} in the catalog</source>
        <translation>日志中的模型结构与目录中的 {model} 相符</translation>
    </message>
    <message>
        <source>the log does not show the context; the weights it shows do not depend on it (estimated at {context_tokens})</source>
        <translation>日志中没有上下文长度；日志中的权重与它无关（按 {context_tokens} 估算）</translation>
    </message>
    <message>
        <source>the log names {model}, taken from the catalog</source>
        <translation>日志给出模型 {model}，已从目录中选用</translation>
    </message>
    <message>
        <source>this build kept the output layer ({output_bytes}) on the CPU with -ngl {layers}; today's llama.cpp offloads it first, so the estimate follows the old placement</source>
        <translation>此构建在 -ngl {layers} 时把输出层（{output_bytes}）留在 CPU 上；如今的 llama.cpp 会先卸载它，因此估算按旧的放置方式计算</translation>
    </message>
    <message>
        <source>this build stored DeepSeek's full K/V: {logged_bytes}; today's llama.cpp needs {today_bytes}</source>
        <translation>此构建存储 DeepSeek 的完整 K/V：{logged_bytes}；如今的 llama.cpp 只需 {today_bytes}</translation>
    </message>
    <message>
        <source>this build had no CPU repack buffers; the estimate's {repacked_bytes} repacked copy is left out</source>
        <translation>此构建没有 CPU 重排缓冲区；估算中 {repacked_bytes} 的重排副本不计入</translation>
    </message>
    <message>
        <source>this build printed the whole mapped file ({file_bytes}) as the CPU buffer; the CPU layers hold {cpu_bytes}</source>
        <translation>此构建把整个映射文件（{file_bytes}）打印为 CPU 缓冲区；CPU 上的层占 {cpu_bytes}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <source>active must not exceed total, got {active} &gt; {total}</source>
        <translation>active 不能超过 total，实际为 {active} &gt; {total}</translation>
    </message>
    <message>
        <source>{field} must be a non-empty string, got {value}</source>
        <translation>{field} 必须是非空字符串，实际为 {value}</translation>
    </message>
    <message>
        <source>MLA needs qk_rope_head_dim and v_head_dim with kv_lora_rank</source>
        <translation>使用 kv_lora_rank 的 MLA 需要 qk_rope_head_dim 和 v_head_dim</translation>
    </message>
    <message>
        <source>{field} must be a non-negative integer, got {value}</source>
        <translation>{field} 必须是非负整数，实际为 {value}</translation>
    </message>
    <message>
        <source>{field} must be true or false, got {value}</source>
        <translation>{field} 必须是 true 或 false，实际为 {value}</translation>
    </message>
    <message>
        <source>{divisor_field} must divide {field}: got {divisor} and {value}</source>
        <translation>{divisor_field} 必须能整除 {field}：实际为 {divisor} 和 {value}</translation>
    </message>
    <message>
        <source>{field} must be an integer from {low} to {high}, got {value}</source>
        <translation>{field} 必须是 {low} 到 {high} 之间的整数，实际为 {value}</translation>
    </message>
    <message>
        <source>{field} must be an integer, got {value}</source>
        <translation>{field} 必须是整数，实际为 {value}</translation>
    </message>
    <message>
        <source>{field} must be a list, got {value}</source>
        <translation>{field} 必须是列表，实际为 {value}</translation>
    </message>
    <message>
        <source>{field} must be an object, got {value}</source>
        <translation>{field} 必须是对象，实际为 {value}</translation>
    </message>
    <message>
        <source>{field} must be one of {allowed}, got {value}</source>
        <translation>{field} 必须是 {allowed} 之一，实际为 {value}</translation>
    </message>
    <message>
        <source>{field} must be a positive integer, got {value}</source>
        <translation>{field} 必须是正整数，实际为 {value}</translation>
    </message>
    <message>
        <source>{field} must be a string, got {value}</source>
        <translation>{field} 必须是字符串，实际为 {value}</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}, got {value}</source>
        <translation>{field} 必须介于 {low} 和 {high} 之间，实际为 {value}</translation>
    </message>
    <message>
        <source>{field} must have one entry per layer: got {count} for {n_layers} layers</source>
        <translation>{field} 必须每层一项：{n_layers} 层却有 {count} 项</translation>
    </message>
    <message>
        <source>sliding_window must be set when some layers use sliding attention</source>
        <translation>当部分层使用滑动窗口注意力时必须设置 sliding_window</translation>
    </message>
    <message>
        <source>{field} has {count} entries, more than {limit}</source>
        <translation>{field} 有 {count} 项，超过 {limit}</translation>
    </message>
    <message>
        <source>linear-attention layers need a known linear_kind, got {value}</source>
        <translation>线性注意力层需要已知的 linear_kind，实际为 {value}</translation>
    </message>
    <message>
        <source>config.json has no {key} (needed for {model_type})</source>
        <translation>config.json 中没有 {key}（{model_type} 需要）</translation>
    </message>
    <message>
        <source>config.json has no {key} (needed for an unnamed model)</source>
        <translation>config.json 中没有 {key}（未命名模型需要）</translation>
    </message>
    <message>
        <source>config.json must hold an object, got {value}</source>
        <translation>config.json 必须包含一个对象，实际为 {value}</translation>
    </message>
    <message>
        <source>config.json could not be read as a model ({reason})</source>
        <translation>无法将 config.json 读取为模型（{reason}）</translation>
    </message>
    <message>
        <source>weight format {value}: awq supports 4-bit weights only</source>
        <translation>权重格式 {value}：awq 只支持 4 位权重</translation>
    </message>
    <message>
        <source>tensor shape must hold non-negative integers, got {value}</source>
        <translation>张量形状必须由非负整数组成，实际为 {value}</translation>
    </message>
    <message>
        <source>{family} group size must be 16-65536 or per-channel, got {value}</source>
        <translation>{family} 的分组大小必须是 16-65536 或按通道，实际为 {value}</translation>
    </message>
    <message>
        <source>weight format {value}: {detail}</source>
        <translation>权重格式 {value}：{detail}</translation>
    </message>
    <message>
        <source>cannot determine the layer of MoE tensor {tensor}</source>
        <translation>无法确定 MoE 张量 {tensor} 所在的层</translation>
    </message>
    <message>
        <source>no GGML type fallback for {ggml_type} with rows of {row} elements</source>
        <translation>对于每行 {row} 个元素的 {ggml_type}，没有可回退的 GGML 类型</translation>
    </message>
    <message>
        <source>ftype must be a GGUF file type (e.g. q4_k_m, f16), got {value}</source>
        <translation>ftype 必须是 GGUF 文件类型（例如 q4_k_m、f16），实际为 {value}</translation>
    </message>
    <message>
        <source>tensor row length {row} is not a multiple of the {ggml_type} block of {block} elements (shape {shape})</source>
        <translation>张量行长度 {row} 不是 {ggml_type} 块（{block} 个元素）的倍数（形状 {shape}）</translation>
    </message>
    <message>
        <source>unknown weight format {value}; known: {known}</source>
        <translation>未知的权重格式 {value}；已知格式：{known}</translation>
    </message>
    <message>
        <source>unknown GGUF general.file_type {value}</source>
        <translation>未知的 GGUF general.file_type {value}</translation>
    </message>
    <message>
        <source>unknown GGML type {value}; known: {known}</source>
        <translation>未知的 GGML 类型 {value}；已知类型：{known}</translation>
    </message>
    <message>
        <source>unknown llama ftype {value}</source>
        <translation>未知的 llama ftype {value}</translation>
    </message>
    <message>
        <source>file tensor must be (name, shape, dtype), got {value}</source>
        <translation>文件张量必须是（名称、形状、dtype），实际为 {value}</translation>
    </message>
    <message>
        <source>gguf_file applies to float and GGUF formats, got {value}</source>
        <translation>gguf_file 只适用于浮点和 GGUF 格式，实际为 {value}</translation>
    </message>
    <message>
        <source>layer {layer} reads {active} B per token but holds only {whole} B</source>
        <translation>第 {layer} 层每个词元读取 {active} B，但只包含 {whole} B</translation>
    </message>
    <message>
        <source>tensor {tensor} has an invalid shape {value}</source>
        <translation>张量 {tensor} 的形状 {value} 无效</translation>
    </message>
    <message>
        <source>tensor bytes ({total}) must equal the grouped total ({grouped}) and linear + non-linear ({split})</source>
        <translation>张量字节数（{total}）必须等于分组总数（{grouped}）以及线性 + 非线性之和（{split}）</translation>
    </message>
    <message>
        <source>tensor_names, tensor_types and tensor_bytes must align, got {names}, {types} and {sizes}</source>
        <translation>tensor_names、tensor_types 和 tensor_bytes 的长度必须一致，实际为 {names}、{types} 和 {sizes}</translation>
    </message>
    <message>
        <source>tensor {tensor} has unknown dtype {value}; known: {known}</source>
        <translation>张量 {tensor} 的 dtype {value} 未知；已知：{known}</translation>
    </message>
    <message>
        <source>kv cache type {value} is not available in {runtime}; use one of {allowed}</source>
        <translation>{runtime} 不支持 KV 缓存类型 {value}；请使用以下之一：{allowed}</translation>
    </message>
    <message>
        <source>lora targets must be module names, got {value}</source>
        <translation>LoRA 目标必须是模块名，实际为 {value}</translation>
    </message>
    <message>
        <source>mode {mode} (training) needs the transformers runtime, got {runtime}</source>
        <translation>模式 {mode}（训练）需要 transformers 运行时，实际为 {runtime}</translation>
    </message>
    <message>
        <source>GPU {gpu}: bandwidth cannot be negative</source>
        <translation>GPU {gpu}：带宽不能为负数</translation>
    </message>
    <message>
        <source>GPU {gpu}: free memory must be between 0 and total ({total}), got {value}</source>
        <translation>GPU {gpu}：可用显存必须介于 0 和总量（{total}）之间，实际为 {value}</translation>
    </message>
    <message>
        <source>GPU {gpu}: total memory must be positive, got {value}</source>
        <translation>GPU {gpu}：总显存必须为正数，实际为 {value}</translation>
    </message>
    <message>
        <source>unknown CPU kind {value}; expected one of {kinds}</source>
        <translation>未知的 CPU 类型 {value}；应为以下之一：{kinds}</translation>
    </message>
    <message>
        <source>available RAM must be between 0 and total ({total}), got {value}</source>
        <translation>可用内存必须介于 0 和总量（{total}）之间，实际为 {value}</translation>
    </message>
    <message>
        <source>RAM total must be positive, got {value}</source>
        <translation>内存总量必须为正数，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: general.alignment must be a power of two, got {value}</source>
        <translation>{file}：general.alignment 必须是 2 的幂，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: general.alignment {value} is implausibly large</source>
        <translation>{file}：general.alignment {value} 大得不合理</translation>
    </message>
    <message>
        <source>{file}: {what} claims {count} elements at byte {pos} but only {left} bytes remain in the file</source>
        <translation>{file}：{what} 在字节 {pos} 处声明有 {count} 个元素，但文件中只剩 {left} 字节</translation>
    </message>
    <message>
        <source>{file}: {what} nests arrays deeper than {limit} levels</source>
        <translation>{file}：{what} 的数组嵌套超过 {limit} 层</translation>
    </message>
    <message>
        <source>{file}: {detail}</source>
        <translation>{file}：{detail}</translation>
    </message>
    <message>
        <source>{file}: cannot access ({reason})</source>
        <translation>{file}：无法访问（{reason}）</translation>
    </message>
    <message>
        <source>{file}: cannot open ({reason})</source>
        <translation>{file}：无法打开（{reason}）</translation>
    </message>
    <message>
        <source>{file}: cannot read ({reason})</source>
        <translation>{file}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>{file} has no {key} (needed for {model_type})</source>
        <translation>{file} 中没有 {key}（{model_type} 需要）</translation>
    </message>
    <message>
        <source>{file} has no {key} (needed for an unnamed model)</source>
        <translation>{file} 中没有 {key}（未命名模型需要）</translation>
    </message>
    <message>
        <source>{file} must hold a JSON object, got {value}</source>
        <translation>{file} 必须包含一个 JSON 对象，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: duplicate metadata key {key}</source>
        <translation>{file}：重复的元数据键 {key}</translation>
    </message>
    <message>
        <source>{file}: duplicate tensor {tensor}</source>
        <translation>{file}：重复的张量 {tensor}</translation>
    </message>
    <message>
        <source>{file}: the folder has no config.json or .gguf file</source>
        <translation>{file}：该文件夹中没有 config.json 或 .gguf 文件</translation>
    </message>
    <message>
        <source>{file}: the config mapped from its metadata has no {key} (needed for {model_type})</source>
        <translation>{file}：由其元数据映射出的配置中没有 {key}（{model_type} 需要）</translation>
    </message>
    <message>
        <source>{file}: the config mapped from its metadata has no {key} (needed for an unnamed model)</source>
        <translation>{file}：由其元数据映射出的配置中没有 {key}（未命名模型需要）</translation>
    </message>
    <message>
        <source>{file}: not a GGUF file (only {size} bytes)</source>
        <translation>{file}：不是 GGUF 文件（只有 {size} 字节）</translation>
    </message>
    <message>
        <source>{file}: GGUF version 1 is obsolete (2023) and not supported; reconvert it</source>
        <translation>{file}：GGUF 版本 1 已过时（2023 年），不受支持；请重新转换</translation>
    </message>
    <message>
        <source>{file}: unsupported GGUF version {version} (supported: 2 and 3)</source>
        <translation>{file}：不支持的 GGUF 版本 {version}（支持 2 和 3）</translation>
    </message>
    <message>
        <source>{file}: GGUF header is larger than {limit} ({what} at byte {pos}); refusing to read further</source>
        <translation>{file}：GGUF 头部大于 {limit}（{what} 位于字节 {pos}）；拒绝继续读取</translation>
    </message>
    <message>
        <source>{file}: the safetensors header is not valid JSON ({reason})</source>
        <translation>{file}：safetensors 头部不是有效的 JSON（{reason}）</translation>
    </message>
    <message>
        <source>{file}: the safetensors header is not UTF-8 text (bad byte at {pos})</source>
        <translation>{file}：safetensors 头部不是 UTF-8 文本（位置 {pos} 处的字节有误）</translation>
    </message>
    <message>
        <source>{file}: the safetensors header is not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>{file}：safetensors 头部不是有效的 JSON（第 {line} 行，第 {column} 列：{reason}）</translation>
    </message>
    <message>
        <source>{file}: the safetensors header is not valid JSON (nested too deeply)</source>
        <translation>{file}：safetensors 头部不是有效的 JSON（嵌套过深）</translation>
    </message>
    <message>
        <source>{file} is not valid JSON ({reason})</source>
        <translation>{file} 不是有效的 JSON（{reason}）</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (bad byte at {pos})</source>
        <translation>{file} 不是 UTF-8 文本（位置 {pos} 处的字节有误）</translation>
    </message>
    <message>
        <source>{file} is not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>{file} 不是有效的 JSON（第 {line} 行，第 {column} 列：{reason}）</translation>
    </message>
    <message>
        <source>{file} is not valid JSON (nested too deeply)</source>
        <translation>{file} 不是有效的 JSON（嵌套过深）</translation>
    </message>
    <message>
        <source>{file} is {size}, larger than the {limit} limit for this file</source>
        <translation>{file} 大小为 {size}，超过此类文件的上限 {limit}</translation>
    </message>
    <message>
        <source>{file}: GGUF metadata has no {key}</source>
        <translation>{file}：GGUF 元数据中没有 {key}</translation>
    </message>
    <message>
        <source>{file}: metadata {key} must be an integer, got {value}</source>
        <translation>{file}：元数据 {key} 必须是整数，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: metadata {key} must hold integers</source>
        <translation>{file}：元数据 {key} 必须包含整数</translation>
    </message>
    <message>
        <source>{file}: GGUF has no general.architecture</source>
        <translation>{file}：GGUF 中没有 general.architecture</translation>
    </message>
    <message>
        <source>{file}: file is truncated: the tensor data should start at byte {pos}</source>
        <translation>{file}：文件被截断：张量数据应从字节 {pos} 开始</translation>
    </message>
    <message>
        <source>{file}: GGUF has no token_embd.weight, {arch}.vocab_size or tokenizer.ggml.tokens to tell the vocabulary size</source>
        <translation>{file}：GGUF 中没有 token_embd.weight、{arch}.vocab_size 或 tokenizer.ggml.tokens，无法得知词表大小</translation>
    </message>
    <message>
        <source>{file}: has no weight_map object</source>
        <translation>{file}：没有 weight_map 对象</translation>
    </message>
    <message>
        <source>{file}: not a config.json, model folder or .gguf file</source>
        <translation>{file}：不是 config.json、模型文件夹或 .gguf 文件</translation>
    </message>
    <message>
        <source>{file}: no such file or folder</source>
        <translation>{file}：没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>{file}: not a GGUF file (starts with {magic}, expected b'GGUF')</source>
        <translation>{file}：不是 GGUF 文件（以 {magic} 开头，应为 b'GGUF'）</translation>
    </message>
    <message>
        <source>{file}: not a regular file</source>
        <translation>{file}：不是普通文件</translation>
    </message>
    <message>
        <source>{file}: not a safetensors file (the header is not a JSON object)</source>
        <translation>{file}：不是 safetensors 文件（头部不是 JSON 对象）</translation>
    </message>
    <message>
        <source>{file}: read failed ({reason})</source>
        <translation>{file}：读取失败（{reason}）</translation>
    </message>
    <message>
        <source>{file}: the safetensors header is not a JSON object</source>
        <translation>{file}：safetensors 头部不是 JSON 对象</translation>
    </message>
    <message>
        <source>{file}: safetensors header claims {count} bytes (limit {limit}); not a safetensors file?</source>
        <translation>{file}：safetensors 头部声明有 {count} 字节（上限 {limit}）；这不是 safetensors 文件吗？</translation>
    </message>
    <message>
        <source>{file}: file is truncated while reading the header</source>
        <translation>{file}：读取头部时发现文件被截断</translation>
    </message>
    <message>
        <source>{file}: not a safetensors file (only {size} bytes)</source>
        <translation>{file}：不是 safetensors 文件（只有 {size} 字节）</translation>
    </message>
    <message>
        <source>{file}: file is truncated: the safetensors header claims {count} bytes but the file has {size}</source>
        <translation>{file}：文件被截断：safetensors 头部声明有 {count} 字节，但文件只有 {size}</translation>
    </message>
    <message>
        <source>{file}: a safetensors checkpoint needs its config.json beside it</source>
        <translation>{file}：safetensors 检查点旁边需要有它的 config.json</translation>
    </message>
    <message>
        <source>{file}: the folder holds {count} GGUF models ({names}); choose one file</source>
        <translation>{file}：该文件夹中有 {count} 个 GGUF 模型（{names}）；请选择一个文件</translation>
    </message>
    <message>
        <source>{file}: {missing} of {count} shards are missing: {names}</source>
        <translation>{file}：{count} 个分片中缺少 {missing} 个：{names}</translation>
    </message>
    <message>
        <source>{file}: file is truncated: {what} at byte {pos}</source>
        <translation>{file}：文件被截断：{what} 位于字节 {pos}</translation>
    </message>
    <message>
        <source>{file}: split.count is {value} but the file name says {count} parts</source>
        <translation>{file}：split.count 为 {value}，但文件名表明有 {count} 个部分</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} also appears in an earlier part</source>
        <translation>{file}：张量 {tensor} 也出现在之前的某个部分中</translation>
    </message>
    <message>
        <source>{file}: split GGUF is missing {missing} of {count} parts: {names}</source>
        <translation>{file}：分片 GGUF 缺少 {count} 个部分中的 {missing} 个：{names}</translation>
    </message>
    <message>
        <source>{file}: split.no is {value}, expected {part} from its name</source>
        <translation>{file}：split.no 为 {value}，按文件名应为 {part}</translation>
    </message>
    <message>
        <source>{file}: bad split numbering (part {part} of {count})</source>
        <translation>{file}：分片编号错误（第 {part} 部分，共 {count} 部分）</translation>
    </message>
    <message>
        <source>{file}: split.tensors.count is {expected} but the {parts} parts hold {count} tensors</source>
        <translation>{file}：split.tensors.count 为 {expected}，但 {parts} 个部分共有 {count} 个张量</translation>
    </message>
    <message>
        <source>{file}: a string in {what} at byte {pos} claims {count} bytes but {left} remain</source>
        <translation>{file}：{what} 中位于字节 {pos} 的字符串声明有 {count} 字节，但只剩 {left}</translation>
    </message>
    <message>
        <source>{file}: {what} at byte {pos} claims {count} bytes (limit {limit})</source>
        <translation>{file}：位于字节 {pos} 的 {what} 声明有 {count} 字节（上限 {limit}）</translation>
    </message>
    <message>
        <source>{file}: file is truncated: tensor {tensor} ends at byte {end} of the data but the file has {size} data bytes</source>
        <translation>{file}：文件被截断：张量 {tensor} 结束于数据的字节 {end}，但文件只有 {size} 字节数据</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has a dimension of {value}</source>
        <translation>{file}：张量 {tensor} 有一个维度为 {value}</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has {count} dimensions (expected 1 to {limit})</source>
        <translation>{file}：张量 {tensor} 有 {count} 个维度（应为 1 到 {limit}）</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has unknown dtype {value}</source>
        <translation>{file}：张量 {tensor} 的 dtype {value} 未知</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} is also in {other}</source>
        <translation>{file}：张量 {tensor} 也在 {other} 中</translation>
    </message>
    <message>
        <source>{file}: the name of tensor #{index} at byte {pos} claims {count} bytes (limit {limit})</source>
        <translation>{file}：位于字节 {pos} 的第 {index} 个张量的名称声明有 {count} 字节（上限 {limit}）</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} is not in {other} as it says</source>
        <translation>{file}：张量 {tensor} 并不像所写的那样在 {other} 中</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} is not a JSON object</source>
        <translation>{file}：张量 {tensor} 不是 JSON 对象</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} offset {offset} is not a multiple of the alignment {alignment}</source>
        <translation>{file}：张量 {tensor} 的偏移 {offset} 不是对齐值 {alignment} 的倍数</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has malformed data_offsets</source>
        <translation>{file}：张量 {tensor} 的 data_offsets 格式错误</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has {count}+ elements (overflows 64 bits)</source>
        <translation>{file}：张量 {tensor} 有 {count}+ 个元素（超出 64 位）</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} at data offset {offset} overlaps tensor {other}</source>
        <translation>{file}：位于数据偏移 {offset} 的张量 {tensor} 与张量 {other} 重叠</translation>
    </message>
    <message>
        <source>{file}: file is truncated: tensor {tensor} ends at byte {end} but the file has {size} bytes</source>
        <translation>{file}：文件被截断：张量 {tensor} 结束于字节 {end}，但文件只有 {size} 字节</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has a row of {row} elements, not a multiple of the {ggml_type} block size {block}</source>
        <translation>{file}：张量 {tensor} 的一行有 {row} 个元素，不是 {ggml_type} 块大小 {block} 的倍数</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has a malformed shape</source>
        <translation>{file}：张量 {tensor} 的形状格式错误</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} spans {count} bytes but its shape {shape} of {dtype} needs {need}</source>
        <translation>{file}：张量 {tensor} 占 {count} 字节，但其 {dtype} 形状 {shape} 需要 {need}</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has a shape too large to exist</source>
        <translation>{file}：张量 {tensor} 的形状大到不可能存在</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has unknown GGML type id {type_id}</source>
        <translation>{file}：张量 {tensor} 的 GGML 类型编号 {type_id} 未知</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} overlaps tensor {other}</source>
        <translation>{file}：张量 {tensor} 与张量 {other} 重叠</translation>
    </message>
    <message>
        <source>{file}: GGUF header needs more than {limit} items to read; giving up</source>
        <translation>{file}：读取 GGUF 头部需要超过 {limit} 个条目；放弃</translation>
    </message>
    <message>
        <source>{file}: GGUF header claims {count} metadata entries in a {size} file</source>
        <translation>{file}：GGUF 头部在 {size} 的文件中声明有 {count} 个元数据条目</translation>
    </message>
    <message>
        <source>{file}: {key} {value} is implausibly large</source>
        <translation>{file}：{key} {value} 大得不合理</translation>
    </message>
    <message>
        <source>{file}: {count} safetensors files (limit {limit})</source>
        <translation>{file}：{count} 个 safetensors 文件（上限 {limit}）</translation>
    </message>
    <message>
        <source>{file}: lists {count} shards (limit {limit})</source>
        <translation>{file}：列出了 {count} 个分片（上限 {limit}）</translation>
    </message>
    <message>
        <source>{file}: GGUF header claims {count} tensors in a {size} file</source>
        <translation>{file}：GGUF 头部在 {size} 的文件中声明有 {count} 个张量</translation>
    </message>
    <message>
        <source>{file}: file is truncated: {what} at byte {pos} needs {need} bytes but the file has {size} bytes</source>
        <translation>{file}：文件被截断：位于字节 {pos} 的 {what} 需要 {need} 字节，但文件只有 {size} 字节</translation>
    </message>
    <message>
        <source>{file}: {what} has unknown element type {type_id}</source>
        <translation>{file}：{what} 的元素类型 {type_id} 未知</translation>
    </message>
    <message>
        <source>{file}: {what} has unknown value type {type_id}</source>
        <translation>{file}：{what} 的值类型 {type_id} 未知</translation>
    </message>
    <message>
        <source>{file}: weight_map[{tensor}] is not a .safetensors name</source>
        <translation>{file}：weight_map[{tensor}] 不是 .safetensors 文件名</translation>
    </message>
    <message>
        <source>{file}: weight_map names a file outside the folder: {value}</source>
        <translation>{file}：weight_map 指向文件夹之外的文件：{value}</translation>
    </message>
    <message>
        <source>ignored {kind} on {device}: size {value} is not a size</source>
        <translation>已忽略 {device} 上的 {kind}：大小 {value} 不是有效的大小</translation>
    </message>
    <message>
        <source>ignored buffers on unknown device {device}</source>
        <translation>已忽略未知设备 {device} 上的缓冲区</translation>
    </message>
    <message>
        <source>ignored logged buffer kind {kind}</source>
        <translation>已忽略日志中的缓冲区类型 {kind}</translation>
    </message>
    <message>
        <source>{file}: the symbolic links loop and never reach a file</source>
        <translation>{file}：符号链接形成循环，无法指向任何文件</translation>
    </message>
    <message>
        <source>{file}: permission denied (no right to read it or to enter its folder)</source>
        <translation>{file}：权限被拒绝（无权读取它或进入其所在文件夹）</translation>
    </message>
    <message>
        <source>{file}: permission denied (no right to list or enter this folder)</source>
        <translation>{file}：权限被拒绝（无权列出或进入此文件夹）</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file</source>
        <translation>{file} 是文件夹，不是文件</translation>
    </message>
    <message>
        <source>{file} is a named pipe (FIFO), not a regular file; it was not opened</source>
        <translation>{file} 是命名管道（FIFO），不是普通文件；未打开它</translation>
    </message>
    <message>
        <source>{file} is a device, not a regular file; it was not opened</source>
        <translation>{file} 是设备，不是普通文件；未打开它</translation>
    </message>
    <message>
        <source>{file} is a socket, not a regular file; it was not opened</source>
        <translation>{file} 是套接字，不是普通文件；未打开它</translation>
    </message>
    <message>
        <source>{file}: {what} holds {count} arrays inside arrays; at most {limit} are read (llama.cpp reads none)</source>
        <translation>{file}：{what} 含有 {count} 个嵌套在数组中的数组；最多读取 {limit} 个（llama.cpp 一个也不读取）</translation>
    </message>
    <message>
        <source>{file}: reading this JSON would take about {need_bytes} of memory, more than the {limit_bytes} allowed; real files need far less</source>
        <translation>{file}：读取此 JSON 约需 {need_bytes} 内存，超过允许的 {limit_bytes}；真实文件所需远少于此</translation>
    </message>
    <message>
        <source>{file}: not enough memory to read this file</source>
        <translation>{file}：内存不足，无法读取此文件</translation>
    </message>
    <message>
        <source>attention_chunk_size must be set when some layers use chunked attention</source>
        <translation>当部分层使用分块注意力时必须设置 attention_chunk_size</translation>
    </message>
    <message>
        <source>{file}: the vision projector has no {key}</source>
        <translation>{file}：视觉投影文件缺少 {key}</translation>
    </message>
    <message>
        <source>{file}: {key} must be an integer from {low} to {high}, got {value}</source>
        <translation>{file}：{key} 必须是 {low} 到 {high} 之间的整数，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: {key} must be a string, got {value}</source>
        <translation>{file}：{key} 必须是字符串，实际为 {value}</translation>
    </message>
    <message>
        <source>{file} is not a vision projector (mmproj): its general.architecture is {value}, not clip</source>
        <translation>{file} 不是视觉投影文件（mmproj）：其 general.architecture 为 {value}，而不是 clip</translation>
    </message>
    <message>
        <source>{file}: this projector has no vision encoder (an audio mmproj?)</source>
        <translation>{file}：此投影文件没有视觉编码器（音频 mmproj？）</translation>
    </message>
    <message>
        <source>{file}: the projector has no tensors</source>
        <translation>{file}：投影文件没有张量</translation>
    </message>
    <message>
        <source>{file} is a vision projector (mmproj), not a model: give the model file and this one with --mmproj</source>
        <translation>{file} 是视觉投影文件（mmproj），不是模型：请给出模型文件，并用 --mmproj 指定此文件</translation>
    </message>
    <message>
        <source>{file} projects images to width {value}, but {model} has hidden size {hidden}: it belongs to another model</source>
        <translation>{file} 将图像投影到宽度 {value}，但 {model} 的 hidden size 为 {hidden}：它属于另一个模型</translation>
    </message>
</context>
<context>
    <name>EstimateNotes</name>
    <message>
        <source>llama.cpp runs this model with a full cache (no sliding window).</source>
        <translation>llama.cpp 以完整缓存运行此模型（不使用滑动窗口）。</translation>
    </message>
    <message>
        <source>Linear-attention activations assume transformers' PyTorch fallback; with flash-linear-attention installed the prefill needs less.</source>
        <translation>线性注意力的激活值按 transformers 的 PyTorch 后备实现估算；安装 flash-linear-attention 后预填充所需更少。</translation>
    </message>
    <message>
        <source>A {v_cache_type} V cache needs flash attention, so this is estimated with flash attention auto (on), as llama.cpp runs it; with --flash-attn off llama.cpp refuses to start.</source>
        <translation>{v_cache_type} 类型的 V 缓存需要 flash attention，因此按 llama.cpp 的实际做法以 flash attention auto（开启）估算；使用 --flash-attn off 时 llama.cpp 会拒绝启动。</translation>
    </message>
    <message>
        <source>CPU weights, GPU-assisted prompt processing: every layer stays in system RAM (-ngl 0), but llama.cpp's CUDA build still hands the prompt's matrix products to the GPU, which reserves {gpu_compute_bytes} for them.</source>
        <translation>权重在 CPU 上，GPU 辅助处理提示：所有层都留在系统内存中（-ngl 0），但 llama.cpp 的 CUDA 版本仍会把提示的矩阵乘法交给 GPU，GPU 为此预留 {gpu_compute_bytes}。</translation>
    </message>
    <message>
        <source>QLoRA normally loads the base model in 4-bit (nf4).</source>
        <translation>QLoRA 通常以 4 位（nf4）加载基础模型。</translation>
    </message>
    <message>
        <source>Training stack assumed: Hugging Face transformers with PyTorch SDPA attention; 8-bit AdamW from bitsandbytes.</source>
        <translation>假定的训练栈：Hugging Face transformers，使用 PyTorch SDPA 注意力；8 位 AdamW 来自 bitsandbytes。</translation>
    </message>
    <message>
        <source>Training stack assumed: Hugging Face transformers and PEFT (LoRA adapters in fp32) with PyTorch SDPA attention; 8-bit weights and 8-bit AdamW from bitsandbytes.</source>
        <translation>假定的训练栈：Hugging Face transformers 和 PEFT（LoRA 适配器为 fp32），使用 PyTorch SDPA 注意力；8 位权重和 8 位 AdamW 来自 bitsandbytes。</translation>
    </message>
    <message>
        <source>Training stack assumed: Hugging Face transformers and PEFT (prepare_model_for_kbit_training) with a bitsandbytes 4-bit base and PyTorch SDPA attention.</source>
        <translation>假定的训练栈：Hugging Face transformers 和 PEFT（prepare_model_for_kbit_training），bitsandbytes 4 位基础模型，PyTorch SDPA 注意力。</translation>
    </message>
    <message>
        <source>Gradient checkpointing is off: every layer keeps its activations for the backward pass. PEFT and Unsloth turn it on.</source>
        <translation>梯度检查点已关闭：每一层都保留其激活值用于反向传播。PEFT 和 Unsloth 会将其打开。</translation>
    </message>
    <message>
        <source>vLLM reserves gpu_memory_utilization x total memory ({utilization_fraction}) at start, whatever the model needs; the rest of that budget becomes KV cache.</source>
        <translation>vLLM 启动时预留 gpu_memory_utilization x 总显存（{utilization_fraction}），无论模型需要多少；该预算的剩余部分用作 KV 缓存。</translation>
    </message>
    <message>
        <source>A task manager will show {resident_bytes} of RAM, but {needed_bytes} is needed: {reclaimable_bytes} are file pages of repacked weights that the system frees when memory runs short.</source>
        <translation>任务管理器将显示 {resident_bytes} 内存，但实际需要 {needed_bytes}：其中 {reclaimable_bytes} 是重新打包权重的文件页，内存不足时系统会释放它们。</translation>
    </message>
    <message>
        <source>{context} tokens is beyond the model's native context of {native_context}: quality may drop without RoPE scaling.</source>
        <translation>{context} 个 token 超出了模型的原生上下文 {native_context}：不使用 RoPE 缩放时质量可能下降。</translation>
    </message>
    <message>
        <source>vLLM turns its hybrid KV cache manager off for chunked local attention by default, so every layer caches the whole context; VLLM_ALLOW_CHUNKED_LOCAL_ATTN_WITH_HYBRID_KV_CACHE=1 keeps one chunk on the local layers.</source>
        <translation>vLLM 默认在分块局部注意力下关闭混合 KV 缓存管理器，因此每一层都缓存整个上下文；设置 VLLM_ALLOW_CHUNKED_LOCAL_ATTN_WITH_HYBRID_KV_CACHE=1 后局部层只保留一个分块。</translation>
    </message>
    <message>
        <source>Images per prompt: {images} x {tokens_per_image} tokens ({px} px each) add {tokens} tokens to the context the KV cache holds.</source>
        <translation>每个提示的图像：{images} x {tokens_per_image} 个 token（每张 {px} px），为 KV 缓存中的上下文增加 {tokens} 个 token。</translation>
    </message>
    <message>
        <source>Images per prompt: {images}, but this model has no vision encoder the estimate knows: images are not counted.</source>
        <translation>每个提示的图像：{images}，但此模型没有已知的视觉编码器：不计入图像。</translation>
    </message>
</context>
<context>
    <name>EstimatorState</name>
    <message>
        <source>The bundled size presets could not be read: %1</source>
        <translation>无法读取内置的模型规模预设：%1</translation>
    </message>
    <message>
        <source>The model file chosen last time is no longer there (%1): showing %2.</source>
        <translation>上次选择的模型文件已不存在（%1）：改为显示 %2。</translation>
    </message>
    <message>
        <source>Could not read the hardware: %1</source>
        <translation>无法读取硬件信息：%1</translation>
    </message>
    <message>
        <source>The tensor split %1 does not match %2 GPU(s): splitting by free memory.</source>
        <translation>张量拆分 %1 与 GPU 数量（%2）不符：改为按空闲显存拆分。</translation>
    </message>
    <message>
        <source>Cannot open this model: %1</source>
        <translation>无法打开此模型：%1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Search models…</source>
        <translation>搜索模型…</translation>
    </message>
    <message>
        <source>Show the rows whose name contains every word typed</source>
        <translation>仅显示名称包含所输入全部词语的行</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>搜索模型</translation>
    </message>
    <message>
        <source>Smallest first</source>
        <translation>从小到大</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>从大到小</translation>
    </message>
    <message>
        <source>Fastest first</source>
        <translation>最快优先</translation>
    </message>
    <message>
        <source>Longest context first</source>
        <translation>最长上下文优先</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <source>Catalog order</source>
        <translation>目录顺序</translation>
    </message>
    <message>
        <source>Order of the rows</source>
        <translation>行的顺序</translation>
    </message>
    <message>
        <source>Sort rows</source>
        <translation>排序行</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Fits on the GPU</source>
        <translation>可完全放入 GPU</translation>
    </message>
    <message>
        <source>Only models with a format that runs all on the GPU</source>
        <translation>仅显示有某种格式可完全在 GPU 上运行的模型</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> tok/s</source>
        <translation> token/秒</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>至少：</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>所有系列</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>系列：</translation>
    </message>
    <message>
        <source>Size from:</source>
        <translation>规模下限：</translation>
    </message>
    <message>
        <source>Size up to:</source>
        <translation>规模上限：</translation>
    </message>
    <message>
        <source>Runtime can load it</source>
        <translation>运行时可加载</translation>
    </message>
    <message>
        <source>Hide models that the chosen runtime cannot load in any format</source>
        <translation>隐藏所选运行时无法以任何格式加载的模型</translation>
    </message>
    <message>
        <source>Classics</source>
        <translation>经典模型</translation>
    </message>
    <message>
        <source>Show historic models (GPT-2, GPT-3, BLOOM, T5) that articles still quote</source>
        <translation>显示文章仍在引用的历史模型（GPT-2、GPT-3、BLOOM、T5）</translation>
    </message>
    <message>
        <source> B parameters</source>
        <translation> B 参数</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>筛选 (%1)</translation>
    </message>
</context>
<context>
    <name>FitTable</name>
    <message>
        <source>&lt;b&gt;What fits&lt;/b&gt;</source>
        <translation>&lt;b&gt;能运行什么&lt;/b&gt;</translation>
    </message>
    <message>
        <source>R&amp;ows:</source>
        <translation>行(&amp;O)：</translation>
    </message>
    <message>
        <source>Model sizes</source>
        <translation>模型规模</translation>
    </message>
    <message>
        <source>Whole catalog</source>
        <translation>整个目录</translation>
    </message>
    <message>
        <source>Chosen model</source>
        <translation>所选模型</translation>
    </message>
    <message>
        <source>What the table's rows are</source>
        <translation>表格的行显示什么</translation>
    </message>
    <message>
        <source>Fit table</source>
        <translation>适配表</translation>
    </message>
    <message>
        <source>Waiting for the hardware…</source>
        <translation>正在等待硬件信息…</translation>
    </message>
    <message>
        <source>Computing %1 of %2 cells for %3 tokens…</source>
        <translation>正在计算 %3 token 上下文：已完成 %1 / %2 格…</translation>
    </message>
    <message>
        <source>Context %1 tokens per sequence (each row up to its own maximum); speed in tokens/s, the likely range in brackets.</source>
        <translation>每个序列上下文 %1 token（每行不超过该模型的最大值）；速度单位为 token/秒，括号内为可能范围。</translation>
    </message>
    <message>
        <source>%1 of %2 models shown.</source>
        <translation>显示 %1 / %2 个模型。</translation>
    </message>
</context>
<context>
    <name>FitTableModel</name>
    <message>
        <source>%1 mix</source>
        <translation>%1 混合</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>最大 %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>Only your file %1 has this mix of types</source>
        <translation>只有您的文件 %1 使用这种类型混合</translation>
    </message>
    <message>
        <source>GPU %1 · RAM %2</source>
        <translation>GPU %1 · 内存 %2</translation>
    </message>
    <message>
        <source>Context %1 tokens; largest that fits: %2 tokens</source>
        <translation>上下文 %1 token；可容纳最大值：%2 token</translation>
    </message>
    <message>
        <source>Click to chart and break this down</source>
        <translation>点击查看图表和明细</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>（文件）</translation>
    </message>
    <message>
        <source>The format of your file %1: its row uses the file's real tensor sizes, the other rows are estimated for this format</source>
        <translation>您的文件 %1 的格式：其所在行使用文件中的真实张量大小，其他行按此格式估算</translation>
    </message>
    <message>
        <source>Architecture of %1</source>
        <translation>采用 %1 的架构</translation>
    </message>
    <message>
        <source>Your model file: %1</source>
        <translation>您的模型文件：%1</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{name} (GGUF)</source>
        <translation>{name} (GGUF)</translation>
    </message>
    <message>
        <source>GGUF file (mixed types, mostly {main_type})</source>
        <translation>GGUF 文件（混合类型，主要为 {main_type}）</translation>
    </message>
    <message>
        <source>{name} ({dtype})</source>
        <translation>{name} ({dtype})</translation>
    </message>
    <message>
        <source>FP8 (E4M3, per-channel scales)</source>
        <translation>FP8（E4M3，逐通道缩放）</translation>
    </message>
    <message>
        <source>INT8 (bitsandbytes LLM.int8)</source>
        <translation>INT8 (bitsandbytes LLM.int8)</translation>
    </message>
    <message>
        <source>NF4 (bitsandbytes, double quant)</source>
        <translation>NF4（bitsandbytes，双重量化）</translation>
    </message>
    <message>
        <source>FP4 (bitsandbytes)</source>
        <translation>FP4 (bitsandbytes)</translation>
    </message>
    <message>
        <source>MXFP4 experts, BF16 rest (gpt-oss)</source>
        <translation>专家 MXFP4，其余 BF16 (gpt-oss)</translation>
    </message>
    <message>
        <source>{name} {bits}-bit (group {group})</source>
        <translation>{name} {bits} 位（分组 {group}）</translation>
    </message>
    <message>
        <source>{name} {bits}-bit (per channel)</source>
        <translation>{name} {bits} 位（逐通道）</translation>
    </message>
    <message>
        <source>EXL2 {bpw} bpw</source>
        <translation>EXL2 {bpw} 位/权重</translation>
    </message>
</context>
<context>
    <name>Formulas</name>
    <message>
        <source>{layers} of {n_layers} layers</source>
        <translation>{n_layers} 层中的 {layers} 层</translation>
    </message>
    <message>
        <source>{layers} of {n_layers} layers + output layer</source>
        <translation>{n_layers} 层中的 {layers} 层 + 输出层</translation>
    </message>
    <message>
        <source>{layers} of {n_layers} layers + output layer (tied: a copy of the token embedding)</source>
        <translation>{n_layers} 层中的 {layers} 层 + 输出层（共享权重：token 嵌入的副本）</translation>
    </message>
    <message>
        <source>token embedding (llama.cpp keeps it in host memory)</source>
        <translation>token 嵌入（llama.cpp 将其保留在主机内存中）</translation>
    </message>
    <message>
        <source>token embedding (llama.cpp keeps it in host memory) + {layers} layers on the CPU</source>
        <translation>token 嵌入（llama.cpp 将其保留在主机内存中） + CPU 上的 {layers} 层</translation>
    </message>
    <message>
        <source>token embedding (llama.cpp keeps it in host memory) + output layer</source>
        <translation>token 嵌入（llama.cpp 将其保留在主机内存中） + 输出层</translation>
    </message>
    <message>
        <source>token embedding (llama.cpp keeps it in host memory) + {layers} layers on the CPU + output layer</source>
        <translation>token 嵌入（llama.cpp 将其保留在主机内存中） + CPU 上的 {layers} 层 + 输出层</translation>
    </message>
    <message>
        <source>routed-expert tensors (ffn_*_exps) of {layers} GPU layers kept in system RAM (--n-cpu-moe); the rest of those layers stays on the GPU</source>
        <translation>{layers} 个 GPU 层的路由专家张量（ffn_*_exps）保留在系统内存中（--n-cpu-moe）；这些层的其余部分留在 GPU 上</translation>
    </message>
    <message>
        <source>the CPU backend copies its {types} tensors into an interleaved buffer; the mapped file pages stay resident</source>
        <translation>CPU 后端将其 {types} 张量复制到交错缓冲区；映射的文件页仍驻留内存</translation>
    </message>
    <message>
        <source>no cached tokens (linear-attention layers only) as {kv_type}</source>
        <translation>没有缓存的 token（仅线性注意力层），类型 {kv_type}</translation>
    </message>
    <message>
        <source>{layers} layers x {cells} cells x ({elements}) elements as {kv_type}</source>
        <translation>{layers} 层 x {cells} 个单元 x ({elements}) 个元素，类型 {kv_type}</translation>
    </message>
    <message>
        <source>{window_layers} window layers x {window_cells} cells x ({window_elements}) elements as {kv_type}</source>
        <translation>{window_layers} 个窗口层 x {window_cells} 个单元 x ({window_elements}) 个元素，类型 {kv_type}</translation>
    </message>
    <message>
        <source>{layers} layers x {cells} cells x ({elements}) + {window_layers} window layers x {window_cells} cells x ({window_elements}) elements as {kv_type}</source>
        <translation>{layers} 层 x {cells} 个单元 x ({elements}) + {window_layers} 个窗口层 x {window_cells} 个单元 x ({window_elements}) 个元素，类型 {kv_type}</translation>
    </message>
    <message>
        <source>in system RAM: no cached tokens (linear-attention layers only) as {kv_type}</source>
        <translation>在系统内存中：没有缓存的 token（仅线性注意力层），类型 {kv_type}</translation>
    </message>
    <message>
        <source>in system RAM: {layers} layers x {cells} cells x ({elements}) elements as {kv_type}</source>
        <translation>在系统内存中：{layers} 层 x {cells} 个单元 x ({elements}) 个元素，类型 {kv_type}</translation>
    </message>
    <message>
        <source>in system RAM: {window_layers} window layers x {window_cells} cells x ({window_elements}) elements as {kv_type}</source>
        <translation>在系统内存中：{window_layers} 个窗口层 x {window_cells} 个单元 x ({window_elements}) 个元素，类型 {kv_type}</translation>
    </message>
    <message>
        <source>in system RAM: {layers} layers x {cells} cells x ({elements}) + {window_layers} window layers x {window_cells} cells x ({window_elements}) elements as {kv_type}</source>
        <translation>在系统内存中：{layers} 层 x {cells} 个单元 x ({elements}) + {window_layers} 个窗口层 x {window_cells} 个单元 x ({window_elements}) 个元素，类型 {kv_type}</translation>
    </message>
    <message>
        <source>{layers} linear-attention layers x {sequences} sequences x (conv (kernel - 1) x channels + key x value state per head) in f32; independent of context</source>
        <translation>{layers} 个线性注意力层 x {sequences} 个序列 x (卷积 (核 - 1) x 通道 + 每个头的键 x 值状态)，f32；与上下文无关</translation>
    </message>
    <message>
        <source>logits 4 x n_ubatch x (vocab + hidden), n_ubatch {n_ubatch}</source>
        <translation>logits 4 x n_ubatch x (vocab + hidden)，n_ubatch {n_ubatch}</translation>
    </message>
    <message>
        <source>FFN activations 4 x n_ubatch x (3 ffn + 2 hidden) + KQ mask, n_ubatch {n_ubatch}</source>
        <translation>FFN 激活 4 x n_ubatch x (3 ffn + 2 hidden) + KQ 掩码，n_ubatch {n_ubatch}</translation>
    </message>
    <message>
        <source>Gated DeltaNet chunk 4 x n_ubatch x (2 conv channels + 4 value width + 2 x value heads x 64), modelled, not measured, n_ubatch {n_ubatch}</source>
        <translation>Gated DeltaNet 分块 4 x n_ubatch x (2 卷积通道 + 4 值宽度 + 2 x 值头数 x 64)，建模所得，未经测量，n_ubatch {n_ubatch}</translation>
    </message>
    <message>
        <source>KQ scores without flash attention: 4 x n_ubatch x (1 + 4 hidden + n_ctx x (1 + heads)), n_ubatch {n_ubatch}</source>
        <translation>不使用 flash attention 时的 KQ 分数：4 x n_ubatch x (1 + 4 hidden + n_ctx x (1 + heads))，n_ubatch {n_ubatch}</translation>
    </message>
    <message>
        <source>graph inputs {input_size} x n_ubatch x hidden + KQ mask {mask_size} x n_ubatch x n_ctx</source>
        <translation>图输入 {input_size} x n_ubatch x hidden + KQ 掩码 {mask_size} x n_ubatch x n_ctx</translation>
    </message>
    <message>
        <source>graph inputs {input_size} x n_ubatch x hidden + KQ mask {mask_size} x n_ubatch x n_ctx + the CPU's expert FFN 4 x n_ubatch x (3 x experts used x expert FFN + 2 hidden), modelled</source>
        <translation>计算图输入 {input_size} x n_ubatch x hidden + KQ 掩码 {mask_size} x n_ubatch x n_ctx + CPU 上的专家 FFN 4 x n_ubatch x (3 x 激活专家数 x 专家 FFN + 2 hidden)，模型估计</translation>
    </message>
    <message>
        <source>the GPU's part of the prompt at -ngl 0: logits 4 x n_ubatch {n_ubatch} x (vocab + hidden) + a copy of the output weights</source>
        <translation>-ngl 0 时 GPU 处理的提示部分：logits 4 x n_ubatch {n_ubatch} x（词表 + hidden）+ 输出权重的副本</translation>
    </message>
    <message>
        <source>the GPU's part of the prompt at -ngl 0: FFN intermediates for n_ubatch {n_ubatch} + a copy of the largest layer weight</source>
        <translation>-ngl 0 时 GPU 处理的提示部分：n_ubatch {n_ubatch} 的 FFN 中间结果 + 最大层权重的副本</translation>
    </message>
    <message>
        <source>worst-case graph for n_ubatch {n_ubatch} ({reserved_mib} MiB reserved), pages touched by the prompt</source>
        <translation>n_ubatch {n_ubatch} 的最坏情况计算图（预留 {reserved_mib} MiB），按提示词实际触及的页计</translation>
    </message>
    <message>
        <source>F16 copy of one layer's quantized K/V for prefill: 2 x cells x width</source>
        <translation>预填充时一层量化 K/V 的 F16 副本：2 x 单元数 x 宽度</translation>
    </message>
    <message>
        <source>logits 4 x vocab x sequences</source>
        <translation>logits 4 x vocab x 序列数</translation>
    </message>
    <message>
        <source>CUDA context, cuBLAS and kernel images (measured 597-605 MiB on an H100)</source>
        <translation>CUDA 上下文、cuBLAS 和内核映像（在 H100 上测得 597-605 MiB）</translation>
    </message>
    <message>
        <source>process, libraries and CUDA runtime host memory</source>
        <translation>进程、库和 CUDA 运行时的主机内存</translation>
    </message>
    <message>
        <source>process, libraries, vocabulary and graph metadata</source>
        <translation>进程、库、词表和计算图元数据</translation>
    </message>
    <message>
        <source>{weights} weights as loaded ({gib} GiB)</source>
        <translation>加载后的 {weights} 权重（{gib} GiB）</translation>
    </message>
    <message>
        <source>no cached tokens (linear-attention layers only) as {kv_type} ({tokens} tokens x {sequences} sequences)</source>
        <translation>没有缓存的 token（仅线性注意力层），类型 {kv_type}（{tokens} 个 token x {sequences} 个序列）</translation>
    </message>
    <message>
        <source>{layers} layers x {cells} cells x ({elements}) elements as {kv_type} ({tokens} tokens x {sequences} sequences)</source>
        <translation>{layers} 层 x {cells} 个单元 x ({elements}) 个元素，类型 {kv_type}（{tokens} 个 token x {sequences} 个序列）</translation>
    </message>
    <message>
        <source>{window_layers} window layers x {window_cells} cells x ({window_elements}) elements as {kv_type} ({tokens} tokens x {sequences} sequences)</source>
        <translation>{window_layers} 个窗口层 x {window_cells} 个单元 x ({window_elements}) 个元素，类型 {kv_type}（{tokens} 个 token x {sequences} 个序列）</translation>
    </message>
    <message>
        <source>{layers} layers x {cells} cells x ({elements}) + {window_layers} window layers x {window_cells} cells x ({window_elements}) elements as {kv_type} ({tokens} tokens x {sequences} sequences)</source>
        <translation>{layers} 层 x {cells} 个单元 x ({elements}) + {window_layers} 个窗口层 x {window_cells} 个单元 x ({window_elements}) 个元素，类型 {kv_type}（{tokens} 个 token x {sequences} 个序列）</translation>
    </message>
    <message>
        <source>{layers} linear-attention layers x {sequences} sequences x (conv kernel x channels in the model dtype + f32 key x value state per head)</source>
        <translation>{layers} 个线性注意力层 x {sequences} 个序列 x (卷积核 x 通道，模型数据类型 + 每个头的 f32 键 x 值状态)</translation>
    </message>
    <message>
        <source>prefill peak {per_token} B/token x {tokens} tokens x {sequences}: SwiGLU temporaries 3 x intermediate + 4 hidden-size tensors + rotary + ids</source>
        <translation>预填充峰值 {per_token} B/token x {tokens} 个 token x {sequences}：SwiGLU 临时张量 3 x intermediate + 4 个 hidden 大小的张量 + rotary + ids</translation>
    </message>
    <message>
        <source>prefill peak {per_token} B/token x {tokens} tokens x {sequences}: Gated DeltaNet f32 chunk tensors (8 x value width) + 4 hidden-size tensors + rotary + ids</source>
        <translation>预填充峰值 {per_token} B/token x {tokens} 个 token x {sequences}：Gated DeltaNet f32 分块张量 (8 x 值宽度) + 4 个 hidden 大小的张量 + rotary + ids</translation>
    </message>
    <message>
        <source>caching allocator: {kv_fraction} of the KV cache (grown by torch.cat each step)</source>
        <translation>缓存分配器：KV 缓存的 {kv_fraction}（每步由 torch.cat 增长）</translation>
    </message>
    <message>
        <source>caching allocator: {kv_fraction} of the KV cache (grown by torch.cat each step) + {head_fraction} of the freed untied head</source>
        <translation>缓存分配器：KV 缓存的 {kv_fraction}（每步由 torch.cat 增长） + 已释放的非共享输出头的 {head_fraction}</translation>
    </message>
    <message>
        <source>CUDA context, lazily loaded kernels, cuBLAS workspace (measured 0.68 GiB on H100)</source>
        <translation>CUDA 上下文、延迟加载的内核、cuBLAS 工作区（在 H100 上测得 0.68 GiB）</translation>
    </message>
    <message>
        <source>{weights} weights</source>
        <translation>{weights} 权重</translation>
    </message>
    <message>
        <source>{weights} weights with the non-quantized parameters upcast to fp32</source>
        <translation>{weights} 权重，未量化的参数提升为 fp32</translation>
    </message>
    <message>
        <source>bf16 copy of each weight kept for backward ({dtype_size} B x params)</source>
        <translation>为反向传播保留的每个权重的 bf16 副本（{dtype_size} B x 参数量）</translation>
    </message>
    <message>
        <source>AdamW m and v in the parameter dtype (2 x params)</source>
        <translation>AdamW 的 m 和 v，参数数据类型（2 x 参数量）</translation>
    </message>
    <message>
        <source>AdamW m and v in the parameter dtype (2 x params); {trainable} trainable params</source>
        <translation>AdamW 的 m 和 v，参数数据类型（2 x 参数量）；{trainable} 个可训练参数</translation>
    </message>
    <message>
        <source>AdamW m and v in the parameter dtype (2 x params); {trainable} trainable params (LoRA r={rank} on {modules})</source>
        <translation>AdamW 的 m 和 v，参数数据类型（2 x 参数量）；{trainable} 个可训练参数（LoRA r={rank}，作用于 {modules}）</translation>
    </message>
    <message>
        <source>8-bit AdamW: 2 B + absmax per 256</source>
        <translation>8 位 AdamW：2 B + 每 256 个一个 absmax</translation>
    </message>
    <message>
        <source>8-bit AdamW: 2 B + absmax per 256; {trainable} trainable params</source>
        <translation>8 位 AdamW：2 B + 每 256 个一个 absmax；{trainable} 个可训练参数</translation>
    </message>
    <message>
        <source>8-bit AdamW: 2 B + absmax per 256; {trainable} trainable params (LoRA r={rank} on {modules})</source>
        <translation>8 位 AdamW：2 B + 每 256 个一个 absmax；{trainable} 个可训练参数（LoRA r={rank}，作用于 {modules}）</translation>
    </message>
    <message>
        <source>SGD momentum buffer (1 x params)</source>
        <translation>SGD 动量缓冲区（1 x 参数量）</translation>
    </message>
    <message>
        <source>SGD momentum buffer (1 x params); {trainable} trainable params</source>
        <translation>SGD 动量缓冲区（1 x 参数量）；{trainable} 个可训练参数</translation>
    </message>
    <message>
        <source>SGD momentum buffer (1 x params); {trainable} trainable params (LoRA r={rank} on {modules})</source>
        <translation>SGD 动量缓冲区（1 x 参数量）；{trainable} 个可训练参数（LoRA r={rank}，作用于 {modules}）</translation>
    </message>
    <message>
        <source>Adafactor factored second moment (row + column vectors, fp32)</source>
        <translation>Adafactor 分解的二阶矩（行向量 + 列向量，fp32）</translation>
    </message>
    <message>
        <source>Adafactor factored second moment (row + column vectors, fp32); {trainable} trainable params</source>
        <translation>Adafactor 分解的二阶矩（行向量 + 列向量，fp32）；{trainable} 个可训练参数</translation>
    </message>
    <message>
        <source>Adafactor factored second moment (row + column vectors, fp32); {trainable} trainable params (LoRA r={rank} on {modules})</source>
        <translation>Adafactor 分解的二阶矩（行向量 + 列向量，fp32）；{trainable} 个可训练参数（LoRA r={rank}，作用于 {modules}）</translation>
    </message>
    <message>
        <source>foreach AdamW: 1 x trainable params</source>
        <translation>foreach AdamW：1 x 可训练参数量</translation>
    </message>
    <message>
        <source>Adafactor: 2 fp32 copies of the largest tensor</source>
        <translation>Adafactor：最大张量的 2 个 fp32 副本</translation>
    </message>
    <message>
        <source>{per_layer} B saved per token per layer x {tokens} tokens x {layers} layers</source>
        <translation>每 token 每层保存 {per_layer} B x {tokens} 个 token x {layers} 层</translation>
    </message>
    <message>
        <source>checkpointed layer inputs {res_size} x hidden x {tokens} tokens x {layers} layers</source>
        <translation>检查点保存的层输入 {res_size} x hidden x {tokens} 个 token x {layers} 层</translation>
    </message>
    <message>
        <source>{logit_size} B x batch x seq x vocab (fp32 logits, log-softmax, gradient)</source>
        <translation>{logit_size} B x batch x seq x vocab（fp32 logits、log-softmax、梯度）</translation>
    </message>
    <message>
        <source>{param_size} B x {trainable} trainable params</source>
        <translation>{param_size} B x {trainable} 个可训练参数</translation>
    </message>
    <message>
        <source>{param_size} B x {trainable} trainable params (LoRA r={rank} on {modules})</source>
        <translation>{param_size} B x {trainable} 个可训练参数（LoRA r={rank}，作用于 {modules}）</translation>
    </message>
    <message>
        <source>caching allocator keeps {loss_fraction} of the loss tensors' blocks, {activations_fraction} of the activations</source>
        <translation>缓存分配器保留损失张量块的 {loss_fraction}、激活值的 {activations_fraction}</translation>
    </message>
    <message>
        <source>caching allocator keeps {loss_fraction} of the loss tensors' blocks, {activations_fraction} of the activations and {autocast_fraction} of the autocast weight copies</source>
        <translation>缓存分配器保留损失张量块的 {loss_fraction}、激活值的 {activations_fraction}以及 autocast 权重副本的 {autocast_fraction}</translation>
    </message>
    <message>
        <source>caching allocator keeps {loss_fraction} of the loss tensors' blocks, {activations_fraction} of the activations + the freed untied head</source>
        <translation>缓存分配器保留损失张量块的 {loss_fraction}、激活值的 {activations_fraction} + 已释放的非共享输出头</translation>
    </message>
    <message>
        <source>caching allocator keeps {loss_fraction} of the loss tensors' blocks, {activations_fraction} of the activations and {autocast_fraction} of the autocast weight copies + the freed untied head</source>
        <translation>缓存分配器保留损失张量块的 {loss_fraction}、激活值的 {activations_fraction}以及 autocast 权重副本的 {autocast_fraction} + 已释放的非共享输出头</translation>
    </message>
    <message>
        <source>{layers} linear-attention layers x {sequences} sequences: conv (kernel - 1) x channels + key x value state per head, model dtype</source>
        <translation>{layers} 个线性注意力层 x {sequences} 个序列：卷积 (核 - 1) x 通道 + 每个头的键 x 值状态，模型数据类型</translation>
    </message>
    <message>
        <source>{weights} weights / {gpus} GPUs</source>
        <translation>{weights} 权重 / {gpus} 个 GPU</translation>
    </message>
    <message>
        <source>paged cache for {sequences} x {tokens} tokens in 16-token blocks ({kv_type})</source>
        <translation>{sequences} x {tokens} 个 token 的分页缓存，每块 16 个 token（{kv_type}）</translation>
    </message>
    <message>
        <source>profiling peak at {tokens} batched tokens: MLP temporaries + fp32 logits and probabilities for the last token of {sequences} sequences</source>
        <translation>批量 {tokens} 个 token 的性能分析峰值：MLP 临时张量 + {sequences} 个序列各自最后一个 token 的 fp32 logits 与概率</translation>
    </message>
    <message>
        <source>captured CUDA graphs</source>
        <translation>捕获的 CUDA 图</translation>
    </message>
    <message>
        <source>CUDA context, kernels, NCCL and other non-torch memory</source>
        <translation>CUDA 上下文、内核、NCCL 及其他非 torch 内存</translation>
    </message>
    <message>
        <source>{layers} recurrent layers x {sequences} sequences x (conv kernel x channels + SSM state per head), both in the model dtype</source>
        <translation>{layers} 个循环层 x {sequences} 个序列 x（卷积核 x 通道 + 每头 SSM 状态），均为模型数据类型</translation>
    </message>
    <message>
        <source>mmproj file: {params} parameters of the image encoder and projector in {type}</source>
        <translation>mmproj 文件：图像编码器和投影层的 {params} 个参数，类型 {type}</translation>
    </message>
    <message>
        <source>encoder graph for one {px} px image, F32: {patches} patches x (5 x {hidden} + {ff}) + {heads} heads x {patches}² attention scores</source>
        <translation>单张 {px} px 图像的编码器计算图，F32：{patches} 个图块 x (5 x {hidden} + {ff}) + {heads} 个头 x {patches}² 个注意力分数</translation>
    </message>
    <message>
        <source>encoder graph for one {px} px image, F32, flash attention: {patches} patches x (5 x {hidden} + {ff})</source>
        <translation>单张 {px} px 图像的编码器计算图，F32，flash attention：{patches} 个图块 x (5 x {hidden} + {ff})</translation>
    </message>
    <message>
        <source>{params} encoder and projector parameters in {dtype}</source>
        <translation>编码器和投影层的 {params} 个参数，{dtype}</translation>
    </message>
    <message>
        <source>images per prompt: {images} of {px} px in one forward, {patches} patches x (5 x {hidden} + {ff}) each</source>
        <translation>每个提示的图像：{images} 张 {px} px，一次前向，每张 {patches} 个图块 x (5 x {hidden} + {ff})</translation>
    </message>
    <message>
        <source>{params} encoder and projector parameters in bf16 / {gpus} GPUs</source>
        <translation>编码器和投影层的 {params} 个参数，bf16 / {gpus} 个 GPU</translation>
    </message>
    <message>
        <source>profiling encodes {items} images of {px} px at once ({images} per prompt, capped by the encoder budget): {patches} patches each + {tokens} embeddings kept per image</source>
        <translation>性能分析一次编码 {items} 张 {px} px 图像（每个提示 {images} 张，受编码器预算限制）：每张 {patches} 个图块 + 每张保留 {tokens} 个嵌入</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <source>Planning for hardware you described, not for this machine.</source>
        <translation>正在按您描述的硬件规划，而不是本机。</translation>
    </message>
    <message>
        <source>No GPU given: planning for CPU and RAM only.</source>
        <translation>未指定 GPU：仅按 CPU 和内存规划。</translation>
    </message>
    <message>
        <source>GPUs given on the command line (assumed fully free).</source>
        <translation>GPU 由命令行指定（视为完全空闲）。</translation>
    </message>
    <message>
        <source>GPUs given on the command line, with the free VRAM given (--free-vram).</source>
        <translation>命令行给出的 GPU，空闲显存按给定值（--free-vram）。</translation>
    </message>
    <message>
        <source>“{query}” fits several GPUs; planning for the most common, {gpu} (others: {others}). Give the full name or NAME:GB to choose another.</source>
        <translation>“{query}”对应多款 GPU；按最常见的 {gpu} 计算（其他：{others}）。如需其他型号，请给出完整名称或 NAME:GB。</translation>
    </message>
    <message>
        <source>{gpu} is not in the GPU catalog: planned with the memory size given; its memory bandwidth is unknown, so speeds assume {bandwidth_bps}.</source>
        <translation>{gpu} 不在 GPU 目录中：按给定的显存容量计算；其显存带宽未知，因此速度按 {bandwidth_bps} 估算。</translation>
    </message>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <source>--free-vram was given {count} times for {gpus} GPU(s): give it once (the same for every GPU) or once per GPU.</source>
        <translation>--free-vram 给出了 {count} 次，但有 {gpus} 个 GPU：请只给一次（每个 GPU 相同），或每个 GPU 各给一次。</translation>
    </message>
    <message>
        <source>RAM speed from the memory type: {memory_type}-{speed_mts}, {channels} channel(s), {bandwidth_bps} theoretical.</source>
        <translation>内存速度按内存类型估算：{memory_type}-{speed_mts}，{channels} 个通道，理论 {bandwidth_bps}。</translation>
    </message>
    <message>
        <source>RAM speed: the published memory bandwidth of the {chip}.</source>
        <translation>内存速度：{chip} 公布的内存带宽。</translation>
    </message>
    <message>
        <source>RAM speed measured on this machine: {measured_bps} copy speed.</source>
        <translation>本机实测内存速度：复制速度 {measured_bps}。</translation>
    </message>
    <message>
        <source>RAM speed as given: {bandwidth_bps}.</source>
        <translation>内存速度按给定值：{bandwidth_bps}。</translation>
    </message>
    <message>
        <source>RAM speed unknown: assumed {bandwidth_bps} (dual-channel DDR4-3200). Measure it, or give --ram-bandwidth.</source>
        <translation>内存速度未知：假定为 {bandwidth_bps}（双通道 DDR4-3200）。可测量，或使用 --ram-bandwidth 指定。</translation>
    </message>
    <message>
        <source>Hardware detection failed ({error}); plan with --gpu and --ram instead.</source>
        <translation>硬件检测失败（{error}）；请改用 --gpu 和 --ram 进行规划。</translation>
    </message>
    <message>
        <source>NVIDIA GPU detection is off (nvidia-ml-py is not installed: {reason}): planning for CPU and RAM only.</source>
        <translation>NVIDIA GPU 检测已关闭（未安装 nvidia-ml-py：{reason}）：仅按 CPU 和内存规划。</translation>
    </message>
    <message>
        <source>No NVIDIA driver found (NVML library not installed): planning for CPU and RAM only.</source>
        <translation>未找到 NVIDIA 驱动（未安装 NVML 库）：仅按 CPU 和内存规划。</translation>
    </message>
    <message>
        <source>An NVIDIA driver is installed but not running (NVML: driver not loaded); planning for CPU and RAM only.</source>
        <translation>已安装 NVIDIA 驱动但未运行（NVML：驱动未加载）；仅按 CPU 和内存规划。</translation>
    </message>
    <message>
        <source>The NVIDIA driver and its NVML library have different versions, usually after a driver update without a reboot (restart to fix): planning for CPU and RAM only.</source>
        <translation>NVIDIA 驱动与其 NVML 库版本不一致，通常是更新驱动后没有重启（重启即可解决）：仅按 CPU 和内存规划。</translation>
    </message>
    <message>
        <source>Not allowed to query the NVIDIA driver (permission denied): planning for CPU and RAM only.</source>
        <translation>无权查询 NVIDIA 驱动（权限被拒绝）：仅按 CPU 和内存规划。</translation>
    </message>
    <message>
        <source>The NVIDIA driver could not be queried ({reason}): planning for CPU and RAM only.</source>
        <translation>无法查询 NVIDIA 驱动（{reason}）：仅按 CPU 和内存规划。</translation>
    </message>
    <message>
        <source>The NVIDIA driver is running but reports no GPUs: planning for CPU and RAM only.</source>
        <translation>NVIDIA 驱动正在运行，但没有报告任何 GPU：仅按 CPU 和内存规划。</translation>
    </message>
    <message>
        <source>No usable NVIDIA GPU: planning for CPU and RAM only.</source>
        <translation>没有可用的 NVIDIA GPU：仅按 CPU 和内存规划。</translation>
    </message>
    <message>
        <source>No usable NVIDIA GPU left: planning for CPU and RAM only.</source>
        <translation>已没有可用的 NVIDIA GPU：仅按 CPU 和内存规划。</translation>
    </message>
    <message>
        <source>{gpu} stopped responding while being read ({reason}); it is left out of the plan. Restarting the computer usually brings it back.</source>
        <translation>{gpu} 在读取时停止响应（{reason}）；规划中不包含它。重启电脑通常可以恢复。</translation>
    </message>
    <message>
        <source>{gpu}: the driver does not report its memory size ({reason}); it is left out of the plan. Use --gpu "NAME:GB" to plan for it.</source>
        <translation>{gpu}：驱动未报告其显存大小（{reason}）；规划中不包含它。如需为它规划，请使用 --gpu "NAME:GB"。</translation>
    </message>
    <message>
        <source>{gpu} is split into MIG instances: one program sees only its instance's memory, so the card's total overstates what one model can use.</source>
        <translation>{gpu} 被划分为 MIG 实例：一个程序只能看到其所在实例的显存，因此整卡容量高于单个模型可用的量。</translation>
    </message>
    <message>
        <source>{gpu} drives a display: the desktop holds some of its memory, and free VRAM changes as windows open and close.</source>
        <translation>{gpu} 连接着显示器：桌面占用了部分显存，空闲显存会随窗口的打开和关闭而变化。</translation>
    </message>
    <message>
        <source>{gpu}: the programs using its memory cannot be listed (permission denied); run as administrator or root to see them.</source>
        <translation>{gpu}：无法列出占用其显存的程序（权限被拒绝）；以管理员或 root 身份运行即可看到。</translation>
    </message>
    <message>
        <source>Integrated GPU ignored: {device} has no memory of its own (it borrows system RAM), so it is counted as RAM, not as a GPU.</source>
        <translation>已忽略集成显卡：{device} 没有独立显存（借用系统内存），因此计为内存而非 GPU。</translation>
    </message>
    <message>
        <source>Integrated GPU ignored: {device} has no memory of its own (it borrows system RAM), so it is counted as RAM, not as a GPU. The NVIDIA GPU is the one planned for.</source>
        <translation>已忽略集成显卡：{device} 没有独立显存（借用系统内存），因此计为内存而非 GPU。规划针对的是 NVIDIA GPU。</translation>
    </message>
    <message>
        <source>GPU ignored: {device} is not an NVIDIA GPU; VRAMScope reads NVIDIA GPUs only (through NVML). Use --gpu "NAME:GB" to plan for it.</source>
        <translation>已忽略 GPU：{device} 不是 NVIDIA GPU；VRAMScope 只读取 NVIDIA GPU（通过 NVML）。如需为它规划，请使用 --gpu "NAME:GB"。</translation>
    </message>
    <message>
        <source>Windows: when VRAM runs out the NVIDIA driver may silently use system RAM as 'shared GPU memory', which is very slow.</source>
        <translation>Windows：显存不足时，NVIDIA 驱动可能悄悄把系统内存当作“共享 GPU 内存”使用，速度非常慢。</translation>
    </message>
    <message>
        <source>WSL2: RAM is the WSL virtual machine's limit (set in .wslconfig), not the whole PC's; the GPU is shared with Windows programs, and the NVIDIA driver may spill VRAM into shared GPU memory as on Windows.</source>
        <translation>WSL2：内存是 WSL 虚拟机的上限（在 .wslconfig 中设置），而不是整台电脑的内存；GPU 与 Windows 程序共享，NVIDIA 驱动可能像在 Windows 上一样把显存溢出到共享 GPU 内存。</translation>
    </message>
    <message>
        <source>Apple Silicon: the GPU shares system RAM (unified memory); macOS lets it use about {share_gib} GiB of it, which is planned as GPU memory.</source>
        <translation>Apple Silicon：GPU 与系统内存共享（统一内存）；macOS 允许它使用约 {share_gib} GiB，这部分按 GPU 显存规划。</translation>
    </message>
    <message>
        <source>GPU memory is not measured: NVIDIA GPU detection is off (nvidia-ml-py is not installed: {reason}); RAM is still measured.</source>
        <translation>未测量 GPU 显存：NVIDIA GPU 检测已关闭（未安装 nvidia-ml-py：{reason}）；仍会测量内存。</translation>
    </message>
    <message>
        <source>GPU memory is not measured: No NVIDIA driver found (NVML library not installed); RAM is still measured.</source>
        <translation>未测量 GPU 显存：未找到 NVIDIA 驱动（未安装 NVML 库）；仍会测量内存。</translation>
    </message>
    <message>
        <source>GPU memory is not measured: An NVIDIA driver is installed but not running (NVML: driver not loaded); RAM is still measured.</source>
        <translation>未测量 GPU 显存：已安装 NVIDIA 驱动但未运行（NVML：驱动未加载）；仍会测量内存。</translation>
    </message>
    <message>
        <source>GPU memory is not measured: The NVIDIA driver and its NVML library have different versions, usually after a driver update without a reboot (restart to fix); RAM is still measured.</source>
        <translation>未测量 GPU 显存：NVIDIA 驱动与其 NVML 库版本不一致，通常是更新驱动后没有重启（重启即可解决）；仍会测量内存。</translation>
    </message>
    <message>
        <source>GPU memory is not measured: Not allowed to query the NVIDIA driver (permission denied); RAM is still measured.</source>
        <translation>未测量 GPU 显存：无权查询 NVIDIA 驱动（权限被拒绝）；仍会测量内存。</translation>
    </message>
    <message>
        <source>GPU memory is not measured: The NVIDIA driver could not be queried ({reason}); RAM is still measured.</source>
        <translation>未测量 GPU 显存：无法查询 NVIDIA 驱动（{reason}）；仍会测量内存。</translation>
    </message>
    <message>
        <source>GPU memory is not measured: The NVIDIA driver is running but reports no GPUs; RAM is still measured.</source>
        <translation>未测量 GPU 显存：NVIDIA 驱动正在运行，但没有报告任何 GPU；仍会测量内存。</translation>
    </message>
    <message>
        <source>GPU memory is not measured (NVML failed: {error}).</source>
        <translation>未测量 GPU 显存（NVML 出错：{error}）。</translation>
    </message>
    <message>
        <source>NVML stopped answering {at_s} s into the run: GPU readings stop there (the samples before are kept); RAM is still measured.</source>
        <translation>NVML 在测量开始 {at_s} 秒后停止响应：GPU 读数到此为止（之前的采样已保留）；仍会测量内存。</translation>
    </message>
    <message>
        <source>Reading the GPUs failed ({error}).</source>
        <translation>读取 GPU 失败（{error}）。</translation>
    </message>
    <message>
        <source>{gpu} stopped responding {at_s} s into the run (lost, reset or removed); its earlier samples are kept.</source>
        <translation>{gpu} 在测量开始 {at_s} 秒后停止响应（丢失、重置或被移除）；之前的采样已保留。</translation>
    </message>
    <message>
        <source>{gpu} appeared {at_s} s into the run.</source>
        <translation>{gpu} 在测量开始 {at_s} 秒后出现。</translation>
    </message>
    <message>
        <source>GPU {index} is a different card since {at_s} s into the run: {gpu}.</source>
        <translation>从测量开始 {at_s} 秒起，GPU {index} 换成了另一张卡：{gpu}。</translation>
    </message>
    <message>
        <source>{gpu}: its memory use cannot be read ({reason}).</source>
        <translation>{gpu}：无法读取其显存占用（{reason}）。</translation>
    </message>
    <message>
        <source>{gpu} drives a display: windows opening and closing change its memory too, so the baseline subtraction is approximate.</source>
        <translation>{gpu} 连接着显示器：窗口的打开和关闭也会改变其显存占用，因此扣除基线只是近似值。</translation>
    </message>
    <message>
        <source>{gpu}: the programs using its memory cannot be listed ({reason}); only the GPU's total is measured.</source>
        <translation>{gpu}：无法列出占用其显存的程序（{reason}）；只测量 GPU 的总量。</translation>
    </message>
    <message>
        <source>{gpu}: the driver does not say how much memory each program holds (Windows does not report it); only the GPU's total is measured.</source>
        <translation>{gpu}：驱动不报告每个程序占用多少显存（Windows 不提供此信息）；只测量 GPU 的总量。</translation>
    </message>
    <message>
        <source>System RAM cannot be read ({error}).</source>
        <translation>无法读取系统内存（{error}）。</translation>
    </message>
    <message>
        <source>The memory of {process} cannot be read (permission denied); run VRAMScope as the same user or as administrator.</source>
        <translation>无法读取 {process} 的内存（权限被拒绝）；请以同一用户或管理员身份运行 VRAMScope。</translation>
    </message>
    <message>
        <source>The memory of {process} cannot be read ({error}).</source>
        <translation>无法读取 {process} 的内存（{error}）。</translation>
    </message>
    <message>
        <source>{process} exited {at_s} s into the run.</source>
        <translation>{process} 在测量开始 {at_s} 秒后退出。</translation>
    </message>
    <message>
        <source>The list of running programs cannot be read ({error}); only the given process ids are watched.</source>
        <translation>无法读取正在运行的程序列表（{error}）；只监视指定的进程 ID。</translation>
    </message>
    <message>
        <source>{count} programs match; only the first {limit} by process id are watched. Name the program more precisely.</source>
        <translation>有 {count} 个程序匹配；只监视按进程 ID 排序的前 {limit} 个。请更准确地指定程序名称。</translation>
    </message>
    <message>
        <source>Further notes were left out.</source>
        <translation>其余提示已省略。</translation>
    </message>
    <message>
        <source>The sampling thread did not stop within {wait_s} s (a driver call hung); the recording ends at the last sample taken.</source>
        <translation>采样线程未在 {wait_s} 秒内停止（驱动调用卡住）；记录截止于最后一次采样。</translation>
    </message>
    <message>
        <source>A sample failed ({error}).</source>
        <translation>一次采样失败（{error}）。</translation>
    </message>
    <message>
        <source>Sampling stopped early ({error}).</source>
        <translation>采样提前停止（{error}）。</translation>
    </message>
    <message>
        <source>{file}: field '{field}' ({value}) is larger than {total_field} ({total})</source>
        <translation>{file}：字段 '{field}'（{value}）大于 {total_field}（{total}）</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a note or a string, got {value}</source>
        <translation>{file}：字段 '{field}' 必须是提示或字符串，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: not a VRAMScope recording ('format' must be {expected})</source>
        <translation>{file}：不是 VRAMScope 记录（'format' 必须为 {expected}）</translation>
    </message>
    <message>
        <source>{file}: recording version {value} is not supported (this VRAMScope reads version {supported}); update VRAMScope</source>
        <translation>{file}：不支持记录版本 {value}（此 VRAMScope 读取版本 {supported}）；请更新 VRAMScope</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a list of {count} items: {layout}</source>
        <translation>{file}：字段 '{field}' 必须是包含 {count} 项的列表：{layout}</translation>
    </message>
    <message>
        <source>{file}: field '{field}': the same GPU index appears twice</source>
        <translation>{file}：字段 '{field}'：同一个 GPU 编号出现了两次</translation>
    </message>
    <message>
        <source>{file}: field '{field}': the same pid appears twice</source>
        <translation>{file}：字段 '{field}'：同一个 pid 出现了两次</translation>
    </message>
    <message>
        <source>{file}: field '{field}': GPU {index} is not listed in 'gpus'</source>
        <translation>{file}：字段 '{field}'：GPU {index} 未列在 'gpus' 中</translation>
    </message>
    <message>
        <source>{file}: field '{field}': times must not decrease, {value} after {previous}</source>
        <translation>{file}：字段 '{field}'：时间不能倒退，{previous} 之后是 {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' ({value}) is less than the samples stored ({count})</source>
        <translation>{file}：字段 '{field}'（{value}）小于已保存的采样数（{count}）</translation>
    </message>
    <message>
        <source>The NVIDIA driver did not answer within {wait_s} s: its GPUs are left out until it does (Refresh reads them again).</source>
        <translation>NVIDIA 驱动在 {wait_s} 秒内没有响应：在它响应之前不计入其 GPU（“刷新”会重新读取）。</translation>
    </message>
    <message>
        <source>The run was too long to save whole: {kept} of {total} samples were kept, every peak among them.</source>
        <translation>这次运行太长，无法完整保存：保留了 {total} 个样本中的 {kept} 个，所有峰值均在其中。</translation>
    </message>
</context>
<context>
    <name>HostileData</name>
    <message>
        <source>field {field} has the wrong type or value: {value}</source>
        <translation>字段 {field} 的类型或值有误：{value}</translation>
    </message>
    <message>
        <source>field {field} holds text that is not valid Unicode</source>
        <translation>字段 {field} 含有无效的 Unicode 文本</translation>
    </message>
    <message>
        <source>not a check this version can read (format {value})</source>
        <translation>此版本无法读取该核对记录（格式 {value}）</translation>
    </message>
</context>
<context>
    <name>JsonData</name>
    <message>
        <source>{file}: cannot read ({reason})</source>
        <translation>{file}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>{file}: larger than {limit} bytes; not a file VRAMScope reads</source>
        <translation>{file}：大于 {limit} 字节；VRAMScope 不读取这样的文件</translation>
    </message>
    <message>
        <source>{file}: not UTF-8 text</source>
        <translation>{file}：不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>{file}: not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>{file}：不是有效的 JSON（第 {line} 行，第 {column} 列：{reason}）</translation>
    </message>
    <message>
        <source>{file}: JSON nested too deeply (more than {limit} levels)</source>
        <translation>{file}：JSON 嵌套过深（超过 {limit} 层）</translation>
    </message>
    <message>
        <source>{file}: {value} is not a number (JSON has no NaN or Infinity)</source>
        <translation>{file}：{value} 不是数字（JSON 中没有 NaN 和 Infinity）</translation>
    </message>
    <message>
        <source>{file}: a number has too many digits</source>
        <translation>{file}：某个数字位数过多</translation>
    </message>
    <message>
        <source>{file}: expected a JSON object, got {value}</source>
        <translation>{file}：应为 JSON 对象，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' is not a known field (known: {known})</source>
        <translation>{file}：'{field}' 不是已知字段（已知字段：{known}）</translation>
    </message>
    <message>
        <source>{file}: field '{field}' is missing</source>
        <translation>{file}：缺少字段 '{field}'</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a string, got {value}</source>
        <translation>{file}：字段 '{field}' 必须是字符串，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a non-empty string, got {value}</source>
        <translation>{file}：字段 '{field}' 必须是非空字符串，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' is longer than {limit} characters</source>
        <translation>{file}：字段 '{field}' 超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be an integer, got {value}</source>
        <translation>{file}：字段 '{field}' 必须是整数，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be at least {minimum}, got {value}</source>
        <translation>{file}：字段 '{field}' 不能小于 {minimum}，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be at most {maximum}, got {value}</source>
        <translation>{file}：字段 '{field}' 不能大于 {maximum}，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a number, got {value}</source>
        <translation>{file}：字段 '{field}' 必须是数字，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a finite number, got {value}</source>
        <translation>{file}：字段 '{field}' 必须是有限数字，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be positive, got {value}</source>
        <translation>{file}：字段 '{field}' 必须为正数，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be true or false, got {value}</source>
        <translation>{file}：字段 '{field}' 必须是 true 或 false，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be one of {allowed}, got {value}</source>
        <translation>{file}：字段 '{field}' 必须是以下之一：{allowed}，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be an object, got {value}</source>
        <translation>{file}：字段 '{field}' 必须是对象，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a list, got {value}</source>
        <translation>{file}：字段 '{field}' 必须是列表，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' holds {count} items, more than the {limit} allowed</source>
        <translation>{file}：字段 '{field}' 有 {count} 项，超过允许的 {limit} 项</translation>
    </message>
</context>
<context>
    <name>MachinePanel</name>
    <message>
        <source>Integrated GPU ignored: it has no memory of its own and counts as RAM.</source>
        <translation>已忽略集成显卡：它没有独立显存，按系统内存计算。</translation>
    </message>
    <message>
        <source>A GPU that is not NVIDIA was ignored; use “Plan for other hardware” for it.</source>
        <translation>已忽略非 NVIDIA 显卡；如需计算请使用“为其他硬件规划”。</translation>
    </message>
    <message>
        <source>Windows may spill into shared GPU memory when VRAM runs out (very slow).</source>
        <translation>显存不足时，Windows 可能会溢出到共享 GPU 内存（非常慢）。</translation>
    </message>
    <message>
        <source>WSL2: RAM is the virtual machine's limit; the GPU is shared with Windows.</source>
        <translation>WSL2：内存为虚拟机的上限；GPU 与 Windows 共享。</translation>
    </message>
    <message>
        <source>Apple Silicon: the GPU shares system RAM (unified memory).</source>
        <translation>Apple Silicon：GPU 与系统共享内存（统一内存）。</translation>
    </message>
    <message>
        <source>No usable NVIDIA GPU found: planning for CPU and RAM only.</source>
        <translation>未找到可用的 NVIDIA GPU：仅按 CPU 和内存规划。</translation>
    </message>
    <message>
        <source>A GPU drives a display: the desktop holds some of its memory.</source>
        <translation>有 GPU 连接着显示器：桌面占用了部分显存。</translation>
    </message>
    <message>
        <source>A GPU is split into MIG instances: one program sees only its share.</source>
        <translation>GPU 已划分为 MIG 实例：单个程序只能看到自己的份额。</translation>
    </message>
    <message>
        <source>The programs using GPU memory cannot be listed without administrator rights.</source>
        <translation>没有管理员权限，无法列出占用显存的程序。</translation>
    </message>
    <message>
        <source>A GPU stopped responding and is left out of the plan.</source>
        <translation>有 GPU 停止响应，已排除在规划之外。</translation>
    </message>
    <message>
        <source>A GPU does not report its memory size and is left out of the plan.</source>
        <translation>有 GPU 未报告显存大小，已排除在规划之外。</translation>
    </message>
    <message>
        <source>Hardware detection failed; use “Plan for other hardware”.</source>
        <translation>硬件检测失败；请使用“为其他硬件规划”。</translation>
    </message>
    <message>
        <source>Your machine</source>
        <translation>您的电脑</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read free GPU memory and RAM again</source>
        <translation>重新读取可用显存和内存</translation>
    </message>
    <message>
        <source>Plan for &amp;other hardware…</source>
        <translation>为其他硬件规划(&amp;O)…</translation>
    </message>
    <message>
        <source>Pick GPUs from the catalog and a RAM size instead of this machine's</source>
        <translation>从目录中选择 GPU 和内存大小，代替本机硬件</translation>
    </message>
    <message>
        <source>Use &amp;this machine</source>
        <translation>使用本机(&amp;T)</translation>
    </message>
    <message>
        <source>Go back to the detected hardware</source>
        <translation>返回检测到的硬件</translation>
    </message>
    <message>
        <source>Measure R&amp;AM speed</source>
        <translation>测量内存速度(&amp;A)</translation>
    </message>
    <message>
        <source>Copy a few hundred MB in memory for under a second and plan CPU layers at the speed seen (kept for the next start)</source>
        <translation>在内存中复制几百 MB（不到一秒），按测得的速度估算 CPU 上的层（下次启动时保留）</translation>
    </message>
    <message>
        <source>Detecting hardware…</source>
        <translation>正在检测硬件…</translation>
    </message>
    <message>
        <source>No usable GPU: planning for CPU and RAM.</source>
        <translation>没有可用的 GPU：按 CPU 和内存规划。</translation>
    </message>
    <message>
        <source>%1 available of %2</source>
        <translation>可用 %1 / 共 %2</translation>
    </message>
    <message>
        <source>System RAM</source>
        <translation>系统内存</translation>
    </message>
    <message>
        <source>Could not measure the RAM speed: %1</source>
        <translation>无法测量内存速度：%1</translation>
    </message>
    <message>
        <source>used %1 · free %2 · total %3</source>
        <translation>已用 %1 · 可用 %2 · 总计 %3</translation>
    </message>
    <message>
        <source>Using it: %1</source>
        <translation>正在使用：%1</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> 等另外 %1 个</translation>
    </message>
    <message>
        <source>The programs holding this GPU's memory are not known.</source>
        <translation>无法得知哪些程序占用了此 GPU 的显存。</translation>
    </message>
    <message>
        <source>No program holds memory on this GPU.</source>
        <translation>没有程序占用此 GPU 的显存。</translation>
    </message>
    <message>
        <source>Programs holding memory:</source>
        <translation>占用显存的程序：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The settings file could not be read and was reset to defaults; the old file was kept as %1</source>
        <translation>无法读取设置文件，已恢复默认设置；旧文件已保存为 %1</translation>
    </message>
    <message>
        <source>The settings file could not be read and was reset to defaults: %1</source>
        <translation>无法读取设置文件，已恢复默认设置：%1</translation>
    </message>
    <message>
        <source>The settings file is from a newer VRAMScope: it is read as far as this version understands it, and changes are not saved to it (%1)</source>
        <translation>设置文件来自更新版本的 VRAMScope：仅读取此版本能理解的部分，更改不会保存到该文件（%1）</translation>
    </message>
    <message>
        <source>The settings file could not be read and no copy could be made: defaults are used and the file is left as it is (%1)</source>
        <translation>无法读取设置文件，也无法创建副本：使用默认设置，文件保持不变（%1）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open model file…</source>
        <translation>打开模型文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Copy breakdown as &amp;text</source>
        <translation>以文本复制明细(&amp;T)</translation>
    </message>
    <message>
        <source>Copy breakdown as &amp;Markdown</source>
        <translation>以 Markdown 复制明细(&amp;M)</translation>
    </message>
    <message>
        <source>Save chart as &amp;PNG…</source>
        <translation>将图表保存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Save chart as &amp;SVG…</source>
        <translation>将图表保存为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation>保存 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Hardware</source>
        <translation>硬件(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Plan for &amp;other hardware…</source>
        <translation>为其他硬件规划(&amp;O)…</translation>
    </message>
    <message>
        <source>Use &amp;this machine</source>
        <translation>使用本机(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>Check a &amp;real run…</source>
        <translation>对照真实运行检查(&amp;R)…</translation>
    </message>
    <message>
        <source>Compare the estimate with the buffers a llama.cpp / Ollama load log shows</source>
        <translation>将估算与 llama.cpp / Ollama 加载日志中的缓冲区进行比较</translation>
    </message>
    <message>
        <source>&amp;Measure…</source>
        <translation>测量(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Clear the measured peak from the chart</source>
        <translation>从图表中清除实测峰值(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About VRAMScope</source>
        <translation>关于 VRAMScope(&amp;A)</translation>
    </message>
    <message>
        <source>VRAMScope — %1</source>
        <translation>VRAMScope — %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>Open model file</source>
        <translation>打开模型文件</translation>
    </message>
    <message>
        <source>Model files (config.json *.json *.gguf *.safetensors);;All files (*)</source>
        <translation>模型文件 (config.json *.json *.gguf *.safetensors);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing to export yet.</source>
        <translation>暂时没有可导出的内容。</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>将图表保存为 SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>Save JSON</source>
        <translation>保存 JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Measure a run</source>
        <translation>测量一次运行</translation>
    </message>
    <message>
        <source>Press Start, then load and use the model in another program (a long prompt shows the real peak). VRAMScope samples GPU memory and RAM; press Stop when done and compare the peak with the estimate.</source>
        <translation>点击“开始”，然后在另一个程序中加载并使用模型（长提示词能显示真实峰值）。VRAMScope 会采样 GPU 显存和内存；完成后点击“停止”，将峰值与估算进行比较。</translation>
    </message>
    <message>
        <source>any program (whole GPU and RAM)</source>
        <translation>任意程序（整个 GPU 和内存）</translation>
    </message>
    <message>
        <source>Programs to watch by name (commas separate names); empty: measure the whole GPU and RAM</source>
        <translation>按名称监视的程序（用逗号分隔）；留空：测量整个 GPU 和内存</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>程序(&amp;P)：</translation>
    </message>
    <message>
        <source>Compare with &amp;model:</source>
        <translation>对比模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Weight format:</source>
        <translation>权重格式(&amp;W)：</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>个 token</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>上下文(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Added since Start&lt;/b&gt;</source>
        <translation>&lt;b&gt;开始后的增量&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation>&lt;b&gt;当前&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Peak&lt;/b&gt;</source>
        <translation>&lt;b&gt;峰值&lt;/b&gt;</translation>
    </message>
    <message>
        <source>VRAM (all GPUs)</source>
        <translation>显存（所有 GPU）</translation>
    </message>
    <message>
        <source>System RAM</source>
        <translation>系统内存</translation>
    </message>
    <message>
        <source>Watched programs (resident)</source>
        <translation>被监视程序（常驻内存）</translation>
    </message>
    <message>
        <source>Sa&amp;ve recording…</source>
        <translation>保存记录(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Open recording…</source>
        <translation>打开记录(&amp;O)…</translation>
    </message>
    <message>
        <source>Show on c&amp;hart</source>
        <translation>在图表中显示(&amp;H)</translation>
    </message>
    <message>
        <source>Mark the measured peak on the memory chart at the measured context</source>
        <translation>在内存图表上按实测上下文标出实测峰值</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No estimate yet: the hardware is being read.</source>
        <translation>暂无估算：正在读取硬件。</translation>
    </message>
    <message>
        <source>Estimate: %1 on the GPU (likely %2), %3 in RAM.</source>
        <translation>估算：GPU 上 %1（可能 %2），内存中 %3。</translation>
    </message>
    <message>
        <source>Estimate: %1 in RAM (likely %2).</source>
        <translation>估算：内存中 %1（可能 %2）。</translation>
    </message>
    <message>
        <source>No estimate for this setup: %1</source>
        <translation>此配置无法估算：%1</translation>
    </message>
    <message>
        <source>Cannot measure: %1</source>
        <translation>无法测量：%1</translation>
    </message>
    <message>
        <source>Measuring… load and use the model now, then press Stop.</source>
        <translation>正在测量…请现在加载并使用模型，然后点击“停止”。</translation>
    </message>
    <message>
        <source>GPUs are unavailable (no NVIDIA driver or NVML): measuring system RAM and the programs' resident memory only.</source>
        <translation>GPU 不可用（没有 NVIDIA 驱动或 NVML）：仅测量系统内存和程序的常驻内存。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>%1 samples over %2 s.</source>
        <translation>%2 秒内采样 %1 次。</translation>
    </message>
    <message>
        <source>GPUs were unavailable: RAM and resident memory only.</source>
        <translation>GPU 不可用：仅有内存和常驻内存数据。</translation>
    </message>
    <message>
        <source>No estimate to compare with.</source>
        <translation>没有可比较的估算。</translation>
    </message>
    <message>
        <source>The recording holds nothing to compare.</source>
        <translation>记录中没有可比较的数据。</translation>
    </message>
    <message>
        <source>VRAM: measured %1, estimated %2 (likely %3).</source>
        <translation>显存：实测 %1，估算 %2（可能 %3）。</translation>
    </message>
    <message>
        <source>RAM: measured %1, estimated %2 (likely %3).</source>
        <translation>内存：实测 %1，估算 %2（可能 %3）。</translation>
    </message>
    <message>
        <source>Inside the likely range.</source>
        <translation>在可能范围内。</translation>
    </message>
    <message>
        <source>Above the likely range: the estimate is too low.</source>
        <translation>高于可能范围：估算偏低。</translation>
    </message>
    <message>
        <source>Below the likely range: the estimate is too high.</source>
        <translation>低于可能范围：估算偏高。</translation>
    </message>
    <message>
        <source>Save recording</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>打开记录</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Recording saved: %1</source>
        <translation>记录已保存：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>MemoryChart</name>
    <message>
        <source>Compare formats</source>
        <translation>比较格式</translation>
    </message>
    <message>
        <source>Overlay the total of other weight formats</source>
        <translation>叠加显示其他权重格式的总量</translation>
    </message>
    <message>
        <source>&lt;b&gt;Memory vs context&lt;/b&gt; · %1 · %2</source>
        <translation>&lt;b&gt;内存与上下文&lt;/b&gt; · %1 · %2</translation>
    </message>
    <message>
        <source>Memory (%1)</source>
        <translation>内存 (%1)</translation>
    </message>
    <message>
        <source>Context (tokens per sequence, log scale)</source>
        <translation>上下文（每序列 token 数，对数刻度）</translation>
    </message>
    <message>
        <source>Likely range</source>
        <translation>可能范围</translation>
    </message>
    <message>
        <source>Total, %1</source>
        <translation>总计，%1</translation>
    </message>
    <message>
        <source>%1 (above the chart)</source>
        <translation>%1（超出图表上方）</translation>
    </message>
    <message>
        <source>Estimated RAM</source>
        <translation>估计内存</translation>
    </message>
    <message>
        <source>Estimated VRAM</source>
        <translation>估计显存</translation>
    </message>
    <message>
        <source>Measured peak: %1 at %2 tokens</source>
        <translation>实测峰值：%2 个 token 时 %1</translation>
    </message>
    <message>
        <source>Measured %1</source>
        <translation>实测 %1</translation>
    </message>
    <message>
        <source>free VRAM</source>
        <translation>可用显存</translation>
    </message>
    <message>
        <source>total VRAM</source>
        <translation>总显存</translation>
    </message>
    <message>
        <source>free VRAM + RAM</source>
        <translation>可用显存 + 内存</translation>
    </message>
    <message>
        <source>available RAM</source>
        <translation>可用内存</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>上下文 %1</translation>
    </message>
    <message>
        <source>fits up to %1</source>
        <translation>最多可容纳 %1</translation>
    </message>
    <message>
        <source>Largest context that fits: %1 tokens</source>
        <translation>可容纳的最大上下文：%1 个 token</translation>
    </message>
    <message>
        <source>Likely %1 at %2 tokens</source>
        <translation>%2 个 token 时可能为 %1</translation>
    </message>
    <message>
        <source>At %1 tokens: total %2</source>
        <translation>%1 token 时：总计 %2</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ModelNotes</name>
    <message>
        <source>vision tower not counted: estimate covers the text model only</source>
        <translation>未计入视觉塔：估算仅涵盖文本模型</translation>
    </message>
    <message>
        <source>layer_types[{index}] {value} estimated as full attention</source>
        <translation>layer_types[{index}] {value} 按全注意力估算</translation>
    </message>
    <message>
        <source>quantization {method} not recognised: weights estimated from the dtype</source>
        <translation>无法识别量化方式 {method}：按 dtype 估算权重</translation>
    </message>
    <message>
        <source>{field} {value} not recognised: assumed bfloat16</source>
        <translation>无法识别 {field} {value}：假定为 bfloat16</translation>
    </message>
    <message>
        <source>multi-token prediction block not counted (transformers drops it; llama.cpp loads it only from GGUFs that include it)</source>
        <translation>未计入多 token 预测块（transformers 会丢弃它；llama.cpp 仅从包含它的 GGUF 中加载）</translation>
    </message>
    <message>
        <source>unknown model_type {value}: estimated as a generic decoder</source>
        <translation>未知的 model_type {value}：按通用解码器估算</translation>
    </message>
    <message>
        <source>ignored consolidated*.safetensors: the folder also has Hugging Face shards with the same weights</source>
        <translation>已忽略 consolidated*.safetensors：该文件夹中还有权重相同的 Hugging Face 分片</translation>
    </message>
    <message>
        <source>{count} tensors in the shards are not listed in {file}</source>
        <translation>分片中有 {count} 个张量未列在 {file} 中</translation>
    </message>
    <message>
        <source>GGUF architecture {arch} is mapped by its generic llama.cpp fields</source>
        <translation>GGUF 架构 {arch} 按 llama.cpp 的通用字段映射</translation>
    </message>
</context>
<context>
    <name>ModelPickerDialog</name>
    <message>
        <source>Which model ran?</source>
        <translation>运行的是哪个模型？</translation>
    </message>
    <message>
        <source>Search: a name or a size, e.g. qwen2.5 14</source>
        <translation>搜索：名称或规模，例如 qwen2.5 14</translation>
    </message>
    <message>
        <source>Search the models</source>
        <translation>搜索模型</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>%1 (agrees with the log)</source>
        <translation>%1（与日志一致）</translation>
    </message>
    <message>
        <source>%1 of %2 models</source>
        <translation>%2 个模型中的 %1 个</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>--tensor-split must be positive numbers separated by commas, such as 3,1, got {value}</source>
        <translation>--tensor-split 必须是以逗号分隔的正数，例如 3,1，得到 {value}</translation>
    </message>
    <message>
        <source>--tensor-split needs one number per GPU: got {count} ({value}) for {gpus} GPU(s)</source>
        <translation>--tensor-split 需要每个 GPU 一个数：得到 {count} 个（{value}），GPU 数量为 {gpus}</translation>
    </message>
    <message>
        <source>the tensor split needs one positive number per GPU ({gpus}), got {value}</source>
        <translation>张量拆分需要每个 GPU 一个正数（{gpus} 个），得到 {value}</translation>
    </message>
    <message>
        <source>{option} applies to {applies} only, not to --runtime {runtime}</source>
        <translation>{option} 仅适用于 {applies}，不适用于 --runtime {runtime}</translation>
    </message>
    <message>
        <source>{option} {value} and --batch {batch} disagree: both set the number of sequences; give one of them</source>
        <translation>{option} {value} 与 --batch {batch} 不一致：两者都设置序列数；只需给出其中一个</translation>
    </message>
</context>
<context>
    <name>OtherHardwareDialog</name>
    <message>
        <source>Plan for other hardware</source>
        <translation>为其他硬件规划</translation>
    </message>
    <message>
        <source>Choose GPUs (Ctrl+click for several) and the system RAM to plan for.</source>
        <translation>选择要规划的 GPU（按住 Ctrl 点击可多选）和系统内存。</translation>
    </message>
    <message>
        <source>Search GPUs, e.g. 4090</source>
        <translation>搜索 GPU，例如 4090</translation>
    </message>
    <message>
        <source>All GPUs</source>
        <translation>所有 GPU</translation>
    </message>
    <message>
        <source>Desktop and datacenter</source>
        <translation>台式机和数据中心</translation>
    </message>
    <message>
        <source>Laptop GPUs</source>
        <translation>笔记本 GPU</translation>
    </message>
    <message>
        <source>Apple Silicon (unified memory)</source>
        <translation>Apple 芯片（统一内存）</translation>
    </message>
    <message>
        <source>Show only one kind of GPU</source>
        <translation>只显示一类 GPU</translation>
    </message>
    <message>
        <source>How many of each chosen GPU</source>
        <translation>每种所选 GPU 的数量</translation>
    </message>
    <message>
        <source>Count of each:</source>
        <translation>每种数量：</translation>
    </message>
    <message>
        <source>all of it</source>
        <translation>全部空闲</translation>
    </message>
    <message>
        <source>VRAM left free on each GPU by other programs, e.g. 10.5 on a 12 GB card whose browser and desktop hold 1.5 (vramscope --free-vram). Lowest: all of it free.</source>
        <translation>其他程序在每个 GPU 上留下的空闲显存，例如 12 GB 显卡上浏览器和桌面占用 1.5 时为 10.5（vramscope --free-vram）。最小值：全部空闲。</translation>
    </message>
    <message>
        <source>Free VRAM on each:</source>
        <translation>每个的空闲显存：</translation>
    </message>
    <message>
        <source>e.g. RTX 2050 Laptop:4</source>
        <translation>例如 RTX 2050 Laptop:4</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>A GPU that is not in the list: its name and memory size in GB. Give its memory bandwidth too, or speeds assume a typical one.</source>
        <translation>列表中没有的 GPU：名称和显存大小（GB）。也请给出其显存带宽，否则速度按常见值估算。</translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation>GB/s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The custom GPU's memory bandwidth, from its specifications (bus width in bits / 8 x data rate in Gbps); the speed estimate reads its weights at it.</source>
        <translation>自定义 GPU 的显存带宽，见其规格（位宽 / 8 × 数据速率 Gbps）；速度估算按此读取权重。</translation>
    </message>
    <message>
        <source>Custom GPU (NAME:GB):</source>
        <translation>自定义 GPU（名称:GB）：</translation>
    </message>
    <message>
        <source>Custom GPU bandwidth:</source>
        <translation>自定义 GPU 带宽：</translation>
    </message>
    <message>
        <source>System RAM:</source>
        <translation>系统内存：</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>GiB (2³⁰ bytes: a 12 GB card shows 12.0, as nvidia-smi and Windows)</source>
        <translation>GiB（2³⁰ 字节：12 GB 显卡显示为 12.0，与 nvidia-smi 和 Windows 一致）</translation>
    </message>
    <message>
        <source>GB (10⁹ bytes, as drive makers count)</source>
        <translation>GB（10⁹ 字节，硬盘厂商的算法）</translation>
    </message>
    <message>
        <source>The unit of every size in the window, the chart, the dialogs and the copied breakdown. llama.cpp's load log is compared in MiB, as it prints.</source>
        <translation>窗口、图表、对话框和复制的明细中所有大小的单位。llama.cpp 加载日志按其输出的 MiB 进行比较。</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>词元/秒</translation>
    </message>
    <message>
        <source>The best pick in the table and the suggestions under the verdict decode at least this fast (vramscope --min-speed).</source>
        <translation>表格中的最佳选择和结论下方的建议，生成速度至少达到此值（vramscope --min-speed）。</translation>
    </message>
    <message>
        <source>Usable &amp;speed:</source>
        <translation>可用速度(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Recent &amp;files</source>
        <translation>最近的文件(&amp;F)</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1（未找到）</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <source>&amp;Clear recent files</source>
        <translation>清除最近的文件(&amp;C)</translation>
    </message>
    <message>
        <source>%1 is no longer there: it was removed from Recent files.</source>
        <translation>%1 已不存在：已从最近的文件中移除。</translation>
    </message>
    <message>
        <source>Added %1 to the table (config.json: the architecture only; each format's size is estimated)</source>
        <translation>已将 %1 添加到表格（config.json：仅含架构；各格式的大小为估算值）</translation>
    </message>
    <message>
        <source>Added %1 %2 (%3, %4) to the table</source>
        <translation>已将 %1 %2（%3，%4）添加到表格</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>llama.cpp / Ollama / LM Studio</source>
        <translation>llama.cpp / Ollama / LM Studio</translation>
    </message>
    <message>
        <source>transformers (PyTorch)</source>
        <translation>transformers (PyTorch)</translation>
    </message>
    <message>
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <source>Size presets</source>
        <translation>常见规模</translation>
    </message>
    <message>
        <source>Your model files</source>
        <translation>您的模型文件</translation>
    </message>
    <message>
        <source>Your catalog</source>
        <translation>您的目录</translation>
    </message>
    <message>
        <source>%1 (like %2)</source>
        <translation>%1（同 %2）</translation>
    </message>
    <message>
        <source>What to run</source>
        <translation>运行什么</translation>
    </message>
    <message>
        <source>Type to search the catalog; Enter picks the match</source>
        <translation>输入以搜索目录；按 Enter 选择匹配项</translation>
    </message>
    <message>
        <source>Open model file…</source>
        <translation>打开模型文件…</translation>
    </message>
    <message>
        <source>A config.json, a model folder or a GGUF file (you can also drop one here)</source>
        <translation>config.json、模型文件夹或 GGUF 文件（也可以拖放到这里）</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>The program that runs the model</source>
        <translation>运行模型的程序</translation>
    </message>
    <message>
        <source>&amp;Runtime:</source>
        <translation>运行时(&amp;R)：</translation>
    </message>
    <message>
        <source>Inference (chat, generation)</source>
        <translation>推理（聊天、生成）</translation>
    </message>
    <message>
        <source>LoRA fine-tuning</source>
        <translation>LoRA 微调</translation>
    </message>
    <message>
        <source>QLoRA fine-tuning (4-bit base)</source>
        <translation>QLoRA 微调（4 位基础模型）</translation>
    </message>
    <message>
        <source>Full fine-tuning</source>
        <translation>全参数微调</translation>
    </message>
    <message>
        <source>Fine-tuning is estimated for transformers + PEFT</source>
        <translation>微调按 transformers + PEFT 估算</translation>
    </message>
    <message>
        <source>&amp;Workload:</source>
        <translation>任务(&amp;W)：</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>AdamW 8-bit</source>
        <translation>AdamW 8 位</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Adafactor</source>
        <translation>Adafactor</translation>
    </message>
    <message>
        <source>LoRA rank r</source>
        <translation>LoRA 秩 r</translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation>梯度检查点</translation>
    </message>
    <message>
        <source>Recompute activations in the backward pass</source>
        <translation>在反向传播中重新计算激活值</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>优化器：</translation>
    </message>
    <message>
        <source>LoRA rank:</source>
        <translation>LoRA 秩：</translation>
    </message>
    <message>
        <source>Context length per sequence (log scale)</source>
        <translation>每个序列的上下文长度（对数刻度）</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <source>Type an exact context length</source>
        <translation>输入精确的上下文长度</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>上下文(&amp;C)：</translation>
    </message>
    <message>
        <source>Parallel sequences (llama.cpp -np, vLLM batch) or training batch size</source>
        <translation>并行序列数（llama.cpp -np、vLLM 批大小）或训练批大小</translation>
    </message>
    <message>
        <source>&amp;Parallel sequences:</source>
        <translation>并行序列(&amp;P)：</translation>
    </message>
    <message>
        <source>Data type of the KV cache (llama.cpp -ctk/-ctv)</source>
        <translation>KV 缓存的数据类型（llama.cpp -ctk/-ctv）</translation>
    </message>
    <message>
        <source>&amp;KV cache:</source>
        <translation>KV 缓存(&amp;K)：</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Flash attention shrinks the compute buffers</source>
        <translation>Flash attention 可减小计算缓冲区</translation>
    </message>
    <message>
        <source>&amp;Flash attention:</source>
        <translation>Flash attention(&amp;F)：</translation>
    </message>
    <message>
        <source>Half the context</source>
        <translation>上下文的一半</translation>
    </message>
    <message>
        <source>The prompt you expect to send, for the speed (vramscope --prompt-tokens); memory does not depend on it</source>
        <translation>预计发送的提示长度，用于估算速度（vramscope --prompt-tokens）；不影响内存</translation>
    </message>
    <message>
        <source>Prompt lengt&amp;h:</source>
        <translation>提示长度(&amp;H)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Images per prompt for a vision model (vramscope --images): their tokens join the context and the runtime holds the image encoder</source>
        <translation>视觉模型每个提示的图像数（vramscope --images）：其 token 计入上下文，运行时加载图像编码器</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>图像(&amp;I):</translation>
    </message>
    <message>
        <source>%1 layers, context up to %2 tokens</source>
        <translation>%1 层，上下文最多 %2 个 token</translation>
    </message>
    <message>
        <source>%1 B parameters</source>
        <translation>%1B 参数</translation>
    </message>
    <message>
        <source>%1 M parameters</source>
        <translation>%1M 参数</translation>
    </message>
    <message>
        <source>, %1 B active</source>
        <translation>，激活 %1B</translation>
    </message>
    <message>
        <source>, %1 M active</source>
        <translation>，激活 %1M</translation>
    </message>
    <message>
        <source>up to %1 tokens of context</source>
        <translation>上下文最多 %1 个 token</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>批大小(&amp;B)：</translation>
    </message>
    <message>
        <source>Context length per sequence (log scale): %1</source>
        <translation>每个序列的上下文长度（对数刻度）：%1</translation>
    </message>
</context>
<context>
    <name>RunSettings</name>
    <message>
        <source>Run settings</source>
        <translation>运行设置</translation>
    </message>
    <message>
        <source>llama.cpp server (llama-server):</source>
        <translation>llama.cpp 服务器（llama-server）：</translation>
    </message>
    <message>
        <source>llama.cpp in a terminal (llama-cli):</source>
        <translation>终端中的 llama.cpp（llama-cli）：</translation>
    </message>
    <message>
        <source>Ollama Modelfile:</source>
        <translation>Ollama Modelfile：</translation>
    </message>
    <message>
        <source>Ollama server environment variables:</source>
        <translation>Ollama 服务器环境变量：</translation>
    </message>
    <message>
        <source>LM Studio: GPU offload {gpu_offload} of {of_layers} layers, context length {context}, K cache {k_cache}, V cache {v_cache}, Flash Attention {flash}.</source>
        <translation>LM Studio：GPU 卸载 {gpu_offload}/{of_layers} 层，上下文长度 {context}，K 缓存 {k_cache}，V 缓存 {v_cache}，Flash Attention {flash}。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>vLLM:</source>
        <translation>vLLM：</translation>
    </message>
    <message>
        <source>Python (transformers, PEFT, bitsandbytes):</source>
        <translation>Python（transformers、PEFT、bitsandbytes）：</translation>
    </message>
    <message>
        <source>Ollama has no setting for {options}: use llama-server to reproduce this placement.</source>
        <translation>Ollama 没有 {options} 的设置：要重现此放置方式，请使用 llama-server。</translation>
    </message>
    <message>
        <source>LM Studio's load settings may lack {options}: use llama-server to reproduce this placement exactly.</source>
        <translation>LM Studio 的加载设置可能缺少 {options}：要精确重现此放置方式，请使用 llama-server。</translation>
    </message>
    <message>
        <source>{model} stands for a model of this size: put the file or repository you use in its place.</source>
        <translation>{model} 代表此规模的模型：请替换为你使用的文件或仓库。</translation>
    </message>
</context>
<context>
    <name>RuntimeErrors</name>
    <message>
        <source>{runtime} cannot load {value} weights; use a GGUF type such as q4_k_m</source>
        <translation>{runtime} 无法加载 {value} 权重；请使用 GGUF 类型，例如 q4_k_m</translation>
    </message>
    <message>
        <source>{runtime} cannot load {value} weights; use bf16, nf4, gptq-4bit or awq-4bit</source>
        <translation>{runtime} 无法加载 {value} 权重；请使用 bf16、nf4、gptq-4bit 或 awq-4bit</translation>
    </message>
    <message>
        <source>{runtime} cannot load GGUF weights ({value}); use llama.cpp</source>
        <translation>{runtime} 无法加载 GGUF 权重（{value}）；请使用 llama.cpp</translation>
    </message>
    <message>
        <source>{value} runs on a GPU; this machine has none (use llama.cpp)</source>
        <translation>{value} 需要 GPU 运行；这台机器没有 GPU（请使用 llama.cpp）</translation>
    </message>
    <message>
        <source>number of GPUs must be 0 or more, got {value}</source>
        <translation>GPU 数量必须大于或等于 0，实际为 {value}</translation>
    </message>
    <message>
        <source>gpu layers must be 0 or more, got {value}</source>
        <translation>GPU 层数必须大于或等于 0，实际为 {value}</translation>
    </message>
    <message>
        <source>lora target {value} is not a linear module of {model}; known: {known}</source>
        <translation>LoRA 目标 {value} 不是 {model} 的线性模块；已知模块：{known}</translation>
    </message>
    <message>
        <source>full fine-tuning needs float weights (fp32 or bf16), got {value}</source>
        <translation>全量微调需要浮点权重（fp32 或 bf16），实际为 {value}</translation>
    </message>
    <message>
        <source>term {field} has negative bytes: {value}</source>
        <translation>项 {field} 的字节数为负：{value}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{option}: expected a size in GB such as 24, got {value}</source>
        <translation>{option}：应为以 GB 为单位的大小，例如 24，实际为 {value}</translation>
    </message>
    <message>
        <source>{option} must be between {low_gib} and {high_gib} GB, got {value}</source>
        <translation>{option} 必须在 {low_gib} 到 {high_gib} GB 之间，实际为 {value}</translation>
    </message>
    <message>
        <source>--gpu: expected NAME or NAME:GB, got {value}</source>
        <translation>--gpu：应为 名称 或 名称:GB，实际为 {value}</translation>
    </message>
    <message>
        <source>--cpu: expected one of {kinds}, got {value}</source>
        <translation>--cpu：应为以下之一：{kinds}，实际为 {value}</translation>
    </message>
    <message>
        <source>--gpu-layers must be a number, 'all' or 'auto', got {value}</source>
        <translation>--gpu-layers 必须是数字、'all' 或 'auto'，实际为 {value}</translation>
    </message>
    <message>
        <source>--gpu-layers must be 0 or more, got {value}</source>
        <translation>--gpu-layers 必须大于或等于 0，实际为 {value}</translation>
    </message>
</context>
<context>
    <name>Speed</name>
    <message>
        <source>{fixed_us} µs per token fixed cost ({layers} layers, no CUDA graphs)</source>
        <translation>每个 token 固定开销 {fixed_us} 微秒（{layers} 层，未使用 CUDA graphs）</translation>
    </message>
    <message>
        <source>{fixed_us} µs per token fixed cost ({layers} layers, CUDA graphs)</source>
        <translation>每个 token 固定开销 {fixed_us} 微秒（{layers} 层，使用 CUDA graphs）</translation>
    </message>
    <message>
        <source>{gpu}: unpacking {format} weights takes longer than reading them</source>
        <translation>{gpu}：解包 {format} 权重比读取它们更耗时</translation>
    </message>
    <message>
        <source>{boundaries} hand-off(s) between GPUs per token</source>
        <translation>每个 token 在 GPU 之间交接 {boundaries} 次</translation>
    </message>
    <message>
        <source>row split: {gpus} GPUs read their rows of every matrix at once, then wait for each other in each of {layers} layers</source>
        <translation>按行拆分：{gpus} 个 GPU 同时读取每个矩阵中各自的行，然后在 {layers} 层中的每一层互相等待</translation>
    </message>
    <message>
        <source>attention of {layers} GPU layers runs on the CPU (KV cache in system RAM)</source>
        <translation>{layers} 个 GPU 层的注意力在 CPU 上计算（KV 缓存位于系统内存）</translation>
    </message>
    <message>
        <source>attention reads a cache filled to {filled_tokens} (prompt + half the answer)</source>
        <translation>注意力读取已填充到 {filled_tokens} 的缓存（提示词 + 一半回答）</translation>
    </message>
    <message>
        <source>without flash attention, attention costs {extra_fraction} more</source>
        <translation>不使用 flash attention 时，注意力开销多 {extra_fraction}</translation>
    </message>
    <message>
        <source>the quantized KV cache is converted for attention (slower)</source>
        <translation>量化的 KV 缓存需转换后再计算注意力（更慢）</translation>
    </message>
    <message>
        <source>likely {low_tps} to {high_tps} tokens/s (the spread of the fit)</source>
        <translation>可能为每秒 {low_tps} 到 {high_tps} 个 token（拟合的离散范围）</translation>
    </message>
    <message>
        <source>--ram-bandwidth must be a speed in GB/s from {low} to {high}, got {value}</source>
        <translation>--ram-bandwidth 必须是 {low} 到 {high} GB/s 之间的速度，得到的是 {value}</translation>
    </message>
    <message>
        <source>~{tps} tok/s</source>
        <translation>约 {tps} token/秒</translation>
    </message>
    <message>
        <source>~{tps} tok/s ({low}-{high})</source>
        <translation>约 {tps} token/秒（{low}-{high}）</translation>
    </message>
    <message>
        <source>~{tps}</source>
        <translation>~{tps}</translation>
    </message>
    <message>
        <source>~{tps} ({low}-{high})</source>
        <translation>~{tps} ({low}-{high})</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Weights (CPU repack)</source>
        <translation>权重（CPU 重排）</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Recurrent state</source>
        <translation>循环状态</translation>
    </message>
    <message>
        <source>Compute buffers</source>
        <translation>计算缓冲区</translation>
    </message>
    <message>
        <source>Output buffer</source>
        <translation>输出缓冲区</translation>
    </message>
    <message>
        <source>Runtime overhead</source>
        <translation>运行时开销</translation>
    </message>
    <message>
        <source>CUDA pool (F16 KV copy)</source>
        <translation>CUDA 内存池（KV 的 F16 副本）</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Allocator cache</source>
        <translation>分配器缓存</translation>
    </message>
    <message>
        <source>Autocast copies</source>
        <translation>autocast 副本</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Loss and logits</source>
        <translation>损失与 logits</translation>
    </message>
    <message>
        <source>Optimizer states</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <source>Optimizer step buffers</source>
        <translation>优化器步进缓冲区</translation>
    </message>
    <message>
        <source>CUDA graphs</source>
        <translation>CUDA 图</translation>
    </message>
    <message>
        <source>Vision encoder weights</source>
        <translation>视觉编码器权重</translation>
    </message>
    <message>
        <source>Vision encoder compute</source>
        <translation>视觉编码器计算</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>{value} GB/s</source>
        <translation>{value} GB/s</translation>
    </message>
</context>
<context>
    <name>UserCatalog</name>
    <message>
        <source>{file}: models[{index}] must be an object, got {value}</source>
        <translation>{file}：models[{index}] 必须是对象，实际为 {value}</translation>
    </message>
    <message>
        <source>{file}: {detail}</source>
        <translation>{file}：{detail}</translation>
    </message>
    <message>
        <source>{file}: {id} is already in the bundled catalog</source>
        <translation>{file}：{id} 已在内置目录中</translation>
    </message>
    <message>
        <source>{file}: {id} is already in your catalog with other data; it was not replaced</source>
        <translation>{file}：{id} 已在您的目录中且数据不同；未替换</translation>
    </message>
    <message>
        <source>{id} is not in your catalog</source>
        <translation>{id} 不在您的目录中</translation>
    </message>
    <message>
        <source>your catalog {file} could not be read; only the bundled catalog is used: {detail}</source>
        <translation>无法读取您的目录 {file}；仅使用内置目录：{detail}</translation>
    </message>
    <message>
        <source>your catalog: entry skipped: {detail}</source>
        <translation>您的目录：已跳过条目：{detail}</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file}: the id {id} is taken; added as {new_id}</source>
        <translation>{file}：ID {id} 已被占用；已添加为 {new_id}</translation>
    </message>
    <message>
        <source>your catalog file could not be read; it was kept as {file}</source>
        <translation>无法读取您的目录文件；已保留为 {file}</translation>
    </message>
    <message>
        <source>already in the bundled catalog, skipped ({count}): {ids}</source>
        <translation>已在内置目录中，已跳过（{count}）：{ids}</translation>
    </message>
    <message>
        <source>your catalog {file}: {added_count} added, {replaced_count} updated, {unchanged_count} unchanged, {refused_count} refused</source>
        <translation>您的目录 {file}：新增 {added_count}，更新 {replaced_count}，未变 {unchanged_count}，拒绝 {refused_count}</translation>
    </message>
</context>
<context>
    <name>UserCatalogHook</name>
    <message>
        <source>&amp;Import to your catalog…</source>
        <translation>导入到您的目录(&amp;I)…</translation>
    </message>
    <message>
        <source>Add a catalog file, config.json or GGUF to the models listed, offline</source>
        <translation>将目录文件、config.json 或 GGUF 添加到模型列表（离线）</translation>
    </message>
    <message>
        <source>Import to your catalog</source>
        <translation>导入到您的目录</translation>
    </message>
    <message>
        <source>Catalog or model files (*.json *.gguf);;All files (*)</source>
        <translation>目录或模型文件 (*.json *.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 另有 %1 条</translation>
    </message>
    <message>
        <source>Cannot import this file: %1</source>
        <translation>无法导入此文件：%1</translation>
    </message>
    <message>
        <source>The model was not added to your catalog: %1</source>
        <translation>模型未添加到您的目录：%1</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>Fits on {gpus} with {spare_bytes} to spare (it likely uses {likely}){speed}.</source>
        <translation>可放入 {gpus}，剩余 {spare_bytes}（预计占用 {likely}）{speed}。</translation>
    </message>
    <message>
        <source>Tight fit on {gpus}: needs {needed_bytes} (likely {likely}) with {free_bytes} free; it may not fit{speed}.</source>
        <translation>在 {gpus} 上勉强放下：需要 {needed_bytes}（可能 {likely}），空闲 {free_bytes}；可能装不下{speed}。</translation>
    </message>
    <message>
        <source>Weights fit on {gpus} but the KV cache goes to system RAM (slower){speed}.</source>
        <translation>权重可放入 {gpus}，但 KV 缓存会放到系统内存（较慢）{speed}。</translation>
    </message>
    <message>
        <source>Partly fits: {gpu_layers} of {layer_slots} layers on {gpus} (-ngl {gpu_layers}; the output layer counts as one), the rest in system RAM (slower){speed}.</source>
        <translation>部分放得下：{layer_slots} 层中的 {gpu_layers} 层在 {gpus} 上（-ngl {gpu_layers}；输出层算作一层），其余在系统内存（较慢）{speed}。</translation>
    </message>
    <message>
        <source>Partly fits: {gpu_layers} of {layer_slots} layers on {gpus} (-ngl {gpu_layers}; the output layer counts as one), with the MoE experts of {expert_layers} of them and any other layers in system RAM (slower){speed}.</source>
        <translation>部分放得下：{layer_slots} 层中的 {gpu_layers} 层在 {gpus} 上（-ngl {gpu_layers}；输出层算作其中一层），其中 {expert_layers} 层的 MoE 专家及其余各层在系统内存中（较慢）{speed}。</translation>
    </message>
    <message>
        <source>Partly fits: every layer on {gpus} except the MoE experts of {expert_layers} layers, which stay in system RAM (-ngl {gpu_layers} --n-cpu-moe {expert_layers}; slower){speed}.</source>
        <translation>部分可容纳：除 {expert_layers} 层的 MoE 专家留在系统内存外，所有层都在 {gpus} 上（-ngl {gpu_layers} --n-cpu-moe {expert_layers}；较慢）{speed}。</translation>
    </message>
    <message>
        <source>Does not fit in VRAM: the Windows driver will spill into shared GPU memory (system RAM over PCIe), very slow{speed}.</source>
        <translation>显存放不下：Windows 驱动会溢出到共享 GPU 内存（经 PCIe 的系统内存），非常慢{speed}。</translation>
    </message>
    <message>
        <source>Runs on the CPU from system RAM ({needed_bytes}, likely {likely}){speed}.</source>
        <translation>在 CPU 上使用系统内存运行（{needed_bytes}，可能 {likely}）{speed}。</translation>
    </message>
    <message>
        <source>Too big for RAM: weights would stream from disk (mmap), extremely slow{speed}.</source>
        <translation>内存放不下：权重将从磁盘流式读取（mmap），极慢{speed}。</translation>
    </message>
    <message>
        <source>Does not fit: needs {needed_bytes}, {over_bytes} more than is free.</source>
        <translation>放不下：需要 {needed_bytes}，比可用空间多 {over_bytes}。</translation>
    </message>
    <message>
        <source>Does not fit: this runtime runs on a GPU only, and there is none (it needs {needed_bytes}).</source>
        <translation>放不下：该运行时只能在 GPU 上运行，而这里没有 GPU（需要 {needed_bytes}）。</translation>
    </message>
    <message>
        <source>Does not fit: needs {needed_bytes}, but the memory the runtime reserves at start is more than is free.</source>
        <translation>放不下：需要 {needed_bytes}，但运行时启动时预留的内存超过了可用空间。</translation>
    </message>
    <message>
        <source>; about {decode_tps} tokens/s</source>
        <translation>；约 {decode_tps} token/秒</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>the fastest of {candidates} placements that fit (GPU layers, KV cache on or off the GPU, MoE experts in RAM): about {decode_tps} tokens/s</source>
        <translation>{candidates} 种放得下的放置方式中最快的一种（GPU 层数、KV 缓存是否在 GPU 上、MoE 专家放在内存中）：约 {decode_tps} tokens/s</translation>
    </message>
    <message>
        <source>the only placement that fits (of GPU layers, KV cache on or off the GPU, MoE experts in RAM): about {decode_tps} tokens/s</source>
        <translation>唯一放得下的放置方式（候选：GPU 层数、KV 缓存是否在 GPU 上、MoE 专家放在内存中）：约 {decode_tps} token/秒</translation>
    </message>
    <message>
        <source>system RAM {bandwidth_bps} at {efficiency_fraction}</source>
        <translation>系统内存 {bandwidth_bps}，效率 {efficiency_fraction}</translation>
    </message>
    <message>
        <source>{gpu} {bandwidth_bps} at {efficiency_fraction}</source>
        <translation>{gpu} {bandwidth_bps}，效率 {efficiency_fraction}</translation>
    </message>
    <message>
        <source>{streamed_bytes} per token streamed from disk at {disk_bps}</source>
        <translation>每个 token 从磁盘流式读取 {streamed_bytes}，速度 {disk_bps}</translation>
    </message>
    <message>
        <source>+{fixed_ms} ms per token fixed cost</source>
        <translation>每个 token 固定开销 +{fixed_ms} 毫秒</translation>
    </message>
    <message>
        <source>prefill at {mfu_fraction} of {compute_tflops} TFLOP/s</source>
        <translation>提示词处理按 {compute_tflops} TFLOP/s 的 {mfu_fraction} 计算</translation>
    </message>
    <message>
        <source>prompt: the {stream_bytes} of weights in system RAM cross PCIe at {pcie_bps} once per {tokens}-token batch</source>
        <translation>提示：系统内存中的 {stream_bytes} 权重每批 {tokens} 个 token 经 PCIe 以 {pcie_bps} 传输一次</translation>
    </message>
    <message>
        <source>shared GPU memory over PCIe: about {slowdown}x slower</source>
        <translation>经 PCIe 的共享 GPU 内存：约慢 {slowdown} 倍</translation>
    </message>
</context>
<context>
    <name>VllmCheck</name>
    <message>
        <source>{count} line(s) that mention memory were not recognised, e.g.: {line}</source>
        <translation>有 {count} 行提到内存但未能识别，例如：{line}</translation>
    </message>
    <message>
        <source>only the first {count} lines that mention vLLM's settings or memory were read</source>
        <translation>只读取了前 {count} 行提到 vLLM 设置或内存的日志行</translation>
    </message>
    <message>
        <source>no vLLM memory lines found (Loading model weights took, Model loading took, Available KV cache memory, # GPU blocks)</source>
        <translation>未找到 vLLM 的内存行（Loading model weights took、Model loading took、Available KV cache memory、# GPU blocks）</translation>
    </message>
    <message>
        <source>no vLLM memory line could be read; {count} line(s) mention memory in a wording VRAMScope does not know, e.g.: {line}</source>
        <translation>无法读取任何 vLLM 内存行；有 {count} 行以 VRAMScope 不认识的措辞提到内存，例如：{line}</translation>
    </message>
    <message>
        <source>the log's model {model} is the catalog's {name}</source>
        <translation>日志中的模型 {model} 即目录中的 {name}</translation>
    </message>
    <message>
        <source>the log names no catalog model; {name} matches its KV cache ({kv_per_token} bytes per token per GPU) and its weights ({weights_bytes})</source>
        <translation>日志未指明目录中的模型；{name} 与其 KV 缓存（每 GPU 每 token {kv_per_token} 字节）和权重（{weights_bytes}）相符</translation>
    </message>
    <message>
        <source>the log names no catalog model; {name} matches its KV cache ({kv_per_token} bytes per token per GPU) and its weights ({weights_bytes}), as do {others} of the same architecture</source>
        <translation>日志未指明目录中的模型；{name} 与其 KV 缓存（每 GPU 每 token {kv_per_token} 字节）和权重（{weights_bytes}）相符，同一架构的 {others} 亦然</translation>
    </message>
    <message>
        <source>the log's numbers fit several catalog models ({names})</source>
        <translation>日志中的数字符合多个目录模型（{names}）</translation>
    </message>
    <message>
        <source>the log's model {model} is not in the catalog</source>
        <translation>日志中的模型 {model} 不在目录中</translation>
    </message>
    <message>
        <source>the log does not name the model</source>
        <translation>日志未指明模型</translation>
    </message>
    <message>
        <source>{model} holds 8-bit integer weights: estimated as fp8 (one byte each)</source>
        <translation>{model} 使用 8 位整数权重：按 fp8 估算（每个一字节）</translation>
    </message>
    <message>
        <source>the log does not show the dtype; assumed bfloat16</source>
        <translation>日志未显示 dtype；假定为 bfloat16</translation>
    </message>
    <message>
        <source>the log does not show tensor_parallel_size; assumed one GPU</source>
        <translation>日志未显示 tensor_parallel_size；假定为一个 GPU</translation>
    </message>
    <message>
        <source>the log does not show gpu_memory_utilization; assumed {utilization_fraction}</source>
        <translation>日志未显示 gpu_memory_utilization；假定为 {utilization_fraction}</translation>
    </message>
    <message>
        <source>the log does not show max_model_len; assumed {context_tokens} tokens</source>
        <translation>日志未显示 max_model_len；假定为 {context_tokens} 个 token</translation>
    </message>
    <message>
        <source>max_num_seqs is not in the log (vLLM's default is {sequences}); the KV cache is compared at the size vLLM made it</source>
        <translation>日志中没有 max_num_seqs（vLLM 默认 {sequences}）；KV 缓存按 vLLM 实际创建的大小比较</translation>
    </message>
    <message>
        <source>KV cache per token on one GPU: {logged_per_token} bytes in the log, {estimated_per_token} estimated</source>
        <translation>单个 GPU 上每个 token 的 KV 缓存：日志中 {logged_per_token} 字节，估算 {estimated_per_token}</translation>
    </message>
    <message>
        <source>the log gives the KV cache ({kv_cache_bytes}) but not its tokens: at the estimate's size per token it holds {estimated_tokens} tokens; not compared</source>
        <translation>日志给出了 KV 缓存大小（{kv_cache_bytes}），但没有 token 数：按估算的每 token 大小约为 {estimated_tokens} 个 token；不作比较</translation>
    </message>
    <message>
        <source>the log gives the KV cache in tokens ({kv_tokens}) but not in bytes; the estimate puts them at {estimated_bytes}; not compared</source>
        <translation>日志给出了以 token 计的 KV 缓存（{kv_tokens}），但没有字节数；估算为 {estimated_bytes}；不作比较</translation>
    </message>
    <message>
        <source>vLLM gave the KV cache what its budget left: {kv_tokens} tokens, {concurrency}× the max_model_len of {context_tokens} tokens</source>
        <translation>vLLM 把预算剩余部分分给了 KV 缓存：{kv_tokens} 个 token，为 max_model_len（{context_tokens} 个 token）的 {concurrency}×</translation>
    </message>
    <message>
        <source>the log does not show the weights; not compared</source>
        <translation>日志未显示权重；不作比较</translation>
    </message>
    <message>
        <source>the log does not show the activation peak; not compared</source>
        <translation>日志未显示激活峰值；不作比较</translation>
    </message>
    <message>
        <source>the log does not show non-torch memory; not compared</source>
        <translation>日志未显示非 torch 内存；不作比较</translation>
    </message>
    <message>
        <source>the activation peak is the log's peak_torch_memory minus the weights</source>
        <translation>激活峰值为日志中的 peak_torch_memory 减去权重</translation>
    </message>
    <message>
        <source>this vLLM profiled {profiled_tokens} tokens at once (max_num_batched_tokens); the estimate's activations assume {assumed_tokens}</source>
        <translation>此版本 vLLM 一次分析了 {profiled_tokens} 个 token（max_num_batched_tokens）；估算的激活按 {assumed_tokens} 计</translation>
    </message>
    <message>
        <source>this vLLM counts as non-torch memory only what grew outside PyTorch after start-up; the estimate's runtime overhead ({overhead_bytes}) also holds the CUDA context</source>
        <translation>此版本 vLLM 只把启动后在 PyTorch 之外增长的内存计为非 torch 内存；估算的运行时开销（{overhead_bytes}）还包含 CUDA 上下文</translation>
    </message>
    <message>
        <source>this vLLM counts all GPU memory outside PyTorch as non-torch, the CUDA context included</source>
        <translation>此版本 vLLM 把 PyTorch 之外的全部 GPU 内存计为非 torch 内存，包括 CUDA 上下文</translation>
    </message>
    <message>
        <source>with {gpus} GPUs, NCCL's communication buffers are non-torch memory; the estimate has no term for them</source>
        <translation>使用 {gpus} 个 GPU 时，NCCL 通信缓冲区属于非 torch 内存；估算中没有对应项</translation>
    </message>
    <message>
        <source>the figures are for one GPU: tensor parallelism splits the weights and the KV heads over {gpus} GPUs</source>
        <translation>这些数字针对单个 GPU：张量并行把权重和 KV 头分到 {gpus} 个 GPU 上</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>All on GPU</source>
        <translation>全部在 GPU</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>勉强</translation>
    </message>
    <message>
        <source>KV cache in RAM</source>
        <translation>KV 缓存在内存</translation>
    </message>
    <message>
        <source>Layers in RAM</source>
        <translation>部分层在内存</translation>
    </message>
    <message>
        <source>Shared GPU memory</source>
        <translation>共享 GPU 内存</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>仅 CPU</translation>
    </message>
    <message>
        <source>Streams from disk</source>
        <translation>从磁盘读取</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Weights, KV cache and buffers all fit in free VRAM.</source>
        <translation>权重、KV 缓存和缓冲区全部放得进可用显存。</translation>
    </message>
    <message>
        <source>The estimate fits in free VRAM, but the upper edge of its likely range does not: it may not fit.</source>
        <translation>估算值能放入空闲显存，但其可能范围的上限放不下：可能装不下。</translation>
    </message>
    <message>
        <source>Weights fit in VRAM; the KV cache lives in system RAM (slower).</source>
        <translation>权重放得进显存；KV 缓存放在系统内存（较慢）。</translation>
    </message>
    <message>
        <source>Some layers run from system RAM on the CPU (slower).</source>
        <translation>部分层在 CPU 上从系统内存运行（较慢）。</translation>
    </message>
    <message>
        <source>The Windows driver spills VRAM into system RAM over PCIe (very slow).</source>
        <translation>Windows 驱动通过 PCIe 把显存溢出到系统内存（非常慢）。</translation>
    </message>
    <message>
        <source>Runs on the CPU from system RAM.</source>
        <translation>在 CPU 上从系统内存运行。</translation>
    </message>
    <message>
        <source>Too big for RAM: weights stream from disk (extremely slow).</source>
        <translation>内存放不下：权重从磁盘流式读取（极慢）。</translation>
    </message>
    <message>
        <source>Needs more memory than VRAM and RAM together.</source>
        <translation>所需内存超过显存和内存之和。</translation>
    </message>
    <message>
        <source>This runtime cannot load this format.</source>
        <translation>此运行时无法加载该格式。</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 token/秒</translation>
    </message>
</context>
</TS>