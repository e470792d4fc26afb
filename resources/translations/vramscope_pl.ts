<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About VRAMScope</source>
        <translation>O programie VRAMScope</translation>
    </message>
    <message>
        <source>&lt;b&gt;VRAMScope %1&lt;/b&gt;&lt;br&gt;Can this PC run that model? Memory, placement and speed estimates you can check.&lt;br&gt;Works offline: no network access, ever.&lt;br&gt;Qt %2, PySide6 %3. The Qt libraries are used under the LGPL 3.0 and can be replaced in the installed program's folder.</source>
        <translation>&lt;b&gt;VRAMScope %1&lt;/b&gt;&lt;br&gt;Czy ten komputer uruchomi ten model? Sprawdzalne szacunki pamięci, rozmieszczenia i szybkości.&lt;br&gt;Działa offline: nigdy nie łączy się z siecią.&lt;br&gt;Qt %2, PySide6 %3. Biblioteki Qt są używane na licencji LGPL 3.0 i można je podmienić w folderze zainstalowanego programu.</translation>
    </message>
    <message>
        <source>Licences of VRAMScope and the components it bundles:</source>
        <translation>Licencje VRAMScope i dołączonych komponentów:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>The licence files are missing from this installation.</source>
        <translation>W tej instalacji brakuje plików licencji.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
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
        <translation>pamięć KV {kv_type}</translation>
    </message>
    <message>
        <source>context {context_tokens}</source>
        <translation>kontekst {context_tokens}</translation>
    </message>
    <message>
        <source>parallel sequences: {sequences}</source>
        <translation>równoległe sekwencje: {sequences}</translation>
    </message>
    <message>
        <source>all layers on GPU, {decode_tps} tok/s</source>
        <translation>wszystkie warstwy na GPU, {decode_tps} tok/s</translation>
    </message>
    <message>
        <source>fits with part in RAM, {decode_tps} tok/s</source>
        <translation>mieści się z częścią w RAM, {decode_tps} tok/s</translation>
    </message>
    <message>
        <source>runs on the CPU, {decode_tps} tok/s</source>
        <translation>działa na CPU, {decode_tps} tok/s</translation>
    </message>
    <message>
        <source>fits at {context_tokens}</source>
        <translation>mieści się przy {context_tokens}</translation>
    </message>
    <message>
        <source>Best pick: the most bits per weight that fits at this context at {min_tps} tok/s or faster</source>
        <translation>Najlepszy wybór: najwięcej bitów na wagę wśród formatów, które mieszczą się przy tym kontekście i dają co najmniej {min_tps} tok/s</translation>
    </message>
