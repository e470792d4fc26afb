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
    <name>BreakdownPanel</name>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <source>Total on %1: %2</source>
        <translation>%1 合计：%2</translation>
    </message>
    <message>
        <source>Largest context that fits: %1 tokens</source>
        <translation>可容纳的最大上下文：%1 个 token</translation>
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
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
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
    <name>CheckRunDialog</name>
    <message>
        <source>Nothing to compare: the log holds no buffer sizes.</source>
        <translation>无可比较：日志中没有缓冲区大小。</translation>
    </message>
    <message>
        <source>Within %1 of what was allocated on %2.</source>
        <translation>与 %2 上实际分配的相差在 %1 以内。</translation>
    </message>
    <message>
        <source>Over-estimate by %1 on %2 (largest gap: %3, %4 MiB).</source>
        <translation>在 %2 上高估了 %1（最大差距：%3，%4 MiB）。</translation>
    </message>
    <message>
        <source>Under-estimate by %1 on %2 (largest gap: %3, %4 MiB).</source>
        <translation>在 %2 上低估了 %1（最大差距：%3，%4 MiB）。</translation>
    </message>
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
        <source>The log does not show the whole model: choose the model that ran under Model, then press Check.</source>
        <translation>日志未完整显示模型：请在“模型”中选择实际运行的模型，然后点击“检查”。</translation>
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
    <name>EstimatorState</name>
    <message>
        <source>Could not read the hardware: %1</source>
        <translation>无法读取硬件信息：%1</translation>
    </message>
    <message>
        <source>Cannot open this model: %1</source>
        <translation>无法打开此模型：%1</translation>
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
        <source>Context %1 tokens per sequence (each row up to its own maximum).</source>
        <translation>每个序列上下文 %1 token（每行不超过该模型的最大值）。</translation>
    </message>
</context>
<context>
    <name>FitTableModel</name>
    <message>
        <source>max %1</source>
        <translation>最大 %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>计算中…</translation>
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
        <source>Architecture of %1</source>
        <translation>采用 %1 的架构</translation>
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
        <source>Planning for hardware you described, not for this machine.</source>
        <translation>正在按您描述的硬件规划，而不是本机。</translation>
    </message>
    <message>
        <source>No GPU given: planning for CPU and RAM only.</source>
        <translation>未指定 GPU：仅按 CPU 和内存规划。</translation>
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
        <source>used %1 · free %2 · total %3</source>
        <translation>已用 %1 · 可用 %2 · 总计 %3</translation>
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
        <source>The settings file could not be read and was reset to defaults: %1</source>
        <translation>无法读取设置文件，已恢复默认设置：%1</translation>
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
        <source>How many of each chosen GPU</source>
        <translation>每种所选 GPU 的数量</translation>
    </message>
    <message>
        <source>Count of each:</source>
        <translation>每种数量：</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
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
        <source>GB (10⁹ bytes, as drives and most tools)</source>
        <translation>GB（10⁹ 字节，与硬盘和多数工具一致）</translation>
    </message>
    <message>
        <source>GiB (2³⁰ bytes, as nvidia-smi and Windows)</source>
        <translation>GiB（2³⁰ 字节，与 nvidia-smi 和 Windows 一致）</translation>
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
        <source>%1 layers, context up to %2 tokens</source>
        <translation>%1 层，上下文最多 %2 个 token</translation>
    </message>
    <message>
        <source>%1 B parameters</source>
        <translation>%1B 参数</translation>
    </message>
    <message>
        <source>, %1 B active</source>
        <translation>，激活 %1B</translation>
    </message>
    <message>
        <source>up to %1 tokens of context</source>
        <translation>上下文最多 %1 个 token</translation>
    </message>
    <message>
        <source>Context length per sequence (log scale): %1</source>
        <translation>每个序列的上下文长度（对数刻度）：%1</translation>
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
        <source>Logits</source>
        <translation>logits</translation>
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
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message>
        <source>; about %1 tokens/s</source>
        <translation>；约 %1 token/秒</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Tight fit on %1: needs %2 (likely %3) with %4 free; it may not fit%5.</source>
        <translation>在 %1 上勉强放下：需要 %2（可能 %3），空闲 %4；可能装不下%5。</translation>
    </message>
    <message>
        <source>Fits on %1 with %2 to spare (likely %3)%4.</source>
        <translation>可放入 %1，剩余 %2（可能 %3）%4。</translation>
    </message>
    <message>
        <source>Runs on the CPU from system RAM (%1, likely %2)%3.</source>
        <translation>在 CPU 上使用系统内存运行（%1，可能 %2）%3。</translation>
    </message>
    <message>
        <source>Weights fit on %1 but the KV cache goes to system RAM (slower)%2.</source>
        <translation>权重可放入 %1，但 KV 缓存会放到系统内存（较慢）%2。</translation>
    </message>
    <message>
        <source>Does not fit in VRAM: the Windows driver will spill into shared GPU memory (system RAM over PCIe), very slow%1.</source>
        <translation>显存放不下：Windows 驱动会溢出到共享 GPU 内存（经 PCIe 的系统内存），非常慢%1。</translation>
    </message>
    <message>
        <source>Partly fits: %1 of %2 layers on %3, the rest in system RAM (slower)%4.</source>
        <translation>部分放得下：%2 层中的 %1 层在 %3 上，其余在系统内存（较慢）%4。</translation>
    </message>
    <message>
        <source>Too big for RAM: weights would stream from disk (mmap), extremely slow%1.</source>
        <translation>内存放不下：权重将从磁盘流式读取（mmap），极慢%1。</translation>
    </message>
    <message>
        <source>Does not fit: needs %1, %2 more than is free.</source>
        <translation>放不下：需要 %1，比可用空间多 %2。</translation>
    </message>
</context>
</TS>