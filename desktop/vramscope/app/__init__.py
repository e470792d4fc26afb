"""The Qt-free application layer that the window and the command line both call.

Whatever both front ends show is computed here once: the model choice and run settings
(``session``), sentences from the core's codes (``present``), exports, the fit table's cache
and checks against real runs."""
