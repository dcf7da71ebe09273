"""Typed settings from `GI_*` environment variables, validated once at start.

Owns: turning a mapping of environment variables into a frozen dataclass
instance, and the two value types that keep secrets out of logs and reprs
(`Secret`, `Url`). A service declares::

    @dataclass(frozen=True)
    class Settings:
        database_url: Url = env_field(schemes={"postgresql", "postgres"},
                                      help="PostgreSQL DSN")
        ops_port: int = env_field(default=9101, min=0, max=65535)
        log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
        stripe_key: Secret | None = None

    settings = load_settings(Settings)   # reads os.environ exactly once

and nothing else in the service reads `os.environ`.

Guarantees:
- Every field is converted and checked; `SettingsError` lists *every* bad
  variable at once (one line each, `GI_NAME: reason`), so a misconfigured
  deploy is fixed in one round trip instead of one variable per restart.
- Values of `Secret` fields never appear in `repr(settings)`, in error
  messages, or in logs; `Url` reprs mask the password part.
- An empty (or whitespace-only) variable counts as "not set": `GI_X=` in an
  `.env` file means "use the default", never "the empty string".

Supported field types: str, int, float, bool, pathlib.Path, Secret, Url,
list[T] (comma separated, T one of the scalars), Literal[...], and
Optional[T] / `T | None` of any of those (unset -> None).

Raises: `SettingsError` for bad or missing values (an operator problem);
`TypeError` for a field type this loader cannot handle (a programming error).
"""

from __future__ import annotations

import dataclasses
import math
import os
import pathlib
import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal, Union
from urllib.parse import urlsplit

__all__ = [
    "DEFAULT_URL_SCHEMES",
    "ENV_PREFIX",
    "Secret",
    "SettingsError",
    "Url",
    "env_field",
    "env_name",
    "load_settings",
    "mask_url_password",
    "settings_help",
]

ENV_PREFIX = "GI_"
DEFAULT_URL_SCHEMES = frozenset(
    {"http", "https", "postgres", "postgresql", "redis", "rediss", "unix"}
)

# Key under which env_field() stores its spec in dataclasses.Field.metadata.
_META_KEY = "gammainfra.env"
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})
# Matches the password part of `scheme://user:password@host`.
_URL_PASSWORD = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^:/@\s]*:)[^@\s]*@")
_MAX_ECHO = 80  # longest raw value echoed back in an error message


class SettingsError(ValueError):
    """One or more settings are missing or invalid; `.errors` lists them all."""

    def __init__(self, errors: Iterable[str]) -> None:
        self.errors: list[str] = list(errors)
        super().__init__("invalid settings:\n  " + "\n  ".join(self.errors))