</context>
<context>
    <name>BreakdownPanel</name>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokenów</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Składnik</translation>
    </message>
    <message>
        <source>Copy settings</source>
        <translation>Kopiuj ustawienia</translation>
    </message>
    <message>
        <source>Largest context with this placement: %1 tokens</source>
        <translation>Największy kontekst przy tym rozmieszczeniu: %1 tokenów</translation>
    </message>
    <message>
        <source>Largest context if the placement is chosen for it: %1 tokens</source>
        <translation>Największy kontekst, gdy rozmieszczenie dobrać pod niego: %1 tokenów</translation>
    </message>
    <message>
        <source>Largest context with everything on the GPU: %1 tokens</source>
        <translation>Największy kontekst przy wszystkim na GPU: %1 tokenów</translation>
    </message>
    <message>
        <source>llama.cpp placement: %1</source>
        <translation>Rozmieszczenie w llama.cpp: %1</translation>
    </message>
    <message>
        <source>Why this placement: %1</source>
        <translation>Dlaczego takie rozmieszczenie: %1</translation>
    </message>
    <message>
        <source>Alternative: %1, about %2 tokens/s, needs %3 on %4 and %5 of RAM</source>
        <translation>Alternatywa: %1, około %2 tokenów/s, wymaga %3 na %4 i %5 RAM</translation>
    </message>
    <message>
        <source>Copy the settings that reproduce this estimate: the llama.cpp command line, Ollama's and LM Studio's settings, the vLLM command or the Python code.</source>
        <translation>Skopiuj ustawienia, które odtwarzają tę ocenę: wiersz poleceń llama.cpp, ustawienia Ollamy i LM Studio, polecenie vLLM lub kod w Pythonie.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Wzór</translation>
    </message>
    <message>
        <source>Total on %1: %2</source>
        <translation>Razem na %1: %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Best pick in the table: %1</source>
        <translation>Najlepszy wybór w tabeli: %1</translation>
    </message>
    <message>
        <source>Memory breakdown</source>
        <translation>Podział pamięci</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Obliczanie…</translation>
    </message>
    <message>
        <source>No context fits this way.</source>
        <translation>Przy takim rozmieszczeniu nie mieści się żaden kontekst.</translation>
    </message>
    <message>
        <source>What would make it fit:</source>
        <translation>Co pomoże się zmieścić:</translation>
    </message>
    <message>
        <source>Generation: about %1 tokens/s</source>
        <translation>Generowanie: ok. %1 tokenów/s</translation>
    </message>
    <message>
        <source>prompt: about %1 tokens/s</source>
        <translation>prompt: ok. %1 tokenów/s</translation>
    </message>
    <message>
        <source>GPU layers: %1 of %2</source>
        <translation>Warstwy na GPU: %1 z %2</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Totals: %1</source>
        <translation>Razem: %1</translation>
    </message>
    <message>
        <source>Likely range: %1</source>
        <translation>Prawdopodobny zakres: %1</translation>
    </message>
    <message>
        <source>The likely range comes from how far measured runs were from the estimate, term by term (modelled terms carry a band; exact ones do not).</source>
        <translation>Prawdopodobny zakres wynika z tego, jak bardzo zmierzone uruchomienia odbiegały od szacunku, składnik po składniku (składniki modelowane mają rozrzut, dokładne nie).</translation>
    </message>
    <message>
        <source>Speed assumptions:</source>
        <translation>Założenia dotyczące szybkości:</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Źródło: %1</translation>
    </message>
    <message>
        <source>Exact arithmetic</source>
        <translation>Dokładne obliczenie</translation>
    </message>
    <message>
        <source>Modelled (measured constants)</source>
        <translation>Model (zmierzone stałe)</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>{file}: field '{field}' must be {expected}, got {value}</source>
        <translation>{file}: pole '{field}' musi mieć wartość {expected}, jest {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be lower-case letters, digits, '.' and '-', got {value}</source>
        <translation>{file}: pole '{field}' może zawierać tylko małe litery, cyfry, '.' i '-', jest {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be an ISO date (YYYY-MM-DD), got {value}</source>
        <translation>{file}: pole '{field}' musi być datą ISO (RRRR-MM-DD), jest {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' is missing (every number needs a source)</source>
        <translation>{file}: brak pola '{field}' (każda liczba musi mieć źródło)</translation>
    </message>
    <message>
        <source>{file}: field 'config' is wrong: {detail}</source>
        <translation>{file}: pole 'config' jest błędne: {detail}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' exceeds params_published ({total}), got {value}</source>
        <translation>{file}: pole '{field}' przekracza params_published ({total}), jest {value}</translation>
    </message>
    <message>
        <source>{file}: {name} names both {first} and {second}</source>
        <translation>{file}: {name} oznacza zarówno {first}, jak i {second}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' needs a params_note saying why the counts differ</source>
        <translation>{file}: pole '{field}' wymaga params_note wyjaśniającego, dlaczego liczby się różnią</translation>
    </message>
    <message>
        <source>{file}: the model id {name} is used by two entries</source>
        <translation>{file}: identyfikator modelu {name} jest używany przez dwa wpisy</translation>
    </message>
    <message>
        <source>models: no catalog files found in {folder}</source>
        <translation>models: w {folder} nie ma plików katalogu</translation>
    </message>
    <message>
        <source>{file}: duplicate preset id {value}</source>
        <translation>{file}: powtórzony id ustawienia {value}</translation>
    </message>
    <message>
        <source>unknown model {query}</source>
        <translation>nieznany model {query}</translation>
    </message>
    <message>
        <source>unknown model {query}; did you mean {near}?</source>
        <translation>nieznany model {query}; czy chodziło o {near}?</translation>
    </message>
    <message>
        <source>unknown GPU {query}</source>
        <translation>nieznany GPU {query}</translation>
    </message>
    <message>
        <source>unknown GPU {query}; did you mean {near}?</source>
        <translation>nieznany GPU {query}; czy chodziło o {near}?</translation>
    </message>
    <message>
        <source>GPU {query} is ambiguous: it could be {candidates}</source>
        <translation>GPU {query} jest niejednoznaczny: może to być {candidates}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must name a catalog model id, got {value}</source>
        <translation>{file}: pole '{field}' musi wskazywać id modelu z katalogu, jest {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a weight format {runtime} loads, got {value}</source>
        <translation>{file}: pole '{field}' musi być formatem wag, który wczytuje {runtime}, otrzymano {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' is {value} but {model} is {model_kind}</source>
        <translation>{file}: pole '{field}' ma wartość {value}, ale {model} to {model_kind}</translation>
    </message>
</context>
<context>
    <name>ChartPlaceholder</name>
    <message>
        <source>Drawing the chart…</source>
        <translation>Rysowanie wykresu…</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>cannot check this log: {detail}; pass --model ID (a catalog id, config.json, model folder or .gguf)</source>
        <translation>nie można sprawdzić tego dziennika: {detail}; podaj --model ID (id z katalogu, config.json, folder modelu lub .gguf)</translation>
    </message>
    <message>
        <source>cannot check this log: {detail}; pass --weights FORMAT</source>
        <translation>nie można sprawdzić tego dziennika: {detail}; podaj --weights FORMAT</translation>
    </message>
    <message>
        <source>cannot check this log: {detail}</source>
        <translation>nie można sprawdzić tego dziennika: {detail}</translation>
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
        <translation>Sprawdź z prawdziwym uruchomieniem</translation>
    </message>
    <message>
        <source>Paste the load log of llama.cpp, Ollama or LM Studio (from the model load to the compute buffers), or open a log file. VRAMScope re-estimates that exact setup and shows both, term by term.</source>
        <translation>Wklej dziennik ładowania z llama.cpp, Ollama lub LM Studio (od ładowania modelu do buforów obliczeń) albo otwórz plik dziennika. VRAMScope ponownie oszacuje dokładnie tę konfigurację i pokaże oba wyniki, składnik po składniku.</translation>
    </message>
    <message>
        <source>Paste the log here…</source>
        <translation>Wklej tutaj dziennik…</translation>
    </message>
    <message>
        <source>&amp;Open log file…</source>
        <translation>&amp;Otwórz plik dziennika…</translation>
    </message>
    <message>
        <source>Ollama &amp;server log</source>
        <translation>Dziennik &amp;serwera Ollama</translation>
    </message>
    <message>
        <source>Not found here; on Linux run: journalctl -u ollama --no-pager</source>
        <translation>Nie znaleziono; w Linuksie uruchom: journalctl -u ollama --no-pager</translation>
    </message>
    <message>
        <source>As in the log</source>
        <translation>Jak w dzienniku</translation>
    </message>
    <message>
        <source>Logs often show only part of the model's shape: choose the model that ran</source>
        <translation>Dzienniki często pokazują tylko część budowy modelu: wybierz uruchomiony model</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Znajdź…</translation>
    </message>
    <message>
        <source>Search the models by name or size</source>
        <translation>Szukaj modeli według nazwy lub rozmiaru</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>&amp;Weight format:</source>
        <translation>&amp;Format wag:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Sprawdź</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Składnik</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Szacunek</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>W dzienniku</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Estimate against the log</source>
        <translation>Szacunek a dziennik</translation>
    </message>
    <message>
        <source>&amp;Save check</source>
        <translation>&amp;Zapisz sprawdzenie</translation>
    </message>
    <message>
        <source>Keep this check in VRAMScope's data folder</source>
        <translation>Zachowaj to sprawdzenie w folderze danych VRAMScope</translation>
    </message>
    <message>
        <source>&amp;Export all checks…</source>
        <translation>&amp;Eksportuj wszystkie sprawdzenia…</translation>
    </message>
    <message>
        <source>Write every saved check to one Markdown or JSON file, for a bug report</source>
        <translation>Zapisz wszystkie zachowane sprawdzenia w jednym pliku Markdown lub JSON, do zgłoszenia błędu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Open a load log</source>
        <translation>Otwórz dziennik ładowania</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation>Dzienniki (*.log *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Wczytywanie %1…</translation>
    </message>
    <message>
        <source>Only the end of the file was read (%1).</source>
        <translation>Wczytano tylko koniec pliku (%1).</translation>
    </message>
    <message>
        <source>Paste a log or open a log file first.</source>
        <translation>Najpierw wklej dziennik lub otwórz plik dziennika.</translation>
    </message>
    <message>
        <source>Which model wrote this log? Type to search, Enter to choose.</source>
        <translation>Który model zapisał ten log? Pisz, aby szukać; Enter wybiera.</translation>
    </message>
    <message>
        <source>The log names the model “%1”, which is not in the catalog.</source>
        <translation>Log podaje model „%1”, którego nie ma w katalogu.</translation>
    </message>
    <message>
        <source>Neither the log's model name nor its numbers point at one catalog model: choose the model that ran.</source>
        <translation>Ani nazwa modelu w logu, ani jego liczby nie wskazują jednego modelu z katalogu: wybierz model, który był uruchomiony.</translation>
    </message>
    <message>
        <source>The log does not say the weight format: choose it under Weight format, then press Check.</source>
        <translation>Dziennik nie podaje formatu wag: wybierz go w polu Format wag i naciśnij Sprawdź.</translation>
    </message>
    <message>
        <source>Cannot check this log: %1</source>
        <translation>Nie można sprawdzić tego dziennika: %1</translation>
    </message>
    <message>
        <source>all layers on the GPU</source>
        <translation>wszystkie warstwy na GPU</translation>
    </message>
    <message>
        <source>%1 layers on the GPU</source>
        <translation>warstw na GPU: %1</translation>
    </message>
    <message>
        <source>Re-estimated: %1 · %2 · %3 tokens × %4 · KV %5 · %6 · %7 GPU(s)</source>
        <translation>Ponowny szacunek: %1 · %2 · %3 tokenów × %4 · KV %5 · %6 · GPU: %7</translation>
    </message>
    <message>
        <source>Export all checks</source>
        <translation>Eksportuj wszystkie sprawdzenia</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Check saved: %1</source>
        <translation>Zapisano sprawdzenie: %1</translation>
    </message>
    <message>
        <source>All checks written to %1</source>
        <translation>Wszystkie sprawdzenia zapisano w %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Niepowodzenie: %1</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>skipped {file}: {reason}</source>
        <translation>pominięto {file}: {reason}</translation>
    </message>
    <message>
        <source>the last line is cut off; it was skipped</source>
        <translation>ostatni wiersz jest ucięty; pominięto go</translation>
    </message>
    <message>
        <source>the log holds {count} model loads; the first is used</source>
        <translation>liczba wczytań modelu w dzienniku: {count}; użyto pierwszego</translation>
    </message>
    <message>
        <source>flash attention is not in the log; assumed on</source>
        <translation>dziennik nie podaje flash attention; przyjęto, że włączone</translation>
    </message>
    <message>
        <source>flash attention is not in the log; assumed off</source>
        <translation>dziennik nie podaje flash attention; przyjęto, że wyłączone</translation>
    </message>
    <message>
        <source>the KV cache type is not in the log; assumed f16</source>
        <translation>dziennik nie podaje typu pamięci KV; przyjęto f16</translation>
    </message>
    <message>
        <source>the number of offloaded layers is not in the log; assumed all</source>
        <translation>dziennik nie podaje liczby przeniesionych warstw; przyjęto wszystkie</translation>
    </message>
    <message>
        <source>Ollama's context of {context} tokens is shared by {count} sequences</source>
        <translation>kontekst Ollamy ({context} tokenów) współdzielą sekwencje, ich liczba: {count}</translation>
    </message>
    <message>
        <source>the file is {size} MB; its last {limit} MB</source>
        <translation>plik ma {size} MB; wczytano ostatnie {limit} MB</translation>
    </message>
    <message>
        <source>{key} = {value} in the log is implausible</source>
        <translation>{key} = {value} w dzienniku jest nieprawdopodobne</translation>
    </message>
    <message>
        <source>{device} {kind} buffer of {size} MiB in the log is implausible</source>
        <translation>bufor {kind} na {device} o rozmiarze {size} MiB w dzienniku jest nieprawdopodobny</translation>
    </message>
    <message>
        <source>size {value} in the log is implausible</source>
        <translation>rozmiar {value} w dzienniku jest nieprawdopodobny</translation>
    </message>
    <message>
        <source>--ctx-size {value} in the log is implausible</source>
        <translation>--ctx-size {value} w dzienniku jest nieprawdopodobne</translation>
    </message>
    <message>
        <source>could not read the log: {error}</source>
        <translation>nie udało się odczytać dziennika: {error}</translation>
    </message>
    <message>
        <source>a log must be text, got {type}</source>
        <translation>dziennik musi być tekstem, otrzymano {type}</translation>
    </message>
    <message>
        <source>{file} is not a text file</source>
        <translation>{file} nie jest plikiem tekstowym</translation>
    </message>
    <message>
        <source>the log is {size} MB; VRAMScope reads up to {limit} MB (paste the part from the model load on)</source>
        <translation>dziennik ma {size} MB; VRAMScope wczytuje do {limit} MB (wklej część od wczytania modelu)</translation>
    </message>
    <message>
        <source>no llama.cpp load lines found (is this a llama.cpp / Ollama log?)</source>
        <translation>nie znaleziono wierszy wczytywania llama.cpp (czy to dziennik llama.cpp / Ollama?)</translation>
    </message>
    <message>
        <source>the log does not say the file type; it needs print_info: file type or general.file_type</source>
        <translation>dziennik nie podaje typu pliku; potrzebny jest wiersz print_info: file type lub general.file_type</translation>
    </message>
    <message>
        <source>the log's file type ({value}) is not one VRAMScope models; it needs print_info: file type or general.file_type</source>
        <translation>VRAMScope nie modeluje typu pliku z dziennika ({value}); potrzebny jest wiersz print_info: file type lub general.file_type</translation>
    </message>
    <message>
        <source>the log lacks the model's {fields} (print_info / llm_load_print_meta lines); paste the whole load log or choose the model</source>
        <translation>w dzienniku brakuje {fields} modelu (wiersze print_info / llm_load_print_meta); wklej cały dziennik wczytywania lub wybierz model</translation>
    </message>
    <message>
        <source>the log does not show the model's shape</source>
        <translation>dziennik nie pokazuje wymiarów modelu</translation>
    </message>
    <message>
        <source>the model in the log cannot be modelled: {detail}</source>
        <translation>nie można zamodelować modelu z dziennika: {detail}</translation>
    </message>
    <message>
        <source>the log lacks the context size (llama_context: n_ctx = ...)</source>
        <translation>w dzienniku brakuje rozmiaru kontekstu (llama_context: n_ctx = ...)</translation>
    </message>
    <message>
        <source>the logged settings cannot be estimated: {detail}</source>
        <translation>nie można oszacować ustawień z dziennika: {detail}</translation>
    </message>
    <message>
        <source>Nothing to compare: the log holds no buffer sizes {runtime} allocated.</source>
        <translation>Nie ma czego porównać: dziennik nie zawiera rozmiarów buforów przydzielonych przez {runtime}.</translation>
    </message>
    <message>
        <source>Estimate within {error} of what {runtime} allocated on {devices}.</source>
        <translation>Oszacowanie w granicach {error} od tego, co {runtime} przydzielił na {devices}.</translation>
    </message>
    <message>
        <source>Estimate over by {error} on {devices} (largest gap: {term}, {gap} MiB).</source>
        <translation>Oszacowanie zawyżone o {error} na {devices} (największa różnica: {term}, {gap} MiB).</translation>
    </message>
    <message>
        <source>Estimate under by {error} on {devices} (largest gap: {term}, {gap} MiB).</source>
        <translation>Oszacowanie zaniżone o {error} na {devices} (największa różnica: {term}, {gap} MiB).</translation>
    </message>
    <message>
        <source>{device} total within {error} of the measured peak.</source>
        <translation>Suma {device} w granicach {error} od zmierzonego szczytu.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>b.d.</translation>
    </message>
    <message>
        <source>no llama.cpp load lines found in {lines} lines (is this a llama.cpp / Ollama log?); not recognised: {examples}</source>
        <translation>w {lines} wierszach nie ma wierszy ładowania llama.cpp (czy to dziennik llama.cpp / Ollama?); nierozpoznane: {examples}</translation>
    </message>
    <message>
        <source>no llama.cpp load lines found in {lines} lines (is this a llama.cpp / Ollama log?); {long} longer than {limit} characters were skipped; not recognised: {examples}</source>
        <translation>w {lines} wierszach nie ma wierszy ładowania llama.cpp (czy to dziennik llama.cpp / Ollama?); pominięto wiersze dłuższe niż {limit} znaków: {long}; nierozpoznane: {examples}</translation>
    </message>
    <message>
        <source>{count} lines longer than {limit} characters were skipped</source>
        <translation>pominięto wiersze dłuższe niż {limit} znaków: {count}</translation>
    </message>
    <message>
        <source>only the first {limit} lines were read</source>
        <translation>odczytano tylko pierwsze {limit} wierszy</translation>
    </message>
    <message>
        <source>written by {family}; llama.cpp output of {first} to {last}</source>
        <translation>zapisał {family}; wyjście llama.cpp z okresu {first} – {last}</translation>
    </message>
    <message>
        <source>written by {family}, llama.cpp build {build}; output of {first} to {last}</source>
        <translation>zapisał {family}, kompilacja llama.cpp {build}; wyjście z okresu {first} – {last}</translation>
    </message>
    <message>
        <source>written by {family}; llama.cpp output of {first} or later</source>
        <translation>zapisał {family}; wyjście llama.cpp z {first} lub później</translation>
    </message>
    <message>
        <source>written by {family}, llama.cpp build {build}; output of {first} or later</source>
        <translation>zapisał {family}, kompilacja llama.cpp {build}; wyjście z {first} lub później</translation>
    </message>
    <message>
        <source>this build printed totals, not buffers: what it used on the GPU is compared on the first GPU</source>
        <translation>ta kompilacja wypisywała sumy, nie bufory: to, czego użyła na GPU, jest porównywane na pierwszym GPU</translation>
    </message>
    <message>
        <source>the log shows no model (weights) buffers; only what it shows is compared</source>
        <translation>dziennik nie pokazuje buforów modelu (wag); porównywane jest tylko to, co pokazuje</translation>
    </message>
    <message>
        <source>the log shows no KV cache buffers; only what it shows is compared</source>
        <translation>dziennik nie pokazuje buforów pamięci podręcznej KV; porównywane jest tylko to, co pokazuje</translation>
    </message>
    <message>
        <source>the log shows no compute buffers; only what it shows is compared</source>
        <translation>dziennik nie pokazuje buforów obliczeniowych; porównywane jest tylko to, co pokazuje</translation>
    </message>
    <message>
        <source>the model's shape in the log matches {model} in the catalog</source>
        <translation>kształt modelu w dzienniku pasuje do {model} z katalogu</translation>
    </message>
    <message>
        <source>the log does not show the context; the weights it shows do not depend on it (estimated at {context_tokens})</source>
        <translation>dziennik nie pokazuje kontekstu; wagi, które pokazuje, od niego nie zależą (oszacowano przy {context_tokens})</translation>
    </message>
    <message>
        <source>the log names {model}, taken from the catalog</source>
        <translation>dziennik podaje {model}; model wzięto z katalogu</translation>
    </message>
    <message>
        <source>this build kept the output layer ({output_bytes}) on the CPU with -ngl {layers}; today's llama.cpp offloads it first, so the estimate follows the old placement</source>
        <translation>ta kompilacja trzymała warstwę wyjściową ({output_bytes}) na CPU przy -ngl {layers}; dzisiejsza llama.cpp przenosi ją pierwszą, więc oszacowanie stosuje dawne rozmieszczenie</translation>
    </message>
    <message>
        <source>this build stored DeepSeek's full K/V: {logged_bytes}; today's llama.cpp needs {today_bytes}</source>
        <translation>ta kompilacja przechowywała pełne K/V DeepSeeka: {logged_bytes}; dzisiejsza llama.cpp potrzebuje {today_bytes}</translation>
    </message>
    <message>
        <source>this build had no CPU repack buffers; the estimate's {repacked_bytes} repacked copy is left out</source>
        <translation>ta kompilacja nie miała buforów przepakowania CPU; przepakowana kopia z oszacowania ({repacked_bytes}) jest pominięta</translation>
    </message>
    <message>
        <source>this build printed the whole mapped file ({file_bytes}) as the CPU buffer; the CPU layers hold {cpu_bytes}</source>
        <translation>ta kompilacja wypisywała cały zmapowany plik ({file_bytes}) jako bufor CPU; warstwy na CPU zajmują {cpu_bytes}</translation>
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
        <translation>active nie może przekraczać total, otrzymano {active} &gt; {total}</translation>
    </message>
    <message>
        <source>{field} must be a non-empty string, got {value}</source>
        <translation>{field} musi być niepustym napisem, otrzymano {value}</translation>
    </message>
    <message>
        <source>MLA needs qk_rope_head_dim and v_head_dim with kv_lora_rank</source>
        <translation>MLA z kv_lora_rank wymaga qk_rope_head_dim i v_head_dim</translation>
    </message>
    <message>
        <source>{field} must be a non-negative integer, got {value}</source>
        <translation>{field} musi być nieujemną liczbą całkowitą, otrzymano {value}</translation>
    </message>
    <message>
        <source>{field} must be true or false, got {value}</source>
        <translation>{field} musi mieć wartość true lub false, otrzymano {value}</translation>
    </message>
    <message>
        <source>{divisor_field} must divide {field}: got {divisor} and {value}</source>
        <translation>{divisor_field} musi dzielić {field}: otrzymano {divisor} i {value}</translation>
    </message>
    <message>
        <source>{field} must be an integer from {low} to {high}, got {value}</source>
        <translation>{field} musi być liczbą całkowitą od {low} do {high}, otrzymano {value}</translation>
    </message>
    <message>
        <source>{field} must be an integer, got {value}</source>
        <translation>{field} musi być liczbą całkowitą, otrzymano {value}</translation>
    </message>
    <message>
        <source>{field} must be a list, got {value}</source>
        <translation>{field} musi być listą, otrzymano {value}</translation>
    </message>
    <message>
        <source>{field} must be an object, got {value}</source>
        <translation>{field} musi być obiektem, otrzymano {value}</translation>
    </message>
    <message>
        <source>{field} must be one of {allowed}, got {value}</source>
        <translation>{field} musi być jednym z: {allowed}; otrzymano {value}</translation>
    </message>
    <message>
        <source>{field} must be a positive integer, got {value}</source>
        <translation>{field} musi być dodatnią liczbą całkowitą, otrzymano {value}</translation>
    </message>
    <message>
        <source>{field} must be a string, got {value}</source>
        <translation>{field} musi być napisem, otrzymano {value}</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}, got {value}</source>
        <translation>{field} musi mieścić się między {low} a {high}, otrzymano {value}</translation>
    </message>
    <message>
        <source>{field} must have one entry per layer: got {count} for {n_layers} layers</source>
        <translation>{field} musi mieć jeden wpis na warstwę: otrzymano {count} dla {n_layers} warstw</translation>
    </message>
    <message>
        <source>sliding_window must be set when some layers use sliding attention</source>
        <translation>sliding_window musi być ustawione, gdy część warstw używa uwagi z przesuwnym oknem</translation>
    </message>
    <message>
        <source>{field} has {count} entries, more than {limit}</source>
        <translation>{field} ma {count} wpisów, więcej niż {limit}</translation>
    </message>
    <message>
        <source>linear-attention layers need a known linear_kind, got {value}</source>
        <translation>warstwy z uwagą liniową wymagają znanego linear_kind, otrzymano {value}</translation>
    </message>
    <message>
        <source>config.json has no {key} (needed for {model_type})</source>
        <translation>config.json nie zawiera {key} (potrzebne dla {model_type})</translation>
    </message>
    <message>
        <source>config.json has no {key} (needed for an unnamed model)</source>
        <translation>config.json nie zawiera {key} (potrzebne dla modelu bez nazwy)</translation>
    </message>
    <message>
        <source>config.json must hold an object, got {value}</source>
        <translation>config.json musi zawierać obiekt, otrzymano {value}</translation>
    </message>
    <message>
        <source>config.json could not be read as a model ({reason})</source>
        <translation>Nie udało się odczytać config.json jako modelu ({reason})</translation>
    </message>
    <message>
        <source>weight format {value}: awq supports 4-bit weights only</source>
        <translation>format wag {value}: awq obsługuje tylko wagi 4-bitowe</translation>
    </message>
    <message>
        <source>tensor shape must hold non-negative integers, got {value}</source>
        <translation>kształt tensora musi składać się z nieujemnych liczb całkowitych, otrzymano {value}</translation>
    </message>
    <message>
        <source>{family} group size must be 16-65536 or per-channel, got {value}</source>
        <translation>rozmiar grupy {family} musi wynosić 16-65536 lub być per kanał, otrzymano {value}</translation>
    </message>
    <message>
        <source>weight format {value}: {detail}</source>
        <translation>format wag {value}: {detail}</translation>
    </message>
    <message>
        <source>cannot determine the layer of MoE tensor {tensor}</source>
        <translation>nie można ustalić warstwy tensora MoE {tensor}</translation>
    </message>
    <message>
        <source>no GGML type fallback for {ggml_type} with rows of {row} elements</source>
        <translation>brak zastępczego typu GGML dla {ggml_type} przy wierszach z {row} elementów</translation>
    </message>
    <message>
        <source>ftype must be a GGUF file type (e.g. q4_k_m, f16), got {value}</source>
        <translation>ftype musi być typem pliku GGUF (np. q4_k_m, f16), otrzymano {value}</translation>
    </message>
    <message>
        <source>tensor row length {row} is not a multiple of the {ggml_type} block of {block} elements (shape {shape})</source>
        <translation>długość wiersza tensora {row} nie jest wielokrotnością bloku {ggml_type} z {block} elementów (kształt {shape})</translation>
    </message>
    <message>
        <source>unknown weight format {value}; known: {known}</source>
        <translation>nieznany format wag {value}; znane: {known}</translation>
    </message>
    <message>
        <source>unknown GGUF general.file_type {value}</source>
        <translation>nieznany general.file_type GGUF {value}</translation>
    </message>
    <message>
        <source>unknown GGML type {value}; known: {known}</source>
        <translation>nieznany typ GGML {value}; znane: {known}</translation>
    </message>
    <message>
        <source>unknown llama ftype {value}</source>
        <translation>nieznany ftype llama {value}</translation>
    </message>
    <message>
        <source>file tensor must be (name, shape, dtype), got {value}</source>
        <translation>tensor pliku musi mieć postać (nazwa, kształt, dtype), otrzymano {value}</translation>
    </message>
    <message>
        <source>gguf_file applies to float and GGUF formats, got {value}</source>
        <translation>gguf_file dotyczy formatów zmiennoprzecinkowych i GGUF, otrzymano {value}</translation>
    </message>
    <message>
        <source>layer {layer} reads {active} B per token but holds only {whole} B</source>
        <translation>warstwa {layer} czyta {active} B na token, ale zawiera tylko {whole} B</translation>
    </message>
    <message>
        <source>tensor {tensor} has an invalid shape {value}</source>
        <translation>tensor {tensor} ma nieprawidłowy kształt {value}</translation>
    </message>
    <message>
        <source>tensor bytes ({total}) must equal the grouped total ({grouped}) and linear + non-linear ({split})</source>
        <translation>bajty tensorów ({total}) muszą być równe sumie grup ({grouped}) oraz liniowych + nieliniowych ({split})</translation>
    </message>
    <message>
        <source>tensor_names, tensor_types and tensor_bytes must align, got {names}, {types} and {sizes}</source>
        <translation>tensor_names, tensor_types i tensor_bytes muszą mieć równe długości, otrzymano {names}, {types} i {sizes}</translation>
    </message>
    <message>
        <source>tensor {tensor} has unknown dtype {value}; known: {known}</source>
        <translation>tensor {tensor} ma nieznany dtype {value}; znane: {known}</translation>
    </message>
    <message>
        <source>kv cache type {value} is not available in {runtime}; use one of {allowed}</source>
        <translation>typ pamięci podręcznej KV {value} nie jest dostępny w {runtime}; użyj jednego z: {allowed}</translation>
    </message>
    <message>
        <source>lora targets must be module names, got {value}</source>
        <translation>cele LoRA muszą być nazwami modułów, otrzymano {value}</translation>
    </message>
    <message>
        <source>mode {mode} (training) needs the transformers runtime, got {runtime}</source>
        <translation>tryb {mode} (trening) wymaga środowiska transformers, otrzymano {runtime}</translation>
    </message>
    <message>
        <source>GPU {gpu}: bandwidth cannot be negative</source>
        <translation>GPU {gpu}: przepustowość nie może być ujemna</translation>
    </message>
    <message>
        <source>GPU {gpu}: free memory must be between 0 and total ({total}), got {value}</source>
        <translation>GPU {gpu}: wolna pamięć musi wynosić od 0 do całkowitej ({total}), otrzymano {value}</translation>
    </message>
    <message>
        <source>GPU {gpu}: total memory must be positive, got {value}</source>
        <translation>GPU {gpu}: całkowita pamięć musi być dodatnia, otrzymano {value}</translation>
    </message>
    <message>
        <source>unknown CPU kind {value}; expected one of {kinds}</source>
        <translation>nieznany rodzaj CPU {value}; oczekiwano jednego z: {kinds}</translation>
    </message>
    <message>
        <source>available RAM must be between 0 and total ({total}), got {value}</source>
        <translation>dostępna pamięć RAM musi wynosić od 0 do całkowitej ({total}), otrzymano {value}</translation>
    </message>
    <message>
        <source>RAM total must be positive, got {value}</source>
        <translation>całkowita pamięć RAM musi być dodatnia, otrzymano {value}</translation>
    </message>
    <message>
        <source>{file}: general.alignment must be a power of two, got {value}</source>
        <translation>{file}: general.alignment musi być potęgą dwójki, otrzymano {value}</translation>
    </message>
    <message>
        <source>{file}: general.alignment {value} is implausibly large</source>
        <translation>{file}: general.alignment {value} jest nieprawdopodobnie duże</translation>
    </message>
    <message>
        <source>{file}: {what} claims {count} elements at byte {pos} but only {left} bytes remain in the file</source>
        <translation>{file}: {what} deklaruje {count} elementów na bajcie {pos}, ale w pliku zostało tylko {left} bajtów</translation>
    </message>
    <message>
        <source>{file}: {what} nests arrays deeper than {limit} levels</source>
        <translation>{file}: {what} zagnieżdża tablice głębiej niż na {limit} poziomów</translation>
    </message>
    <message>
        <source>{file}: {detail}</source>
        <translation>{file}: {detail}</translation>
    </message>
    <message>
        <source>{file}: cannot access ({reason})</source>
        <translation>{file}: brak dostępu ({reason})</translation>
    </message>
    <message>
        <source>{file}: cannot open ({reason})</source>
        <translation>{file}: nie można otworzyć ({reason})</translation>
    </message>
    <message>
        <source>{file}: cannot read ({reason})</source>
        <translation>{file}: nie można odczytać ({reason})</translation>
    </message>
    <message>
        <source>{file} has no {key} (needed for {model_type})</source>
        <translation>{file} nie zawiera {key} (potrzebne dla {model_type})</translation>
    </message>
    <message>
        <source>{file} has no {key} (needed for an unnamed model)</source>
        <translation>{file} nie zawiera {key} (potrzebne dla modelu bez nazwy)</translation>
    </message>
    <message>
        <source>{file} must hold a JSON object, got {value}</source>
        <translation>{file} musi zawierać obiekt JSON, otrzymano {value}</translation>
    </message>
    <message>
        <source>{file}: duplicate metadata key {key}</source>
        <translation>{file}: powtórzony klucz metadanych {key}</translation>
    </message>
    <message>
        <source>{file}: duplicate tensor {tensor}</source>
        <translation>{file}: powtórzony tensor {tensor}</translation>
    </message>
    <message>
        <source>{file}: the folder has no config.json or .gguf file</source>
        <translation>{file}: folder nie zawiera config.json ani pliku .gguf</translation>
    </message>
    <message>
        <source>{file}: the config mapped from its metadata has no {key} (needed for {model_type})</source>
        <translation>{file}: konfiguracja odtworzona z jego metadanych nie zawiera {key} (potrzebne dla {model_type})</translation>
    </message>
    <message>
        <source>{file}: the config mapped from its metadata has no {key} (needed for an unnamed model)</source>
        <translation>{file}: konfiguracja odtworzona z jego metadanych nie zawiera {key} (potrzebne dla modelu bez nazwy)</translation>
    </message>
    <message>
        <source>{file}: not a GGUF file (only {size} bytes)</source>
        <translation>{file}: to nie jest plik GGUF (tylko {size} bajtów)</translation>
    </message>
    <message>
        <source>{file}: GGUF version 1 is obsolete (2023) and not supported; reconvert it</source>
        <translation>{file}: GGUF w wersji 1 jest przestarzały (2023) i nieobsługiwany; przekonwertuj go ponownie</translation>
    </message>
    <message>
        <source>{file}: unsupported GGUF version {version} (supported: 2 and 3)</source>
        <translation>{file}: nieobsługiwana wersja GGUF {version} (obsługiwane: 2 i 3)</translation>
    </message>
    <message>
        <source>{file}: GGUF header is larger than {limit} ({what} at byte {pos}); refusing to read further</source>
        <translation>{file}: nagłówek GGUF jest większy niż {limit} ({what} na bajcie {pos}); dalsze czytanie przerwane</translation>
    </message>
    <message>
        <source>{file}: the safetensors header is not valid JSON ({reason})</source>
        <translation>{file}: nagłówek safetensors nie jest poprawnym JSON ({reason})</translation>
    </message>
    <message>
        <source>{file}: the safetensors header is not UTF-8 text (bad byte at {pos})</source>
        <translation>{file}: nagłówek safetensors nie jest tekstem UTF-8 (błędny bajt na pozycji {pos})</translation>
    </message>
    <message>
        <source>{file}: the safetensors header is not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>{file}: nagłówek safetensors nie jest poprawnym JSON (wiersz {line}, kolumna {column}: {reason})</translation>
    </message>
    <message>
        <source>{file}: the safetensors header is not valid JSON (nested too deeply)</source>
        <translation>{file}: nagłówek safetensors nie jest poprawnym JSON (zbyt głębokie zagnieżdżenie)</translation>
    </message>
    <message>
        <source>{file} is not valid JSON ({reason})</source>
        <translation>{file} nie jest poprawnym JSON ({reason})</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (bad byte at {pos})</source>
        <translation>{file} nie jest tekstem UTF-8 (błędny bajt na pozycji {pos})</translation>
    </message>
    <message>
        <source>{file} is not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>{file} nie jest poprawnym JSON (wiersz {line}, kolumna {column}: {reason})</translation>
    </message>
    <message>
        <source>{file} is not valid JSON (nested too deeply)</source>
        <translation>{file} nie jest poprawnym JSON (zbyt głębokie zagnieżdżenie)</translation>
    </message>
    <message>
        <source>{file} is {size}, larger than the {limit} limit for this file</source>
        <translation>{file} ma {size}, więcej niż limit {limit} dla tego pliku</translation>
    </message>
    <message>
        <source>{file}: GGUF metadata has no {key}</source>
        <translation>{file}: metadane GGUF nie zawierają {key}</translation>
    </message>
    <message>
        <source>{file}: metadata {key} must be an integer, got {value}</source>
        <translation>{file}: metadana {key} musi być liczbą całkowitą, otrzymano {value}</translation>
    </message>
    <message>
        <source>{file}: metadata {key} must hold integers</source>
        <translation>{file}: metadana {key} musi zawierać liczby całkowite</translation>
    </message>
    <message>
        <source>{file}: GGUF has no general.architecture</source>
        <translation>{file}: GGUF nie zawiera general.architecture</translation>
    </message>
    <message>
        <source>{file}: file is truncated: the tensor data should start at byte {pos}</source>
        <translation>{file}: plik jest obcięty: dane tensorów powinny zaczynać się od bajtu {pos}</translation>
    </message>
    <message>
        <source>{file}: GGUF has no token_embd.weight, {arch}.vocab_size or tokenizer.ggml.tokens to tell the vocabulary size</source>
        <translation>{file}: GGUF nie zawiera token_embd.weight, {arch}.vocab_size ani tokenizer.ggml.tokens, z których wynika rozmiar słownika</translation>
    </message>
    <message>
        <source>{file}: has no weight_map object</source>
        <translation>{file}: brak obiektu weight_map</translation>
    </message>
    <message>
        <source>{file}: not a config.json, model folder or .gguf file</source>
        <translation>{file}: to nie jest config.json, folder modelu ani plik .gguf</translation>
    </message>
    <message>
        <source>{file}: no such file or folder</source>
        <translation>{file}: nie ma takiego pliku ani folderu</translation>
    </message>
    <message>
        <source>{file}: not a GGUF file (starts with {magic}, expected b'GGUF')</source>
        <translation>{file}: to nie jest plik GGUF (zaczyna się od {magic}, oczekiwano b'GGUF')</translation>
    </message>
    <message>
        <source>{file}: not a regular file</source>
        <translation>{file}: to nie jest zwykły plik</translation>
    </message>
    <message>
        <source>{file}: not a safetensors file (the header is not a JSON object)</source>
        <translation>{file}: to nie jest plik safetensors (nagłówek nie jest obiektem JSON)</translation>
    </message>
    <message>
        <source>{file}: read failed ({reason})</source>
        <translation>{file}: błąd odczytu ({reason})</translation>
    </message>
    <message>
        <source>{file}: the safetensors header is not a JSON object</source>
        <translation>{file}: nagłówek safetensors nie jest obiektem JSON</translation>
    </message>
    <message>
        <source>{file}: safetensors header claims {count} bytes (limit {limit}); not a safetensors file?</source>
        <translation>{file}: nagłówek safetensors deklaruje {count} bajtów (limit {limit}); czy to na pewno plik safetensors?</translation>
    </message>
    <message>
        <source>{file}: file is truncated while reading the header</source>
        <translation>{file}: plik okazał się obcięty podczas czytania nagłówka</translation>
    </message>
    <message>
        <source>{file}: not a safetensors file (only {size} bytes)</source>
        <translation>{file}: to nie jest plik safetensors (tylko {size} bajtów)</translation>
    </message>
    <message>
        <source>{file}: file is truncated: the safetensors header claims {count} bytes but the file has {size}</source>
        <translation>{file}: plik jest obcięty: nagłówek safetensors deklaruje {count} bajtów, a plik ma {size}</translation>
    </message>
    <message>
        <source>{file}: a safetensors checkpoint needs its config.json beside it</source>
        <translation>{file}: obok checkpointu safetensors musi leżeć jego config.json</translation>
    </message>
    <message>
        <source>{file}: the folder holds {count} GGUF models ({names}); choose one file</source>
        <translation>{file}: folder zawiera {count} modele GGUF ({names}); wybierz jeden plik</translation>
    </message>
    <message>
        <source>{file}: {missing} of {count} shards are missing: {names}</source>
        <translation>{file}: brakuje {missing} z {count} części: {names}</translation>
    </message>
    <message>
        <source>{file}: file is truncated: {what} at byte {pos}</source>
        <translation>{file}: plik jest obcięty: {what} na bajcie {pos}</translation>
    </message>
    <message>
        <source>{file}: split.count is {value} but the file name says {count} parts</source>
        <translation>{file}: split.count wynosi {value}, a nazwa pliku mówi o {count} częściach</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} also appears in an earlier part</source>
        <translation>{file}: tensor {tensor} występuje też we wcześniejszej części</translation>
    </message>
    <message>
        <source>{file}: split GGUF is missing {missing} of {count} parts: {names}</source>
        <translation>{file}: w podzielonym GGUF brakuje {missing} z {count} części: {names}</translation>
    </message>
    <message>
        <source>{file}: split.no is {value}, expected {part} from its name</source>
        <translation>{file}: split.no wynosi {value}, z nazwy wynika {part}</translation>
    </message>
    <message>
        <source>{file}: bad split numbering (part {part} of {count})</source>
        <translation>{file}: błędna numeracja części (część {part} z {count})</translation>
    </message>
    <message>
        <source>{file}: split.tensors.count is {expected} but the {parts} parts hold {count} tensors</source>
        <translation>{file}: split.tensors.count wynosi {expected}, ale {parts} części zawiera {count} tensorów</translation>
    </message>
    <message>
        <source>{file}: a string in {what} at byte {pos} claims {count} bytes but {left} remain</source>
        <translation>{file}: napis w {what} na bajcie {pos} deklaruje {count} bajtów, a zostało {left}</translation>
    </message>
    <message>
        <source>{file}: {what} at byte {pos} claims {count} bytes (limit {limit})</source>
        <translation>{file}: {what} na bajcie {pos} deklaruje {count} bajtów (limit {limit})</translation>
    </message>
    <message>
        <source>{file}: file is truncated: tensor {tensor} ends at byte {end} of the data but the file has {size} data bytes</source>
        <translation>{file}: plik jest obcięty: tensor {tensor} kończy się na bajcie {end} danych, a plik ma {size} bajtów danych</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has a dimension of {value}</source>
        <translation>{file}: tensor {tensor} ma wymiar {value}</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has {count} dimensions (expected 1 to {limit})</source>
        <translation>{file}: tensor {tensor} ma {count} wymiarów (oczekiwano od 1 do {limit})</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has unknown dtype {value}</source>
        <translation>{file}: tensor {tensor} ma nieznany dtype {value}</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} is also in {other}</source>
        <translation>{file}: tensor {tensor} jest też w {other}</translation>
    </message>
    <message>
        <source>{file}: the name of tensor #{index} at byte {pos} claims {count} bytes (limit {limit})</source>
        <translation>{file}: nazwa tensora nr {index} na bajcie {pos} deklaruje {count} bajtów (limit {limit})</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} is not in {other} as it says</source>
        <translation>{file}: tensora {tensor} nie ma w {other}, choć tak podano</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} is not a JSON object</source>
        <translation>{file}: tensor {tensor} nie jest obiektem JSON</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} offset {offset} is not a multiple of the alignment {alignment}</source>
        <translation>{file}: przesunięcie {offset} tensora {tensor} nie jest wielokrotnością wyrównania {alignment}</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has malformed data_offsets</source>
        <translation>{file}: tensor {tensor} ma błędne data_offsets</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has {count}+ elements (overflows 64 bits)</source>
        <translation>{file}: tensor {tensor} ma {count}+ elementów (przepełnienie 64 bitów)</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} at data offset {offset} overlaps tensor {other}</source>
        <translation>{file}: tensor {tensor} na przesunięciu danych {offset} nachodzi na tensor {other}</translation>
    </message>
    <message>
        <source>{file}: file is truncated: tensor {tensor} ends at byte {end} but the file has {size} bytes</source>
        <translation>{file}: plik jest obcięty: tensor {tensor} kończy się na bajcie {end}, a plik ma {size} bajtów</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has a row of {row} elements, not a multiple of the {ggml_type} block size {block}</source>
        <translation>{file}: tensor {tensor} ma wiersz z {row} elementów, co nie jest wielokrotnością rozmiaru bloku {ggml_type} ({block})</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has a malformed shape</source>
        <translation>{file}: tensor {tensor} ma błędny kształt</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} spans {count} bytes but its shape {shape} of {dtype} needs {need}</source>
        <translation>{file}: tensor {tensor} zajmuje {count} bajtów, ale jego kształt {shape} w {dtype} wymaga {need}</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has a shape too large to exist</source>
        <translation>{file}: tensor {tensor} ma kształt zbyt duży, by mógł istnieć</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} has unknown GGML type id {type_id}</source>
        <translation>{file}: tensor {tensor} ma nieznany identyfikator typu GGML {type_id}</translation>
    </message>
    <message>
        <source>{file}: tensor {tensor} overlaps tensor {other}</source>
        <translation>{file}: tensor {tensor} nachodzi na tensor {other}</translation>
    </message>
    <message>
        <source>{file}: GGUF header needs more than {limit} items to read; giving up</source>
        <translation>{file}: nagłówek GGUF wymaga odczytania ponad {limit} elementów; przerwano</translation>
    </message>
    <message>
        <source>{file}: GGUF header claims {count} metadata entries in a {size} file</source>
        <translation>{file}: nagłówek GGUF deklaruje {count} wpisów metadanych w pliku o rozmiarze {size}</translation>
    </message>
    <message>
        <source>{file}: {key} {value} is implausibly large</source>
        <translation>{file}: {key} {value} jest nieprawdopodobnie duże</translation>
    </message>
    <message>
        <source>{file}: {count} safetensors files (limit {limit})</source>
        <translation>{file}: {count} plików safetensors (limit {limit})</translation>
    </message>
    <message>
        <source>{file}: lists {count} shards (limit {limit})</source>
        <translation>{file}: wymienia {count} części (limit {limit})</translation>
    </message>
    <message>
        <source>{file}: GGUF header claims {count} tensors in a {size} file</source>
        <translation>{file}: nagłówek GGUF deklaruje {count} tensorów w pliku o rozmiarze {size}</translation>
    </message>
    <message>
        <source>{file}: file is truncated: {what} at byte {pos} needs {need} bytes but the file has {size} bytes</source>
        <translation>{file}: plik jest obcięty: {what} na bajcie {pos} wymaga {need} bajtów, a plik ma {size} bajtów</translation>
    </message>
    <message>
        <source>{file}: {what} has unknown element type {type_id}</source>
        <translation>{file}: {what} ma nieznany typ elementów {type_id}</translation>
    </message>
    <message>
        <source>{file}: {what} has unknown value type {type_id}</source>
        <translation>{file}: {what} ma nieznany typ wartości {type_id}</translation>
    </message>
    <message>
        <source>{file}: weight_map[{tensor}] is not a .safetensors name</source>
        <translation>{file}: weight_map[{tensor}] nie jest nazwą pliku .safetensors</translation>
    </message>
    <message>
        <source>{file}: weight_map names a file outside the folder: {value}</source>
        <translation>{file}: weight_map wskazuje plik poza folderem: {value}</translation>
    </message>
    <message>
        <source>ignored {kind} on {device}: size {value} is not a size</source>
        <translation>pominięto {kind} na {device}: rozmiar {value} nie jest rozmiarem</translation>
    </message>
    <message>
        <source>ignored buffers on unknown device {device}</source>
        <translation>pominięto bufory na nieznanym urządzeniu {device}</translation>
    </message>
    <message>
        <source>ignored logged buffer kind {kind}</source>
        <translation>pominięto rodzaj bufora z dziennika {kind}</translation>
    </message>
    <message>
        <source>{file}: the symbolic links loop and never reach a file</source>
        <translation>{file}: dowiązania symboliczne tworzą pętlę i nie prowadzą do pliku</translation>
    </message>
    <message>
        <source>{file}: permission denied (no right to read it or to enter its folder)</source>
        <translation>{file}: odmowa dostępu (brak prawa do odczytu lub wejścia do jego folderu)</translation>
    </message>
    <message>
        <source>{file}: permission denied (no right to list or enter this folder)</source>
        <translation>{file}: odmowa dostępu (brak prawa do listowania lub wejścia do tego folderu)</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file</source>
        <translation>{file} to folder, a nie plik</translation>
    </message>
    <message>
        <source>{file} is a named pipe (FIFO), not a regular file; it was not opened</source>
        <translation>{file} to potok nazwany (FIFO), a nie zwykły plik; nie został otwarty</translation>
    </message>
    <message>
        <source>{file} is a device, not a regular file; it was not opened</source>
        <translation>{file} to urządzenie, a nie zwykły plik; nie zostało otwarte</translation>
    </message>
    <message>
        <source>{file} is a socket, not a regular file; it was not opened</source>
        <translation>{file} to gniazdo, a nie zwykły plik; nie zostało otwarte</translation>
    </message>
    <message>
        <source>{file}: {what} holds {count} arrays inside arrays; at most {limit} are read (llama.cpp reads none)</source>
        <translation>{file}: {what} zawiera {count} tablic wewnątrz tablic; odczytywanych jest najwyżej {limit} (llama.cpp nie odczytuje żadnej)</translation>
    </message>
    <message>
        <source>{file}: reading this JSON would take about {need_bytes} of memory, more than the {limit_bytes} allowed; real files need far less</source>
        <translation>{file}: odczyt tego JSON zająłby około {need_bytes} pamięci, więcej niż dozwolone {limit_bytes}; prawdziwe pliki potrzebują znacznie mniej</translation>
    </message>
    <message>
        <source>{file}: not enough memory to read this file</source>
        <translation>{file}: za mało pamięci, aby odczytać ten plik</translation>
    </message>
    <message>
        <source>attention_chunk_size must be set when some layers use chunked attention</source>
        <translation>attention_chunk_size musi być ustawione, gdy niektóre warstwy używają uwagi blokowej (chunked)</translation>
    </message>
    <message>
        <source>{file}: the vision projector has no {key}</source>
        <translation>{file}: projektor wizyjny nie ma {key}</translation>
    </message>
    <message>
        <source>{file}: {key} must be an integer from {low} to {high}, got {value}</source>
        <translation>{file}: {key} musi być liczbą całkowitą od {low} do {high}, jest {value}</translation>
    </message>
    <message>
        <source>{file}: {key} must be a string, got {value}</source>
        <translation>{file}: {key} musi być napisem, jest {value}</translation>
    </message>
    <message>
        <source>{file} is not a vision projector (mmproj): its general.architecture is {value}, not clip</source>
        <translation>{file} nie jest projektorem wizyjnym (mmproj): jego general.architecture to {value}, nie clip</translation>
    </message>
    <message>
        <source>{file}: this projector has no vision encoder (an audio mmproj?)</source>
        <translation>{file}: ten projektor nie ma kodera obrazu (mmproj audio?)</translation>
    </message>
    <message>
        <source>{file}: the projector has no tensors</source>
        <translation>{file}: projektor nie ma tensorów</translation>
    </message>
    <message>
        <source>{file} is a vision projector (mmproj), not a model: give the model file and this one with --mmproj</source>
        <translation>{file} to projektor wizyjny (mmproj), nie model: podaj plik modelu, a ten przez --mmproj</translation>
    </message>
    <message>
        <source>{file} projects images to width {value}, but {model} has hidden size {hidden}: it belongs to another model</source>
        <translation>{file} rzutuje obrazy na szerokość {value}, ale {model} ma hidden size {hidden}: należy do innego modelu</translation>
    </message>
