#!/usr/bin/env bash
# Installs the Debian packages rehearse needs, when they are missing and we may install them.
#   app : PortAudio (to record and play). Without it the app still starts and says so,
#         so a failed install is reported and `make run` goes on (exit 0).
#   test: PortAudio, a PulseAudio daemon for the virtual microphone, espeak-ng, sox, ffmpeg, tmux, chromium.
#         A failed install stops `make test` (exit 1): the tests that need a missing tool would
#         otherwise skip, and the run would be green without them.
set -u
kind=${1:-app}
pkgs=(libportaudio2)
if [ "$kind" = test ]; then
  pkgs+=(pulseaudio pulseaudio-utils libasound2-plugins espeak-ng sox ffmpeg tmux librsvg2-bin chromium)
fi

# The command each tool package provides: a tool on PATH counts as installed even where dpkg's
# database does not list its package (seen on a machine whose apt said "already the newest version").
declare -A provides=([pulseaudio]=pulseaudio [pulseaudio-utils]=pactl [espeak-ng]=espeak-ng [sox]=sox
  [ffmpeg]=ffmpeg [tmux]=tmux [librsvg2-bin]=rsvg-convert [chromium]=chromium)

find_missing() {
  missing=()
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" && continue
    [ -n "${provides[$p]:-}" ] && command -v "${provides[$p]}" >/dev/null && continue
    missing+=("$p")
  done
}

give_up() {  # $1: what went wrong
  echo "rehearse: $1" >&2
  if [ "$kind" = test ]; then
    echo "rehearse: the tests need: ${missing[*]}; not running them without (install these, then make test again)" >&2
    exit 1
  fi
  echo "rehearse: the app still starts; recording needs PortAudio." >&2
  exit 0
}

find_missing
[ ${#missing[@]} -eq 0 ] && exit 0
command -v apt-get >/dev/null || give_up "please install: ${missing[*]} (no apt-get here)"
sudo=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
    give_up "missing system packages: ${missing[*]}; install them with: sudo apt-get install ${missing[*]}"
  fi
fi
echo "rehearse: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
find_missing  # what apt-get says is not enough: check that each package really is installed now
[ ${#missing[@]} -eq 0 ] || give_up "could not install ${missing[*]}"
exit 0
