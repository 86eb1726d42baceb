#!/usr/bin/env bash
# Installs the Debian packages rehearse needs, when they are missing and we may install them.
#   app : PortAudio (to record and play). Without it the app still starts and says so.
#   test: PortAudio, a PulseAudio daemon for the virtual microphone, espeak-ng, sox, ffmpeg, tmux, chromium.
set -u
kind=${1:-app}
pkgs=(libportaudio2)
if [ "$kind" = test ]; then
  pkgs+=(pulseaudio pulseaudio-utils libasound2-plugins espeak-ng sox ffmpeg tmux librsvg2-bin chromium)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "rehearse: please install: ${missing[*]} (no apt-get here)" >&2
  exit 0
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
    echo "rehearse: missing system packages: ${missing[*]}; install them with: sudo apt-get install ${missing[*]}" >&2
    [ "$kind" = app ] && echo "rehearse: the app still starts; recording needs PortAudio." >&2
    exit 0
  fi
fi
echo "rehearse: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
  || echo "rehearse: could not install ${missing[*]}" >&2
exit 0
