<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About VRAMScope</source>
        <translation>О программе VRAMScope</translation>
    </message>
    <message>
        <source>&lt;b&gt;VRAMScope %1&lt;/b&gt;&lt;br&gt;Can this PC run that model? Memory, placement and speed estimates you can check.&lt;br&gt;Works offline: no network access, ever.&lt;br&gt;Qt %2, PySide6 %3. The Qt libraries are used under the LGPL 3.0 and can be replaced in the installed program's folder.</source>
        <translation>&lt;b&gt;VRAMScope %1&lt;/b&gt;&lt;br&gt;Потянет ли этот ПК модель? Проверяемые оценки памяти, размещения и скорости.&lt;br&gt;Работает без сети: никогда не обращается к интернету.&lt;br&gt;Qt %2, PySide6 %3. Библиотеки Qt используются на условиях LGPL 3.0 и могут быть заменены в папке установленной программы.</translation>
    </message>
    <message>
        <source>Licences of VRAMScope and the components it bundles:</source>
        <translation>Лицензии VRAMScope и входящих в поставку компонентов:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The licence files are missing from this installation.</source>
        <translation>В этой установке нет файлов лицензий.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
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
        <translation>KV-кэш {kv_type}</translation>
    </message>
    <message>
        <source>context {context_tokens}</source>
        <translation>контекст {context_tokens}</translation>
    </message>
    <message>
        <source>parallel sequences: {sequences}</source>
        <translation>параллельных последовательностей: {sequences}</translation>
    </message>
    <message>
        <source>all layers on GPU, {decode_tps} tok/s</source>
        <translation>все слои на GPU, {decode_tps} ток/с</translation>
    </message>
    <message>
        <source>fits with part in RAM, {decode_tps} tok/s</source>
        <translation>помещается с частью в ОЗУ, {decode_tps} ток/с</translation>
    </message>
    <message>
        <source>runs on the CPU, {decode_tps} tok/s</source>
        <translation>работает на CPU, {decode_tps} ток/с</translation>
    </message>
    <message>
        <source>fits at {context_tokens}</source>
        <translation>помещается при {context_tokens}</translation>
    </message>
    <message>
        <source>Best pick: the most bits per weight that fits at this context at {min_tps} tok/s or faster</source>
        <translation>Лучший выбор: больше всего бит на вес среди форматов, которые помещаются при этом контексте и дают не менее {min_tps} ток/с</translation>
    </message>
