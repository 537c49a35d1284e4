"""The Arabic text layer: normalization, sentences, tokens and clitics, names."""

from hadath.arabic.normalize import Normalized, normalize, normalize_key

__all__ = ["Normalized", "normalize", "normalize_key"]
