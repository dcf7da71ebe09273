"""A bounded, durable, append-only local log of Kafka records: the gateway's spool.

Owns one directory, used by one process at a time:

    LOCK                  exclusive flock of the writer (holds its pid, for the error message)
    CHECKPOINT            the committed read position: segment id, offset, CRC32
    <20 digits>.seg       segments, appended in order, rolled at `segment_bytes`
    <20 digits>.seg.corrupt  bytes cut off by recovery, kept for a human, never read

A record is framed as `u32 length | u32 CRC32(payload) | payload`; the payload is a
version byte, the header count (u16), then topic, key, value and each header's name
and value, each prefixed with its i32 length (-1 = None).

Guarantees:
- `append` hands the whole frame to the OS in one write: once it returns, a process
  crash loses nothing. An OS crash or power loss can lose what was appended since
  the last `fsync()` (the emitter calls it every ~100 ms, off the event loop).
- Records are read back in append order, across segments and reopens. The
  records this process appended are also kept in memory (up to `memory_bytes`)
  until they are committed, so the sender reads them back without a disk read,
  CRC check and decode each; a spool that falls further behind (Kafka away) is
  read from disk until it has caught up. Disk is still what survives a crash.
- Reading is at-least-once: `commit` persists the position without fsync, and at
  most every `checkpoint_interval_s` (0.1 s; at once when it lets a segment file go;
  `write_checkpoint()` and `close()` write a pending one), so after a crash or power
  loss reading may restart up to that much earlier (duplicates, which consumers drop
  by `ce_id`; never loss).
- On open, a torn or corrupt record (a crash mid-write) ends its segment: the bytes
  from it on are moved to `<segment>.corrupt` and logged as an error; the good
  records before it are kept and nothing is deleted unseen.
- Unconsumed records never exceed `max_bytes`; the disk holds at most one more
  segment of already-consumed records.

Raises `SpoolFull` when an append would exceed `max_bytes` (the record is not
stored), `SpoolLocked` when another process owns the directory, `SpoolCorrupt` when
a record read from disk is damaged although recovery passed it (disk fault), and OSError.
"""

from __future__ import annotations

import fcntl
import os
import struct
import threading
import time
import zlib
from collections import deque
from pathlib import Path
from typing import NamedTuple

import structlog

log = structlog.get_logger(__name__)

_FRAME = struct.Struct(">II")       # payload length, CRC32 of payload
_CHECKPOINT = struct.Struct(">4sQQ")  # magic, segment id, offset; then CRC32 of these
_MAGIC, _VERSION = b"GISP", 1
_U16, _I32 = struct.Struct(">H"), struct.Struct(">i")
# version + header count + three length prefixes. Shorter is damage: it also rejects
# a zero-filled tail (some filesystems leave one after a crash), whose CRC matches.
_MIN_PAYLOAD = 1 + 2 + 3 * 4
MiB = 1024 * 1024
# Appended records kept in memory for the sender: a few seconds of a busy gateway's events
# (~1 KiB each); beyond that the reader is far behind and reading from disk costs nothing extra.
MEMORY_BYTES = 2 * MiB
FREE_SPACE_MEMO_ABOVE = 64 * MiB  # room_bytes reuses the disk's free space only above this


class SpoolFull(Exception):
    """The record was not stored: the spool holds `max_bytes` of unsent records."""


class SpoolLocked(RuntimeError):
    """Another process (or another open spool in this one) owns the directory."""


class SpoolCorrupt(OSError):
    """A record that passed recovery or was written by us reads back damaged."""


class SpoolRecord(NamedTuple):
    topic: str
    key: bytes | None
    value: bytes | None
    headers: tuple[tuple[str, bytes | None], ...] = ()


class Position(NamedTuple):
    """Just after a record: `segment`/`offset` in the files, `index` counts records
    since open. Only meaningful to the spool instance that returned it."""
    segment: int
    offset: int
    index: int


def encode(record: SpoolRecord) -> bytes:
    fields = [record.topic.encode(), record.key, record.value]
    for name, value in record.headers:
        fields += (name.encode(), value)
    payload = b"".join([bytes((_VERSION,)), _U16.pack(len(record.headers))]
                       + [_I32.pack(-1) if f is None else _I32.pack(len(f)) + f for f in fields])
    return _FRAME.pack(len(payload), zlib.crc32(payload)) + payload