</context>
<context>
    <name>EstimateNotes</name>
    <message>
        <source>llama.cpp runs this model with a full cache (no sliding window).</source>
        <translation>llama.cpp uruchamia ten model z pełną pamięcią podręczną (bez przesuwnego okna).</translation>
    </message>
    <message>
        <source>Linear-attention activations assume transformers' PyTorch fallback; with flash-linear-attention installed the prefill needs less.</source>
        <translation>Aktywacje uwagi liniowej zakładają zapasową implementację transformers w PyTorch; z zainstalowanym flash-linear-attention prefill potrzebuje mniej.</translation>
    </message>
    <message>
        <source>A {v_cache_type} V cache needs flash attention, so this is estimated with flash attention auto (on), as llama.cpp runs it; with --flash-attn off llama.cpp refuses to start.</source>
        <translation>Pamięć V typu {v_cache_type} wymaga flash attention, więc oszacowano z flash attention auto (włączonym), tak jak uruchamia to llama.cpp; z --flash-attn off llama.cpp odmawia startu.</translation>
    </message>
    <message>
        <source>CPU weights, GPU-assisted prompt processing: every layer stays in system RAM (-ngl 0), but llama.cpp's CUDA build still hands the prompt's matrix products to the GPU, which reserves {gpu_compute_bytes} for them.</source>
        <translation>Wagi na CPU, przetwarzanie promptu wspomagane przez GPU: wszystkie warstwy zostają w pamięci RAM (-ngl 0), ale kompilacja llama.cpp z CUDA nadal przekazuje mnożenia macierzy promptu do GPU, które rezerwuje na nie {gpu_compute_bytes}.</translation>
    </message>
    <message>
        <source>QLoRA normally loads the base model in 4-bit (nf4).</source>
        <translation>QLoRA zwykle wczytuje model bazowy w 4 bitach (nf4).</translation>
    </message>
    <message>
        <source>Training stack assumed: Hugging Face transformers with PyTorch SDPA attention; 8-bit AdamW from bitsandbytes.</source>
        <translation>Zakładany stos treningowy: Hugging Face transformers z uwagą PyTorch SDPA; 8-bitowy AdamW z bitsandbytes.</translation>
    </message>
    <message>
        <source>Training stack assumed: Hugging Face transformers and PEFT (LoRA adapters in fp32) with PyTorch SDPA attention; 8-bit weights and 8-bit AdamW from bitsandbytes.</source>
        <translation>Zakładany stos treningowy: Hugging Face transformers i PEFT (adaptery LoRA w fp32) z uwagą PyTorch SDPA; 8-bitowe wagi i 8-bitowy AdamW z bitsandbytes.</translation>
    </message>
    <message>
        <source>Training stack assumed: Hugging Face transformers and PEFT (prepare_model_for_kbit_training) with a bitsandbytes 4-bit base and PyTorch SDPA attention.</source>
        <translation>Zakładany stos treningowy: Hugging Face transformers i PEFT (prepare_model_for_kbit_training) z 4-bitowym modelem bazowym bitsandbytes i uwagą PyTorch SDPA.</translation>
    </message>
    <message>
        <source>Gradient checkpointing is off: every layer keeps its activations for the backward pass. PEFT and Unsloth turn it on.</source>
        <translation>Punkty kontrolne gradientu są wyłączone: każda warstwa zachowuje swoje aktywacje do przejścia wstecz. PEFT i Unsloth je włączają.</translation>
    </message>
    <message>
        <source>vLLM reserves gpu_memory_utilization x total memory ({utilization_fraction}) at start, whatever the model needs; the rest of that budget becomes KV cache.</source>
        <translation>vLLM przy starcie rezerwuje gpu_memory_utilization x całkowita pamięć ({utilization_fraction}), niezależnie od potrzeb modelu; reszta tego budżetu staje się pamięcią KV.</translation>
    </message>
    <message>
        <source>A task manager will show {resident_bytes} of RAM, but {needed_bytes} is needed: {reclaimable_bytes} are file pages of repacked weights that the system frees when memory runs short.</source>
        <translation>Menedżer zadań pokaże {resident_bytes} RAM, ale potrzeba {needed_bytes}: {reclaimable_bytes} to strony pliku przepakowanych wag, które system zwalnia, gdy brakuje pamięci.</translation>
    </message>
    <message>
        <source>{context} tokens is beyond the model's native context of {native_context}: quality may drop without RoPE scaling.</source>
        <translation>{context} tokenów przekracza natywny kontekst modelu ({native_context}): bez skalowania RoPE jakość może spaść.</translation>
    </message>
    <message>
        <source>vLLM turns its hybrid KV cache manager off for chunked local attention by default, so every layer caches the whole context; VLLM_ALLOW_CHUNKED_LOCAL_ATTN_WITH_HYBRID_KV_CACHE=1 keeps one chunk on the local layers.</source>
        <translation>vLLM domyślnie wyłącza hybrydowy menedżer pamięci KV przy lokalnej uwadze blokowej, więc każda warstwa przechowuje cały kontekst; z VLLM_ALLOW_CHUNKED_LOCAL_ATTN_WITH_HYBRID_KV_CACHE=1 warstwy lokalne przechowują jeden blok.</translation>
    </message>
    <message>
        <source>Images per prompt: {images} x {tokens_per_image} tokens ({px} px each) add {tokens} tokens to the context the KV cache holds.</source>
        <translation>Obrazy na prompt: {images} x {tokens_per_image} tokenów (po {px} px) dodają {tokens} tokenów do kontekstu w pamięci KV.</translation>
    </message>
    <message>
        <source>Images per prompt: {images}, but this model has no vision encoder the estimate knows: images are not counted.</source>
        <translation>Obrazy na prompt: {images}, ale ten model nie ma znanego kodera obrazu: obrazy nie są liczone.</translation>
    </message>
</context>
<context>
    <name>EstimatorState</name>
    <message>
        <source>The bundled size presets could not be read: %1</source>
        <translation>Nie udało się odczytać wbudowanych presetów rozmiarów: %1</translation>
    </message>
    <message>
        <source>The model file chosen last time is no longer there (%1): showing %2.</source>
        <translation>Plik modelu wybrany ostatnio już nie istnieje (%1): pokazano %2.</translation>
    </message>
    <message>
        <source>Could not read the hardware: %1</source>
        <translation>Nie udało się odczytać sprzętu: %1</translation>
    </message>
    <message>
        <source>The tensor split %1 does not match %2 GPU(s): splitting by free memory.</source>
        <translation>Podział tensorów %1 nie pasuje do liczby GPU (%2): podział według wolnej pamięci.</translation>
    </message>
    <message>
        <source>Cannot open this model: %1</source>
        <translation>Nie można otworzyć tego modelu: %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Search models…</source>
        <translation>Szukaj modeli…</translation>
    </message>
    <message>
        <source>Show the rows whose name contains every word typed</source>
        <translation>Pokaż wiersze, których nazwa zawiera każde wpisane słowo</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Szukaj modeli</translation>
    </message>
    <message>
        <source>Smallest first</source>
        <translation>Najmniejsze najpierw</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>Największe najpierw</translation>
    </message>
    <message>
        <source>Fastest first</source>
        <translation>Najszybsze najpierw</translation>
    </message>
    <message>
        <source>Longest context first</source>
        <translation>Najdłuższy kontekst najpierw</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Najnowsze najpierw</translation>
    </message>
    <message>
        <source>Catalog order</source>
        <translation>Kolejność katalogu</translation>
    </message>
    <message>
        <source>Order of the rows</source>
        <translation>Kolejność wierszy</translation>
    </message>
    <message>
        <source>Sort rows</source>
        <translation>Sortuj wiersze</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtry</translation>
    </message>
    <message>
        <source>Fits on the GPU</source>
        <translation>Mieści się w GPU</translation>
    </message>
    <message>
        <source>Only models with a format that runs all on the GPU</source>
        <translation>Tylko modele z formatem, który działa w całości na GPU</translation>
    </message>
    <message>
        <source>any</source>
        <translation>dowolny</translation>
    </message>
    <message>
        <source> tok/s</source>
        <translation> tok/s</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>Co najmniej:</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>Wszystkie rodziny</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>Rodzina:</translation>
    </message>
    <message>
        <source>Size from:</source>
        <translation>Rozmiar od:</translation>
    </message>
    <message>
        <source>Size up to:</source>
        <translation>Rozmiar do:</translation>
    </message>
    <message>
        <source>Runtime can load it</source>
        <translation>Środowisko może go wczytać</translation>
    </message>
    <message>
        <source>Hide models that the chosen runtime cannot load in any format</source>
        <translation>Ukryj modele, których wybrane środowisko nie wczyta w żadnym formacie</translation>
    </message>
    <message>
        <source>Classics</source>
        <translation>Klasyki</translation>
    </message>
    <message>
        <source>Show historic models (GPT-2, GPT-3, BLOOM, T5) that articles still quote</source>
        <translation>Pokaż historyczne modele (GPT-2, GPT-3, BLOOM, T5), które wciąż cytują artykuły</translation>
    </message>
    <message>
        <source> B parameters</source>
        <translation> mld parametrów</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filtry (%1)</translation>
    </message>
</context>
<context>
    <name>FitTable</name>
    <message>
        <source>&lt;b&gt;What fits&lt;/b&gt;</source>
        <translation>&lt;b&gt;Co się zmieści&lt;/b&gt;</translation>
    </message>
    <message>
        <source>R&amp;ows:</source>
        <translation>&amp;Wiersze:</translation>
    </message>
    <message>
        <source>Model sizes</source>
        <translation>Rozmiary modeli</translation>
    </message>
    <message>
        <source>Whole catalog</source>
        <translation>Cały katalog</translation>
    </message>
    <message>
        <source>Chosen model</source>
        <translation>Wybrany model</translation>
    </message>
    <message>
        <source>What the table's rows are</source>
        <translation>Co pokazują wiersze tabeli</translation>
    </message>
    <message>
        <source>Fit table</source>
        <translation>Tabela dopasowania</translation>
    </message>
    <message>
        <source>Waiting for the hardware…</source>
        <translation>Oczekiwanie na dane o sprzęcie…</translation>
    </message>
    <message>
        <source>Computing %1 of %2 cells for %3 tokens…</source>
        <translation>Obliczono %1 z %2 komórek dla %3 tokenów…</translation>
    </message>
    <message>
        <source>Context %1 tokens per sequence (each row up to its own maximum); speed in tokens/s, the likely range in brackets.</source>
        <translation>Kontekst %1 tokenów na sekwencję (każdy wiersz najwyżej do własnego maksimum); szybkość w tokenach/s, prawdopodobny zakres w nawiasach.</translation>
    </message>
    <message>
        <source>%1 of %2 models shown.</source>
        <translation>Pokazano %1 z %2 modeli.</translation>
    </message>
