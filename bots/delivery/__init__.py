"""The delivery policy every adapter shares: render, split, stream, pace, outbox."""

from bots.delivery.capabilities import Capabilities, text_length
from bots.delivery.client import MessageRef, PlatformClient
from bots.delivery.errors import DeliveryError, DeliveryFailed, RateLimited
from bots.delivery.render import Entity, Rendered, render
from bots.delivery.split import Chunk, split
from bots.delivery.stream import Delivery

__all__ = ["Capabilities", "Chunk", "Delivery", "DeliveryError", "DeliveryFailed", "Entity",
           "MessageRef", "PlatformClient", "RateLimited", "Rendered", "render", "split",
           "text_length"]