</context>
<context>
    <name>BreakdownPanel</name>
    <message>
        <source>%1 tokens</source>
        <translation>%1 токенов</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Copy settings</source>
        <translation>Копировать параметры</translation>
    </message>
    <message>
        <source>Largest context with this placement: %1 tokens</source>
        <translation>Наибольший контекст при этом размещении: %1 токенов</translation>
    </message>
    <message>
        <source>Largest context if the placement is chosen for it: %1 tokens</source>
        <translation>Наибольший контекст, если размещение подобрать под него: %1 токенов</translation>
    </message>
    <message>
        <source>Largest context with everything on the GPU: %1 tokens</source>
        <translation>Наибольший контекст, когда всё на GPU: %1 токенов</translation>
    </message>
    <message>
        <source>llama.cpp placement: %1</source>
        <translation>Размещение в llama.cpp: %1</translation>
    </message>
    <message>
        <source>Why this placement: %1</source>
        <translation>Почему такое размещение: %1</translation>
    </message>
    <message>
        <source>Alternative: %1, about %2 tokens/s, needs %3 on %4 and %5 of RAM</source>
        <translation>Альтернатива: %1, около %2 токенов/с, нужно %3 на %4 и %5 ОЗУ</translation>
    </message>
    <message>
        <source>Copy the settings that reproduce this estimate: the llama.cpp command line, Ollama's and LM Studio's settings, the vLLM command or the Python code.</source>
        <translation>Скопировать параметры, воспроизводящие эту оценку: командную строку llama.cpp, настройки Ollama и LM Studio, команду vLLM или код на Python.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <source>Total on %1: %2</source>
        <translation>Всего на %1: %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Best pick in the table: %1</source>
        <translation>Лучший выбор в таблице: %1</translation>
    </message>
    <message>
        <source>Memory breakdown</source>
        <translation>Разбивка памяти</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Идёт расчёт…</translation>
    </message>
    <message>
        <source>No context fits this way.</source>
        <translation>При таком размещении не помещается никакой контекст.</translation>
    </message>
    <message>
        <source>What would make it fit:</source>
        <translation>Что поможет поместиться:</translation>
    </message>
    <message>
        <source>Generation: about %1 tokens/s</source>
        <translation>Генерация: около %1 токенов/с</translation>
    </message>
    <message>
        <source>prompt: about %1 tokens/s</source>
        <translation>промпт: около %1 токенов/с</translation>
    </message>
    <message>
        <source>GPU layers: %1 of %2</source>
        <translation>Слоёв на GPU: %1 из %2</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Totals: %1</source>
        <translation>Всего: %1</translation>
    </message>
    <message>
        <source>Likely range: %1</source>
        <translation>Вероятный диапазон: %1</translation>
    </message>
    <message>
        <source>The likely range comes from how far measured runs were from the estimate, term by term (modelled terms carry a band; exact ones do not).</source>
        <translation>Вероятный диапазон основан на том, насколько измеренные запуски отличались от оценки, по каждой статье (у моделируемых статей есть разброс, у точных нет).</translation>
    </message>
    <message>
        <source>Speed assumptions:</source>
        <translation>Допущения для скорости:</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Exact arithmetic</source>
        <translation>Точный расчёт</translation>
    </message>
    <message>
        <source>Modelled (measured constants)</source>
        <translation>Модель (измеренные константы)</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>{file}: field '{field}' must be {expected}, got {value}</source>
        <translation>{file}: поле '{field}' должно быть {expected}, получено {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be lower-case letters, digits, '.' and '-', got {value}</source>
        <translation>{file}: поле '{field}' должно состоять из строчных букв, цифр, '.' и '-', получено {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be an ISO date (YYYY-MM-DD), got {value}</source>
        <translation>{file}: поле '{field}' должно быть датой ISO (ГГГГ-ММ-ДД), получено {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' is missing (every number needs a source)</source>
        <translation>{file}: поле '{field}' отсутствует (у каждого числа должен быть источник)</translation>
    </message>
    <message>
        <source>{file}: field 'config' is wrong: {detail}</source>
        <translation>{file}: поле 'config' неверно: {detail}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' exceeds params_published ({total}), got {value}</source>
        <translation>{file}: поле '{field}' больше params_published ({total}): {value}</translation>
    </message>
    <message>
        <source>{file}: {name} names both {first} and {second}</source>
        <translation>{file}: {name} обозначает и {first}, и {second}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' needs a params_note saying why the counts differ</source>
        <translation>{file}: поле '{field}' требует params_note с объяснением, почему числа расходятся</translation>
    </message>
    <message>
        <source>{file}: the model id {name} is used by two entries</source>
        <translation>{file}: идентификатор модели {name} используется двумя записями</translation>
    </message>
    <message>
        <source>models: no catalog files found in {folder}</source>
        <translation>models: в {folder} нет файлов каталога</translation>
    </message>
    <message>
        <source>{file}: duplicate preset id {value}</source>
        <translation>{file}: повторяющийся id пресета {value}</translation>
    </message>
    <message>
        <source>unknown model {query}</source>
        <translation>неизвестная модель {query}</translation>
    </message>
    <message>
        <source>unknown model {query}; did you mean {near}?</source>
        <translation>неизвестная модель {query}; может быть, {near}?</translation>
    </message>
    <message>
        <source>unknown GPU {query}</source>
        <translation>неизвестный GPU {query}</translation>
    </message>
    <message>
        <source>unknown GPU {query}; did you mean {near}?</source>
        <translation>неизвестный GPU {query}; может быть, {near}?</translation>
    </message>
    <message>
        <source>GPU {query} is ambiguous: it could be {candidates}</source>
        <translation>GPU {query} неоднозначен: это может быть {candidates}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must name a catalog model id, got {value}</source>
        <translation>{file}: поле '{field}' должно называть id модели из каталога, получено {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a weight format {runtime} loads, got {value}</source>
        <translation>{file}: поле '{field}' должно быть форматом весов, который загружает {runtime}, получено {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' is {value} but {model} is {model_kind}</source>
        <translation>{file}: поле '{field}' равно {value}, но {model} — {model_kind}</translation>
    </message>
</context>
<context>
    <name>ChartPlaceholder</name>
    <message>
        <source>Drawing the chart…</source>
        <translation>Рисуется график…</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>cannot check this log: {detail}; pass --model ID (a catalog id, config.json, model folder or .gguf)</source>
        <translation>невозможно проверить этот журнал: {detail}; укажите --model ID (id из каталога, config.json, папку модели или .gguf)</translation>
    </message>
    <message>
        <source>cannot check this log: {detail}; pass --weights FORMAT</source>
        <translation>невозможно проверить этот журнал: {detail}; укажите --weights FORMAT</translation>
    </message>
    <message>
        <source>cannot check this log: {detail}</source>
        <translation>невозможно проверить этот журнал: {detail}</translation>
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
        <translation>Проверка по реальному запуску</translation>
    </message>
    <message>
        <source>Paste the load log of llama.cpp, Ollama or LM Studio (from the model load to the compute buffers), or open a log file. VRAMScope re-estimates that exact setup and shows both, term by term.</source>
        <translation>Вставьте журнал загрузки llama.cpp, Ollama или LM Studio (от загрузки модели до вычислительных буферов) или откройте файл журнала. VRAMScope заново оценит именно эту конфигурацию и покажет оба результата по статьям.</translation>
    </message>
    <message>
        <source>Paste the log here…</source>
        <translation>Вставьте журнал сюда…</translation>
    </message>
    <message>
        <source>&amp;Open log file…</source>
        <translation>&amp;Открыть файл журнала…</translation>
    </message>
    <message>
        <source>Ollama &amp;server log</source>
        <translation>&amp;Журнал сервера Ollama</translation>
    </message>
    <message>
        <source>Not found here; on Linux run: journalctl -u ollama --no-pager</source>
        <translation>Не найден; в Linux выполните: journalctl -u ollama --no-pager</translation>
    </message>
    <message>
        <source>As in the log</source>
        <translation>Как в журнале</translation>
    </message>
    <message>
        <source>Logs often show only part of the model's shape: choose the model that ran</source>
        <translation>Журналы часто показывают лишь часть параметров модели: выберите модель, которая запускалась</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Search the models by name or size</source>
        <translation>Искать модели по названию или размеру</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>&amp;Weight format:</source>
        <translation>&amp;Формат весов:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Проверка</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>В журнале</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Estimate against the log</source>
        <translation>Оценка в сравнении с журналом</translation>
    </message>
    <message>
        <source>&amp;Save check</source>
        <translation>&amp;Сохранить проверку</translation>
    </message>
    <message>
        <source>Keep this check in VRAMScope's data folder</source>
        <translation>Сохранить эту проверку в папке данных VRAMScope</translation>
    </message>
    <message>
        <source>&amp;Export all checks…</source>
        <translation>&amp;Экспорт всех проверок…</translation>
    </message>
    <message>
        <source>Write every saved check to one Markdown or JSON file, for a bug report</source>
        <translation>Записать все сохранённые проверки в один файл Markdown или JSON для отчёта об ошибке</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Open a load log</source>
        <translation>Открыть журнал загрузки</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation>Журналы (*.log *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Only the end of the file was read (%1).</source>
        <translation>Прочитан только конец файла (%1).</translation>
    </message>
    <message>
        <source>Paste a log or open a log file first.</source>
        <translation>Сначала вставьте журнал или откройте файл журнала.</translation>
    </message>
    <message>
        <source>Which model wrote this log? Type to search, Enter to choose.</source>
        <translation>Какая модель записала этот лог? Вводите текст для поиска, Enter — выбрать.</translation>
    </message>
    <message>
        <source>The log names the model “%1”, which is not in the catalog.</source>
        <translation>В логе указана модель «%1», которой нет в каталоге.</translation>
    </message>
    <message>
        <source>Neither the log's model name nor its numbers point at one catalog model: choose the model that ran.</source>
        <translation>Ни название модели в логе, ни его числа не указывают на одну модель каталога: выберите модель, которая запускалась.</translation>
    </message>
    <message>
        <source>The log does not say the weight format: choose it under Weight format, then press Check.</source>
        <translation>В журнале не указан формат весов: выберите его в поле «Формат весов» и нажмите «Проверка».</translation>
    </message>
    <message>
        <source>Cannot check this log: %1</source>
        <translation>Не удаётся проверить этот журнал: %1</translation>
    </message>
    <message>
        <source>all layers on the GPU</source>
        <translation>все слои на GPU</translation>
    </message>
    <message>
        <source>%1 layers on the GPU</source>
        <translation>слоёв на GPU: %1</translation>
    </message>
    <message>
        <source>Re-estimated: %1 · %2 · %3 tokens × %4 · KV %5 · %6 · %7 GPU(s)</source>
        <translation>Повторная оценка: %1 · %2 · %3 токенов × %4 · KV %5 · %6 · GPU: %7</translation>
    </message>
    <message>
        <source>Export all checks</source>
        <translation>Экспорт всех проверок</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Check saved: %1</source>
        <translation>Проверка сохранена: %1</translation>
    </message>
    <message>
        <source>All checks written to %1</source>
        <translation>Все проверки записаны в %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>skipped {file}: {reason}</source>
        <translation>пропущен {file}: {reason}</translation>
    </message>
    <message>
        <source>the last line is cut off; it was skipped</source>
        <translation>последняя строка обрезана; она пропущена</translation>
    </message>
    <message>
        <source>the log holds {count} model loads; the first is used</source>
        <translation>загрузок модели в журнале: {count}; используется первая</translation>
    </message>
    <message>
        <source>flash attention is not in the log; assumed on</source>
        <translation>в журнале нет flash attention; считается включённым</translation>
    </message>
    <message>
        <source>flash attention is not in the log; assumed off</source>
        <translation>в журнале нет flash attention; считается выключенным</translation>
    </message>
    <message>
        <source>the KV cache type is not in the log; assumed f16</source>
        <translation>в журнале нет типа KV-кэша; принят f16</translation>
    </message>
    <message>
        <source>the number of offloaded layers is not in the log; assumed all</source>
        <translation>в журнале нет числа выгруженных слоёв; считается, что все</translation>
    </message>
    <message>
        <source>Ollama's context of {context} tokens is shared by {count} sequences</source>
        <translation>контекст Ollama из {context} токенов делится между {count} последовательностями</translation>
    </message>
    <message>
        <source>the file is {size} MB; its last {limit} MB</source>
        <translation>файл занимает {size} МБ; прочитаны последние {limit} МБ</translation>
    </message>
    <message>
        <source>{key} = {value} in the log is implausible</source>
        <translation>{key} = {value} в журнале неправдоподобно</translation>
    </message>
    <message>
        <source>{device} {kind} buffer of {size} MiB in the log is implausible</source>
        <translation>буфер {kind} на {device} размером {size} МиБ в журнале неправдоподобен</translation>
    </message>
    <message>
        <source>size {value} in the log is implausible</source>
        <translation>размер {value} в журнале неправдоподобен</translation>
    </message>
    <message>
        <source>--ctx-size {value} in the log is implausible</source>
        <translation>--ctx-size {value} в журнале неправдоподобен</translation>
    </message>
    <message>
        <source>could not read the log: {error}</source>
        <translation>не удалось прочитать журнал: {error}</translation>
    </message>
    <message>
        <source>a log must be text, got {type}</source>
        <translation>журнал должен быть текстом, получено {type}</translation>
    </message>
    <message>
        <source>{file} is not a text file</source>
        <translation>{file} — не текстовый файл</translation>
    </message>
    <message>
        <source>the log is {size} MB; VRAMScope reads up to {limit} MB (paste the part from the model load on)</source>
        <translation>журнал занимает {size} МБ; VRAMScope читает до {limit} МБ (вставьте часть, начиная с загрузки модели)</translation>
    </message>
    <message>
        <source>no llama.cpp load lines found (is this a llama.cpp / Ollama log?)</source>
        <translation>не найдено строк загрузки llama.cpp (это журнал llama.cpp / Ollama?)</translation>
    </message>
    <message>
        <source>the log does not say the file type; it needs print_info: file type or general.file_type</source>
        <translation>в журнале не указан тип файла; нужна строка print_info: file type или general.file_type</translation>
    </message>
    <message>
        <source>the log's file type ({value}) is not one VRAMScope models; it needs print_info: file type or general.file_type</source>
        <translation>тип файла в журнале ({value}) VRAMScope не моделирует; нужна строка print_info: file type или general.file_type</translation>
    </message>
    <message>
        <source>the log lacks the model's {fields} (print_info / llm_load_print_meta lines); paste the whole load log or choose the model</source>
        <translation>в журнале нет {fields} модели (строки print_info / llm_load_print_meta); вставьте весь журнал загрузки или выберите модель</translation>
    </message>
    <message>
        <source>the log does not show the model's shape</source>
        <translation>журнал не показывает размеры модели</translation>
    </message>
    <message>
        <source>the model in the log cannot be modelled: {detail}</source>
        <translation>модель из журнала нельзя смоделировать: {detail}</translation>
    </message>
    <message>
        <source>the log lacks the context size (llama_context: n_ctx = ...)</source>
        <translation>в журнале нет размера контекста (llama_context: n_ctx = ...)</translation>
    </message>
    <message>
        <source>the logged settings cannot be estimated: {detail}</source>
        <translation>настройки из журнала нельзя оценить: {detail}</translation>
    </message>
    <message>
        <source>Nothing to compare: the log holds no buffer sizes {runtime} allocated.</source>
        <translation>Сравнивать нечего: в журнале нет размеров буферов, выделенных {runtime}.</translation>
    </message>
    <message>
        <source>Estimate within {error} of what {runtime} allocated on {devices}.</source>
        <translation>Оценка в пределах {error} от того, что {runtime} выделил на {devices}.</translation>
    </message>
    <message>
        <source>Estimate over by {error} on {devices} (largest gap: {term}, {gap} MiB).</source>
        <translation>Оценка завышена на {error} на {devices} (наибольшее расхождение: {term}, {gap} МиБ).</translation>
    </message>
    <message>
        <source>Estimate under by {error} on {devices} (largest gap: {term}, {gap} MiB).</source>
        <translation>Оценка занижена на {error} на {devices} (наибольшее расхождение: {term}, {gap} МиБ).</translation>
    </message>
    <message>
        <source>{device} total within {error} of the measured peak.</source>
        <translation>Итог {device} в пределах {error} от измеренного пика.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <source>no llama.cpp load lines found in {lines} lines (is this a llama.cpp / Ollama log?); not recognised: {examples}</source>
        <translation>в {lines} строках нет строк загрузки llama.cpp (это журнал llama.cpp / Ollama?); не распознано: {examples}</translation>
    </message>
    <message>
        <source>no llama.cpp load lines found in {lines} lines (is this a llama.cpp / Ollama log?); {long} longer than {limit} characters were skipped; not recognised: {examples}</source>
        <translation>в {lines} строках нет строк загрузки llama.cpp (это журнал llama.cpp / Ollama?); пропущено строк длиннее {limit} символов: {long}; не распознано: {examples}</translation>
    </message>
    <message>
        <source>{count} lines longer than {limit} characters were skipped</source>
        <translation>пропущено строк длиннее {limit} символов: {count}</translation>
    </message>
    <message>
        <source>only the first {limit} lines were read</source>
        <translation>прочитаны только первые {limit} строк</translation>
    </message>
    <message>
        <source>written by {family}; llama.cpp output of {first} to {last}</source>
        <translation>записан {family}; вывод llama.cpp от {first} до {last}</translation>
    </message>
    <message>
        <source>written by {family}, llama.cpp build {build}; output of {first} to {last}</source>
        <translation>записан {family}, сборка llama.cpp {build}; вывод от {first} до {last}</translation>
    </message>
    <message>
        <source>written by {family}; llama.cpp output of {first} or later</source>
        <translation>записан {family}; вывод llama.cpp от {first} или позже</translation>
    </message>
    <message>
        <source>written by {family}, llama.cpp build {build}; output of {first} or later</source>
        <translation>записан {family}, сборка llama.cpp {build}; вывод от {first} или позже</translation>
    </message>
    <message>
        <source>this build printed totals, not buffers: what it used on the GPU is compared on the first GPU</source>
        <translation>эта сборка печатала итоги, а не буферы: использованное на GPU сравнивается на первом GPU</translation>
    </message>
    <message>
        <source>the log shows no model (weights) buffers; only what it shows is compared</source>
        <translation>в журнале нет буферов модели (весов); сравнивается только то, что в нём есть</translation>
    </message>
    <message>
        <source>the log shows no KV cache buffers; only what it shows is compared</source>
        <translation>в журнале нет буферов KV-кэша; сравнивается только то, что в нём есть</translation>
    </message>
    <message>
        <source>the log shows no compute buffers; only what it shows is compared</source>
        <translation>в журнале нет вычислительных буферов; сравнивается только то, что в нём есть</translation>
    </message>
    <message>
        <source>the model's shape in the log matches {model} in the catalog</source>
        <translation>форма модели в журнале совпадает с {model} из каталога</translation>
    </message>
    <message>
        <source>the log does not show the context; the weights it shows do not depend on it (estimated at {context_tokens})</source>
        <translation>в журнале нет размера контекста; показанные в нём веса от него не зависят (оценка при {context_tokens})</translation>
    </message>
    <message>
        <source>the log names {model}, taken from the catalog</source>
        <translation>журнал называет {model}; модель взята из каталога</translation>
    </message>
    <message>
        <source>this build kept the output layer ({output_bytes}) on the CPU with -ngl {layers}; today's llama.cpp offloads it first, so the estimate follows the old placement</source>
        <translation>эта сборка держала выходной слой ({output_bytes}) на CPU при -ngl {layers}; нынешняя llama.cpp выгружает его первым, поэтому оценка следует старому размещению</translation>
    </message>
    <message>
        <source>this build stored DeepSeek's full K/V: {logged_bytes}; today's llama.cpp needs {today_bytes}</source>
        <translation>эта сборка хранила полные K/V DeepSeek: {logged_bytes}; нынешней llama.cpp нужно {today_bytes}</translation>
    </message>
    <message>
        <source>this build had no CPU repack buffers; the estimate's {repacked_bytes} repacked copy is left out</source>
        <translation>в этой сборке не было буферов переупаковки CPU; переупакованная копия из оценки ({repacked_bytes}) не учитывается</translation>
    </message>
    <message>
        <source>this build printed the whole mapped file ({file_bytes}) as the CPU buffer; the CPU layers hold {cpu_bytes}</source>
        <translation>эта сборка печатала весь отображённый файл ({file_bytes}) как буфер CPU; слои на CPU занимают {cpu_bytes}</translation>
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
        <translation>active не может превышать total, получено {active} &gt; {total}</translation>
    </message>
    <message>
        <source>{field} must be a non-empty string, got {value}</source>
        <translation>{field} должно быть непустой строкой, получено {value}</translation>
    </message>
    <message>
        <source>MLA needs qk_rope_head_dim and v_head_dim with kv_lora_rank</source>
        <translation>MLA с kv_lora_rank требует qk_rope_head_dim и v_head_dim</translation>
    </message>
    <message>
        <source>{field} must be a non-negative integer, got {value}</source>
        <translation>{field} должно быть неотрицательным целым числом, получено {value}</translation>
    </message>
    <message>
        <source>{field} must be true or false, got {value}</source>
        <translation>{field} должно быть true или false, получено {value}</translation>
    </message>
    <message>
        <source>{divisor_field} must divide {field}: got {divisor} and {value}</source>
        <translation>{field} должно делиться на {divisor_field}: получено {divisor} и {value}</translation>
    </message>
    <message>
        <source>{field} must be an integer from {low} to {high}, got {value}</source>
        <translation>{field} должно быть целым числом от {low} до {high}, получено {value}</translation>
    </message>
    <message>
        <source>{field} must be an integer, got {value}</source>
        <translation>{field} должно быть целым числом, получено {value}</translation>
    </message>
    <message>
        <source>{field} must be a list, got {value}</source>
        <translation>{field} должно быть списком, получено {value}</translation>
    </message>
    <message>
        <source>{field} must be an object, got {value}</source>
        <translation>{field} должно быть объектом, получено {value}</translation>
    </message>
    <message>
        <source>{field} must be one of {allowed}, got {value}</source>
        <translation>{field} должно быть одним из: {allowed}; получено {value}</translation>
    </message>
    <message>
        <source>{field} must be a positive integer, got {value}</source>
        <translation>{field} должно быть положительным целым числом, получено {value}</translation>
    </message>
    <message>
        <source>{field} must be a string, got {value}</source>
        <translation>{field} должно быть строкой, получено {value}</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}, got {value}</source>
        <translation>{field} должно быть от {low} до {high}, получено {value}</translation>
    </message>
    <message>
        <source>{field} must have one entry per layer: got {count} for {n_layers} layers</source>
        <translation>в {field} должна быть одна запись на слой: получено {count} для {n_layers} слоёв</translation>
    </message>
    <message>
        <source>sliding_window must be set when some layers use sliding attention</source>
        <translation>sliding_window должен быть задан, если часть слоёв использует скользящее внимание</translation>
    </message>
    <message>
        <source>{field} has {count} entries, more than {limit}</source>
        <translation>в {field} {count} записей, больше {limit}</translation>
    </message>
    <message>
        <source>linear-attention layers need a known linear_kind, got {value}</source>
        <translation>слоям с линейным вниманием нужен известный linear_kind, получено {value}</translation>
    </message>
    <message>
        <source>config.json has no {key} (needed for {model_type})</source>
        <translation>в config.json нет {key} (нужно для {model_type})</translation>
    </message>
    <message>
        <source>config.json has no {key} (needed for an unnamed model)</source>
        <translation>в config.json нет {key} (нужно для модели без названия типа)</translation>
    </message>
    <message>
        <source>config.json must hold an object, got {value}</source>
        <translation>config.json должен содержать объект, получено {value}</translation>
    </message>
    <message>
        <source>config.json could not be read as a model ({reason})</source>
        <translation>config.json не удалось прочитать как модель ({reason})</translation>
    </message>
    <message>
        <source>weight format {value}: awq supports 4-bit weights only</source>
        <translation>формат весов {value}: awq поддерживает только 4-битные веса</translation>
    </message>
    <message>
        <source>tensor shape must hold non-negative integers, got {value}</source>
        <translation>форма тензора должна состоять из неотрицательных целых чисел, получено {value}</translation>
    </message>
    <message>
        <source>{family} group size must be 16-65536 or per-channel, got {value}</source>
        <translation>размер группы {family} должен быть от 16 до 65536 или по каналам, получено {value}</translation>
    </message>
    <message>
        <source>weight format {value}: {detail}</source>
        <translation>формат весов {value}: {detail}</translation>
    </message>
    <message>
        <source>cannot determine the layer of MoE tensor {tensor}</source>
        <translation>не удаётся определить слой тензора MoE {tensor}</translation>
    </message>
    <message>
        <source>no GGML type fallback for {ggml_type} with rows of {row} elements</source>
        <translation>нет запасного типа GGML для {ggml_type} при строках из {row} элементов</translation>
    </message>
    <message>
        <source>ftype must be a GGUF file type (e.g. q4_k_m, f16), got {value}</source>
        <translation>ftype должен быть типом файла GGUF (например, q4_k_m, f16), получено {value}</translation>
    </message>
    <message>
        <source>tensor row length {row} is not a multiple of the {ggml_type} block of {block} elements (shape {shape})</source>
        <translation>длина строки тензора {row} не кратна блоку {ggml_type} из {block} элементов (форма {shape})</translation>
    </message>
    <message>
        <source>unknown weight format {value}; known: {known}</source>
        <translation>неизвестный формат весов {value}; известные: {known}</translation>
    </message>
    <message>
        <source>unknown GGUF general.file_type {value}</source>
        <translation>неизвестный general.file_type GGUF {value}</translation>
    </message>
    <message>
        <source>unknown GGML type {value}; known: {known}</source>
        <translation>неизвестный тип GGML {value}; известные: {known}</translation>
    </message>
    <message>
        <source>unknown llama ftype {value}</source>
        <translation>неизвестный ftype llama {value}</translation>
    </message>
    <message>
        <source>file tensor must be (name, shape, dtype), got {value}</source>
        <translation>тензор файла должен быть (имя, форма, dtype), получено {value}</translation>
    </message>
    <message>
        <source>gguf_file applies to float and GGUF formats, got {value}</source>
        <translation>gguf_file применим к форматам float и GGUF, получено {value}</translation>
    </message>
    <message>
        <source>layer {layer} reads {active} B per token but holds only {whole} B</source>
        <translation>слой {layer} читает {active} Б на токен, но содержит всего {whole} Б</translation>
    </message>
    <message>
        <source>tensor {tensor} has an invalid shape {value}</source>
        <translation>у тензора {tensor} недопустимая форма {value}</translation>
    </message>
    <message>
        <source>tensor bytes ({total}) must equal the grouped total ({grouped}) and linear + non-linear ({split})</source>
        <translation>байты тензоров ({total}) должны совпадать с суммой по группам ({grouped}) и с линейными + нелинейными ({split})</translation>
    </message>
    <message>
        <source>tensor_names, tensor_types and tensor_bytes must align, got {names}, {types} and {sizes}</source>
        <translation>tensor_names, tensor_types и tensor_bytes должны совпадать по длине, получено {names}, {types} и {sizes}</translation>
    </message>
    <message>
        <source>tensor {tensor} has unknown dtype {value}; known: {known}</source>
        <translation>у тензора {tensor} неизвестный dtype {value}; известные: {known}</translation>
    </message>
    <message>
        <source>kv cache type {value} is not available in {runtime}; use one of {allowed}</source>
        <translation>тип KV-кэша {value} недоступен в {runtime}; используйте один из: {allowed}</translation>
    </message>
    <message>
        <source>lora targets must be module names, got {value}</source>
        <translation>цели LoRA должны быть именами модулей, получено {value}</translation>
    </message>
    <message>
        <source>mode {mode} (training) needs the transformers runtime, got {runtime}</source>
        <translation>режиму {mode} (обучение) нужна среда transformers, получено {runtime}</translation>
    </message>
    <message>
        <source>GPU {gpu}: bandwidth cannot be negative</source>
        <translation>GPU {gpu}: пропускная способность не может быть отрицательной</translation>
    </message>
    <message>
        <source>GPU {gpu}: free memory must be between 0 and total ({total}), got {value}</source>
        <translation>GPU {gpu}: свободная память должна быть от 0 до общей ({total}), получено {value}</translation>
    </message>
    <message>
        <source>GPU {gpu}: total memory must be positive, got {value}</source>
        <translation>GPU {gpu}: общая память должна быть положительной, получено {value}</translation>
    </message>
    <message>
        <source>unknown CPU kind {value}; expected one of {kinds}</source>
        <translation>неизвестный тип CPU {value}; ожидается один из: {kinds}</translation>
    </message>
    <message>
        <source>available RAM must be between 0 and total ({total}), got {value}</source>
        <translation>доступная ОЗУ должна быть от 0 до общей ({total}), получено {value}</translation>
    </message>
    <message>
        <source>RAM total must be positive, got {value}</source>
        <translation>общий объём ОЗУ должен быть положительным, получено {value}</translation>
    </message>
    <message>
        <source>{file}: general.alignment must be a power of two, got {value}</source>
        <translation>{file}: general.alignment должен быть степенью двойки, получено {value}</translation>
    </message>
    <message>
        <source>{file}: general.alignment {value} is implausibly large</source>
        <translation>{file}: general.alignment {value} неправдоподобно велик</translation>
    </message>
    <message>
        <source>{file}: {what} claims {count} elements at byte {pos} but only {left} bytes remain in the file</source>
        <translation>{file}: {what} заявляет {count} элементов на байте {pos}, но в файле осталось только {left} байт</translation>
    </message>
    <message>
        <source>{file}: {what} nests arrays deeper than {limit} levels</source>
        <translation>{file}: {what} вкладывает массивы глубже {limit} уровней</translation>
    </message>
    <message>
        <source>{file}: {detail}</source>
        <translation>{file}: {detail}</translation>
    </message>
    <message>
        <source>{file}: cannot access ({reason})</source>
        <translation>{file}: нет доступа ({reason})</translation>
    </message>
    <message>
        <source>{file}: cannot open ({reason})</source>
        <translation>{file}: не удаётся открыть ({reason})</translation>
    </message>
    <message>
        <source>{file}: cannot read ({reason})</source>
        <translation>{file}: не удаётся прочитать ({reason})</translation>
    </message>
    <message>
        <source>{file} has no {key} (needed for {model_type})</source>
        <translation>в {file} нет {key} (нужно для {model_type})</translation>
    </message>
    <message>
        <source>{file} has no {key} (needed for an unnamed model)</source>
        <translation>в {file} нет {key} (нужно для модели без названия типа)</translation>
    </message>
    <message>
        <source>{file} must hold a JSON object, got {value}</source>
        <translation>{file} должен содержать объект JSON, получено {value}</translation>
    </message>
    <message>
        <source>{file}: duplicate metadata key {key}</source>
        <translation>{file}: повторяющийся ключ метаданных {key}</translation>
    </message>
    <message>
        <source>{file}: duplicate tensor {tensor}</source>
        <translation>{file}: повторяющийся тензор {tensor}</translation>
    </message>
    <message>
        <source>{file}: the folder has no config.json or .gguf file</source>
        <translation>{file}: в папке нет config.json или файла .gguf</translation>
    </message>
    <message>
        <source>{file}: the config mapped from its metadata has no {key} (needed for {model_type})</source>
        <translation>{file}: в конфигурации, полученной из его метаданных, нет {key} (нужно для {model_type})</translation>
    </message>
    <message>
        <source>{file}: the config mapped from its metadata has no {key} (needed for an unnamed model)</source>
        <translation>{file}: в конфигурации, полученной из его метаданных, нет {key} (нужно для модели без названия типа)</translation>
    </message>
    <message>
        <source>{file}: not a GGUF file (only {size} bytes)</source>
        <translation>{file}: это не файл GGUF (всего {size} байт)</translation>
    </message>
    <message>
        <source>{file}: GGUF version 1 is obsolete (2023) and not supported; reconvert it</source>
        <translation>{file}: GGUF версии 1 устарел (2023) и не поддерживается; сконвертируйте модель заново</translation>
    </message>
    <message>
        <source>{file}: unsupported GGUF version {version} (supported: 2 and 3)</source>
        <translation>{file}: неподдерживаемая версия GGUF {version} (поддерживаются 2 и 3)</translation>
    </message>
    <message>
        <source>{file}: GGUF header is larger than {limit} ({what} at byte {pos}); refusing to read further</source>
        <translation>{file}: заголовок GGUF больше {limit} ({what} на байте {pos}); дальше не читаем</translation>
    </message>
    <message>
        <source>{file}: the safetensors header is not valid JSON ({reason})</source>
        <translation>{file}: заголовок safetensors — некорректный JSON ({reason})</translation>
    </message>
    <message>
        <source>{file}: the safetensors header is not UTF-8 text (bad byte at {pos})</source>
        <translation>{file}: заголовок safetensors — не текст в UTF-8 (ошибочный байт на позиции {pos})</translation>
    </message>
    <message>
        <source>{file}: the safetensors header is not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>{file}: заголовок safetensors — некорректный JSON (строка {line}, столбец {column}: {reason})</translation>
    </message>
    <message>
        <source>{file}: the safetensors header is not valid JSON (nested too deeply)</source>
        <translation>{file}: заголовок safetensors — некорректный JSON (слишком глубокая вложенность)</translation>
    </message>
    <message>
        <source>{file} is not valid JSON ({reason})</source>
        <translation>{file} — некорректный JSON ({reason})</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (bad byte at {pos})</source>
        <translation>{file} — не текст в UTF-8 (ошибочный байт на позиции {pos})</translation>
    </message>
    <message>
        <source>{file} is not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>{file} — некорректный JSON (строка {line}, столбец {column}: {reason})</translation>
    </message>
    <message>
        <source>{file} is not valid JSON (nested too deeply)</source>
        <translation>{file} — некорректный JSON (слишком глубокая вложенность)</translation>
    </message>
    <message>
        <source>{file} is {size}, larger than the {limit} limit for this file</source>
        <translation>{file} занимает {size}, больше предела {limit} для этого файла</translation>
    </message>
    <message>
        <source>{file}: GGUF metadata has no {key}</source>
        <translation>{file}: в метаданных GGUF нет {key}</translation>
    </message>
    <message>
        <source>{file}: metadata {key} must be an integer, got {value}</source>
        <translation>{file}: метаданные {key} должны быть целым числом, получено {value}</translation>
    </message>
    <message>
        <source>{file}: metadata {key} must hold integers</source>
        <translation>{file}: метаданные {key} должны содержать целые числа</translation>
    </message>
    <message>
        <source>{file}: GGUF has no general.architecture</source>
        <translation>{file}: в GGUF нет general.architecture</translation>
    </message>
    <message>
        <source>{file}: file is truncated: the tensor data should start at byte {pos}</source>
        <translation>{file}: файл обрезан: данные тензоров должны начинаться с байта {pos}</translation>
    </message>
    <message>
        <source>{file}: GGUF has no token_embd.weight, {arch}.vocab_size or tokenizer.ggml.tokens to tell the vocabulary size</source>
        <translation>{file}: в GGUF нет token_embd.weight, {arch}.vocab_size или tokenizer.ggml.tokens, чтобы узнать размер словаря</translation>
    </message>
    <message>
        <source>{file}: has no weight_map object</source>
        <translation>{file}: нет объекта weight_map</translation>
    </message>
    <message>
        <source>{file}: not a config.json, model folder or .gguf file</source>
        <translation>{file}: это не config.json, не папка модели и не файл .gguf</translation>
    </message>
    <message>
        <source>{file}: no such file or folder</source>
        <translation>{file}: нет такого файла или папки</translation>
    </message>
    <message>
        <source>{file}: not a GGUF file (starts with {magic}, expected b'GGUF')</source>
        <translation>{file}: это не файл GGUF (начинается с {magic}, ожидалось b'GGUF')</translation>
    </message>
    <message>
        <source>{file}: not a regular file</source>
        <translation>{file}: это не обычный файл</translation>
    </message>
    <message>
        <source>{file}: not a safetensors file (the header is not a JSON object)</source>
        <translation>{file}: это не файл safetensors (заголовок — не объект JSON)</translation>
    </message>
    <message>
        <source>{file}: read failed ({reason})</source>
        <translation>{file}: ошибка чтения ({reason})</translation>
    </message>
    <message>
        <source>{file}: the safetensors header is not a JSON object</source>
        <translation>{file}: заголовок safetensors — не объект JSON</translation>
    </message>
    <message>
        <source>{file}: safetensors header claims {count} bytes (limit {limit}); not a safetensors file?</source>
        <translation>{file}: заголовок safetensors заявляет {count} байт (предел {limit}); это точно файл safetensors?</translation>
    </message>
    <message>
        <source>{file}: file is truncated while reading the header</source>
        <translation>{file}: файл обрезан при чтении заголовка</translation>
    </message>
    <message>
        <source>{file}: not a safetensors file (only {size} bytes)</source>
        <translation>{file}: это не файл safetensors (всего {size} байт)</translation>
    </message>
    <message>
        <source>{file}: file is truncated: the safetensors header claims {count} bytes but the file has {size}</source>
        <translation>{file}: файл обрезан: заголовок safetensors заявляет {count} байт, а в файле {size}</translation>
    </message>
    <message>
        <source>{file}: a safetensors checkpoint needs its config.json beside it</source>
        <translation>{file}: рядом с контрольной точкой safetensors должен лежать её config.json</translation>
    </message>
    <message>
        <source>{file}: the folder holds {count} GGUF models ({names}); choose one file</source>
        <translation>{file}: в папке {count} моделей GGUF ({names}); выберите один файл</translation>
    </message>
    <message>
        <source>{file}: {missing} of {count} shards are missing: {names}</source>
        <translation>{file}: не хватает {missing} из {count} частей: {names}</translation>
    </message>
    <message>
        <source>{file}: file is truncated: {what} at byte {pos}</source>
        <translation>{file}: файл обрезан: {what} на байте {pos}</translation>
    </message>
    <message>
        <source>{file}: split.count is {value} but the file name says {count} parts</source>
        <translation>{file}: split.count равен {value}, а имя файла говорит о {count} частях</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} also appears in an earlier part</source>
        <translation>{file}: тензор {tensor} уже встречался в одной из предыдущих частей</translation>
    </message>
    <message>
        <source>{file}: split GGUF is missing {missing} of {count} parts: {names}</source>
        <translation>{file}: у разделённого GGUF не хватает {missing} из {count} частей: {names}</translation>
    </message>
    <message>
        <source>{file}: split.no is {value}, expected {part} from its name</source>
        <translation>{file}: split.no равен {value}, по имени файла ожидалось {part}</translation>
    </message>
    <message>
        <source>{file}: bad split numbering (part {part} of {count})</source>
        <translation>{file}: неверная нумерация частей (часть {part} из {count})</translation>
    </message>
    <message>
        <source>{file}: split.tensors.count is {expected} but the {parts} parts hold {count} tensors</source>
        <translation>{file}: split.tensors.count равен {expected}, но в {parts} частях {count} тензоров</translation>
    </message>
    <message>
        <source>{file}: a string in {what} at byte {pos} claims {count} bytes but {left} remain</source>
        <translation>{file}: строка в {what} на байте {pos} заявляет {count} байт, а осталось {left}</translation>
    </message>
    <message>
        <source>{file}: {what} at byte {pos} claims {count} bytes (limit {limit})</source>
        <translation>{file}: {what} на байте {pos} заявляет {count} байт (предел {limit})</translation>
    </message>
    <message>
        <source>{file}: file is truncated: tensor {tensor} ends at byte {end} of the data but the file has {size} data bytes</source>
        <translation>{file}: файл обрезан: тензор {tensor} заканчивается на байте {end} данных, а в файле {size} байт данных</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has a dimension of {value}</source>
        <translation>{file}: у тензора {tensor} размерность {value}</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has {count} dimensions (expected 1 to {limit})</source>
        <translation>{file}: у тензора {tensor} {count} измерений (ожидалось от 1 до {limit})</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has unknown dtype {value}</source>
        <translation>{file}: у тензора {tensor} неизвестный dtype {value}</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} is also in {other}</source>
        <translation>{file}: тензор {tensor} есть также в {other}</translation>
    </message>
    <message>
        <source>{file}: the name of tensor #{index} at byte {pos} claims {count} bytes (limit {limit})</source>
        <translation>{file}: имя тензора №{index} на байте {pos} заявляет {count} байт (предел {limit})</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} is not in {other} as it says</source>
        <translation>{file}: тензора {tensor} нет в {other}, хотя так указано</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} is not a JSON object</source>
        <translation>{file}: тензор {tensor} — не объект JSON</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} offset {offset} is not a multiple of the alignment {alignment}</source>
        <translation>{file}: смещение {offset} тензора {tensor} не кратно выравниванию {alignment}</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has malformed data_offsets</source>
        <translation>{file}: у тензора {tensor} некорректные data_offsets</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has {count}+ elements (overflows 64 bits)</source>
        <translation>{file}: у тензора {tensor} {count}+ элементов (переполнение 64 бит)</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} at data offset {offset} overlaps tensor {other}</source>
        <translation>{file}: тензор {tensor} по смещению данных {offset} перекрывает тензор {other}</translation>
    </message>
    <message>
        <source>{file}: file is truncated: tensor {tensor} ends at byte {end} but the file has {size} bytes</source>
        <translation>{file}: файл обрезан: тензор {tensor} заканчивается на байте {end}, а в файле {size} байт</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has a row of {row} elements, not a multiple of the {ggml_type} block size {block}</source>
        <translation>{file}: у тензора {tensor} строка из {row} элементов, не кратная размеру блока {ggml_type} ({block})</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has a malformed shape</source>
        <translation>{file}: у тензора {tensor} некорректная форма</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} spans {count} bytes but its shape {shape} of {dtype} needs {need}</source>
        <translation>{file}: тензор {tensor} занимает {count} байт, но его форме {shape} в {dtype} нужно {need}</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has a shape too large to exist</source>
        <translation>{file}: у тензора {tensor} слишком большая форма, чтобы существовать</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has unknown GGML type id {type_id}</source>
        <translation>{file}: у тензора {tensor} неизвестный номер типа GGML {type_id}</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} overlaps tensor {other}</source>
        <translation>{file}: тензор {tensor} перекрывает тензор {other}</translation>
    </message>
    <message>
        <source>{file}: GGUF header needs more than {limit} items to read; giving up</source>
        <translation>{file}: для чтения заголовка GGUF нужно больше {limit} элементов; чтение прекращено</translation>
    </message>
    <message>
        <source>{file}: GGUF header claims {count} metadata entries in a {size} file</source>
        <translation>{file}: заголовок GGUF заявляет {count} записей метаданных в файле размером {size}</translation>
    </message>
    <message>
        <source>{file}: {key} {value} is implausibly large</source>
        <translation>{file}: {key} {value} неправдоподобно велик</translation>
    </message>
    <message>
        <source>{file}: {count} safetensors files (limit {limit})</source>
        <translation>{file}: {count} файлов safetensors (предел {limit})</translation>
    </message>
    <message>
        <source>{file}: lists {count} shards (limit {limit})</source>
        <translation>{file}: перечислено {count} частей (предел {limit})</translation>
    </message>
    <message>
        <source>{file}: GGUF header claims {count} tensors in a {size} file</source>
        <translation>{file}: заголовок GGUF заявляет {count} тензоров в файле размером {size}</translation>
    </message>
    <message>
        <source>{file}: file is truncated: {what} at byte {pos} needs {need} bytes but the file has {size} bytes</source>
        <translation>{file}: файл обрезан: {what} на байте {pos} требует {need} байт, а в файле {size} байт</translation>
    </message>
    <message>
        <source>{file}: {what} has unknown element type {type_id}</source>
        <translation>{file}: у {what} неизвестный тип элементов {type_id}</translation>
    </message>
    <message>
        <source>{file}: {what} has unknown value type {type_id}</source>
        <translation>{file}: у {what} неизвестный тип значения {type_id}</translation>
    </message>
    <message>
        <source>{file}: weight_map[{tensor}] is not a .safetensors name</source>
        <translation>{file}: weight_map[{tensor}] — не имя файла .safetensors</translation>
    </message>
    <message>
        <source>{file}: weight_map names a file outside the folder: {value}</source>
        <translation>{file}: weight_map указывает на файл вне папки: {value}</translation>
    </message>
    <message>
        <source>ignored {kind} on {device}: size {value} is not a size</source>
        <translation>пропущено {kind} на {device}: размер {value} не является размером</translation>
    </message>
    <message>
        <source>ignored buffers on unknown device {device}</source>
        <translation>пропущены буферы на неизвестном устройстве {device}</translation>
    </message>
    <message>
        <source>ignored logged buffer kind {kind}</source>
        <translation>пропущен неизвестный вид буфера в журнале: {kind}</translation>
    </message>
    <message>
        <source>{file}: the symbolic links loop and never reach a file</source>
        <translation>{file}: символические ссылки образуют цикл и не ведут к файлу</translation>
    </message>
    <message>
        <source>{file}: permission denied (no right to read it or to enter its folder)</source>
        <translation>{file}: доступ запрещён (нет права читать его или входить в его папку)</translation>
    </message>
    <message>
        <source>{file}: permission denied (no right to list or enter this folder)</source>
        <translation>{file}: доступ запрещён (нет права просматривать эту папку или входить в неё)</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file</source>
        <translation>{file} — папка, а не файл</translation>
    </message>
    <message>
        <source>{file} is a named pipe (FIFO), not a regular file; it was not opened</source>
        <translation>{file} — именованный канал (FIFO), а не обычный файл; он не открывался</translation>
    </message>
    <message>
        <source>{file} is a device, not a regular file; it was not opened</source>
        <translation>{file} — устройство, а не обычный файл; оно не открывалось</translation>
    </message>
    <message>
        <source>{file} is a socket, not a regular file; it was not opened</source>
        <translation>{file} — сокет, а не обычный файл; он не открывался</translation>
    </message>
    <message>
        <source>{file}: {what} holds {count} arrays inside arrays; at most {limit} are read (llama.cpp reads none)</source>
        <translation>{file}: {what} содержит {count} массивов внутри массивов; читается не более {limit} (llama.cpp не читает ни одного)</translation>
    </message>
    <message>
        <source>{file}: reading this JSON would take about {need_bytes} of memory, more than the {limit_bytes} allowed; real files need far less</source>
        <translation>{file}: чтение этого JSON заняло бы около {need_bytes} памяти, больше допустимых {limit_bytes}; настоящим файлам нужно намного меньше</translation>
    </message>
    <message>
        <source>{file}: not enough memory to read this file</source>
        <translation>{file}: недостаточно памяти, чтобы прочитать этот файл</translation>
    </message>
    <message>
        <source>attention_chunk_size must be set when some layers use chunked attention</source>
        <translation>attention_chunk_size должен быть задан, если некоторые слои используют блочное (chunked) внимание</translation>
    </message>
    <message>
        <source>{file}: the vision projector has no {key}</source>
        <translation>{file}: в проекторе изображений нет {key}</translation>
    </message>
    <message>
        <source>{file}: {key} must be an integer from {low} to {high}, got {value}</source>
        <translation>{file}: {key} должно быть целым числом от {low} до {high}, получено {value}</translation>
    </message>
    <message>
        <source>{file}: {key} must be a string, got {value}</source>
        <translation>{file}: {key} должно быть строкой, получено {value}</translation>
    </message>
    <message>
        <source>{file} is not a vision projector (mmproj): its general.architecture is {value}, not clip</source>
        <translation>{file} — не проектор изображений (mmproj): его general.architecture — {value}, а не clip</translation>
    </message>
    <message>
        <source>{file}: this projector has no vision encoder (an audio mmproj?)</source>
        <translation>{file}: у этого проектора нет кодировщика изображений (аудио-mmproj?)</translation>
    </message>
    <message>
        <source>{file}: the projector has no tensors</source>
        <translation>{file}: в проекторе нет тензоров</translation>
    </message>
    <message>
        <source>{file} is a vision projector (mmproj), not a model: give the model file and this one with --mmproj</source>
        <translation>{file} — проектор изображений (mmproj), а не модель: укажите файл модели, а этот через --mmproj</translation>
    </message>
    <message>
        <source>{file} projects images to width {value}, but {model} has hidden size {hidden}: it belongs to another model</source>
        <translation>{file} проецирует изображения в ширину {value}, но у {model} hidden size {hidden}: он от другой модели</translation>
    </message>