def decode(payload: bytes) -> SpoolRecord:
    if payload[0] != _VERSION:
        raise ValueError(f"unknown spool record version {payload[0]}")
    (count,) = _U16.unpack_from(payload, 1)
    fields: list[bytes | None] = []
    at = 3
    for _ in range(3 + 2 * count):
        (size,) = _I32.unpack_from(payload, at)
        fields.append(None if size < 0 else payload[at + 4:at + 4 + size])
        at += 4 + max(size, 0)
    topic, key, value, *pairs = fields
    headers = tuple((pairs[i].decode(), pairs[i + 1]) for i in range(0, len(pairs), 2))
    return SpoolRecord(topic.decode(), key, value, headers)


class DiskSpool:
    def __init__(self, directory: Path, *, max_bytes: int, segment_bytes: int = 16 * MiB,
                 memory_bytes: int = MEMORY_BYTES, checkpoint_interval_s: float = 0.1,
                 free_space_recheck_s: float = 0.05) -> None:
        self.directory = Path(directory)
        self._max_bytes, self._segment_bytes = max_bytes, segment_bytes
        # The uncommitted records appended by this process, oldest first, as (position, record,
        # frame size). Only while `_memory_ok`: then it holds every uncommitted record, so the
        # reader can take them from here. Off once it would exceed `memory_bytes` (or at open,
        # with records left by an earlier process), on again when the reader has caught up.
        self._memory: deque[tuple[Position, SpoolRecord, int]] = deque()
        self._memory_bytes, self._memory_max = 0, memory_bytes
        self._checkpoint_interval_s, self._checkpoint_written_at = checkpoint_interval_s, float("-inf")
        self._checkpoint_due = False  # a commit not yet written to CHECKPOINT
        self._free_space_recheck_s, self._disk_free, self._disk_free_until = free_space_recheck_s, 0, float("-inf")
        self.directory.mkdir(parents=True, exist_ok=True)
        self._lock_file = _lock(self.directory / "LOCK")
        # Guards the swap of open files between append/roll/close (event loop) and
        # fsync (a worker thread); never held during a disk sync.
        self._io_lock = threading.Lock()
        self._dirty = False
        self._sealed: list = []  # rolled-over segment files not yet fsynced
        self._sizes: dict[int, int] = {}  # segment id -> bytes of whole records
        self._depth_records = self._depth_bytes = 0
        self._recover()

    # -- open and recovery -----------------------------------------------------
    def _recover(self) -> None:
        ids = sorted(int(p.stem) for p in self.directory.glob("*.seg"))
        segment, offset = self._load_checkpoint() or (ids[0] if ids else 1, 0)
        for old in [i for i in ids if i < segment]:  # consumed; a crash came before their delete
            self._path(old).unlink()
        ids = [i for i in ids if i >= segment] or [segment]
        if ids[0] != segment:  # the checkpoint's segment is gone: all of it was consumed
            segment, offset = ids[0], 0
        for seg in ids:
            start = offset if seg == segment else 0
            self._sizes[seg], records = self._scan(seg, start)
            self._depth_records += records
            self._depth_bytes += self._sizes[seg] - min(start, self._sizes[seg])
        self._read = Position(segment, min(offset, self._sizes[segment]), 0)
        self._memory_ok = self._depth_records == 0
        self._active_id = ids[-1]
        self._active = open(self._path(self._active_id), "ab", buffering=0)
        if self._depth_records:
            log.info("spool_opened", directory=str(self.directory), records=self._depth_records,
                     bytes=self._depth_bytes)

    def _load_checkpoint(self) -> tuple[int, int] | None:
        try:
            raw = (self.directory / "CHECKPOINT").read_bytes()
        except FileNotFoundError:
            return None
        body = raw[:_CHECKPOINT.size]
        magic, segment, offset = _CHECKPOINT.unpack(body) if len(body) == _CHECKPOINT.size else (b"", 0, 0)
        if magic != _MAGIC or raw[_CHECKPOINT.size:] != struct.pack(">I", zlib.crc32(body)):
            # Re-reading from the oldest segment resends records (duplicates), never skips one.
            log.error("spool_checkpoint_corrupt", directory=str(self.directory), action="reread_all")
            return None
        return segment, offset

    def _scan(self, segment: int, start: int) -> tuple[int, int]:
        """Validate every record from `start`; cut off a torn or corrupt tail.
        Returns (size of the valid part, records after `start`)."""
        path = self._path(segment)
        data = path.read_bytes() if path.exists() else b""
        at, records = min(start, len(data)), 0
        while at < len(data):
            if len(data) - at < _FRAME.size:
                break
            size, crc = _FRAME.unpack_from(data, at)
            end = at + _FRAME.size + size
            if size < _MIN_PAYLOAD or end > len(data) or zlib.crc32(data[at + _FRAME.size:end]) != crc:
                break
            at, records = end, records + 1
        if at < len(data):
            with open(path.with_suffix(".seg.corrupt"), "ab") as aside:
                aside.write(data[at:])
            os.truncate(path, at)
            log.error("spool_tail_truncated", segment=str(path), valid_bytes=at,
                      cut_bytes=len(data) - at, moved_to=str(path.with_suffix(".seg.corrupt")))
        elif not path.exists():
            path.touch()
        return at, records

    # -- writing ---------------------------------------------------------------
    def append(self, record: SpoolRecord) -> None:
        """Store a record (one write to the OS, no fsync). Raises SpoolFull, OSError."""
        frame = encode(record)
        if self._depth_bytes + len(frame) > self._max_bytes:
            raise SpoolFull(f"spool {self.directory} full: {self._depth_records} records, "
                            f"{self._depth_bytes} of {self._max_bytes} bytes; record of {len(frame)} bytes refused")
        if self._sizes[self._active_id] and self._sizes[self._active_id] + len(frame) > self._segment_bytes:
            self._roll()
        try:
            written = self._active.write(frame)
            if written != len(frame):
                raise OSError(f"short write to spool ({written} of {len(frame)} bytes)")
        except OSError:
            # A partial frame would end the segment at recovery and strand later records.
            os.ftruncate(self._active.fileno(), self._sizes[self._active_id])
            raise
        self._sizes[self._active_id] += len(frame)
        self._depth_records += 1
        self._depth_bytes += len(frame)
        self._dirty = True
        self._remember(record, len(frame))

    def _remember(self, record: SpoolRecord, size: int) -> None:
        if not self._memory_ok:
            if self._depth_records != 1:
                return  # the reader is still behind, on disk
            self._memory_ok = True  # it caught up: this record is the only uncommitted one
        if self._memory_bytes + size > self._memory_max:
            self._memory_ok = False
            self._memory.clear()
            self._memory_bytes = 0
            return
        # read index + depth is the number of records since open: this record's index.
        position = Position(self._active_id, self._sizes[self._active_id], self._read.index + self._depth_records)
        self._memory.append((position, record, size))
        self._memory_bytes += size

    def _roll(self) -> None:
        # No fsync here: append is on the event loop. The sealed file waits for the
        # next fsync(), which runs in a worker thread.
        with self._io_lock:
            self._sealed.append(self._active)
            self._active_id += 1
            self._sizes[self._active_id] = 0
            self._active = open(self._path(self._active_id), "ab", buffering=0)

    def fsync(self) -> None:
        """Make appended records survive an OS crash. Safe to call from a worker
        thread: the lock is held only to pick the files, never during the sync."""
        with self._io_lock:
            if self._active.closed:
                return
            sealed, self._sealed = self._sealed, []
            files = sealed + ([self._active] if self._dirty else [])
            self._dirty = False  # before the sync: an append racing with it re-marks
            # Duplicated descriptors stay valid even if a rollover closes the originals.
            fds = [os.dup(f.fileno()) for f in files]
            for f in sealed:
                f.close()
        try:
            for fd in fds:
                os.fsync(fd)
            if sealed:  # new segment files exist: make their directory entries durable
                _fsync_dir(self.directory)
        finally:
            for fd in fds:
                os.close(fd)

    # -- reading ---------------------------------------------------------------
    def read_batch(self, max_records: int, max_bytes: int) -> list[tuple[Position, SpoolRecord]]:
        """Up to `max_records` records (and about `max_bytes`; always at least one)
        from the committed position, oldest first. Raises SpoolCorrupt, OSError."""
        if self._memory_ok:
            return self._read_memory(max_records, max_bytes)
        return self._read_disk(max_records, max_bytes)

    def _read_memory(self, max_records: int, max_bytes: int) -> list[tuple[Position, SpoolRecord]]:
        out: list[tuple[Position, SpoolRecord]] = []
        used = 0
        for position, record, size in self._memory:
            if len(out) >= max_records or (out and used + size > max_bytes):
                break
            out.append((position, record))
            used += size
        return out

    def _read_disk(self, max_records: int, max_bytes: int) -> list[tuple[Position, SpoolRecord]]:
        out: list[tuple[Position, SpoolRecord]] = []
        segment, offset, index = self._read
        used = 0
        while len(out) < max_records:
            size = self._sizes[segment]
            if offset >= size:
                if segment == self._active_id:
                    break
                segment, offset = self._next(segment), 0
                continue
            with open(self._path(segment), "rb") as f:
                f.seek(offset)
                while offset < size and len(out) < max_records:
                    head = f.read(_FRAME.size)
                    if len(head) != _FRAME.size:
                        raise SpoolCorrupt(f"{self._path(segment)} shorter than expected at {offset}")
                    length, crc = _FRAME.unpack(head)
                    if out and used + _FRAME.size + length > max_bytes:
                        return out
                    payload = f.read(length)
                    if length < _MIN_PAYLOAD or len(payload) != length or zlib.crc32(payload) != crc:
                        raise SpoolCorrupt(f"damaged record in {self._path(segment)} at {offset}")
                    offset += _FRAME.size + length
                    used += _FRAME.size + length
                    index += 1
                    out.append((Position(segment, offset, index), decode(payload)))
        return out

    def commit(self, position: Position) -> None:
        """Mark every record up to `position` consumed; delete consumed segments."""
        old = self._read
        if position.index <= old.index:
            return
        segment, offset = position.segment, position.offset
        if segment != self._active_id and offset >= self._sizes[segment]:
            segment, offset = self._next(segment), 0  # the segment is finished: its file can go
        finished = [s for s in self._sizes if old.segment <= s < segment]
        self._depth_bytes -= sum(self._sizes[s] for s in finished) - old.offset + offset
        self._depth_records -= position.index - old.index
        self._read = Position(segment, offset, position.index)
        memory = self._memory
        while memory and memory[0][0].index <= position.index:
            self._memory_bytes -= memory.popleft()[2]
        # The checkpoint file (a write and a rename: ~0.1-2 ms of a loaded machine) is written at
        # most every `checkpoint_interval_s`, and at once when a segment file is to be deleted.
        self._checkpoint_due = True
        if finished or time.monotonic() - self._checkpoint_written_at >= self._checkpoint_interval_s:
            self.write_checkpoint()
        for done in finished:  # deleted only once the checkpoint moved past them
            self._path(done).unlink(missing_ok=True)
            del self._sizes[done]

    def write_checkpoint(self) -> None:
        """Persist the committed position if a commit since the last write has not been
        (the emitter calls this with its periodic fsync; close() does too)."""
        if not self._checkpoint_due:
            return
        body = _CHECKPOINT.pack(_MAGIC, self._read.segment, self._read.offset)
        tmp = self.directory / "CHECKPOINT.tmp"
        tmp.write_bytes(body + struct.pack(">I", zlib.crc32(body)))
        os.replace(tmp, self.directory / "CHECKPOINT")
        self._checkpoint_due, self._checkpoint_written_at = False, time.monotonic()

    # -- state and lifecycle -----------------------------------------------------
    @property
    def depth_records(self) -> int:
        return self._depth_records

    @property
    def depth_bytes(self) -> int:
        return self._depth_bytes

    def room_bytes(self) -> int:
        """What appends can still use: the spool's own bound and its disk's free space
        (whichever is smaller). Raises OSError when the disk cannot be asked.

        The gateway asks before every LLM request. While the disk has more than
        FREE_SPACE_MEMO_ABOVE free, its answer is reused for `free_space_recheck_s`
        (filling 64 MiB in 50 ms takes over 1.2 GB/s); below that, every call asks."""
        now = time.monotonic()
        if now >= self._disk_free_until:
            disk = os.statvfs(self.directory)
            self._disk_free = disk.f_bavail * disk.f_frsize
            self._disk_free_until = (now + self._free_space_recheck_s if self._disk_free > FREE_SPACE_MEMO_ABOVE
                                     else now)
        return min(self._max_bytes - self._depth_bytes, self._disk_free)

    def close(self) -> None:
        """fsync and release the directory. Idempotent."""
        if self._lock_file.closed:
            return
        self.write_checkpoint()
        self.fsync()
        with self._io_lock:
            self._active.close()
        self._lock_file.close()  # closing the descriptor drops the flock

    def __enter__(self) -> "DiskSpool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _next(self, segment: int) -> int:
        return min(s for s in self._sizes if s > segment)

    def _path(self, segment: int) -> Path:
        return self.directory / f"{segment:020d}.seg"


def _lock(path: Path):
    handle = open(path, "a+")
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "unknown"
        handle.close()
        raise SpoolLocked(f"spool directory {path.parent} is in use by another writer "
                          f"(pid {holder}); one process per spool directory") from None
    handle.truncate(0)
    handle.write(str(os.getpid()))
    handle.flush()
    return handle


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
