"""`python -m gammainfra_gateway.console.stamp`: rewrite every `?v=` reference in
the console's files to the current content version (the console's only build
step; its output is committed). Idempotent: the version ignores the references."""

from __future__ import annotations

from .assets import STATIC, VERSION_REF, asset_files, content_version


def main() -> None:
    files = asset_files(STATIC)
    version = content_version({name: path.read_bytes() for name, path in files.items()})
    for path in files.values():
        body = path.read_bytes()
        stamped = VERSION_REF.sub(b"?v=" + version.encode(), body)
        if stamped != body:
            path.write_bytes(stamped)
    print(version)


if __name__ == "__main__":
    main()