</context>
<context>
    <name>EstimateNotes</name>
    <message>
        <source>llama.cpp runs this model with a full cache (no sliding window).</source>
        <translation>llama.cpp запускает эту модель с полным кэшем (без скользящего окна).</translation>
    </message>
    <message>
        <source>Linear-attention activations assume transformers' PyTorch fallback; with flash-linear-attention installed the prefill needs less.</source>
        <translation>Активации линейного внимания рассчитаны для запасной реализации transformers на PyTorch; с установленным flash-linear-attention prefill требует меньше.</translation>
    </message>
    <message>
        <source>A {v_cache_type} V cache needs flash attention, so this is estimated with flash attention auto (on), as llama.cpp runs it; with --flash-attn off llama.cpp refuses to start.</source>
        <translation>Кэшу V типа {v_cache_type} нужен flash attention, поэтому оценка сделана с flash attention auto (включён), как его запускает llama.cpp; с --flash-attn off llama.cpp не запустится.</translation>
    </message>
    <message>
        <source>CPU weights, GPU-assisted prompt processing: every layer stays in system RAM (-ngl 0), but llama.cpp's CUDA build still hands the prompt's matrix products to the GPU, which reserves {gpu_compute_bytes} for them.</source>
        <translation>Веса на CPU, обработка промпта с помощью GPU: все слои остаются в системной ОЗУ (-ngl 0), но сборка llama.cpp с CUDA всё равно передаёт матричные умножения промпта на GPU, который резервирует для них {gpu_compute_bytes}.</translation>
    </message>
    <message>
        <source>QLoRA normally loads the base model in 4-bit (nf4).</source>
        <translation>QLoRA обычно загружает базовую модель в 4 битах (nf4).</translation>
    </message>
    <message>
        <source>Training stack assumed: Hugging Face transformers with PyTorch SDPA attention; 8-bit AdamW from bitsandbytes.</source>
        <translation>Предполагаемый стек обучения: Hugging Face transformers с вниманием PyTorch SDPA; 8-битный AdamW из bitsandbytes.</translation>
    </message>
    <message>
        <source>Training stack assumed: Hugging Face transformers and PEFT (LoRA adapters in fp32) with PyTorch SDPA attention; 8-bit weights and 8-bit AdamW from bitsandbytes.</source>
        <translation>Предполагаемый стек обучения: Hugging Face transformers и PEFT (адаптеры LoRA в fp32) с вниманием PyTorch SDPA; 8-битные веса и 8-битный AdamW из bitsandbytes.</translation>
    </message>
    <message>
        <source>Training stack assumed: Hugging Face transformers and PEFT (prepare_model_for_kbit_training) with a bitsandbytes 4-bit base and PyTorch SDPA attention.</source>
        <translation>Предполагаемый стек обучения: Hugging Face transformers и PEFT (prepare_model_for_kbit_training) с 4-битной базовой моделью bitsandbytes и вниманием PyTorch SDPA.</translation>
    </message>
    <message>
        <source>Gradient checkpointing is off: every layer keeps its activations for the backward pass. PEFT and Unsloth turn it on.</source>
        <translation>Контрольные точки градиента выключены: каждый слой хранит свои активации для обратного прохода. PEFT и Unsloth их включают.</translation>
    </message>
    <message>
        <source>vLLM reserves gpu_memory_utilization x total memory ({utilization_fraction}) at start, whatever the model needs; the rest of that budget becomes KV cache.</source>
        <translation>vLLM при запуске резервирует gpu_memory_utilization x общий объём памяти ({utilization_fraction}), сколько бы ни требовалось модели; остаток этого бюджета становится KV-кэшем.</translation>
    </message>
    <message>
        <source>A task manager will show {resident_bytes} of RAM, but {needed_bytes} is needed: {reclaimable_bytes} are file pages of repacked weights that the system frees when memory runs short.</source>
        <translation>Диспетчер задач покажет {resident_bytes} ОЗУ, но нужно {needed_bytes}: {reclaimable_bytes} — это страницы файла перепакованных весов, которые система освобождает при нехватке памяти.</translation>
    </message>
    <message>
        <source>{context} tokens is beyond the model's native context of {native_context}: quality may drop without RoPE scaling.</source>
        <translation>{context} токенов превышает родной контекст модели ({native_context}): без масштабирования RoPE качество может упасть.</translation>
    </message>
    <message>
        <source>vLLM turns its hybrid KV cache manager off for chunked local attention by default, so every layer caches the whole context; VLLM_ALLOW_CHUNKED_LOCAL_ATTN_WITH_HYBRID_KV_CACHE=1 keeps one chunk on the local layers.</source>
        <translation>vLLM по умолчанию отключает гибридный менеджер KV-кэша для локального блочного внимания, поэтому каждый слой хранит весь контекст; с VLLM_ALLOW_CHUNKED_LOCAL_ATTN_WITH_HYBRID_KV_CACHE=1 локальные слои хранят один блок.</translation>
    </message>
    <message>
        <source>Images per prompt: {images} x {tokens_per_image} tokens ({px} px each) add {tokens} tokens to the context the KV cache holds.</source>
        <translation>Изображений на запрос: {images} x {tokens_per_image} токенов (по {px} px) добавляют {tokens} токенов к контексту в KV-кэше.</translation>
    </message>
    <message>
        <source>Images per prompt: {images}, but this model has no vision encoder the estimate knows: images are not counted.</source>
        <translation>Изображений на запрос: {images}, но у этой модели нет известного кодировщика изображений: изображения не учитываются.</translation>
    </message>
</context>
<context>
    <name>EstimatorState</name>
    <message>
        <source>The bundled size presets could not be read: %1</source>
        <translation>Не удалось прочитать встроенные пресеты размеров: %1</translation>
    </message>
    <message>
        <source>The model file chosen last time is no longer there (%1): showing %2.</source>
        <translation>Файл модели, выбранный в прошлый раз, больше не существует (%1): показана %2.</translation>
    </message>
    <message>
        <source>Could not read the hardware: %1</source>
        <translation>Не удалось прочитать оборудование: %1</translation>
    </message>
    <message>
        <source>The tensor split %1 does not match %2 GPU(s): splitting by free memory.</source>
        <translation>Разбиение тензоров %1 не подходит к числу GPU (%2): разбиение по свободной памяти.</translation>
    </message>
    <message>
        <source>Cannot open this model: %1</source>
        <translation>Не удаётся открыть модель: %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Search models…</source>
        <translation>Поиск моделей…</translation>
    </message>
    <message>
        <source>Show the rows whose name contains every word typed</source>
        <translation>Показать строки, в названии которых есть все введённые слова</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Поиск моделей</translation>
    </message>
    <message>
        <source>Smallest first</source>
        <translation>Сначала маленькие</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>Сначала большие</translation>
    </message>
    <message>
        <source>Fastest first</source>
        <translation>Сначала быстрые</translation>
    </message>
    <message>
        <source>Longest context first</source>
        <translation>Сначала с длинным контекстом</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Catalog order</source>
        <translation>Порядок каталога</translation>
    </message>
    <message>
        <source>Order of the rows</source>
        <translation>Порядок строк</translation>
    </message>
    <message>
        <source>Sort rows</source>
        <translation>Сортировка строк</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Fits on the GPU</source>
        <translation>Помещается в GPU</translation>
    </message>
    <message>
        <source>Only models with a format that runs all on the GPU</source>
        <translation>Только модели, у которых есть формат, целиком работающий на GPU</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source> tok/s</source>
        <translation> ток/с</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>Не меньше:</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>Все семейства</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>Семейство:</translation>
    </message>
    <message>
        <source>Size from:</source>
        <translation>Размер от:</translation>
    </message>
    <message>
        <source>Size up to:</source>
        <translation>Размер до:</translation>
    </message>
    <message>
        <source>Runtime can load it</source>
        <translation>Среда запуска может её загрузить</translation>
    </message>
    <message>
        <source>Hide models that the chosen runtime cannot load in any format</source>
        <translation>Скрыть модели, которые выбранная среда запуска не может загрузить ни в одном формате</translation>
    </message>
    <message>
        <source>Classics</source>
        <translation>Классика</translation>
    </message>
    <message>
        <source>Show historic models (GPT-2, GPT-3, BLOOM, T5) that articles still quote</source>
        <translation>Показать исторические модели (GPT-2, GPT-3, BLOOM, T5), на которые ещё ссылаются статьи</translation>
    </message>
    <message>
        <source> B parameters</source>
        <translation> млрд параметров</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Фильтры (%1)</translation>
    </message>
</context>
<context>
    <name>FitTable</name>
    <message>
        <source>&lt;b&gt;What fits&lt;/b&gt;</source>
        <translation>&lt;b&gt;Что помещается&lt;/b&gt;</translation>
    </message>
    <message>
        <source>R&amp;ows:</source>
        <translation>С&amp;троки:</translation>
    </message>
    <message>
        <source>Model sizes</source>
        <translation>Размеры моделей</translation>
    </message>
    <message>
        <source>Whole catalog</source>
        <translation>Весь каталог</translation>
    </message>
    <message>
        <source>Chosen model</source>
        <translation>Выбранная модель</translation>
    </message>
    <message>
        <source>What the table's rows are</source>
        <translation>Что показывать в строках таблицы</translation>
    </message>
    <message>
        <source>Fit table</source>
        <translation>Таблица совместимости</translation>
    </message>
    <message>
        <source>Waiting for the hardware…</source>
        <translation>Ожидание данных об оборудовании…</translation>
    </message>
    <message>
        <source>Computing %1 of %2 cells for %3 tokens…</source>
        <translation>Рассчитано %1 из %2 ячеек для %3 токенов…</translation>
    </message>
    <message>
        <source>Context %1 tokens per sequence (each row up to its own maximum); speed in tokens/s, the likely range in brackets.</source>
        <translation>Контекст %1 токенов на последовательность (для каждой строки не больше её максимума); скорость в токенах/с, вероятный диапазон в скобках.</translation>
    </message>
    <message>
        <source>%1 of %2 models shown.</source>
        <translation>Показано моделей: %1 из %2.</translation>
    </message>
