<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
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
        <source>Totals: %1</source>
        <translation>Всего: %1</translation>
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
        <source>About VRAMScope</source>
        <translation>О программе VRAMScope</translation>
    </message>
    <message>
        <source>&lt;b&gt;VRAMScope %1&lt;/b&gt;&lt;br&gt;Can this PC run that model? Memory, placement and speed estimates you can check.&lt;br&gt;Works offline: no network access, ever.</source>
        <translation>&lt;b&gt;VRAMScope %1&lt;/b&gt;&lt;br&gt;Потянет ли этот ПК модель? Проверяемые оценки памяти, размещения и скорости.&lt;br&gt;Работает без сети: никогда не обращается к интернету.</translation>
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
        <source>Total, %1</source>
        <translation>Итого, %1</translation>
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
        <source>Fits on %1 with %2 to spare%3.</source>
        <translation>Помещается на %1, запас %2%3.</translation>
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
        <source>Runs on the CPU from system RAM (%1)%2.</source>
        <translation>Работает на CPU из ОЗУ (%1)%2.</translation>
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