</context>
<context>
    <name>FitTableModel</name>
    <message>
        <source>%1 mix</source>
        <translation>mieszanka %1</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>maks. %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Obliczanie…</translation>
    </message>
    <message>
        <source>Only your file %1 has this mix of types</source>
        <translation>Tylko Twój plik %1 ma tę mieszankę typów</translation>
    </message>
    <message>
        <source>GPU %1 · RAM %2</source>
        <translation>GPU %1 · RAM %2</translation>
    </message>
    <message>
        <source>Context %1 tokens; largest that fits: %2 tokens</source>
        <translation>Kontekst %1 tokenów; największy mieszczący się: %2 tokenów</translation>
    </message>
    <message>
        <source>Click to chart and break this down</source>
        <translation>Kliknij, aby zobaczyć wykres i podział</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>(plik)</translation>
    </message>
    <message>
        <source>The format of your file %1: its row uses the file's real tensor sizes, the other rows are estimated for this format</source>
        <translation>Format Twojego pliku %1: jego wiersz używa rzeczywistych rozmiarów tensorów z pliku, pozostałe wiersze są szacowane dla tego formatu</translation>
    </message>
    <message>
        <source>Architecture of %1</source>
        <translation>Architektura modelu %1</translation>
    </message>
    <message>
        <source>Your model file: %1</source>
        <translation>Twój plik modelu: %1</translation>
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
        <translation>Plik GGUF (typy mieszane, głównie {main_type})</translation>
    </message>
    <message>
        <source>{name} ({dtype})</source>
        <translation>{name} ({dtype})</translation>
    </message>
    <message>
        <source>FP8 (E4M3, per-channel scales)</source>
        <translation>FP8 (E4M3, skale na kanał)</translation>
    </message>
    <message>
        <source>INT8 (bitsandbytes LLM.int8)</source>
        <translation>INT8 (bitsandbytes LLM.int8)</translation>
    </message>
    <message>
        <source>NF4 (bitsandbytes, double quant)</source>
        <translation>NF4 (bitsandbytes, podwójna kwantyzacja)</translation>
    </message>
    <message>
        <source>FP4 (bitsandbytes)</source>
        <translation>FP4 (bitsandbytes)</translation>
    </message>
    <message>
        <source>MXFP4 experts, BF16 rest (gpt-oss)</source>
        <translation>Eksperci MXFP4, reszta BF16 (gpt-oss)</translation>
    </message>
    <message>
        <source>{name} {bits}-bit (group {group})</source>
        <translation>{name} {bits}-bit (grupa {group})</translation>
    </message>
    <message>
        <source>{name} {bits}-bit (per channel)</source>
        <translation>{name} {bits}-bit (na kanał)</translation>
    </message>
    <message>
        <source>EXL2 {bpw} bpw</source>
        <translation>EXL2 {bpw} bpw</translation>
    </message>
