"""One take, wherever it is shown: get it ready, replay it, review it, export it as HTML.

The browser, report, replay and review screens share these so a key means the
same thing everywhere: `r` replays, `v` reviews, `x` writes the HTML report, `d`
opens the drill that followed the take.
`report_for` and `export_html` run in thread workers and touch no widget: a take
without a report (recovered after a crash, made by `rehearse record`) is
analysed there with the app's already loaded engine; errors are the one-line
`RehearseError`s the workers' handler shows. Writing the HTML ends with a
notification naming the file, because "exported" without a path is useless
to someone who has to e-mail it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from rehearse.errors import StorageError
from rehearse.ui.screens.dialogs import ExportModal

if TYPE_CHECKING:
    from rehearse.core.report_model import Report
    from rehearse.core.review import Review
    from rehearse.store import Take
    from rehearse.ui.app import RehearseApp

def report_for(app: RehearseApp, take: Take) -> tuple[Report, str]:
    """From a worker thread: (report, note), through the one path that judges a saved take
    (`rehearse.session.analyse.analyse_take`) with the app's own engine, waiting for it while
    it loads. `note` is '' for a saved report, else one line saying what was analysed and why."""
    return app.services.analyse_take(take, app.engine_for_analysis)


def default_html_path(take: Take) -> Path:
    """`<take folder>/<take-id>.html`: next to the audio it describes, so copying the folder keeps both."""
    return Path(take.path) / f"{take.id}.html"


def export_html(take: Take, report: Report, review: Review, target: str | Path | None = None) -> Path:
    """Write the take's HTML report (with the instructor's review) atomically; returns where.

    `target` may be a file or an existing folder (the default name goes inside);
    None writes next to the take. Raises StorageError with one line.
    """
    from rehearse.export import TakeExport, default_name, render
    from rehearse.store.atomic import atomic_write_bytes
    from rehearse.store.drills import drills_after

    doc = TakeExport(take.to_dict(), report.to_dict(), review, drills_after(take.id))
    path = Path(target).expanduser() if target else default_html_path(take)
    if path.is_dir():
        path = path / default_name(doc, "html")
    if not path.parent.is_dir():
        raise StorageError(f"{path.parent}: no such folder; the HTML report was not written")
    atomic_write_bytes(path, render(doc, "html").encode("utf-8"))
    return path.resolve()


EXPORTED_S = 20
"""The 'written to <path>' notice stays long enough to copy the path."""


class TakeActions:
    """Mixin for Screens (it starts workers and pushes screens)."""

    if TYPE_CHECKING:
        app: RehearseApp

    def open_as(self, what: str, take: Take, report: Report, review: Review, note: str = "") -> None:
        """'report', 'replay', 'review' or 'export' the take (its report and review already read)."""
        if what == "export":
            self.ask_export(take, report, review)
        else:
            self.app.open_take(what, take, report, review, note=note)

    def open_replay(self, take: Take, report: Report, review: Review) -> None:
        self.app.open_take("replay", take, report, review)

    def open_review(self, take: Take, report: Report, review: Review, at: float | None = None) -> None:
        self.app.open_take("review", take, report, review, at=at)

    def ask_export(self, take: Take, report: Report, review: Review) -> None:
        def chosen(target: str | None) -> None:
            if target:
                self.write_html(take, report, review, target)

        self.app.push_screen(ExportModal(str(default_html_path(take))), chosen)

    @work(thread=True, group="export", exit_on_error=False, description="writing the HTML report")
    def write_html(self, take: Take, report: Report, review: Review, target: str | None = None) -> None:
        path = export_html(take, report, review, target)
        self.app.call_from_thread(self.app.notify, f"HTML report written to {path}", title="Exported",
                                  timeout=EXPORTED_S)

    @work(thread=True, group="drills", exclusive=True, exit_on_error=False, description="opening the drill")
    def open_drills(self, take: Take) -> None:
        """The report of the latest drill that followed `take`, read back from its `drill.json`: where
        the instructor reviews the answers (and overrides verdicts) after the session."""
        from rehearse.session.drill import load_answers
        from rehearse.store.drills import drill_folders_after

        folders = drill_folders_after(take.id)
        if not folders:
            self.app.call_from_thread(self.app.notify, "No questions were faced after this take (f faces them).",
                                      severity="warning")
            return
        answers = load_answers(folders[-1])
        self.app.call_from_thread(self.app.open_drill_report, answers, folders[-1])
        if len(folders) > 1:
            self.app.call_from_thread(self.app.notify, f"{len(folders)} drills followed this take; this is the "
                                      f"latest ({folders[-1].name})")