</context>
<context>
    <name>FitTableModel</name>
    <message>
        <source>%1 mix</source>
        <translation>смесь %1</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>макс. %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <source>Only your file %1 has this mix of types</source>
        <translation>Такая смесь типов есть только в вашем файле %1</translation>
    </message>
    <message>
        <source>GPU %1 · RAM %2</source>
        <translation>GPU %1 · ОЗУ %2</translation>
    </message>
    <message>
        <source>Context %1 tokens; largest that fits: %2 tokens</source>
        <translation>Контекст %1 токенов; наибольший помещающийся: %2 токенов</translation>
    </message>
    <message>
        <source>Click to chart and break this down</source>
        <translation>Щёлкните, чтобы увидеть график и разбивку</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>(файл)</translation>
    </message>
    <message>
        <source>The format of your file %1: its row uses the file's real tensor sizes, the other rows are estimated for this format</source>
        <translation>Формат вашего файла %1: его строка использует реальные размеры тензоров из файла, остальные строки оценены для этого формата</translation>
    </message>
    <message>
        <source>Architecture of %1</source>
        <translation>Архитектура %1</translation>
    </message>
    <message>
        <source>Your model file: %1</source>
        <translation>Ваш файл модели: %1</translation>
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
        <translation>Файл GGUF (смешанные типы, в основном {main_type})</translation>
    </message>
    <message>
        <source>{name} ({dtype})</source>
        <translation>{name} ({dtype})</translation>
    </message>
    <message>
        <source>FP8 (E4M3, per-channel scales)</source>
        <translation>FP8 (E4M3, масштабы по каналам)</translation>
    </message>
    <message>
        <source>INT8 (bitsandbytes LLM.int8)</source>
        <translation>INT8 (bitsandbytes LLM.int8)</translation>
    </message>
    <message>
        <source>NF4 (bitsandbytes, double quant)</source>
        <translation>NF4 (bitsandbytes, двойное квантование)</translation>
    </message>
    <message>
        <source>FP4 (bitsandbytes)</source>
        <translation>FP4 (bitsandbytes)</translation>
    </message>
    <message>
        <source>MXFP4 experts, BF16 rest (gpt-oss)</source>
        <translation>Эксперты MXFP4, остальное BF16 (gpt-oss)</translation>
    </message>
    <message>
        <source>{name} {bits}-bit (group {group})</source>
        <translation>{name} {bits} бит (группа {group})</translation>
    </message>
    <message>
        <source>{name} {bits}-bit (per channel)</source>
        <translation>{name} {bits} бит (по каналам)</translation>
    </message>
    <message>
        <source>EXL2 {bpw} bpw</source>
        <translation>EXL2 {bpw} бит/вес</translation>
    </message>
