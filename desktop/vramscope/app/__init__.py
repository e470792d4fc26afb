"""The Qt-free application layer that the window and the command line both call.

Whatever both front ends show is computed here once: the model choice, run settings and
hardware options and the plan they make (``session``), sentences from the core's codes
(``present``), the JSON, text and Markdown of an estimate (``export``), the fit table's cells,
cache and prefetch (``table_cache``), the memory chart's data (``chart``), and checks against
real runs (``checks``)."""
