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
    <name>BreakdownPanel</name>
    <message>
        <source>%1 tokens</source>
        <translation>%1 токенов</translation>
    </message>
    <message>
        <source>Total on %1: %2</source>
        <translation>Всего на %1: %2</translation>
    </message>
    <message>
        <source>Largest context that fits: %1 tokens</source>
        <translation>Наибольший помещающийся контекст: %1 токенов</translation>
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
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
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
    <name>CheckRunDialog</name>
    <message>
        <source>Nothing to compare: the log holds no buffer sizes.</source>
        <translation>Сравнивать нечего: в журнале нет размеров буферов.</translation>
    </message>
    <message>
        <source>Within %1 of what was allocated on %2.</source>
        <translation>В пределах %1 от выделенного на %2.</translation>
    </message>
    <message>
        <source>Over-estimate by %1 on %2 (largest gap: %3, %4 MiB).</source>
        <translation>Оценка завышена на %1 на %2 (наибольшее расхождение: %3, %4 МиБ).</translation>
    </message>
    <message>
        <source>Under-estimate by %1 on %2 (largest gap: %3, %4 MiB).</source>
        <translation>Оценка занижена на %1 на %2 (наибольшее расхождение: %3, %4 МиБ).</translation>
    </message>
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
        <source>The log does not show the whole model: choose the model that ran under Model, then press Check.</source>
        <translation>Журнал не описывает модель полностью: выберите запускавшуюся модель в поле «Модель» и нажмите «Проверка».</translation>
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
    <name>EstimatorState</name>
    <message>
        <source>Could not read the hardware: %1</source>
        <translation>Не удалось прочитать оборудование: %1</translation>
    </message>
    <message>
        <source>Cannot open this model: %1</source>
        <translation>Не удаётся открыть модель: %1</translation>
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
        <source>Context %1 tokens per sequence (each row up to its own maximum).</source>
        <translation>Контекст %1 токенов на последовательность (для каждой строки не больше её максимума).</translation>
    </message>
</context>
<context>
    <name>FitTableModel</name>
    <message>
        <source>max %1</source>
        <translation>макс. %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Расчёт…</translation>
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
        <source>Architecture of %1</source>
        <translation>Архитектура %1</translation>
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
        <source>Planning for hardware you described, not for this machine.</source>
        <translation>Расчёт для указанного вами оборудования, а не для этого компьютера.</translation>
    </message>
    <message>
        <source>No GPU given: planning for CPU and RAM only.</source>
        <translation>GPU не указан: расчёт только для CPU и ОЗУ.</translation>
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
        <source>used %1 · free %2 · total %3</source>
        <translation>занято %1 · свободно %2 · всего %3</translation>
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
        <source>The settings file could not be read and was reset to defaults: %1</source>
        <translation>Файл настроек не удалось прочитать, настройки сброшены: %1</translation>
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
        <source>How many of each chosen GPU</source>
        <translation>Сколько штук каждого выбранного GPU</translation>
    </message>
    <message>
        <source>Count of each:</source>
        <translation>Количество каждого:</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>ГиБ</translation>
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
        <source>GB (10⁹ bytes, as drives and most tools)</source>
        <translation>ГБ (10⁹ байт, как у дисков и большинства программ)</translation>
    </message>
    <message>
        <source>GiB (2³⁰ bytes, as nvidia-smi and Windows)</source>
        <translation>ГиБ (2³⁰ байт, как в nvidia-smi и Windows)</translation>
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
        <source>%1 layers, context up to %2 tokens</source>
        <translation>%1 слоёв, контекст до %2 токенов</translation>
    </message>
    <message>
        <source>%1 B parameters</source>
        <translation>%1 млрд параметров</translation>
    </message>
    <message>
        <source>, %1 B active</source>
        <translation>, активных %1 млрд</translation>
    </message>
    <message>
        <source>up to %1 tokens of context</source>
        <translation>контекст до %1 токенов</translation>
    </message>
    <message>
        <source>Context length per sequence (log scale): %1</source>
        <translation>Длина контекста на последовательность (лог. шкала): %1</translation>
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
        <source>Logits</source>
        <translation>Логиты</translation>
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
        <source>GB</source>
        <translation>ГБ</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>ГиБ</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 ток/с</translation>
    </message>
    <message>
        <source>; about %1 tokens/s</source>
        <translation>; около %1 токенов/с</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>Tight fit on %1: needs %2 (likely %3) with %4 free; it may not fit%5.</source>
        <translation>Впритык на %1: нужно %2 (вероятно %3) при %4 свободных; может не поместиться%5.</translation>
    </message>
    <message>
        <source>Fits on %1 with %2 to spare (likely %3)%4.</source>
        <translation>Помещается на %1, остаётся %2 (вероятно %3)%4.</translation>
    </message>
    <message>
        <source>Runs on the CPU from system RAM (%1, likely %2)%3.</source>
        <translation>Работает на CPU из системной ОЗУ (%1, вероятно %2)%3.</translation>
    </message>
    <message>
        <source>Weights fit on %1 but the KV cache goes to system RAM (slower)%2.</source>
        <translation>Веса помещаются на %1, но KV-кэш уходит в ОЗУ (медленнее)%2.</translation>
    </message>
    <message>
        <source>Does not fit in VRAM: the Windows driver will spill into shared GPU memory (system RAM over PCIe), very slow%1.</source>
        <translation>Не помещается в VRAM: драйвер Windows перенесёт часть в общую память GPU (ОЗУ через PCIe), очень медленно%1.</translation>
    </message>
    <message>
        <source>Partly fits: %1 of %2 layers on %3, the rest in system RAM (slower)%4.</source>
        <translation>Помещается частично: %1 из %2 слоёв на %3, остальные в ОЗУ (медленнее)%4.</translation>
    </message>
    <message>
        <source>Too big for RAM: weights would stream from disk (mmap), extremely slow%1.</source>
        <translation>Не помещается в ОЗУ: веса будут читаться с диска (mmap), крайне медленно%1.</translation>
    </message>
    <message>
        <source>Does not fit: needs %1, %2 more than is free.</source>
        <translation>Не помещается: нужно %1, на %2 больше, чем свободно.</translation>
    </message>
</context>
</TS>