</context>
<context>
    <name>Formulas</name>
    <message>
        <source>{layers} of {n_layers} layers</source>
        <translation>{layers} из {n_layers} слоёв</translation>
    </message>
    <message>
        <source>{layers} of {n_layers} layers + output layer</source>
        <translation>{layers} из {n_layers} слоёв + выходной слой</translation>
    </message>
    <message>
        <source>{layers} of {n_layers} layers + output layer (tied: a copy of the token embedding)</source>
        <translation>{layers} из {n_layers} слоёв + выходной слой (связанный: копия эмбеддинга токенов)</translation>
    </message>
    <message>
        <source>token embedding (llama.cpp keeps it in host memory)</source>
        <translation>эмбеддинг токенов (llama.cpp держит его в памяти хоста)</translation>
    </message>
    <message>
        <source>token embedding (llama.cpp keeps it in host memory) + {layers} layers on the CPU</source>
        <translation>эмбеддинг токенов (llama.cpp держит его в памяти хоста) + {layers} слоёв на CPU</translation>
    </message>
    <message>
        <source>token embedding (llama.cpp keeps it in host memory) + output layer</source>
        <translation>эмбеддинг токенов (llama.cpp держит его в памяти хоста) + выходной слой</translation>
    </message>
    <message>
        <source>token embedding (llama.cpp keeps it in host memory) + {layers} layers on the CPU + output layer</source>
        <translation>эмбеддинг токенов (llama.cpp держит его в памяти хоста) + {layers} слоёв на CPU + выходной слой</translation>
    </message>
    <message>
        <source>routed-expert tensors (ffn_*_exps) of {layers} GPU layers kept in system RAM (--n-cpu-moe); the rest of those layers stays on the GPU</source>
        <translation>тензоры маршрутизируемых экспертов (ffn_*_exps) {layers} слоёв GPU хранятся в системной ОЗУ (--n-cpu-moe); остальная часть этих слоёв остаётся на GPU</translation>
    </message>
    <message>
        <source>the CPU backend copies its {types} tensors into an interleaved buffer; the mapped file pages stay resident</source>
        <translation>CPU-бэкенд копирует свои тензоры {types} в перемежённый буфер; отображённые страницы файла остаются в памяти</translation>
    </message>
    <message>
        <source>no cached tokens (linear-attention layers only) as {kv_type}</source>
        <translation>нет кэшированных токенов (только слои линейного внимания), тип {kv_type}</translation>
    </message>
    <message>
        <source>{layers} layers x {cells} cells x ({elements}) elements as {kv_type}</source>
        <translation>{layers} слоёв x {cells} ячеек x ({elements}) элементов, тип {kv_type}</translation>
    </message>
    <message>
        <source>{window_layers} window layers x {window_cells} cells x ({window_elements}) elements as {kv_type}</source>
        <translation>{window_layers} слоёв с окном x {window_cells} ячеек x ({window_elements}) элементов, тип {kv_type}</translation>
    </message>
    <message>
        <source>{layers} layers x {cells} cells x ({elements}) + {window_layers} window layers x {window_cells} cells x ({window_elements}) elements as {kv_type}</source>
        <translation>{layers} слоёв x {cells} ячеек x ({elements}) + {window_layers} слоёв с окном x {window_cells} ячеек x ({window_elements}) элементов, тип {kv_type}</translation>
    </message>
    <message>
        <source>in system RAM: no cached tokens (linear-attention layers only) as {kv_type}</source>
        <translation>в ОЗУ: нет кэшированных токенов (только слои линейного внимания), тип {kv_type}</translation>
    </message>
    <message>
        <source>in system RAM: {layers} layers x {cells} cells x ({elements}) elements as {kv_type}</source>
        <translation>в ОЗУ: {layers} слоёв x {cells} ячеек x ({elements}) элементов, тип {kv_type}</translation>
    </message>
    <message>
        <source>in system RAM: {window_layers} window layers x {window_cells} cells x ({window_elements}) elements as {kv_type}</source>
        <translation>в ОЗУ: {window_layers} слоёв с окном x {window_cells} ячеек x ({window_elements}) элементов, тип {kv_type}</translation>
    </message>
    <message>
        <source>in system RAM: {layers} layers x {cells} cells x ({elements}) + {window_layers} window layers x {window_cells} cells x ({window_elements}) elements as {kv_type}</source>
        <translation>в ОЗУ: {layers} слоёв x {cells} ячеек x ({elements}) + {window_layers} слоёв с окном x {window_cells} ячеек x ({window_elements}) элементов, тип {kv_type}</translation>
    </message>
    <message>
        <source>{layers} linear-attention layers x {sequences} sequences x (conv (kernel - 1) x channels + key x value state per head) in f32; independent of context</source>
        <translation>{layers} слоёв линейного внимания x {sequences} последовательностей x (свёртка (ядро - 1) x каналы + состояние ключ x значение на голову) в f32; не зависит от контекста</translation>
    </message>
    <message>
        <source>logits 4 x n_ubatch x (vocab + hidden), n_ubatch {n_ubatch}</source>
        <translation>логиты 4 x n_ubatch x (vocab + hidden), n_ubatch {n_ubatch}</translation>
    </message>
    <message>
        <source>FFN activations 4 x n_ubatch x (3 ffn + 2 hidden) + KQ mask, n_ubatch {n_ubatch}</source>
        <translation>активации FFN 4 x n_ubatch x (3 ffn + 2 hidden) + маска KQ, n_ubatch {n_ubatch}</translation>
    </message>
    <message>
        <source>Gated DeltaNet chunk 4 x n_ubatch x (2 conv channels + 4 value width + 2 x value heads x 64), modelled, not measured, n_ubatch {n_ubatch}</source>
        <translation>фрагмент Gated DeltaNet 4 x n_ubatch x (2 канала свёртки + 4 ширины значений + 2 x головы значений x 64), смоделировано, не измерено, n_ubatch {n_ubatch}</translation>
    </message>
    <message>
        <source>KQ scores without flash attention: 4 x n_ubatch x (1 + 4 hidden + n_ctx x (1 + heads)), n_ubatch {n_ubatch}</source>
        <translation>оценки KQ без flash attention: 4 x n_ubatch x (1 + 4 hidden + n_ctx x (1 + heads)), n_ubatch {n_ubatch}</translation>
    </message>
    <message>
        <source>graph inputs {input_size} x n_ubatch x hidden + KQ mask {mask_size} x n_ubatch x n_ctx</source>
        <translation>входы графа {input_size} x n_ubatch x hidden + маска KQ {mask_size} x n_ubatch x n_ctx</translation>
    </message>
    <message>
        <source>graph inputs {input_size} x n_ubatch x hidden + KQ mask {mask_size} x n_ubatch x n_ctx + the CPU's expert FFN 4 x n_ubatch x (3 x experts used x expert FFN + 2 hidden), modelled</source>
        <translation>входы графа {input_size} x n_ubatch x hidden + маска KQ {mask_size} x n_ubatch x n_ctx + FFN экспертов на CPU 4 x n_ubatch x (3 x используемые эксперты x FFN эксперта + 2 hidden), модель</translation>
    </message>
    <message>
        <source>the GPU's part of the prompt at -ngl 0: logits 4 x n_ubatch {n_ubatch} x (vocab + hidden) + a copy of the output weights</source>
        <translation>доля GPU в обработке промпта при -ngl 0: логиты 4 x n_ubatch {n_ubatch} x (словарь + hidden) + копия выходных весов</translation>
    </message>
    <message>
        <source>the GPU's part of the prompt at -ngl 0: FFN intermediates for n_ubatch {n_ubatch} + a copy of the largest layer weight</source>
        <translation>доля GPU в обработке промпта при -ngl 0: промежуточные данные FFN для n_ubatch {n_ubatch} + копия самого большого веса слоя</translation>
    </message>
    <message>
        <source>worst-case graph for n_ubatch {n_ubatch} ({reserved_mib} MiB reserved), pages touched by the prompt</source>
        <translation>граф худшего случая для n_ubatch {n_ubatch} (зарезервировано {reserved_mib} МиБ), страницы, затронутые промптом</translation>
    </message>
    <message>
        <source>F16 copy of one layer's quantized K/V for prefill: 2 x cells x width</source>
        <translation>копия квантованных K/V одного слоя в F16 для prefill: 2 x ячейки x ширина</translation>
    </message>
    <message>
        <source>logits 4 x vocab x sequences</source>
        <translation>логиты 4 x vocab x последовательности</translation>
    </message>
    <message>
        <source>CUDA context, cuBLAS and kernel images (measured 597-605 MiB on an H100)</source>
        <translation>контекст CUDA, cuBLAS и образы ядер (измерено 597-605 МиБ на H100)</translation>
    </message>
    <message>
        <source>process, libraries and CUDA runtime host memory</source>
        <translation>процесс, библиотеки и память хоста среды выполнения CUDA</translation>
    </message>
    <message>
        <source>process, libraries, vocabulary and graph metadata</source>
        <translation>процесс, библиотеки, словарь и метаданные графа</translation>
    </message>
    <message>
        <source>{weights} weights as loaded ({gib} GiB)</source>
        <translation>веса {weights} в загруженном виде ({gib} ГиБ)</translation>
    </message>
    <message>
        <source>no cached tokens (linear-attention layers only) as {kv_type} ({tokens} tokens x {sequences} sequences)</source>
        <translation>нет кэшированных токенов (только слои линейного внимания), тип {kv_type} ({tokens} токенов x {sequences} последовательностей)</translation>
    </message>
    <message>
        <source>{layers} layers x {cells} cells x ({elements}) elements as {kv_type} ({tokens} tokens x {sequences} sequences)</source>
        <translation>{layers} слоёв x {cells} ячеек x ({elements}) элементов, тип {kv_type} ({tokens} токенов x {sequences} последовательностей)</translation>
    </message>
    <message>
        <source>{window_layers} window layers x {window_cells} cells x ({window_elements}) elements as {kv_type} ({tokens} tokens x {sequences} sequences)</source>
        <translation>{window_layers} слоёв с окном x {window_cells} ячеек x ({window_elements}) элементов, тип {kv_type} ({tokens} токенов x {sequences} последовательностей)</translation>
    </message>
    <message>
        <source>{layers} layers x {cells} cells x ({elements}) + {window_layers} window layers x {window_cells} cells x ({window_elements}) elements as {kv_type} ({tokens} tokens x {sequences} sequences)</source>
        <translation>{layers} слоёв x {cells} ячеек x ({elements}) + {window_layers} слоёв с окном x {window_cells} ячеек x ({window_elements}) элементов, тип {kv_type} ({tokens} токенов x {sequences} последовательностей)</translation>
    </message>
    <message>
        <source>{layers} linear-attention layers x {sequences} sequences x (conv kernel x channels in the model dtype + f32 key x value state per head)</source>
        <translation>{layers} слоёв линейного внимания x {sequences} последовательностей x (ядро свёртки x каналы в типе модели + состояние ключ x значение на голову в f32)</translation>
    </message>
    <message>
        <source>prefill peak {per_token} B/token x {tokens} tokens x {sequences}: SwiGLU temporaries 3 x intermediate + 4 hidden-size tensors + rotary + ids</source>
        <translation>пик prefill {per_token} Б/токен x {tokens} токенов x {sequences}: временные тензоры SwiGLU 3 x intermediate + 4 тензора размера hidden + rotary + ids</translation>
    </message>
    <message>
        <source>prefill peak {per_token} B/token x {tokens} tokens x {sequences}: Gated DeltaNet f32 chunk tensors (8 x value width) + 4 hidden-size tensors + rotary + ids</source>
        <translation>пик prefill {per_token} Б/токен x {tokens} токенов x {sequences}: тензоры фрагмента Gated DeltaNet в f32 (8 x ширина значений) + 4 тензора размера hidden + rotary + ids</translation>
    </message>
    <message>
        <source>caching allocator: {kv_fraction} of the KV cache (grown by torch.cat each step)</source>
        <translation>кэширующий аллокатор: {kv_fraction} KV-кэша (растёт через torch.cat на каждом шаге)</translation>
    </message>
    <message>
        <source>caching allocator: {kv_fraction} of the KV cache (grown by torch.cat each step) + {head_fraction} of the freed untied head</source>
        <translation>кэширующий аллокатор: {kv_fraction} KV-кэша (растёт через torch.cat на каждом шаге) + {head_fraction} освобождённой несвязанной головы</translation>
    </message>
    <message>
        <source>CUDA context, lazily loaded kernels, cuBLAS workspace (measured 0.68 GiB on H100)</source>
        <translation>контекст CUDA, лениво загружаемые ядра, рабочая область cuBLAS (измерено 0,68 ГиБ на H100)</translation>
    </message>
    <message>
        <source>{weights} weights</source>
        <translation>веса {weights}</translation>
    </message>
    <message>
        <source>{weights} weights with the non-quantized parameters upcast to fp32</source>
        <translation>веса {weights}, неквантованные параметры приведены к fp32</translation>
    </message>
    <message>
        <source>bf16 copy of each weight kept for backward ({dtype_size} B x params)</source>
        <translation>копия каждого веса в bf16, хранимая для обратного прохода ({dtype_size} Б x параметры)</translation>
    </message>
    <message>
        <source>AdamW m and v in the parameter dtype (2 x params)</source>
        <translation>m и v AdamW в типе параметров (2 x параметры)</translation>
    </message>
    <message>
        <source>AdamW m and v in the parameter dtype (2 x params); {trainable} trainable params</source>
        <translation>m и v AdamW в типе параметров (2 x параметры); {trainable} обучаемых параметров</translation>
    </message>
    <message>
        <source>AdamW m and v in the parameter dtype (2 x params); {trainable} trainable params (LoRA r={rank} on {modules})</source>
        <translation>m и v AdamW в типе параметров (2 x параметры); {trainable} обучаемых параметров (LoRA r={rank} на {modules})</translation>
    </message>
    <message>
        <source>8-bit AdamW: 2 B + absmax per 256</source>
        <translation>8-битный AdamW: 2 Б + absmax на каждые 256</translation>
    </message>
    <message>
        <source>8-bit AdamW: 2 B + absmax per 256; {trainable} trainable params</source>
        <translation>8-битный AdamW: 2 Б + absmax на каждые 256; {trainable} обучаемых параметров</translation>
    </message>
    <message>
        <source>8-bit AdamW: 2 B + absmax per 256; {trainable} trainable params (LoRA r={rank} on {modules})</source>
        <translation>8-битный AdamW: 2 Б + absmax на каждые 256; {trainable} обучаемых параметров (LoRA r={rank} на {modules})</translation>
    </message>
    <message>
        <source>SGD momentum buffer (1 x params)</source>
        <translation>буфер момента SGD (1 x параметры)</translation>
    </message>
    <message>
        <source>SGD momentum buffer (1 x params); {trainable} trainable params</source>
        <translation>буфер момента SGD (1 x параметры); {trainable} обучаемых параметров</translation>
    </message>
    <message>
        <source>SGD momentum buffer (1 x params); {trainable} trainable params (LoRA r={rank} on {modules})</source>
        <translation>буфер момента SGD (1 x параметры); {trainable} обучаемых параметров (LoRA r={rank} на {modules})</translation>
    </message>
    <message>
        <source>Adafactor factored second moment (row + column vectors, fp32)</source>
        <translation>факторизованный второй момент Adafactor (векторы строк + столбцов, fp32)</translation>
    </message>
    <message>
        <source>Adafactor factored second moment (row + column vectors, fp32); {trainable} trainable params</source>
        <translation>факторизованный второй момент Adafactor (векторы строк + столбцов, fp32); {trainable} обучаемых параметров</translation>
    </message>
    <message>
        <source>Adafactor factored second moment (row + column vectors, fp32); {trainable} trainable params (LoRA r={rank} on {modules})</source>
        <translation>факторизованный второй момент Adafactor (векторы строк + столбцов, fp32); {trainable} обучаемых параметров (LoRA r={rank} на {modules})</translation>
    </message>
    <message>
        <source>foreach AdamW: 1 x trainable params</source>
        <translation>foreach AdamW: 1 x обучаемые параметры</translation>
    </message>
    <message>
        <source>Adafactor: 2 fp32 copies of the largest tensor</source>
        <translation>Adafactor: 2 копии наибольшего тензора в fp32</translation>
    </message>
    <message>
        <source>{per_layer} B saved per token per layer x {tokens} tokens x {layers} layers</source>
        <translation>{per_layer} Б, сохраняемых на токен на слой x {tokens} токенов x {layers} слоёв</translation>
    </message>
    <message>
        <source>checkpointed layer inputs {res_size} x hidden x {tokens} tokens x {layers} layers</source>
        <translation>входы слоёв при чекпоинтинге {res_size} x hidden x {tokens} токенов x {layers} слоёв</translation>
    </message>
    <message>
        <source>{logit_size} B x batch x seq x vocab (fp32 logits, log-softmax, gradient)</source>
        <translation>{logit_size} Б x batch x seq x vocab (логиты fp32, log-softmax, градиент)</translation>
    </message>
    <message>
        <source>{param_size} B x {trainable} trainable params</source>
        <translation>{param_size} Б x {trainable} обучаемых параметров</translation>
    </message>
    <message>
        <source>{param_size} B x {trainable} trainable params (LoRA r={rank} on {modules})</source>
        <translation>{param_size} Б x {trainable} обучаемых параметров (LoRA r={rank} на {modules})</translation>
    </message>
    <message>
        <source>caching allocator keeps {loss_fraction} of the loss tensors' blocks, {activations_fraction} of the activations</source>
        <translation>кэширующий аллокатор удерживает {loss_fraction} блоков тензоров потерь, {activations_fraction} активаций</translation>
    </message>
    <message>
        <source>caching allocator keeps {loss_fraction} of the loss tensors' blocks, {activations_fraction} of the activations and {autocast_fraction} of the autocast weight copies</source>
        <translation>кэширующий аллокатор удерживает {loss_fraction} блоков тензоров потерь, {activations_fraction} активаций и {autocast_fraction} копий весов autocast</translation>
    </message>
    <message>
        <source>caching allocator keeps {loss_fraction} of the loss tensors' blocks, {activations_fraction} of the activations + the freed untied head</source>
        <translation>кэширующий аллокатор удерживает {loss_fraction} блоков тензоров потерь, {activations_fraction} активаций + освобождённая несвязанная голова</translation>
    </message>
    <message>
        <source>caching allocator keeps {loss_fraction} of the loss tensors' blocks, {activations_fraction} of the activations and {autocast_fraction} of the autocast weight copies + the freed untied head</source>
        <translation>кэширующий аллокатор удерживает {loss_fraction} блоков тензоров потерь, {activations_fraction} активаций и {autocast_fraction} копий весов autocast + освобождённая несвязанная голова</translation>
    </message>
    <message>
        <source>{layers} linear-attention layers x {sequences} sequences: conv (kernel - 1) x channels + key x value state per head, model dtype</source>
        <translation>{layers} слоёв линейного внимания x {sequences} последовательностей: свёртка (ядро - 1) x каналы + состояние ключ x значение на голову, тип модели</translation>
    </message>
    <message>
        <source>{weights} weights / {gpus} GPUs</source>
        <translation>веса {weights} / {gpus} GPU</translation>
    </message>
    <message>
        <source>paged cache for {sequences} x {tokens} tokens in 16-token blocks ({kv_type})</source>
        <translation>страничный кэш на {sequences} x {tokens} токенов блоками по 16 токенов ({kv_type})</translation>
    </message>
    <message>
        <source>profiling peak at {tokens} batched tokens: MLP temporaries + fp32 logits and probabilities for the last token of {sequences} sequences</source>
        <translation>пик профилирующего прохода при {tokens} токенах в пакете: временные тензоры MLP + логиты и вероятности fp32 для последнего токена каждой из {sequences} последовательностей</translation>
    </message>
    <message>
        <source>captured CUDA graphs</source>
        <translation>захваченные графы CUDA</translation>
    </message>
    <message>
        <source>CUDA context, kernels, NCCL and other non-torch memory</source>
        <translation>контекст CUDA, ядра, NCCL и прочая память вне torch</translation>
    </message>
    <message>
        <source>{layers} recurrent layers x {sequences} sequences x (conv kernel x channels + SSM state per head), both in the model dtype</source>
        <translation>{layers} рекуррентных слоёв x {sequences} последовательностей x (ядро свёртки x каналы + состояние SSM на голову), всё в типе модели</translation>
    </message>
    <message>
        <source>mmproj file: {params} parameters of the image encoder and projector in {type}</source>
        <translation>файл mmproj: {params} параметров кодировщика изображений и проектора в {type}</translation>
    </message>
    <message>
        <source>encoder graph for one {px} px image, F32: {patches} patches x (5 x {hidden} + {ff}) + {heads} heads x {patches}² attention scores</source>
        <translation>граф кодировщика для одного изображения {px} px, F32: {patches} патчей x (5 x {hidden} + {ff}) + {heads} голов x {patches}² оценок внимания</translation>
    </message>
    <message>
        <source>encoder graph for one {px} px image, F32, flash attention: {patches} patches x (5 x {hidden} + {ff})</source>
        <translation>граф кодировщика для одного изображения {px} px, F32, flash attention: {patches} патчей x (5 x {hidden} + {ff})</translation>
    </message>
    <message>
        <source>{params} encoder and projector parameters in {dtype}</source>
        <translation>{params} параметров кодировщика и проектора в {dtype}</translation>
    </message>
    <message>
        <source>images per prompt: {images} of {px} px in one forward, {patches} patches x (5 x {hidden} + {ff}) each</source>
        <translation>изображений на запрос: {images} по {px} px за один проход, по {patches} патчей x (5 x {hidden} + {ff})</translation>
    </message>
    <message>
        <source>{params} encoder and projector parameters in bf16 / {gpus} GPUs</source>
        <translation>{params} параметров кодировщика и проектора в bf16 / {gpus} GPU</translation>
    </message>
    <message>
        <source>profiling encodes {items} images of {px} px at once ({images} per prompt, capped by the encoder budget): {patches} patches each + {tokens} embeddings kept per image</source>
        <translation>профилирование кодирует сразу {items} изображений {px} px ({images} на запрос, в пределах бюджета кодировщика): по {patches} патчей + {tokens} эмбеддингов на изображение</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <source>Planning for hardware you described, not for this machine.</source>
        <translation>Расчёт для указанного вами оборудования, а не для этого компьютера.</translation>
    </message>
    <message>
        <source>No GPU given: planning for CPU and RAM only.</source>
        <translation>GPU не указан: расчёт только для CPU и ОЗУ.</translation>
    </message>
    <message>
        <source>GPUs given on the command line (assumed fully free).</source>
        <translation>Видеокарты заданы в командной строке (считаются полностью свободными).</translation>
    </message>
    <message>
        <source>GPUs given on the command line, with the free VRAM given (--free-vram).</source>
        <translation>GPU заданы в командной строке, со свободной видеопамятью, указанной в --free-vram.</translation>
    </message>
    <message>
        <source>“{query}” fits several GPUs; planning for the most common, {gpu} (others: {others}). Give the full name or NAME:GB to choose another.</source>
        <translation>«{query}» подходит к нескольким GPU; расчёт для самого распространённого, {gpu} (другие: {others}). Чтобы выбрать другой, укажите полное название или NAME:GB.</translation>
    </message>
    <message>
        <source>{gpu} is not in the GPU catalog: planned with the memory size given; its memory bandwidth is unknown, so speeds assume {bandwidth_bps}.</source>
        <translation>{gpu} нет в каталоге GPU: расчёт по указанному объёму памяти; пропускная способность его памяти неизвестна, поэтому скорости оценены для {bandwidth_bps}.</translation>
    </message>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <source>--free-vram was given {count} times for {gpus} GPU(s): give it once (the same for every GPU) or once per GPU.</source>
        <translation>--free-vram указан {count} раз для {gpus} GPU: укажите его один раз (одинаково для всех GPU) или по разу на каждый GPU.</translation>
    </message>
    <message>
        <source>RAM speed from the memory type: {memory_type}-{speed_mts}, {channels} channel(s), {bandwidth_bps} theoretical.</source>
        <translation>Скорость ОЗУ по типу памяти: {memory_type}-{speed_mts}, каналов: {channels}, теоретически {bandwidth_bps}.</translation>
    </message>
    <message>
        <source>RAM speed: the published memory bandwidth of the {chip}.</source>
        <translation>Скорость ОЗУ: опубликованная пропускная способность памяти {chip}.</translation>
    </message>
    <message>
        <source>RAM speed measured on this machine: {measured_bps} copy speed.</source>
        <translation>Скорость ОЗУ измерена на этом компьютере: копирование {measured_bps}.</translation>
    </message>
    <message>
        <source>RAM speed as given: {bandwidth_bps}.</source>
        <translation>Скорость ОЗУ задана: {bandwidth_bps}.</translation>
    </message>
    <message>
        <source>RAM speed unknown: assumed {bandwidth_bps} (dual-channel DDR4-3200). Measure it, or give --ram-bandwidth.</source>
        <translation>Скорость ОЗУ неизвестна: принято {bandwidth_bps} (двухканальная DDR4-3200). Измерьте её или укажите --ram-bandwidth.</translation>
    </message>
    <message>
        <source>Hardware detection failed ({error}); plan with --gpu and --ram instead.</source>
        <translation>Не удалось определить оборудование ({error}); задайте его через --gpu и --ram.</translation>
    </message>
    <message>
        <source>NVIDIA GPU detection is off (nvidia-ml-py is not installed: {reason}): planning for CPU and RAM only.</source>
        <translation>Определение GPU NVIDIA отключено (nvidia-ml-py не установлен: {reason}): расчёт только для CPU и ОЗУ.</translation>
    </message>
    <message>
        <source>No NVIDIA driver found (NVML library not installed): planning for CPU and RAM only.</source>
        <translation>Драйвер NVIDIA не найден (библиотека NVML не установлена): расчёт только для CPU и ОЗУ.</translation>
    </message>
    <message>
        <source>An NVIDIA driver is installed but not running (NVML: driver not loaded); planning for CPU and RAM only.</source>
        <translation>Драйвер NVIDIA установлен, но не запущен (NVML: драйвер не загружен); расчёт только для CPU и ОЗУ.</translation>
    </message>
    <message>
        <source>The NVIDIA driver and its NVML library have different versions, usually after a driver update without a reboot (restart to fix): planning for CPU and RAM only.</source>
        <translation>Версии драйвера NVIDIA и его библиотеки NVML различаются — обычно после обновления драйвера без перезагрузки (перезагрузите компьютер): расчёт только для CPU и ОЗУ.</translation>
    </message>
    <message>
        <source>Not allowed to query the NVIDIA driver (permission denied): planning for CPU and RAM only.</source>
        <translation>Нет прав на запрос к драйверу NVIDIA (доступ запрещён): расчёт только для CPU и ОЗУ.</translation>
    </message>
    <message>
        <source>The NVIDIA driver could not be queried ({reason}): planning for CPU and RAM only.</source>
        <translation>Не удалось опросить драйвер NVIDIA ({reason}): расчёт только для CPU и ОЗУ.</translation>
    </message>
    <message>
        <source>The NVIDIA driver is running but reports no GPUs: planning for CPU and RAM only.</source>
        <translation>Драйвер NVIDIA работает, но не видит ни одного GPU: расчёт только для CPU и ОЗУ.</translation>
    </message>
    <message>
        <source>No usable NVIDIA GPU: planning for CPU and RAM only.</source>
        <translation>Нет пригодного GPU NVIDIA: расчёт только для CPU и ОЗУ.</translation>
    </message>
    <message>
        <source>No usable NVIDIA GPU left: planning for CPU and RAM only.</source>
        <translation>Пригодных GPU NVIDIA не осталось: расчёт только для CPU и ОЗУ.</translation>
    </message>
    <message>
        <source>{gpu} stopped responding while being read ({reason}); it is left out of the plan. Restarting the computer usually brings it back.</source>
        <translation>{gpu} перестал отвечать во время чтения ({reason}); он не учитывается в расчёте. Обычно помогает перезагрузка компьютера.</translation>
    </message>
    <message>
        <source>{gpu}: the driver does not report its memory size ({reason}); it is left out of the plan. Use --gpu "NAME:GB" to plan for it.</source>
        <translation>{gpu}: драйвер не сообщает объём его памяти ({reason}); он не учитывается в расчёте. Чтобы учесть его, используйте --gpu "NAME:GB".</translation>
    </message>
    <message>
        <source>{gpu} is split into MIG instances: one program sees only its instance's memory, so the card's total overstates what one model can use.</source>
        <translation>{gpu} разделён на экземпляры MIG: программа видит только память своего экземпляра, поэтому полный объём карты больше, чем доступно одной модели.</translation>
    </message>
    <message>
        <source>{gpu} drives a display: the desktop holds some of its memory, and free VRAM changes as windows open and close.</source>
        <translation>{gpu} выводит изображение на монитор: рабочий стол занимает часть его памяти, и свободная видеопамять меняется при открытии и закрытии окон.</translation>
    </message>
    <message>
        <source>{gpu}: the programs using its memory cannot be listed (permission denied); run as administrator or root to see them.</source>
        <translation>{gpu}: не удаётся получить список программ, занимающих его память (доступ запрещён); чтобы их увидеть, запустите от имени администратора или root.</translation>
    </message>
    <message>
        <source>Integrated GPU ignored: {device} has no memory of its own (it borrows system RAM), so it is counted as RAM, not as a GPU.</source>
        <translation>Встроенный GPU не учитывается: у {device} нет своей памяти (он занимает системную ОЗУ), поэтому он считается ОЗУ, а не GPU.</translation>
    </message>
    <message>
        <source>Integrated GPU ignored: {device} has no memory of its own (it borrows system RAM), so it is counted as RAM, not as a GPU. The NVIDIA GPU is the one planned for.</source>
        <translation>Встроенный GPU не учитывается: у {device} нет своей памяти (он занимает системную ОЗУ), поэтому он считается ОЗУ, а не GPU. Расчёт ведётся для GPU NVIDIA.</translation>
    </message>
    <message>
        <source>GPU ignored: {device} is not an NVIDIA GPU; VRAMScope reads NVIDIA GPUs only (through NVML). Use --gpu "NAME:GB" to plan for it.</source>
        <translation>GPU не учитывается: {device} — не GPU NVIDIA; VRAMScope читает только GPU NVIDIA (через NVML). Чтобы учесть его, используйте --gpu "NAME:GB".</translation>
    </message>
    <message>
        <source>Windows: when VRAM runs out the NVIDIA driver may silently use system RAM as 'shared GPU memory', which is very slow.</source>
        <translation>Windows: когда видеопамять заканчивается, драйвер NVIDIA может незаметно использовать системную ОЗУ как «общую память GPU», а это очень медленно.</translation>
    </message>
    <message>
        <source>WSL2: RAM is the WSL virtual machine's limit (set in .wslconfig), not the whole PC's; the GPU is shared with Windows programs, and the NVIDIA driver may spill VRAM into shared GPU memory as on Windows.</source>
        <translation>WSL2: ОЗУ — это лимит виртуальной машины WSL (задаётся в .wslconfig), а не всего ПК; GPU делится с программами Windows, и драйвер NVIDIA может вытеснять видеопамять в общую память GPU, как в Windows.</translation>
    </message>
    <message>
        <source>Apple Silicon: the GPU shares system RAM (unified memory); macOS lets it use about {share_gib} GiB of it, which is planned as GPU memory.</source>
        <translation>Apple Silicon: GPU использует общую системную память (единая память); macOS отдаёт ему около {share_gib} ГиБ, и они учитываются как память GPU.</translation>
    </message>
    <message>
        <source>GPU memory is not measured: NVIDIA GPU detection is off (nvidia-ml-py is not installed: {reason}); RAM is still measured.</source>
        <translation>Память GPU не измеряется: определение GPU NVIDIA отключено (nvidia-ml-py не установлен: {reason}); ОЗУ по-прежнему измеряется.</translation>
    </message>
    <message>
        <source>GPU memory is not measured: No NVIDIA driver found (NVML library not installed); RAM is still measured.</source>
        <translation>Память GPU не измеряется: драйвер NVIDIA не найден (библиотека NVML не установлена); ОЗУ по-прежнему измеряется.</translation>
    </message>
    <message>
        <source>GPU memory is not measured: An NVIDIA driver is installed but not running (NVML: driver not loaded); RAM is still measured.</source>
        <translation>Память GPU не измеряется: драйвер NVIDIA установлен, но не запущен (NVML: драйвер не загружен); ОЗУ по-прежнему измеряется.</translation>
    </message>
    <message>
        <source>GPU memory is not measured: The NVIDIA driver and its NVML library have different versions, usually after a driver update without a reboot (restart to fix); RAM is still measured.</source>
        <translation>Память GPU не измеряется: версии драйвера NVIDIA и его библиотеки NVML различаются — обычно после обновления драйвера без перезагрузки (перезагрузите компьютер); ОЗУ по-прежнему измеряется.</translation>
    </message>
    <message>
        <source>GPU memory is not measured: Not allowed to query the NVIDIA driver (permission denied); RAM is still measured.</source>
        <translation>Память GPU не измеряется: нет прав на запрос к драйверу NVIDIA (доступ запрещён); ОЗУ по-прежнему измеряется.</translation>
    </message>
    <message>
        <source>GPU memory is not measured: The NVIDIA driver could not be queried ({reason}); RAM is still measured.</source>
        <translation>Память GPU не измеряется: не удалось опросить драйвер NVIDIA ({reason}); ОЗУ по-прежнему измеряется.</translation>
    </message>
    <message>
        <source>GPU memory is not measured: The NVIDIA driver is running but reports no GPUs; RAM is still measured.</source>
        <translation>Память GPU не измеряется: драйвер NVIDIA работает, но не видит ни одного GPU; ОЗУ по-прежнему измеряется.</translation>
    </message>
    <message>
        <source>GPU memory is not measured (NVML failed: {error}).</source>
        <translation>Память GPU не измеряется (ошибка NVML: {error}).</translation>
    </message>
    <message>
        <source>NVML stopped answering {at_s} s into the run: GPU readings stop there (the samples before are kept); RAM is still measured.</source>
        <translation>NVML перестал отвечать через {at_s} с замера: показания GPU на этом обрываются (более ранние сохранены); ОЗУ по-прежнему измеряется.</translation>
    </message>
    <message>
        <source>Reading the GPUs failed ({error}).</source>
        <translation>Не удалось прочитать GPU ({error}).</translation>
    </message>
    <message>
        <source>{gpu} stopped responding {at_s} s into the run (lost, reset or removed); its earlier samples are kept.</source>
        <translation>{gpu} перестал отвечать через {at_s} с замера (потерян, сброшен или извлечён); более ранние замеры сохранены.</translation>
    </message>
    <message>
        <source>{gpu} appeared {at_s} s into the run.</source>
        <translation>{gpu} появился через {at_s} с после начала замера.</translation>
    </message>
    <message>
        <source>GPU {index} is a different card since {at_s} s into the run: {gpu}.</source>
        <translation>GPU {index} — другая карта начиная с {at_s} с замера: {gpu}.</translation>
    </message>
    <message>
        <source>{gpu}: its memory use cannot be read ({reason}).</source>
        <translation>{gpu}: не удаётся прочитать занятую память ({reason}).</translation>
    </message>
    <message>
        <source>{gpu} drives a display: windows opening and closing change its memory too, so the baseline subtraction is approximate.</source>
        <translation>{gpu} выводит изображение на монитор: открытие и закрытие окон тоже меняет его память, поэтому вычитание исходного уровня приблизительно.</translation>
    </message>
    <message>
        <source>{gpu}: the programs using its memory cannot be listed ({reason}); only the GPU's total is measured.</source>
        <translation>{gpu}: не удаётся получить список программ, занимающих его память ({reason}); измеряется только общий объём GPU.</translation>
    </message>
    <message>
        <source>{gpu}: the driver does not say how much memory each program holds (Windows does not report it); only the GPU's total is measured.</source>
        <translation>{gpu}: драйвер не сообщает, сколько памяти занимает каждая программа (Windows этого не сообщает); измеряется только общий объём GPU.</translation>
    </message>
    <message>
        <source>System RAM cannot be read ({error}).</source>
        <translation>Не удаётся прочитать системную ОЗУ ({error}).</translation>
    </message>
    <message>
        <source>The memory of {process} cannot be read (permission denied); run VRAMScope as the same user or as administrator.</source>
        <translation>Не удаётся прочитать память {process} (доступ запрещён); запустите VRAMScope от того же пользователя или от имени администратора.</translation>
    </message>
    <message>
        <source>The memory of {process} cannot be read ({error}).</source>
        <translation>Не удаётся прочитать память {process} ({error}).</translation>
    </message>
    <message>
        <source>{process} exited {at_s} s into the run.</source>
        <translation>{process} завершился через {at_s} с замера.</translation>
    </message>
    <message>
        <source>The list of running programs cannot be read ({error}); only the given process ids are watched.</source>
        <translation>Не удаётся прочитать список запущенных программ ({error}); отслеживаются только заданные идентификаторы процессов.</translation>
    </message>
    <message>
        <source>{count} programs match; only the first {limit} by process id are watched. Name the program more precisely.</source>
        <translation>Подходит программ: {count}; отслеживаются только первые {limit} по идентификатору процесса. Укажите программу точнее.</translation>
    </message>
    <message>
        <source>Further notes were left out.</source>
        <translation>Остальные замечания опущены.</translation>
    </message>
    <message>
        <source>The sampling thread did not stop within {wait_s} s (a driver call hung); the recording ends at the last sample taken.</source>
        <translation>Поток замеров не остановился за {wait_s} с (завис вызов драйвера); запись заканчивается последним сделанным замером.</translation>
    </message>
    <message>
        <source>A sample failed ({error}).</source>
        <translation>Замер не удался ({error}).</translation>
    </message>
    <message>
        <source>Sampling stopped early ({error}).</source>
        <translation>Замеры прервались раньше времени ({error}).</translation>
    </message>
    <message>
        <source>{file}: field '{field}' ({value}) is larger than {total_field} ({total})</source>
        <translation>{file}: поле '{field}' ({value}) больше, чем {total_field} ({total})</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a note or a string, got {value}</source>
        <translation>{file}: поле '{field}' должно быть заметкой или строкой, получено {value}</translation>
    </message>
    <message>
        <source>{file}: not a VRAMScope recording ('format' must be {expected})</source>
        <translation>{file}: это не запись VRAMScope ('format' должен быть {expected})</translation>
    </message>
    <message>
        <source>{file}: recording version {value} is not supported (this VRAMScope reads version {supported}); update VRAMScope</source>
        <translation>{file}: версия записи {value} не поддерживается (эта версия VRAMScope читает версию {supported}); обновите VRAMScope</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a list of {count} items: {layout}</source>
        <translation>{file}: поле '{field}' должно быть списком из {count} элементов: {layout}</translation>
    </message>
    <message>
        <source>{file}: field '{field}': the same GPU index appears twice</source>
        <translation>{file}: поле '{field}': один и тот же номер GPU встречается дважды</translation>
    </message>
    <message>
        <source>{file}: field '{field}': the same pid appears twice</source>
        <translation>{file}: поле '{field}': один и тот же pid встречается дважды</translation>
    </message>
    <message>
        <source>{file}: field '{field}': GPU {index} is not listed in 'gpus'</source>
        <translation>{file}: поле '{field}': GPU {index} не указан в 'gpus'</translation>
    </message>
    <message>
        <source>{file}: field '{field}': times must not decrease, {value} after {previous}</source>
        <translation>{file}: поле '{field}': время не должно уменьшаться, {value} после {previous}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' ({value}) is less than the samples stored ({count})</source>
        <translation>{file}: поле '{field}' ({value}) меньше числа сохранённых замеров ({count})</translation>
    </message>
    <message>
        <source>The NVIDIA driver did not answer within {wait_s} s: its GPUs are left out until it does (Refresh reads them again).</source>
        <translation>Драйвер NVIDIA не ответил за {wait_s} с: его GPU не учитываются, пока он не ответит («Обновить» прочитает их снова).</translation>
    </message>
    <message>
        <source>The run was too long to save whole: {kept} of {total} samples were kept, every peak among them.</source>
        <translation>Запуск слишком длинный, чтобы сохранить его целиком: сохранено {kept} из {total} замеров, включая все пики.</translation>
    </message>
