"""A Kafka consumer built from small asyncio steps (the shape of getsentry/arroyo).

decode -> validate -> process -> batched sink -> commit. Each step holds the
next one; commit is always last, so an offset is committed only after the sink
confirmed every record before it. See `pipeline.build_pipeline` for the chain and
`runner.ConsumerRunner` for the poll loop.
"""

from .errors import DeadLetterCapExceeded, InvalidEvent, TransientError
from .message import FILTERED, Message
from .pipeline import build_pipeline
from .runner import ConsumerRunner, ConsumerConfig
from .steps import BatchSink, Commit, RunTask, Sink, Step

__all__ = [
    "FILTERED", "BatchSink", "Commit", "ConsumerConfig", "ConsumerRunner",
    "DeadLetterCapExceeded", "InvalidEvent", "Message", "RunTask", "Sink", "Step",
    "TransientError", "build_pipeline",
]
