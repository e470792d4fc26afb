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
    <name>BreakdownPanel</name>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokenów</translation>
    </message>
    <message>
        <source>Total on %1: %2</source>
        <translation>Razem na %1: %2</translation>
    </message>
    <message>
        <source>Largest context that fits: %1 tokens</source>
        <translation>Największy mieszczący się kontekst: %1 tokenów</translation>
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
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Wzór</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
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
    <name>CheckRunDialog</name>
    <message>
        <source>Nothing to compare: the log holds no buffer sizes.</source>
        <translation>Nie ma czego porównać: dziennik nie zawiera rozmiarów buforów.</translation>
    </message>
    <message>
        <source>Within %1 of what was allocated on %2.</source>
        <translation>W granicach %1 od tego, co przydzielono na %2.</translation>
    </message>
    <message>
        <source>Over-estimate by %1 on %2 (largest gap: %3, %4 MiB).</source>
        <translation>Zawyżone o %1 na %2 (największa różnica: %3, %4 MiB).</translation>
    </message>
    <message>
        <source>Under-estimate by %1 on %2 (largest gap: %3, %4 MiB).</source>
        <translation>Zaniżone o %1 na %2 (największa różnica: %3, %4 MiB).</translation>
    </message>
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
        <source>The log does not show the whole model: choose the model that ran under Model, then press Check.</source>
        <translation>Dziennik nie opisuje całego modelu: wybierz uruchomiony model w polu Model i naciśnij Sprawdź.</translation>
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
    <name>EstimatorState</name>
    <message>
        <source>Could not read the hardware: %1</source>
        <translation>Nie udało się odczytać sprzętu: %1</translation>
    </message>
    <message>
        <source>Cannot open this model: %1</source>
        <translation>Nie można otworzyć tego modelu: %1</translation>
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
        <source>Context %1 tokens per sequence (each row up to its own maximum).</source>
        <translation>Kontekst %1 tokenów na sekwencję (każdy wiersz najwyżej do własnego maksimum).</translation>
    </message>
</context>
<context>
    <name>FitTableModel</name>
    <message>
        <source>max %1</source>
        <translation>maks. %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Obliczanie…</translation>
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
        <source>Architecture of %1</source>
        <translation>Architektura modelu %1</translation>
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
        <source>Planning for hardware you described, not for this machine.</source>
        <translation>Obliczenia dla opisanego przez Ciebie sprzętu, nie dla tego komputera.</translation>
    </message>
    <message>
        <source>No GPU given: planning for CPU and RAM only.</source>
        <translation>Nie podano GPU: obliczenia tylko dla CPU i RAM.</translation>
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
        <source>used %1 · free %2 · total %3</source>
        <translation>zajęte %1 · wolne %2 · razem %3</translation>
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
        <source>The settings file could not be read and was reset to defaults: %1</source>
        <translation>Nie udało się odczytać pliku ustawień; przywrócono ustawienia domyślne: %1</translation>
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
        <source>How many of each chosen GPU</source>
        <translation>Ile sztuk każdego wybranego GPU</translation>
    </message>
    <message>
        <source>Count of each:</source>
        <translation>Liczba każdego:</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
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
        <source>GB (10⁹ bytes, as drives and most tools)</source>
        <translation>GB (10⁹ bajtów, jak dyski i większość narzędzi)</translation>
    </message>
    <message>
        <source>GiB (2³⁰ bytes, as nvidia-smi and Windows)</source>
        <translation>GiB (2³⁰ bajtów, jak nvidia-smi i Windows)</translation>
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
        <source>%1 layers, context up to %2 tokens</source>
        <translation>%1 warstw, kontekst do %2 tokenów</translation>
    </message>
    <message>
        <source>%1 B parameters</source>
        <translation>%1 mld parametrów</translation>
    </message>
    <message>
        <source>, %1 B active</source>
        <translation>, aktywnych %1 mld</translation>
    </message>
    <message>
        <source>up to %1 tokens of context</source>
        <translation>kontekst do %1 tokenów</translation>
    </message>
    <message>
        <source>Context length per sequence (log scale): %1</source>
        <translation>Długość kontekstu na sekwencję (skala log.): %1</translation>
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
        <source>Logits</source>
        <translation>Logity</translation>
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
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>; about %1 tokens/s</source>
        <translation>; ok. %1 tokenów/s</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>ten komputer</translation>
    </message>
    <message>
        <source>Tight fit on %1: needs %2 (likely %3) with %4 free; it may not fit%5.</source>
        <translation>Na styk na %1: potrzeba %2 (prawdopodobnie %3) przy %4 wolnych; może się nie zmieścić%5.</translation>
    </message>
    <message>
        <source>Fits on %1 with %2 to spare (likely %3)%4.</source>
        <translation>Mieści się na %1, zostaje %2 (prawdopodobnie %3)%4.</translation>
    </message>
    <message>
        <source>Runs on the CPU from system RAM (%1, likely %2)%3.</source>
        <translation>Działa na CPU z pamięci RAM (%1, prawdopodobnie %2)%3.</translation>
    </message>
    <message>
        <source>Weights fit on %1 but the KV cache goes to system RAM (slower)%2.</source>
        <translation>Wagi mieszczą się na %1, ale pamięć KV trafia do RAM (wolniej)%2.</translation>
    </message>
    <message>
        <source>Does not fit in VRAM: the Windows driver will spill into shared GPU memory (system RAM over PCIe), very slow%1.</source>
        <translation>Nie mieści się w VRAM: sterownik Windows przeniesie część do współdzielonej pamięci GPU (RAM przez PCIe), bardzo wolno%1.</translation>
    </message>
    <message>
        <source>Partly fits: %1 of %2 layers on %3, the rest in system RAM (slower)%4.</source>
        <translation>Mieści się częściowo: %1 z %2 warstw na %3, reszta w RAM (wolniej)%4.</translation>
    </message>
    <message>
        <source>Too big for RAM: weights would stream from disk (mmap), extremely slow%1.</source>
        <translation>Za duży na RAM: wagi byłyby czytane z dysku (mmap), skrajnie wolno%1.</translation>
    </message>
    <message>
        <source>Does not fit: needs %1, %2 more than is free.</source>
        <translation>Nie mieści się: potrzeba %1, o %2 więcej niż wolne.</translation>
    </message>
</context>
</TS>