class Secret:
    """A string that never shows itself: `str()` gives `***`, `repr()` `'***'`.

    Call `.reveal()` exactly where the real value is needed (a client
    constructor), so every use of a secret is greppable.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'***'"

    def __str__(self) -> str:
        return "***"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash((Secret, self._value))

    def __bool__(self) -> bool:
        return bool(self._value)


class Url(str):
    """A validated URL. It is a `str` (pass it straight to a client), but its
    repr masks the password so `repr(settings)` can be logged safely."""

    __slots__ = ()

    def __repr__(self) -> str:
        return repr(mask_url_password(str(self)))


def mask_url_password(text: str) -> str:
    """Replace the password in every `scheme://user:password@` in `text` with `***`.

    Used wherever a DSN or an exception message mentioning one may be shown.
    """
    return _URL_PASSWORD.sub(r"\g<head>***@", text)


@dataclasses.dataclass(frozen=True)
class _EnvSpec:
    env: str | None = None
    help: str = ""
    min: float | None = None
    max: float | None = None
    schemes: frozenset[str] | None = None


def env_field(
    default: Any = dataclasses.MISSING,
    *,
    default_factory: Callable[[], Any] | Any = dataclasses.MISSING,
    env: str | None = None,
    help: str = "",
    min: float | None = None,
    max: float | None = None,
    schemes: Iterable[str] | None = None,
) -> Any:
    """A dataclass field with settings metadata.

    `env` overrides the variable name (default `GI_<FIELD_NAME>`); `min`/`max`
    bound numeric values (inclusive); `schemes` is the allowed set for `Url`
    fields (default `DEFAULT_URL_SCHEMES`). No default means "required".
    """
    spec = _EnvSpec(
        env=env,
        help=help,
        min=min,
        max=max,
        schemes=frozenset(s.lower() for s in schemes) if schemes is not None else None,
    )
    return dataclasses.field(
        default=default, default_factory=default_factory, metadata={_META_KEY: spec}
    )


def env_name(field: dataclasses.Field[Any]) -> str:
    """The environment variable a field is read from."""
    spec = _spec(field)
    return spec.env or ENV_PREFIX + field.name.upper()


def load_settings(cls: type[Any], environ: Mapping[str, str] | None = None) -> Any:
    """Build `cls` from `environ` (default: `os.environ`), validating every field.

    Raises `SettingsError` naming every missing or invalid variable.
    """
    if not dataclasses.is_dataclass(cls) or not isinstance(cls, type):
        raise TypeError(f"{cls!r} is not a dataclass type")
    env = os.environ if environ is None else environ
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    errors: list[str] = []
    for field in dataclasses.fields(cls):
        if not field.init:
            continue
        name = env_name(field)
        spec = _spec(field)
        annotation = hints[field.name]
        inner, optional = _unwrap_optional(annotation)
        _check_supported(field.name, inner)
        raw = env.get(name)
        if raw is None or not raw.strip():
            if field.default is not dataclasses.MISSING:
                default = field.default
            elif field.default_factory is not dataclasses.MISSING:
                default = field.default_factory()
            elif optional:
                default = None
            else:
                errors.append(f"{name}: required but not set")
                continue
            # A plain-str default for a Url/Secret/Path field is wrapped like an
            # env value would be, so a default DSN is masked in reprs too.
            if isinstance(default, str) and inner in (Url, Secret, pathlib.Path):
                try:
                    default = _convert_scalar(inner, default, spec)
                except _Invalid as exc:
                    errors.append(f"{name}: default {exc}")
                    continue
            values[field.name] = default
            continue
        try:
            values[field.name] = _convert(inner, raw.strip(), spec)
        except _Invalid as exc:
            errors.append(f"{name}: {exc}")
    if errors:
        raise SettingsError(errors)
    return cls(**values)


def settings_help(cls: type[Any]) -> str:
    """One line per variable (`GI_X (type, default ...): help`), for `--help`
    output and `.env.example`. Secret defaults are shown masked."""
    hints = typing.get_type_hints(cls)
    lines = []
    for field in dataclasses.fields(cls):
        if not field.init:
            continue
        spec = _spec(field)
        if field.default is not dataclasses.MISSING:
            default = f"default {field.default!r}"
        elif field.default_factory is not dataclasses.MISSING:
            default = f"default {field.default_factory()!r}"
        elif _unwrap_optional(hints[field.name])[1]:
            default = "optional"
        else:
            default = "required"
        type_name = _type_name(hints[field.name])
        line = f"{env_name(field)} ({type_name}, {default})"
        lines.append(f"{line}: {spec.help}" if spec.help else line)
    return "\n".join(lines)


# --- conversion -------------------------------------------------------------


class _Invalid(Exception):
    """A single value failed conversion; the message is the operator-facing reason."""


def _spec(field: dataclasses.Field[Any]) -> _EnvSpec:
    return field.metadata.get(_META_KEY) or _EnvSpec()


def _unwrap_optional(annotation: Any) -> tuple[Any, bool]:
    origin = typing.get_origin(annotation)
    if origin is Union or origin is types.UnionType:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"unsupported settings type {annotation!r}: only Optional[T] unions")
        return args[0], True
    return annotation, False


_SCALARS = (str, int, float, bool, pathlib.Path, Secret, Url)


def _check_supported(name: str, tp: Any) -> None:
    # Checked for every field on every load, not only when a value is present,
    # so an unsupported annotation fails in the first test run, not in production.
    origin = typing.get_origin(tp)
    if origin is Literal:
        return
    if origin is list:
        args = typing.get_args(tp)
        if len(args) == 1 and args[0] in _SCALARS and args[0] is not Secret:
            return
    elif tp in _SCALARS:
        return
    raise TypeError(f"settings field {name!r}: unsupported type {tp!r}")


def _echo(raw: str) -> str:
    shown = raw if len(raw) <= _MAX_ECHO else raw[:_MAX_ECHO] + "..."
    return repr(mask_url_password(shown))


def _convert(tp: Any, raw: str, spec: _EnvSpec) -> Any:
    origin = typing.get_origin(tp)
    if origin is Literal:
        return _convert_literal(tp, raw)
    if origin is list:
        (item_tp,) = typing.get_args(tp)
        items = [part.strip() for part in raw.split(",")]
        return [_convert_scalar(item_tp, item, spec) for item in items if item]
    return _convert_scalar(tp, raw, spec)


def _convert_literal(tp: Any, raw: str) -> Any:
    allowed = typing.get_args(tp)
    for choice in allowed:
        # Literal choices may be ints or bools; compare on their text form.
        if str(choice) == raw:
            return choice
    choices = ", ".join(repr(str(c)) for c in allowed)
    raise _Invalid(f"expected one of {choices}, got {_echo(raw)}")


def _convert_scalar(tp: Any, raw: str, spec: _EnvSpec) -> Any:
    if tp is Secret:
        return Secret(raw)  # never echoed: a bad secret is not a thing we can detect
    if tp is str:
        return raw
    if tp is bool:
        low = raw.lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise _Invalid(f"expected a boolean (1/0/true/false/yes/no/on/off), got {_echo(raw)}")
    if tp is int:
        try:
            value: float = int(raw, 10)
        except ValueError:
            raise _Invalid(f"expected an integer, got {_echo(raw)}") from None
        return _check_range(value, spec)
    if tp is float:
        try:
            value = float(raw)
        except ValueError:
            raise _Invalid(f"expected a number, got {_echo(raw)}") from None
        if not math.isfinite(value):
            raise _Invalid(f"expected a finite number, got {_echo(raw)}")
        return _check_range(value, spec)
    if tp is pathlib.Path:
        return pathlib.Path(raw).expanduser()
    if tp is Url:
        return _convert_url(raw, spec)
    raise TypeError(f"unsupported settings type {tp!r}")  # _check_supported prevents this


def _check_range(value: float, spec: _EnvSpec) -> float:
    if spec.min is not None and value < spec.min:
        raise _Invalid(f"must be >= {spec.min}, got {value}")
    if spec.max is not None and value > spec.max:
        raise _Invalid(f"must be <= {spec.max}, got {value}")
    return value


def _convert_url(raw: str, spec: _EnvSpec) -> Url:
    schemes = spec.schemes if spec.schemes is not None else DEFAULT_URL_SCHEMES
    allowed = ", ".join(sorted(schemes))
    try:
        parts = urlsplit(raw)
        parts.port  # noqa: B018 - raises ValueError on a non-numeric port
    except ValueError as exc:
        raise _Invalid(f"expected a URL ({exc}), got {_echo(raw)}") from None
    if not parts.scheme or parts.scheme.lower() not in schemes:
        raise _Invalid(f"expected a URL with scheme in {{{allowed}}}, got {_echo(raw)}")
    # unix:// URLs carry a path instead of a host; every other scheme needs a host.
    if parts.scheme.lower() != "unix" and not parts.hostname:
        raise _Invalid(f"expected a URL with a host, got {_echo(raw)}")
    return Url(raw)


def _type_name(tp: Any) -> str:
    inner, _ = _unwrap_optional(tp)
    origin = typing.get_origin(inner)
    if origin is Literal:
        name = "|".join(str(c) for c in typing.get_args(inner))
    elif origin is list:
        (item,) = typing.get_args(inner) or (str,)
        name = f"list of {getattr(item, '__name__', item)}, comma separated"
    else:
        name = getattr(inner, "__name__", str(inner))
    return name