</context>
<context>
    <name>Formulas</name>
    <message>
        <source>{layers} of {n_layers} layers</source>
        <translation>{layers} z {n_layers} warstw</translation>
    </message>
    <message>
        <source>{layers} of {n_layers} layers + output layer</source>
        <translation>{layers} z {n_layers} warstw + warstwa wyjściowa</translation>
    </message>
    <message>
        <source>{layers} of {n_layers} layers + output layer (tied: a copy of the token embedding)</source>
        <translation>{layers} z {n_layers} warstw + warstwa wyjściowa (powiązana: kopia osadzeń tokenów)</translation>
    </message>
    <message>
        <source>token embedding (llama.cpp keeps it in host memory)</source>
        <translation>osadzenia tokenów (llama.cpp trzyma je w pamięci hosta)</translation>
    </message>
    <message>
        <source>token embedding (llama.cpp keeps it in host memory) + {layers} layers on the CPU</source>
        <translation>osadzenia tokenów (llama.cpp trzyma je w pamięci hosta) + {layers} warstw na CPU</translation>
    </message>
    <message>
        <source>token embedding (llama.cpp keeps it in host memory) + output layer</source>
        <translation>osadzenia tokenów (llama.cpp trzyma je w pamięci hosta) + warstwa wyjściowa</translation>
    </message>
    <message>
        <source>token embedding (llama.cpp keeps it in host memory) + {layers} layers on the CPU + output layer</source>
        <translation>osadzenia tokenów (llama.cpp trzyma je w pamięci hosta) + {layers} warstw na CPU + warstwa wyjściowa</translation>
    </message>
    <message>
        <source>routed-expert tensors (ffn_*_exps) of {layers} GPU layers kept in system RAM (--n-cpu-moe); the rest of those layers stays on the GPU</source>
        <translation>tensory ekspertów routowanych (ffn_*_exps) {layers} warstw GPU trzymane w pamięci RAM (--n-cpu-moe); reszta tych warstw zostaje na GPU</translation>
    </message>
    <message>
        <source>the CPU backend copies its {types} tensors into an interleaved buffer; the mapped file pages stay resident</source>
        <translation>backend CPU kopiuje swoje tensory {types} do przeplatanego bufora; zmapowane strony pliku pozostają w pamięci</translation>
    </message>
    <message>
        <source>no cached tokens (linear-attention layers only) as {kv_type}</source>
        <translation>brak buforowanych tokenów (tylko warstwy uwagi liniowej), typ {kv_type}</translation>
    </message>
    <message>
        <source>{layers} layers x {cells} cells x ({elements}) elements as {kv_type}</source>
        <translation>{layers} warstw x {cells} komórek x ({elements}) elementów, typ {kv_type}</translation>
    </message>
    <message>
        <source>{window_layers} window layers x {window_cells} cells x ({window_elements}) elements as {kv_type}</source>
        <translation>{window_layers} warstw z oknem x {window_cells} komórek x ({window_elements}) elementów, typ {kv_type}</translation>
    </message>
    <message>
        <source>{layers} layers x {cells} cells x ({elements}) + {window_layers} window layers x {window_cells} cells x ({window_elements}) elements as {kv_type}</source>
        <translation>{layers} warstw x {cells} komórek x ({elements}) + {window_layers} warstw z oknem x {window_cells} komórek x ({window_elements}) elementów, typ {kv_type}</translation>
    </message>
    <message>
        <source>in system RAM: no cached tokens (linear-attention layers only) as {kv_type}</source>
        <translation>w RAM: brak buforowanych tokenów (tylko warstwy uwagi liniowej), typ {kv_type}</translation>
    </message>
    <message>
        <source>in system RAM: {layers} layers x {cells} cells x ({elements}) elements as {kv_type}</source>
        <translation>w RAM: {layers} warstw x {cells} komórek x ({elements}) elementów, typ {kv_type}</translation>
    </message>
    <message>
        <source>in system RAM: {window_layers} window layers x {window_cells} cells x ({window_elements}) elements as {kv_type}</source>
        <translation>w RAM: {window_layers} warstw z oknem x {window_cells} komórek x ({window_elements}) elementów, typ {kv_type}</translation>
    </message>
    <message>
        <source>in system RAM: {layers} layers x {cells} cells x ({elements}) + {window_layers} window layers x {window_cells} cells x ({window_elements}) elements as {kv_type}</source>
        <translation>w RAM: {layers} warstw x {cells} komórek x ({elements}) + {window_layers} warstw z oknem x {window_cells} komórek x ({window_elements}) elementów, typ {kv_type}</translation>
    </message>
    <message>
        <source>{layers} linear-attention layers x {sequences} sequences x (conv (kernel - 1) x channels + key x value state per head) in f32; independent of context</source>
        <translation>{layers} warstw uwagi liniowej x {sequences} sekwencji x (splot (jądro - 1) x kanały + stan klucz x wartość na głowicę) w f32; niezależne od kontekstu</translation>
    </message>
    <message>
        <source>logits 4 x n_ubatch x (vocab + hidden), n_ubatch {n_ubatch}</source>
        <translation>logity 4 x n_ubatch x (vocab + hidden), n_ubatch {n_ubatch}</translation>
    </message>
    <message>
        <source>FFN activations 4 x n_ubatch x (3 ffn + 2 hidden) + KQ mask, n_ubatch {n_ubatch}</source>
        <translation>aktywacje FFN 4 x n_ubatch x (3 ffn + 2 hidden) + maska KQ, n_ubatch {n_ubatch}</translation>
    </message>
    <message>
        <source>Gated DeltaNet chunk 4 x n_ubatch x (2 conv channels + 4 value width + 2 x value heads x 64), modelled, not measured, n_ubatch {n_ubatch}</source>
        <translation>fragment Gated DeltaNet 4 x n_ubatch x (2 kanały splotu + 4 szerokości wartości + 2 x głowice wartości x 64), modelowane, nie mierzone, n_ubatch {n_ubatch}</translation>
    </message>
    <message>
        <source>KQ scores without flash attention: 4 x n_ubatch x (1 + 4 hidden + n_ctx x (1 + heads)), n_ubatch {n_ubatch}</source>
        <translation>wyniki KQ bez flash attention: 4 x n_ubatch x (1 + 4 hidden + n_ctx x (1 + heads)), n_ubatch {n_ubatch}</translation>
    </message>
    <message>
        <source>graph inputs {input_size} x n_ubatch x hidden + KQ mask {mask_size} x n_ubatch x n_ctx</source>
        <translation>wejścia grafu {input_size} x n_ubatch x hidden + maska KQ {mask_size} x n_ubatch x n_ctx</translation>
    </message>
    <message>
        <source>graph inputs {input_size} x n_ubatch x hidden + KQ mask {mask_size} x n_ubatch x n_ctx + the CPU's expert FFN 4 x n_ubatch x (3 x experts used x expert FFN + 2 hidden), modelled</source>
        <translation>wejścia grafu {input_size} x n_ubatch x hidden + maska KQ {mask_size} x n_ubatch x n_ctx + FFN ekspertów na CPU 4 x n_ubatch x (3 x użyci eksperci x FFN eksperta + 2 hidden), modelowane</translation>
    </message>
    <message>
        <source>the GPU's part of the prompt at -ngl 0: logits 4 x n_ubatch {n_ubatch} x (vocab + hidden) + a copy of the output weights</source>
        <translation>część promptu liczona na GPU przy -ngl 0: logity 4 x n_ubatch {n_ubatch} x (słownik + hidden) + kopia wag wyjściowych</translation>
    </message>
    <message>
        <source>the GPU's part of the prompt at -ngl 0: FFN intermediates for n_ubatch {n_ubatch} + a copy of the largest layer weight</source>
        <translation>część promptu liczona na GPU przy -ngl 0: wyniki pośrednie FFN dla n_ubatch {n_ubatch} + kopia największej wagi warstwy</translation>
    </message>
    <message>
        <source>worst-case graph for n_ubatch {n_ubatch} ({reserved_mib} MiB reserved), pages touched by the prompt</source>
        <translation>graf najgorszego przypadku dla n_ubatch {n_ubatch} (zarezerwowano {reserved_mib} MiB), strony dotknięte przez prompt</translation>
    </message>
    <message>
        <source>F16 copy of one layer's quantized K/V for prefill: 2 x cells x width</source>
        <translation>kopia F16 skwantyzowanych K/V jednej warstwy na prefill: 2 x komórki x szerokość</translation>
    </message>
    <message>
        <source>logits 4 x vocab x sequences</source>
        <translation>logity 4 x vocab x sekwencje</translation>
    </message>
    <message>
        <source>CUDA context, cuBLAS and kernel images (measured 597-605 MiB on an H100)</source>
        <translation>kontekst CUDA, cuBLAS i obrazy jąder (zmierzono 597-605 MiB na H100)</translation>
    </message>
    <message>
        <source>process, libraries and CUDA runtime host memory</source>
        <translation>proces, biblioteki i pamięć hosta środowiska CUDA</translation>
    </message>
    <message>
        <source>process, libraries, vocabulary and graph metadata</source>
        <translation>proces, biblioteki, słownik i metadane grafu</translation>
    </message>
    <message>
        <source>{weights} weights as loaded ({gib} GiB)</source>
        <translation>wagi {weights} po wczytaniu ({gib} GiB)</translation>
    </message>
    <message>
        <source>no cached tokens (linear-attention layers only) as {kv_type} ({tokens} tokens x {sequences} sequences)</source>
        <translation>brak buforowanych tokenów (tylko warstwy uwagi liniowej), typ {kv_type} ({tokens} tokenów x {sequences} sekwencji)</translation>
    </message>
    <message>
        <source>{layers} layers x {cells} cells x ({elements}) elements as {kv_type} ({tokens} tokens x {sequences} sequences)</source>
        <translation>{layers} warstw x {cells} komórek x ({elements}) elementów, typ {kv_type} ({tokens} tokenów x {sequences} sekwencji)</translation>
    </message>
    <message>
        <source>{window_layers} window layers x {window_cells} cells x ({window_elements}) elements as {kv_type} ({tokens} tokens x {sequences} sequences)</source>
        <translation>{window_layers} warstw z oknem x {window_cells} komórek x ({window_elements}) elementów, typ {kv_type} ({tokens} tokenów x {sequences} sekwencji)</translation>
    </message>
    <message>
        <source>{layers} layers x {cells} cells x ({elements}) + {window_layers} window layers x {window_cells} cells x ({window_elements}) elements as {kv_type} ({tokens} tokens x {sequences} sequences)</source>
        <translation>{layers} warstw x {cells} komórek x ({elements}) + {window_layers} warstw z oknem x {window_cells} komórek x ({window_elements}) elementów, typ {kv_type} ({tokens} tokenów x {sequences} sekwencji)</translation>
    </message>
    <message>
        <source>{layers} linear-attention layers x {sequences} sequences x (conv kernel x channels in the model dtype + f32 key x value state per head)</source>
        <translation>{layers} warstw uwagi liniowej x {sequences} sekwencji x (jądro splotu x kanały w typie modelu + stan klucz x wartość na głowicę w f32)</translation>
    </message>
    <message>
        <source>prefill peak {per_token} B/token x {tokens} tokens x {sequences}: SwiGLU temporaries 3 x intermediate + 4 hidden-size tensors + rotary + ids</source>
        <translation>szczyt prefill {per_token} B/token x {tokens} tokenów x {sequences}: tymczasowe tensory SwiGLU 3 x intermediate + 4 tensory rozmiaru hidden + rotary + ids</translation>
    </message>
    <message>
        <source>prefill peak {per_token} B/token x {tokens} tokens x {sequences}: Gated DeltaNet f32 chunk tensors (8 x value width) + 4 hidden-size tensors + rotary + ids</source>
        <translation>szczyt prefill {per_token} B/token x {tokens} tokenów x {sequences}: tensory fragmentu Gated DeltaNet w f32 (8 x szerokość wartości) + 4 tensory rozmiaru hidden + rotary + ids</translation>
    </message>
    <message>
        <source>caching allocator: {kv_fraction} of the KV cache (grown by torch.cat each step)</source>
        <translation>alokator z pamięcią podręczną: {kv_fraction} pamięci KV (rośnie przez torch.cat w każdym kroku)</translation>
    </message>
    <message>
        <source>caching allocator: {kv_fraction} of the KV cache (grown by torch.cat each step) + {head_fraction} of the freed untied head</source>
        <translation>alokator z pamięcią podręczną: {kv_fraction} pamięci KV (rośnie przez torch.cat w każdym kroku) + {head_fraction} zwolnionej niepowiązanej głowicy</translation>
    </message>
    <message>
        <source>CUDA context, lazily loaded kernels, cuBLAS workspace (measured 0.68 GiB on H100)</source>
        <translation>kontekst CUDA, leniwie ładowane jądra, przestrzeń robocza cuBLAS (zmierzono 0,68 GiB na H100)</translation>
    </message>
    <message>
        <source>{weights} weights</source>
        <translation>wagi {weights}</translation>
    </message>
    <message>
        <source>{weights} weights with the non-quantized parameters upcast to fp32</source>
        <translation>wagi {weights}, nieskwantyzowane parametry podniesione do fp32</translation>
    </message>
    <message>
        <source>bf16 copy of each weight kept for backward ({dtype_size} B x params)</source>
        <translation>kopia bf16 każdej wagi trzymana na przejście wsteczne ({dtype_size} B x parametry)</translation>
    </message>
    <message>
        <source>AdamW m and v in the parameter dtype (2 x params)</source>
        <translation>m i v AdamW w typie parametrów (2 x parametry)</translation>
    </message>
    <message>
        <source>AdamW m and v in the parameter dtype (2 x params); {trainable} trainable params</source>
        <translation>m i v AdamW w typie parametrów (2 x parametry); {trainable} parametrów trenowanych</translation>
    </message>
    <message>
        <source>AdamW m and v in the parameter dtype (2 x params); {trainable} trainable params (LoRA r={rank} on {modules})</source>
        <translation>m i v AdamW w typie parametrów (2 x parametry); {trainable} parametrów trenowanych (LoRA r={rank} na {modules})</translation>
    </message>
    <message>
        <source>8-bit AdamW: 2 B + absmax per 256</source>
        <translation>8-bitowy AdamW: 2 B + absmax na każde 256</translation>
    </message>
    <message>
        <source>8-bit AdamW: 2 B + absmax per 256; {trainable} trainable params</source>
        <translation>8-bitowy AdamW: 2 B + absmax na każde 256; {trainable} parametrów trenowanych</translation>
    </message>
    <message>
        <source>8-bit AdamW: 2 B + absmax per 256; {trainable} trainable params (LoRA r={rank} on {modules})</source>
        <translation>8-bitowy AdamW: 2 B + absmax na każde 256; {trainable} parametrów trenowanych (LoRA r={rank} na {modules})</translation>
    </message>
    <message>
        <source>SGD momentum buffer (1 x params)</source>
        <translation>bufor momentu SGD (1 x parametry)</translation>
    </message>
    <message>
        <source>SGD momentum buffer (1 x params); {trainable} trainable params</source>
        <translation>bufor momentu SGD (1 x parametry); {trainable} parametrów trenowanych</translation>
    </message>
    <message>
        <source>SGD momentum buffer (1 x params); {trainable} trainable params (LoRA r={rank} on {modules})</source>
        <translation>bufor momentu SGD (1 x parametry); {trainable} parametrów trenowanych (LoRA r={rank} na {modules})</translation>
    </message>
    <message>
        <source>Adafactor factored second moment (row + column vectors, fp32)</source>
        <translation>faktoryzowany drugi moment Adafactor (wektory wierszy + kolumn, fp32)</translation>
    </message>
    <message>
        <source>Adafactor factored second moment (row + column vectors, fp32); {trainable} trainable params</source>
        <translation>faktoryzowany drugi moment Adafactor (wektory wierszy + kolumn, fp32); {trainable} parametrów trenowanych</translation>
    </message>
    <message>
        <source>Adafactor factored second moment (row + column vectors, fp32); {trainable} trainable params (LoRA r={rank} on {modules})</source>
        <translation>faktoryzowany drugi moment Adafactor (wektory wierszy + kolumn, fp32); {trainable} parametrów trenowanych (LoRA r={rank} na {modules})</translation>
    </message>
    <message>
        <source>foreach AdamW: 1 x trainable params</source>
        <translation>foreach AdamW: 1 x parametry trenowane</translation>
    </message>
    <message>
        <source>Adafactor: 2 fp32 copies of the largest tensor</source>
        <translation>Adafactor: 2 kopie fp32 największego tensora</translation>
    </message>
    <message>
        <source>{per_layer} B saved per token per layer x {tokens} tokens x {layers} layers</source>
        <translation>{per_layer} B zapisanych na token na warstwę x {tokens} tokenów x {layers} warstw</translation>
    </message>
    <message>
        <source>checkpointed layer inputs {res_size} x hidden x {tokens} tokens x {layers} layers</source>
        <translation>wejścia warstw przy checkpointingu {res_size} x hidden x {tokens} tokenów x {layers} warstw</translation>
    </message>
    <message>
        <source>{logit_size} B x batch x seq x vocab (fp32 logits, log-softmax, gradient)</source>
        <translation>{logit_size} B x batch x seq x vocab (logity fp32, log-softmax, gradient)</translation>
    </message>
    <message>
        <source>{param_size} B x {trainable} trainable params</source>
        <translation>{param_size} B x {trainable} parametrów trenowanych</translation>
    </message>
    <message>
        <source>{param_size} B x {trainable} trainable params (LoRA r={rank} on {modules})</source>
        <translation>{param_size} B x {trainable} parametrów trenowanych (LoRA r={rank} na {modules})</translation>
    </message>
    <message>
        <source>caching allocator keeps {loss_fraction} of the loss tensors' blocks, {activations_fraction} of the activations</source>
        <translation>alokator z pamięcią podręczną zatrzymuje {loss_fraction} bloków tensorów straty, {activations_fraction} aktywacji</translation>
    </message>
    <message>
        <source>caching allocator keeps {loss_fraction} of the loss tensors' blocks, {activations_fraction} of the activations and {autocast_fraction} of the autocast weight copies</source>
        <translation>alokator z pamięcią podręczną zatrzymuje {loss_fraction} bloków tensorów straty, {activations_fraction} aktywacji i {autocast_fraction} kopii wag autocast</translation>
    </message>
    <message>
        <source>caching allocator keeps {loss_fraction} of the loss tensors' blocks, {activations_fraction} of the activations + the freed untied head</source>
        <translation>alokator z pamięcią podręczną zatrzymuje {loss_fraction} bloków tensorów straty, {activations_fraction} aktywacji + zwolniona niepowiązana głowica</translation>
    </message>
    <message>
        <source>caching allocator keeps {loss_fraction} of the loss tensors' blocks, {activations_fraction} of the activations and {autocast_fraction} of the autocast weight copies + the freed untied head</source>
        <translation>alokator z pamięcią podręczną zatrzymuje {loss_fraction} bloków tensorów straty, {activations_fraction} aktywacji i {autocast_fraction} kopii wag autocast + zwolniona niepowiązana głowica</translation>
    </message>
    <message>
        <source>{layers} linear-attention layers x {sequences} sequences: conv (kernel - 1) x channels + key x value state per head, model dtype</source>
        <translation>{layers} warstw uwagi liniowej x {sequences} sekwencji: splot (jądro - 1) x kanały + stan klucz x wartość na głowicę, typ modelu</translation>
    </message>
    <message>
        <source>{weights} weights / {gpus} GPUs</source>
        <translation>wagi {weights} / {gpus} GPU</translation>
    </message>
    <message>
        <source>paged cache for {sequences} x {tokens} tokens in 16-token blocks ({kv_type})</source>
        <translation>stronicowana pamięć na {sequences} x {tokens} tokenów w blokach po 16 tokenów ({kv_type})</translation>
    </message>
    <message>
        <source>profiling peak at {tokens} batched tokens: MLP temporaries + fp32 logits and probabilities for the last token of {sequences} sequences</source>
        <translation>szczyt przebiegu profilującego przy {tokens} tokenach w partii: tymczasowe tensory MLP + logity i prawdopodobieństwa fp32 dla ostatniego tokenu każdej z {sequences} sekwencji</translation>
    </message>
    <message>
        <source>captured CUDA graphs</source>
        <translation>przechwycone grafy CUDA</translation>
    </message>
    <message>
        <source>CUDA context, kernels, NCCL and other non-torch memory</source>
        <translation>kontekst CUDA, jądra, NCCL i inna pamięć poza torch</translation>
    </message>
    <message>
        <source>{layers} recurrent layers x {sequences} sequences x (conv kernel x channels + SSM state per head), both in the model dtype</source>
        <translation>{layers} warstw rekurencyjnych x {sequences} sekwencji x (jądro splotu x kanały + stan SSM na głowicę), wszystko w typie modelu</translation>
    </message>
    <message>
        <source>mmproj file: {params} parameters of the image encoder and projector in {type}</source>
        <translation>plik mmproj: {params} parametrów kodera obrazu i projektora w {type}</translation>
    </message>
    <message>
        <source>encoder graph for one {px} px image, F32: {patches} patches x (5 x {hidden} + {ff}) + {heads} heads x {patches}² attention scores</source>
        <translation>graf kodera dla jednego obrazu {px} px, F32: {patches} łatek x (5 x {hidden} + {ff}) + {heads} głów x {patches}² wyników uwagi</translation>
    </message>
    <message>
        <source>encoder graph for one {px} px image, F32, flash attention: {patches} patches x (5 x {hidden} + {ff})</source>
        <translation>graf kodera dla jednego obrazu {px} px, F32, flash attention: {patches} łatek x (5 x {hidden} + {ff})</translation>
    </message>
    <message>
        <source>{params} encoder and projector parameters in {dtype}</source>
        <translation>{params} parametrów kodera i projektora w {dtype}</translation>
    </message>
    <message>
        <source>images per prompt: {images} of {px} px in one forward, {patches} patches x (5 x {hidden} + {ff}) each</source>
        <translation>obrazy na prompt: {images} po {px} px w jednym przebiegu, po {patches} łatek x (5 x {hidden} + {ff})</translation>
    </message>
    <message>
        <source>{params} encoder and projector parameters in bf16 / {gpus} GPUs</source>
        <translation>{params} parametrów kodera i projektora w bf16 / {gpus} GPU</translation>
    </message>
    <message>
        <source>profiling encodes {items} images of {px} px at once ({images} per prompt, capped by the encoder budget): {patches} patches each + {tokens} embeddings kept per image</source>
        <translation>profilowanie koduje naraz {items} obrazów {px} px ({images} na prompt, ograniczone budżetem kodera): po {patches} łatek + {tokens} osadzeń zachowanych na obraz</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <source>Planning for hardware you described, not for this machine.</source>
        <translation>Obliczenia dla opisanego przez Ciebie sprzętu, nie dla tego komputera.</translation>
    </message>
    <message>
        <source>No GPU given: planning for CPU and RAM only.</source>
        <translation>Nie podano GPU: obliczenia tylko dla CPU i RAM.</translation>
    </message>
    <message>
        <source>GPUs given on the command line (assumed fully free).</source>
        <translation>Karty graficzne podane w wierszu poleceń (przyjęto, że są całkowicie wolne).</translation>
    </message>
    <message>
        <source>GPUs given on the command line, with the free VRAM given (--free-vram).</source>
        <translation>GPU podane w wierszu poleceń, z wolną pamięcią VRAM podaną w --free-vram.</translation>
    </message>
    <message>
        <source>“{query}” fits several GPUs; planning for the most common, {gpu} (others: {others}). Give the full name or NAME:GB to choose another.</source>
        <translation>„{query}” pasuje do kilku GPU; obliczenia dla najpopularniejszego, {gpu} (inne: {others}). Aby wybrać inny, podaj pełną nazwę lub NAME:GB.</translation>
    </message>
    <message>
        <source>{gpu} is not in the GPU catalog: planned with the memory size given; its memory bandwidth is unknown, so speeds assume {bandwidth_bps}.</source>
        <translation>{gpu} nie ma w katalogu GPU: obliczenia dla podanego rozmiaru pamięci; przepustowość jego pamięci jest nieznana, więc prędkości zakładają {bandwidth_bps}.</translation>
    </message>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <source>--free-vram was given {count} times for {gpus} GPU(s): give it once (the same for every GPU) or once per GPU.</source>
        <translation>--free-vram podano {count} razy dla {gpus} GPU: podaj je raz (tak samo dla każdego GPU) albo raz dla każdego GPU.</translation>
    </message>
    <message>
        <source>RAM speed from the memory type: {memory_type}-{speed_mts}, {channels} channel(s), {bandwidth_bps} theoretical.</source>
        <translation>Szybkość RAM z typu pamięci: {memory_type}-{speed_mts}, kanały: {channels}, teoretycznie {bandwidth_bps}.</translation>
    </message>
    <message>
        <source>RAM speed: the published memory bandwidth of the {chip}.</source>
        <translation>Szybkość RAM: opublikowana przepustowość pamięci {chip}.</translation>
    </message>
    <message>
        <source>RAM speed measured on this machine: {measured_bps} copy speed.</source>
        <translation>Szybkość RAM zmierzona na tym komputerze: kopiowanie {measured_bps}.</translation>
    </message>
    <message>
        <source>RAM speed as given: {bandwidth_bps}.</source>
        <translation>Szybkość RAM podana: {bandwidth_bps}.</translation>
    </message>
    <message>
        <source>RAM speed unknown: assumed {bandwidth_bps} (dual-channel DDR4-3200). Measure it, or give --ram-bandwidth.</source>
        <translation>Szybkość RAM nieznana: przyjęto {bandwidth_bps} (dwukanałowa DDR4-3200). Zmierz ją albo podaj --ram-bandwidth.</translation>
    </message>
    <message>
        <source>Hardware detection failed ({error}); plan with --gpu and --ram instead.</source>
        <translation>Wykrywanie sprzętu nie powiodło się ({error}); podaj sprzęt przez --gpu i --ram.</translation>
    </message>
    <message>
        <source>NVIDIA GPU detection is off (nvidia-ml-py is not installed: {reason}): planning for CPU and RAM only.</source>
        <translation>Wykrywanie GPU NVIDIA jest wyłączone (nvidia-ml-py nie jest zainstalowany: {reason}): obliczenia tylko dla CPU i RAM.</translation>
    </message>
    <message>
        <source>No NVIDIA driver found (NVML library not installed): planning for CPU and RAM only.</source>
        <translation>Nie znaleziono sterownika NVIDIA (biblioteka NVML nie jest zainstalowana): obliczenia tylko dla CPU i RAM.</translation>
    </message>
    <message>
        <source>An NVIDIA driver is installed but not running (NVML: driver not loaded); planning for CPU and RAM only.</source>
        <translation>Sterownik NVIDIA jest zainstalowany, ale nie działa (NVML: sterownik nie załadowany); obliczenia tylko dla CPU i RAM.</translation>
    </message>
    <message>
        <source>The NVIDIA driver and its NVML library have different versions, usually after a driver update without a reboot (restart to fix): planning for CPU and RAM only.</source>
        <translation>Sterownik NVIDIA i jego biblioteka NVML mają różne wersje, zwykle po aktualizacji sterownika bez ponownego uruchomienia (uruchom komputer ponownie): obliczenia tylko dla CPU i RAM.</translation>
    </message>
    <message>
        <source>Not allowed to query the NVIDIA driver (permission denied): planning for CPU and RAM only.</source>
        <translation>Brak uprawnień do odpytania sterownika NVIDIA (odmowa dostępu): obliczenia tylko dla CPU i RAM.</translation>
    </message>
    <message>
        <source>The NVIDIA driver could not be queried ({reason}): planning for CPU and RAM only.</source>
        <translation>Nie udało się odpytać sterownika NVIDIA ({reason}): obliczenia tylko dla CPU i RAM.</translation>
    </message>
    <message>
        <source>The NVIDIA driver is running but reports no GPUs: planning for CPU and RAM only.</source>
        <translation>Sterownik NVIDIA działa, ale nie zgłasza żadnego GPU: obliczenia tylko dla CPU i RAM.</translation>
    </message>
    <message>
        <source>No usable NVIDIA GPU: planning for CPU and RAM only.</source>
        <translation>Brak użytecznego GPU NVIDIA: obliczenia tylko dla CPU i RAM.</translation>
    </message>
    <message>
        <source>No usable NVIDIA GPU left: planning for CPU and RAM only.</source>
        <translation>Nie został żaden użyteczny GPU NVIDIA: obliczenia tylko dla CPU i RAM.</translation>
    </message>
    <message>
        <source>{gpu} stopped responding while being read ({reason}); it is left out of the plan. Restarting the computer usually brings it back.</source>
        <translation>{gpu} przestał odpowiadać podczas odczytu ({reason}); pominięto go w obliczeniach. Zwykle pomaga ponowne uruchomienie komputera.</translation>
    </message>
    <message>
        <source>{gpu}: the driver does not report its memory size ({reason}); it is left out of the plan. Use --gpu "NAME:GB" to plan for it.</source>
        <translation>{gpu}: sterownik nie podaje rozmiaru jego pamięci ({reason}); pominięto go w obliczeniach. Aby go uwzględnić, użyj --gpu "NAME:GB".</translation>
    </message>
    <message>
        <source>{gpu} is split into MIG instances: one program sees only its instance's memory, so the card's total overstates what one model can use.</source>
        <translation>{gpu} jest podzielony na instancje MIG: program widzi tylko pamięć swojej instancji, więc całkowita pamięć karty zawyża to, czego może użyć jeden model.</translation>
    </message>
    <message>
        <source>{gpu} drives a display: the desktop holds some of its memory, and free VRAM changes as windows open and close.</source>
        <translation>{gpu} obsługuje monitor: pulpit zajmuje część jego pamięci, a wolna VRAM zmienia się przy otwieraniu i zamykaniu okien.</translation>
    </message>
    <message>
        <source>{gpu}: the programs using its memory cannot be listed (permission denied); run as administrator or root to see them.</source>
        <translation>{gpu}: nie można wypisać programów używających jego pamięci (odmowa dostępu); uruchom jako administrator lub root, aby je zobaczyć.</translation>
    </message>
    <message>
        <source>Integrated GPU ignored: {device} has no memory of its own (it borrows system RAM), so it is counted as RAM, not as a GPU.</source>
        <translation>Pominięto zintegrowany GPU: {device} nie ma własnej pamięci (pożycza systemową RAM), więc liczy się go jako RAM, a nie jako GPU.</translation>
    </message>
    <message>
        <source>Integrated GPU ignored: {device} has no memory of its own (it borrows system RAM), so it is counted as RAM, not as a GPU. The NVIDIA GPU is the one planned for.</source>
        <translation>Pominięto zintegrowany GPU: {device} nie ma własnej pamięci (pożycza systemową RAM), więc liczy się go jako RAM, a nie jako GPU. Obliczenia dotyczą GPU NVIDIA.</translation>
    </message>
    <message>
        <source>GPU ignored: {device} is not an NVIDIA GPU; VRAMScope reads NVIDIA GPUs only (through NVML). Use --gpu "NAME:GB" to plan for it.</source>
        <translation>Pominięto GPU: {device} nie jest GPU NVIDIA; VRAMScope odczytuje tylko GPU NVIDIA (przez NVML). Aby go uwzględnić, użyj --gpu "NAME:GB".</translation>
    </message>
    <message>
        <source>Windows: when VRAM runs out the NVIDIA driver may silently use system RAM as 'shared GPU memory', which is very slow.</source>
        <translation>Windows: gdy zabraknie VRAM, sterownik NVIDIA może po cichu używać systemowej RAM jako „współdzielonej pamięci GPU”, co jest bardzo wolne.</translation>
    </message>
    <message>
        <source>WSL2: RAM is the WSL virtual machine's limit (set in .wslconfig), not the whole PC's; the GPU is shared with Windows programs, and the NVIDIA driver may spill VRAM into shared GPU memory as on Windows.</source>
        <translation>WSL2: RAM to limit maszyny wirtualnej WSL (ustawiany w .wslconfig), a nie całego komputera; GPU jest współdzielony z programami Windows, a sterownik NVIDIA może przelewać VRAM do współdzielonej pamięci GPU, tak jak w Windows.</translation>
    </message>
    <message>
        <source>Apple Silicon: the GPU shares system RAM (unified memory); macOS lets it use about {share_gib} GiB of it, which is planned as GPU memory.</source>
        <translation>Apple Silicon: GPU dzieli pamięć RAM z systemem (pamięć zunifikowana); macOS pozwala mu użyć około {share_gib} GiB, co liczymy jako pamięć GPU.</translation>
    </message>
    <message>
        <source>GPU memory is not measured: NVIDIA GPU detection is off (nvidia-ml-py is not installed: {reason}); RAM is still measured.</source>
        <translation>Pamięć GPU nie jest mierzona: wykrywanie GPU NVIDIA jest wyłączone (nvidia-ml-py nie jest zainstalowany: {reason}); RAM jest nadal mierzona.</translation>
    </message>
    <message>
        <source>GPU memory is not measured: No NVIDIA driver found (NVML library not installed); RAM is still measured.</source>
        <translation>Pamięć GPU nie jest mierzona: nie znaleziono sterownika NVIDIA (biblioteka NVML nie jest zainstalowana); RAM jest nadal mierzona.</translation>
    </message>
    <message>
        <source>GPU memory is not measured: An NVIDIA driver is installed but not running (NVML: driver not loaded); RAM is still measured.</source>
        <translation>Pamięć GPU nie jest mierzona: sterownik NVIDIA jest zainstalowany, ale nie działa (NVML: sterownik nie załadowany); RAM jest nadal mierzona.</translation>
    </message>
    <message>
        <source>GPU memory is not measured: The NVIDIA driver and its NVML library have different versions, usually after a driver update without a reboot (restart to fix); RAM is still measured.</source>
        <translation>Pamięć GPU nie jest mierzona: sterownik NVIDIA i jego biblioteka NVML mają różne wersje, zwykle po aktualizacji sterownika bez ponownego uruchomienia (uruchom komputer ponownie); RAM jest nadal mierzona.</translation>
    </message>
    <message>
        <source>GPU memory is not measured: Not allowed to query the NVIDIA driver (permission denied); RAM is still measured.</source>
        <translation>Pamięć GPU nie jest mierzona: brak uprawnień do odpytania sterownika NVIDIA (odmowa dostępu); RAM jest nadal mierzona.</translation>
    </message>
    <message>
        <source>GPU memory is not measured: The NVIDIA driver could not be queried ({reason}); RAM is still measured.</source>
        <translation>Pamięć GPU nie jest mierzona: nie udało się odpytać sterownika NVIDIA ({reason}); RAM jest nadal mierzona.</translation>
    </message>
    <message>
        <source>GPU memory is not measured: The NVIDIA driver is running but reports no GPUs; RAM is still measured.</source>
        <translation>Pamięć GPU nie jest mierzona: sterownik NVIDIA działa, ale nie zgłasza żadnego GPU; RAM jest nadal mierzona.</translation>
    </message>
    <message>
        <source>GPU memory is not measured (NVML failed: {error}).</source>
        <translation>Pamięć GPU nie jest mierzona (błąd NVML: {error}).</translation>
    </message>
    <message>
        <source>NVML stopped answering {at_s} s into the run: GPU readings stop there (the samples before are kept); RAM is still measured.</source>
        <translation>NVML przestał odpowiadać po {at_s} s pomiaru: odczyty GPU kończą się w tym miejscu (wcześniejsze próbki zachowano); RAM jest nadal mierzona.</translation>
    </message>
    <message>
        <source>Reading the GPUs failed ({error}).</source>
        <translation>Odczyt GPU nie powiódł się ({error}).</translation>
    </message>
    <message>
        <source>{gpu} stopped responding {at_s} s into the run (lost, reset or removed); its earlier samples are kept.</source>
        <translation>{gpu} przestał odpowiadać po {at_s} s pomiaru (utracony, zresetowany lub odłączony); wcześniejsze próbki zachowano.</translation>
    </message>
    <message>
        <source>{gpu} appeared {at_s} s into the run.</source>
        <translation>{gpu} pojawił się po {at_s} s pomiaru.</translation>
    </message>
    <message>
        <source>GPU {index} is a different card since {at_s} s into the run: {gpu}.</source>
        <translation>GPU {index} to inna karta od {at_s} s pomiaru: {gpu}.</translation>
    </message>
    <message>
        <source>{gpu}: its memory use cannot be read ({reason}).</source>
        <translation>{gpu}: nie można odczytać zajętej pamięci ({reason}).</translation>
    </message>
    <message>
        <source>{gpu} drives a display: windows opening and closing change its memory too, so the baseline subtraction is approximate.</source>
        <translation>{gpu} obsługuje monitor: otwieranie i zamykanie okien też zmienia zajętą pamięć, więc odjęcie poziomu wyjściowego jest przybliżone.</translation>
    </message>
    <message>
        <source>{gpu}: the programs using its memory cannot be listed ({reason}); only the GPU's total is measured.</source>
        <translation>{gpu}: nie można wypisać programów używających jego pamięci ({reason}); mierzona jest tylko całość GPU.</translation>
    </message>
    <message>
        <source>{gpu}: the driver does not say how much memory each program holds (Windows does not report it); only the GPU's total is measured.</source>
        <translation>{gpu}: sterownik nie podaje, ile pamięci zajmuje każdy program (Windows tego nie zgłasza); mierzona jest tylko całość GPU.</translation>
    </message>
    <message>
        <source>System RAM cannot be read ({error}).</source>
        <translation>Nie można odczytać systemowej RAM ({error}).</translation>
    </message>
    <message>
        <source>The memory of {process} cannot be read (permission denied); run VRAMScope as the same user or as administrator.</source>
        <translation>Nie można odczytać pamięci {process} (odmowa dostępu); uruchom VRAMScope jako ten sam użytkownik lub jako administrator.</translation>
    </message>
    <message>
        <source>The memory of {process} cannot be read ({error}).</source>
        <translation>Nie można odczytać pamięci {process} ({error}).</translation>
    </message>
    <message>
        <source>{process} exited {at_s} s into the run.</source>
        <translation>{process} zakończył się po {at_s} s pomiaru.</translation>
    </message>
    <message>
        <source>The list of running programs cannot be read ({error}); only the given process ids are watched.</source>
        <translation>Nie można odczytać listy uruchomionych programów ({error}); obserwowane są tylko podane identyfikatory procesów.</translation>
    </message>
    <message>
        <source>{count} programs match; only the first {limit} by process id are watched. Name the program more precisely.</source>
        <translation>Pasujących programów: {count}; obserwowanych jest tylko pierwszych {limit} według identyfikatora procesu. Podaj nazwę programu dokładniej.</translation>
    </message>
    <message>
        <source>Further notes were left out.</source>
        <translation>Pozostałe uwagi pominięto.</translation>
    </message>
    <message>
        <source>The sampling thread did not stop within {wait_s} s (a driver call hung); the recording ends at the last sample taken.</source>
        <translation>Wątek próbkowania nie zatrzymał się w ciągu {wait_s} s (zawiesiło się wywołanie sterownika); zapis kończy się na ostatniej pobranej próbce.</translation>
    </message>
    <message>
        <source>A sample failed ({error}).</source>
        <translation>Próbka nie powiodła się ({error}).</translation>
    </message>
    <message>
        <source>Sampling stopped early ({error}).</source>
        <translation>Próbkowanie zatrzymało się przedwcześnie ({error}).</translation>
    </message>
    <message>
        <source>{file}: field '{field}' ({value}) is larger than {total_field} ({total})</source>
        <translation>{file}: pole '{field}' ({value}) jest większe niż {total_field} ({total})</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a note or a string, got {value}</source>
        <translation>{file}: pole '{field}' musi być uwagą lub napisem, jest {value}</translation>
    </message>
    <message>
        <source>{file}: not a VRAMScope recording ('format' must be {expected})</source>
        <translation>{file}: to nie jest zapis VRAMScope ('format' musi mieć wartość {expected})</translation>
    </message>
    <message>
        <source>{file}: recording version {value} is not supported (this VRAMScope reads version {supported}); update VRAMScope</source>
        <translation>{file}: wersja zapisu {value} nie jest obsługiwana (ta wersja VRAMScope czyta wersję {supported}); zaktualizuj VRAMScope</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a list of {count} items: {layout}</source>
        <translation>{file}: pole '{field}' musi być listą {count} elementów: {layout}</translation>
    </message>
    <message>
        <source>{file}: field '{field}': the same GPU index appears twice</source>
        <translation>{file}: pole '{field}': ten sam numer GPU występuje dwa razy</translation>
    </message>
    <message>
        <source>{file}: field '{field}': the same pid appears twice</source>
        <translation>{file}: pole '{field}': ten sam pid występuje dwa razy</translation>
    </message>
    <message>
        <source>{file}: field '{field}': GPU {index} is not listed in 'gpus'</source>
        <translation>{file}: pole '{field}': GPU {index} nie występuje w 'gpus'</translation>
    </message>
    <message>
        <source>{file}: field '{field}': times must not decrease, {value} after {previous}</source>
        <translation>{file}: pole '{field}': czas nie może maleć, {value} po {previous}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' ({value}) is less than the samples stored ({count})</source>
        <translation>{file}: pole '{field}' ({value}) jest mniejsze niż liczba zapisanych próbek ({count})</translation>
    </message>
    <message>
        <source>The NVIDIA driver did not answer within {wait_s} s: its GPUs are left out until it does (Refresh reads them again).</source>
        <translation>Sterownik NVIDIA nie odpowiedział w ciągu {wait_s} s: jego karty GPU są pomijane, dopóki nie odpowie (Odśwież odczyta je ponownie).</translation>
    </message>
    <message>
        <source>The run was too long to save whole: {kept} of {total} samples were kept, every peak among them.</source>
        <translation>Przebieg był zbyt długi, by zapisać go w całości: zachowano {kept} z {total} próbek, w tym wszystkie szczyty.</translation>
    </message>
