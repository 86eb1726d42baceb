"""rehearse: offline voice rehearsal for short, high-stakes spoken briefings."""

__version__ = "0.1.0"
