"""Driving a `Player` from key presses: one thread, commands in the order they were pressed.

`rehearse.audio.playback.Player` must be driven from one thread, and opening an
output stream can take a noticeable fraction of a second on PulseAudio, so the
replay screen never calls it from the UI thread. It queues commands here
("toggle", "skip", "play_from"...) and one thread worker runs `PlayerDriver.run`,
which executes them in order. Pressing space three times quickly therefore
ends paused-playing-paused, never in a race.

No PortAudio or no output device is a `DeviceError` from the player: it goes
to `on_problem` as one line and the loop carries on, because seeking still
moves the position (the transcript highlight and "comment at this moment"
work without sound). Nothing here imports Textual.
"""

from __future__ import annotations

import queue
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from rehearse.errors import RehearseError

if TYPE_CHECKING:
    from rehearse.audio.playback import Player

NO_OUTPUT = "no output device: connect speakers or headphones, then open replay again"
POLL_S = 0.2
"""How often an idle driver checks whether its worker was cancelled (screen closed, app quitting)."""
COMMANDS = ("toggle", "play_from", "skip", "seek", "pause", "stop")


class PlayerDriver:
    def __init__(self, new_player: Callable[..., Player], source: str | Path | None, *,
                 on_position: Callable[[float, str], object], on_problem: Callable[[str], object],
                 on_loaded: Callable[[float], object] = lambda duration: None,
                 output_devices: Callable[[], list] | None = None) -> None:
        self.new_player, self.source, self.output_devices = new_player, source, output_devices
        self.silent = False
        """True when there is no output device: play commands only move the position."""
        self.on_position, self.on_problem, self.on_loaded = on_position, on_problem, on_loaded
        self.player: Player | None = None
        self._queue: queue.Queue[tuple[str, tuple]] = queue.Queue()

    # --- UI thread --------------------------------------------------------------------------
    def send(self, command: str, *args: float) -> None:
        """Queue a player command; returns at once."""
        if command not in COMMANDS:
            raise ValueError(f"unknown player command {command!r}")
        self._queue.put((command, args))

    def close(self) -> None:
        """Stop the sound and end the loop (leaving the screen)."""
        self._queue.put(("close", ()))

    @property
    def position(self) -> float:
        return self.player.position if self.player is not None else 0.0

    @property
    def state(self) -> str:
        return self.player.state if self.player is not None else "loading"

    # --- the worker thread ------------------------------------------------------------------
    def run(self, cancelled: Callable[[], bool] = lambda: False) -> None:
        """Load the audio, then execute commands until closed or cancelled; always stops the sound."""
        player = self.new_player(on_position=self._position, on_end=self._ended)
        self.player = player
        try:
            if self.source is None:
                raise RehearseError("this take has no audio file: the transcript and moments are shown without sound")
            self.on_loaded(player.load(self.source))
        except RehearseError as exc:
            self.on_problem(str(exc))
            self.player = None
            return
        self._probe()
        try:
            while not cancelled():
                try:
                    command, args = self._queue.get(timeout=POLL_S)
                except queue.Empty:
                    continue
                if command == "close":
                    break
                self._execute(player, command, args)
        finally:
            player.stop(rewind=False)

    def _probe(self) -> None:
        """Say at once, not at the first space, that there will be no sound (and why)."""
        if self.output_devices is None:
            return
        try:
            found = self.output_devices()
        except RehearseError as exc:
            self.silent = True
            self.on_problem(str(exc))
            return
        if not found:
            self.silent = True
            self.on_problem(NO_OUTPUT)

    def _execute(self, player: Player, command: str, args: tuple) -> None:
        try:
            if command == "play_from":
                player.seek(args[0])
                if not self.silent:
                    player.play(start=args[0])
            elif command == "toggle" and self.silent:
                self._position(player.position)
            else:
                getattr(player, command)(*args)
        except RehearseError as exc:  # no output device, a lost device: say so, keep the screen working
            self.on_problem(str(exc))
            self._position(player.position)

    def _position(self, t: float) -> None:
        player = self.player
        self.on_position(t, player.state if player is not None else "stopped")

    def _ended(self) -> None:
        player = self.player
        if player is not None and player.error is not None:
            self.on_problem(str(player.error))
        self._position(player.position if player is not None else 0.0)
