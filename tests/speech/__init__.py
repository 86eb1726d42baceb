"""Synthetic rehearsal speeches for end-to-end tests of `rehearse analyze`.

`texts` holds the speeches a military gender advisor might give the MINUSMA
Force Commander, one constant per kind of strength or flaw; `synth` turns a
text into a cached 16 kHz mono FLAC with the offline piper voice; `kinds` says
how each kind is synthesised (pace, pauses). Nothing here needs the network.
"""