</context>
<context>
    <name>HostileData</name>
    <message>
        <source>field {field} has the wrong type or value: {value}</source>
        <translation>поле {field} имеет неверный тип или значение: {value}</translation>
    </message>
    <message>
        <source>field {field} holds text that is not valid Unicode</source>
        <translation>поле {field} содержит текст, не являющийся корректным Юникодом</translation>
    </message>
    <message>
        <source>not a check this version can read (format {value})</source>
        <translation>эту проверку данная версия прочитать не может (формат {value})</translation>
    </message>
</context>
<context>
    <name>JsonData</name>
    <message>
        <source>{file}: cannot read ({reason})</source>
        <translation>{file}: не удаётся прочитать ({reason})</translation>
    </message>
    <message>
        <source>{file}: larger than {limit} bytes; not a file VRAMScope reads</source>
        <translation>{file}: больше {limit} байт; VRAMScope не читает такие файлы</translation>
    </message>
    <message>
        <source>{file}: not UTF-8 text</source>
        <translation>{file}: это не текст в UTF-8</translation>
    </message>
    <message>
        <source>{file}: not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>{file}: некорректный JSON (строка {line}, столбец {column}: {reason})</translation>
    </message>
    <message>
        <source>{file}: JSON nested too deeply (more than {limit} levels)</source>
        <translation>{file}: слишком глубокая вложенность JSON (больше {limit} уровней)</translation>
    </message>
    <message>
        <source>{file}: {value} is not a number (JSON has no NaN or Infinity)</source>
        <translation>{file}: {value} — не число (в JSON нет NaN и Infinity)</translation>
    </message>
    <message>
        <source>{file}: a number has too many digits</source>
        <translation>{file}: в числе слишком много цифр</translation>
    </message>
    <message>
        <source>{file}: expected a JSON object, got {value}</source>
        <translation>{file}: ожидался объект JSON, получено {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' is not a known field (known: {known})</source>
        <translation>{file}: поле '{field}' неизвестно (известные: {known})</translation>
    </message>
    <message>
        <source>{file}: field '{field}' is missing</source>
        <translation>{file}: поле '{field}' отсутствует</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a string, got {value}</source>
        <translation>{file}: поле '{field}' должно быть строкой, получено {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a non-empty string, got {value}</source>
        <translation>{file}: поле '{field}' должно быть непустой строкой, получено {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' is longer than {limit} characters</source>
        <translation>{file}: поле '{field}' длиннее {limit} символов</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be an integer, got {value}</source>
        <translation>{file}: поле '{field}' должно быть целым числом, получено {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be at least {minimum}, got {value}</source>
        <translation>{file}: поле '{field}' должно быть не меньше {minimum}, получено {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be at most {maximum}, got {value}</source>
        <translation>{file}: поле '{field}' должно быть не больше {maximum}, получено {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a number, got {value}</source>
        <translation>{file}: поле '{field}' должно быть числом, получено {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a finite number, got {value}</source>
        <translation>{file}: поле '{field}' должно быть конечным числом, получено {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be positive, got {value}</source>
        <translation>{file}: поле '{field}' должно быть положительным, получено {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be true or false, got {value}</source>
        <translation>{file}: поле '{field}' должно быть true или false, получено {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be one of {allowed}, got {value}</source>
        <translation>{file}: поле '{field}' должно быть одним из: {allowed}, получено {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be an object, got {value}</source>
        <translation>{file}: поле '{field}' должно быть объектом, получено {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a list, got {value}</source>
        <translation>{file}: поле '{field}' должно быть списком, получено {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' holds {count} items, more than the {limit} allowed</source>
        <translation>{file}: в поле '{field}' {count} элементов, больше допустимых {limit}</translation>
    </message>
</context>
<context>
    <name>MachinePanel</name>
    <message>
        <source>Integrated GPU ignored: it has no memory of its own and counts as RAM.</source>
        <translation>Встроенный GPU не учитывается: своей памяти у него нет, она считается как ОЗУ.</translation>
    </message>
    <message>
        <source>A GPU that is not NVIDIA was ignored; use “Plan for other hardware” for it.</source>
        <translation>GPU не от NVIDIA не учитывается; для него используйте «Другое оборудование».</translation>
    </message>
    <message>
        <source>Windows may spill into shared GPU memory when VRAM runs out (very slow).</source>
        <translation>Когда видеопамять заканчивается, Windows может использовать общую память GPU (очень медленно).</translation>
    </message>
    <message>
        <source>WSL2: RAM is the virtual machine's limit; the GPU is shared with Windows.</source>
        <translation>WSL2: ОЗУ ограничена лимитом виртуальной машины; GPU делится с Windows.</translation>
    </message>
    <message>
        <source>Apple Silicon: the GPU shares system RAM (unified memory).</source>
        <translation>Apple Silicon: GPU использует общую с системой память (единая память).</translation>
    </message>
    <message>
        <source>No usable NVIDIA GPU found: planning for CPU and RAM only.</source>
        <translation>Подходящий GPU NVIDIA не найден: расчёт только для CPU и ОЗУ.</translation>
    </message>
    <message>
        <source>A GPU drives a display: the desktop holds some of its memory.</source>
        <translation>GPU подключён к монитору: часть его памяти занята рабочим столом.</translation>
    </message>
    <message>
        <source>A GPU is split into MIG instances: one program sees only its share.</source>
        <translation>GPU разделён на экземпляры MIG: программа видит только свою долю.</translation>
    </message>
    <message>
        <source>The programs using GPU memory cannot be listed without administrator rights.</source>
        <translation>Без прав администратора нельзя узнать, какие программы занимают память GPU.</translation>
    </message>
    <message>
        <source>A GPU stopped responding and is left out of the plan.</source>
        <translation>GPU перестал отвечать и не учитывается.</translation>
    </message>
    <message>
        <source>A GPU does not report its memory size and is left out of the plan.</source>
        <translation>GPU не сообщает объём памяти и не учитывается.</translation>
    </message>
    <message>
        <source>Hardware detection failed; use “Plan for other hardware”.</source>
        <translation>Не удалось определить оборудование; используйте «Другое оборудование».</translation>
    </message>
    <message>
        <source>Your machine</source>
        <translation>Ваш компьютер</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Read free GPU memory and RAM again</source>
        <translation>Заново прочитать свободную память GPU и ОЗУ</translation>
    </message>
    <message>
        <source>Plan for &amp;other hardware…</source>
        <translation>&amp;Другое оборудование…</translation>
    </message>
    <message>
        <source>Pick GPUs from the catalog and a RAM size instead of this machine's</source>
        <translation>Выбрать GPU из каталога и объём ОЗУ вместо оборудования этого компьютера</translation>
    </message>
    <message>
        <source>Use &amp;this machine</source>
        <translation>&amp;Этот компьютер</translation>
    </message>
    <message>
        <source>Go back to the detected hardware</source>
        <translation>Вернуться к обнаруженному оборудованию</translation>
    </message>
    <message>
        <source>Measure R&amp;AM speed</source>
        <translation>Измерить скорость &amp;ОЗУ</translation>
    </message>
    <message>
        <source>Copy a few hundred MB in memory for under a second and plan CPU layers at the speed seen (kept for the next start)</source>
        <translation>Скопировать несколько сотен МБ в памяти (меньше секунды) и считать слои на CPU с измеренной скоростью (сохраняется до следующего запуска)</translation>
    </message>
    <message>
        <source>Detecting hardware…</source>
        <translation>Определение оборудования…</translation>
    </message>
    <message>
        <source>No usable GPU: planning for CPU and RAM.</source>
        <translation>Подходящего GPU нет: расчёт для CPU и ОЗУ.</translation>
    </message>
    <message>
        <source>%1 available of %2</source>
        <translation>доступно %1 из %2</translation>
    </message>
    <message>
        <source>System RAM</source>
        <translation>Оперативная память</translation>
    </message>
    <message>
        <source>Could not measure the RAM speed: %1</source>
        <translation>Не удалось измерить скорость ОЗУ: %1</translation>
    </message>
    <message>
        <source>used %1 · free %2 · total %3</source>
        <translation>занято %1 · свободно %2 · всего %3</translation>
    </message>
    <message>
        <source>Using it: %1</source>
        <translation>Используют: %1</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> и ещё %1</translation>
    </message>
    <message>
        <source>The programs holding this GPU's memory are not known.</source>
        <translation>Неизвестно, какие программы занимают память этого GPU.</translation>
    </message>
    <message>
        <source>No program holds memory on this GPU.</source>
        <translation>Ни одна программа не занимает память этого GPU.</translation>
    </message>
    <message>
        <source>Programs holding memory:</source>
        <translation>Программы, занимающие память:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The settings file could not be read and was reset to defaults; the old file was kept as %1</source>
        <translation>Файл настроек не удалось прочитать, настройки сброшены; старый файл сохранён как %1</translation>
    </message>
    <message>
        <source>The settings file could not be read and was reset to defaults: %1</source>
        <translation>Файл настроек не удалось прочитать, настройки сброшены: %1</translation>
    </message>
    <message>
        <source>The settings file is from a newer VRAMScope: it is read as far as this version understands it, and changes are not saved to it (%1)</source>
        <translation>Файл настроек создан более новой версией VRAMScope: прочитано то, что понимает эта версия, изменения в него не сохраняются (%1)</translation>
    </message>
    <message>
        <source>The settings file could not be read and no copy could be made: defaults are used and the file is left as it is (%1)</source>
        <translation>Файл настроек не удалось прочитать, и сделать его копию не удалось: используются настройки по умолчанию, файл оставлен как есть (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open model file…</source>
        <translation>&amp;Открыть файл модели…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Copy breakdown as &amp;text</source>
        <translation>Копировать разбивку как &amp;текст</translation>
    </message>
    <message>
        <source>Copy breakdown as &amp;Markdown</source>
        <translation>Копировать разбивку как &amp;Markdown</translation>
    </message>
    <message>
        <source>Save chart as &amp;PNG…</source>
        <translation>Сохранить график в &amp;PNG…</translation>
    </message>
    <message>
        <source>Save chart as &amp;SVG…</source>
        <translation>Сохранить график в &amp;SVG…</translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation>Сохранить &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Hardware</source>
        <translation>&amp;Оборудование</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Plan for &amp;other hardware…</source>
        <translation>&amp;Другое оборудование…</translation>
    </message>
    <message>
        <source>Use &amp;this machine</source>
        <translation>&amp;Этот компьютер</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Проверка</translation>
    </message>
    <message>
        <source>Check a &amp;real run…</source>
        <translation>Проверить по &amp;реальному запуску…</translation>
    </message>
    <message>
        <source>Compare the estimate with the buffers a llama.cpp / Ollama load log shows</source>
        <translation>Сравнить оценку с буферами из журнала загрузки llama.cpp / Ollama</translation>
    </message>
    <message>
        <source>&amp;Measure…</source>
        <translation>&amp;Измерить…</translation>
    </message>
    <message>
        <source>&amp;Clear the measured peak from the chart</source>
        <translation>&amp;Убрать измеренный пик с графика</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About VRAMScope</source>
        <translation>&amp;О программе VRAMScope</translation>
    </message>
    <message>
        <source>VRAMScope — %1</source>
        <translation>VRAMScope — %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Идёт расчёт…</translation>
    </message>
    <message>
        <source>Open model file</source>
        <translation>Открыть файл модели</translation>
    </message>
    <message>
        <source>Model files (config.json *.json *.gguf *.safetensors);;All files (*)</source>
        <translation>Файлы моделей (config.json *.json *.gguf *.safetensors);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Nothing to export yet.</source>
        <translation>Пока нечего экспортировать.</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Сохранить график в PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Сохранить график в SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Изображения SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save JSON</source>
        <translation>Сохранить JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Measure a run</source>
        <translation>Измерение запуска</translation>
    </message>
    <message>
        <source>Press Start, then load and use the model in another program (a long prompt shows the real peak). VRAMScope samples GPU memory and RAM; press Stop when done and compare the peak with the estimate.</source>
        <translation>Нажмите «Старт», затем загрузите и используйте модель в другой программе (длинный промпт покажет настоящий пик). VRAMScope замеряет память GPU и ОЗУ; по окончании нажмите «Стоп» и сравните пик с оценкой.</translation>
    </message>
    <message>
        <source>any program (whole GPU and RAM)</source>
        <translation>любая программа (весь GPU и ОЗУ)</translation>
    </message>
    <message>
        <source>Programs to watch by name (commas separate names); empty: measure the whole GPU and RAM</source>
        <translation>Отслеживаемые программы по имени (через запятую); пусто — измерять весь GPU и ОЗУ</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>П&amp;рограмма:</translation>
    </message>
    <message>
        <source>Compare with &amp;model:</source>
        <translation>Сравнить с &amp;моделью:</translation>
    </message>
    <message>
        <source>&amp;Weight format:</source>
        <translation>&amp;Формат весов:</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>токенов</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Контекст:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Старт</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Сто&amp;п</translation>
    </message>
    <message>
        <source>&lt;b&gt;Added since Start&lt;/b&gt;</source>
        <translation>&lt;b&gt;Прибавилось после старта&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сейчас&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Peak&lt;/b&gt;</source>
        <translation>&lt;b&gt;Пик&lt;/b&gt;</translation>
    </message>
    <message>
        <source>VRAM (all GPUs)</source>
        <translation>VRAM (все GPU)</translation>
    </message>
    <message>
        <source>System RAM</source>
        <translation>Оперативная память</translation>
    </message>
    <message>
        <source>Watched programs (resident)</source>
        <translation>Отслеживаемые программы (резидентная)</translation>
    </message>
    <message>
        <source>Sa&amp;ve recording…</source>
        <translation>Сохранить &amp;запись…</translation>
    </message>
    <message>
        <source>&amp;Open recording…</source>
        <translation>&amp;Открыть запись…</translation>
    </message>
    <message>
        <source>Show on c&amp;hart</source>
        <translation>Показать на &amp;графике</translation>
    </message>
    <message>
        <source>Mark the measured peak on the memory chart at the measured context</source>
        <translation>Отметить измеренный пик на графике памяти при измеренном контексте</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>No estimate yet: the hardware is being read.</source>
        <translation>Оценки пока нет: идёт чтение оборудования.</translation>
    </message>
    <message>
        <source>Estimate: %1 on the GPU (likely %2), %3 in RAM.</source>
        <translation>Оценка: %1 на GPU (вероятно %2), %3 в ОЗУ.</translation>
    </message>
    <message>
        <source>Estimate: %1 in RAM (likely %2).</source>
        <translation>Оценка: %1 в ОЗУ (вероятно %2).</translation>
    </message>
    <message>
        <source>No estimate for this setup: %1</source>
        <translation>Нет оценки для этой конфигурации: %1</translation>
    </message>
    <message>
        <source>Cannot measure: %1</source>
        <translation>Не удаётся измерить: %1</translation>
    </message>
    <message>
        <source>Measuring… load and use the model now, then press Stop.</source>
        <translation>Идёт измерение… загрузите и используйте модель, затем нажмите «Стоп».</translation>
    </message>
    <message>
        <source>GPUs are unavailable (no NVIDIA driver or NVML): measuring system RAM and the programs' resident memory only.</source>
        <translation>GPU недоступны (нет драйвера NVIDIA или NVML): измеряются только системная ОЗУ и резидентная память программ.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>%1 samples over %2 s.</source>
        <translation>Замеров: %1 за %2 с.</translation>
    </message>
    <message>
        <source>GPUs were unavailable: RAM and resident memory only.</source>
        <translation>GPU были недоступны: только ОЗУ и резидентная память.</translation>
    </message>
    <message>
        <source>No estimate to compare with.</source>
        <translation>Нет оценки для сравнения.</translation>
    </message>
    <message>
        <source>The recording holds nothing to compare.</source>
        <translation>В записи нет данных для сравнения.</translation>
    </message>
    <message>
        <source>VRAM: measured %1, estimated %2 (likely %3).</source>
        <translation>VRAM: измерено %1, оценка %2 (вероятно %3).</translation>
    </message>
    <message>
        <source>RAM: measured %1, estimated %2 (likely %3).</source>
        <translation>ОЗУ: измерено %1, оценка %2 (вероятно %3).</translation>
    </message>
    <message>
        <source>Inside the likely range.</source>
        <translation>В пределах вероятного диапазона.</translation>
    </message>
    <message>
        <source>Above the likely range: the estimate is too low.</source>
        <translation>Выше вероятного диапазона: оценка занижена.</translation>
    </message>
    <message>
        <source>Below the likely range: the estimate is too high.</source>
        <translation>Ниже вероятного диапазона: оценка завышена.</translation>
    </message>
    <message>
        <source>Save recording</source>
        <translation>Сохранить запись</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>Открыть запись</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Файлы JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Recording saved: %1</source>
        <translation>Запись сохранена: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
</context>
<context>
    <name>MemoryChart</name>
    <message>
        <source>Compare formats</source>
        <translation>Сравнить форматы</translation>
    </message>
    <message>
        <source>Overlay the total of other weight formats</source>
        <translation>Наложить итог для других форматов весов</translation>
    </message>
    <message>
        <source>&lt;b&gt;Memory vs context&lt;/b&gt; · %1 · %2</source>
        <translation>&lt;b&gt;Память и контекст&lt;/b&gt; · %1 · %2</translation>
    </message>
    <message>
        <source>Memory (%1)</source>
        <translation>Память (%1)</translation>
    </message>
    <message>
        <source>Context (tokens per sequence, log scale)</source>
        <translation>Контекст (токенов на последовательность, лог. шкала)</translation>
    </message>
    <message>
        <source>Likely range</source>
        <translation>Вероятный диапазон</translation>
    </message>
    <message>
        <source>Total, %1</source>
        <translation>Итого, %1</translation>
    </message>
    <message>
        <source>%1 (above the chart)</source>
        <translation>%1 (выше графика)</translation>
    </message>
    <message>
        <source>Estimated RAM</source>
        <translation>Оценка ОЗУ</translation>
    </message>
    <message>
        <source>Estimated VRAM</source>
        <translation>Оценка VRAM</translation>
    </message>
    <message>
        <source>Measured peak: %1 at %2 tokens</source>
        <translation>Измеренный пик: %1 при %2 токенов</translation>
    </message>
    <message>
        <source>Measured %1</source>
        <translation>Измерено %1</translation>
    </message>
    <message>
        <source>free VRAM</source>
        <translation>свободная VRAM</translation>
    </message>
    <message>
        <source>total VRAM</source>
        <translation>вся VRAM</translation>
    </message>
    <message>
        <source>free VRAM + RAM</source>
        <translation>свободная VRAM + ОЗУ</translation>
    </message>
    <message>
        <source>available RAM</source>
        <translation>доступная ОЗУ</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>контекст %1</translation>
    </message>
    <message>
        <source>fits up to %1</source>
        <translation>помещается до %1</translation>
    </message>
    <message>
        <source>Largest context that fits: %1 tokens</source>
        <translation>Наибольший помещающийся контекст: %1 токенов</translation>
    </message>
    <message>
        <source>Likely %1 at %2 tokens</source>
        <translation>Вероятно %1 при %2 токенов</translation>
    </message>
    <message>
        <source>At %1 tokens: total %2</source>
        <translation>При %1 токенах: всего %2</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ModelNotes</name>
    <message>
        <source>vision tower not counted: estimate covers the text model only</source>
        <translation>визуальная часть не учтена: оценка только для текстовой модели</translation>
    </message>
    <message>
        <source>layer_types[{index}] {value} estimated as full attention</source>
        <translation>layer_types[{index}] {value} оценён как полное внимание</translation>
    </message>
    <message>
        <source>quantization {method} not recognised: weights estimated from the dtype</source>
        <translation>квантование {method} не распознано: веса оценены по dtype</translation>
    </message>
    <message>
        <source>{field} {value} not recognised: assumed bfloat16</source>
        <translation>{field} {value} не распознан: принят bfloat16</translation>
    </message>
    <message>
        <source>multi-token prediction block not counted (transformers drops it; llama.cpp loads it only from GGUFs that include it)</source>
        <translation>блок предсказания нескольких токенов не учтён (transformers его отбрасывает; llama.cpp загружает его только из GGUF, где он есть)</translation>
    </message>
    <message>
        <source>unknown model_type {value}: estimated as a generic decoder</source>
        <translation>неизвестный model_type {value}: оценён как обычный декодер</translation>
    </message>
    <message>
        <source>ignored consolidated*.safetensors: the folder also has Hugging Face shards with the same weights</source>
        <translation>consolidated*.safetensors пропущены: в папке есть части Hugging Face с теми же весами</translation>
    </message>
    <message>
        <source>{count} tensors in the shards are not listed in {file}</source>
        <translation>тензоров в частях, не указанных в {file}: {count}</translation>
    </message>
    <message>
        <source>GGUF architecture {arch} is mapped by its generic llama.cpp fields</source>
        <translation>архитектура GGUF {arch} прочитана по общим полям llama.cpp</translation>
    </message>
</context>
<context>
    <name>ModelPickerDialog</name>
    <message>
        <source>Which model ran?</source>
        <translation>Какая модель запускалась?</translation>
    </message>
    <message>
        <source>Search: a name or a size, e.g. qwen2.5 14</source>
        <translation>Поиск: название или размер, например qwen2.5 14</translation>
    </message>
    <message>
        <source>Search the models</source>
        <translation>Поиск моделей</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Модели</translation>
    </message>
    <message>
        <source>%1 (agrees with the log)</source>
        <translation>%1 (совпадает с логом)</translation>
    </message>
    <message>
        <source>%1 of %2 models</source>
        <translation>%1 из %2 моделей</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>--tensor-split must be positive numbers separated by commas, such as 3,1, got {value}</source>
        <translation>--tensor-split должен быть списком положительных чисел через запятую, например 3,1, получено {value}</translation>
    </message>
    <message>
        <source>--tensor-split needs one number per GPU: got {count} ({value}) for {gpus} GPU(s)</source>
        <translation>--tensor-split требует по одному числу на GPU: получено {count} ({value}) для GPU: {gpus}</translation>
    </message>
    <message>
        <source>the tensor split needs one positive number per GPU ({gpus}), got {value}</source>
        <translation>разбиение тензоров требует по одному положительному числу на GPU ({gpus}), получено {value}</translation>
    </message>
    <message>
        <source>{option} applies to {applies} only, not to --runtime {runtime}</source>
        <translation>{option} относится только к {applies}, а не к --runtime {runtime}</translation>
    </message>
    <message>
        <source>{option} {value} and --batch {batch} disagree: both set the number of sequences; give one of them</source>
        <translation>{option} {value} и --batch {batch} противоречат друг другу: оба задают число последовательностей; укажите только один</translation>
    </message>
</context>
<context>
    <name>OtherHardwareDialog</name>
    <message>
        <source>Plan for other hardware</source>
        <translation>Расчёт для другого оборудования</translation>
    </message>
    <message>
        <source>Choose GPUs (Ctrl+click for several) and the system RAM to plan for.</source>
        <translation>Выберите GPU (Ctrl+щелчок — несколько) и объём оперативной памяти.</translation>
    </message>
    <message>
        <source>Search GPUs, e.g. 4090</source>
        <translation>Поиск GPU, например 4090</translation>
    </message>
    <message>
        <source>All GPUs</source>
        <translation>Все GPU</translation>
    </message>
    <message>
        <source>Desktop and datacenter</source>
        <translation>Настольные и серверные</translation>
    </message>
    <message>
        <source>Laptop GPUs</source>
        <translation>Ноутбучные GPU</translation>
    </message>
    <message>
        <source>Apple Silicon (unified memory)</source>
        <translation>Apple Silicon (общая память)</translation>
    </message>
    <message>
        <source>Show only one kind of GPU</source>
        <translation>Показать только один вид GPU</translation>
    </message>
    <message>
        <source>How many of each chosen GPU</source>
        <translation>Сколько штук каждого выбранного GPU</translation>
    </message>
    <message>
        <source>Count of each:</source>
        <translation>Количество каждого:</translation>
    </message>
    <message>
        <source>all of it</source>
        <translation>вся</translation>
    </message>
    <message>
        <source>VRAM left free on each GPU by other programs, e.g. 10.5 on a 12 GB card whose browser and desktop hold 1.5 (vramscope --free-vram). Lowest: all of it free.</source>
        <translation>Видеопамять, которую другие программы оставляют свободной на каждом GPU, например 10,5 на карте 12 ГБ, где браузер и рабочий стол занимают 1,5 (vramscope --free-vram). Минимум: свободна вся.</translation>
    </message>
    <message>
        <source>Free VRAM on each:</source>
        <translation>Свободно VRAM на каждом:</translation>
    </message>
    <message>
        <source>e.g. RTX 2050 Laptop:4</source>
        <translation>например, RTX 2050 Laptop:4</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>ГиБ</translation>
    </message>
    <message>
        <source>A GPU that is not in the list: its name and memory size in GB. Give its memory bandwidth too, or speeds assume a typical one.</source>
        <translation>GPU, которого нет в списке: его название и объём памяти в ГБ. Укажите и пропускную способность памяти, иначе скорость оценивается по типичной.</translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation>ГБ/с</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>The custom GPU's memory bandwidth, from its specifications (bus width in bits / 8 x data rate in Gbps); the speed estimate reads its weights at it.</source>
        <translation>Пропускная способность памяти своего GPU из его характеристик (ширина шины в битах / 8 × скорость передачи в Гбит/с); оценка скорости читает веса с этой скоростью.</translation>
    </message>
    <message>
        <source>Custom GPU (NAME:GB):</source>
        <translation>Свой GPU (НАЗВАНИЕ:ГБ):</translation>
    </message>
    <message>
        <source>Custom GPU bandwidth:</source>
        <translation>Пропускная способность своего GPU:</translation>
    </message>
    <message>
        <source>System RAM:</source>
        <translation>Оперативная память:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>GiB (2³⁰ bytes: a 12 GB card shows 12.0, as nvidia-smi and Windows)</source>
        <translation>ГиБ (2³⁰ байт: карта на 12 ГБ показывает 12,0, как nvidia-smi и Windows)</translation>
    </message>
    <message>
        <source>GB (10⁹ bytes, as drive makers count)</source>
        <translation>ГБ (10⁹ байт, как считают производители дисков)</translation>
    </message>
    <message>
        <source>The unit of every size in the window, the chart, the dialogs and the copied breakdown. llama.cpp's load log is compared in MiB, as it prints.</source>
        <translation>Единица всех размеров в окне, на графике, в диалогах и в копируемой разбивке. Журнал загрузки llama.cpp сравнивается в МиБ, как он их печатает.</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Единицы:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>токенов/с</translation>
    </message>
    <message>
        <source>The best pick in the table and the suggestions under the verdict decode at least this fast (vramscope --min-speed).</source>
        <translation>Лучший выбор в таблице и советы под вердиктом генерируют не медленнее этого (vramscope --min-speed).</translation>
    </message>
    <message>
        <source>Usable &amp;speed:</source>
        <translation>Приемлемая &amp;скорость:</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Recent &amp;files</source>
        <translation>Последние &amp;файлы</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (не найден)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Нет последних файлов</translation>
    </message>
    <message>
        <source>&amp;Clear recent files</source>
        <translation>&amp;Очистить список последних файлов</translation>
    </message>
    <message>
        <source>%1 is no longer there: it was removed from Recent files.</source>
        <translation>%1 больше не существует: он удалён из списка последних файлов.</translation>
    </message>
    <message>
        <source>Added %1 to the table (config.json: the architecture only; each format's size is estimated)</source>
        <translation>%1 добавлена в таблицу (config.json: только архитектура; размер каждого формата оценивается)</translation>
    </message>
    <message>
        <source>Added %1 %2 (%3, %4) to the table</source>
        <translation>%1 %2 (%3, %4) добавлена в таблицу</translation>
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
        <translation>Типовые размеры</translation>
    </message>
    <message>
        <source>Your model files</source>
        <translation>Ваши файлы моделей</translation>
    </message>
    <message>
        <source>Your catalog</source>
        <translation>Ваш каталог</translation>
    </message>
    <message>
        <source>%1 (like %2)</source>
        <translation>%1 (как %2)</translation>
    </message>
    <message>
        <source>What to run</source>
        <translation>Что запускать</translation>
    </message>
    <message>
        <source>Type to search the catalog; Enter picks the match</source>
        <translation>Начните вводить для поиска по каталогу; Enter выбирает совпадение</translation>
    </message>
    <message>
        <source>Open model file…</source>
        <translation>Открыть файл модели…</translation>
    </message>
    <message>
        <source>A config.json, a model folder or a GGUF file (you can also drop one here)</source>
        <translation>config.json, папка модели или файл GGUF (их можно и перетащить сюда)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>The program that runs the model</source>
        <translation>Программа, которая запускает модель</translation>
    </message>
    <message>
        <source>&amp;Runtime:</source>
        <translation>&amp;Среда запуска:</translation>
    </message>
    <message>
        <source>Inference (chat, generation)</source>
        <translation>Инференс (чат, генерация)</translation>
    </message>
    <message>
        <source>LoRA fine-tuning</source>
        <translation>Дообучение LoRA</translation>
    </message>
    <message>
        <source>QLoRA fine-tuning (4-bit base)</source>
        <translation>Дообучение QLoRA (4-битная основа)</translation>
    </message>
    <message>
        <source>Full fine-tuning</source>
        <translation>Полное дообучение</translation>
    </message>
    <message>
        <source>Fine-tuning is estimated for transformers + PEFT</source>
        <translation>Дообучение оценивается для transformers + PEFT</translation>
    </message>
    <message>
        <source>&amp;Workload:</source>
        <translation>&amp;Задача:</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>AdamW 8-bit</source>
        <translation>AdamW 8-бит</translation>
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
        <translation>Ранг LoRA r</translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation>Контрольные точки градиентов</translation>
    </message>
    <message>
        <source>Recompute activations in the backward pass</source>
        <translation>Пересчитывать активации при обратном проходе</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>Оптимизатор:</translation>
    </message>
    <message>
        <source>LoRA rank:</source>
        <translation>Ранг LoRA:</translation>
    </message>
    <message>
        <source>Context length per sequence (log scale)</source>
        <translation>Длина контекста на последовательность (лог. шкала)</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> токенов</translation>
    </message>
    <message>
        <source>Type an exact context length</source>
        <translation>Введите точную длину контекста</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Контекст:</translation>
    </message>
    <message>
        <source>Parallel sequences (llama.cpp -np, vLLM batch) or training batch size</source>
        <translation>Параллельные последовательности (llama.cpp -np, пакет vLLM) или размер пакета при обучении</translation>
    </message>
    <message>
        <source>&amp;Parallel sequences:</source>
        <translation>&amp;Параллельных последовательностей:</translation>
    </message>
    <message>
        <source>Data type of the KV cache (llama.cpp -ctk/-ctv)</source>
        <translation>Тип данных KV-кэша (llama.cpp -ctk/-ctv)</translation>
    </message>
    <message>
        <source>&amp;KV cache:</source>
        <translation>&amp;KV-кэш:</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>Flash attention shrinks the compute buffers</source>
        <translation>Flash attention уменьшает вычислительные буферы</translation>
    </message>
    <message>
        <source>&amp;Flash attention:</source>
        <translation>&amp;Flash attention:</translation>
    </message>
    <message>
        <source>Half the context</source>
        <translation>Половина контекста</translation>
    </message>
    <message>
        <source>The prompt you expect to send, for the speed (vramscope --prompt-tokens); memory does not depend on it</source>
        <translation>Ожидаемая длина запроса, для оценки скорости (vramscope --prompt-tokens); на память не влияет</translation>
    </message>
    <message>
        <source>Prompt lengt&amp;h:</source>
        <translation>Длина &amp;запроса:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Images per prompt for a vision model (vramscope --images): their tokens join the context and the runtime holds the image encoder</source>
        <translation>Изображения на запрос для визуальной модели (vramscope --images): их токены добавляются к контексту, а среда держит кодировщик изображений</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Изображения:</translation>
    </message>
    <message>
        <source>%1 layers, context up to %2 tokens</source>
        <translation>%1 слоёв, контекст до %2 токенов</translation>
    </message>
    <message>
        <source>%1 B parameters</source>
        <translation>%1 млрд параметров</translation>
    </message>
    <message>
        <source>%1 M parameters</source>
        <translation>%1 млн параметров</translation>
    </message>
    <message>
        <source>, %1 B active</source>
        <translation>, активных %1 млрд</translation>
    </message>
    <message>
        <source>, %1 M active</source>
        <translation>, активных %1 млн</translation>
    </message>
    <message>
        <source>up to %1 tokens of context</source>
        <translation>контекст до %1 токенов</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Размер батча:</translation>
    </message>
    <message>
        <source>Context length per sequence (log scale): %1</source>
        <translation>Длина контекста на последовательность (лог. шкала): %1</translation>
    </message>
</context>
<context>
    <name>RunSettings</name>
    <message>
        <source>Run settings</source>
        <translation>Параметры запуска</translation>
    </message>
    <message>
        <source>llama.cpp server (llama-server):</source>
        <translation>Сервер llama.cpp (llama-server):</translation>
    </message>
    <message>
        <source>llama.cpp in a terminal (llama-cli):</source>
        <translation>llama.cpp в терминале (llama-cli):</translation>
    </message>
    <message>
        <source>Ollama Modelfile:</source>
        <translation>Modelfile для Ollama:</translation>
    </message>
    <message>
        <source>Ollama server environment variables:</source>
        <translation>Переменные окружения сервера Ollama:</translation>
    </message>
    <message>
        <source>LM Studio: GPU offload {gpu_offload} of {of_layers} layers, context length {context}, K cache {k_cache}, V cache {v_cache}, Flash Attention {flash}.</source>
        <translation>LM Studio: выгрузка на GPU {gpu_offload} из {of_layers} слоёв, длина контекста {context}, кэш K {k_cache}, кэш V {v_cache}, Flash Attention {flash}.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>vLLM:</source>
        <translation>Сервер vLLM:</translation>
    </message>
    <message>
        <source>Python (transformers, PEFT, bitsandbytes):</source>
        <translation>Код на Python (transformers, PEFT, bitsandbytes):</translation>
    </message>
    <message>
        <source>Ollama has no setting for {options}: use llama-server to reproduce this placement.</source>
        <translation>В Ollama нет настройки для {options}: чтобы воспроизвести это размещение, используйте llama-server.</translation>
    </message>
    <message>
        <source>LM Studio's load settings may lack {options}: use llama-server to reproduce this placement exactly.</source>
        <translation>В настройках загрузки LM Studio может не быть {options}: чтобы точно воспроизвести это размещение, используйте llama-server.</translation>
    </message>
    <message>
        <source>{model} stands for a model of this size: put the file or repository you use in its place.</source>
        <translation>{model} обозначает модель такого размера: подставьте вместо него свой файл или репозиторий.</translation>
    </message>
</context>
<context>
    <name>RuntimeErrors</name>
    <message>
        <source>{runtime} cannot load {value} weights; use a GGUF type such as q4_k_m</source>
        <translation>{runtime} не может загрузить веса {value}; используйте тип GGUF, например q4_k_m</translation>
    </message>
    <message>
        <source>{runtime} cannot load {value} weights; use bf16, nf4, gptq-4bit or awq-4bit</source>
        <translation>{runtime} не может загрузить веса {value}; используйте bf16, nf4, gptq-4bit или awq-4bit</translation>
    </message>
    <message>
        <source>{runtime} cannot load GGUF weights ({value}); use llama.cpp</source>
        <translation>{runtime} не может загрузить веса GGUF ({value}); используйте llama.cpp</translation>
    </message>
    <message>
        <source>{value} runs on a GPU; this machine has none (use llama.cpp)</source>
        <translation>{value} работает на GPU; на этом компьютере его нет (используйте llama.cpp)</translation>
    </message>
    <message>
        <source>number of GPUs must be 0 or more, got {value}</source>
        <translation>число GPU должно быть 0 или больше, получено {value}</translation>
    </message>
    <message>
        <source>gpu layers must be 0 or more, got {value}</source>
        <translation>число слоёв на GPU должно быть 0 или больше, получено {value}</translation>
    </message>
    <message>
        <source>lora target {value} is not a linear module of {model}; known: {known}</source>
        <translation>цель LoRA {value} не является линейным модулем {model}; известные: {known}</translation>
    </message>
    <message>
        <source>full fine-tuning needs float weights (fp32 or bf16), got {value}</source>
        <translation>полное дообучение требует весов с плавающей точкой (fp32 или bf16), получено {value}</translation>
    </message>
    <message>
        <source>term {field} has negative bytes: {value}</source>
        <translation>у слагаемого {field} отрицательный размер: {value}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{option}: expected a size in GB such as 24, got {value}</source>
        <translation>{option}: ожидался размер в ГБ, например 24, получено {value}</translation>
    </message>
    <message>
        <source>{option} must be between {low_gib} and {high_gib} GB, got {value}</source>
        <translation>{option} должно быть от {low_gib} до {high_gib} ГБ, получено {value}</translation>
    </message>
    <message>
        <source>--gpu: expected NAME or NAME:GB, got {value}</source>
        <translation>--gpu: ожидалось ИМЯ или ИМЯ:ГБ, получено {value}</translation>
    </message>
    <message>
        <source>--cpu: expected one of {kinds}, got {value}</source>
        <translation>--cpu: ожидается один из вариантов {kinds}, получено {value}</translation>
    </message>
    <message>
        <source>--gpu-layers must be a number, 'all' or 'auto', got {value}</source>
        <translation>--gpu-layers должно быть числом, 'all' или 'auto', получено {value}</translation>
    </message>
    <message>
        <source>--gpu-layers must be 0 or more, got {value}</source>
        <translation>--gpu-layers должно быть 0 или больше, получено {value}</translation>
    </message>
</context>
<context>
    <name>Speed</name>
    <message>
        <source>{fixed_us} µs per token fixed cost ({layers} layers, no CUDA graphs)</source>
        <translation>{fixed_us} мкс постоянных затрат на токен ({layers} слоёв, без CUDA graphs)</translation>
    </message>
    <message>
        <source>{fixed_us} µs per token fixed cost ({layers} layers, CUDA graphs)</source>
        <translation>{fixed_us} мкс постоянных затрат на токен ({layers} слоёв, CUDA graphs)</translation>
    </message>
    <message>
        <source>{gpu}: unpacking {format} weights takes longer than reading them</source>
        <translation>{gpu}: распаковка весов {format} занимает больше времени, чем их чтение</translation>
    </message>
    <message>
        <source>{boundaries} hand-off(s) between GPUs per token</source>
        <translation>передач между GPU на токен: {boundaries}</translation>
    </message>
    <message>
        <source>row split: {gpus} GPUs read their rows of every matrix at once, then wait for each other in each of {layers} layers</source>
        <translation>разделение по строкам: {gpus} GPU одновременно читают свои строки каждой матрицы, затем ждут друг друга в каждом из {layers} слоёв</translation>
    </message>
    <message>
        <source>attention of {layers} GPU layers runs on the CPU (KV cache in system RAM)</source>
        <translation>внимание {layers} слоёв на GPU считается на CPU (KV-кэш в системной ОЗУ)</translation>
    </message>
    <message>
        <source>attention reads a cache filled to {filled_tokens} (prompt + half the answer)</source>
        <translation>внимание читает кэш, заполненный до {filled_tokens} (промпт + половина ответа)</translation>
    </message>
    <message>
        <source>without flash attention, attention costs {extra_fraction} more</source>
        <translation>без flash attention внимание обходится на {extra_fraction} дороже</translation>
    </message>
    <message>
        <source>the quantized KV cache is converted for attention (slower)</source>
        <translation>квантованный KV-кэш преобразуется для внимания (медленнее)</translation>
    </message>
    <message>
        <source>likely {low_tps} to {high_tps} tokens/s (the spread of the fit)</source>
        <translation>вероятно от {low_tps} до {high_tps} токенов/с (разброс подгонки)</translation>
    </message>
    <message>
        <source>--ram-bandwidth must be a speed in GB/s from {low} to {high}, got {value}</source>
        <translation>--ram-bandwidth должно быть скоростью в ГБ/с от {low} до {high}, получено {value}</translation>
    </message>
    <message>
        <source>~{tps} tok/s</source>
        <translation>~{tps} ток/с</translation>
    </message>
    <message>
        <source>~{tps} tok/s ({low}-{high})</source>
        <translation>~{tps} ток/с ({low}-{high})</translation>
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
        <translation>Веса</translation>
    </message>
    <message>
        <source>Weights (CPU repack)</source>
        <translation>Веса (переупаковка для CPU)</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-кэш</translation>
    </message>
    <message>
        <source>Recurrent state</source>
        <translation>Рекуррентное состояние</translation>
    </message>
    <message>
        <source>Compute buffers</source>
        <translation>Вычислительные буферы</translation>
    </message>
    <message>
        <source>Output buffer</source>
        <translation>Выходной буфер</translation>
    </message>
    <message>
        <source>Runtime overhead</source>
        <translation>Накладные расходы среды</translation>
    </message>
    <message>
        <source>CUDA pool (F16 KV copy)</source>
        <translation>Пул CUDA (копия KV в F16)</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Активации</translation>
    </message>
    <message>
        <source>Allocator cache</source>
        <translation>Кэш аллокатора</translation>
    </message>
    <message>
        <source>Autocast copies</source>
        <translation>Копии autocast</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Градиенты</translation>
    </message>
    <message>
        <source>Loss and logits</source>
        <translation>Потери и логиты</translation>
    </message>
    <message>
        <source>Optimizer states</source>
        <translation>Состояния оптимизатора</translation>
    </message>
    <message>
        <source>Optimizer step buffers</source>
        <translation>Буферы шага оптимизатора</translation>
    </message>
    <message>
        <source>CUDA graphs</source>
        <translation>Графы CUDA</translation>
    </message>
    <message>
        <source>Vision encoder weights</source>
        <translation>Веса кодировщика изображений</translation>
    </message>
    <message>
        <source>Vision encoder compute</source>
        <translation>Вычисления кодировщика изображений</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>GB</source>
        <translation>ГБ</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>ГиБ</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>МиБ</translation>
    </message>
    <message>
        <source>{value} GB/s</source>
        <translation>{value} ГБ/с</translation>
    </message>
</context>
<context>
    <name>UserCatalog</name>
    <message>
        <source>{file}: models[{index}] must be an object, got {value}</source>
        <translation>{file}: models[{index}] должен быть объектом, получено {value}</translation>
    </message>
    <message>
        <source>{file}: {detail}</source>
        <translation>{file}: {detail}</translation>
    </message>
    <message>
        <source>{file}: {id} is already in the bundled catalog</source>
        <translation>{file}: {id} уже есть во встроенном каталоге</translation>
    </message>
    <message>
        <source>{file}: {id} is already in your catalog with other data; it was not replaced</source>
        <translation>{file}: {id} уже есть в вашем каталоге с другими данными; запись не заменена</translation>
    </message>
    <message>
        <source>{id} is not in your catalog</source>
        <translation>{id} нет в вашем каталоге</translation>
    </message>
    <message>
        <source>your catalog {file} could not be read; only the bundled catalog is used: {detail}</source>
        <translation>не удалось прочитать ваш каталог {file}; используется только встроенный каталог: {detail}</translation>
    </message>
    <message>
        <source>your catalog: entry skipped: {detail}</source>
        <translation>ваш каталог: запись пропущена: {detail}</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>не удалось записать {file}: {reason}</translation>
    </message>
    <message>
        <source>{file}: the id {id} is taken; added as {new_id}</source>
        <translation>{file}: идентификатор {id} занят; добавлено как {new_id}</translation>
    </message>
    <message>
        <source>your catalog file could not be read; it was kept as {file}</source>
        <translation>файл вашего каталога не удалось прочитать; он сохранён как {file}</translation>
    </message>
    <message>
        <source>already in the bundled catalog, skipped ({count}): {ids}</source>
        <translation>уже есть во встроенном каталоге, пропущено ({count}): {ids}</translation>
    </message>
    <message>
        <source>your catalog {file}: {added_count} added, {replaced_count} updated, {unchanged_count} unchanged, {refused_count} refused</source>
        <translation>ваш каталог {file}: добавлено {added_count}, обновлено {replaced_count}, без изменений {unchanged_count}, отклонено {refused_count}</translation>
    </message>
</context>
<context>
    <name>UserCatalogHook</name>
    <message>
        <source>&amp;Import to your catalog…</source>
        <translation>&amp;Импорт в ваш каталог…</translation>
    </message>
    <message>
        <source>Add a catalog file, config.json or GGUF to the models listed, offline</source>
        <translation>Добавить файл каталога, config.json или GGUF в список моделей, без сети</translation>
    </message>
    <message>
        <source>Import to your catalog</source>
        <translation>Импорт в ваш каталог</translation>
    </message>
    <message>
        <source>Catalog or model files (*.json *.gguf);;All files (*)</source>
        <translation>Файлы каталога или модели (*.json *.gguf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <source>Cannot import this file: %1</source>
        <translation>Не удалось импортировать этот файл: %1</translation>
    </message>
    <message>
        <source>The model was not added to your catalog: %1</source>
        <translation>Модель не добавлена в ваш каталог: %1</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>Fits on {gpus} with {spare_bytes} to spare (it likely uses {likely}){speed}.</source>
        <translation>Помещается на {gpus}, остаётся {spare_bytes} (занято будет, вероятно, {likely}){speed}.</translation>
    </message>
    <message>
        <source>Tight fit on {gpus}: needs {needed_bytes} (likely {likely}) with {free_bytes} free; it may not fit{speed}.</source>
        <translation>Впритык на {gpus}: нужно {needed_bytes} (вероятно {likely}) при {free_bytes} свободных; может не поместиться{speed}.</translation>
    </message>
    <message>
        <source>Weights fit on {gpus} but the KV cache goes to system RAM (slower){speed}.</source>
        <translation>Веса помещаются на {gpus}, но KV-кэш уходит в ОЗУ (медленнее){speed}.</translation>
    </message>
    <message>
        <source>Partly fits: {gpu_layers} of {layer_slots} layers on {gpus} (-ngl {gpu_layers}; the output layer counts as one), the rest in system RAM (slower){speed}.</source>
        <translation>Помещается частично: {gpu_layers} из {layer_slots} слоёв на {gpus} (-ngl {gpu_layers}; выходной слой считается за один), остальные в ОЗУ (медленнее){speed}.</translation>
    </message>
    <message>
        <source>Partly fits: {gpu_layers} of {layer_slots} layers on {gpus} (-ngl {gpu_layers}; the output layer counts as one), with the MoE experts of {expert_layers} of them and any other layers in system RAM (slower){speed}.</source>
        <translation>Частично помещается: {gpu_layers} из {layer_slots} слоёв на {gpus} (-ngl {gpu_layers}; выходной слой считается одним из них), эксперты MoE {expert_layers} из них и остальные слои — в системной ОЗУ (медленнее){speed}.</translation>
    </message>
    <message>
        <source>Partly fits: every layer on {gpus} except the MoE experts of {expert_layers} layers, which stay in system RAM (-ngl {gpu_layers} --n-cpu-moe {expert_layers}; slower){speed}.</source>
        <translation>Помещается частично: все слои на {gpus}, кроме MoE-экспертов {expert_layers} слоёв, которые остаются в ОЗУ (-ngl {gpu_layers} --n-cpu-moe {expert_layers}; медленнее){speed}.</translation>
    </message>
    <message>
        <source>Does not fit in VRAM: the Windows driver will spill into shared GPU memory (system RAM over PCIe), very slow{speed}.</source>
        <translation>Не помещается в VRAM: драйвер Windows перенесёт часть в общую память GPU (ОЗУ через PCIe), очень медленно{speed}.</translation>
    </message>
    <message>
        <source>Runs on the CPU from system RAM ({needed_bytes}, likely {likely}){speed}.</source>
        <translation>Работает на CPU из системной ОЗУ ({needed_bytes}, вероятно {likely}){speed}.</translation>
    </message>
    <message>
        <source>Too big for RAM: weights would stream from disk (mmap), extremely slow{speed}.</source>
        <translation>Не помещается в ОЗУ: веса будут читаться с диска (mmap), крайне медленно{speed}.</translation>
    </message>
    <message>
        <source>Does not fit: needs {needed_bytes}, {over_bytes} more than is free.</source>
        <translation>Не помещается: нужно {needed_bytes}, на {over_bytes} больше, чем свободно.</translation>
    </message>
    <message>
        <source>Does not fit: this runtime runs on a GPU only, and there is none (it needs {needed_bytes}).</source>
        <translation>Не помещается: эта среда работает только на GPU, а его нет (нужно {needed_bytes}).</translation>
    </message>
    <message>
        <source>Does not fit: needs {needed_bytes}, but the memory the runtime reserves at start is more than is free.</source>
        <translation>Не помещается: нужно {needed_bytes}, но память, которую среда резервирует при запуске, больше свободной.</translation>
    </message>
    <message>
        <source>; about {decode_tps} tokens/s</source>
        <translation>; около {decode_tps} токенов/с</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>the fastest of {candidates} placements that fit (GPU layers, KV cache on or off the GPU, MoE experts in RAM): about {decode_tps} tokens/s</source>
        <translation>самое быстрое из {candidates} подходящих размещений (слои на GPU, KV-кэш на GPU или нет, эксперты MoE в ОЗУ): около {decode_tps} токенов/с</translation>
    </message>
    <message>
        <source>the only placement that fits (of GPU layers, KV cache on or off the GPU, MoE experts in RAM): about {decode_tps} tokens/s</source>
        <translation>единственное подходящее размещение (из вариантов: слои на GPU, KV-кэш на GPU или нет, эксперты MoE в RAM): около {decode_tps} токенов/с</translation>
    </message>
    <message>
        <source>system RAM {bandwidth_bps} at {efficiency_fraction}</source>
        <translation>системная ОЗУ {bandwidth_bps}, эффективность {efficiency_fraction}</translation>
    </message>
    <message>
        <source>{gpu} {bandwidth_bps} at {efficiency_fraction}</source>
        <translation>{gpu} {bandwidth_bps}, эффективность {efficiency_fraction}</translation>
    </message>
    <message>
        <source>{streamed_bytes} per token streamed from disk at {disk_bps}</source>
        <translation>{streamed_bytes} на токен читается с диска со скоростью {disk_bps}</translation>
    </message>
    <message>
        <source>+{fixed_ms} ms per token fixed cost</source>
        <translation>+{fixed_ms} мс постоянных затрат на токен</translation>
    </message>
    <message>
        <source>prefill at {mfu_fraction} of {compute_tflops} TFLOP/s</source>
        <translation>обработка промпта на {mfu_fraction} от {compute_tflops} TFLOP/с</translation>
    </message>
    <message>
        <source>prompt: the {stream_bytes} of weights in system RAM cross PCIe at {pcie_bps} once per {tokens}-token batch</source>
        <translation>промпт: {stream_bytes} весов в оперативной памяти проходят по PCIe со скоростью {pcie_bps} один раз на пакет из {tokens} токенов</translation>
    </message>
    <message>
        <source>shared GPU memory over PCIe: about {slowdown}x slower</source>
        <translation>общая память GPU через PCIe: примерно в {slowdown} раз медленнее</translation>
    </message>
</context>
<context>
    <name>VllmCheck</name>
    <message>
        <source>{count} line(s) that mention memory were not recognised, e.g.: {line}</source>
        <translation>строк о памяти, которые не удалось распознать: {count}, например: {line}</translation>
    </message>
    <message>
        <source>only the first {count} lines that mention vLLM's settings or memory were read</source>
        <translation>прочитаны только первые {count} строк, упоминающих настройки или память vLLM</translation>
    </message>
    <message>
        <source>no vLLM memory lines found (Loading model weights took, Model loading took, Available KV cache memory, # GPU blocks)</source>
        <translation>строки vLLM о памяти не найдены (Loading model weights took, Model loading took, Available KV cache memory, # GPU blocks)</translation>
    </message>
    <message>
        <source>no vLLM memory line could be read; {count} line(s) mention memory in a wording VRAMScope does not know, e.g.: {line}</source>
        <translation>ни одну строку vLLM о памяти не удалось прочитать; строк о памяти в незнакомой VRAMScope формулировке: {count}, например: {line}</translation>
    </message>
    <message>
        <source>the log's model {model} is the catalog's {name}</source>
        <translation>модель {model} из журнала — это {name} из каталога</translation>
    </message>
    <message>
        <source>the log names no catalog model; {name} matches its KV cache ({kv_per_token} bytes per token per GPU) and its weights ({weights_bytes})</source>
        <translation>журнал не называет модель из каталога; {name} совпадает с его KV-кешем ({kv_per_token} байт на токен на GPU) и весами ({weights_bytes})</translation>
    </message>
    <message>
        <source>the log names no catalog model; {name} matches its KV cache ({kv_per_token} bytes per token per GPU) and its weights ({weights_bytes}), as do {others} of the same architecture</source>
        <translation>журнал не называет модель из каталога; {name} совпадает с его KV-кешем ({kv_per_token} байт на токен на GPU) и весами ({weights_bytes}), как и {others} той же архитектуры</translation>
    </message>
    <message>
        <source>the log's numbers fit several catalog models ({names})</source>
        <translation>числа из журнала подходят нескольким моделям каталога ({names})</translation>
    </message>
    <message>
        <source>the log's model {model} is not in the catalog</source>
        <translation>модели {model} из журнала нет в каталоге</translation>
    </message>
    <message>
        <source>the log does not name the model</source>
        <translation>журнал не называет модель</translation>
    </message>
    <message>
        <source>{model} holds 8-bit integer weights: estimated as fp8 (one byte each)</source>
        <translation>{model} хранит 8-битные целочисленные веса: оценены как fp8 (по одному байту)</translation>
    </message>
    <message>
        <source>the log does not show the dtype; assumed bfloat16</source>
        <translation>в журнале нет dtype; принят bfloat16</translation>
    </message>
    <message>
        <source>the log does not show tensor_parallel_size; assumed one GPU</source>
        <translation>в журнале нет tensor_parallel_size; принят один GPU</translation>
    </message>
    <message>
        <source>the log does not show gpu_memory_utilization; assumed {utilization_fraction}</source>
        <translation>в журнале нет gpu_memory_utilization; принято {utilization_fraction}</translation>
    </message>
    <message>
        <source>the log does not show max_model_len; assumed {context_tokens} tokens</source>
        <translation>в журнале нет max_model_len; принято {context_tokens} токенов</translation>
    </message>
    <message>
        <source>max_num_seqs is not in the log (vLLM's default is {sequences}); the KV cache is compared at the size vLLM made it</source>
        <translation>max_num_seqs нет в журнале (по умолчанию в vLLM {sequences}); KV-кеш сравнивается в том размере, какой создал vLLM</translation>
    </message>
    <message>
        <source>KV cache per token on one GPU: {logged_per_token} bytes in the log, {estimated_per_token} estimated</source>
        <translation>KV-кеш на токен на одном GPU: {logged_per_token} байт в журнале, {estimated_per_token} по оценке</translation>
    </message>
    <message>
        <source>the log gives the KV cache ({kv_cache_bytes}) but not its tokens: at the estimate's size per token it holds {estimated_tokens} tokens; not compared</source>
        <translation>журнал даёт размер KV-кеша ({kv_cache_bytes}), но не число его токенов: при размере на токен из оценки это {estimated_tokens} токенов; не сравнивается</translation>
    </message>
    <message>
        <source>the log gives the KV cache in tokens ({kv_tokens}) but not in bytes; the estimate puts them at {estimated_bytes}; not compared</source>
        <translation>журнал даёт KV-кеш в токенах ({kv_tokens}), но не в байтах; по оценке это {estimated_bytes}; не сравнивается</translation>
    </message>
    <message>
        <source>vLLM gave the KV cache what its budget left: {kv_tokens} tokens, {concurrency}× the max_model_len of {context_tokens} tokens</source>
        <translation>vLLM отдал KV-кешу остаток своего бюджета: {kv_tokens} токенов, {concurrency}× от max_model_len в {context_tokens} токенов</translation>
    </message>
    <message>
        <source>the log does not show the weights; not compared</source>
        <translation>в журнале нет весов; не сравнивается</translation>
    </message>
    <message>
        <source>the log does not show the activation peak; not compared</source>
        <translation>в журнале нет пика активаций; не сравнивается</translation>
    </message>
    <message>
        <source>the log does not show non-torch memory; not compared</source>
        <translation>в журнале нет памяти вне PyTorch (non-torch); не сравнивается</translation>
    </message>
    <message>
        <source>the activation peak is the log's peak_torch_memory minus the weights</source>
        <translation>пик активаций — это peak_torch_memory из журнала минус веса</translation>
    </message>
    <message>
        <source>this vLLM profiled {profiled_tokens} tokens at once (max_num_batched_tokens); the estimate's activations assume {assumed_tokens}</source>
        <translation>эта версия vLLM профилировала {profiled_tokens} токенов за раз (max_num_batched_tokens); активации в оценке рассчитаны на {assumed_tokens}</translation>
    </message>
    <message>
        <source>this vLLM counts as non-torch memory only what grew outside PyTorch after start-up; the estimate's runtime overhead ({overhead_bytes}) also holds the CUDA context</source>
        <translation>эта версия vLLM считает памятью вне PyTorch только то, что выросло вне PyTorch после запуска; накладные расходы в оценке ({overhead_bytes}) включают ещё контекст CUDA</translation>
    </message>
    <message>
        <source>this vLLM counts all GPU memory outside PyTorch as non-torch, the CUDA context included</source>
        <translation>эта версия vLLM считает памятью вне PyTorch всю память GPU вне PyTorch, включая контекст CUDA</translation>
    </message>
    <message>
        <source>with {gpus} GPUs, NCCL's communication buffers are non-torch memory; the estimate has no term for them</source>
        <translation>при {gpus} GPU буферы связи NCCL относятся к памяти вне PyTorch; в оценке для них нет слагаемого</translation>
    </message>
    <message>
        <source>the figures are for one GPU: tensor parallelism splits the weights and the KV heads over {gpus} GPUs</source>
        <translation>числа относятся к одному GPU: тензорный параллелизм делит веса и KV-головы между {gpus} GPU</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>All on GPU</source>
        <translation>Всё на GPU</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Впритык</translation>
    </message>
    <message>
        <source>KV cache in RAM</source>
        <translation>KV-кэш в ОЗУ</translation>
    </message>
    <message>
        <source>Layers in RAM</source>
        <translation>Слои в ОЗУ</translation>
    </message>
    <message>
        <source>Shared GPU memory</source>
        <translation>Общая память GPU</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>Только CPU</translation>
    </message>
    <message>
        <source>Streams from disk</source>
        <translation>Чтение с диска</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Не помещается</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Недоступно</translation>
    </message>
    <message>
        <source>Weights, KV cache and buffers all fit in free VRAM.</source>
        <translation>Веса, KV-кэш и буферы целиком помещаются в свободную VRAM.</translation>
    </message>
    <message>
        <source>The estimate fits in free VRAM, but the upper edge of its likely range does not: it may not fit.</source>
        <translation>Оценка помещается в свободную VRAM, но верхняя граница вероятного диапазона — нет: модель может не поместиться.</translation>
    </message>
    <message>
        <source>Weights fit in VRAM; the KV cache lives in system RAM (slower).</source>
        <translation>Веса помещаются в VRAM; KV-кэш хранится в ОЗУ (медленнее).</translation>
    </message>
    <message>
        <source>Some layers run from system RAM on the CPU (slower).</source>
        <translation>Часть слоёв работает из ОЗУ на CPU (медленнее).</translation>
    </message>
    <message>
        <source>The Windows driver spills VRAM into system RAM over PCIe (very slow).</source>
        <translation>Драйвер Windows переносит часть VRAM в ОЗУ через PCIe (очень медленно).</translation>
    </message>
    <message>
        <source>Runs on the CPU from system RAM.</source>
        <translation>Работает на CPU из оперативной памяти.</translation>
    </message>
    <message>
        <source>Too big for RAM: weights stream from disk (extremely slow).</source>
        <translation>Не помещается в ОЗУ: веса читаются с диска (крайне медленно).</translation>
    </message>
    <message>
        <source>Needs more memory than VRAM and RAM together.</source>
        <translation>Нужно больше памяти, чем VRAM и ОЗУ вместе.</translation>
    </message>
    <message>
        <source>This runtime cannot load this format.</source>
        <translation>Эта среда запуска не загружает такой формат.</translation>
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
        <translation>ОЗУ</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 ток/с</translation>
    </message>
</context>
</TS>