</context>
<context>
    <name>HostileData</name>
    <message>
        <source>field {field} has the wrong type or value: {value}</source>
        <translation>pole {field} ma nieprawidłowy typ lub wartość: {value}</translation>
    </message>
    <message>
        <source>field {field} holds text that is not valid Unicode</source>
        <translation>pole {field} zawiera tekst, który nie jest poprawnym Unicode</translation>
    </message>
    <message>
        <source>not a check this version can read (format {value})</source>
        <translation>ta wersja nie potrafi odczytać tego sprawdzenia (format {value})</translation>
    </message>
</context>
<context>
    <name>JsonData</name>
    <message>
        <source>{file}: cannot read ({reason})</source>
        <translation>{file}: nie można odczytać ({reason})</translation>
    </message>
    <message>
        <source>{file}: larger than {limit} bytes; not a file VRAMScope reads</source>
        <translation>{file}: większy niż {limit} bajtów; VRAMScope nie czyta takich plików</translation>
    </message>
    <message>
        <source>{file}: not UTF-8 text</source>
        <translation>{file}: to nie jest tekst UTF-8</translation>
    </message>
    <message>
        <source>{file}: not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>{file}: niepoprawny JSON (wiersz {line}, kolumna {column}: {reason})</translation>
    </message>
    <message>
        <source>{file}: JSON nested too deeply (more than {limit} levels)</source>
        <translation>{file}: zbyt głębokie zagnieżdżenie JSON (ponad {limit} poziomów)</translation>
    </message>
    <message>
        <source>{file}: {value} is not a number (JSON has no NaN or Infinity)</source>
        <translation>{file}: {value} nie jest liczbą (JSON nie ma NaN ani Infinity)</translation>
    </message>
    <message>
        <source>{file}: a number has too many digits</source>
        <translation>{file}: liczba ma zbyt wiele cyfr</translation>
    </message>
    <message>
        <source>{file}: expected a JSON object, got {value}</source>
        <translation>{file}: oczekiwano obiektu JSON, jest {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' is not a known field (known: {known})</source>
        <translation>{file}: pole '{field}' jest nieznane (znane: {known})</translation>
    </message>
    <message>
        <source>{file}: field '{field}' is missing</source>
        <translation>{file}: brak pola '{field}'</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a string, got {value}</source>
        <translation>{file}: pole '{field}' musi być napisem, jest {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a non-empty string, got {value}</source>
        <translation>{file}: pole '{field}' musi być niepustym napisem, jest {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' is longer than {limit} characters</source>
        <translation>{file}: pole '{field}' jest dłuższe niż {limit} znaków</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be an integer, got {value}</source>
        <translation>{file}: pole '{field}' musi być liczbą całkowitą, jest {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be at least {minimum}, got {value}</source>
        <translation>{file}: pole '{field}' musi wynosić co najmniej {minimum}, jest {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be at most {maximum}, got {value}</source>
        <translation>{file}: pole '{field}' może wynosić najwyżej {maximum}, jest {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a number, got {value}</source>
        <translation>{file}: pole '{field}' musi być liczbą, jest {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a finite number, got {value}</source>
        <translation>{file}: pole '{field}' musi być liczbą skończoną, jest {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be positive, got {value}</source>
        <translation>{file}: pole '{field}' musi być dodatnie, jest {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be true or false, got {value}</source>
        <translation>{file}: pole '{field}' musi mieć wartość true lub false, jest {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be one of {allowed}, got {value}</source>
        <translation>{file}: pole '{field}' musi mieć jedną z wartości: {allowed}, jest {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be an object, got {value}</source>
        <translation>{file}: pole '{field}' musi być obiektem, jest {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' must be a list, got {value}</source>
        <translation>{file}: pole '{field}' musi być listą, jest {value}</translation>
    </message>
    <message>
        <source>{file}: field '{field}' holds {count} items, more than the {limit} allowed</source>
        <translation>{file}: pole '{field}' ma {count} elementów, więcej niż dozwolone {limit}</translation>
    </message>
</context>
<context>
    <name>MachinePanel</name>
    <message>
        <source>Integrated GPU ignored: it has no memory of its own and counts as RAM.</source>
        <translation>Zintegrowany GPU pominięty: nie ma własnej pamięci i liczy się jako RAM.</translation>
    </message>
    <message>
        <source>A GPU that is not NVIDIA was ignored; use “Plan for other hardware” for it.</source>
        <translation>Pominięto GPU innej firmy niż NVIDIA; użyj dla niego opcji „Inny sprzęt”.</translation>
    </message>
    <message>
        <source>Windows may spill into shared GPU memory when VRAM runs out (very slow).</source>
        <translation>Gdy zabraknie VRAM, Windows może użyć współdzielonej pamięci GPU (bardzo wolno).</translation>
    </message>
    <message>
        <source>WSL2: RAM is the virtual machine's limit; the GPU is shared with Windows.</source>
        <translation>WSL2: RAM to limit maszyny wirtualnej; GPU jest współdzielony z Windows.</translation>
    </message>
    <message>
        <source>Apple Silicon: the GPU shares system RAM (unified memory).</source>
        <translation>Apple Silicon: GPU współdzieli pamięć systemową (pamięć zunifikowana).</translation>
    </message>
    <message>
        <source>No usable NVIDIA GPU found: planning for CPU and RAM only.</source>
        <translation>Nie znaleziono użytecznego GPU NVIDIA: obliczenia tylko dla CPU i RAM.</translation>
    </message>
    <message>
        <source>A GPU drives a display: the desktop holds some of its memory.</source>
        <translation>GPU obsługuje monitor: pulpit zajmuje część jego pamięci.</translation>
    </message>
    <message>
        <source>A GPU is split into MIG instances: one program sees only its share.</source>
        <translation>GPU jest podzielony na instancje MIG: program widzi tylko swoją część.</translation>
    </message>
    <message>
        <source>The programs using GPU memory cannot be listed without administrator rights.</source>
        <translation>Bez uprawnień administratora nie można wyświetlić programów używających pamięci GPU.</translation>
    </message>
    <message>
        <source>A GPU stopped responding and is left out of the plan.</source>
        <translation>GPU przestał odpowiadać i został pominięty.</translation>
    </message>
    <message>
        <source>A GPU does not report its memory size and is left out of the plan.</source>
        <translation>GPU nie podaje rozmiaru pamięci i został pominięty.</translation>
    </message>
    <message>
        <source>Hardware detection failed; use “Plan for other hardware”.</source>
        <translation>Wykrywanie sprzętu nie powiodło się; użyj opcji „Inny sprzęt”.</translation>
    </message>
    <message>
        <source>Your machine</source>
        <translation>Twój komputer</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Read free GPU memory and RAM again</source>
        <translation>Ponownie odczytaj wolną pamięć GPU i RAM</translation>
    </message>
    <message>
        <source>Plan for &amp;other hardware…</source>
        <translation>&amp;Inny sprzęt…</translation>
    </message>
    <message>
        <source>Pick GPUs from the catalog and a RAM size instead of this machine's</source>
        <translation>Wybierz GPU z katalogu i rozmiar RAM zamiast sprzętu tego komputera</translation>
    </message>
    <message>
        <source>Use &amp;this machine</source>
        <translation>&amp;Ten komputer</translation>
    </message>
    <message>
        <source>Go back to the detected hardware</source>
        <translation>Wróć do wykrytego sprzętu</translation>
    </message>
    <message>
        <source>Measure R&amp;AM speed</source>
        <translation>Zmierz szybkość R&amp;AM</translation>
    </message>
    <message>
        <source>Copy a few hundred MB in memory for under a second and plan CPU layers at the speed seen (kept for the next start)</source>
        <translation>Skopiuj kilkaset MB w pamięci (poniżej sekundy) i licz warstwy na CPU z zmierzoną szybkością (zachowaną do następnego uruchomienia)</translation>
    </message>
    <message>
        <source>Detecting hardware…</source>
        <translation>Wykrywanie sprzętu…</translation>
    </message>
    <message>
        <source>No usable GPU: planning for CPU and RAM.</source>
        <translation>Brak użytecznego GPU: obliczenia dla CPU i RAM.</translation>
    </message>
    <message>
        <source>%1 available of %2</source>
        <translation>dostępne %1 z %2</translation>
    </message>
    <message>
        <source>System RAM</source>
        <translation>Pamięć RAM</translation>
    </message>
    <message>
        <source>Could not measure the RAM speed: %1</source>
        <translation>Nie udało się zmierzyć szybkości RAM: %1</translation>
    </message>
    <message>
        <source>used %1 · free %2 · total %3</source>
        <translation>zajęte %1 · wolne %2 · razem %3</translation>
    </message>
    <message>
        <source>Using it: %1</source>
        <translation>Używają: %1</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> i %1 innych</translation>
    </message>
    <message>
        <source>The programs holding this GPU's memory are not known.</source>
        <translation>Nie wiadomo, które programy zajmują pamięć tego GPU.</translation>
    </message>
    <message>
        <source>No program holds memory on this GPU.</source>
        <translation>Żaden program nie zajmuje pamięci tego GPU.</translation>
    </message>
    <message>
        <source>Programs holding memory:</source>
        <translation>Programy zajmujące pamięć:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The settings file could not be read and was reset to defaults; the old file was kept as %1</source>
        <translation>Nie udało się odczytać pliku ustawień; przywrócono ustawienia domyślne, a stary plik zachowano jako %1</translation>
    </message>
    <message>
        <source>The settings file could not be read and was reset to defaults: %1</source>
        <translation>Nie udało się odczytać pliku ustawień; przywrócono ustawienia domyślne: %1</translation>
    </message>
    <message>
        <source>The settings file is from a newer VRAMScope: it is read as far as this version understands it, and changes are not saved to it (%1)</source>
        <translation>Plik ustawień pochodzi z nowszej wersji VRAMScope: odczytano to, co rozumie ta wersja, a zmiany nie są w nim zapisywane (%1)</translation>
    </message>
    <message>
        <source>The settings file could not be read and no copy could be made: defaults are used and the file is left as it is (%1)</source>
        <translation>Nie udało się odczytać pliku ustawień ani zrobić jego kopii: używane są ustawienia domyślne, a plik pozostaje bez zmian (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Open model file…</source>
        <translation>&amp;Otwórz plik modelu…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksport</translation>
    </message>
    <message>
        <source>Copy breakdown as &amp;text</source>
        <translation>Kopiuj podział jako &amp;tekst</translation>
    </message>
    <message>
        <source>Copy breakdown as &amp;Markdown</source>
        <translation>Kopiuj podział jako &amp;Markdown</translation>
    </message>
    <message>
        <source>Save chart as &amp;PNG…</source>
        <translation>Zapisz wykres jako &amp;PNG…</translation>
    </message>
    <message>
        <source>Save chart as &amp;SVG…</source>
        <translation>Zapisz wykres jako &amp;SVG…</translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation>Zapisz &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Hardware</source>
        <translation>&amp;Sprzęt</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Plan for &amp;other hardware…</source>
        <translation>&amp;Inny sprzęt…</translation>
    </message>
    <message>
        <source>Use &amp;this machine</source>
        <translation>&amp;Ten komputer</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Sprawdź</translation>
    </message>
    <message>
        <source>Check a &amp;real run…</source>
        <translation>Sprawdź z &amp;prawdziwym uruchomieniem…</translation>
    </message>
    <message>
        <source>Compare the estimate with the buffers a llama.cpp / Ollama load log shows</source>
        <translation>Porównaj szacunek z buforami z dziennika ładowania llama.cpp / Ollama</translation>
    </message>
    <message>
        <source>&amp;Measure…</source>
        <translation>&amp;Zmierz…</translation>
    </message>
    <message>
        <source>&amp;Clear the measured peak from the chart</source>
        <translation>&amp;Usuń zmierzony szczyt z wykresu</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>U&amp;stawienia</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencje…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About VRAMScope</source>
        <translation>&amp;O programie VRAMScope</translation>
    </message>
    <message>
        <source>VRAMScope — %1</source>
        <translation>VRAMScope — %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Obliczanie…</translation>
    </message>
    <message>
        <source>Open model file</source>
        <translation>Otwórz plik modelu</translation>
    </message>
    <message>
        <source>Model files (config.json *.json *.gguf *.safetensors);;All files (*)</source>
        <translation>Pliki modeli (config.json *.json *.gguf *.safetensors);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Nothing to export yet.</source>
        <translation>Na razie nie ma czego eksportować.</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Zapisz wykres jako PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Obrazy PNG (*.png)</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Zapisz wykres jako SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Obrazy SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save JSON</source>
        <translation>Zapisz JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Pliki JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Nie udało się zapisać: %1</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Measure a run</source>
        <translation>Pomiar uruchomienia</translation>
    </message>
    <message>
        <source>Press Start, then load and use the model in another program (a long prompt shows the real peak). VRAMScope samples GPU memory and RAM; press Stop when done and compare the peak with the estimate.</source>
        <translation>Naciśnij Start, a potem załaduj i używaj modelu w innym programie (długi prompt pokaże prawdziwy szczyt). VRAMScope próbkuje pamięć GPU i RAM; na koniec naciśnij Stop i porównaj szczyt z szacunkiem.</translation>
    </message>
    <message>
        <source>any program (whole GPU and RAM)</source>
        <translation>dowolny program (całe GPU i RAM)</translation>
    </message>
    <message>
        <source>Programs to watch by name (commas separate names); empty: measure the whole GPU and RAM</source>
        <translation>Obserwowane programy według nazwy (oddzielone przecinkami); puste: mierz całe GPU i RAM</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>Compare with &amp;model:</source>
        <translation>Porównaj z &amp;modelem:</translation>
    </message>
    <message>
        <source>&amp;Weight format:</source>
        <translation>&amp;Format wag:</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokenów</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Kontekst:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>&lt;b&gt;Added since Start&lt;/b&gt;</source>
        <translation>&lt;b&gt;Przyrost od startu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Teraz&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Peak&lt;/b&gt;</source>
        <translation>&lt;b&gt;Szczyt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>VRAM (all GPUs)</source>
        <translation>VRAM (wszystkie GPU)</translation>
    </message>
    <message>
        <source>System RAM</source>
        <translation>Pamięć RAM</translation>
    </message>
    <message>
        <source>Watched programs (resident)</source>
        <translation>Obserwowane programy (rezydentna)</translation>
    </message>
    <message>
        <source>Sa&amp;ve recording…</source>
        <translation>Zapisz &amp;nagranie…</translation>
    </message>
    <message>
        <source>&amp;Open recording…</source>
        <translation>&amp;Otwórz nagranie…</translation>
    </message>
    <message>
        <source>Show on c&amp;hart</source>
        <translation>Pokaż na &amp;wykresie</translation>
    </message>
    <message>
        <source>Mark the measured peak on the memory chart at the measured context</source>
        <translation>Zaznacz zmierzony szczyt na wykresie pamięci przy zmierzonym kontekście</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>No estimate yet: the hardware is being read.</source>
        <translation>Brak szacunku: trwa odczyt sprzętu.</translation>
    </message>
    <message>
        <source>Estimate: %1 on the GPU (likely %2), %3 in RAM.</source>
        <translation>Szacunek: %1 na GPU (prawdopodobnie %2), %3 w RAM.</translation>
    </message>
    <message>
        <source>Estimate: %1 in RAM (likely %2).</source>
        <translation>Szacunek: %1 w RAM (prawdopodobnie %2).</translation>
    </message>
    <message>
        <source>No estimate for this setup: %1</source>
        <translation>Brak szacunku dla tej konfiguracji: %1</translation>
    </message>
    <message>
        <source>Cannot measure: %1</source>
        <translation>Nie można mierzyć: %1</translation>
    </message>
    <message>
        <source>Measuring… load and use the model now, then press Stop.</source>
        <translation>Trwa pomiar… załaduj teraz model i używaj go, potem naciśnij Stop.</translation>
    </message>
    <message>
        <source>GPUs are unavailable (no NVIDIA driver or NVML): measuring system RAM and the programs' resident memory only.</source>
        <translation>GPU są niedostępne (brak sterownika NVIDIA lub NVML): mierzona jest tylko pamięć RAM i pamięć rezydentna programów.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
    <message>
        <source>%1 samples over %2 s.</source>
        <translation>Próbek: %1 w ciągu %2 s.</translation>
    </message>
    <message>
        <source>GPUs were unavailable: RAM and resident memory only.</source>
        <translation>GPU były niedostępne: tylko RAM i pamięć rezydentna.</translation>
    </message>
    <message>
        <source>No estimate to compare with.</source>
        <translation>Brak szacunku do porównania.</translation>
    </message>
    <message>
        <source>The recording holds nothing to compare.</source>
        <translation>Nagranie nie zawiera danych do porównania.</translation>
    </message>
    <message>
        <source>VRAM: measured %1, estimated %2 (likely %3).</source>
        <translation>VRAM: zmierzono %1, szacunek %2 (prawdopodobnie %3).</translation>
    </message>
    <message>
        <source>RAM: measured %1, estimated %2 (likely %3).</source>
        <translation>RAM: zmierzono %1, szacunek %2 (prawdopodobnie %3).</translation>
    </message>
    <message>
        <source>Inside the likely range.</source>
        <translation>W prawdopodobnym zakresie.</translation>
    </message>
    <message>
        <source>Above the likely range: the estimate is too low.</source>
        <translation>Powyżej prawdopodobnego zakresu: szacunek jest za niski.</translation>
    </message>
    <message>
        <source>Below the likely range: the estimate is too high.</source>
        <translation>Poniżej prawdopodobnego zakresu: szacunek jest za wysoki.</translation>
    </message>
    <message>
        <source>Save recording</source>
        <translation>Zapisz nagranie</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Pliki JSON (*.json)</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>Otwórz nagranie</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Pliki JSON (*.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Wczytywanie %1…</translation>
    </message>
    <message>
        <source>Recording saved: %1</source>
        <translation>Zapisano nagranie: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Niepowodzenie: %1</translation>
    </message>
</context>
<context>
    <name>MemoryChart</name>
    <message>
        <source>Compare formats</source>
        <translation>Porównaj formaty</translation>
    </message>
    <message>
        <source>Overlay the total of other weight formats</source>
        <translation>Nałóż sumy dla innych formatów wag</translation>
    </message>
    <message>
        <source>&lt;b&gt;Memory vs context&lt;/b&gt; · %1 · %2</source>
        <translation>&lt;b&gt;Pamięć a kontekst&lt;/b&gt; · %1 · %2</translation>
    </message>
    <message>
        <source>Memory (%1)</source>
        <translation>Pamięć (%1)</translation>
    </message>
    <message>
        <source>Context (tokens per sequence, log scale)</source>
        <translation>Kontekst (tokeny na sekwencję, skala log.)</translation>
    </message>
    <message>
        <source>Likely range</source>
        <translation>Prawdopodobny zakres</translation>
    </message>
    <message>
        <source>Total, %1</source>
        <translation>Razem, %1</translation>
    </message>
    <message>
        <source>%1 (above the chart)</source>
        <translation>%1 (powyżej wykresu)</translation>
    </message>
    <message>
        <source>Estimated RAM</source>
        <translation>Szacowany RAM</translation>
    </message>
    <message>
        <source>Estimated VRAM</source>
        <translation>Szacowany VRAM</translation>
    </message>
    <message>
        <source>Measured peak: %1 at %2 tokens</source>
        <translation>Zmierzony szczyt: %1 przy %2 tokenach</translation>
    </message>
    <message>
        <source>Measured %1</source>
        <translation>Zmierzono %1</translation>
    </message>
    <message>
        <source>free VRAM</source>
        <translation>wolna VRAM</translation>
    </message>
    <message>
        <source>total VRAM</source>
        <translation>cała VRAM</translation>
    </message>
    <message>
        <source>free VRAM + RAM</source>
        <translation>wolna VRAM + RAM</translation>
    </message>
    <message>
        <source>available RAM</source>
        <translation>dostępna RAM</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>kontekst %1</translation>
    </message>
    <message>
        <source>fits up to %1</source>
        <translation>mieści się do %1</translation>
    </message>
    <message>
        <source>Largest context that fits: %1 tokens</source>
        <translation>Największy mieszczący się kontekst: %1 tokenów</translation>
    </message>
    <message>
        <source>Likely %1 at %2 tokens</source>
        <translation>Prawdopodobnie %1 przy %2 tokenach</translation>
    </message>
    <message>
        <source>At %1 tokens: total %2</source>
        <translation>Przy %1 tokenach: razem %2</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>ModelNotes</name>
    <message>
        <source>vision tower not counted: estimate covers the text model only</source>
        <translation>nie uwzględniono części wizyjnej: oszacowanie obejmuje tylko model tekstowy</translation>
    </message>
    <message>
        <source>layer_types[{index}] {value} estimated as full attention</source>
        <translation>layer_types[{index}] {value} oszacowano jako pełną uwagę</translation>
    </message>
    <message>
        <source>quantization {method} not recognised: weights estimated from the dtype</source>
        <translation>nie rozpoznano kwantyzacji {method}: wagi oszacowano według dtype</translation>
    </message>
    <message>
        <source>{field} {value} not recognised: assumed bfloat16</source>
        <translation>nie rozpoznano {field} {value}: przyjęto bfloat16</translation>
    </message>
    <message>
        <source>multi-token prediction block not counted (transformers drops it; llama.cpp loads it only from GGUFs that include it)</source>
        <translation>nie uwzględniono bloku przewidywania wielu tokenów (transformers go pomija; llama.cpp wczytuje go tylko z plików GGUF, które go zawierają)</translation>
    </message>
    <message>
        <source>unknown model_type {value}: estimated as a generic decoder</source>
        <translation>nieznany model_type {value}: oszacowano jako ogólny dekoder</translation>
    </message>
    <message>
        <source>ignored consolidated*.safetensors: the folder also has Hugging Face shards with the same weights</source>
        <translation>pominięto consolidated*.safetensors: folder zawiera też części Hugging Face z tymi samymi wagami</translation>
    </message>
    <message>
        <source>{count} tensors in the shards are not listed in {file}</source>
        <translation>tensory w częściach niewymienione w {file}: {count}</translation>
    </message>
    <message>
        <source>GGUF architecture {arch} is mapped by its generic llama.cpp fields</source>
        <translation>architektura GGUF {arch} odczytana z ogólnych pól llama.cpp</translation>
    </message>
</context>
<context>
    <name>ModelPickerDialog</name>
    <message>
        <source>Which model ran?</source>
        <translation>Który model był uruchomiony?</translation>
    </message>
    <message>
        <source>Search: a name or a size, e.g. qwen2.5 14</source>
        <translation>Szukaj: nazwa lub rozmiar, np. qwen2.5 14</translation>
    </message>
    <message>
        <source>Search the models</source>
        <translation>Szukaj modeli</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Szukaj:</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modele</translation>
    </message>
    <message>
        <source>%1 (agrees with the log)</source>
        <translation>%1 (zgodny z logiem)</translation>
    </message>
    <message>
        <source>%1 of %2 models</source>
        <translation>%1 z %2 modeli</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>--tensor-split must be positive numbers separated by commas, such as 3,1, got {value}</source>
        <translation>--tensor-split musi być listą liczb dodatnich oddzielonych przecinkami, np. 3,1, otrzymano {value}</translation>
    </message>
    <message>
        <source>--tensor-split needs one number per GPU: got {count} ({value}) for {gpus} GPU(s)</source>
        <translation>--tensor-split wymaga jednej liczby na GPU: otrzymano {count} ({value}) dla liczby GPU: {gpus}</translation>
    </message>
    <message>
        <source>the tensor split needs one positive number per GPU ({gpus}), got {value}</source>
        <translation>podział tensorów wymaga jednej liczby dodatniej na GPU ({gpus}), otrzymano {value}</translation>
    </message>
    <message>
        <source>{option} applies to {applies} only, not to --runtime {runtime}</source>
        <translation>{option} dotyczy tylko {applies}, nie --runtime {runtime}</translation>
    </message>
    <message>
        <source>{option} {value} and --batch {batch} disagree: both set the number of sequences; give one of them</source>
        <translation>{option} {value} i --batch {batch} są sprzeczne: oba ustalają liczbę sekwencji; podaj tylko jeden</translation>
    </message>
</context>
<context>
    <name>OtherHardwareDialog</name>
    <message>
        <source>Plan for other hardware</source>
        <translation>Obliczenia dla innego sprzętu</translation>
    </message>
    <message>
        <source>Choose GPUs (Ctrl+click for several) and the system RAM to plan for.</source>
        <translation>Wybierz GPU (Ctrl+klik, aby wybrać kilka) i ilość pamięci RAM.</translation>
    </message>
    <message>
        <source>Search GPUs, e.g. 4090</source>
        <translation>Szukaj GPU, np. 4090</translation>
    </message>
    <message>
        <source>All GPUs</source>
        <translation>Wszystkie GPU</translation>
    </message>
    <message>
        <source>Desktop and datacenter</source>
        <translation>Stacjonarne i serwerowe</translation>
    </message>
    <message>
        <source>Laptop GPUs</source>
        <translation>GPU do laptopów</translation>
    </message>
    <message>
        <source>Apple Silicon (unified memory)</source>
        <translation>Apple Silicon (pamięć współdzielona)</translation>
    </message>
    <message>
        <source>Show only one kind of GPU</source>
        <translation>Pokaż tylko jeden rodzaj GPU</translation>
    </message>
    <message>
        <source>How many of each chosen GPU</source>
        <translation>Ile sztuk każdego wybranego GPU</translation>
    </message>
    <message>
        <source>Count of each:</source>
        <translation>Liczba każdego:</translation>
    </message>
    <message>
        <source>all of it</source>
        <translation>cała</translation>
    </message>
    <message>
        <source>VRAM left free on each GPU by other programs, e.g. 10.5 on a 12 GB card whose browser and desktop hold 1.5 (vramscope --free-vram). Lowest: all of it free.</source>
        <translation>VRAM, którą inne programy zostawiają wolną na każdym GPU, np. 10,5 na karcie 12 GB, gdy przeglądarka i pulpit zajmują 1,5 (vramscope --free-vram). Najmniej: cała wolna.</translation>
    </message>
    <message>
        <source>Free VRAM on each:</source>
        <translation>Wolna VRAM na każdym:</translation>
    </message>
    <message>
        <source>e.g. RTX 2050 Laptop:4</source>
        <translation>np. RTX 2050 Laptop:4</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>A GPU that is not in the list: its name and memory size in GB. Give its memory bandwidth too, or speeds assume a typical one.</source>
        <translation>GPU, którego nie ma na liście: jego nazwa i rozmiar pamięci w GB. Podaj też przepustowość pamięci, inaczej szybkość zakłada typową.</translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation>GB/s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznana</translation>
    </message>
    <message>
        <source>The custom GPU's memory bandwidth, from its specifications (bus width in bits / 8 x data rate in Gbps); the speed estimate reads its weights at it.</source>
        <translation>Przepustowość pamięci własnego GPU z jego specyfikacji (szerokość szyny w bitach / 8 × szybkość transmisji w Gb/s); szacowanie szybkości czyta wagi z tą szybkością.</translation>
    </message>
    <message>
        <source>Custom GPU (NAME:GB):</source>
        <translation>Własny GPU (NAZWA:GB):</translation>
    </message>
    <message>
        <source>Custom GPU bandwidth:</source>
        <translation>Przepustowość własnego GPU:</translation>
    </message>
    <message>
        <source>System RAM:</source>
        <translation>Pamięć RAM:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <source>GiB (2³⁰ bytes: a 12 GB card shows 12.0, as nvidia-smi and Windows)</source>
        <translation>GiB (2³⁰ bajtów: karta 12 GB pokazuje 12,0, jak nvidia-smi i Windows)</translation>
    </message>
    <message>
        <source>GB (10⁹ bytes, as drive makers count)</source>
        <translation>GB (10⁹ bajtów, jak liczą producenci dysków)</translation>
    </message>
    <message>
        <source>The unit of every size in the window, the chart, the dialogs and the copied breakdown. llama.cpp's load log is compared in MiB, as it prints.</source>
        <translation>Jednostka wszystkich rozmiarów w oknie, na wykresie, w oknach dialogowych i w kopiowanym zestawieniu. Dziennik ładowania llama.cpp jest porównywany w MiB, tak jak go wypisuje.</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Jednostki:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokenów/s</translation>
    </message>
    <message>
        <source>The best pick in the table and the suggestions under the verdict decode at least this fast (vramscope --min-speed).</source>
        <translation>Najlepszy wybór w tabeli i sugestie pod werdyktem generują co najmniej tak szybko (vramscope --min-speed).</translation>
    </message>
    <message>
        <source>Usable &amp;speed:</source>
        <translation>Użyteczna &amp;szybkość:</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Recent &amp;files</source>
        <translation>Ostatnie &amp;pliki</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nie znaleziono)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Brak ostatnich plików</translation>
    </message>
    <message>
        <source>&amp;Clear recent files</source>
        <translation>&amp;Wyczyść listę ostatnich plików</translation>
    </message>
    <message>
        <source>%1 is no longer there: it was removed from Recent files.</source>
        <translation>%1 już nie istnieje: usunięto go z listy ostatnich plików.</translation>
    </message>
    <message>
        <source>Added %1 to the table (config.json: the architecture only; each format's size is estimated)</source>
        <translation>Dodano %1 do tabeli (config.json: tylko architektura; rozmiar każdego formatu jest szacowany)</translation>
    </message>
    <message>
        <source>Added %1 %2 (%3, %4) to the table</source>
        <translation>Dodano %1 %2 (%3, %4) do tabeli</translation>
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
        <translation>Typowe rozmiary</translation>
    </message>
    <message>
        <source>Your model files</source>
        <translation>Twoje pliki modeli</translation>
    </message>
    <message>
        <source>Your catalog</source>
        <translation>Twój katalog</translation>
    </message>
    <message>
        <source>%1 (like %2)</source>
        <translation>%1 (jak %2)</translation>
    </message>
    <message>
        <source>What to run</source>
        <translation>Co uruchomić</translation>
    </message>
    <message>
        <source>Type to search the catalog; Enter picks the match</source>
        <translation>Pisz, aby przeszukać katalog; Enter wybiera dopasowanie</translation>
    </message>
    <message>
        <source>Open model file…</source>
        <translation>Otwórz plik modelu…</translation>
    </message>
    <message>
        <source>A config.json, a model folder or a GGUF file (you can also drop one here)</source>
        <translation>config.json, folder modelu lub plik GGUF (można go też tu upuścić)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>The program that runs the model</source>
        <translation>Program, który uruchamia model</translation>
    </message>
    <message>
        <source>&amp;Runtime:</source>
        <translation>Ś&amp;rodowisko:</translation>
    </message>
    <message>
        <source>Inference (chat, generation)</source>
        <translation>Inferencja (czat, generowanie)</translation>
    </message>
    <message>
        <source>LoRA fine-tuning</source>
        <translation>Dostrajanie LoRA</translation>
    </message>
    <message>
        <source>QLoRA fine-tuning (4-bit base)</source>
        <translation>Dostrajanie QLoRA (4-bitowa baza)</translation>
    </message>
    <message>
        <source>Full fine-tuning</source>
        <translation>Pełne dostrajanie</translation>
    </message>
    <message>
        <source>Fine-tuning is estimated for transformers + PEFT</source>
        <translation>Dostrajanie jest szacowane dla transformers + PEFT</translation>
    </message>
    <message>
        <source>&amp;Workload:</source>
        <translation>&amp;Zadanie:</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>AdamW 8-bit</source>
        <translation>AdamW 8-bitowy</translation>
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
        <translation>Rząd LoRA r</translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation>Punkty kontrolne gradientów</translation>
    </message>
    <message>
        <source>Recompute activations in the backward pass</source>
        <translation>Przeliczaj aktywacje w przejściu wstecznym</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>Optymalizator:</translation>
    </message>
    <message>
        <source>LoRA rank:</source>
        <translation>Rząd LoRA:</translation>
    </message>
    <message>
        <source>Context length per sequence (log scale)</source>
        <translation>Długość kontekstu na sekwencję (skala log.)</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokenów</translation>
    </message>
    <message>
        <source>Type an exact context length</source>
        <translation>Wpisz dokładną długość kontekstu</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Kontekst:</translation>
    </message>
    <message>
        <source>Parallel sequences (llama.cpp -np, vLLM batch) or training batch size</source>
        <translation>Równoległe sekwencje (llama.cpp -np, partia vLLM) lub rozmiar partii przy treningu</translation>
    </message>
    <message>
        <source>&amp;Parallel sequences:</source>
        <translation>&amp;Równoległe sekwencje:</translation>
    </message>
    <message>
        <source>Data type of the KV cache (llama.cpp -ctk/-ctv)</source>
        <translation>Typ danych pamięci podręcznej KV (llama.cpp -ctk/-ctv)</translation>
    </message>
    <message>
        <source>&amp;KV cache:</source>
        <translation>Pamięć &amp;KV:</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Wł.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Wył.</translation>
    </message>
    <message>
        <source>Flash attention shrinks the compute buffers</source>
        <translation>Flash attention zmniejsza bufory obliczeniowe</translation>
    </message>
    <message>
        <source>&amp;Flash attention:</source>
        <translation>&amp;Flash attention:</translation>
    </message>
    <message>
        <source>Half the context</source>
        <translation>Połowa kontekstu</translation>
    </message>
    <message>
        <source>The prompt you expect to send, for the speed (vramscope --prompt-tokens); memory does not depend on it</source>
        <translation>Oczekiwana długość zapytania, do oceny szybkości (vramscope --prompt-tokens); pamięć od niej nie zależy</translation>
    </message>
    <message>
        <source>Prompt lengt&amp;h:</source>
        <translation>Długość &amp;zapytania:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Images per prompt for a vision model (vramscope --images): their tokens join the context and the runtime holds the image encoder</source>
        <translation>Obrazy na prompt dla modelu wizyjnego (vramscope --images): ich tokeny dołączają do kontekstu, a środowisko trzyma koder obrazu</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Obrazy:</translation>
    </message>
    <message>
        <source>%1 layers, context up to %2 tokens</source>
        <translation>%1 warstw, kontekst do %2 tokenów</translation>
    </message>
    <message>
        <source>%1 B parameters</source>
        <translation>%1 mld parametrów</translation>
    </message>
    <message>
        <source>%1 M parameters</source>
        <translation>%1 mln parametrów</translation>
    </message>
    <message>
        <source>, %1 B active</source>
        <translation>, aktywnych %1 mld</translation>
    </message>
    <message>
        <source>, %1 M active</source>
        <translation>, aktywnych %1 mln</translation>
    </message>
    <message>
        <source>up to %1 tokens of context</source>
        <translation>kontekst do %1 tokenów</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Rozmiar partii:</translation>
    </message>
    <message>
        <source>Context length per sequence (log scale): %1</source>
        <translation>Długość kontekstu na sekwencję (skala log.): %1</translation>
    </message>
</context>
<context>
    <name>RunSettings</name>
    <message>
        <source>Run settings</source>
        <translation>Ustawienia uruchomienia</translation>
    </message>
    <message>
        <source>llama.cpp server (llama-server):</source>
        <translation>Serwer llama.cpp (llama-server):</translation>
    </message>
    <message>
        <source>llama.cpp in a terminal (llama-cli):</source>
        <translation>llama.cpp w terminalu (llama-cli):</translation>
    </message>
    <message>
        <source>Ollama Modelfile:</source>
        <translation>Modelfile dla Ollamy:</translation>
    </message>
    <message>
        <source>Ollama server environment variables:</source>
        <translation>Zmienne środowiskowe serwera Ollama:</translation>
    </message>
    <message>
        <source>LM Studio: GPU offload {gpu_offload} of {of_layers} layers, context length {context}, K cache {k_cache}, V cache {v_cache}, Flash Attention {flash}.</source>
        <translation>LM Studio: odciążenie GPU {gpu_offload} z {of_layers} warstw, długość kontekstu {context}, pamięć K {k_cache}, pamięć V {v_cache}, Flash Attention {flash}.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>wł.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wył.</translation>
    </message>
    <message>
        <source>vLLM:</source>
        <translation>Serwer vLLM:</translation>
    </message>
    <message>
        <source>Python (transformers, PEFT, bitsandbytes):</source>
        <translation>Kod w Pythonie (transformers, PEFT, bitsandbytes):</translation>
    </message>
    <message>
        <source>Ollama has no setting for {options}: use llama-server to reproduce this placement.</source>
        <translation>Ollama nie ma ustawienia dla {options}: aby odtworzyć to rozmieszczenie, użyj llama-server.</translation>
    </message>
    <message>
        <source>LM Studio's load settings may lack {options}: use llama-server to reproduce this placement exactly.</source>
        <translation>Ustawieniom wczytywania LM Studio może brakować {options}: aby dokładnie odtworzyć to rozmieszczenie, użyj llama-server.</translation>
    </message>
    <message>
        <source>{model} stands for a model of this size: put the file or repository you use in its place.</source>
        <translation>{model} oznacza model tej wielkości: wstaw w jego miejsce swój plik lub repozytorium.</translation>
    </message>
</context>
<context>
    <name>RuntimeErrors</name>
    <message>
        <source>{runtime} cannot load {value} weights; use a GGUF type such as q4_k_m</source>
        <translation>{runtime} nie może wczytać wag {value}; użyj typu GGUF, np. q4_k_m</translation>
    </message>
    <message>
        <source>{runtime} cannot load {value} weights; use bf16, nf4, gptq-4bit or awq-4bit</source>
        <translation>{runtime} nie może wczytać wag {value}; użyj bf16, nf4, gptq-4bit lub awq-4bit</translation>
    </message>
    <message>
        <source>{runtime} cannot load GGUF weights ({value}); use llama.cpp</source>
        <translation>{runtime} nie może wczytać wag GGUF ({value}); użyj llama.cpp</translation>
    </message>
    <message>
        <source>{value} runs on a GPU; this machine has none (use llama.cpp)</source>
        <translation>{value} działa na GPU; ten komputer go nie ma (użyj llama.cpp)</translation>
    </message>
    <message>
        <source>number of GPUs must be 0 or more, got {value}</source>
        <translation>liczba GPU musi wynosić 0 lub więcej, podano {value}</translation>
    </message>
    <message>
        <source>gpu layers must be 0 or more, got {value}</source>
        <translation>liczba warstw na GPU musi wynosić 0 lub więcej, podano {value}</translation>
    </message>
    <message>
        <source>lora target {value} is not a linear module of {model}; known: {known}</source>
        <translation>cel LoRA {value} nie jest modułem liniowym modelu {model}; znane: {known}</translation>
    </message>
    <message>
        <source>full fine-tuning needs float weights (fp32 or bf16), got {value}</source>
        <translation>pełny fine-tuning wymaga wag zmiennoprzecinkowych (fp32 lub bf16), podano {value}</translation>
    </message>
    <message>
        <source>term {field} has negative bytes: {value}</source>
        <translation>składnik {field} ma ujemny rozmiar: {value}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{option}: expected a size in GB such as 24, got {value}</source>
        <translation>{option}: oczekiwano rozmiaru w GB, np. 24, otrzymano {value}</translation>
    </message>
    <message>
        <source>{option} must be between {low_gib} and {high_gib} GB, got {value}</source>
        <translation>{option} musi mieścić się między {low_gib} a {high_gib} GB, otrzymano {value}</translation>
    </message>
    <message>
        <source>--gpu: expected NAME or NAME:GB, got {value}</source>
        <translation>--gpu: oczekiwano NAZWA lub NAZWA:GB, otrzymano {value}</translation>
    </message>
    <message>
        <source>--cpu: expected one of {kinds}, got {value}</source>
        <translation>--cpu: oczekiwano jednego z {kinds}, otrzymano {value}</translation>
    </message>
    <message>
        <source>--gpu-layers must be a number, 'all' or 'auto', got {value}</source>
        <translation>--gpu-layers musi być liczbą, 'all' lub 'auto', otrzymano {value}</translation>
    </message>
    <message>
        <source>--gpu-layers must be 0 or more, got {value}</source>
        <translation>--gpu-layers musi wynosić 0 lub więcej, otrzymano {value}</translation>
    </message>
</context>
<context>
    <name>Speed</name>
    <message>
        <source>{fixed_us} µs per token fixed cost ({layers} layers, no CUDA graphs)</source>
        <translation>{fixed_us} µs stałego kosztu na token ({layers} warstw, bez CUDA graphs)</translation>
    </message>
    <message>
        <source>{fixed_us} µs per token fixed cost ({layers} layers, CUDA graphs)</source>
        <translation>{fixed_us} µs stałego kosztu na token ({layers} warstw, CUDA graphs)</translation>
    </message>
    <message>
        <source>{gpu}: unpacking {format} weights takes longer than reading them</source>
        <translation>{gpu}: rozpakowanie wag {format} trwa dłużej niż ich odczyt</translation>
    </message>
    <message>
        <source>{boundaries} hand-off(s) between GPUs per token</source>
        <translation>przekazania między GPU na token: {boundaries}</translation>
    </message>
    <message>
        <source>row split: {gpus} GPUs read their rows of every matrix at once, then wait for each other in each of {layers} layers</source>
        <translation>podział wierszami: {gpus} GPU czyta naraz swoje wiersze każdej macierzy, po czym w każdej z {layers} warstw czekają na siebie nawzajem</translation>
    </message>
    <message>
        <source>attention of {layers} GPU layers runs on the CPU (KV cache in system RAM)</source>
        <translation>atencja {layers} warstw GPU liczona na CPU (pamięć KV w RAM)</translation>
    </message>
    <message>
        <source>attention reads a cache filled to {filled_tokens} (prompt + half the answer)</source>
        <translation>atencja czyta pamięć podręczną wypełnioną do {filled_tokens} (prompt + połowa odpowiedzi)</translation>
    </message>
    <message>
        <source>without flash attention, attention costs {extra_fraction} more</source>
        <translation>bez flash attention atencja kosztuje o {extra_fraction} więcej</translation>
    </message>
    <message>
        <source>the quantized KV cache is converted for attention (slower)</source>
        <translation>skwantyzowana pamięć KV jest konwertowana na potrzeby atencji (wolniej)</translation>
    </message>
    <message>
        <source>likely {low_tps} to {high_tps} tokens/s (the spread of the fit)</source>
        <translation>prawdopodobnie od {low_tps} do {high_tps} tokenów/s (rozrzut dopasowania)</translation>
    </message>
    <message>
        <source>--ram-bandwidth must be a speed in GB/s from {low} to {high}, got {value}</source>
        <translation>--ram-bandwidth musi być prędkością w GB/s od {low} do {high}, podano {value}</translation>
    </message>
    <message>
        <source>~{tps} tok/s</source>
        <translation>~{tps} tok/s</translation>
    </message>
    <message>
        <source>~{tps} tok/s ({low}-{high})</source>
        <translation>~{tps} tok/s ({low}-{high})</translation>
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
        <translation>Wagi</translation>
    </message>
    <message>
        <source>Weights (CPU repack)</source>
        <translation>Wagi (przepakowanie dla CPU)</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>Pamięć KV</translation>
    </message>
    <message>
        <source>Recurrent state</source>
        <translation>Stan rekurencyjny</translation>
    </message>
    <message>
        <source>Compute buffers</source>
        <translation>Bufory obliczeniowe</translation>
    </message>
    <message>
        <source>Output buffer</source>
        <translation>Bufor wyjściowy</translation>
    </message>
    <message>
        <source>Runtime overhead</source>
        <translation>Narzut środowiska</translation>
    </message>
    <message>
        <source>CUDA pool (F16 KV copy)</source>
        <translation>Pula CUDA (kopia KV w F16)</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktywacje</translation>
    </message>
    <message>
        <source>Allocator cache</source>
        <translation>Pamięć podręczna alokatora</translation>
    </message>
    <message>
        <source>Autocast copies</source>
        <translation>Kopie autocast</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradienty</translation>
    </message>
    <message>
        <source>Loss and logits</source>
        <translation>Strata i logity</translation>
    </message>
    <message>
        <source>Optimizer states</source>
        <translation>Stany optymalizatora</translation>
    </message>
    <message>
        <source>Optimizer step buffers</source>
        <translation>Bufory kroku optymalizatora</translation>
    </message>
    <message>
        <source>CUDA graphs</source>
        <translation>Grafy CUDA</translation>
    </message>
    <message>
        <source>Vision encoder weights</source>
        <translation>Wagi kodera obrazu</translation>
    </message>
    <message>
        <source>Vision encoder compute</source>
        <translation>Obliczenia kodera obrazu</translation>
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
        <translation>{file}: models[{index}] musi być obiektem, otrzymano {value}</translation>
    </message>
    <message>
        <source>{file}: {detail}</source>
        <translation>{file}: {detail}</translation>
    </message>
    <message>
        <source>{file}: {id} is already in the bundled catalog</source>
        <translation>{file}: {id} jest już we wbudowanym katalogu</translation>
    </message>
    <message>
        <source>{file}: {id} is already in your catalog with other data; it was not replaced</source>
        <translation>{file}: {id} jest już w Twoim katalogu z innymi danymi; nie został zastąpiony</translation>
    </message>
    <message>
        <source>{id} is not in your catalog</source>
        <translation>{id} nie ma w Twoim katalogu</translation>
    </message>
    <message>
        <source>your catalog {file} could not be read; only the bundled catalog is used: {detail}</source>
        <translation>nie udało się odczytać Twojego katalogu {file}; używany jest tylko katalog wbudowany: {detail}</translation>
    </message>
    <message>
        <source>your catalog: entry skipped: {detail}</source>
        <translation>Twój katalog: pominięto wpis: {detail}</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>nie można zapisać {file}: {reason}</translation>
    </message>
    <message>
        <source>{file}: the id {id} is taken; added as {new_id}</source>
        <translation>{file}: identyfikator {id} jest zajęty; dodano jako {new_id}</translation>
    </message>
    <message>
        <source>your catalog file could not be read; it was kept as {file}</source>
        <translation>nie udało się odczytać pliku Twojego katalogu; zachowano go jako {file}</translation>
    </message>
    <message>
        <source>already in the bundled catalog, skipped ({count}): {ids}</source>
        <translation>już we wbudowanym katalogu, pominięto ({count}): {ids}</translation>
    </message>
    <message>
        <source>your catalog {file}: {added_count} added, {replaced_count} updated, {unchanged_count} unchanged, {refused_count} refused</source>
        <translation>Twój katalog {file}: dodano {added_count}, zaktualizowano {replaced_count}, bez zmian {unchanged_count}, odrzucono {refused_count}</translation>
    </message>
</context>
<context>
    <name>UserCatalogHook</name>
    <message>
        <source>&amp;Import to your catalog…</source>
        <translation>&amp;Importuj do swojego katalogu…</translation>
    </message>
    <message>
        <source>Add a catalog file, config.json or GGUF to the models listed, offline</source>
        <translation>Dodaj plik katalogu, config.json lub GGUF do listy modeli, bez sieci</translation>
    </message>
    <message>
        <source>Import to your catalog</source>
        <translation>Import do swojego katalogu</translation>
    </message>
    <message>
        <source>Catalog or model files (*.json *.gguf);;All files (*)</source>
        <translation>Pliki katalogu lub modelu (*.json *.gguf);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… i %1 więcej</translation>
    </message>
    <message>
        <source>Cannot import this file: %1</source>
        <translation>Nie można zaimportować tego pliku: %1</translation>
    </message>
    <message>
        <source>The model was not added to your catalog: %1</source>
        <translation>Model nie został dodany do Twojego katalogu: %1</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>Fits on {gpus} with {spare_bytes} to spare (it likely uses {likely}){speed}.</source>
        <translation>Mieści się na {gpus}, zostaje {spare_bytes} wolnego (zajmie prawdopodobnie {likely}){speed}.</translation>
    </message>
    <message>
        <source>Tight fit on {gpus}: needs {needed_bytes} (likely {likely}) with {free_bytes} free; it may not fit{speed}.</source>
        <translation>Na styk na {gpus}: potrzeba {needed_bytes} (prawdopodobnie {likely}) przy {free_bytes} wolnych; może się nie zmieścić{speed}.</translation>
    </message>
    <message>
        <source>Weights fit on {gpus} but the KV cache goes to system RAM (slower){speed}.</source>
        <translation>Wagi mieszczą się na {gpus}, ale pamięć KV trafia do RAM (wolniej){speed}.</translation>
    </message>
    <message>
        <source>Partly fits: {gpu_layers} of {layer_slots} layers on {gpus} (-ngl {gpu_layers}; the output layer counts as one), the rest in system RAM (slower){speed}.</source>
        <translation>Mieści się częściowo: {gpu_layers} z {layer_slots} warstw na {gpus} (-ngl {gpu_layers}; warstwa wyjściowa liczy się jako jedna), reszta w RAM (wolniej){speed}.</translation>
    </message>
    <message>
        <source>Partly fits: {gpu_layers} of {layer_slots} layers on {gpus} (-ngl {gpu_layers}; the output layer counts as one), with the MoE experts of {expert_layers} of them and any other layers in system RAM (slower){speed}.</source>
        <translation>Mieści się częściowo: {gpu_layers} z {layer_slots} warstw na {gpus} (-ngl {gpu_layers}; warstwa wyjściowa liczy się jako jedna), eksperci MoE {expert_layers} z nich i pozostałe warstwy w pamięci RAM (wolniej){speed}.</translation>
    </message>
    <message>
        <source>Partly fits: every layer on {gpus} except the MoE experts of {expert_layers} layers, which stay in system RAM (-ngl {gpu_layers} --n-cpu-moe {expert_layers}; slower){speed}.</source>
        <translation>Mieści się częściowo: wszystkie warstwy na {gpus} oprócz ekspertów MoE z {expert_layers} warstw, które zostają w pamięci RAM (-ngl {gpu_layers} --n-cpu-moe {expert_layers}; wolniej){speed}.</translation>
    </message>
    <message>
        <source>Does not fit in VRAM: the Windows driver will spill into shared GPU memory (system RAM over PCIe), very slow{speed}.</source>
        <translation>Nie mieści się w VRAM: sterownik Windows przeniesie część do współdzielonej pamięci GPU (RAM przez PCIe), bardzo wolno{speed}.</translation>
    </message>
    <message>
        <source>Runs on the CPU from system RAM ({needed_bytes}, likely {likely}){speed}.</source>
        <translation>Działa na CPU z pamięci RAM ({needed_bytes}, prawdopodobnie {likely}){speed}.</translation>
    </message>
    <message>
        <source>Too big for RAM: weights would stream from disk (mmap), extremely slow{speed}.</source>
        <translation>Za duży na RAM: wagi byłyby czytane z dysku (mmap), skrajnie wolno{speed}.</translation>
    </message>
    <message>
        <source>Does not fit: needs {needed_bytes}, {over_bytes} more than is free.</source>
        <translation>Nie mieści się: potrzeba {needed_bytes}, o {over_bytes} więcej niż wolne.</translation>
    </message>
    <message>
        <source>Does not fit: this runtime runs on a GPU only, and there is none (it needs {needed_bytes}).</source>
        <translation>Nie mieści się: to środowisko działa tylko na GPU, a go nie ma (potrzeba {needed_bytes}).</translation>
    </message>
    <message>
        <source>Does not fit: needs {needed_bytes}, but the memory the runtime reserves at start is more than is free.</source>
        <translation>Nie mieści się: potrzeba {needed_bytes}, ale pamięć, którą środowisko rezerwuje przy starcie, przekracza wolną.</translation>
    </message>
    <message>
        <source>; about {decode_tps} tokens/s</source>
        <translation>; ok. {decode_tps} tokenów/s</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>ten komputer</translation>
    </message>
    <message>
        <source>the fastest of {candidates} placements that fit (GPU layers, KV cache on or off the GPU, MoE experts in RAM): about {decode_tps} tokens/s</source>
        <translation>najszybsze z {candidates} mieszczących się rozmieszczeń (warstwy na GPU, pamięć KV na GPU lub nie, eksperci MoE w RAM): około {decode_tps} tokenów/s</translation>
    </message>
    <message>
        <source>the only placement that fits (of GPU layers, KV cache on or off the GPU, MoE experts in RAM): about {decode_tps} tokens/s</source>
        <translation>jedyne mieszczące się rozmieszczenie (spośród: warstwy na GPU, pamięć KV na GPU lub nie, eksperci MoE w RAM): około {decode_tps} tokenów/s</translation>
    </message>
    <message>
        <source>system RAM {bandwidth_bps} at {efficiency_fraction}</source>
        <translation>RAM systemowy {bandwidth_bps}, wydajność {efficiency_fraction}</translation>
    </message>
    <message>
        <source>{gpu} {bandwidth_bps} at {efficiency_fraction}</source>
        <translation>{gpu} {bandwidth_bps}, wydajność {efficiency_fraction}</translation>
    </message>
    <message>
        <source>{streamed_bytes} per token streamed from disk at {disk_bps}</source>
        <translation>{streamed_bytes} na token czytane z dysku z prędkością {disk_bps}</translation>
    </message>
    <message>
        <source>+{fixed_ms} ms per token fixed cost</source>
        <translation>+{fixed_ms} ms stałego kosztu na token</translation>
    </message>
    <message>
        <source>prefill at {mfu_fraction} of {compute_tflops} TFLOP/s</source>
        <translation>przetwarzanie promptu przy {mfu_fraction} z {compute_tflops} TFLOP/s</translation>
    </message>
    <message>
        <source>prompt: the {stream_bytes} of weights in system RAM cross PCIe at {pcie_bps} once per {tokens}-token batch</source>
        <translation>prompt: {stream_bytes} wag w pamięci RAM przechodzi przez PCIe z szybkością {pcie_bps} raz na paczkę {tokens} tokenów</translation>
    </message>
    <message>
        <source>shared GPU memory over PCIe: about {slowdown}x slower</source>
        <translation>współdzielona pamięć GPU przez PCIe: około {slowdown}x wolniej</translation>
    </message>
</context>
<context>
    <name>VllmCheck</name>
    <message>
        <source>{count} line(s) that mention memory were not recognised, e.g.: {line}</source>
        <translation>nie rozpoznano wierszy o pamięci: {count}, np.: {line}</translation>
    </message>
    <message>
        <source>only the first {count} lines that mention vLLM's settings or memory were read</source>
        <translation>odczytano tylko pierwsze {count} wierszy dotyczących ustawień lub pamięci vLLM</translation>
    </message>
    <message>
        <source>no vLLM memory lines found (Loading model weights took, Model loading took, Available KV cache memory, # GPU blocks)</source>
        <translation>nie znaleziono wierszy vLLM o pamięci (Loading model weights took, Model loading took, Available KV cache memory, # GPU blocks)</translation>
    </message>
    <message>
        <source>no vLLM memory line could be read; {count} line(s) mention memory in a wording VRAMScope does not know, e.g.: {line}</source>
        <translation>nie udało się odczytać żadnego wiersza vLLM o pamięci; wierszy o pamięci w nieznanym VRAMScope brzmieniu: {count}, np.: {line}</translation>
    </message>
    <message>
        <source>the log's model {model} is the catalog's {name}</source>
        <translation>model {model} z dziennika to {name} z katalogu</translation>
    </message>
    <message>
        <source>the log names no catalog model; {name} matches its KV cache ({kv_per_token} bytes per token per GPU) and its weights ({weights_bytes})</source>
        <translation>dziennik nie wskazuje modelu z katalogu; {name} pasuje do jego pamięci KV ({kv_per_token} bajtów na token na GPU) i wag ({weights_bytes})</translation>
    </message>
    <message>
        <source>the log names no catalog model; {name} matches its KV cache ({kv_per_token} bytes per token per GPU) and its weights ({weights_bytes}), as do {others} of the same architecture</source>
        <translation>dziennik nie wskazuje modelu z katalogu; {name} pasuje do jego pamięci KV ({kv_per_token} bajtów na token na GPU) i wag ({weights_bytes}), podobnie jak {others} o tej samej architekturze</translation>
    </message>
    <message>
        <source>the log's numbers fit several catalog models ({names})</source>
        <translation>liczby z dziennika pasują do kilku modeli z katalogu ({names})</translation>
    </message>
    <message>
        <source>the log's model {model} is not in the catalog</source>
        <translation>modelu {model} z dziennika nie ma w katalogu</translation>
    </message>
    <message>
        <source>the log does not name the model</source>
        <translation>dziennik nie wskazuje modelu</translation>
    </message>
    <message>
        <source>{model} holds 8-bit integer weights: estimated as fp8 (one byte each)</source>
        <translation>{model} ma 8-bitowe wagi całkowitoliczbowe: oszacowane jako fp8 (po jednym bajcie)</translation>
    </message>
    <message>
        <source>the log does not show the dtype; assumed bfloat16</source>
        <translation>dziennik nie pokazuje dtype; przyjęto bfloat16</translation>
    </message>
    <message>
        <source>the log does not show tensor_parallel_size; assumed one GPU</source>
        <translation>dziennik nie pokazuje tensor_parallel_size; przyjęto jeden GPU</translation>
    </message>
    <message>
        <source>the log does not show gpu_memory_utilization; assumed {utilization_fraction}</source>
        <translation>dziennik nie pokazuje gpu_memory_utilization; przyjęto {utilization_fraction}</translation>
    </message>
    <message>
        <source>the log does not show max_model_len; assumed {context_tokens} tokens</source>
        <translation>dziennik nie pokazuje max_model_len; przyjęto {context_tokens} tokenów</translation>
    </message>
    <message>
        <source>max_num_seqs is not in the log (vLLM's default is {sequences}); the KV cache is compared at the size vLLM made it</source>
        <translation>w dzienniku nie ma max_num_seqs (domyślnie w vLLM {sequences}); pamięć KV jest porównywana w rozmiarze, jaki utworzył vLLM</translation>
    </message>
    <message>
        <source>KV cache per token on one GPU: {logged_per_token} bytes in the log, {estimated_per_token} estimated</source>
        <translation>pamięć KV na token na jednym GPU: {logged_per_token} bajtów w dzienniku, {estimated_per_token} w szacunku</translation>
    </message>
    <message>
        <source>the log gives the KV cache ({kv_cache_bytes}) but not its tokens: at the estimate's size per token it holds {estimated_tokens} tokens; not compared</source>
        <translation>dziennik podaje rozmiar pamięci KV ({kv_cache_bytes}), ale nie liczbę tokenów: przy rozmiarze na token z szacunku to {estimated_tokens} tokenów; bez porównania</translation>
    </message>
    <message>
        <source>the log gives the KV cache in tokens ({kv_tokens}) but not in bytes; the estimate puts them at {estimated_bytes}; not compared</source>
        <translation>dziennik podaje pamięć KV w tokenach ({kv_tokens}), ale nie w bajtach; szacunek to {estimated_bytes}; bez porównania</translation>
    </message>
    <message>
        <source>vLLM gave the KV cache what its budget left: {kv_tokens} tokens, {concurrency}× the max_model_len of {context_tokens} tokens</source>
        <translation>vLLM dał pamięci KV to, co zostało z budżetu: {kv_tokens} tokenów, {concurrency}× max_model_len równego {context_tokens} tokenów</translation>
    </message>
    <message>
        <source>the log does not show the weights; not compared</source>
        <translation>dziennik nie pokazuje wag; bez porównania</translation>
    </message>
    <message>
        <source>the log does not show the activation peak; not compared</source>
        <translation>dziennik nie pokazuje szczytu aktywacji; bez porównania</translation>
    </message>
    <message>
        <source>the log does not show non-torch memory; not compared</source>
        <translation>dziennik nie pokazuje pamięci spoza PyTorch (non-torch); bez porównania</translation>
    </message>
    <message>
        <source>the activation peak is the log's peak_torch_memory minus the weights</source>
        <translation>szczyt aktywacji to peak_torch_memory z dziennika minus wagi</translation>
    </message>
    <message>
        <source>this vLLM profiled {profiled_tokens} tokens at once (max_num_batched_tokens); the estimate's activations assume {assumed_tokens}</source>
        <translation>ta wersja vLLM profilowała {profiled_tokens} tokenów naraz (max_num_batched_tokens); aktywacje w szacunku zakładają {assumed_tokens}</translation>
    </message>
    <message>
        <source>this vLLM counts as non-torch memory only what grew outside PyTorch after start-up; the estimate's runtime overhead ({overhead_bytes}) also holds the CUDA context</source>
        <translation>ta wersja vLLM liczy jako pamięć spoza PyTorch tylko to, co urosło poza PyTorch po starcie; narzut w szacunku ({overhead_bytes}) obejmuje też kontekst CUDA</translation>
    </message>
    <message>
        <source>this vLLM counts all GPU memory outside PyTorch as non-torch, the CUDA context included</source>
        <translation>ta wersja vLLM liczy całą pamięć GPU poza PyTorch jako non-torch, łącznie z kontekstem CUDA</translation>
    </message>
    <message>
        <source>with {gpus} GPUs, NCCL's communication buffers are non-torch memory; the estimate has no term for them</source>
        <translation>przy {gpus} GPU bufory komunikacji NCCL są pamięcią spoza PyTorch; szacunek nie ma dla nich składnika</translation>
    </message>
    <message>
        <source>the figures are for one GPU: tensor parallelism splits the weights and the KV heads over {gpus} GPUs</source>
        <translation>liczby dotyczą jednego GPU: równoległość tensorowa dzieli wagi i głowy KV między {gpus} GPU</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>All on GPU</source>
        <translation>Wszystko na GPU</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Na styk</translation>
    </message>
    <message>
        <source>KV cache in RAM</source>
        <translation>Pamięć KV w RAM</translation>
    </message>
    <message>
        <source>Layers in RAM</source>
        <translation>Warstwy w RAM</translation>
    </message>
    <message>
        <source>Shared GPU memory</source>
        <translation>Współdzielona pamięć GPU</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>Tylko CPU</translation>
    </message>
    <message>
        <source>Streams from disk</source>
        <translation>Odczyt z dysku</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Nie mieści się</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Niedostępne</translation>
    </message>
    <message>
        <source>Weights, KV cache and buffers all fit in free VRAM.</source>
        <translation>Wagi, pamięć KV i bufory mieszczą się w wolnej VRAM.</translation>
    </message>
    <message>
        <source>The estimate fits in free VRAM, but the upper edge of its likely range does not: it may not fit.</source>
        <translation>Szacunek mieści się w wolnej VRAM, ale górna granica prawdopodobnego zakresu już nie: może się nie zmieścić.</translation>
    </message>
    <message>
        <source>Weights fit in VRAM; the KV cache lives in system RAM (slower).</source>
        <translation>Wagi mieszczą się w VRAM; pamięć KV jest w RAM (wolniej).</translation>
    </message>
    <message>
        <source>Some layers run from system RAM on the CPU (slower).</source>
        <translation>Część warstw działa z RAM na CPU (wolniej).</translation>
    </message>
    <message>
        <source>The Windows driver spills VRAM into system RAM over PCIe (very slow).</source>
        <translation>Sterownik Windows przenosi część VRAM do RAM przez PCIe (bardzo wolno).</translation>
    </message>
    <message>
        <source>Runs on the CPU from system RAM.</source>
        <translation>Działa na CPU z pamięci RAM.</translation>
    </message>
    <message>
        <source>Too big for RAM: weights stream from disk (extremely slow).</source>
        <translation>Za duży na RAM: wagi są czytane z dysku (skrajnie wolno).</translation>
    </message>
    <message>
        <source>Needs more memory than VRAM and RAM together.</source>
        <translation>Potrzebuje więcej pamięci niż VRAM i RAM razem.</translation>
    </message>
    <message>
        <source>This runtime cannot load this format.</source>
        <translation>To środowisko nie wczytuje tego formatu.</translation>
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
        <translation>RAM</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Dysk</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
</context>
</TS>